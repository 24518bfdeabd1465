// The same word twice in a row ("the the"), in any case, also across a wrapped line. The fix deletes
// the second one and the space that separated it, nothing else.
import type { Posting } from '../model/posting.ts';
import type { Rule, RuleFinding, TextEdit } from './types.ts';
import { proseLines } from '../facts/prose.ts';
import { range } from '../facts/util.ts';

interface Word {
  line: number;
  start: number;
  end: number;
  lower: string;
  capital: boolean;
}

// Letters with inner apostrophes or hyphens; a number or a symbol between two words breaks the pair.
const TOKEN = /[A-Za-z]+(?:['’-][A-Za-z]+)*|[^\sA-Za-z]+/g;
// Doubles that are grammatical ("that that", "had had") or sounds ("bye bye").
const ALLOWED = new Set(['that', 'had', 'bye', 'no', 'very', 'so', 'knock', 'ha', 'yada', 'tsk']);

function wordsOf(posting: Posting, line: number, from: number): Array<Word | null> {
  const text = posting.lines[line]!;
  const out: Array<Word | null> = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const c = m[0].charCodeAt(0);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    out.push(letter ? { line, start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase(), capital: c <= 90 } : null);
  }
  return out;
}

/** Deletes the second word and one run of spaces next to it on its own line (after it, else before it). */
function deleteSecond(posting: Posting, w: Word): TextEdit {
  const text = posting.lines[w.line]!;
  let e = w.end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  if (e > w.end) return { range: range(w.line, w.start, w.line, e), newText: '' };
  let s = w.start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  return { range: range(w.line, s, w.line, w.end), newText: '' };
}

export const repeatedWord: Rule = {
  meta: {
    id: 'repeated-word',
    description: 'The same word twice in a row ("the the").',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      repeated: "Repeated word: '{{word}}' twice in a row.",
    },
    docs: 'docs/rules/repeated-word.md',
    fixable: 'safe',
  },
  check(posting) {
    const out: RuleFinding[] = [];
    let prev: Word | null = null;
    let prevLine = -2;
    for (const p of proseLines(posting)) {
      if (p.text.length > 20000) continue;
      // A wrapped paragraph continues on the next line; a new bullet starts afresh.
      if (p.line !== prevLine + 1 || p.bullet) prev = null;
      prevLine = p.line;
      for (const w of wordsOf(posting, p.line, p.start)) {
        // Two capitalised words in a row are a name ("Walla Walla"), unless the first starts the text.
        if (w && prev && w.lower === prev.lower && !ALLOWED.has(w.lower) && !(w.capital && prev.capital)) {
          out.push({
            messageId: 'repeated',
            data: { word: posting.lines[w.line]!.slice(w.start, w.end) },
            range: range(prev.line, prev.start, w.line, w.end),
            fixes: [
              {
                title: `Delete the second '${posting.lines[w.line]!.slice(w.start, w.end)}'`,
                edits: [deleteSecond(posting, w)],
                safe: true,
                removes: [range(w.line, w.start, w.line, w.end)],
              },
            ],
          });
        }
        prev = w;
      }
    }
    return out;
  },
};
