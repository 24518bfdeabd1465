// The heading catalog: how the headings writers actually use map to section kinds.
// Data first (exact synonyms, then ordered keyword cues), one small matcher after.
import { BoundedMap } from './boundedMap.ts';
import type { SectionKind } from './posting.ts';
import { normalizeLabel } from './text.ts';

/** Exact labels (normalised) whose kind the keyword cues would get wrong or that are ambiguous. */
const EXACT: Record<string, SectionKind> = {
  'job description': 'summary',
  'description': 'summary',
  'position description': 'summary',
  'job overview': 'summary',
  'overview': 'summary',
  'position overview': 'summary',
  'about the job': 'summary',
  'about the role': 'summary',
  'about the position': 'summary',
  'the opportunity': 'summary',
  'the role': 'summary',
  // A job board's tabbed page and a search firm's vacancy brochure: "The Position", "The Candidate" (or "The Ideal Candidate"), "The Community".
  'the position': 'summary',
  'the job': 'summary',
  'the candidate': 'qualifications',
  'the ideal candidate': 'qualifications',
  'ideal candidate': 'qualifications',
  'the successful candidate': 'qualifications',
  'role description': 'summary',
  'role overview': 'summary',
  'general statement of duties': 'summary',
  'general description': 'summary',
  'nature of work': 'summary',
  'position purpose': 'summary',
  'purpose': 'summary',
  'job purpose': 'summary',
  'summary': 'summary',
  'job summary': 'summary',
  'position summary': 'summary',
  'role summary': 'summary',
  'objective': 'summary',
  'job objective': 'summary',
  // A civil-service classification's DEFINITION is its summary statement ("Definition: Drives a school bus …");
  // exact entries only: "Definitions" or "Definition of Terms" is a glossary.
  'definition': 'summary',
  'class definition': 'summary',
  'classification definition': 'summary',
  'position definition': 'summary',
  'job definition': 'summary',
  'general definition': 'summary',
  'definition of position': 'summary',
  'other requirements': 'qualifications',
  'requirements': 'qualifications',
  'requirements minimum qualifications': 'qualifications',
  'selective certification': 'licensure',
  'knowledge skills and abilities': 'ksa',
  'knowledge skills abilities': 'ksa',
  'context': 'about_district',
  'about us': 'about_district',
  'who we are': 'about_district',
  'our mission': 'about_district',
  'mission': 'about_district',
  'our vision': 'about_district',
  'diversity statement': 'about_district',
  'about the district': 'about_district',
  'about our district': 'about_district',
  'about the school': 'about_district',
  'about our school': 'about_district',
  'district overview': 'about_district',
  'company description': 'about_district',
  'about the organization': 'about_district',
  'about the department': 'department',
  'about the office': 'department',
  'about the team': 'department',
  'the team': 'department',
  'department': 'department',
  // Job-description factors (Chesterfield): sub-headings of the duties, one aspect of the work each.
  'budgetary responsibility': 'responsibilities',
  'formal policy setting responsibilities': 'responsibilities',
  'report preparation': 'responsibilities',
  'equipment operation': 'responsibilities',
  'equipment operations': 'responsibilities',
  'work direction': 'responsibilities',
  'work direction supervision': 'responsibilities',
  'decision making': 'responsibilities',
  'supervision': 'responsibilities',
  'contacts': 'responsibilities',
  'notes': 'other',
  'note': 'other',
  'process notes': 'other',
  'additional information': 'other',
  'other information': 'other',
  'disclaimer': 'other',
  'evaluation': 'other',
  'selection process': 'other',
  // The term of an appointment (how long, how many days, renewable or not) is a condition of employment, like TERMS OF EMPLOYMENT.
  'term': 'conditions',
  'term of employment': 'conditions',
  'what we offer': 'benefits',
  'why join us': 'benefits',
  'perks': 'benefits',
  'ada statement': 'eeo',
  'e verify statement': 'other',
  'where to apply': 'how_to_apply',
  // Brochure and vacancy-notice headings about the place: the community the district serves is the district's own description.
  'the community': 'about_district',
  'our community': 'about_district',
  'about the community': 'about_district',
  'community profile': 'about_district',
  'your role': 'summary',
  'about you': 'qualifications',
  'selection procedure': 'other',
  'application deadline': 'how_to_apply',
};

