// Content → kind: what a bullet or paragraph is about when no heading says so.
// Used for unheaded sections (district boilerplate, a department paragraph, a job summary)
// and for content that sits under another kind's heading (a degree bullet under duties).
import { BoundedMap } from './boundedMap.ts';
import type { SectionKind } from './posting.ts';
import { EDUCATION, EXPERIENCE, LICENSURE, namesLicense, RESIDENCY, yearsOfExperience } from './patterns.ts';
import { MONEY, kindTokens } from './kind-features.ts';
import { TriggerGate } from './triggers.ts';

// A statement, not a mention: duties such as "administers Equal Employment Opportunity policies" are not one.
const EEO = /\b(?:is|are) an? (?:equal|EEO|affirmative action)\b|\bequal (?:employment )?opportunity employer\b|\bdoes not discriminate\b|\bEOE\b|\b(?:assures|provides?|committed to(?: providing)?) equal (?:employment )?opportunit|\bnon-?discrimination (?:policy|statement|notice)\b|\bcommitted to non-?discrimination\b|\bprohibits discrimination\b|\bwithout regard to (?:race|sex|age|religion|color|national origin|disability)/i;
const HOW_TO_APPLY = /(?:^|[.!] )to apply\b|\bhow to apply\b|\bto apply (?:for|online|to|visit|please|click)\b|\bapply (?:online|here|now|at|by|through|via|on)\b|\bsubmit (?:an |your |a )?(?:online )?application\b|\bapplications? (?:will be|must be|are|is) (?:accepted|received|submitted|due)\b|\bapplication deadline\b|\binterested (?:candidates|applicants) should\b|\bclick here to apply\b|\bapplication (?:materials|packets?|packages?|files?) (?:are|is|must be|should be|will be) (?:due|accepted|received|submitted|sent)\b|\b(?:attach|upload) (?:your |a |an |the |all )?(?:resume|résumé|cover letter|letter of (?:interest|intent)|transcripts?|references|praxis)|\bonline applications? (?:is |are )?(?:required|only)\b|\b(?:screening|review) of applications (?:will )?(?:begins?|starts?|commences?)\b|\bapplications (?:will be )?(?:reviewed|screened) (?:beginning|starting|on a rolling basis|as (?:they are )?received)\b/i;
// Pay named without a figure ("salary according to the pay plan", "commensurate with experience").
const SALARY_WORDS =
  /\bsalary (?:range|schedule|scale|grade|is|of|will be|commensurate|offers?|placement|according)\b|\b(?:annual|starting|base|hourly|minimum|maximum) (?:salary|pay|rate|wage)\b|\bhourly rate\b|\bpay (?:range|rate|scale|grade|plan)\b|\bstipend\b|\bcompensation (?:range|is|of)\b|\bcommensurate with (?:experience|education|qualifications)\b/i;
/** Words near a dollar figure that make it this job's pay. */
const PAY_CONTEXT = new Set(
  'salary salaries pay paid wage wages rate rates hour hourly hr year yearly yr annum annual annually stipend step steps schedule range compensation starting daily day month monthly week weekly biweekly earn earns per'.split(
    ' ',
  ),
);
/** Words near a dollar figure that make it a cost to the applicant or a one-off sum, not pay. */
const NOT_PAY_CONTEXT = new Set(
  'fee fees cost costs charge charged fingerprinting fingerprint payable bonus reimbursement reimbursed reimburse allowance deposit refund purchase tuition'.split(
    ' ',
  ),
);
/** How many tokens either side of a figure its context is read from. */
const PAY_WINDOW = 4;

/** True when the text states this job's pay: a dollar figure read with pay words around it and no
 *  fee words ("$49 fingerprinting fee" and "260 days per year" are not pay), or pay named in words. */
export function statesPay(text: string): boolean {
  return SALARY_WORDS.test(text) || paidFigure(text);
}

/** A dollar figure with pay words around it and no fee words. */
function paidFigure(text: string): boolean {
  // A dollar figure needs a dollar sign: most texts have none, and are not tokenised.
  if (!text.includes('$')) return false;
  const tokens = kindTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== MONEY) continue;
    let pay = false;
    let notPay = false;
    for (let j = Math.max(0, i - PAY_WINDOW); j <= Math.min(tokens.length - 1, i + PAY_WINDOW); j++) {
      if (PAY_CONTEXT.has(tokens[j]!)) pay = true;
      if (NOT_PAY_CONTEXT.has(tokens[j]!)) notPay = true;
    }
    if (pay && !notPay) return true;
  }
  return false;
}
const BENEFITS =
  /\bbenefits? (?:package|include|plan|program)|\b(?:health|dental|vision|medical|life) (?:insurance|coverage|plan)|\bretirement (?:plan|system|benefits)|\bpension\b|\b40[13]\(?[kb]\)?|\bpaid (?:time off|leave|holidays)|\bPTO\b|\btuition reimbursement\b|\bcomprehensive benefits?\b|\bbenefits\b/i;
