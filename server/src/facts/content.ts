// The sentence side of presence (presence.ts): which content kinds a sentence, bullet or field value
// reads as (a degree → education, "$52,000" → salary), from flat patterns tested once per line and
// remembered with the line.
import type { SectionKind } from '../model/posting.ts';
import { lowerOf, MAX_MEMO_KEY, type LineFacts } from './memo.ts';
import { flatCopy } from '../model/boundedMap.ts';
import { code37 } from '../model/triggers.ts';
import { isRegexSpace } from './words.ts';
import { EDUCATION, EXPERIENCE, LICENSURE, namesLicense, RESIDENCY, yearsOfExperience } from '../model/patterns.ts';

/** The kinds analyze() reports as present or missing. */
export const CONTENT_KINDS = [
  'summary',
  'responsibilities',
  'education',
  'licensure',
  'experience',
  'ksa',
  'residency',
  'salary',
  'benefits',
  'eeo',
  'how_to_apply',
] as const satisfies readonly SectionKind[];

export type ContentKind = (typeof CONTENT_KINDS)[number];

// Sentence-level patterns. Each is a flat alternation of literal-led branches (no nested
// quantifiers), tested once per line.
export const EEO =
  /\bequal (?:employment )?opportunit|\bnon-?discriminat|\bdoes not discriminate\b|\bEOE\b|\bE\.O\.E\b|\baffirmative action\b|\bwithout regard to (?:race|sex|age|religion|color|creed|national origin|disability|gender)/i;
const HOW_TO_APPLY =
  /\bto apply\b|\bon-?line application\b|\bapply (?:online|here|now|at|by|through|via|directly|for this)\b|\bsubmit (?:an |your |a )?(?:online )?(?:application|resume|résumé|cover letter)|\bapplication (?:deadline|process|materials|packet|instructions)\b|\bapplications? (?:will be|must be|are|is) (?:accepted|received|submitted|due|reviewed)\b|\binterested (?:candidates|applicants|persons|individuals) (?:should|must|may)\b|\bclosing date\b|\bdeadline to apply\b|\bwhere to apply\b|\bapplicants? (?:must|should|have to|need to|will need to|are required to) (?:upload|submit|attach|send)\b|\bapplications?\b[^.\n]{0,30}\bonline only\b/i;
const KSA =
  /^(?:(?:requires |needs |must (?:have|possess|demonstrate|show) |should (?:have|possess) |(?:regularly )?(?:exhibits?|demonstrates?|possess(?:es)?|has|have|shows?) )?(?:an? )?(?:considerable|thorough|working|general|basic|extensive|sound|solid|in-depth|broad) knowledge (?:of|and)\b|requires (?:the )?(?:knowledge|ability|skills?)\b|knows (?:and understands |how to |the |about )|(?:must )?be able to|able to|(?:(?:has|have|shows?|demonstrates?|possess(?:es)?) )?knowledge of|knowledge,? skills|ability to|abilities to|skills? (?:in|with|to)\b|skilled in|proficien|familiarity with|understanding of|demonstrated (?:ability|knowledge|skills?|proficiency|success|expertise)|(?:strong|excellent|effective|exceptional|good|superior|outstanding)\b[^.\n]{0,60}\b(?:skills|abilities)\b)/i;
/**
 * Knowledge or skills a sentence asks for after its subject ("The aide needs strong organizing
 * skills", "The role calls for an understanding of budgets"): a requirement verb, then the
 * knowledge, understanding, ability or qualified skills it asks for. Only after such a verb: "We
 * value the ability to…" or "students build strong reading skills" state no requirement.
 */
const KSA_ASKED =
  /\b(?:needs?|requires?|calls for|must (?:have|possess|show|demonstrate)|should (?:have|possess)) (?:the |an? )?(?:(?:knowledge|understanding) of\b|abilit(?:y|ies) to\b|(?:strong|excellent|effective|exceptional|good|superior|outstanding|thorough|working|sound|solid|considerable|broad|basic) [^.\n]{0,60}\b(?:skills|abilities|knowledge|understanding)\b)/i;
