// Iteration over the prose a candidate reads: paragraph and bullet lines (and inline heading
// content), never headings, fields, junk or the title.
import type { Posting } from '../model/posting.ts';
import { junkLines } from './content.ts';
import { contentStart, lineKind } from './util.ts';

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

/** Every non-junk, non-blank line (headings and fields included), for text scans such as pronouns. */
export function textLines(posting: Posting): number[] {
  const junk = junkLines(posting);
  const out: number[] = [];
  for (let i = 0; i < posting.lines.length; i++) if (!junk[i] && posting.lines[i]!.length && lineKind(posting, i) !== 'blank') out.push(i);
  return out;
}
