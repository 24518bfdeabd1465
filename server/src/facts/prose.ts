// Iteration over the prose a candidate reads: paragraph and bullet lines (and inline heading
// content), never headings, fields, junk or the title.
import type { Posting } from '../model/posting.ts';
import { junkLines } from './junk.ts';
import { contentStart, lineKind } from './util.ts';
import { lineFacts } from './memo.ts';

export interface ProseLine {
  line: number;
  /** Offset in the line where the prose starts. */
  start: number;
  text: string;
  bullet: boolean;
}

const cache = new WeakMap<Posting, ProseLine[]>();

export function proseLines(posting: Posting): ProseLine[] {
  const hit = cache.get(posting);
  if (hit) return hit;
  const junk = junkLines(posting);
  const out: ProseLine[] = [];
  const fm = posting.frontMatter;
  for (let i = 0; i < posting.lines.length; i++) {
    if (junk[i] || (fm && i >= fm.line && i <= fm.endLine)) continue;
    const k = lineKind(posting, i);
    if (k !== 'paragraph' && k !== 'bullet') continue;
    const start = contentStart(posting, i);
    out.push({ line: i, start, text: posting.lines[i]!.slice(start), bullet: k === 'bullet' });
  }
  cache.set(posting, out);
  return out;
}

const textCache = new WeakMap<Posting, readonly number[]>();

/** Every non-junk, non-blank line (headings and fields included), for text scans such as pronouns. */
export function textLines(posting: Posting): readonly number[] {
  const hit = textCache.get(posting);
  if (hit) return hit;
  const junk = junkLines(posting);
  const out: number[] = [];
  for (let i = 0; i < posting.lines.length; i++) if (!junk[i] && posting.lines[i]!.length && lineKind(posting, i) !== 'blank') out.push(i);
  textCache.set(posting, out);
  return out;
}

/**
 * Per-line results of the prose rules (reading level, coded words, age-coded phrases), memoised
 * with the line's text for the prose start they were computed from.
 */
export interface ProseMemo {
  start: number;
  /** The prose text, cut from the memo's flat copy of the line (never from the document). */
  text: string;
  /** textStats of the prose text: words, sentences, syllables. */
  stats?: { words: number; sentences: number; syllables: number };
  /** Coded words in order: [word, masculine]. */
  coded?: ReadonlyArray<readonly [string, boolean]>;
  /** Age-coded matches: [index, text]. */
  age?: ReadonlyArray<readonly [number, string]>;
}

const memoCache = new WeakMap<Posting, ProseMemo[]>();

/** The memo of each prose line (parallel to proseLines), once per posting. */
export function proseMemos(posting: Posting): ProseMemo[] {
  const hit = memoCache.get(posting);
  if (hit) return hit;
  const prose = proseLines(posting);
  const facts = lineFacts(posting);
  const out = new Array<ProseMemo>(prose.length);
  for (let i = 0; i < prose.length; i++) {
    const p = prose[i]!;
    const f = facts[p.line]!;
    let m = f.prose as ProseMemo | undefined;
    if (!m || m.start !== p.start) f.prose = m = { start: p.start, text: f.text.slice(p.start) };
    out[i] = m;
  }
  memoCache.set(posting, out);
  return out;
}
