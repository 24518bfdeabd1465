// How a posting writes its section headings, and a template heading written that way, so that
// whatever the product inserts (a quick fix, Insert Section, a heading completion) looks like the
// writer's own headings: ALL CAPS with a colon in a posting that uses them, Title Case in another.
import type { Posting } from '../model/posting.ts';

/** How a posting writes its headings: the case of the letters and whether a colon ends them. */
export interface HeadingStyle {
  case: 'upper' | 'title';
  colon: boolean;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * The heading style of a posting, read from its own section headings (the title and header block
 * left out): ALL CAPS when most are, else Title Case; a colon when most end with one. Null when the
 * posting has no headings yet, and a template's heading is then used as the profile writes it.
 */
export function headingStyleOf(posting: Posting): HeadingStyle | null {
  let n = 0;
  let upper = 0;
  let colon = 0;
  for (const s of posting.sections) {
    if (!s.heading || s.kind === 'title' || s.kind === 'header' || s.heading.style === 'markdown') continue;
    n++;
    const label = s.heading.label;
    if (/[A-Z]/.test(label) && !/[a-z]/.test(label)) upper++;
    if (s.heading.text.trimEnd().endsWith(':')) colon++;
  }
  if (n === 0) return null;
  return { case: upper * 2 > n ? 'upper' : 'title', colon: colon * 2 > n };
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** A template heading written in a posting's style ("Equal Employment Opportunity" → "EQUAL EMPLOYMENT OPPORTUNITY:"). */
export function styleHeading(heading: string, style: HeadingStyle | null): string {
  if (!style) return heading;
  let label = heading.trim();
  while (label.endsWith(':')) label = label.slice(0, -1).trimEnd();
  // A heading already in mixed case keeps its own capitals (acronyms, names) in Title Case postings.
  const cased = style.case === 'upper' ? label.toUpperCase() : /[a-z]/.test(label) ? label : titleCase(label);
  return style.colon ? `${cased}:` : cased;
}
