// Inserting a whole section at its canonical place (the "Insert Section…" command), and the list
// of kinds to choose from, missing ones first. Pure.
import type { Posting, SectionKind } from '../model/posting.ts';
import { insertionLine } from '../rules/missing-section.ts';
import { escapeSnippet, expandSnippet } from '../facts/snippet.ts';
import { headingCandidates, type CompletionInput } from './completion.ts';
import { renderContextFor } from '../templates/index.ts';
import type { SectionChoice, SectionInsertResult } from '../protocol.ts';

const STATUS = ['required · missing', 'recommended · missing', 'missing', 'present'];

/** Every kind the profile has a template for: missing ones first (required, recommended, other), then present ones. */
export function sectionChoices(input: CompletionInput): SectionChoice[] {
  const templates = input.templates.profileTemplates(input.profile);
  const candidates = headingCandidates(input);
  const out: SectionChoice[] = candidates.map((c) => ({
    kind: c.kind,
    heading: templates.sections[c.kind]!.heading,
    status: STATUS[c.tier] ?? 'missing',
    missing: c.tier <= 2,
    present: c.tier === 3,
  }));
  const listed = new Set(out.map((c) => c.kind));
  for (const [kind, tpl] of Object.entries(templates.sections)) {
    if (listed.has(kind as SectionKind) || !tpl) continue;
    out.push({ kind, heading: tpl.heading, status: 'present', missing: false, present: true });
  }
  return out;
}

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

/** Where a new section of `kind` goes and the snippet to insert there (blank lines around it). */
export function sectionInsertion(input: CompletionInput, kind: SectionKind, today?: string): SectionInsertResult {
  const { posting, profile, templates } = input;
  const ctx = renderContextFor(posting, profile, today);
  const eol = posting.eol;
  const template = templates.templateFor(kind, profile, ctx);
  const heading = styleHeading(templates.profileTemplates(profile).sections[kind]?.heading ?? template.heading, headingStyleOf(posting));
  const body = escapeSnippet(heading) + eol + template.body;
  const line = insertionLine(posting, profile, kind);
  const n = posting.lines.length;
  let position: { line: number; character: number };
  let snippet: string;
  if (line >= n) {
    const last = n - 1;
    const lastText = posting.lines[last] ?? '';
    position = { line: last, character: lastText.length };
    snippet = (lastText.trim() === '' ? '' : escapeSnippet(eol + eol)) + body + escapeSnippet(eol);
  } else {
    position = { line, character: 0 };
    snippet = escapeSnippet(eol) + body + escapeSnippet(eol);
  }
  return { position, snippet, text: expandSnippet(snippet) };
}
