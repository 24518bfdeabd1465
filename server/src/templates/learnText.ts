// Text tests used while learning templates from postings: the key that counts a bullet's repeats,
// which bullets and paragraphs are worth suggesting, how a heading is tidied and generalised, and
// which words name a posting's own district (kept out of other districts' suggestions).
import type { Posting } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';

/** Normalised form of a bullet for counting repeats: lower case, straight quotes, words only. */
export function bulletKey(text: string): string {
  let out = '';
  let space = true;
  for (const ch of text.toLowerCase()) {
    const c = ch === '’' || ch === '‘' ? "'" : ch;
    const letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c > '\u00bf';
    if (letter) {
      out += c;
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  return out.trim();
}

export const INSTRUCTION = /\bdo not include\b|\bin this section\b|\blorem ipsum\b|\bTBD\b|\[[^\]\n]{0,80}\]|\binsert (?:here|text)\b/i;
export const GENDERED = /\b(?:his\/her|her\/his|he\/she|she\/he|his or her|he or she|s\/he)\b/i;
export const DATED = /\bcovid|\bvaccinat/i;
/** An acronym (CTE, LSC, DESE): local programs and agencies, kept out of other districts' suggestions. */
export const ACRONYM = /\b[A-Z]{2,}s?\b/;

/**
 * The end of a line cut mid-sentence: a comma, or a word that needs more after it. A posting wrapped
 * by hand ("… tracking how students respond to" / "instruction, and …" on the next line) gives such a
 * line as a block of its own; offered alone, it would put half a sentence into the writer's posting.
 */
const CUT_END = /(?:,|\b(?:and|or|the|of|to|for|with|in|on|at|by|from|a|an|as|that|which|who|including|such as))$/i;

/**
 * "Reports to the Manager of Buildings and Grounds": the header's reports-to fact standing on a line
 * of its own, which names another posting's supervisors; never a duty or requirement to suggest.
 */
const REPORTS_TO = /^(?:reports? (?:directly )?to|supervised by)\b/i;

/** A bullet worth suggesting: a complete, neutral, current sentence or phrase. */
export function usableBullet(text: string): boolean {
  const t = text.trim();
  if (t.length < 12 || t.length > 400) return false;
  if (t.endsWith(':') || CUT_END.test(t)) return false;
  const first = t[0]!;
  if (first >= 'a' && first <= 'z') return false;
  if (INSTRUCTION.test(t) || GENDERED.test(t) || DATED.test(t) || REPORTS_TO.test(t)) return false;
  if (/https?:\/\//i.test(t)) return false;
  return true;
}

export function hasDistrictWord(text: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (w.length < 2) continue;
    // Acronyms match case-sensitively, names case-insensitively; both on word boundaries.
    const acronym = w === w.toUpperCase();
    const hay = acronym ? text : text.toLowerCase();
    const needle = acronym ? w : w.toLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      const before = at === 0 ? ' ' : hay[at - 1]!;
      const after = at + needle.length >= hay.length ? ' ' : hay[at + needle.length]!;
      if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after)) return true;
    }
  }
  return false;
}

export function organizationOf(posting: Posting): string | null {
  const field = posting.fields.find((f) => f.key === 'organization');
  if (field && field.value.trim()) return field.value.trim();
  if (posting.title?.organization) return posting.title.organization;
  return null;
}

export function districtWordsOf(posting: Posting, profile: Profile, organization?: string): string[] {
  const out = new Set<string>();
  const names = [...profile.detect, ...(profile.id === 'generic' ? [] : [profile.name])];
  const org = organizationOf(posting);
  if (org) names.push(org);
  if (organization) names.push(organization);
  for (const name of names) {
    out.add(name);
    // "Chicago Public Schools (CPS)": the acronym in parentheses after the name.
    const at = posting.text.indexOf(name + ' (');
    if (at >= 0) {
      const close = posting.text.indexOf(')', at + name.length + 2);
      const acr = close > 0 ? posting.text.slice(at + name.length + 2, close) : '';
      if (/^[A-Z]{2,6}$/.test(acr)) out.add(acr);
    }
    // The place word of the name ("Chicago", "Philadelphia", "Worcester").
    for (const w of name.split(/\s+/)) {
      if (/^[A-Z][a-z]{3,}$/.test(w) && !['Public', 'Schools', 'School', 'District', 'Board', 'Education', 'County', 'City', 'Unified'].includes(w)) out.add(w);
    }
  }
  if (profile.state) out.add(profile.state);
  return [...out].sort();
}

/** "Education Required :" → "Education Required:"; collapses spaces. */
export function tidyHeading(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.endsWith(' :')) t = t.slice(0, -2) + ':';
  return t;
}

/** Replaces the job title inside a sentence heading with "this position". */
export function generalizeHeading(heading: string, posting: Posting): string {
  const title = posting.title?.text?.trim();
  if (!title || title.length < 4) return heading;
  const lower = heading.toLowerCase();
  const at = lower.indexOf(title.toLowerCase());
  if (at < 0) return heading;
  let start = at;
  if (lower.slice(Math.max(0, at - 4), at) === 'the ') start = at - 4;
  const replacement = start === 0 ? 'This position' : 'this position';
  return heading.slice(0, start) + replacement + heading.slice(at + title.length);
}

export function isCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Code-unit order, not localeCompare: the same postings make the same library on any machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
