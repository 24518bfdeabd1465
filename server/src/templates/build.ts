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
export { templatizeEducation, templatizeExperience } from './templatize.ts';
import type { ProfileTemplates, SectionTemplate, TemplateLibrary, TemplateSource } from './types.ts';
import { GENERIC_BODIES, TEMPLATE_KINDS } from './generic.ts';
import { learnFamilies, MIN_FAMILY_POSTINGS, type FamilyLearnTools, type LabelledSection } from './families.ts';
import { ACRONYM, compareStrings, DATED, districtWordsOf, GENDERED, generalizeHeading, hasDistrictWord, INSTRUCTION, isCaps, organizationOf, tidyHeading, usableBullet } from './learnText.ts';
import { rankBullets } from './rankBullets.ts';
import { emptyMaterial, learnBody, type KindMaterial } from './learnBody.ts';

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

export interface BuildOptions {
  /** The profiles to learn for (built-in ones, plus workspace ones at run time). Must include 'generic'. */
  profiles: readonly Profile[];
  /** Also write generic templates for kinds the postings lack (true for the built-in library). */
  generic?: boolean;
}

/** Builds the template library from postings. Pure and deterministic. */
export function buildLibrary(docs: readonly SourceDoc[], options: BuildOptions): TemplateLibrary {
  const steps = buildSteps(docs, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildLibrary as a sequence of steps (one posting parsed, one profile learned, the families): it
 * yields between them, so a caller on the server's event loop can let other work run in between
 * (templates/loader.ts) instead of blocking for the whole build. Returns the library.
 */
export function* buildSteps(docs: readonly SourceDoc[], options: BuildOptions): Generator<void, TemplateLibrary, void> {
  const profiles = options.profiles;
  const generic = profiles.find((p) => p.id === 'generic');
  if (!generic) throw new Error('buildLibrary: the profiles must include "generic"');
  const withGeneric = options.generic !== false;
  const sorted = [...docs].sort((a, b) => compareStrings(a.name, b.name));
  const learned: Learned[] = [];
  for (const d of sorted) {
    const posting = parse(d.text);
    const profile = detectFor(posting, profiles, generic);
    const title = d.title ?? posting.title?.text ?? null;
    const base = { name: d.name, posting, title, familyOnly: d.familyOnly === true, profile, districtWords: districtWordsOf(posting, profile, d.organization) };
    learned.push(d.labelledSections ? { ...base, labelledSections: d.labelledSections } : base);
    yield;
  }

  const out: TemplateLibrary = { version: 2, sources: learned.map((l) => l.name), profiles: {}, families: [] };
  // District headings and bodies come from the district postings themselves (seeds, the user's own).
  const district = learned.filter((l) => !l.familyOnly);
  for (const profile of profiles) {
    const own = district.filter((l) => l.profile.id === profile.id);
    // The generic profile learns from every posting, but not district-specific wording of others.
    const from = profile.id === 'generic' ? district : own;
    const pt = yield* learnProfile(profile, from, own, withGeneric);
    if (pt) out.profiles[profile.id] = pt;
    yield;
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

/** A profile's templates from postings; yields after each posting and each kind (see buildSteps). */
function* learnProfile(profile: Profile, from: readonly Learned[], own: readonly Learned[], withGeneric: boolean): Generator<void, ProfileTemplates | null, void> {
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
    yield;
  }

  const caps = capsHeadings > otherHeadings;
  const marker = profile.id === 'generic' ? '-' : [...markers.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? '-';
  const sections: Partial<Record<SectionKind, SectionTemplate>> = {};

  for (const kind of TEMPLATE_KINDS) {
    yield;
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
