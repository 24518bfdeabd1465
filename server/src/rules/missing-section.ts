// A kind of content the posting must state is nowhere in it: no section, and no sentence, bullet or
// field elsewhere (a residency bullet under Conditions of Employment counts; facts/presence.ts
// decides). What "must" means: the profile's required kinds, changed by the role the title names
// (a teacher's license; no degree for a custodian: profiles/roleRequirements.ts), plus the kinds
// the state's pay law asks for and those the settings add.
import { SECTION_KINDS } from '../model/posting.ts';
import type { Posting, SectionKind } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { payLawKinds } from '../profiles/payLaws.ts';
import { CANONICAL_HEADINGS } from '../model/catalog.ts';
import { CONTENT_KINDS } from '../facts/content.ts';
import { ROLE_FAMILY_INFO, type RoleFamilyId } from '../facts/roles.ts';
import { postingRole, roleRequirement, withRole } from '../profiles/roleRequirements.ts';
import type { Fix, Rule, RuleContext, RuleFinding } from './types.ts';
import { bool, documentRange, range, strList } from '../facts/util.ts';
import { escapeSnippet } from '../facts/snippet.ts';
import { headingStyleOf, styleHeading } from '../facts/headingStyle.ts';
import { isDeadlineLabel, isDeadlineOnly } from '../facts/deadline.ts';
import type { Presence, Statement } from '../facts/presence.ts';
import { nextText as nextTextLine } from '../facts/column.ts';

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

/**
 * The kinds a posting must hold under this profile on this day: the profile's, changed by the
 * role family's row, plus the state pay law's and the extra kinds (settings) given.
 */