/** A commercial driver's license is a license to hold (a bus driver's CDL), unlike an ordinary driver's license. */
const CDL = /\bCDL\b|\bcommercial driver'?s?'?’? licen/i;
const SALARY =
  /\$ ?\d|\b(?:salary|wage|pay) (?:range|scale|schedule|grade|rate|band)s?\b|\bcommensurate with\b|\b\d+\.\d\d (?:per|an|a) (?:hour|hr)\b|\bper annum\b|\bannual(?:ly)? salary\b|\bhourly (?:rate|wage)\b|\b\d{1,3}(?:,\d{3})+(?:\.\d{2})? ?(?:-|–|to) ?\$?\d{1,3}(?:,\d{3})+\b/i;
const BENEFITS =
  /\bbenefits? (?:package|packages|include|includes|plan|plans|program|eligib|summary|overview|information)|\bbenefits and (?:compensation|perks)|\b(?:health|dental|vision|medical|life|disability) (?:insurance|coverage|plans?|benefits)\b|\bretirement (?:plan|system|benefits|contributions?|savings)\b|\bpension\b|\b40[13]\(?[kb]\)?|\bpaid (?:time off|leave|holidays|sick)\b|\bPTO\b|\btuition (?:reimbursement|assistance)\b|\b(?:comprehensive|competitive|generous|excellent|full|employee) benefits?\b|\bmedical, dental\b/i;

// Each pattern with the words (their first six letters) one of which any match contains: one pass
// over the line collects the word starts, and only the patterns they point at run.
/** Duties described in a sentence ("will be responsible for planning…", "Duties include…", "supports teachers with tasks such as:"). */
const RESPONSIBILITIES =
  /\bresponsibilities (?:include|are|will include)\b|\bduties (?:include|are|will include)\b|\b(?:tasks|duties|responsibilities) such as\b|\b(?:day-to-day|daily) (?:tasks|duties|responsibilities) include\b|\bwill be responsible for\b|\bis responsible for\b/i;

/**
 * The job summarised in a sentence: the classic opening of a job description's summary ("Under
 * general supervision, the Custodian …"), a district introducing the opening ("… is looking for a
 * School Nurse at …"), or the position's purpose named as such.
 */
const SUMMARY =
  /\bunder (?:the )?(?:general |direct |immediate |close |limited )?(?:supervision|direction)\b|\bis (?:currently )?(?:seeking|looking for|recruiting|hiring|accepting applications for)\b|\b(?:primary )?(?:purpose|goal|function) of (?:this|the) (?:position|job|role)\b/i;

/**
 * Experience asked for in a phrase the shared EXPERIENCE pattern (which the parser's kinds also
 * use) leaves out: the kind of experience, then whether it is required ("Kitchen experience
 * preferred", "prior coaching experience, and/or substitute work, is strongly preferred"), or a
 * single year of it ("at least one (1) year of classroom experience", also where a wrapped line
 * opens on "year of").
 */
const EXPERIENCE_ASKED =
  /\bexperience (?:is |are )?(?:strongly |highly )?(?:preferred|required|desired|desirable|needed|necessary|a plus)\b|\bexperience\b[^.\n]{0,40}\b(?:is|are) (?:strongly |highly )?(?:preferred|required|desired)\b|\byear of (?:[a-z-]+ )?experience\b/i;

/**
 * Pay stated by how it is set rather than by a figure ("The starting salary depends on years of
 * service", "Salary and work year to be established by the Board", "pay is determined by the
 * negotiated agreement"): the pay word, then within the clause what sets it.
 */
const SALARY_SET =
  /\b(?:salary|salaries|pay|wages?|compensation)\b[^.;\n]{0,30}\b(?:depends? on|dependent on|established by|determined by|based on|set by|according to|in accordance with|placed on)\b/i;

/**
 * Pay stated on a heading or title line itself ("Salary Commensurate With Experience", "SALARY RANGE
 * 29", "Bus Drivers - $24.50 Per Hour", "$41,000 - $55,000"): a figure per unit of time, a range
 * of figures, a grade or range with its number, or pay commensurate with something. A bare
 * "Salary Range" heading states no pay (its section does), nor does "$3,000 SIGNING BONUS".
 */
