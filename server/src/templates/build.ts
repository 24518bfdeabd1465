// Learns the template library from real postings: for each district profile and section kind, the
// heading as the district writes it, a body with snippet placeholders, and ranked bullet
// suggestions; per role family (families.ts), the duties and requirements its postings state.
// Pure and deterministic (same input → same library, byte for byte once serialised): `npm run
// generate` runs it over seeds/ and the corpus, the server over postwright.templates.paths.
import type { Posting, SectionKind } from '../model/posting.ts';
import { parse } from '../model/parse.ts';
import { detectProfile } from '../profiles/index.ts';
import type { Profile } from '../profiles/types.ts';
import { CANONICAL_HEADINGS } from '../model/catalog.ts';
import { escapeSnippet, expandSnippet } from '../facts/snippet.ts';
import { lineKind, parserJunkLines } from '../facts/util.ts';
import { templatizeEducation, templatizeExperience } from './templatize.ts';

export { templatizeEducation, templatizeExperience } from './templatize.ts';
import type { BulletSuggestion, ProfileTemplates, SectionTemplate, TemplateLibrary, TemplateSource } from './types.ts';
import { GENERIC_BODIES, TEMPLATE_KINDS } from './generic.ts';
import { learnFamilies, MIN_FAMILY_POSTINGS, OTHER_DUTIES, type FamilyLearnTools, type LabelledSection } from './families.ts';
import { jaccard, tokenSet } from '../rules/near-duplicate-bullet.ts';

export interface SourceDoc {
  /** File name (no folder, or a short corpus path), used in `sources`. */
  name: string;
  text: string;
  /** The job title when the text does not carry it (the corpus keeps titles in its manifest). */
  title?: string;
  /** The district's name when the text may not say it (kept out of other districts' suggestions). */
  organization?: string;
  /** Learn only role-family material from this posting, not district headings and bodies. */
  familyOnly?: boolean;
  /** Hand-labelled section starts (the development set's labels), read instead of the parser's. */
  labelledSections?: LabelledSection[];
}

interface Learned {
  name: string;
  posting: Posting;
  title: string | null;
  familyOnly: boolean;
  labelledSections?: LabelledSection[];
  profile: Profile;
  /** Names this posting's district goes by (org names, "(CPS)" acronyms, city), for filtering generic text. */
  districtWords: string[];
}

interface Observation {
  text: string;
  source: string;
}


// ---------------------------------------------------------------------------------------------
// Text helpers

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

/** Content words, as the near-duplicate rule counts them (so both agree on what repeats). */
function contentWords(text: string): string[] {
  return [...tokenSet(text)];
}

const INSTRUCTION = /\bdo not include\b|\bin this section\b|\blorem ipsum\b|\bTBD\b|\[[^\]\n]{0,80}\]|\binsert (?:here|text)\b/i;
const GENDERED = /\b(?:his\/her|her\/his|he\/she|she\/he|his or her|he or she|s\/he)\b/i;
const DATED = /\bcovid|\bvaccinat/i;
/** An acronym (CTE, LSC, DESE): local programs and agencies, kept out of other districts' suggestions. */
const ACRONYM = /\b[A-Z]{2,}s?\b/;