/** Ordered cues: the first whose words appear in the label wins. Each cue is a list of alternatives. */
const CUES: Array<[SectionKind, string[]]> = [
  ['eeo', ['equal employment', 'equal opportunity', 'eeo', 'non discrimination', 'nondiscrimination', 'title ix', 'affirmative action', 'ada statement', 'americans with disabilities']],
  // "Applications Accepted …", "Online applications required": the plural names the applying ("Application for Superintendent" is a title).
  ['how_to_apply', ['how to apply', 'to apply', 'apply', 'application process', 'application procedure', 'application instructions', 'application information', 'application deadline', 'closing date', 'applications', 'application materials', 'required documents', 'documents required', 'attachments', 'special instructions']],
  ['residency', ['residency', 'residence requirement']],
  ['preferred', ['preferred', 'desired qualifications', 'desirable', 'nice to have', 'bonus points']],
  ['salary', ['salary', 'compensation', 'pay range', 'pay rate', 'pay structure', 'pay scale', 'wage', 'hourly rate', 'pay', 'stipend']],
  // A sign-on, retention or referral bonus is offered on top of pay, like the benefits ("$4,000 SIGN-ON BONUS FOR VETERANS").
  ['benefits', ['benefit', 'what we offer', 'perks', 'bonus']],
  ['licensure', ['license', 'licence', 'licensure', 'certification', 'certificate', 'credential', 'endorsement', 'licensing']],
  ['education', ['education', 'educational', 'degree', 'academic requirements']],
  ['experience', ['experience']],
  ['ksa', ['knowledge', 'skills', 'abilities', 'ability', 'competencies', 'competency', 'ksa', 'characteristics', 'attributes']],
  ['conditions', ['conditions of employment', 'condition of employment', 'working conditions', 'work environment', 'physical demands', 'physical requirements', 'background check', 'terms of employment', 'clearances', 'work schedule', 'mental demands', 'hazards', 'travel requirements', 'environmental factors', 'environmental conditions', 'working environment',
    // What the hire must pass before starting (and the factors of a classification's physical/mental effort).
    'pre employment', 'employment requirements', 'physical effort', 'mental effort', 'physical activities', 'mental requirements']],
  ['responsibilities', ['responsibilities', 'responsibility', 'duties', 'essential functions', 'job functions', 'functions', 'what you will do', "what you'll do", 'accountabilities', 'tasks', 'key areas']],
  ['qualifications', ['qualifications', 'qualification', 'requirements', 'requirement', 'required', 'who you are', 'what you bring', "what you'll need", 'what you need', "what you'll bring", 'eligibility', 'minimum', 'employment standards', 'job specifications']],
  // A job description's statement of what the job is for: JOB GOAL, Primary Objectives, BASIC FUNCTION, NATURE OF POSITION.
  ['summary', ['summary', 'purpose', 'overview', 'goal', 'objective', 'primary function', 'basic function', 'nature of position', 'nature of the position', 'nature of work']],
  ['about_district', ['about us', 'our district', 'our school', 'mission', 'who we are', 'district information', 'district profile', 'school profile']],
  ['department', ['department', 'office of', 'division']],
];

/** Headings whose kind is settled by the content under them ("Job Description" may hold district boilerplate). */
const CONTENT_DECIDES = new Set(['job description', 'description', 'overview', 'about the job', 'job overview']);

/** Where the phrase first stands as whole words in the label, or -1. */
function phraseAt(label: string, phrase: string): number {
  let from = 0;
  for (;;) {
    const at = label.indexOf(phrase, from);
    if (at < 0) return -1;
    const before = at === 0 || label[at - 1] === ' ';
    const endAt = at + phrase.length;
    // Allow plural or suffix on the last word only when the phrase is a stem ("benefit" → "benefits").
    const after = endAt === label.length || label[endAt] === ' ' || label[endAt] === 's';
    if (before && after) return at;
    from = at + 1;
  }
}

