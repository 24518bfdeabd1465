// Learning per role family: the postings are grouped by the family of their job title
// (facts/roles.ts), and each family learns the bullets its postings state for the role-specific section
// kinds (duties, qualifications, working conditions), ranked by how many distinct postings state
// them. A family learns only from its own postings; a family with too few postings gets the
// role-neutral template (placeholders), never another family's bullets.
import type { Posting, SectionKind } from '../model/posting.ts';
import { escapeSnippet } from '../facts/snippet.ts';
import { templatizeEducation, templatizeExperience } from './templatize.ts';
import { ROLE_FAMILY_IDS, ROLE_FAMILY_INFO, roleFamilyOf, type RoleFamilyId } from '../facts/roles.ts';
import type { BulletSuggestion, ProfileTemplates, RoleFamily, SectionTemplate } from './types.ts';
import type { FamilyChoice } from '../protocol.ts';

/** The section kinds whose content depends on the role (the rest is the district's: pay, EEO, how to apply). */
export const FAMILY_KINDS: readonly SectionKind[] = ['responsibilities', 'qualifications', 'education', 'licensure', 'experience', 'ksa', 'preferred', 'conditions'];

/** A family learned from fewer postings than this (built-in library) falls back to role-neutral templates. */
export const MIN_FAMILY_POSTINGS = 3;
/** Bullets kept per family and kind, and sources kept per bullet (the count stays exact). */
const MAX_BULLETS = 25;
const MAX_SOURCES = 5;
/** A paragraph longer than this is prose, not one duty. */
const MAX_ITEM_LENGTH = 300;

/** Acronyms every US district uses; any other acronym is a local program and stays out. */
const NATIONAL_ACRONYMS = new Set(['CDL', 'CPR', 'AED', 'IEP', 'IEPs', 'ESL', 'ELL', 'ELLs', 'GED', 'HVAC', 'OSHA', 'FERPA', 'ADA', 'DOT', 'RN', 'LPN', 'EMT', 'STEM', 'IT', 'PE', 'BLS', 'ADHD', 'PK', 'K']);
const US_STATES =
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Carolina Dakota Hampshire Jersey Mexico York'.split(
    ' ',
  );

const OTHER_DUTIES_START = /\bother (?:related )?(?:duties|tasks|responsibilities)\b/i;
const DUTIES_AS_ASSIGNED = /\bduties (?:and [a-z]+ )?as assigned\b/i;

/** "Perform other (related) duties as assigned" and its variants. */
export const OTHER_DUTIES = {
  test(text: string): boolean {
    if (DUTIES_AS_ASSIGNED.test(text)) return true;
    const m = OTHER_DUTIES_START.exec(text);
    return !!m && /\bassigned\b/i.test(text.slice(m.index + m[0].length));
  },
};

/** What the family learner needs of one posting. */
export interface FamilyDoc {
  name: string;
  posting: Posting;
  /** The job title (the posting's own, or the one its manifest or label gives). */
  title: string | null;
  /** Words naming the posting's district, kept out of what other districts are offered. */
  districtWords: readonly string[];
  /** Hand-labelled section starts (0-based lines, in order), read instead of the parser's sections. */
  labelledSections?: readonly LabelledSection[];
}

/** A section start as a hand label gives it: its first line, whether that line is a heading, its kind. */
export interface LabelledSection {
  line: number;
  heading: boolean;
  kind: SectionKind;
}

/** The helpers of build.ts the learner shares (passed in, so the two files do not import each other). */
export interface FamilyLearnTools {
  usable(text: string): boolean;
  hasDistrictWord(text: string, words: readonly string[]): boolean;
  /** The kind a block's text counts for, from its section's kind and the block's own content kind. */
  kindOf(sectionKind: SectionKind, contentKind: SectionKind | null | undefined): SectionKind;
  rank(obs: ReadonlyArray<{ text: string; source: string }>): BulletSuggestion[];
}

/** Application steps and questions ("Copy of teaching license", "Has your license been revoked?"): how to apply, not requirements. */
const APPLICATION_STEP = /\?|\b(?:please|questions?|submit(?:ted)?|references|upload(?:ed)?|attach(?:ed|ments?)?|transcripts?|copy of|copies|résumé|resume|cover letter|apply|application)\b/i;
/** Not an item: "None specified", "N/A", a street address. */
/** Pay belongs to the district's salary section, not the role's requirements. */
const PAY = /\$\s?\d|\bsalary\b/i;
const NOT_AN_ITEM = /^(?:none\b|n\/?a\b|\d{2,6} [A-Z][a-z]+ [A-Z][a-z]+\.? ?(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Drive|Dr|Lane|Ln|Way)\b)/i;

