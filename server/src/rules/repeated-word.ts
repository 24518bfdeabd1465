// The same word twice in a row ("the the"), in any case, also across a wrapped line. The fix deletes
// the second one and the space that separated it, nothing else. Also a phrase of two to six words
// written twice in a row on one line ("Public Schools Public Schools", "Permanent Fulltime Permanent
// Full-time"): a job board's field value doubled when its display and stored values were both copied.
// And a mark of punctuation doubled after a word ("guidance..", "per year. . Salary", "schools,,"):
// a slip an ellipsis ("...") is not.
import type { Posting } from '../model/posting.ts';
import type { Rule, RuleFinding, TextEdit } from './types.ts';
import { proseLines, textLines } from '../facts/prose.ts';
import { contentStart, range } from '../facts/util.ts';
import { lineFacts } from '../facts/memo.ts';
import { lineTokens, sameWordIgnoringCase, type LineTokens } from '../facts/words.ts';

// Words are the shared line tokens (facts/words.ts): letters with inner apostrophes or hyphens; a
// number or a symbol between two words is a token of its own and breaks the pair.
// Doubles that are grammatical ("that that", "had had") or sounds ("bye bye").
const ALLOWED = new Set(['that', 'had', 'bye', 'no', 'very', 'so', 'knock', 'ha', 'yada', 'tsk']);

/** Deletes the word at [start, end) and one run of spaces next to it on its line (after it, else before it). */
function deleteSecond(posting: Posting, line: number, start: number, end: number): TextEdit {
  const text = posting.lines[line]!;
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  if (e > end) return { range: range(line, start, line, e), newText: '' };
  let s = start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  return { range: range(line, s, line, end), newText: '' };
}

const MAX_PHRASE = 6;

/**
 * A full stop, comma or semicolon doubled right after a word (a space between them allowed), not
 * part of an ellipsis. Linear: fixed-width, anchored on the mark.
 */
const DOUBLED_MARK = /(?<=[A-Za-z0-9)\]])([.,;])( ?)\1(?![.,;])/g;

function isJoinerCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/**
 * True when the words of the line at [as, ae) and in `other` at [bs, be) are the same compared
 * without case, hyphens or apostrophes ("Full-time" = "fulltime"). Word tokens hold ASCII letters
 * and joiners only, so `code | 32` lowers exactly.
 */
function samePhraseWord(text: string, as: number, ae: number, other: string, bs: number, be: number): boolean {
  let i = as;
  let j = bs;
  for (;;) {
    while (i < ae && isJoinerCode(text.charCodeAt(i))) i++;
    while (j < be && isJoinerCode(other.charCodeAt(j))) j++;
    if (i === ae || j === be) return i === ae && j === be;
    if ((text.charCodeAt(i) | 32) !== (other.charCodeAt(j) | 32)) return false;
    i++;
    j++;
  }
}

/**
 * doubledPhrases of a line's tokens, kept with them: the tokens are memoised with the line's text
 * (facts/words.ts), so a keystroke looks again only at the lines it changed (this pass over every
 * line of text was the largest part of re-analysing a 12 KB posting in bench/typing-profile.ts).
 * The line's text is the text the tokens were read from, so the tokens determine the answer.
 */
const doubledByTokens = new WeakMap<LineTokens, ReadonlyArray<readonly [number, number]>>();

/** Runs of 2–6 words on one line written twice in a row: [first word of the first copy, words per copy]. */
function doubledPhrases(text: string, t: LineTokens): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const sp = t.spans; // a word token k has sp[2k] >= 0 (words.ts)
  const n = t.count;
  const sameWord = (a: number, b: number): boolean =>
    sp[2 * a]! >= 0 && sp[2 * b]! >= 0 && samePhraseWord(text, sp[2 * a]!, sp[2 * a + 1]!, text, sp[2 * b]!, sp[2 * b + 1]!);
  const isWord = (a: number, literal: string): boolean => sp[2 * a]! >= 0 && samePhraseWord(text, sp[2 * a]!, sp[2 * a + 1]!, literal, 0, literal.length);
  let i = 0;
  while (i < n) {
    let found = 0;
    for (let k = 2; k <= MAX_PHRASE && i + 2 * k <= n && !found; k++) {
      let same = true;
      for (let j = 0; j < k && same; j++) same = sameWord(i + j, i + k + j);
      if (same) found = k;
    }
    // "Full Time or Part Time Part Time": a flattened form's choice label, then the chosen value.
    if (found && i > 0 && (isWord(i - 1, 'or') || isWord(i - 1, 'and'))) found = 0;
    if (found) {
      out.push([i, found]);
      i += 2 * found;
    } else i++;
  }
  return out;
}