function hasPhrase(label: string, phrase: string): boolean {
  return phraseAt(label, phrase) >= 0;
}

/** The specific requirement kinds a combined heading may join ("Education/Certification", "Experience and Skills"). */
const REQUIREMENT_KINDS = new Set<SectionKind>(['licensure', 'education', 'experience', 'ksa']);

/** The nouns of an umbrella requirements heading (not "required" or "minimum", which qualify a narrower kind: "Required Experience"). */
const UMBRELLA_NOUNS = ['qualifications', 'qualification', 'requirements', 'requirement'];

/** Where an umbrella noun first stands in the label, or -1. */
function firstUmbrellaAt(label: string): number {
  let best = -1;
  for (const noun of UMBRELLA_NOUNS) {
    const at = phraseAt(label, noun);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** Among the requirement kinds, the one named first in the label and where (a combined heading is about its first-named kind). */
function firstRequirementNamed(label: string): { kind: SectionKind; at: number; phrase: string } | null {
  let best: { kind: SectionKind; at: number; phrase: string } | null = null;
  for (let c = 0; c < CUES.length; c++) {
    const kind = CUES[c]![0];
    const phrases = CUES[c]![1];
    if (!REQUIREMENT_KINDS.has(kind)) continue;
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      const at = phraseAt(label, phrase);
      if (at >= 0 && (!best || at < best.at)) best = { kind, at, phrase };
    }
  }
  return best;
}

function lastPhrase(label: string, phrase: string): number {
  for (let at = label.lastIndexOf(phrase); at >= 0; at = at > 0 ? label.lastIndexOf(phrase, at - 1) : -1) {
    const endAt = at + phrase.length;
    if ((at === 0 || label[at - 1] === ' ') && (endAt === label.length || label[endAt] === ' ' || label[endAt] === 's')) return at;
  }
  return -1;
}

export interface HeadingMatch {
  kind: SectionKind;
  /** True when the kind came from an exact catalog entry or cue (not a guess). */
  known: boolean;
  /** True when the content under the heading should settle the kind. */
  contentDecides: boolean;
  /** True when the whole label is a catalog entry, not only a cue word inside it. */
  exact: boolean;
}

// Re-parsing on every keystroke sees the same lines again and again: remember recent answers.
const headingMemo = new BoundedMap<HeadingMatch | null>(4096, 1_000_000);

/** Kind for a heading label; null when nothing in the catalog matches. */
export function kindForHeading(label: string): HeadingMatch | null {
  const known = headingMemo.get(label);
  if (known !== undefined) return known;
  const match = matchHeading(label);
  return headingMemo.set(label, match);
}

/** Subjects taught, not requirements: "SECONDARY EDUCATION", "Special Education" name a field. */
const SUBJECT_EDUCATION = /\b(?:special|secondary|elementary|physical|early childhood|adult|technical|higher|general|gifted|music|art|science|math|bilingual|continuing|outdoor|health|driver|teacher|public|career and technical) education\b/g;
/** A job named by "educational" ("The Educational Technician shall:", "Educational Assistant Duties"): a job title, not schooling. */
const EDUCATIONAL_JOB = /\beducational (?:technicians?|assistants?|aides?|interpreters?|diagnosticians?|paraprofessionals?|support professionals?|associates?|specialists?|consultants?)\b/g;

/** A heading that ends where the jobholder's verbs begin: the duties follow it. */
const DUTY_LEAD_IN = /\bwill be (?:required|expected) to$/;

function matchHeading(label: string): HeadingMatch | null {
  let norm = normalizeLabel(label);
  while (norm.length > 0 && norm.charCodeAt(0) >= 48 && norm.charCodeAt(0) <= 57) {
    const space = norm.indexOf(' ');
    if (space < 0) break;
    norm = norm.slice(space + 1);
  }
  if (norm.length === 0) return null;
  // "The Successful Candidate Will Be Required To" over "Plan, organize and deliver instruction …": what the jobholder does.
  if (DUTY_LEAD_IN.test(norm)) return { kind: 'responsibilities', known: true, contentDecides: false, exact: false };
  const exact = EXACT[norm];
  if (exact) return { kind: exact, known: true, contentDecides: CONTENT_DECIDES.has(norm), exact: true };
  const cueText = norm.replace(SUBJECT_EDUCATION, 'subject').replace(EDUCATIONAL_JOB, 'job');
  // Indexed loops: for-of and the tuple destructuring allocate per step until V8 optimises this (a CLI run).
  for (let c = 0; c < CUES.length; c++) {
    const kind = CUES[c]![0];
    const phrases = CUES[c]![1];
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      if (!hasPhrase(cueText, phrase)) continue;
      // "Education/Certification" names education first: the heading is about education (the list order would say licensure).
      const first = REQUIREMENT_KINDS.has(kind) ? firstRequirementNamed(cueText)! : { kind, phrase, at: 0 };
      // "Qualifications, Education and Experience": the umbrella named first heads the parts it lists.
      const umbrella = REQUIREMENT_KINDS.has(kind) ? firstUmbrellaAt(cueText) : -1;
      if (umbrella >= 0 && umbrella < first.at) return { kind: 'qualifications', known: true, contentDecides: false, exact: false };
      // A label that is the cue and nothing else ("Salary", "Benefits") names its kind as surely as an exact entry.
      return { kind: first.kind, known: true, contentDecides: false, exact: cueText === first.phrase || cueText === first.phrase + 's' };
    }
  }
  return null;
}