export const PAY_ON_HEADING =
  /\$ ?\d[\d,.]* ?(?:per |an |a |\/ ?)(?:hour|hr|year|yr|day|month|annum)\b|\$ ?\d[\d,.]* ?(?:-|–|to) ?\$ ?\d|\bcommensurate with\b|\b(?:salary|pay|wage) (?:range|grade|level|step)s? ?:? ?\d/i;

/**
 * Schooling the shared EDUCATION pattern (which the parser's kinds also use) leaves out: a high
 * school education or GED, a count of college credits or enrolment ("must have earned 60 college
 * credits"; not "students earn college credit"), and degrees by their letters ("MA in School
 * Leadership", "a BSN is preferred", "RN degree"). The letters are matched in capitals only
 * (EDUCATION_LETTERS), so "as in" or "ma" in prose stay prose.
 */
const EDUCATION_MORE =
  /\bhigh school (?:education|graduate|equivalenc)|\b\d+ (?:college |university |graduate |semester )?(?:credits|credit hours|semester hours)\b|\b(?:college|university|graduate) coursework\b|\benrolled (?:now |currently )?in an? (?:accredited |approved )?(?:[A-Z][a-z]+ )?(?:state )?(?:college|university)\b/i;
const EDUCATION_LETTERS =
  /\bGED\b|\b(?:BA|BS|BSN|MA|MS|MSN|MEd|MAT|AA|AAS|ADN)(?: degree\b| in [A-Z]| is (?:not )?(?:required|preferred)\b| (?:required|preferred)\b)|\b(?:RN|LPN) degree\b/;

const TEXT_PATTERNS: Array<[ContentKind, RegExp, readonly string[]]> = [
  ['summary', SUMMARY, ['under', 'is', 'purpos', 'goal', 'functi']],
  ['ksa', KSA_ASKED, ['need', 'needs', 'requir', 'calls', 'must', 'should']],
  ['responsibilities', RESPONSIBILITIES, ['respon', 'duties', 'day', 'daily', 'tasks']],
  ['eeo', EEO, ['equal', 'non', 'nondis', 'does', 'eoe', 'e', 'affirm', 'withou']],
  ['how_to_apply', HOW_TO_APPLY, ['apply', 'applic', 'submit', 'intere', 'closin', 'deadli']],
  ['residency', RESIDENCY, ['reside', 'live']],
  ['licensure', LICENSURE, ['licens', 'licenc', 'certif', 'endors', 'creden', 'pel']],
  ['licensure', CDL, ['cdl', 'commer']],
  ['education', EDUCATION, ['bachel', 'master', 'degree', 'diplom', 'ph', 'phd', 'ed', 'edd', 'doctor', 'gradua']],
  ['education', EDUCATION_MORE, ['high', 'colleg', 'univer', 'gradua', '0-9', 'enroll']],
  ['education', EDUCATION_LETTERS, ['ged', 'ba', 'bs', 'bsn', 'ma', 'ms', 'msn', 'med', 'mat', 'aa', 'aas', 'adn', 'rn', 'lpn']],
  ['experience', EXPERIENCE, ['experi', 'minimu', 'years']],
  ['experience', EXPERIENCE_ASKED, ['experi']],
  ['salary', SALARY, ['$', 'salary', 'salari', 'wage', 'wages', 'pay', 'commen', 'per', 'annual', 'hourly', '0-9']],
  ['salary', SALARY_SET, ['salary', 'salari', 'pay', 'wage', 'wages', 'compen']],
  [
    'benefits',
    BENEFITS,
    ['benefi', 'health', 'dental', 'vision', 'medica', 'life', 'disabi', 'retire', 'pensio', '401', '403', 'paid', 'pto', 'tuitio'],
  ],
];


/**
 * Pattern bits by the first three characters of a word (shorter words padded with 0): a
 * prefilter with no string allocation; a false hit only means the pattern's regex runs.
 */
const { START3, DIGIT_BIT, DOLLAR_BIT } = startBits();

