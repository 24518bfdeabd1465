// The features the section-kind classifier reads: lower-cased words with stop words removed,
// numbers as `<num>`, dollar amounts as `<money>`, and each pair of neighbouring kept words as a
// bigram; a section's heading words apart, prefixed `h:`. One scanner shared by the training script
// (scripts/train-kinds.ts) and the runtime (evidence.ts), so that both see a text the same way. One
// pass over the characters: linear.
import { isAsciiDigit } from './text.ts';

/** Words too common to say anything about what a section is. Kept small on purpose: "per", "must",
 *  "will" and "may" carry meaning here ("per hour", "must possess", "will supervise"). */
const STOP_WORDS = new Set(
  `a an the and or of to in for on at by as is are was were be been being it its this that these those with from into than then there their they them he she his her we our us you your i me my which who whom whose what when where how all any each other such can also not no nor so if but do does did has have had about over under up out s etc`.split(
    ' ',
  ),
);

export const NUM = '<num>';
export const MONEY = '<money>';

/** A letter for the classifier's words: ASCII, or any character past Latin-1's symbols (é, ñ, curly quotes
 *  included: the trained weights were built with this reading, so it stays as it is). */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 0xbf;
}

/** The text's tokens in order (stop words dropped). Long texts are read up to `limit` characters. */
export function kindTokens(text: string, limit = 20000): string[] {
  const out: string[] = [];
  const n = Math.min(text.length, limit);
  const lower = text.slice(0, n).toLowerCase();
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 36 /* $ */) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 32) j++;
      if (j < n && isAsciiDigit(text.charCodeAt(j))) {
        while (j < n && (isAsciiDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 44 || text.charCodeAt(j) === 46)) j++;
        out.push(MONEY);
        i = j;
        continue;
      }
      i++;
    } else if (isAsciiDigit(c)) {
      let j = i + 1;
      while (j < n && (isAsciiDigit(text.charCodeAt(j)) || ((text.charCodeAt(j) === 44 || text.charCodeAt(j) === 46) && j + 1 < n && isAsciiDigit(text.charCodeAt(j + 1))))) j++;
      out.push(NUM);
      i = j;
    } else if (isWordLetter(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordLetter(d)) j++;
        else if ((d === 39 || d === 0x2019) && j + 1 < n && isWordLetter(text.charCodeAt(j + 1))) j++;
        else break;
      }
      let word = lower.slice(i, j);
      if (word.includes('’')) word = word.replace('’', "'");
      if (word.endsWith("'s")) word = word.slice(0, -2);
      if (!STOP_WORDS.has(word) && word.length > 1) out.push(word);
      i = j;
    } else i++;
  }
  return out;
}

const BULLET_LINE = /^\s*(?:[-•*▪◦●·–]|\d{1,2}[.)]\s|[a-z][.)]\s)/;

/** The shape of a text: how many lines it has, and whether it is a list. A duties list and a
 *  one-sentence goal can share words; their layout tells them apart. */
export function layoutFeatures(text: string): string[] {
  let lines = 0;
  let bullets = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    const line = text.slice(start, i);
    if (line.trim().length > 0) {
      lines++;
      if (BULLET_LINE.test(line)) bullets++;
    }
    start = i + 1;
  }
  const size = lines <= 1 ? '<lines:1>' : lines <= 4 ? '<lines:2-4>' : '<lines:5+>';
  return bullets >= 2 ? [size, '<list>'] : [size];
}

/** The distinct features of a text: its unigrams and bigrams, each once (the classifier counts
 *  presence, not frequency), and its layout. */
export function kindFeatures(text: string): string[] {
  const tokens = kindTokens(text);
  const seen = new Set<string>(tokens.length > 0 ? layoutFeatures(text) : []);
  for (let i = 0; i < tokens.length; i++) {
    seen.add(tokens[i]!);
    if (i + 1 < tokens.length) seen.add(`${tokens[i]} ${tokens[i + 1]}`);
  }
  return [...seen];
}

/** The prefix of a heading word's feature: the same word reads differently as a heading ("Hours") and in a body. */
export const HEADING_PREFIX = 'h:';

/** A heading's words as features of their own (`h:hours`), each once: what a heading the catalog does not
 *  know ("Substitute Duty Hours", "Employment Term") shares with the headings it does know. */
export function headingFeatures(heading: string): string[] {
  return [...new Set(kindTokens(heading).map((t) => HEADING_PREFIX + t))];
}
