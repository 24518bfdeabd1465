// A kind of content the profile requires is nowhere in the posting: no section, and no sentence,
// bullet or field elsewhere (a residency bullet under Conditions of Employment counts).
import { SECTION_KINDS } from '../model/posting.ts';
import type { Posting, SectionKind } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { payLawKinds } from '../profiles/payLaws.ts';
import { payGapKinds } from './pay-transparency.ts';
import { CANONICAL_HEADINGS } from '../model/catalog.ts';
import { contentIndex, CONTENT_KINDS, type ContentKind } from '../facts/content.ts';
import type { Fix, Rule, RuleContext, RuleFinding } from './types.ts';
import { documentRange, range, strList } from '../facts/util.ts';
import { escapeSnippet } from '../facts/snippet.ts';
import { headingStyleOf, styleHeading } from '../facts/headingStyle.ts';

export const KIND_NAMES: Record<SectionKind, string> = {
  title: 'job title',
  header: 'header fields',
  about_district: 'district description',
  department: 'department description',
  summary: 'job summary',
  responsibilities: 'responsibilities',
  qualifications: 'qualifications',
  education: 'education requirement',
  licensure: 'license or certification requirement',
  experience: 'experience requirement',
  ksa: 'knowledge, skills and abilities',
  preferred: 'preferred qualifications',
  conditions: 'conditions of employment',
  residency: 'residency requirement',
  salary: 'salary or pay range',
  benefits: 'benefits description',
  eeo: 'equal-opportunity statement',
  how_to_apply: 'how-to-apply instructions',
  other: 'other information',
};

/** The kinds a posting must hold under this profile on this day (profile + state pay law). */
export function requiredKinds(profile: Profile, today: string, extra: readonly string[] = []): SectionKind[] {
  const out = new Set<SectionKind>(profile.required);
  for (const k of payLawKinds(profile.state, today)) out.add(k);
  for (const k of extra) if ((CONTENT_KINDS as readonly string[]).includes(k)) out.add(k as SectionKind);
  return [...out];
}

/** The line before which a section of this kind belongs: after the last present kind that precedes it in profile.order. */
export function insertionLine(posting: Posting, profile: Profile, kind: SectionKind): number {
  const order = profile.order.length ? profile.order : [];
  const at = order.indexOf(kind);
  const before = new Set<SectionKind>(at >= 0 ? order.slice(0, at) : order.filter((k) => k !== 'other'));
  before.add('title');
  before.add('header');
  let after = -1;
  for (const s of posting.sections) if (before.has(s.kind)) after = Math.max(after, s.endLine);
  after = Math.min(after, posting.lines.length - 1);
  // keep the section's own trailing blank lines after the insertion
  while (after > 0 && (posting.lines[after] ?? '').trim() === '') after--;
  return after + 1;
}

function articleFor(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}

export function missingFix(posting: Posting, profile: Profile, kind: SectionKind, sectionTemplate: RuleContext['sectionTemplate']): Fix {
  // The district's required wording (Chicago's residency paragraph) wins; otherwise the template
  // learned from real postings for this profile, with its placeholders.
  const template = sectionTemplate(kind);
  // Written the way the posting writes its own headings (ALL CAPS with a colon, or Title Case).
  const heading = styleHeading(profile.headings?.[kind] ?? template.heading ?? CANONICAL_HEADINGS[kind] ?? KIND_NAMES[kind], headingStyleOf(posting));
  const boiler = profile.boilerplate[kind];
  const eol = posting.eol;
  const body = boiler ? escapeSnippet(boiler) : template.body;
  const line = insertionLine(posting, profile, kind);
  const n = posting.lines.length;
  let edit;
  if (line >= n) {
    const last = n - 1;
    const lastText = posting.lines[last] ?? '';
    const sep = lastText.trim() === '' ? '' : eol + eol;
    edit = { range: range(last, lastText.length, last, lastText.length), newText: `${sep}${escapeSnippet(heading)}${eol}${body}${eol}` };
  } else {
    edit = { range: range(line, 0, line, 0), newText: `${eol}${escapeSnippet(heading)}${eol}${body}${eol}` };
  }
  return { title: `Add ${articleFor(KIND_NAMES[kind])} ${KIND_NAMES[kind]} section`, edits: [edit], snippet: true, safe: false };
}

export const missingSection: Rule = {
  meta: {
    id: 'missing-section',
    description: 'A section the district profile requires (or the state pay law requires) has no content anywhere in the posting.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        also: {
          type: 'array',
          description: 'Extra section kinds to require (e.g. ["licensure", "benefits"]).',
          default: [],
          items: {
            type: 'string',
            enum: SECTION_KINDS,
          },
        },
        ignore: {
          type: 'array',
          description: 'Section kinds not to report.',
          default: [],
          items: {
            type: 'string',
            enum: SECTION_KINDS,
          },
        },
      },
      additionalProperties: false,
    },
    messages: {
      profile: 'Missing section: {{kindName}}; {{profile}} postings need one.',
      law: 'Missing section: {{kindName}}; the {{state}} pay-transparency law requires it.',
      settings: 'Missing section: {{kindName}}; required by settings.',
    },
    docs: 'docs/rules/missing-section.md',
    fixable: 'suggestion',
  },
  check(posting, ctx) {
    const index = contentIndex(posting);
    const ignore = new Set(strList(ctx.options.ignore, []));
    const required = requiredKinds(ctx.profile, ctx.today, strList(ctx.options.also, []));
    const laws = new Set<string>(payLawKinds(ctx.profile.state, ctx.today));
    // A pay or benefits gap under a pay-transparency law is reported once, by that rule.
    const owned = payGapKinds(posting, ctx.profile, ctx.today);
    const out: RuleFinding[] = [];
    const where = documentRange(posting);
    for (const kind of CONTENT_KINDS) {
      if (!required.includes(kind) || ignore.has(kind) || index.first.has(kind as ContentKind) || owned.has(kind)) continue;
      const messageId = ctx.profile.required.includes(kind) ? 'profile' : laws.has(kind) ? 'law' : 'settings';
      out.push({
        messageId,
        data: { kindName: KIND_NAMES[kind], profile: ctx.profile.name, state: ctx.profile.state ?? '' },
        range: where,
        kind,
        fixes: [missingFix(posting, ctx.profile, kind, ctx.sectionTemplate)],
      });
    }
    return out;
  },
};
