// Text that stops mid-phrase, where a link or the rest of a sentence was lost in a copy: a paragraph
// or list item ending on a word that needs another after it ("To learn more details, visit our"),
// or an opening parenthesis never closed ("(available at Applications that are not complete …").
import type { Block, Posting } from '../model/posting.ts';
import type { Rule, RuleFinding } from './types.ts';
import { junkLines } from '../facts/junk.ts';
import { range } from '../facts/util.ts';

/**
 * Words that cannot end a sentence: articles, possessives, prepositions that take an object.
 * Conjunctions are not among them: "…; or" and "…, and" end the items of a list of alternatives.
 */
const NEEDS_MORE = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'its', 'of', 'at', 'by', 'with', 'from', 'into']);
const MAX_BLOCK = 5000;
const TITLE_CASE_LABEL = /^(?:[A-Z][A-Za-z]*\s){1,5}[A-Z][a-z]*$/;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** [start, end] of the last word of text[0, to) when only spaces follow it and a space or the line start precedes it. */
function lastWord(text: string, to: number): [number, number] | null {
  let end = to;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
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
  return [line, word[0], word[1]];
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

export const cutOffText: Rule = {
  meta: {
    id: 'cut-off-text',
    description: 'Text that stops mid-phrase (a link or the rest of a sentence lost in a copy).',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      dangling: "Cut-off text: '{{end}}' stops after '{{word}}'; the rest (often a link) was lost.",
      unclosed: "Cut-off text: the parenthesis opened at '{{start}}' is never closed; a link or the rest of the note was lost.",
    },
    docs: 'docs/rules/cut-off-text.md',
    fixable: false,
    scope: 'section',
  },
  check(posting) {
    const out: RuleFinding[] = [];
    const junk = junkLines(posting);
    for (const s of posting.sections) {
      for (const b of s.blocks) {
        if (junk[b.line] || b.text.length > MAX_BLOCK) continue;
        const d = danglingEnd(posting, b);
        if (d) {
          const [line, start, end] = d;
          const text = posting.lines[line]!;
          const from = Math.max(line === b.range.start.line ? b.range.start.character : 0, start - 40);
          out.push({ messageId: 'dangling', data: { end: text.slice(from, end).trim(), word: text.slice(start, end) }, range: range(line, start, line, end) });
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
    return out;
  },
};
