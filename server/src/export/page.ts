// A clean publishable page (HTML or Markdown) from a posting: title, the facts a candidate looks
// for first, then the sections as written, without job-board page text. The HTML page embeds the
// same JobPosting JSON-LD, so the markup matches what the page shows (Google drops postings whose
// markup is not visible on the page). Self-contained: no scripts, no external resources.
import type { Posting } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { documentSections, type DocSection } from './document.ts';
import { escapeHtml, escapeMarkdown } from '../facts/escape.ts';

/** The Markdown page is read as text too: escape only what would read as markup. */
const AS_TEXT = { minimal: true };
import type { JobFacts } from './facts.ts';
import { jsonLdScriptText, toJsonLd } from './jsonld.ts';

const TYPE_NAMES: Record<string, string> = {
  FULL_TIME: 'Full-time', PART_TIME: 'Part-time', CONTRACTOR: 'Contract', TEMPORARY: 'Temporary',
  INTERN: 'Internship', VOLUNTEER: 'Volunteer', PER_DIEM: 'Per diem', OTHER: 'Other',
};
const UNIT_NAMES: Record<string, string> = { HOUR: 'per hour', DAY: 'per day', WEEK: 'per week', MONTH: 'per month', YEAR: 'per year' };

function money(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;
}

function humanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${months[(m ?? 1) - 1]} ${d}, ${y}`;
}

/** The facts shown under the title, label → value, only those the posting states. */
export function factList(facts: JobFacts): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (facts.organization) out.push(['Employer', facts.organization.value]);
  const place = facts.locationText?.value ?? [facts.address.addressLocality, facts.address.addressRegion].filter(Boolean).join(', ');
  if (place) out.push(['Location', place]);
  if (facts.employmentType.length) out.push(['Employment type', facts.employmentType.map((t) => TYPE_NAMES[t] ?? t).join(', ')]);
  const s = facts.salary;
  if (s) {
    const amount =
      s.minValue !== undefined && s.maxValue !== undefined
        ? `${money(s.minValue)} – ${money(s.maxValue)}`
        : s.value !== undefined
          ? money(s.value)
          : s.maxValue !== undefined
            ? `up to ${money(s.maxValue)}`
            : `from ${money(s.minValue!)}`;
    out.push(['Pay', s.unit ? `${amount} ${UNIT_NAMES[s.unit]}` : amount]);
  }
  if (facts.identifier) out.push(['Job number', facts.identifier.value]);
  if (facts.datePosted) out.push(['Posted', humanDate(facts.datePosted.value)]);
  if (facts.validThrough) out.push(['Apply by', humanDate(facts.validThrough.value)]);
  return out;
}

function htmlSection(s: DocSection): string {
  const parts: string[] = [];
  if (s.heading) parts.push(s.sentence ? `<p class="lead">${escapeHtml(s.heading)}</p>` : `<h2>${escapeHtml(s.heading.replace(/:$/, ''))}</h2>`);
  for (const b of s.blocks) {
    if (b.type === 'paragraph') parts.push(`<p>${escapeHtml(b.text)}</p>`);
    else parts.push(`<ul>\n${b.items.map((i) => `  <li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`);
  }
  return `<section>\n${parts.join('\n')}\n</section>`;
}

const PAGE_STYLE = `body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2328;background:#fff}
h1{font-size:1.7rem;line-height:1.25;margin:0 0 1rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1.5rem;padding:1rem;border:1px solid #d0d7de;border-radius:6px}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}p.lead{font-weight:600}li{margin:.2rem 0}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}dl.facts{border-color:#30363d}}`;

/** A complete HTML page for the posting, with its JSON-LD. */
export function toHtmlPage(posting: Posting, profile: Profile | null = null): string {
  const { data, facts } = toJsonLd(posting, profile);
  const title = facts.title?.value ?? 'Job posting';
  const facts_ = factList(facts);
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    facts_.length ? `<dl class="facts">\n${facts_.map(([k, v]) => `  <dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('\n')}\n</dl>` : '',
    ...documentSections(posting).map(htmlSection),
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}${facts.organization ? ` – ${escapeHtml(facts.organization.value)}` : ''}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    `<script type="application/ld+json">\n${jsonLdScriptText(data)}\n</script>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The posting as Markdown (CommonMark): # title, facts, ## sections, - bullets. */
export function toMarkdown(posting: Posting, profile: Profile | null = null): string {
  const { facts } = toJsonLd(posting, profile);
  const out: string[] = [`# ${escapeMarkdown(facts.title?.value ?? 'Job posting', AS_TEXT)}`, ''];
  const list = factList(facts);
  if (list.length) {
    for (const [k, v] of list) out.push(`- **${k}:** ${escapeMarkdown(v, AS_TEXT)}`);
    out.push('');
  }
  for (const s of documentSections(posting)) {
    if (s.heading) out.push(s.sentence ? `**${escapeMarkdown(s.heading, AS_TEXT)}**` : `## ${escapeMarkdown(s.heading.replace(/:$/, ''), AS_TEXT)}`, '');
    for (const b of s.blocks) {
      if (b.type === 'paragraph') out.push(escapeMarkdown(b.text, AS_TEXT), '');
      else {
        for (const i of b.items) out.push(`- ${escapeMarkdown(i, AS_TEXT)}`);
        out.push('');
      }
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
