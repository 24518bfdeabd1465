// The publishable body of a posting: its sections as headings, paragraphs and bullet lists, in
// the writer's order, without the header fields (they become facts), the title, or job-board page
// text ("Read Full Description", related-job lists, newsletter blurbs).
import type { Posting, Section, SectionKind } from '../model/posting.ts';
import { junkLines } from '../facts/junk.ts';
import { escapeHtml } from '../facts/escape.ts';

export type DocBlock = { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

export interface DocSection {
  kind: SectionKind;
  /** The heading's label as written, or null. `sentence` headings read as a lead-in line. */
  heading: string | null;
  sentence: boolean;
  line: number;
  blocks: DocBlock[];
}

/** The label without a trailing rule of dashes, equals signs or underscores ("JOB DESCRIPTION -----"). */
function trimRule(label: string): string {
  let end = label.length;
  let run = 0;
  while (end > 0 && ' \t-–—=_'.includes(label[end - 1]!)) {
    end--;
    run++;
  }
  return (run >= 3 ? label.slice(0, end) : label).trim();
}

function headingOf(s: Section): { heading: string | null; sentence: boolean } {
  if (!s.heading) return { heading: null, sentence: false };
  const label = trimRule(s.heading.label);
  if (!label) return { heading: null, sentence: false };
  return { heading: label, sentence: s.heading.style === 'sentence' || label.split(/\s+/).length > 8 };
}

/** The posting's sections as publishable blocks (title and header fields excluded). */
export function documentSections(posting: Posting): DocSection[] {
  const junk = junkLines(posting);
  const out: DocSection[] = [];
  for (const s of posting.sections) {
    if (s.kind === 'title') continue;
    const blocks: DocBlock[] = [];
    for (const b of s.blocks) {
      let isJunk = false;
      for (let l = b.line; l <= b.endLine; l++) if (junk[l]) isJunk = true;
      const text = b.text.replace(/\s+/g, ' ').trim();
      if (isJunk || text === '') continue;
      const last = blocks[blocks.length - 1];
      if (b.type === 'bullet') {
        if (last?.type === 'list') last.items.push(text);
        else blocks.push({ type: 'list', items: [text] });
      } else blocks.push({ type: 'paragraph', text });
    }
    const inline = s.heading?.inlineContent?.text.trim();
    if (inline && !blocks.some((b) => b.type === 'paragraph' && b.text === inline)) blocks.unshift({ type: 'paragraph', text: inline });
    const { heading, sentence } = s.kind === 'header' || (s.heading && junk[s.line]) ? { heading: null, sentence: false } : headingOf(s);
    if (blocks.length === 0 && (heading === null || s.kind === 'other')) continue;
    out.push({ kind: s.kind, heading, sentence, line: s.line, blocks });
  }
  return out;
}

/** The body as the limited HTML Google reads in a JobPosting description: <p>, <ul>, <li>, <br>. */
export function descriptionHtml(sections: readonly DocSection[]): string {
  const parts: string[] = [];
  for (const s of sections) {
    if (s.heading) parts.push(`<p>${escapeHtml(s.sentence || /[:.?]$/.test(s.heading) ? s.heading : `${s.heading}:`)}</p>`);
    for (const b of s.blocks) {
      if (b.type === 'paragraph') parts.push(`<p>${escapeHtml(b.text)}</p>`);
      else parts.push(`<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    }
  }
  return parts.join('\n');
}