export function requiredKinds(profile: Profile, today: string, extra: readonly string[] = [], role: RoleFamilyId = 'other'): SectionKind[] {
  const out = new Set<SectionKind>(withRole(profile.required, roleRequirement(profile, role)));
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

/** ": a commercial driver's license (CDL)" when the role's row gives an example for the kind. */
function roleExample(profile: Profile, role: RoleFamilyId, kind: SectionKind): string {
  const example = (roleRequirement(profile, role).examples as Partial<Record<string, string>> | undefined)?.[kind];
  return example ? `: ${example}` : '';
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

/** The next line after `line` with text on it, or -1. */
/**
 * What a posting that speaks of applying without saying how gives instead, when no line (job-board
 * text aside: a board's Apply button is the board's, not the posting's) names a way, place or
 * document to apply with: its closing date ("Closing Date: 08/10/2025", "Close: Open until filled",
 * a "Closing Date" heading over a date) or a sentence that only says to apply ("invites you to
 * apply", "Applications must be in by Friday"). `dates`: every statement is a closing date.
 */
function noWayToApply(posting: Posting, presence: Presence): { first: Statement; dates: boolean } | null {
  const statements = presence.statements.get('how_to_apply') ?? [];
  // presence.ts leaves the kind out when no line names a way to apply.
  if (!statements.length || presence.first.has('how_to_apply')) return null;
  // The evidence quoted: the first statement that is not a closing date, if any.
  let said: Statement | null = null;
  for (const st of statements) {
    const text = posting.lines[st.line] ?? '';
    const next = nextTextLine(posting, st.line);
    if (!said && !isDeadlineOnly(text, isDeadlineLabel(text) && next >= 0 ? posting.lines[next] : undefined)) said = st;
  }
  return { first: said ?? statements[0]!, dates: said === null };
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
        recommended: {
          type: 'boolean',
          description: "Also report the kinds the profile recommends (`recommended`: pay, benefits, license, experience, skills) as information when absent.",
          default: true,
        },
        licenseImpliesEducation: {
          type: 'boolean',
          description: 'When the posting requires a license, report a missing education requirement as information (the license presupposes the degree).',
          default: true,
        },
        dateOnly: {
          type: 'boolean',
          description: 'Report a posting whose only words on applying are its closing date or a sentence that only says to apply (no way, place or documents to apply with); a warning where a way to apply is required, else information.',
          default: true,
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
      role: 'Missing section: {{kindName}}; a posting for a {{role}} must state it{{example}}.',
      recommended: 'No {{kindName}}; {{profile}} postings should state one.',
      licensed: 'No {{kindName}}; the license the posting requires implies one, but {{profile}} postings state the degree.',
      noWay: "No way to apply: the posting speaks of applying ('{{evidence}}') but never says how or where to apply, or with what documents.",
      dateOnly: "No way to apply: the posting's only word on applying is its closing date ('{{evidence}}'); say how and where to apply, and with what documents.",
    },
    docs: 'docs/rules/missing-section.md',
    fixable: 'suggestion',
  },
  check(posting, ctx) {
    const presence = ctx.presence;
    const ignore = new Set(strList(ctx.options.ignore, []));
    const role = postingRole(posting);
    const required = requiredKinds(ctx.profile, ctx.today, strList(ctx.options.also, []), role);
    const laws = new Set<string>(payLawKinds(ctx.profile.state, ctx.today));
    const out: RuleFinding[] = [];
    const where = documentRange(posting);
    const waived = new Set<string>(roleRequirement(ctx.profile, role).waive ?? []);
    const recommended = new Set(ctx.profile.recommended.filter((k) => !required.includes(k) && !waived.has(k)));
    for (const kind of CONTENT_KINDS) {
      if (ignore.has(kind) || presence.first.has(kind)) continue;
      // Spoken of without a way to apply (a closing date, "invites you to apply"): the gap below says so.
      if (kind === 'how_to_apply' && presence.statements.get(kind)?.length) continue;
      if (!required.includes(kind)) {
        // Recommended, not required: information (a reviewer still asks for pay and benefits where no law does).
        if (recommended.has(kind) && bool(ctx.options.recommended, true))
          out.push({ messageId: 'recommended', data: { kindName: KIND_NAMES[kind], profile: ctx.profile.name }, range: where, kind, gaps: [kind], severity: 'info', fixesOnRead: () => [missingFix(posting, ctx.profile, kind, ctx.sectionTemplate)] });
        continue;
      }
      // A license requirement (a teaching license, an RN license) presupposes the degree behind it:
      // the unstated degree is then information, not a warning.
      if (kind === 'education' && presence.first.has('licensure') && bool(ctx.options.licenseImpliesEducation, true)) {
        out.push({ messageId: 'licensed', data: { kindName: KIND_NAMES[kind], profile: ctx.profile.name }, range: where, kind, gaps: [kind], severity: 'info', fixesOnRead: () => [missingFix(posting, ctx.profile, kind, ctx.sectionTemplate)] });
        continue;
      }
      const messageId = ctx.profile.required.includes(kind) ? 'profile' : laws.has(kind) ? 'law' : roleRequirement(ctx.profile, role).require?.includes(kind) ? 'role' : 'settings';
      out.push({
        messageId,
        data: {
          kindName: KIND_NAMES[kind],
          profile: ctx.profile.name,
          state: ctx.profile.state ?? '',
          role: ROLE_FAMILY_INFO[role].label.toLowerCase(),
          example: roleExample(ctx.profile, role, kind),
        },
        range: where,
        kind,
        gaps: [kind],
        fixesOnRead: () => [missingFix(posting, ctx.profile, kind, ctx.sectionTemplate)],
      });
    }
    // Present by a closing date alone, or by a sentence that only says to apply: when or that, not
    // how. The same gap as no word on applying at all, and a warning like it: a job board's Apply
    // button may be the way, but the posting is read without the board.
    const apply = 'how_to_apply' as const;
    if (!ignore.has(apply) && (required.includes(apply) || recommended.has(apply)) && bool(ctx.options.dateOnly, true)) {
      const gap = noWayToApply(posting, presence);
      if (gap)
        out.push({
          messageId: gap.dates ? 'dateOnly' : 'noWay',
          data: { evidence: gap.first.evidence },
          range: where,
          kind: apply,
          gaps: [apply],
          ...(required.includes(apply) ? {} : { severity: 'info' as const }),
          fixesOnRead: () => [missingFix(posting, ctx.profile, apply, ctx.sectionTemplate)],
        });
    }
    return out;
  },
};
