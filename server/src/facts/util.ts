// Small shared helpers for rules: ranges, line kinds, prose iteration. Pure and linear.
import type { LineKind, Posting, Range, Section } from '../model/posting.ts';
import type { TextEdit } from '../rules/types.ts';
import { lineFacts, lowerOf } from './memo.ts';
import { isRegexSpace } from './words.ts';

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** The trimmed text of a line as a range (whole line when it is blank). */
export function lineRange(posting: Posting, line: number): Range {
  const text = posting.lines[line] ?? '';
  let s = 0;
  let e = text.length;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return range(line, s, line, e);
}

/** Lines first..last (inclusive), trimmed at both ends. */
export function linesRange(posting: Posting, first: number, last: number): Range {
  const a = lineRange(posting, first);
  const b = lineRange(posting, last);
  return { start: a.start, end: b.end };
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0xfeff || c === 0x200b || c === 11 || c === 12;
}

/** An edit that deletes lines first..last with their line break (the previous one at end of text). */
export function deleteLinesEdit(posting: Posting, first: number, last: number): TextEdit {
  const n = posting.lines.length;
  if (last + 1 < n) return { range: range(first, 0, last + 1, 0), newText: '' };
  if (first > 0) {
    const prev = first - 1;
    return { range: range(prev, posting.lines[prev]!.length, last, posting.lines[last]!.length), newText: '' };
  }
  return { range: range(first, 0, last, posting.lines[last]!.length), newText: '' };
}

const FALLBACK_BULLET = /^\s*(?:[-•*◦▪●–—·➢►✓]|\d{1,3}[.)])\s+/;
/** The markers FALLBACK_BULLET takes (its first character after white space, digits aside). */
const FALLBACK_MARKERS = '-•*◦▪●–—·➢►✓';
const FALLBACK_STRAY = /^[.,;:!?'"`~·•*_\-–—=|]{1,3}$/;

/** The parser's kind for a line, or a rough guess when the line has no info. */
export function lineKind(posting: Posting, line: number): LineKind {
  const info = posting.lineInfo[line];
  if (info) return info.kind;
  const text = (posting.lines[line] ?? '').trim();
  if (text === '') return 'blank';
  if (FALLBACK_STRAY.test(text)) return 'stray';
  if (FALLBACK_BULLET.test(text)) return 'bullet';
  return 'paragraph';
}

/** True for lines that read as running text a candidate reads: paragraphs and bullets. */
export function isProseLine(posting: Posting, line: number): boolean {
  const k = lineKind(posting, line);
  return k === 'paragraph' || k === 'bullet';
}

/**
 * The length of the bullet marker and white space a line opens with (FALLBACK_BULLET's match), or
 * -1. Every line comes here: the pattern needs a marker or a digit after the white space, so only
 * such lines run it.
 */
export function bulletEnd(text: string): number {
  let j = 0;
  while (j < text.length && isRegexSpace(text.charCodeAt(j))) j++;
  const c = text[j];
  const m = c !== undefined && (FALLBACK_MARKERS.includes(c) || (c >= '0' && c <= '9')) ? FALLBACK_BULLET.exec(text) : null;
  return m ? m[0].length : -1;
}

/** Where the text of a prose line starts (after a bullet marker and indentation). */
export function contentStart(posting: Posting, line: number): number {
  const info = posting.lineInfo[line];
  if (info?.contentStart !== undefined) return info.contentStart;
  const text = posting.lines[line] ?? '';
  // The parser marks bullets only: every other line comes here, for every rule that asks.
  const bullet = bulletEnd(text);
  if (bullet >= 0) return bullet;
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

const sectionIndexCache = new WeakMap<Posting, Int32Array>();

/** For each line, the index of the section that holds it (-1 for none). Computed once per posting. */
export function sectionIndexByLine(posting: Posting): Int32Array {
  let map = sectionIndexCache.get(posting);
  if (map) return map;
  map = new Int32Array(posting.lines.length).fill(-1);
  posting.sections.forEach((s, i) => {
    const last = Math.min(s.endLine, posting.lines.length - 1);
    for (let l = Math.max(0, s.line); l <= last; l++) map![l] = i;
  });
  sectionIndexCache.set(posting, map);
  return map;
}

export function sectionAt(posting: Posting, line: number): Section | null {
  const i = sectionIndexByLine(posting)[line] ?? -1;
  return i >= 0 ? posting.sections[i]! : null;
}

const junkCache = new WeakMap<Posting, Uint8Array>();

/** 1 for every line the parser marked as job-board junk. */
export function parserJunkLines(posting: Posting): Uint8Array {
  let out = junkCache.get(posting);
  if (out) return out;
  out = new Uint8Array(posting.lines.length);
  for (const r of posting.junk) {
    const last = Math.min(r.end.line, posting.lines.length - 1);
    for (let l = r.start.line; l <= last; l++) out[l] = 1;
  }
  for (let i = 0; i < posting.lineInfo.length; i++) if (posting.lineInfo[i]!.kind === 'junk') out[posting.lineInfo[i]!.line] = 1;
  junkCache.set(posting, out);
  return out;
}

export function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function strList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : fallback;
}

/** The job title as the parser read it, else the first non-blank line. */
/** The first line with text after the front matter, or -1 (a blank posting). */
export function firstContentLine(posting: Posting): number {
  for (let i = posting.frontMatter ? posting.frontMatter.endLine + 1 : 0; i < posting.lines.length; i++) if (posting.lines[i]!.trim() !== '') return i;
  return -1;
}

export function titleLine(posting: Posting): number {
  if (posting.title) return posting.title.line;
  for (let i = 0; i < posting.lines.length; i++) if (posting.lines[i]!.trim() !== '') return i;
  return 0;
}

/** Where a document-level finding goes: the title line. */
export function documentRange(posting: Posting): Range {
  return lineRange(posting, titleLine(posting));
}

const lowerCache = new WeakMap<Posting, string[]>();

/** Each line in lower case, computed once per posting (cheap keyword pre-checks before a regex). */
export function lowerLines(posting: Posting): string[] {
  let out = lowerCache.get(posting);
  if (!out) {
    out = lineFacts(posting).map(lowerOf);
    lowerCache.set(posting, out);
  }
  return out;
}

/** True when the text holds any of the (lower-case) keys. */
export function hasAny(lower: string, keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) if (lower.includes(keys[i]!)) return true;
  return false;
}
