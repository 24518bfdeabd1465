// The word tokens of a line, found once per line text and kept with the line's memo (memo.ts), so
// every rule that walks a line word by word reads the same tokens instead of running its own regex.
// A token is a word (ASCII letters with inner apostrophes or hyphens: "don't", "full-time") or a run
// of other non-space characters (digits, punctuation, other scripts), which breaks a run of words.
// Tokens are spans of the line's text: no substring is made until a rule needs one.
import type { LineFacts } from './memo.ts';
import { isAsciiLetter } from '../model/text.ts';

export interface LineTokens {
  /** Where tokenising started (a prose line's content start). */
  readonly from: number;
  /** Number of tokens. */
  readonly count: number;
  /**
   * Two entries per token k: spans[2k] its start, spans[2k + 1] its end. The start of a token that
   * is not a word is stored as ~start (negative): `spans[2k] >= 0` tells a word.
   */
  readonly spans: readonly number[];
}

/** An apostrophe, a curly apostrophe or a hyphen: joins two runs of letters into one word. */
export function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** The characters of JavaScript's \s (white space and line terminators). */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The tokens of text from `from`, the spans /[A-Za-z]+(?:['’-][A-Za-z]+)*|[^\sA-Za-z]+/g would
 * match, found in one pass of character codes.
 */
export function tokenize(text: string, from: number): LineTokens {
  const n = text.length;
  // A plain array of small integers: far cheaper to make than a typed array for a line's few tokens.
  const spans: number[] = [];
  let i = Math.max(0, from);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isRegexSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isAsciiLetter(c)) {
      for (;;) {
        while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
        if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isAsciiLetter(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      spans.push(i, j);
    } else {
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isRegexSpace(d) || isAsciiLetter(d)) break;
        j++;
      }
      spans.push(~i, j);
    }
    i = j;
  }
  return { from, count: spans.length >> 1, spans };
}

/** The tokens of a line from `from`, memoised with the line's text (recomputed for another start). */
export function lineTokens(f: LineFacts, from: number): LineTokens {
  let t = f.tokens as LineTokens | undefined;
  if (!t || t.from !== from) f.tokens = t = tokenize(f.text, from);
  return t;
}

/**
 * True when text[aStart, aEnd) and other[bStart, bEnd), two word tokens, are the same word in any
 * case. Exact for words: `code | 32` lowers A-Z and keeps a-z, the apostrophes and the hyphen apart.
 */
export function sameWordIgnoringCase(text: string, aStart: number, aEnd: number, other: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if ((text.charCodeAt(aStart + i) | 32) !== (other.charCodeAt(bStart + i) | 32)) return false;
  return true;
}
