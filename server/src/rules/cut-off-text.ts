// Text that stops mid-phrase, where a link or the rest of a sentence was lost in a copy: a paragraph
// or list item ending on a word that needs another after it ("To learn more details, visit our"),
// or an opening parenthesis never closed ("(available at Applications that are not complete …").
// Also, as information, a sentence broken in two: a line that stops mid-sentence and goes on after a
// blank line ("… among other things, an" / "" / "understanding and knowledge of:"), or a long line
// (longer than any hard wrap) that goes on in lower case on the next. A hard-wrapped posting breaks
// its lines this way on purpose, so these are info, not warnings.
import type { Block, Posting } from '../model/posting.ts';
import type { Rule, RuleFinding } from './types.ts';
import { junkLines } from '../facts/junk.ts';
import { isProseLine, lineKind, range } from '../facts/util.ts';
import { continuesInColumn } from '../facts/column.ts';
import { isAsciiLetter } from '../model/text.ts';

/**
 * Words that cannot end a sentence: articles, possessives, prepositions that take an object.
 * Conjunctions are not among them: "…; or" and "…, and" end the items of a list of alternatives.
 */
const NEEDS_MORE = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'its', 'of', 'at', 'by', 'with', 'from', 'into']);
const MAX_BLOCK = 5000;
const TITLE_CASE_LABEL = /^(?:[A-Z][A-Za-z]*\s){1,5}[A-Z][a-z]*$/;

/** [start, end] of the last word of text[0, to) when only spaces follow it and a space or the line start precedes it. */
function lastWord(text: string, to: number): [number, number] | null {
  let end = to;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\t')) return null;
  return [start, end];
}

/** Where the block's text stops mid-phrase: [line, start, end] of the dangling word, or null. */
function danglingEnd(posting: Posting, b: Block): [number, number, number] | null {
  const line = b.range.end.line;
  const text = posting.lines[line]!;
  const word = lastWord(text, Math.min(b.range.end.character, text.length));
  if (!word || !NEEDS_MORE.has(text.slice(word[0], word[1]).toLowerCase()) || !/\s/.test(b.text)) return null;
  // "Job Description Prepared By": a form's label whose value is empty (empty-field's concern), not prose.
  if (TITLE_CASE_LABEL.test(b.text)) return null;
  // A line the next line continues (a hard wrap) is not cut off; the text stops where a blank line or the end follows.
  if (line + 1 < posting.lines.length && posting.lines[line + 1]!.trim() !== '') return null;
  // Nor is a value that goes on in its padded column after a blank line (a PDF's two-column layout:
  // "…Division of" / "" / "Educator Licensure and Quality." at the same deep indentation).
  if (continuesInColumn(posting, line, MAX_BLANKS)) return null;
  // Nor is a phrase whose rest is right below, past a blank line or two, in lower case ("… in the" /
  // "" / "general education setting."): nothing was lost; the sentence is broken in two (the
  // information brokenSentences gives), as a double-spaced PDF or a pasted page breaks it.
  if (continuesBelow(posting, line)) return null;
  return [line, word[0], word[1]];
}

/** True when the next text line, after one to MAX_BLANKS blank lines, is prose starting in lower case (not an address). */
function continuesBelow(posting: Posting, line: number): boolean {
  const n = posting.lines.length;
  let j = line + 1;
  while (j < n && j - line - 1 <= MAX_BLANKS && posting.lines[j]!.trim() === '') j++;
  if (j >= n || j === line + 1 || j - line - 1 > MAX_BLANKS || !isProseLine(posting, j)) return false;
  const b = posting.lines[j]!.trimStart();
  const c = b.charCodeAt(0);
  return c >= 97 && c <= 122 && !NOT_PROSE_START.test(b);
}

/** The first "(" of the block that no ")" closes, as [line, character], or null. */
function unclosedParen(posting: Posting, b: Block): [number, number] | null {
  // A stack of open parentheses needs only its depth and its bottom: the first one left open.
  let depth = 0;
  let firstLine = -1;
  let firstChar = -1;
  for (let l = b.range.start.line; l <= b.range.end.line; l++) {
    const text = posting.lines[l]!;
    const from = l === b.range.start.line ? b.range.start.character : 0;
    const to = l === b.range.end.line ? b.range.end.character : text.length;
    for (let c = from; c < to; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 40) {
        if (depth++ === 0) {
          firstLine = l;
          firstChar = c;
        }
      } else if (ch === 41 && depth > 0) depth--;
    }
  }
  return depth > 0 ? [firstLine, firstChar] : null;
}

/** Longer than any hard wrap: a line this long that goes on in lower case on the next was broken, not wrapped. */
const UNWRAPPED = 100;
/** Blank lines a broken sentence may have between its parts. */
const MAX_BLANKS = 2;
/** Ends a sentence, a clause or a label: the next line may start in lower case after it. */
const CLAUSE_END = /[.!?:;,)"”*|]$/;
/** A lower-case start that is not a sentence going on: an e-mail address, a web address, "e.g.". */
const NOT_PROSE_START = /^[\w.+-]+@|^(?:e\.g\.|i\.e\.|www\.|https?:)/;

/**
 * Sentences broken in two, as [line, continuation line] pairs: line i stops without ending a clause
 * and the next text line (after at most MAX_BLANKS blank lines) starts in lower case; with no blank
 * line between, only when line i is longer than UNWRAPPED. A paragraph broken again and again is
 * one finding, on its first break.
 */
