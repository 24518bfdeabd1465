// The same word twice in a row ("the the"), in any case, also across a wrapped line. The fix deletes
// the second one and the space that separated it, nothing else. Also a phrase of two to six words
// written twice in a row on one line ("Public Schools Public Schools", "Permanent Fulltime Permanent
// Full-time"): a job board's field value doubled when its display and stored values were both copied.
import type { Posting } from '../model/posting.ts';
import type { Rule, RuleFinding, TextEdit } from './types.ts';
import { proseLines, textLines } from '../facts/prose.ts';
import { contentStart, range } from '../facts/util.ts';

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

const MAX_PHRASE = 6;

/** A word compared without case, hyphens or apostrophes ("Full-time" = "fulltime"). */
function phraseKey(w: Word): string {
  return w.lower.replace(/['’-]/g, '');
}

/** Runs of 2–6 words on one line written twice in a row: [first word of the first copy, words per copy]. */
function doubledPhrases(words: ReadonlyArray<Word | null>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const keys = words.map((w) => (w ? phraseKey(w) : null));
  let i = 0;
  while (i < keys.length) {
    let found = 0;
    for (let k = 2; k <= MAX_PHRASE && i + 2 * k <= keys.length && !found; k++) {
      let same = true;
      for (let j = 0; j < k && same; j++) same = keys[i + j] !== null && keys[i + j] === keys[i + k + j];
      if (same) found = k;
    }
    // "Full Time or Part Time Part Time": a flattened form's choice label, then the chosen value.
    const before = i > 0 ? keys[i - 1] : null;
    if (found && (before === 'or' || before === 'and')) found = 0;
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
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      repeated: "Repeated word: '{{word}}' twice in a row.",
      repeatedPhrase: "Repeated phrase: '{{phrase}}' twice in a row.",
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
    // Doubled phrases, on any line of text (a doubled value is often a field or a bare label's value).
    for (const line of textLines(posting)) {
      const text = posting.lines[line]!;
      if (text.length > 2000) continue;
      const words = wordsOf(posting, line, contentStart(posting, line));
      for (const [first, k] of doubledPhrases(words)) {
        const a = words[first]!;
        const b = words[first + k]!;
        const endFirst = words[first + k - 1]!.end;
        const z = words[first + 2 * k - 1]!;
        out.push({
          messageId: 'repeatedPhrase',
          data: { phrase: text.slice(a.start, endFirst) },
          range: range(line, a.start, line, z.end),
          fixes: [{ title: `Delete the second '${text.slice(b.start, z.end)}'`, edits: [{ range: range(line, endFirst, line, z.end), newText: '' }], safe: false }],
        });
      }
    }
    return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
  },
};
