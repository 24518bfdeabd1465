// Role families of school-district jobs, read from a job title: which kind of job a posting is for
// (teacher, custodian, bus driver, principal …), and for teachers the subject and school level
// where the title states them. The template library learns duties per family, so a music
// teacher's posting is offered teachers' duties and never a principal supervisor's; the rules and
// the report ask which kinds a posting of the family must state (profiles/roleRequirements.ts).
//
// The tables below are data: a title's words are matched against each rule's phrases, in rule
// order (first rule that matches wins), after a longer phrase has claimed the words it covers
// ("assistant principal" is not "principal" plus something; "teacher assistant" is not a teacher).

/** The role families, as the development set's labels name them. */
export const ROLE_FAMILY_IDS = [
  'teacher',
  'sped-teacher',
  'substitute',
  'paraprofessional',
  'counselor',
  'nurse',
  'librarian',
  'principal',
  'director',
  'superintendent',
  'custodian',
  'maintenance',
  'bus-driver',
  'food-service',
  'it-technician',
  'clerical',
  'coach',
  'other',
] as const;

export type RoleFamilyId = (typeof ROLE_FAMILY_IDS)[number];

export type SchoolLevel = 'preschool' | 'elementary' | 'middle' | 'high';

export interface RoleFamilyMatch {
  family: RoleFamilyId;
  /** For teachers: the subject the title names ("music", "math"), else null. */
  subject: string | null;
  /** For teachers: the school level the title names, else null. */
  level: SchoolLevel | null;
}

/** How each family is shown ("New Posting from Template") and the title a new posting starts with. */
export const ROLE_FAMILY_INFO: Readonly<Record<RoleFamilyId, { label: string; title: string }>> = {
  teacher: { label: 'Teacher', title: 'Teacher' },
  'sped-teacher': { label: 'Special education teacher', title: 'Special Education Teacher' },
  substitute: { label: 'Substitute teacher', title: 'Substitute Teacher' },
  paraprofessional: { label: 'Paraprofessional / instructional aide', title: 'Paraprofessional' },
  counselor: { label: 'School counselor', title: 'School Counselor' },
  nurse: { label: 'School nurse', title: 'School Nurse' },
  librarian: { label: 'Librarian / library media specialist', title: 'Library Media Specialist' },
  principal: { label: 'Principal / assistant principal', title: 'Principal' },
  director: { label: 'Central office (director, coordinator, manager)', title: 'Director' },
  superintendent: { label: 'Superintendent', title: 'Superintendent' },
  custodian: { label: 'Custodian', title: 'Custodian' },
  maintenance: { label: 'Maintenance and grounds', title: 'Maintenance Technician' },
  'bus-driver': { label: 'School bus driver', title: 'School Bus Driver' },
  'food-service': { label: 'Food service / school nutrition', title: 'Food Service Worker' },
  'it-technician': { label: 'IT / technology technician', title: 'Technology Technician' },
  clerical: { label: 'Secretary / clerical', title: 'School Secretary' },
  coach: { label: 'Athletic coach', title: 'Coach' },
  other: { label: 'Other role', title: 'Job Title' },
};

interface FamilyRule {
  family: RoleFamilyId;
  /** Phrases (lower case, words separated by one space) any of which puts a title in the family. */
  any: readonly string[];
  /** When given, the title must also hold one of these phrases. */
  with?: readonly string[];
  /** Phrases that keep a title out of this rule (it falls through to the next rules). */
  not?: readonly string[];
}

const TEACHING = ['teacher', 'instructor', 'educator', 'intervention specialist'];

/**
 * In priority order. A family may appear twice: "director" words are strong (Director of
 * Maintenance is central office) but "manager"/"supervisor" are weak (a Maintenance Manager is
 * maintenance), so the weak ones come after the trades.
 */