function localAcronym(text: string): boolean {
  for (const m of text.matchAll(/\b[A-Z]{2,}s?\b/g)) if (!NATIONAL_ACRONYMS.has(m[0])) return true;
  return false;
}

function namesState(text: string): boolean {
  for (const m of text.matchAll(/\b[A-Z][a-z]+\b/g)) if (US_STATES.includes(m[0])) return true;
  return false;
}

/** The family-kind items of one posting: bullets, and short one-duty paragraphs. */
function itemsOf(doc: FamilyDoc, tools: FamilyLearnTools): Array<{ kind: SectionKind; text: string }> {
  const out: Array<{ kind: SectionKind; text: string }> = [];
  const junk = new Set<number>();
  for (const info of doc.posting.lineInfo) if (info.kind === 'junk' || info.kind === 'stray') junk.add(info.line);
  const labels = doc.labelledSections;
  for (const section of doc.posting.sections) {
    for (const block of section.blocks) {
      if (junk.has(block.line)) continue;
      let sectionKind = section.kind;
      if (labels) {
        const start = labels.filter((l) => l.line <= block.line).pop();
        // A labelled heading the parser read as text is not an item.
        if (!start || (start.heading && start.line === block.line)) continue;
        sectionKind = start.kind;
      }
      const kind = tools.kindOf(sectionKind, block.contentKind);
      if (!FAMILY_KINDS.includes(kind)) continue;
      // "1. Install, set up …" written as a paragraph: the item without its number.
      // A list item's trailing ";" belongs to the list it came from, not to the duty.
      const text = block.text.trim().replace(/^\d{1,2}[.)]\s+/, '').replace(/[;,]$/, '').trimEnd();
      if (block.type !== 'bullet' && text.length > MAX_ITEM_LENGTH) continue;
      if (!tools.usable(text) || APPLICATION_STEP.test(text) || NOT_AN_ITEM.test(text) || PAY.test(text) || tools.hasDistrictWord(text, doc.districtWords) || localAcronym(text) || namesState(text)) continue;
      out.push({ kind, text });
    }
  }
  return out;
}

function capSources(list: readonly BulletSuggestion[]): BulletSuggestion[] {
  return list.slice(0, MAX_BULLETS).map((b) => ({ text: b.text, count: b.count, sources: b.sources.slice(0, MAX_SOURCES) }));
}

/** Placeholder duties of a family learned from too few postings: the writer states the duties. */
export const ROLE_NEUTRAL_DUTIES: readonly string[] = ['First essential duty of the position', 'Second essential duty of the position', 'Third essential duty of the position'];

/**
 * One entry per role family (in ROLE_FAMILY_IDS order), learned from the postings whose title is
 * of that family. `minPostings`: the built-in library wants a few postings; a user's own folder of
 * postings is trusted from the first one.
 */