function brokenSentences(posting: Posting, junk: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = posting.lines.length;
  let lastContinuation = -1;
  for (let i = 0; i < n; i++) {
    if (junk[i] || !isProseLine(posting, i)) continue;
    const a = posting.lines[i]!.trimEnd();
    if (a.length > 4000 || CLAUSE_END.test(a)) continue;
    let j = i + 1;
    while (j < n && j - i - 1 <= MAX_BLANKS && posting.lines[j]!.trim() === '') j++;
    if (j >= n || j - i - 1 > MAX_BLANKS || junk[j] || !isProseLine(posting, j)) continue;
    const b = posting.lines[j]!.trimStart();
    const c = b.charCodeAt(0);
    if (c < 97 || c > 122 || NOT_PROSE_START.test(b)) continue;
    if (j === i + 1 && a.trim().length <= UNWRAPPED) continue;
    if (i !== lastContinuation) out.push([i, j]);
    lastContinuation = j;
  }
  return out;
}

/** Words a sentence at the posting's end must have before its missing full stop says more than a label or a name would. */
const LAST_SENTENCE_WORDS = 8;
/** True when the line's last word is a web or e-mail address, which needs no full stop. */
function endsOnAddress(t: string): boolean {
  const last = t.slice(t.lastIndexOf(' ') + 1);
  return last.includes('@') || last.includes('://') || last.toLowerCase().startsWith('www.');
}

/**
 * The posting's last line of running text, when it stops mid-sentence: a paragraph of
 * LAST_SENTENCE_WORDS words or more with no full stop (the end of the page was lost in the copy).
 * -1 when the text ends otherwise.
 */
function endsMidSentence(posting: Posting, junk: Uint8Array): number {
  for (let i = posting.lines.length - 1; i >= 0; i--) {
    const t = posting.lines[i]!.trim();
    if (t === '' || junk[i]) continue;
    if (lineKind(posting, i) !== 'paragraph' || t.length > 4000 || endsOnAddress(t) || TITLE_CASE_LABEL.test(t)) return -1;
    // A sentence cut off stops on a word in lower case; a date, a number or a capitalised name ends a line on purpose.
    const words = t.split(/\s+/);
    return /^[a-z]+$/.test(words[words.length - 1]!) && words.length >= LAST_SENTENCE_WORDS ? i : -1;
  }
  return -1;
}

export const cutOffText: Rule = {
  meta: {
    id: 'cut-off-text',
    description: 'Text that stops mid-phrase (a link or the rest of a sentence lost in a copy).',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      dangling: "Cut-off text: '{{end}}' stops after '{{word}}'; the rest (often a link) was lost.",
      unclosed: "Cut-off text: the parenthesis opened at '{{start}}' is never closed; a link or the rest of the note was lost.",
      endsMid: "The posting ends mid-sentence ('{{end}}'); the rest of the text may have been lost in the copy.",
      broken:
        "Broken sentence: '{{end}}' goes on below ('{{start}}'); join the lines, unless the posting is wrapped on purpose.",
    },
    docs: 'docs/rules/cut-off-text.md',
    fixable: false,
    scope: 'section',
  },
  check(posting) {
    const out: RuleFinding[] = [];
    const junk = junkLines(posting);
    const cut = new Set<number>();
    for (let sAt = 0, sList = posting.sections; sAt < sList.length; sAt++) {
      const s = sList[sAt]!;
      for (let bAt = 0, bList = s.blocks; bAt < bList.length; bAt++) {
        const b = bList[bAt]!;
        if (junk[b.line] || b.text.length > MAX_BLOCK) continue;
        const d = danglingEnd(posting, b);
        if (d) {
          const [line, start, end] = d;
          const text = posting.lines[line]!;
          const from = Math.max(line === b.range.start.line ? b.range.start.character : 0, start - 40);
          cut.add(line);
          out.push({
            messageId: 'dangling',
            data: { end: text.slice(from, end).trim(), word: text.slice(start, end) },
            range: range(line, start, line, end),
          });
          continue;
        }
        const p = unclosedParen(posting, b);
        if (p) {
          const [line, c] = p;
          const text = posting.lines[line]!;
          out.push({ messageId: 'unclosed', data: { start: text.slice(c, c + 30).trim() }, range: range(line, c, line, c + 1) });
        }
      }
    }
    for (let lineAt = 0, lineItems = brokenSentences(posting, junk); lineAt < lineItems.length; lineAt++) {
      const lineItem = lineItems[lineAt]!;
      const line = lineItem[0];
      const next = lineItem[1];
      if (cut.has(line)) continue; // already reported as cut off
      const text = posting.lines[line]!.trimEnd();
      const from = Math.max(0, text.length - 40);
      out.push({
        messageId: 'broken',
        // No line number in the message: the kept results of a section are moved, not rewritten, when lines are added above it.
        data: { end: text.slice(from).trim(), start: posting.lines[next]!.trim().slice(0, 30) },
        range: range(line, from, line, text.length),
        severity: 'info',
      });
    }
    const last = endsMidSentence(posting, junk);
    if (last >= 0 && !cut.has(last)) {
      const text = posting.lines[last]!.trimEnd();
      const from = Math.max(0, text.length - 40);
      // Information: a posting may end on a line written without a full stop on purpose.
      out.push({ messageId: 'endsMid', data: { end: text.slice(from).trim() }, range: range(last, from, last, text.length), severity: 'info' });
    }
    return out.sort((a, b) => a.range.start.line - b.range.start.line);
  },
};