export const FAMILY_RULES: readonly FamilyRule[] = [
  {
    family: 'director',
    any: ['assistant superintendent', 'deputy superintendent', 'associate superintendent', 'area superintendent', 'assistant deputy superintendent', 'director', 'chief', 'executive director'],
    not: ['athletic director', 'site director', 'activities director', 'choir director', 'band director'],
  },
  { family: 'superintendent', any: ['superintendent', 'chancellor'] },
  {
    family: 'principal',
    any: ['principal', 'assistant principal', 'vice principal', 'head of school', 'dean of students'],
    // Civil-service titles use "principal" as a rank ("Principal Librarian").
    not: ['principal support', 'principal supports', 'principal supervisor', 'principal pipeline', 'principal coach', 'principal librarian', 'principal storekeeper', 'principal recreation', 'principal clerk', 'principal accountant', 'principal engineer'],
  },
  { family: 'other', any: ['instructional coach', 'academic coach', 'literacy coach', 'math coach', 'instructional specialist', 'teacher on assignment'] },
  {
    family: 'paraprofessional',
    any: ['paraprofessional', 'paraeducator', 'para educator', 'para', 'aide', 'teacher aide', 'assistant teacher', 'teacher assistant', 'teaching assistant', 'instructional assistant', 'classroom assistant', 'support staff', 'program aide'],
  },
  // The same job under the names states give it: Maine's and New England's "Ed Tech I-III", Hawaii's and
  // New Mexico's "Educational Assistant", a student's "Personal Care Assistant". "Ed Tech Coordinator"
  // (educational technology) falls through to the later rules.
  {
    family: 'paraprofessional',
    any: ['educational assistant', 'education assistant', 'educational technician', 'education technician', 'ed tech', 'personal care assistant', 'personal care aide'],
    not: ['technology', 'integration', 'coordinator', 'director', 'specialist', 'coach'],
  },
  // "Assistant Preschool Teacher": an assistant in a classroom.
  { family: 'paraprofessional', any: ['assistant'], with: ['teacher', 'classroom', 'instructional', 'preschool'] },
  { family: 'substitute', any: ['substitute teacher', 'substitute teaching', 'guest teacher', 'sub teacher'] },
  { family: 'coach', any: ['coach', 'head coach', 'assistant coach', 'athletic director', 'activities director'] },
  {
    family: 'sped-teacher',
    any: ['special education', 'exceptional education', 'spec ed', 'sped', 'autism', 'deaf', 'hard of hearing', 'hearing impaired', 'visually impaired', 'resource room', 'intervention specialist', 'emotional disabilities', 'learning disabilities', 'resource specialist'],
    with: TEACHING,
  },
  { family: 'librarian', any: ['librarian', 'library', 'media specialist', 'library media'] },
  { family: 'counselor', any: ['counselor', 'counsellor', 'guidance'] },
  { family: 'teacher', any: [...TEACHING, 'adjunct', 'faculty', 'lecturer', 'teaching fellow'] },
  { family: 'nurse', any: ['nurse', 'lpn', 'rn', 'school health'] },
  { family: 'bus-driver', any: ['bus driver', 'bus operator', 'school bus', 'van driver', 'bus trainee', 'bus driver trainee', 'transportation driver'] },
  { family: 'food-service', any: ['food service', 'food services', 'nutrition', 'cafeteria', 'cook', 'school cook', 'kitchen', 'child nutrition'] },
  { family: 'custodian', any: ['custodian', 'custodial', 'janitor', 'housekeeper', 'night cleaner'] },
  {
    family: 'maintenance',
    any: ['maintenance', 'facilities technician', 'groundskeeper', 'grounds', 'electrician', 'plumber', 'hvac', 'carpenter', 'painter', 'locksmith', 'mechanic', 'electrical repairer', 'roofer', 'sheet metal', 'cement finisher', 'machinist', 'maintenance employee'],
  },
  {
    family: 'it-technician',
    any: ['computer technician', 'technology technician', 'it technician', 'network technician', 'help desk', 'technology support', 'systems administrator', 'network administrator', 'technology specialist'],
  },
  {
    family: 'clerical',
    any: ['secretary', 'clerk', 'clerical', 'receptionist', 'administrative assistant', 'office assistant', 'administrative services assistant', 'bookkeeper', 'registrar', 'office manager', 'storekeeper'],
  },
  { family: 'substitute', any: ['substitute'] },
  { family: 'director', any: ['manager', 'coordinator', 'supervisor', 'administrator', 'officer'] },
];