/** Cues that make a whole sentence ending in a colon a heading ("…held accountable for the following responsibilities:"). */
const SENTENCE_CUES = ['following', 'accountable', 'must possess', 'must have', 'responsible for', 'include', 'includes', 'including', 'will be expected to', 'required to', 'must submit'];
const SENTENCE_KINDS: Array<[SectionKind, string[]]> = [
  // "…must successfully complete the following background investigations:", "…are required to submit:".
  ['conditions', ['background', 'clearances', 'conditions of employment', 'physical demands']],
  ['how_to_apply', ['submit', 'application materials', 'to apply']],
  ['responsibilities', ['responsibilities', 'duties', 'functions', 'tasks']],
  ['preferred', ['preferred qualifications', 'preferred']],
  ['qualifications', ['qualifications', 'requirements']],
  ['education', ['education', 'degree']],
  ['experience', ['experience']],
  ['ksa', ['skills', 'knowledge', 'abilities', 'competencies']],
  ['benefits', ['benefits']],
];

/** Kind for a whole sentence ending in a colon, or null when it reads as an ordinary sentence. */
export function kindForSentenceHeading(sentence: string): SectionKind | null {
  const norm = normalizeLabel(sentence);
  if (!SENTENCE_CUES.some((cue) => hasPhrase(norm, cue))) return null;
  // The kind named last wins: "…achieve the above responsibilities, … must possess the following qualifications:".
  let best: SectionKind | null = null;
  let bestAt = -1;
  for (let c = 0; c < SENTENCE_KINDS.length; c++) {
    const kind = SENTENCE_KINDS[c]![0];
    const words = SENTENCE_KINDS[c]![1];
    for (let k = 0; k < words.length; k++) {
      const at = lastPhrase(norm, words[k]!);
      if (at > bestAt) {
        best = kind;
        bestAt = at;
      }
    }
  }
  return best;
}

/** Every kind the catalog knows, with a canonical heading, for completion and hover. */
export const CANONICAL_HEADINGS: Record<SectionKind, string> = {
  title: 'Job Title',
  header: 'Header',
  about_district: 'About the District',
  department: 'Department',
  summary: 'Job Summary',
  responsibilities: 'Responsibilities',
  qualifications: 'Qualifications',
  education: 'Education Required',
  licensure: 'License and Certification Required',
  experience: 'Experience Required',
  ksa: 'Knowledge, Skills, and Abilities',
  preferred: 'Preferred Qualifications',
  conditions: 'Conditions of Employment',
  residency: 'Residency Requirement',
  salary: 'Salary',
  benefits: 'Benefits',
  eeo: 'Equal Employment Opportunity',
  how_to_apply: 'How to Apply',
  other: 'Additional Information',
};