export const repeatedWord: Rule = {
  meta: {
    id: 'repeated-word',
    description: 'The same word twice in a row ("the the").',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        punctuation: {
          type: 'boolean',
          description: 'Also report a full stop, comma or semicolon doubled after a word ("guidance..", "year. . Salary").',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      repeated: "Repeated word: '{{word}}' twice in a row.",
      repeatedPhrase: "Repeated phrase: '{{phrase}}' twice in a row.",
      repeatedMark: "Repeated punctuation: '{{mark}}'; one is enough.",
    },
    docs: 'docs/rules/repeated-word.md',
    fixable: 'safe',
    scope: 'section',
  },
  check(posting, ctx) {
    const out: RuleFinding[] = [];
    const facts = lineFacts(posting);
    // The previous word (its line, span and whether it is capitalised), carried across a wrapped line.
    let prevLine = -1;
    let prevStart = 0;
    let prevEnd = 0;
    let prevCapital = false;
    let lastLine = -2;
    for (let pAt = 0, pList = proseLines(posting); pAt < pList.length; pAt++) {
      const p = pList[pAt]!;
      if (p.text.length > 20000) continue;
      // A wrapped paragraph continues on the next line; a new bullet starts afresh.
      if (p.line !== lastLine + 1 || p.bullet) prevLine = -1;
      lastLine = p.line;
      const text = posting.lines[p.line]!;
      const { spans, count } = lineTokens(facts[p.line]!, p.start);
      for (let k = 0; k < count; k++) {
        const start = spans[2 * k]!;
        const end = spans[2 * k + 1]!;
        if (start < 0) {
          prevLine = -1; // a number or a symbol
          continue;
        }
        const capital = text.charCodeAt(start) <= 90;
        // Two capitalised words in a row are a name ("Walla Walla"), unless the first starts the text.
        if (
          prevLine >= 0 &&
          !(capital && prevCapital) &&
          sameWordIgnoringCase(text, start, end, posting.lines[prevLine]!, prevStart, prevEnd) &&
          !ALLOWED.has(text.slice(start, end).toLowerCase())
        ) {
          const word = text.slice(start, end);
          out.push({
            messageId: 'repeated',
            data: { word },
            range: range(prevLine, prevStart, p.line, end),
            fixes: [
              {
                title: `Delete the second '${word}'`,
                edits: [deleteSecond(posting, p.line, start, end)],
                safe: true,
                removes: [range(p.line, start, p.line, end)],
              },
            ],
          });
        }
        prevLine = p.line;
        prevStart = start;
        prevEnd = end;
        prevCapital = capital;
      }
    }
    // Doubled phrases, on any line of text (a doubled value is often a field or a bare label's value).
    for (let lineAt = 0, lineList = textLines(posting); lineAt < lineList.length; lineAt++) {
      const line = lineList[lineAt]!;
      const text = posting.lines[line]!;
      if (text.length > 2000) continue;
      const t = lineTokens(facts[line]!, contentStart(posting, line));
      const sp = t.spans;
      let doubled = doubledByTokens.get(t);
      if (!doubled) doubledByTokens.set(t, (doubled = doubledPhrases(text, t)));
      for (let firstAt = 0, firstItems = doubled; firstAt < firstItems.length; firstAt++) {
        const firstItem = firstItems[firstAt]!;
        const first = firstItem[0];
        const k = firstItem[1];
        const a = sp[2 * first]!;
        const b = sp[2 * (first + k)]!;
        const endFirst = sp[2 * (first + k - 1) + 1]!;
        const z = sp[2 * (first + 2 * k - 1) + 1]!;
        out.push({
          messageId: 'repeatedPhrase',
          data: { phrase: text.slice(a, endFirst) },
          range: range(line, a, line, z),
          fixes: [{ title: `Delete the second '${text.slice(b, z)}'`, edits: [{ range: range(line, endFirst, line, z), newText: '' }], safe: false }],
        });
      }
    }
    if (ctx.options.punctuation !== false) out.push(...doubledMarks(posting));
    return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
  },
};

/** Doubled marks on the lines of text; the fix deletes the second mark and the space before it. */
function doubledMarks(posting: Posting): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let lineAt = 0, lineList = textLines(posting); lineAt < lineList.length; lineAt++) {
    const line = lineList[lineAt]!;
    const text = posting.lines[line]!;
    if (text.length > 20000 || !(text.includes('..') || text.includes('. .') || text.includes(',,') || text.includes(', ,') || text.includes(';;'))) continue;
    DOUBLED_MARK.lastIndex = 0;
    for (let m = DOUBLED_MARK.exec(text); m; m = DOUBLED_MARK.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      out.push({
        messageId: 'repeatedMark',
        data: { mark: m[0] },
        range: range(line, start, line, end),
        fixes: [{ title: `Delete the second '${m[1]}'`, edits: [{ range: range(line, start + 1, line, end), newText: '' }], safe: true, removes: [range(line, start + 1, line, end)] }],
      });
    }
  }
  return out;
}
