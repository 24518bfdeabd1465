// Rendering templates for one posting: fill {{title}}/{{organization}}, join heading and body with
// the document's line ending, build whole-posting skeletons, format today's date in the posting's
// own date style. Pure.
import type { Posting, SectionKind } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { escapeSnippet, joinSnippets, shiftTabstops } from '../facts/snippet.ts';
import type { ProfileTemplates, RoleFamily, SectionTemplate } from './types.ts';

export interface RenderContext {
  /** The job title ("LSC Principal Supports Coordinator"); null when unknown. */
  title?: string | null;
  /** The district's name as the posting writes it; null when unknown. */
  organization?: string | null;
  /** Line ending to use between lines. */
  eol?: string;
  /** Today's date, yyyy-mm-dd. */
  today?: string;
  /** How dates are written in this posting. */
  dateStyle?: DateStyle;
}

/**
 * Fills the {{title}} and {{organization}} tokens (escaped for a snippet). The values come from the
 * document, so they go in through a replacer function: as a replacement string, "$&", "$'" or "$`"
 * in a title ("Teacher $& Coach") would be read as substitution patterns.
 */
export function fillTokens(snippet: string, profile: Pick<Profile, 'id' | 'name'>, ctx: RenderContext = {}): string {
  const title = escapeSnippet(ctx.title?.trim() || 'successful candidate');
  const org = escapeSnippet(ctx.organization?.trim() || (profile.id === 'generic' ? 'The district' : profile.name));
  return snippet.replace(/\{\{title\}\}/g, () => title).replace(/\{\{organization\}\}/g, () => org);
}

function withEol(snippet: string, eol: string): string {
  return eol === '\n' ? snippet : snippet.replace(/\n/g, eol);
}

/** Heading + line break + body, as one snippet. */
export function sectionSnippet(tpl: SectionTemplate, profile: Pick<Profile, 'id' | 'name'>, ctx: RenderContext = {}): string {
  const eol = ctx.eol ?? '\n';
  return withEol(escapeSnippet(tpl.heading) + '\n' + fillTokens(tpl.body, profile, ctx), eol);
}

/** The body alone, as a snippet. */
export function bodySnippet(tpl: SectionTemplate, profile: Pick<Profile, 'id' | 'name'>, ctx: RenderContext = {}): string {
  return withEol(fillTokens(tpl.body, profile, ctx), ctx.eol ?? '\n');
}

// ---------------------------------------------------------------------------------------------
// Dates

export type DateStyle = 'iso' | 'us-slash' | 'us-slash-padded' | 'month-short' | 'month-long';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date style of a written date, or null when it is not a date this knows. */
export function dateStyleOf(value: string): DateStyle | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}\b/.test(v)) return 'iso';
  if (/^\d{2}\/\d{2}\/\d{4}\b/.test(v)) return 'us-slash-padded';
  if (/^\d{1,2}\/\d{1,2}\/\d{4}\b/.test(v)) return 'us-slash';
  const m = /^([A-Z][a-z]+)\.? \d{1,2}, \d{4}\b/.exec(v);
  if (m) {
    const word = m[1]!;
    if (MONTHS.includes(word)) return 'month-long';
    if (MONTHS.some((n) => n.startsWith(word)) && word.length <= 4) return 'month-short';
  }
  return null;
}

