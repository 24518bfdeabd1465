// Section builders and how they close: each section ends at its last non-blank line before the
// next one starts. Sub-headings (level 2) are sections of their own in the flat list, with the
// index of their level-1 parent, so that rules reading `posting.sections` see every block once.
import type { Block, Field, Heading, Range, Section, SectionKind } from './posting.ts';
import { normalizeLabel } from './text.ts';
import { headingKind, settleKind, settleOpening } from './decide.ts';

export interface Builder {
  kind: SectionKind;
  heading: Heading | null;
  line: number;
  lastLine: number;
  blocks: Block[];
  fields: Field[];
  bullets: number;
  /** The heading's kind is to be settled by its first paragraph ("Job Description"). */
  contentDecides: boolean;
  junk: boolean;
  /** Takes no content of its own beyond its first lines ("About the job"): the next paragraph or bullet opens a section. */
  closed?: boolean;
  level: 1 | 2;
  /** The level-1 section a sub-heading belongs to. */
  parent: Builder | null;
  /**
   * The kind is the summary only by default: an unheaded paragraph (or the first one under "Overview")
   * that named no kind. The district paragraph right after it settles it as about the district.
   */
  defaulted?: boolean;
  /** A sub-heading that takes its parent's kind, as the parent's kind is finally settled. */
  inherits?: boolean;
}

/**
 * The factors of a classification plan's job description (Chesterfield's "Budgetary
 * Responsibility:", "Report Preparation:" …): sub-headings of the section they sit in, not sections
 * of a kind of their own. The demand and environment factors describe working conditions.
 */
const FACTORS = new Set([
  'budgetary responsibility',
  'budgetary responsibilities',
  'report preparation',
  'equipment operation',
  'equipment operations',
  'contacts',
  'work direction',
  'supervision',
  'work direction supervision',
  'supervision exercised',
  'supervision received',
  'decision making',
  'formal policy setting responsibilities',
  'policy setting responsibilities',
  'accountability',
  'complexity',
]);
const CONDITION_FACTORS = new Set(['physical demands', 'mental demands', 'environmental factors', 'environmental conditions', 'work environment', 'working environment', 'physical requirements', 'physical and mental demands', 'physical demands and work environment']);

export type FactorKind = 'factor' | 'condition' | null;

/** Whether a heading label is a job-description factor (a sub-heading), and of which sort. */
export function factorOf(label: string): FactorKind {
  const norm = normalizeLabel(label);
  if (FACTORS.has(norm)) return 'factor';
  if (CONDITION_FACTORS.has(norm)) return 'condition';
  return null;
}

/** How many of a section's last blocks are read for pay it has stated already. */
const PAY_LOOK_BACK = 8;

/**
 * True when a pay paragraph set apart in this section is the posting's pay, a section of its own ("A CDL
 * driver starts at $27.21 an hour" after the summary): not when the section has just stated pay, nor
 * under a catch-all heading ("Additional Information") that gathers such facts.
 */
export function paySetApart(section: Builder): boolean {
  if (section.kind === 'other' && section.heading) return false;
  // (The last few blocks only: a bounded look, so that a long section's paragraphs are not read again for each one.)
  const blocks = section.blocks;
  for (let k = blocks.length - 1; k >= 0 && k >= blocks.length - PAY_LOOK_BACK; k--) if (blocks[k]!.contentKind === 'salary') return false;
  return true;
}

/** The level-1 section a new sub-heading would sit under, or null when the current section cannot hold one. */
export function parentFor(current: Builder | null): Builder | null {
  if (!current) return null;
  const top = current.level === 2 ? current.parent! : current;
  if (top.junk || top.kind === 'title' || top.kind === 'header') return null;
  return top;
}

/** Closes each section at its last non-blank line before the next section starts. */
export function finish(builders: Builder[], lines: string[], trimmed: Array<[number, number]>): Section[] {
  const out: Section[] = [];
  const index = new Map<Builder, number>();
  const hasChildren = new Set<Builder>();
  for (const b of builders) if (b.parent) hasChildren.add(b.parent);
  for (let k = 0; k < builders.length; k++) {
    const b = builders[k]!;
    index.set(b, k);
    // A heading the catalog does not know ("JOB GOAL:", "PERSONAL CHARACTERISTICS:") names no kind: its body
    // decides (a heading's own words decide wherever they name one; title, header, page text and sub-headings keep their place's kind).
    if (b.kind === 'other' && !b.junk && !b.closed && b.level === 1 && b.heading && b.heading.style !== 'sentence' && b.blocks.length > 0 && !headingKind(b.heading.label)) {
      b.kind = settleKind(b.heading.label, null, b.blocks.map((x) => x.text).join('\n'));
    }
    // An unheaded list opened as `other` (its first item named no kind; its heading was lost):
    // its whole body decides, as it would under an unknown heading; a body that reads as nothing in particular stays `other`.
    else if (b.kind === 'other' && !b.junk && !b.closed && b.level === 1 && !b.heading && b.blocks[0]?.type === 'bullet') {
      b.kind = settleKind(null, null, b.blocks.map((x) => x.text).join('\n'));
    }
    if (!b.junk && b.level === 1) b.kind = settleOpening(b.kind, b.heading?.label ?? null, b.blocks);
    if (b.inherits && b.parent) b.kind = b.parent.kind;
    const limit = k + 1 < builders.length ? builders[k + 1]!.line - 1 : lines.length - 1;
    let endLine = limit;
    while (endLine > b.line && trimmed[endLine]![0] >= trimmed[endLine]![1]) endLine--;
    const endChar = trimmed[endLine]![1];
    const headingLine = b.heading ? b.heading.range.start.line : -1;
    let bodyRange: Range | null = null;
    const inline = b.heading?.inlineContent;
    if (inline) bodyRange = { start: inline.range.start, end: { line: endLine, character: endChar } };
    else if (b.heading) {
      let first = b.line + 1;
      while (first <= endLine && trimmed[first]![0] >= trimmed[first]![1]) first++;
      if (first <= endLine) bodyRange = { start: { line: first, character: trimmed[first]![0] }, end: { line: endLine, character: endChar } };
    } else {
      bodyRange = { start: { line: b.line, character: trimmed[b.line]![0] }, end: { line: endLine, character: endChar } };
    }
    const section: Section = {
      kind: b.kind,
      heading: b.heading,
      line: b.line,
      endLine,
      range: { start: { line: b.line, character: headingLine === b.line ? b.heading!.range.start.character : trimmed[b.line]![0] }, end: { line: endLine, character: endChar } },
      bodyRange,
      blocks: b.blocks,
      fields: b.fields,
      // A heading whose content sits under its sub-headings is not empty.
      empty: b.heading !== null && b.kind !== 'title' && b.blocks.length === 0 && b.fields.length === 0 && !hasChildren.has(b),
      level: b.level,
    };
    if (b.parent && index.has(b.parent)) section.parent = index.get(b.parent)!;
    out.push(section);
  }
  return out;
}