export function learnFamilies(docs: readonly FamilyDoc[], tools: FamilyLearnTools, minPostings: number): RoleFamily[] {
  const byFamily = new Map<RoleFamilyId, FamilyDoc[]>();
  for (const d of docs) {
    const id = roleFamilyOf(d.title).family;
    let list = byFamily.get(id);
    if (!list) byFamily.set(id, (list = []));
    list.push(d);
  }
  return ROLE_FAMILY_IDS.map((id) => {
    const members = id === 'other' ? [] : (byFamily.get(id) ?? []);
    const obs = new Map<SectionKind, Array<{ text: string; source: string }>>();
    const contributing = new Set<string>();
    for (const d of members) {
      for (const item of itemsOf(d, tools)) {
        let list = obs.get(item.kind);
        if (!list) obs.set(item.kind, (list = []));
        list.push({ text: item.text, source: d.name });
        if (item.kind === 'responsibilities') contributing.add(d.name);
      }
    }
    const learned = contributing.size >= minPostings;
    const sections: Partial<Record<SectionKind, BulletSuggestion[]>> = {};
    if (learned) {
      for (const kind of FAMILY_KINDS) {
        const list = obs.get(kind) ?? [];
        const ranked = tools.rank(list);
        if (ranked.length) sections[kind] = capSources(ranked);
      }
    }
    const duties = (sections.responsibilities ?? []).filter((b) => !OTHER_DUTIES.test(b.text)).slice(0, 5).map((b) => b.text);
    const info = ROLE_FAMILY_INFO[id];
    return {
      id,
      label: info.label,
      title: info.title,
      duties: learned && duties.length ? duties : [...ROLE_NEUTRAL_DUTIES],
      source: learned ? 'seed' : 'generic',
      sources: learned ? members.map((d) => d.name).sort() : [],
      sections,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Bodies

/** How many bullets a learned body shows, per kind. */
const BODY_SIZE: Partial<Record<SectionKind, number>> = { responsibilities: 4, qualifications: 3, ksa: 3, conditions: 2, preferred: 2, education: 1, licensure: 1, experience: 1 };

/** Role-neutral bodies for a family kind the family has not learned (marker → snippet). */
const ROLE_NEUTRAL_BODIES: Partial<Record<SectionKind, (m: string) => string>> = {
  responsibilities: (m) => [...ROLE_NEUTRAL_DUTIES.map((d, i) => `${m} \${${i + 1}:${d}}`), `${m} Perform other related duties as assigned`].join('\n'),
  qualifications: (m) => `${m} \${1:A qualification the position requires}`,
  education: (m) => `${m} \${1|High school diploma or equivalent,Associate degree,Bachelor's degree,Master's degree|} \${2:in a related field} is required`,
  licensure: (m) => `${m} \${1:A license or certificate the position requires} is required`,
  experience: (m) => `${m} Minimum of \${1:one (1)} year of \${2:related} experience`,
  ksa: (m) => `${m} \${1:Knowledge of the work of the position}\n${m} \${2:Ability to communicate clearly with students, staff, and families}`,
  preferred: (m) => `${m} \${1:A preferred qualification}`,
  conditions: () => 'Employment is contingent upon ${1:the successful completion of a criminal background check} as required by state law.',
};

/** The role-neutral body of a family kind (placeholders for the writer), or null for a district kind. */
export function roleNeutralBody(kind: SectionKind, marker: string): string | null {
  return ROLE_NEUTRAL_BODIES[kind]?.(marker) ?? null;
}

/**
 * The body of a family kind as a snippet: the family's most stated bullets (one per opening word,
 * so the template shows range) as placeholders; role-neutral placeholders when the family has
 * not learned the kind. Null for kinds that are the district's, not the role's.
 */
export function familyBody(family: RoleFamily, kind: SectionKind, marker: string): { body: string; learned: boolean } | null {
  if (!FAMILY_KINDS.includes(kind)) return null;
  const ranked = family.sections?.[kind] ?? [];
  const want = BODY_SIZE[kind] ?? 2;
  const picked: string[] = [];
  const openings = new Set<string>();
  for (const b of ranked) {
    if (picked.length >= want) break;
    if (OTHER_DUTIES.test(b.text)) continue;
    const opening = b.text.split(/\s+/)[0]!.toLowerCase();
    if (openings.has(opening)) continue;
    openings.add(opening);
    picked.push(b.text);
  }
  if (picked.length === 0) return { body: roleNeutralBody(kind, marker)!, learned: false };
  // The most stated degree or number of years, with the degree or the years as the placeholder.
  const templatize = kind === 'education' ? templatizeEducation : kind === 'experience' ? templatizeExperience : null;
  for (const b of templatize ? ranked : []) {
    const t = templatize!(b.text);
    if (t) return { body: `${marker} ${t}`, learned: true };
  }
  const lines = picked.map((t, i) => `${marker} \${${i + 1}:${escapeSnippet(t)}}`);
  if (kind === 'responsibilities') lines.push(`${marker} Perform other related duties as assigned`);
  return { body: lines.join('\n'), learned: true };
}

/**
 * A profile's templates for one role family: the district's headings and boilerplate, with the
 * family's bodies and bullets for the role-specific kinds (role-neutral where the family has not
 * learned a kind). Wording the profile requires (bodySource "profile") stays. Pure.
 */
export function withFamily(pt: ProfileTemplates, family: RoleFamily): ProfileTemplates {
  const sections: Partial<Record<SectionKind, SectionTemplate>> = { ...pt.sections };
  for (const kind of FAMILY_KINDS) {
    const base = pt.sections[kind];
    if (!base || base.bodySource === 'profile') continue;
    const fb = familyBody(family, kind, pt.bulletMarker)!;
    sections[kind] = {
      ...base,
      body: fb.body,
      bodySource: fb.learned ? 'seed' : 'generic',
      sources: fb.learned ? family.sources.slice(0, MAX_SOURCES) : [],
      bullets: family.sections?.[kind] ?? [],
    };
  }
  return { ...pt, sections };
}

/** The families as "New Posting from Template" lists them (the family of the active posting first). */
export function familyChoices(families: readonly RoleFamily[], first: string | null = null): FamilyChoice[] {
  const choices = families.map((f) => ({
    id: f.id,
    label: f.label,
    title: f.title,
    learned: f.source === 'seed',
    postings: f.sources.length,
    description: f.source === 'seed' ? `duties from ${f.sources.length} posting${f.sources.length === 1 ? '' : 's'}` : 'duties left as placeholders',
  }));
  return [...choices.filter((c) => c.id === first), ...choices.filter((c) => c.id !== first)];
}
