// Folding ranges from a parsed Posting: one per section spanning at least two lines (the header
// block included), and the front-matter block. Trailing blank lines are left out so a folded
// section keeps the blank line that separates it from the next. Pure: no connection, no I/O.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Posting } from '../model/posting.ts';

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

export function foldingRanges(posting: Posting, rangeLimit?: number): FoldingRange[] {
  const out: FoldingRange[] = [];
  const last = posting.lines.length - 1;
  const push = (start: number, end: number, kind?: string): void => {
    let e = Math.min(end, last);
    while (e > start && isBlank(posting.lines[e])) e--;
    if (start >= 0 && e > start) out.push(kind ? { startLine: start, endLine: e, kind } : { startLine: start, endLine: e });
  };
  if (posting.frontMatter) push(posting.frontMatter.line, posting.frontMatter.endLine, FoldingRangeKind.Region);
  for (const section of posting.sections) push(section.line, section.endLine);
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return rangeLimit !== undefined && rangeLimit >= 0 && out.length > rangeLimit ? out.slice(0, rangeLimit) : out;
}