function startBits(): { START3: Int32Array; DIGIT_BIT: number; DOLLAR_BIT: number } {
  const start3 = new Int32Array(37 * 37 * 37);
  let digit = 0;
  let dollar = 0;
  TEXT_PATTERNS.forEach(([, , starts], i) => {
    for (const k of starts) {
      if (k === '0-9') digit |= 1 << i;
      else if (k === '$') dollar |= 1 << i;
      else {
        const c = [0, 1, 2].map((n) => (n < k.length ? code37(k.charCodeAt(n)) : 0));
        start3[c[0]! * 1369 + c[1]! * 37 + c[2]!]! |= 1 << i;
      }
    }
  });
  return { START3: start3, DIGIT_BIT: digit, DOLLAR_BIT: dollar };
}

/** Bit i set when a word of the (lower-case) line from `from` starts like one of pattern i's words. One pass, no allocation. */
function candidates(lower: string, from: number): number {
  let bits = 0;
  const n = lower.length;
  let i = from;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c === 36) bits |= DOLLAR_BIT;
    const a = code37(c);
    if (a === 0) {
      i++;
      continue;
    }
    if (a >= 27) bits |= DIGIT_BIT;
    const b = i + 1 < n ? code37(lower.charCodeAt(i + 1)) : 0;
    const d = b && i + 2 < n ? code37(lower.charCodeAt(i + 2)) : 0;
    bits |= START3[a * 1369 + b * 37 + d]!;
    let j = i + 1;
    while (j < n && code37(lower.charCodeAt(j)) !== 0) j++;
    i = j;
  }
  return bits;
}

const CONTENT_SET: ReadonlySet<string> = new Set(CONTENT_KINDS);

export function isContentKind(kind: SectionKind | null | undefined): kind is ContentKind {
  return !!kind && CONTENT_SET.has(kind);
}

/** Bit of the KSA test (after the TEXT_PATTERNS bits). */
const KSA_P = TEXT_PATTERNS.length;

/**
 * Where the body of a line read whole (no inline heading text) starts, when the line itself can
 * stand for its body: no white space after the body (an alternative may end in a space that the
 * trimmed body lacks), no case change that lengthens a character (the lower case stays aligned),
 * and short enough that the body is not cut. -1 otherwise; the line's length when it is blank.
 */
function bodyStartInPlace(f: LineFacts, start: number): number {
  const text = f.text;
  const n = text.length;
  if (n - start > 4000 || (n > 0 && isRegexSpace(text.charCodeAt(n - 1))) || lowerOf(f).length !== n) return -1;
  let s = start;
  while (s < n && isRegexSpace(text.charCodeAt(s))) s++;
  return s;
}

/** Whether pattern p (KSA_P: knowledge/skills at the start of atLineStart) reads in the text. */
function kindTest(p: number, text: string, lower: string, atLineStart: string): boolean {
  if (p === KSA_P) return ksaAtSentenceStart(atLineStart);
  const [kind, re] = TEXT_PATTERNS[p]!;
  if (!re.test(text) && !(kind === 'experience' && yearsOfExperience(text, lower))) return false;
  if (re === LICENSURE) return namesLicense(text);
  return true;
}

/** How many sentence starts of one line the (anchored) knowledge-and-skills test reads. */
const KSA_SENTENCES = 40;

/**
 * The length of the clause break at i, 0 when there is none: ". ", "; ", ": " or ", " (a list
 * item's label or a clause of a sentence: "EXCELLENT COMMUNICATOR: Able to…", "Must be
 * self-motivated, able to…"), or a colon glued to a capital, as run-together text leaves a label
 * ("Special Knowledge/Skills:Working knowledge of…").
 */
function clauseBreak(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 59 && c !== 58 && c !== 44) return 0;
  const next = text.charCodeAt(i + 1);
  if (next === 32) return 2;
  return c === 58 && next >= 65 && next <= 90 ? 1 : 0;
}

/**
 * True when the line, or one of its first KSA_SENTENCES sentences or clauses (see clauseBreak),
 * opens with knowledge or skills ("… preferred. Must be able to read and follow recipes."). Each
 * test is anchored and reads at most 400 characters; the scan only moves forward: linear in the line.
 */
function ksaAtSentenceStart(text: string): boolean {
  let start = 0;
  for (let n = 0; n < KSA_SENTENCES && start < text.length; n++) {
    if (KSA.test(text.slice(start, start + 400))) return true;
    let stop = start;
    let gap = 0;
    while (stop + 1 < text.length && (gap = clauseBreak(text, stop)) === 0) stop++;
    if (gap === 0) return false;
    start = stop + gap;
  }
  return false;
}