/** Subjects a teacher's title may name; first phrase found (longest first where they overlap). */
export const TEACHER_SUBJECTS: ReadonlyArray<{ subject: string; any: readonly string[] }> = [
  { subject: 'special education', any: ['special education', 'exceptional education', 'spec ed', 'autism', 'deaf', 'hard of hearing', 'resource room', 'intervention specialist'] },
  { subject: 'ESL', any: ['esl', 'ell', 'eld', 'english as a second language', 'english language development', 'english learner', 'english learners'] },
  { subject: 'music', any: ['music', 'band', 'orchestra', 'choir', 'chorus', 'strings'] },
  { subject: 'art', any: ['art', 'visual arts', 'arts'] },
  { subject: 'drama', any: ['drama', 'theatre', 'theater'] },
  { subject: 'math', any: ['math', 'mathematics', 'algebra', 'geometry', 'calculus'] },
  { subject: 'science', any: ['science', 'biology', 'chemistry', 'physics', 'earth science', 'steam', 'stem'] },
  { subject: 'English', any: ['english', 'language arts', 'ela', 'reading', 'literacy', 'writing', 'literature'] },
  { subject: 'social studies', any: ['social studies', 'history', 'social sciences', 'political science', 'government', 'civics', 'humanities'] },
  { subject: 'world languages', any: ['spanish', 'french', 'german', 'latin', 'chinese', 'world language', 'foreign language', 'dual language'] },
  { subject: 'physical education', any: ['physical education', 'health', 'pe', 'fitness'] },
  { subject: 'computer science', any: ['computer science', 'computer'] },
  { subject: 'career and technical education', any: ['business', 'marketing', 'engineering', 'technology education', 'agriculture', 'family and consumer science', 'family life', 'culinary', 'criminal justice', 'emt', 'medical terminology', 'veterinary science', 'nursing', 'jrotc'] },
  { subject: 'gifted', any: ['gifted'] },
];

/** School levels a title may name. */
export const SCHOOL_LEVELS: ReadonlyArray<{ level: SchoolLevel; any: readonly string[] }> = [
  { level: 'preschool', any: ['preschool', 'pre school', 'pre k', 'prek', 'pre kindergarten', 'vpi', 'head start', 'early childhood', 'toddler', 'infant'] },
  { level: 'elementary', any: ['elementary', 'es', 'k 5', 'primary', 'lower school', 'kindergarten', '1st grade', '2nd grade', '3rd grade', '4th grade', '5th grade'] },
  { level: 'middle', any: ['middle school', 'middle', 'ms', 'junior high', 'mg'] },
  { level: 'high', any: ['high school', 'high', 'hs', 'secondary', 'upper school', '9 12', '7 12', '6 12'] },
];

// ---------------------------------------------------------------------------------------------
// Matching

/** Lower-case words of a title; letters and digits only, so "Teacher-Special Education" splits. */
export function titleWords(title: string): string[] {
  const lower = title.toLowerCase();
  const out: string[] = [];
  // Slices, not a string grown a letter at a time: every line of a posting without a title's family
  // is read this way (dominantRoleFamily). Code units, not code points: a surrogate is > '\u00bf' as
  // its code point is, so astral letters stay letters.
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const letter = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch > '\u00bf';
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

/**
 * True when a phrase word `form` is one of a title word's forms: the word itself, or the word
 * without a plural ending ("teachers", "aides", "buses"). Compared in place, without building the
 * forms: every word of every line of a posting whose title names no family is read (dominantRoleFamily).
 */
function isFormOf(word: string, form: string): boolean {
  if (word === form) return true;
  const n = form.length;
  if (!word.startsWith(form)) return false;
  return (word.length === n + 2 && word.length > 3 && word.endsWith('es')) || (word.length === n + 1 && word.length > 2 && word[n] === 's');
}

/** Phrases indexed by their first word, split once (matching a title is then a few lookups). */
class PhraseIndex {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of new Set(phrases)) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0]!);
      if (list) list.push(words);
      else this.byFirst.set(words[0]!, [words]);
    }
  }

  /** Every occurrence of every phrase in the words: [phrase, start, end). */
  find(words: readonly string[]): Array<{ phrase: string; start: number; end: number }> {
    const out: Array<{ phrase: string; start: number; end: number }> = [];
    for (let i = 0; i < words.length; i++) {
      // The word's forms in isFormOf's order: itself, without "es", without "s".
      const w = words[i]!;
      this.startingAt(words, i, w, out);
      if (w.length > 3 && w.endsWith('es')) this.startingAt(words, i, w.slice(0, -2), out);
      if (w.length > 2 && w.endsWith('s')) this.startingAt(words, i, w.slice(0, -1), out);
    }
    return out;
  }

  /** Adds to `out` the phrases whose first word is `form` that the words from `i` on spell out. */
  private startingAt(words: readonly string[], i: number, form: string, out: Array<{ phrase: string; start: number; end: number }>): void {
    const list = this.byFirst.get(form);
    if (!list) return;
    for (const p of list) {
      let ok = i + p.length <= words.length;
      for (let j = 1; j < p.length && ok; j++) ok = isFormOf(words[i + j]!, p[j]!);
      if (ok) out.push({ phrase: p.join(' '), start: i, end: i + p.length });
    }
  }

  /** The phrases found that no longer phrase found covers, each with where it first starts. */
  standing(words: readonly string[]): Map<string, number> {
    return standingOf(this.find(words));
  }
}

