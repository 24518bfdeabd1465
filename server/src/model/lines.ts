// Line shapes: what one trimmed line looks like (bullet, Markdown heading, ALL CAPS, Title Case,
// a rule of dashes, emphasis). Pure character tests, each linear in the line's length.
import type { Range } from './posting.ts';

export const BULLET = /^(?:[-•*◦○▪●–—·➢►✓]|\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|o(?=\s))\s+/;
export const STRAY = /^[.,;:!?'"`~·•*_\-–—=|]{1,3}$/;
/** Word-table residue: a line of only cell borders and check boxes ("|", "| |", "☐ ☒"). */
export const TABLE_RESIDUE = /^[|☐☒☑\s]{1,40}$/;
export const HAS_LOWER = /[a-z]/;
export const HAS_LETTER = /[A-Za-z]/;

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0xfeff || c === 0x200b || c === 11 || c === 12;
}

export function trimBounds(text: string): [number, number] {
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

export function isUpperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The text inside a whole-line emphasis ("**Benefits**" → "Benefits"), or null. */
export function emphasised(text: string): string | null {
  if (text.length < 5) return null;
  const marker = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : null;
  if (!marker || !text.endsWith(marker)) return null;
  const inner = text.slice(2, -2).trim();
  return inner && !inner.includes(marker) ? inner : null;
}

/** Spans of a header line split at " | ", " · " or " • " separators, trimmed. */
export function headerParts(line: string, start: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = start;
  for (let k = start; k + 2 < end; k++) {
    const c = line[k + 1];
    if (line[k] === ' ' && line[k + 2] === ' ' && (c === '|' || c === '·' || c === '•')) {
      parts.push([from, k]);
      from = k + 3;
    }
  }
  parts.push([from, end]);
  return parts
    .map(([a, b]): [number, number] => {
      while (a < b && isSpace(line.charCodeAt(a))) a++;
      while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
      return [a, b];
    })
    .filter(([a, b]) => b > a);
}

/** "## Education" → level 2, "Education" (closing #s dropped); null when the line is not a Markdown heading. */
export function markdownHeading(text: string): { level: number; label: string } | null {
  let level = 0;
  while (level < text.length && text[level] === '#') level++;
  if (level === 0 || level > 6 || level >= text.length || !isSpace(text.charCodeAt(level))) return null;
  let end = text.length;
  while (end > level && text[end - 1] === '#') end--;
  const label = text.slice(level, end).trim();
  return label ? { level, label } : null;
}

/** Four or more of one rule character and nothing else: "______", "*******", "=====", "-----". */
export function isRuleLine(text: string): boolean {
  const c = text[0];
  if (text.length < 4 || (c !== '_' && c !== '*' && c !== '=' && c !== '-' && c !== '~')) return false;
  for (let k = 1; k < text.length; k++) if (text[k] !== c) return false;
  return true;
}

/** "JOB DESCRIPTION -----" → "JOB DESCRIPTION": the text before a trailing rule of 4+ dashes, equals or underscores. */
export function beforeDashRule(text: string): string | null {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '-' || text[end - 1] === '=' || text[end - 1] === '_')) end--;
  if (text.length - end < 4) return null;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0 || end > 120) return null;
  return text.slice(0, end);
}

const CAPS_VALUES = new Set(['NA', 'TBD', 'USD', 'NONE', 'YES', 'NO', 'FTE', 'EOE']);

/** ALL CAPS with real words: "ANNUAL SALARY", not a value such as "N/A" or "USD". */
export function isCapsHeading(text: string): boolean {
  if (text.length > 120 || HAS_LOWER.test(text)) return false;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 4 && !CAPS_VALUES.has(text.replace(/[^A-Z]/g, ''));
}

/** A full stop after a word, then a capital: two sentences on the line (not "Mr. Lee" or "1. Duties"). */
const SENTENCE_BREAK = /[a-z]{2}\. [A-Z]/;

/** True when the line holds a sentence break: text that wrapped, not a name. */
export function hasSentenceBreak(text: string): boolean {
  return SENTENCE_BREAK.test(text);
}

/** "Conditions of Employment": every word of four or more letters capitalised. */
export function isTitleCase(text: string): boolean {
  if (!isUpperStart(text)) return false;
  let wordStart = true;
  let wordLen = 0;
  let firstUpper = false;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i]! : ' ';
    const isLetter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === "'" || ch === '’';
    if (isLetter) {
      if (wordStart) firstUpper = ch >= 'A' && ch <= 'Z';
      wordStart = false;
      wordLen++;
    } else {
      if (wordLen >= 4 && !firstUpper) return false;
      wordStart = true;
      wordLen = 0;
    }
  }
  return true;
}

/**
 * The ALL-CAPS words that open a line run on into lower-case text ("ESSENTIAL DUTIES AND
 * RESPONSIBILITIES include the following…"): the end of the caps run (before the space), or -1.
 * At least two caps words and ten capitals, and lower-case text after them.
 */
export function capsRunEnd(text: string): number {
  let capitals = 0;
  let words = 0;
  let lastWordEnd = -1;
  let i = 0;
  while (i < text.length) {
    const wordStart = i;
    let upper = 0;
    let lower = 0;
    while (i < text.length && text[i] !== ' ') {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      i++;
    }
    const isCapsWord = lower === 0 && (upper > 0 || text.slice(wordStart, i) === '&');
    if (!isCapsWord) {
      return lower > 0 && upper <= 1 && words >= 2 && capitals >= 10 ? lastWordEnd : -1;
    }
    capitals += upper;
    words++;
    lastWordEnd = i;
    while (i < text.length && text[i] === ' ') i++;
  }
  return -1;
}

/** A line that is only a date ("10/22/2025", "January 7, 2020", "2025-05-21"). */
const DATE_LINE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})$/i;

export function isDateLine(text: string): boolean {
  return text.length <= 30 && DATE_LINE.test(text);
}

/** What a heading run onto a line's end may hold (the whole tail, anchored: linear). */
const TAIL_HEADING = /^[A-Z][A-Za-z/&' ]{2,80}$/;
const TWO_LETTERS = /^[A-Za-z]{2}$/;

/**
 * The heading after the paragraph's last sentence end, to the line's end ("… feet. Essential
 * Functions", "… care.  Reports to:"), with whether a colon ends it and where the sentence end is;
 * null when there is none. Scans back at most the length a heading may have. The parser (a section
 * starting on the next line) and glued-fields (a finding) read the same tail.
 */
export function headingAtLineEnd(text: string): { heading: string; colon: boolean; start: number } | null {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const colon = end > 0 && text[end - 1] === ':';
  if (colon) end--;
  for (let j = end - 1; j >= 2 && end - j <= 84; j--) {
    const c = text[j]!;
    if ((c !== '.' && c !== '!' && c !== '?') || !/\s/.test(text[j + 1] ?? '')) continue;
    if (!TWO_LETTERS.test(text.slice(j - 2, j))) return null;
    const heading = text.slice(j + 1, end).trim();
    return TAIL_HEADING.test(heading) ? { heading, colon, start: j + 1 } : null;
  }
  return null;
}