/** The dominant date style of a posting's date fields (default "January 7, 2026"). */
export function postingDateStyle(posting: Posting): DateStyle {
  const counts = new Map<DateStyle, number>();
  for (const f of posting.fields) {
    if (f.key !== 'posting_date' && f.key !== 'closing_date' && f.key !== 'start_date') continue;
    const s = dateStyleOf(f.value);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (counts.size === 0) {
    // Mid-edit the header may not parse as fields: look at "…: <date>" lines near the top.
    const last = Math.min(posting.lines.length, 80);
    for (let l = 0; l < last; l++) {
      const text = posting.lines[l] ?? '';
      const at = text.indexOf(': ');
      if (at < 0) continue;
      const s = dateStyleOf(text.slice(at + 2));
      if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  let best: DateStyle = 'month-long';
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

/** Formats yyyy-mm-dd in a style. */
export function formatDate(iso: string, style: DateStyle): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const month = MONTHS[mo - 1] ?? 'January';
  switch (style) {
    case 'iso':
      return iso;
    case 'us-slash':
      return `${mo}/${d}/${y}`;
    case 'us-slash-padded':
      return `${m[2]}/${m[3]}/${y}`;
    case 'month-short':
      return `${month.slice(0, 3)} ${d}, ${y}`;
    case 'month-long':
      return `${month} ${d}, ${y}`;
  }
}

/** yyyy-mm-dd plus n days (UTC arithmetic, no time zone surprises). */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(iso + 'T00:00:00Z');
  if (Number.isNaN(t)) return iso;
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** A day written yyyy-mm-dd. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Today as yyyy-mm-dd in the writer's local time zone: a pay law that takes effect on July 1
 * applies from local midnight, not UTC's (which comes in the US evening of June 30). The one
 * source of "today"; everything below the connection receives the day as an argument.
 */
export function localToday(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

// ---------------------------------------------------------------------------------------------
// Skeletons

/** Header fields a skeleton starts with, per profile style. Values are snippets. */
function headerFields(profile: Pick<Profile, 'id' | 'name'>, caps: boolean, ctx: RenderContext): Array<[string, string]> {
  const date = escapeSnippet(formatDate(ctx.today ?? '2000-01-01', ctx.dateStyle ?? 'month-long'));
  const org = profile.id === 'generic' ? '${1:School District Name}' : escapeSnippet(profile.name);
  const rows: Array<[string, string]> = [
    ['Organization', org],
    ['Job Number', '${1:000000}'],
    ['Posting Date', date],
    ['Closing Date', '${1:' + escapeSnippet(formatDate(addDays(ctx.today ?? '2000-01-01', 30), ctx.dateStyle ?? 'month-long')) + '}'],
    ['Location', '${1:Central Office}'],
    ['Position Type', '${1|Full-time,Part-time|}'],
    ['Overtime Status', '${1|Exempt,Non-Exempt|}'],
  ];
  return rows.map(([label, value]) => [caps ? label.toUpperCase() : label, value]);
}

/** The kinds a skeleton holds: required and recommended ones, and the district's own boilerplate. */
export function skeletonKinds(profile: Profile, templates: ProfileTemplates): SectionKind[] {
  const want = new Set<SectionKind>([...profile.required, ...profile.recommended]);
  const about = templates.sections.about_district;
  if (about && about.bodySource === 'seed') want.add('about_district');
  const order = profile.order.length ? profile.order : (Object.keys(templates.sections) as SectionKind[]);
  const out = order.filter((k) => want.has(k) && templates.sections[k]);
  // Kinds the order forgets still go in, at the end.
  for (const k of want) if (!out.includes(k) && templates.sections[k]) out.push(k);
  return out;
}

/** A whole posting for a profile (and role family) as one snippet. */
export function skeletonSnippet(profile: Profile, templates: ProfileTemplates, family: RoleFamily | null, ctx: RenderContext = {}): string {
  const eol = ctx.eol ?? '\n';
  const caps = Object.values(templates.sections).filter((s) => s && s.headingSource === 'seed' && /^[^a-z]*$/.test(s.heading)).length >= 2;
  const title = family?.title ?? 'Job Title';
  const parts: string[] = ['${1:' + escapeSnippet(title) + '}'];
  // Header rows each number from $1: joinSnippets renumbers them.
  parts.push(joinSnippets(headerFields(profile, caps, ctx).map(([l, v]) => escapeSnippet(l) + ': ' + v), '\n'));
  const context: RenderContext = { ...ctx, title: family ? family.title : ctx.title ?? null };
  for (const kind of skeletonKinds(profile, templates)) {
    const tpl = templates.sections[kind]!;
    if (kind === 'responsibilities' && family) {
      const m = templates.bulletMarker;
      const lines = family.duties.slice(0, 4).map((d, i) => `${m} \${${i + 1}:${escapeSnippet(d)}}`);
      lines.push(`${m} Perform other related duties as assigned`);
      parts.push(escapeSnippet(tpl.heading) + '\n' + lines.join('\n'));
      continue;
    }
    parts.push(sectionSnippet(tpl, profile, { ...context, eol: '\n' }));
  }
  const joined = joinSnippets(parts, '\n\n');
  return withEol(joined + '\n', eol) + shiftTabstops('$0', 0, true);
}
