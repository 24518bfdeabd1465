// Hover from a parsed Posting: on a section heading, what that kind of section is for, what it
// should hold and whether the active profile requires it; on a header field's label, what the field
// is. Pure: no connection, no I/O. Texts live in kindDocs.ts.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Field, Position, Posting, Range, Section, SectionKind } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { FIELD_DOCS, KIND_DOCS } from './kindDocs.ts';
import { escapeMarkdown } from '../facts/escape.ts';
import { lawsFor } from '../profiles/payLaws.ts';
import { generic } from '../profiles/builtin.ts';
import { describePlace, resolvePlace } from '../rules/pay-transparency.ts';
import { postingRole, roleRequirement, withRole } from '../profiles/roleRequirements.ts';
import { ROLE_FAMILY_INFO, type RoleFamilyId } from '../facts/roles.ts';

function contains(range: Range, pos: Position): boolean {
  if (pos.line < range.start.line || pos.line > range.end.line) return false;
  if (pos.line === range.start.line && pos.character < range.start.character) return false;
  if (pos.line === range.end.line && pos.character > range.end.character) return false;
  return true;
}

/** How the profile treats a kind for the role the title names: "required", "recommended" or null (missing-section's reading). */
function profileStatus(profile: Profile | null | undefined, kind: SectionKind, role: RoleFamilyId): 'required' | 'recommended' | null {
  if (!profile) return null;
  if (withRole(profile.required, roleRequirement(profile, role)).includes(kind)) return 'required';
  if (profile.recommended.includes(kind)) return 'recommended';
  return null;
}

export function kindHoverMarkdown(kind: SectionKind, profile?: Profile | null, heading?: string, role: RoleFamilyId = 'other'): string {
  const doc = KIND_DOCS[kind];
  const parts: string[] = [];
  const title = heading ? `**${escapeMarkdown(heading)}** — ${doc.label} (\`${kind}\`)` : `**${doc.label}** (\`${kind}\`)`;
  parts.push(title);
  parts.push(doc.purpose);
  parts.push(`It should hold:\n\n${doc.holds.map((h) => `- ${h}`).join('\n')}`);
  if (profile) {
    const status = profileStatus(profile, kind, role);
    const name = escapeMarkdown(profile.name || profile.id);
    const forRole = role === 'other' ? '' : ` for a ${escapeMarkdown(ROLE_FAMILY_INFO[role].label.toLowerCase())} posting`;
    parts.push(
      status === 'required'
        ? `Required by the **${name}** profile${forRole}.`
        : status === 'recommended'
          ? `Recommended by the **${name}** profile.`
          : `Not required by the **${name}** profile${forRole}.`,
    );
  }
  if (doc.tip) parts.push(`_Tip:_ ${doc.tip}`);
  return parts.join('\n\n');
}

function isEmpty(range: Range): boolean {
  return range.start.line === range.end.line && range.start.character === range.end.character;
}

export function fieldHoverMarkdown(field: Field, implicit = false): string {
  if (field.key && FIELD_DOCS[field.key]) {
    const doc = FIELD_DOCS[field.key];
    const head = implicit
      ? `Read as the **${escapeMarkdown(field.name)}** header field (\`${field.key}\`; no label written)`
      : `**${escapeMarkdown(field.name)}** — ${doc.label} (\`${field.key}\`)`;
    return `${head}\n\n${doc.description}`;
  }
  return `**${escapeMarkdown(field.name)}** — header field\n\nA label/value fact about the opening. Postwright does not recognise this label, so it is shown in the outline but not used by checks or export.`;
}

function headingOn(section: Section, pos: Position): boolean {
  const h = section.heading;
  if (!h) return false;
  // The whole heading line counts, not only the characters of the heading's text.
  if (pos.line < h.range.start.line || pos.line > h.range.end.line) return false;
  // On "Salary : $183,818" the value is content, not heading.
  return !h.inlineContent || pos.line !== h.inlineContent.range.start.line || pos.character < h.inlineContent.range.start.character;
}

/** Kinds and field keys whose hover also says which state's pay laws apply, and why. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['salary', 'benefits', 'location', 'organization', 'title']);

/** "Pay transparency: Washington — from 'Spokane, WA' (line 3) and 'ZIP 99201' (line 3); laws: …". */
export function placeHoverMarkdown(posting: Posting, profile?: Profile | null): string {
  const place = resolvePlace(posting, profile ?? generic);
  if (!place.state)
    return '_Pay transparency:_ no state could be told from the text (set a profile or the pay-transparency `state` option).';
  const laws = lawsFor(place).filter((l) => l.demand === 'posting');
  const list = laws.length
    ? ` Posting laws: ${laws.map((l) => `${l.law} (from ${l.effective})`).join('; ')}.`
    : ' No pay-transparency posting law in the table.';
  return `_Pay transparency:_ ${escapeMarkdown(describePlace(place))}.${escapeMarkdown(list)}`;
}

function withPlace(markdown: string, key: string | null | undefined, posting: Posting, profile?: Profile | null): string {
  return key && PLACE_KINDS.has(key) ? `${markdown}\n\n${placeHoverMarkdown(posting, profile)}` : markdown;
}

/**
 * The hover at `pos`, or null when there is nothing to say. `profile` is the analysis's profile
 * (null when unknown: the required/recommended line is then left out).
 */
export function hover(posting: Posting, pos: Position, profile?: Profile | null): Hover | null {
  for (const field of posting.fields) {
    // A field whose label is not written ("Chicago Public Schools" read as the organization) has an
    // empty nameRange: hovering its value explains it instead.
    const implicit = isEmpty(field.nameRange);
    const target = implicit ? field.range : field.nameRange;
    if (contains(target, pos)) {
      return {
        contents: { kind: MarkupKind.Markdown, value: withPlace(fieldHoverMarkdown(field, implicit), field.key, posting, profile) },
        range: target,
      };
    }
  }
  for (const section of posting.sections) {
    if (pos.line < section.line || pos.line > section.endLine) continue;
    if (section.kind === 'title' && posting.title && pos.line === posting.title.range.start.line) {
      return {
        contents: { kind: MarkupKind.Markdown, value: withPlace(kindHoverMarkdown('title', profile), 'title', posting, profile) },
        range: posting.title.range,
      };
    }
    if (headingOn(section, pos) && section.heading) {
      return {
        contents: {
          kind: MarkupKind.Markdown,
          value: withPlace(
            kindHoverMarkdown(section.kind, profile, section.heading.label || section.heading.text, postingRole(posting)),
            section.kind,
            posting,
            profile,
          ),
        },
        range: section.heading.range,
      };
    }
  }
  return null;
}