const KSA =
  /^(?:knowledge of|ability to|abilities|skills? in|skilled in|proficien|strong\b.{0,60}\bskills|excellent\b.{0,60}\bskills|demonstrated (?:ability|knowledge|skill|success)|understanding of|familiarity with|effective (?:written|verbal|oral|communication))/i;
const CONDITIONS =
  /\bbackground check|\bfingerprint|\bphysical demands\b|\blift(?:ing)? up to\b|\bconditions? of employment\b|\bclearances?\b|\bvaccinat/i;
const DEPARTMENT = /^(?:under |within )?(?:the )?(?:office|department|division|bureau|unit|network) of\b/i;
const ABOUT_DISTRICT =
  /\b(?:largest|serving (?:over |approximately |about |nearly |more than )?[\d,]+\+? students|school district (?:which|that|serving|of)|is a (?:\w+ ){0,3}district\b|our mission|our vision|district(?: \([A-Z]{2,8}\))? (?:is|comprises)\b(?! (?:looking|seeking|searching|hiring|accepting|currently))|\b(?:district|schools)(?: \([A-Z]{2,8}\))? (?:proudly )?serves\b|we make three commitments)/i;
const SUMMARY =
  /\breporting (?:directly )?to\b|\breports (?:directly )?to\b|\bthis position\b|\bthe (?:successful )?(?:candidate|incumbent|applicant)\b|\bwill (?:develop|lead|oversee|manage|support|serve|be responsible|work|coordinate|provide|plan|direct)\b|\bis responsible for\b|\b(?:we are|is|are) (?:seeking|looking for|searching for)\b|\bseeks? an?\b|\bresponsible for\b/i;

/** A count of years is read only in a text that says "experience" (most do not: they are not lower-cased for it). */
const EXPERIENCE_WORD = /experience/i;

/**
 * The phrase patterns tried on every bullet and paragraph, gated by their word triggers (one pass
 * over the text instead of a dozen unanchored searches that mostly fail). Bit i is GATED[i]; a
 * pattern is run only when its bit is set, so every reading is the one the pattern alone gives.
 * (LICENSURE stands for namesLicense, which is false unless LICENSURE matches.)
 */
const GATED = [
  EEO,
  HOW_TO_APPLY,
  RESIDENCY,
  LICENSURE,
  EDUCATION,
  EXPERIENCE,
  BENEFITS,
  SALARY_WORDS,
  CONDITIONS,
  ABOUT_DISTRICT,
  SUMMARY,
] as const;
const GATE = new TriggerGate(GATED);
const bit = (re: (typeof GATED)[number]): number => 1 << GATED.indexOf(re);
const EEO_BIT = bit(EEO);
const APPLY_BIT = bit(HOW_TO_APPLY);
const RESIDENCY_BIT = bit(RESIDENCY);
const LICENSE_BIT = bit(LICENSURE);
const EDUCATION_BIT = bit(EDUCATION);
const EXPERIENCE_BIT = bit(EXPERIENCE);
const BENEFITS_BIT = bit(BENEFITS);
const SALARY_BIT = bit(SALARY_WORDS);
const CONDITIONS_BIT = bit(CONDITIONS);
const DISTRICT_BIT = bit(ABOUT_DISTRICT);
const SUMMARY_BIT = bit(SUMMARY);

/** What one text reads as; each reading is computed when first asked for (undefined until then). */
interface Readings {
  /** GATE's mask of the text. */
  may: number;
  requirement: SectionKind | null | undefined;
  content: SectionKind | null | undefined;
  paragraph: SectionKind | null | undefined;
}

/** Texts longer than this are read by their start (and remembered by it). */
const READ_LIMIT = 5000;

/**
 * Remembers recent answers: a re-parse per keystroke classifies the same lines again. One entry per
 * text holds all three readings, so a line is copied into the memo (and hashed) once, not per reading.
 */
const readings = new BoundedMap<Readings>(8192, 1_000_000);

function readingsOf(text: string): Readings {
  return (
    readings.get(text) ?? readings.set(text, { may: GATE.mask(text), requirement: undefined, content: undefined, paragraph: undefined })
  );
}