/** Of find()'s hits, the phrases no longer hit covers, each with where it first starts. */
function standingOf(hits: ReadonlyArray<{ phrase: string; start: number; end: number }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of hits) {
    const covered = hits.some((o) => o.end - o.start > h.end - h.start && o.start <= h.start && h.end <= o.end);
    if (!covered && !out.has(h.phrase)) out.set(h.phrase, h.start);
  }
  return out;
}

// Only the phrases that place a title: a `not` phrase must not claim the words it covers.
const RULE_PHRASES = new PhraseIndex(FAMILY_RULES.flatMap((r) => [...r.any, ...(r.with ?? [])]));
const NOT_PHRASES = new PhraseIndex(FAMILY_RULES.flatMap((r) => r.not ?? []));
const SUBJECT_PHRASES = new PhraseIndex(TEACHER_SUBJECTS.flatMap((r) => r.any));
const LEVEL_PHRASES = new PhraseIndex(SCHOOL_LEVELS.flatMap((r) => r.any));

/** The row whose phrase appears earliest in the title ("Teacher - Music - Band": music). */
function earliest<T extends { any: readonly string[] }>(standing: ReadonlyMap<string, number>, table: readonly T[]): T | null {
  let best: T | null = null;
  let bestAt = Infinity;
  for (const row of table) {
    for (const p of row.any) {
      const at = standing.get(p);
      if (at !== undefined && at < bestAt) [best, bestAt] = [row, at];
    }
  }
  return best;
}

/** The role family of a job title, with the subject and level for teachers. Pure. */
export function roleFamilyOf(title: string | null | undefined): RoleFamilyMatch {
  const words = titleWords(title ?? '');
  const hits = RULE_PHRASES.find(words);
  // Most lines read by dominantRoleFamily name no family's phrase at all: nothing more to look up.
  if (!hits.length) return { family: 'other', subject: null, level: null };
  const standing = standingOf(hits);
  const present = new Set(hits.map((h) => h.phrase));
  const excluded = new Set(NOT_PHRASES.find(words).map((h) => h.phrase));
  let family: RoleFamilyId = 'other';
  for (const rule of FAMILY_RULES) {
    if (!rule.any.some((p) => standing.has(p))) continue;
    if (rule.with && !rule.with.some((p) => present.has(p))) continue;
    if (rule.not && rule.not.some((p) => excluded.has(p))) continue;
    family = rule.family;
    break;
  }
  const teaching = family === 'teacher' || family === 'sped-teacher' || family === 'substitute';
  const subject = teaching ? (family === 'sped-teacher' ? 'special education' : (earliest(SUBJECT_PHRASES.standing(words), TEACHER_SUBJECTS)?.subject ?? null)) : null;
  const level = teaching || family === 'principal' || family === 'counselor' || family === 'paraprofessional' ? (earliest(LEVEL_PHRASES.standing(words), SCHOOL_LEVELS)?.level ?? null) : null;
  return { family, subject, level };
}

/**
 * The role family a posting's text names most, for a posting whose title names none (the title line
 * is page chrome such as "Job Posting", or the copy has no title): each line is read as a title would
 * be, and a family wins when at least two lines name it and no other family is named by more than
 * half as many ("The Custodian gives …", "Custodians must …"). 'other' when no family stands out, so
 * a job that only works with teachers is not taken for a teacher's.
 */
export function dominantRoleFamily(lines: readonly string[]): RoleFamilyId {
  const counts = new Map<RoleFamilyId, number>();
  for (const line of lines) {
    const family = roleFamilyOf(line).family;
    if (family !== 'other') counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < DOMINANT_MIN_LINES || top[1] < DOMINANT_RATIO * (second?.[1] ?? 0)) return 'other';
  return top[0];
}

/** A posting's role family: its title's; when the title names none, the family its text names most. */
export function postingRoleFamily(title: string | null, lines: readonly string[]): RoleFamilyId {
  const family = roleFamilyOf(title).family;
  return family !== 'other' ? family : dominantRoleFamily(lines);
}

/** Lines that must name the family, and how many times the runner-up's count it must reach. */
const DOMINANT_MIN_LINES = 2;
const DOMINANT_RATIO = 2;

/** Family ids of earlier versions (a client may still send them): the family each became. */
export const LEGACY_FAMILY_IDS: Readonly<Record<string, RoleFamilyId>> = { leadership: 'director', program: 'director', support: 'paraprofessional' };

/** True when `id` names a role family. */
export function isRoleFamilyId(id: unknown): id is RoleFamilyId {
  return typeof id === 'string' && (ROLE_FAMILY_IDS as readonly string[]).includes(id);
}