/** A bullet worth suggesting: a complete, neutral, current sentence or phrase. */
export function usableBullet(text: string): boolean {
  const t = text.trim();
  if (t.length < 12 || t.length > 400) return false;
  if (t.endsWith(':')) return false;
  const first = t[0]!;
  if (first >= 'a' && first <= 'z') return false;
  if (INSTRUCTION.test(t) || GENDERED.test(t) || DATED.test(t)) return false;
  if (/https?:\/\//i.test(t)) return false;
  return true;
}

function hasDistrictWord(text: string, words: readonly string[]): boolean {
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

function organizationOf(posting: Posting): string | null {
  const field = posting.fields.find((f) => f.key === 'organization');
  if (field && field.value.trim()) return field.value.trim();
  if (posting.title?.organization) return posting.title.organization;
  return null;
}

function districtWordsOf(posting: Posting, profile: Profile, organization?: string): string[] {
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
function tidyHeading(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.endsWith(' :')) t = t.slice(0, -2) + ':';
  return t;
}

/** Replaces the job title inside a sentence heading with "this position". */
function generalizeHeading(heading: string, posting: Posting): string {
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

function isCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Learning from one posting

function bulletKindOf(sectionKind: SectionKind, contentKind: SectionKind | null): SectionKind {
  const specific: SectionKind[] = ['education', 'licensure', 'experience', 'ksa', 'preferred', 'residency', 'salary', 'benefits', 'eeo', 'how_to_apply'];
  if (contentKind && specific.includes(contentKind)) return contentKind;
  return sectionKind;
}

const NO_BULLETS: ReadonlySet<SectionKind> = new Set(['title', 'header', 'other', 'about_district', 'department']);
/** Kinds whose seed headings are learned. */
const HEADED: ReadonlySet<SectionKind> = new Set(['about_district', 'summary', 'responsibilities', 'qualifications', 'education', 'licensure', 'experience', 'ksa', 'preferred', 'conditions', 'residency', 'salary', 'benefits', 'eeo', 'how_to_apply']);

/** Lines no template learns from: the parser's job-board junk and stray punctuation. */
function isJunkOrStray(posting: Posting, junk: Uint8Array, line: number): boolean {
  return junk[line] === 1 || lineKind(posting, line) === 'stray';
}

// ---------------------------------------------------------------------------------------------
// Ranking bullets

interface BulletAgg {
  key: string;
  text: string;
  sources: Set<string>;
}

/** The near-duplicate rule's content words, plural and third-person "s" dropped ("Follows" = "Follow"). */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of tokenSet(text)) out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  return out;
}

/** Bullets ranked by how many distinct postings state them; near-duplicates count as one. */
export function rankBullets(obs: readonly Observation[]): BulletSuggestion[] {
  const byKey = new Map<string, BulletAgg>();
  const aggs: Array<BulletAgg & { words: Set<string> }> = [];
  for (const o of obs) {
    const key = bulletKey(o.text);
    if (!key) continue;
    let agg = byKey.get(key);
    if (!agg) {
      // A near-duplicate (same content words, mostly) counts as the same bullet: the first wording stays.
      const words = stems(o.text);
      const near = aggs.find((a) => jaccard(a.words, words) >= 0.6);
      if (near) agg = near;
      else {
        const created = { key, text: o.text.trim(), sources: new Set<string>(), words };
        aggs.push(created);
        agg = created;
      }
      byKey.set(key, agg);
    }
    agg.sources.add(o.source);
  }
  // Typicality: how many postings use each content word in bullets of this kind.
  const wordDocs = new Map<string, Set<string>>();
  for (const o of obs) for (const w of new Set(contentWords(o.text))) {
    let s = wordDocs.get(w);
    if (!s) wordDocs.set(w, (s = new Set()));
    s.add(o.source);
  }
  const typicality = (text: string): number => {
    const words = contentWords(text);
    if (words.length === 0) return 0;
    let sum = 0;
    for (const w of words) sum += wordDocs.get(w)?.size ?? 0;
    return sum / words.length;
  };
  const rows = aggs.map((a) => ({ a, typ: typicality(a.text) }));
  rows.sort((x, y) => y.a.sources.size - x.a.sources.size || y.typ - x.typ || x.a.text.length - y.a.text.length || (x.a.text < y.a.text ? -1 : x.a.text > y.a.text ? 1 : 0));
  return rows.map(({ a }) => ({ text: a.text, count: a.sources.size, sources: [...a.sources].sort() }));
}

// ---------------------------------------------------------------------------------------------
// Bodies learned from seeds

/** The candidate text found in the most postings (then the shortest, then alphabetical). */
function pickShortestMostCommon(candidates: ReadonlyArray<{ t: string; src: string }>): string | null {
  if (candidates.length === 0) return null;
  const counts = new Map<string, Set<string>>();
  for (const c of candidates) {
    let set = counts.get(c.t);
    if (!set) counts.set(c.t, (set = new Set()));
    set.add(c.src);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1].size - a[1].size || a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sorted[0]![0];
}

function sourcesOf(candidates: ReadonlyArray<{ t: string; src: string }>, t: string): string[] {
  return [...new Set(candidates.filter((c) => c.t === t).map((c) => c.src))].sort();
}

function placeholders(texts: readonly string[], from = 1): string[] {
  return texts.map((t, i) => '${' + (from + i) + ':' + escapeSnippet(t) + '}');
}

interface KindMaterial {
  bullets: Observation[];
  paragraphs: Observation[];
  bulletBlocks: number;
  paragraphBlocks: number;
}

function emptyMaterial(): KindMaterial {
  return { bullets: [], paragraphs: [], bulletBlocks: 0, paragraphBlocks: 0 };
}

interface SeedBody {
  body: string;
  sources: string[];
}

/** A body for `kind` learned from the material, or null when the seeds say nothing usable. */
/** What the generic profile learns from other districts' postings; the rest stays generic wording. */
const GENERIC_LEARNS: ReadonlySet<SectionKind> = new Set(['summary', 'responsibilities', 'qualifications', 'education', 'experience', 'ksa']);

function learnBody(kind: SectionKind, m: KindMaterial, marker: string, ranked: readonly BulletSuggestion[], profile: Profile): SeedBody | null {
  if (profile.id === 'generic' && !GENERIC_LEARNS.has(kind)) return null;
  const useBullets = m.bulletBlocks >= m.paragraphBlocks;
  const line = (s: string): string => (useBullets ? `${marker} ${s}` : s);
  const all = [...m.bullets, ...m.paragraphs];
  switch (kind) {
    case 'education': {
      const cands: Array<{ t: string; src: string }> = [];
      for (const o of all) {
        const t = templatizeEducation(o.text);
        if (t) cands.push({ t, src: o.source });
      }
      const best = pickShortestMostCommon(cands);
      if (!best) return null;
      return { body: line(best), sources: sourcesOf(cands, best) };
    }
    case 'experience': {
      const cands: Array<{ t: string; src: string }> = [];
      for (const o of all) {
        const t = templatizeExperience(o.text);
        if (t) cands.push({ t, src: o.source });
      }
      const best = pickShortestMostCommon(cands);
      if (!best) return null;
      return { body: line(best), sources: sourcesOf(cands, best) };
    }
    case 'responsibilities':
      // Duties depend on the role: the role families carry them, the profile stays role-neutral.
      return null;
    case 'ksa':
    case 'qualifications':
    case 'licensure': {
      const want = kind === 'licensure' ? 1 : kind === 'qualifications' ? 2 : 3;
      // The best bullets, one per opening word, so the template shows range rather than three "Collaborate…".
      const picked: BulletSuggestion[] = [];
      const firstWords = new Set<string>();
      for (const b of ranked) {
        if (picked.length >= want) break;
        if (OTHER_DUTIES.test(b.text)) continue;
        const first = bulletKey(b.text).split(' ')[0] ?? '';
        if (firstWords.has(first)) continue;
        firstWords.add(first);
        picked.push(b);
      }
      if (picked.length === 0) return null;
      const lines = placeholders(picked.map((b) => b.text)).map((p) => `${marker} ${p}`);
      const sources = new Set(picked.flatMap((b) => b.sources));
      return { body: lines.join('\n'), sources: [...sources].sort() };
    }
    case 'summary': {
      // The seeds open the summary with "Reporting to the …, the <title> will …".
      const reporting = m.paragraphs.filter((o) => /^Reporting (?:directly )?to the /.test(o.text));
      if (reporting.length === 0) return null;
      return {
        body: 'Reporting to the ${1:Chief Officer}, the {{title}} will ${2:lead the work of the office and its team}.',
        sources: [...new Set(reporting.map((o) => o.source))].sort(),
      };
    }
    case 'about_district': {
      if (profile.id === 'generic' || m.paragraphs.length === 0) return null;
      // The district's own boilerplate: the most recent seed's (file names sort by date of copy).
      const last = [...m.paragraphs].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))[m.paragraphs.length - 1]!;
      return { body: '${1:' + escapeSnippet(last.text) + '}', sources: [last.source] };
    }
    case 'conditions': {
      if (profile.id === 'generic') return null;
      const lead = m.paragraphs.filter((o) => o.text.startsWith('As a condition of employment') && o.text.trimEnd().endsWith(':'));
      const leadText = pickShortestMostCommon(lead.map((o) => ({ t: tidyHeading(o.text), src: o.source })));
      if (!leadText) return null;
      return {
        body: escapeSnippet(leadText) + '\n' + `${marker} \${1:Successfully complete a criminal background check}`,
        sources: [...new Set(lead.map((o) => o.source))].sort(),
      };
    }
    case 'how_to_apply': {
      const withUrl = all.filter((o) => /https?:\/\/\S+/.test(o.text));
      if (withUrl.length === 0) return null;
      const o = withUrl[0]!;
      const t = o.text.replace(/https?:\/\/\S+/, '\u0000');
      const [before, after] = t.split('\u0000') as [string, string];
      return { body: escapeSnippet(before) + '${1:link to the online application}' + escapeSnippet(after ?? ''), sources: [o.source] };
    }
    case 'salary': {
      const note = m.paragraphs.filter((o) => /^Final salary offers\b/.test(o.text));
      if (note.length === 0) return null;
      return {
        body: '\\$${1:minimum} - \\$${2:maximum}\n' + escapeSnippet(note[0]!.text),
        sources: [...new Set(note.map((o) => o.source))].sort(),
      };
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Validation: a template must read back as its kind

function sampleRender(heading: string, body: string, profile: Profile): string {
  const org = escapeSnippet(profile.id === 'generic' ? 'The district' : profile.name);
  // a replacer function: a profile's name is the user's text, and "$&" in it is no pattern
  const text = body.replace(/\{\{title\}\}/g, 'Job Title').replace(/\{\{organization\}\}/g, () => org);
  return `${heading}\n${expandSnippet(text)}`;
}

/** True when `heading` followed by `body` parses as one section of `kind` (in a minimal posting). */
export function readsAs(kind: SectionKind, heading: string, body: string, profile: Profile): boolean {
  const doc = `Job Title\n\nJob Summary\nThe job.\n\n${sampleRender(heading, body, profile)}\n`;
  const posting = parse(doc);
  const first = posting.sections.find((s) => s.line >= 4);
  return !!first && first.kind === kind && !!first.heading;
}

// ---------------------------------------------------------------------------------------------
// The library

function detectFor(posting: Posting, profiles: readonly Profile[], fallback: Profile): Profile {
  const found = detectProfile(posting, profiles);
  if (found) return found;
  const org = organizationOf(posting)?.toLowerCase();
  if (org) {
    const byName = profiles.find((p) => p.name.toLowerCase() === org);
    if (byName) return byName;
  }
  return fallback;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface BuildOptions {
  /** The profiles to learn for (built-in ones, plus workspace ones at run time). Must include 'generic'. */
  profiles: readonly Profile[];
  /** Also write generic templates for kinds the postings lack (true for the built-in library). */
  generic?: boolean;
}

/** Builds the template library from postings. Pure and deterministic. */
export function buildLibrary(docs: readonly SourceDoc[], options: BuildOptions): TemplateLibrary {
  const profiles = options.profiles;
  const generic = profiles.find((p) => p.id === 'generic');
  if (!generic) throw new Error('buildLibrary: the profiles must include "generic"');
  const withGeneric = options.generic !== false;
  const sorted = [...docs].sort((a, b) => compareStrings(a.name, b.name));
  const learned: Learned[] = sorted.map((d) => {
    const posting = parse(d.text);
    const profile = detectFor(posting, profiles, generic);
    const title = d.title ?? posting.title?.text ?? null;
    const base = { name: d.name, posting, title, familyOnly: d.familyOnly === true, profile, districtWords: districtWordsOf(posting, profile, d.organization) };
    return d.labelledSections ? { ...base, labelledSections: d.labelledSections } : base;
  });

  const out: TemplateLibrary = { version: 2, sources: learned.map((l) => l.name), profiles: {}, families: [] };
  // District headings and bodies come from the district postings themselves (seeds, the user's own).
  const district = learned.filter((l) => !l.familyOnly);
  for (const profile of profiles) {
    const own = district.filter((l) => l.profile.id === profile.id);
    // The generic profile learns from every posting, but not district-specific wording of others.
    const from = profile.id === 'generic' ? district : own;
    const pt = learnProfile(profile, from, own, withGeneric);
    if (pt) out.profiles[profile.id] = pt;
  }
  // A user's own folder is trusted from its first posting of a family; the built-in library wants a few.
  out.families = learnFamilies(learned, FAMILY_TOOLS, withGeneric ? MIN_FAMILY_POSTINGS : 1);
  return out;
}

const FAMILY_TOOLS: FamilyLearnTools = {
  usable: usableBullet,
  hasDistrictWord,
  kindOf: (sectionKind, contentKind) => bulletKindOf(sectionKind, contentKind ?? null),
  rank: rankBullets,
};

function learnProfile(profile: Profile, from: readonly Learned[], own: readonly Learned[], withGeneric: boolean): ProfileTemplates | null {
  if (!withGeneric && own.length === 0 && profile.id !== 'generic') return null;
  if (!withGeneric && from.length === 0) return null;
  const material = new Map<SectionKind, KindMaterial>();
  const mat = (k: SectionKind): KindMaterial => {
    let m = material.get(k);
    if (!m) material.set(k, (m = emptyMaterial()));
    return m;
  };
  const headingVotes = new Map<SectionKind, Map<string, Set<string>>>();
  let capsHeadings = 0;
  let otherHeadings = 0;
  const markers = new Map<string, number>();

  for (const l of from) {
    const foreign = l.profile.id !== profile.id;
    const junk = parserJunkLines(l.posting);
    for (const section of l.posting.sections) {
      if (section.heading && !foreign && HEADED.has(section.kind)) {
        const text = tidyHeading(section.heading.style === 'rule' ? section.heading.label : generalizeHeading(section.heading.text, l.posting));
        if (isCaps(text)) capsHeadings++;
        else otherHeadings++;
        let votes = headingVotes.get(section.kind);
        if (!votes) headingVotes.set(section.kind, (votes = new Map()));
        let set = votes.get(text);
        if (!set) votes.set(text, (set = new Set()));
        set.add(l.name);
      }
      if (section.kind === 'title' || section.kind === 'other') continue;
      for (const block of section.blocks) {
        if (isJunkOrStray(l.posting, junk, block.line)) continue;
        // Header blocks count only for what they clearly are ("Final salary offers are …").
        if (section.kind === 'header' && (!block.contentKind || block.contentKind === 'header')) continue;
        const kind = block.type === 'bullet' ? bulletKindOf(section.kind, block.contentKind) : section.kind === 'summary' || section.kind === 'about_district' ? section.kind : bulletKindOf(section.kind, block.contentKind);
        const m = mat(kind);
        if (foreign && (hasDistrictWord(block.text, l.districtWords) || ACRONYM.test(block.text))) continue;
        if (block.type === 'bullet') {
          m.bulletBlocks++;
          const marker = l.posting.lineInfo[block.line]?.bulletMarker;
          if (marker && !foreign) markers.set(marker, (markers.get(marker) ?? 0) + 1);
          if (!NO_BULLETS.has(kind) && usableBullet(block.text)) m.bullets.push({ text: block.text, source: l.name });
        } else {
          m.paragraphBlocks++;
          if (!DATED.test(block.text) && !GENDERED.test(block.text) && !INSTRUCTION.test(block.text)) m.paragraphs.push({ text: block.text, source: l.name });
          // Short requirement paragraphs ("Bachelor's degree … required") read as bullets too.
          if (['education', 'experience', 'licensure', 'ksa', 'preferred'].includes(kind) && block.text.length <= 300 && usableBullet(block.text)) {
            m.bullets.push({ text: block.text, source: l.name });
          }
        }
      }
    }
  }

  const caps = capsHeadings > otherHeadings;
  const marker = profile.id === 'generic' ? '-' : [...markers.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? '-';
  const sections: Partial<Record<SectionKind, SectionTemplate>> = {};

  for (const kind of TEMPLATE_KINDS) {
    const m = material.get(kind) ?? emptyMaterial();
    const ranked = rankBullets(m.bullets);
    // Heading: the district's most used (seed), else the profile's, else the catalog's.
    const candidates: Array<{ text: string; source: TemplateSource; sources: string[] }> = [];
    const votes = headingVotes.get(kind);
    if (votes) {
      const preferred = profile.headings?.[kind];
      const rows = [...votes.entries()].sort(
        (a, b) =>
          b[1].size - a[1].size ||
          Number(b[0] === preferred) - Number(a[0] === preferred) ||
          Number(isCaps(b[0]) === caps) - Number(isCaps(a[0]) === caps) ||
          compareStrings(a[0], b[0]),
      );
      for (const [text, srcs] of rows) candidates.push({ text: caps ? text.toUpperCase() : text, source: 'seed', sources: [...srcs].sort() });
    }
    const fromProfile = profile.headings?.[kind];
    if (fromProfile) candidates.push({ text: caps ? fromProfile.toUpperCase() : fromProfile, source: 'profile', sources: [] });
    const canonical = CANONICAL_HEADINGS[kind] + (caps ? ':' : '');
    candidates.push({ text: caps ? canonical.toUpperCase() : canonical, source: 'generic', sources: [] });

    // Body: the profile's boilerplate, else learned from the postings, else written for Postwright.
    let body: string | null = null;
    let bodySource: TemplateSource = 'generic';
    let bodySources: string[] = [];
    const boiler = profile.boilerplate[kind];
    if (boiler) {
      body = escapeSnippet(boiler);
      bodySource = 'profile';
    } else {
      const learnedBody = learnBody(kind, m, marker, ranked, profile);
      if (learnedBody) {
        body = learnedBody.body;
        bodySource = 'seed';
        bodySources = learnedBody.sources;
      }
    }
    if (body === null) {
      if (!withGeneric) {
        if (ranked.length === 0 && !votes) continue;
      }
      body = GENERIC_BODIES[kind](marker);
      bodySource = 'generic';
    }
    let chosen = candidates.find((c) => readsAs(kind, c.text, body!, profile));
    if (!chosen) chosen = candidates[candidates.length - 1]!;
    if (!withGeneric && chosen.source !== 'seed' && bodySource !== 'seed' && ranked.length === 0) continue;
    sections[kind] = {
      kind,
      heading: chosen.text,
      headingSource: chosen.source,
      body,
      bodySource,
      sources: [...new Set([...chosen.sources, ...bodySources])].sort(),
      bullets: ranked,
    };
  }
  return {
    id: profile.id,
    name: profile.name,
    bulletMarker: marker,
    sources: own.map((l) => l.name),
    sections,
  };
}

/** JSON with object keys sorted at every level (arrays keep their order): stable output. */
export function stableStringify(value: unknown, indent = 2): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) o[k] = sortKeys(x);
      }
      return o;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value), null, indent);
}

/** The text of server/src/templates/library.json for a library: stable, one trailing newline. */
export function renderLibraryJson(lib: TemplateLibrary): string {
  return stableStringify(lib) + '\n';
}