/** Kind of a requirement-like bullet or sentence, or null. Order matters: a line naming a license and a degree is about licensure first. */
export function requirementKind(text: string): SectionKind | null {
  if (text.length > READ_LIMIT) text = text.slice(0, READ_LIMIT);
  const r = readingsOf(text);
  if (r.requirement === undefined) r.requirement = classifyRequirement(text, r.may);
  return r.requirement;
}

function classifyRequirement(text: string, may: number): SectionKind | null {
  if (may & RESIDENCY_BIT && RESIDENCY.test(text)) return 'residency';
  if (may & LICENSE_BIT && namesLicense(text)) return 'licensure';
  if (may & EDUCATION_BIT && EDUCATION.test(text)) return 'education';
  if ((may & EXPERIENCE_BIT && EXPERIENCE.test(text)) || (EXPERIENCE_WORD.test(text) && yearsOfExperience(text, text.toLowerCase())))
    return 'experience';
  return null;
}

/** The kind a block of content reads as, or null when it does not clearly read as one. */
export function contentKind(text: string): SectionKind | null {
  if (text.length > READ_LIMIT) text = text.slice(0, READ_LIMIT);
  const r = readingsOf(text);
  if (r.content === undefined) r.content = classifyContent(text, r.may);
  return r.content;
}

function classifyContent(text: string, may: number): SectionKind | null {
  if (may & EEO_BIT && EEO.test(text)) return 'eeo';
  if (may & APPLY_BIT && HOW_TO_APPLY.test(text)) return 'how_to_apply';
  const requirement = requirementKind(text);
  if (requirement) return requirement;
  if (KSA.test(text)) return 'ksa';
  if (may & BENEFITS_BIT && BENEFITS.test(text)) return 'benefits';
  if ((may & SALARY_BIT && SALARY_WORDS.test(text)) || paidFigure(text)) return 'salary';
  if (may & CONDITIONS_BIT && CONDITIONS.test(text)) return 'conditions';
  return null;
}

/** For a paragraph with no heading: the kind of section it opens (district boilerplate, department, summary). */
export function paragraphKind(text: string): SectionKind | null {
  if (text.length > READ_LIMIT) text = text.slice(0, READ_LIMIT);
  const r = readingsOf(text);
  if (r.paragraph === undefined) r.paragraph = classifyParagraph(text, r.may);
  return r.paragraph;
}

function classifyParagraph(text: string, may: number): SectionKind | null {
  if (may & EEO_BIT && EEO.test(text)) return 'eeo';
  if (DEPARTMENT.test(text)) return 'department';
  if (may & DISTRICT_BIT && ABOUT_DISTRICT.test(text)) return 'about_district';
  if (may & APPLY_BIT && HOW_TO_APPLY.test(text) && text.length < 600) return 'how_to_apply';
  if (may & SUMMARY_BIT && SUMMARY.test(text)) return 'summary';
  return null;
}

/** Verbs that open a duty bullet; a bullet that opens with one stays a duty even if it names a license. */
const DUTY_VERBS = new Set(
  `serve serves provide provides supervise supervises oversee oversees support supports develop develops lead leads manage manages maintain maintains ensure ensures assist assists coordinate coordinates participate participates perform performs plan plans teach teaches create creates collaborate collaborates monitor monitors review reviews prepare prepares implement implements conduct conducts establish establishes evaluate evaluates advise advises represent represents facilitate facilitates communicate communicates organize organizes direct directs build builds guide guides help helps promote promotes pursue pursues leverage leverages regularly continuously analyze analyzes design designs deliver delivers track tracks identify identifies work works attend attends complete completes administer administers assess assesses contribute contributes partner partners demonstrate demonstrates model models remain remains keep keeps use uses serve carry carries follow follows clean cleans inspect inspects operate operates obey obeys transport transports sweep sweeps wash washes greet greets answer answers record records respond responds`.split(
    ' ',
  ),
);

export function startsWithDutyVerb(text: string): boolean {
  let end = 0;
  while (end < text.length && end < 30 && /[A-Za-z]/.test(text[end]!)) end++;
  return DUTY_VERBS.has(text.slice(0, end).toLowerCase());
}

/** A line opening like a duty: a verb's third person or gerund before a lower-case word ("Adjusts classroom …", "Greeting callers …"). */
const VERB_SHAPE = /^[A-Z][a-z]{2,}(?:[^su\W]s|ing),? [a-z]/;

/** True when a line opens with a duty verb, from the verb list or the verb's shape. */
export function opensLikeDuty(text: string): boolean {
  return startsWithDutyVerb(text) || VERB_SHAPE.test(text);
}
