// Inserting a whole section at its canonical place (the "Insert Section…" command), and the list
// of kinds to choose from, missing ones first. Pure.
import type { SectionKind } from '../model/posting.ts';
import { insertionLine } from '../rules/missing-section.ts';
import { escapeSnippet, expandSnippet } from '../facts/snippet.ts';
import { headingCandidates, type CompletionInput } from './completion.ts';
import { renderContextFor } from '../templates/index.ts';
import type { SectionChoice, SectionInsertResult } from '../protocol.ts';
import { headingStyleOf, styleHeading } from '../facts/headingStyle.ts';

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