function kindOf(p: number): ContentKind {
  return p === KSA_P ? 'ksa' : TEXT_PATTERNS[p]![0];
}

/**
 * A line's text kinds, memoised with the line: which patterns are candidates, which were tested
 * and which matched. A posting that already has evidence of a kind skips its test, so a test is
 * run the first time some posting needs it and kept for the next.
 */
interface LineContent {
  /** Where the body starts in the line, and the inline heading text it came from (null: the line itself). */
  start: number;
  inline: string | null;
  /** Candidate patterns (KSA always), tested ones, matching ones. */
  cand: number;
  tested: number;
  matched: number;
}

const KSA_BIT = 1 << KSA_P;
const NO_KINDS: ContentKind[] = [];

/**
 * The body of a content line as presence reads it (the line, or its inline heading text, from
 * start, trimmed), the text the patterns test (at most 4,000 characters) and its lower case.
 */
function contentBody(f: LineFacts, start: number, inline: string | null): { body: string; text: string; lower: string } {
  const src = inline ?? f.text;
  const body = start > 0 ? src.slice(start).trim() : src.trim();
  if (body.length > 4000) {
    const text = body.slice(0, 4000);
    return { body, text, lower: text.toLowerCase() };
  }
  let lowerBody: string | undefined;
  if (inline === null) {
    const lowerLine = lowerOf(f);
    lowerBody = (start > 0 ? lowerLine.slice(start) : lowerLine).trim();
    if (lowerBody.length !== body.length) lowerBody = undefined;
  }
  return { body, text: body, lower: lowerBody ?? body.toLowerCase() };
}

/**
 * The content kinds of a line's body not skipped, in pattern order, from the line's memo.
 */
export function lineContentKinds(f: LineFacts, start: number, inline: string | null, skip: (kind: ContentKind) => boolean): ContentKind[] {
  let m = f.content as LineContent | undefined;
  let b: { body: string; text: string; lower: string } | undefined;
  // Where the body starts in the line when the line can be read in place (no copy of it), else -1.
  const inPlace = inline === null ? bodyStartInPlace(f, start) : -1;
  if (!m || m.start !== start || m.inline !== inline) {
    let cand: number;
    if (inPlace >= 0) {
      if (inPlace === f.text.length) return NO_KINDS; // a blank body
      cand = candidates(lowerOf(f), inPlace);
    } else {
      b = contentBody(f, start, inline);
      if (b.body === '') return NO_KINDS;
      cand = candidates(b.lower, 0);
    }
    // inline text is cut from the document: a memoised line keeps a flat copy, never the document.
    const kept = inline === null || f.text.length > MAX_MEMO_KEY ? inline : flatCopy(inline);
    m = { start, inline: kept, cand: cand | KSA_BIT, tested: 0, matched: 0 };
    f.content = m;
  }
  let need = 0;
  for (let p = 0; p <= KSA_P; p++) if (m.cand & (1 << p) && !skip(kindOf(p))) need |= 1 << p;
  const untested = need & ~m.tested;
  if (untested) {
    for (let p = 0; p <= KSA_P; p++) {
      if (!(untested & (1 << p))) continue;
      let hit: boolean;
      if (p === KSA_P && inPlace >= 0) {
        // The body is the line from inPlace (no copy when it is the whole line); every sentence
        // start of it is read, as kindTest reads a copied body.
        hit = ksaAtSentenceStart(inPlace === 0 ? f.text : f.text.slice(inPlace));
      } else {
        b ??= contentBody(f, start, inline);
        hit = kindTest(p, b.text, b.lower, b.body);
      }
      if (hit) m.matched |= 1 << p;
      m.tested |= 1 << p;
    }
  }
  const hits = need & m.matched;
  if (!hits) return NO_KINDS;
  const out: ContentKind[] = [];
  for (let p = 0; p <= KSA_P; p++) if (hits & (1 << p) && !out.includes(kindOf(p))) out.push(kindOf(p));
  return out;
}
