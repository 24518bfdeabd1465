// Duties written as prose (presence.ts asks when the posting has no duties section): a paragraph
// whose sentences each state something the job does, either opening with the duty verb ("Heats,
// prepares and portions food … Runs commercial kitchen equipment …", "such as: Working with single
// pupils …") or naming the jobholder first ("The library media specialist runs the center and
// supervises …", "As program administrator, the LMS works with …", "The position leads …").
// Linear: each block is cut into at most DUTY_SENTENCES sentences, each test anchored and bounded.
import type { Posting, Section } from '../model/posting.ts';
import { believesDuties, dutyListProbabilities, opensWithVerb, readsAsDutyList } from '../model/decide.ts';

/** How many sentences stating a duty make the job's duties, not one duty-like sentence. */
export const DUTY_LIST_MIN = 2;

/** Sentences read per block: a duties paragraph states its kind in its first sentences. */
const DUTY_SENTENCES = 24;
/** Characters of a block read. */
const READ_LIMIT = 4000;

/** Sections whose kind says the text is not duties: requirements, pay and benefits, EEO, how to apply. */
const NOT_DUTIES: ReadonlySet<Section['kind']> = new Set([
  'title',
  'header',
  'responsibilities',
  'qualifications',
  'education',
  'licensure',
  'experience',
  'ksa',
  'preferred',
  'residency',
  'salary',
  'eeo',
  'how_to_apply',
]);

/**
 * Verb-led items from which a list reads as duties when the content model ranks duties above every
 * other kind, short of its belief threshold: ten items "Works with the physician … / Keeps health
 * records … / Gives first aid …" under "should possess the following:" are the job's duties though
 * their words also fit requirements. Two or three such lines may be a requirements list in the duty
 * voice; a long one is not.
 */
const LONG_DUTY_LIST = 5;
/**
 * Verbs of being, knowing and having: lines they open ("Knows guidance principles …", "Has three
 * years …", "Demonstrates skill in …") state what the applicant is, not what the job does.
 */
const STATIVE = /^(?:knows|understands|has|possesses|holds|is|demonstrates|exhibits|displays|shows|values|believes|enjoys|appreciates|recognizes|comprehends)\b/i;

/** True when the content model ranks duties first among the kinds (dutyListProbabilities of the lines). */
function ranksDutiesFirst(p: Partial<Record<Section['kind'], number>>): boolean {
  const duties = p.responsibilities ?? 0;
  for (const k in p) if (k !== 'responsibilities' && (p[k as keyof typeof p] ?? 0) >= duties) return false;
  return duties > 0;
}

/**
 * The first block of a duties list inside a section of another kind (not the title or header): at
 * least DUTY_LIST_MIN unclassified verb-led blocks whose text, read together, the content model
 * takes for duties. Null when there is none.
 */
export function dutyListInside(posting: Posting, junk: Uint8Array): Section['blocks'][number] | null {
  for (const s of posting.sections) {
    if (s.kind === 'responsibilities' || s.kind === 'title' || s.kind === 'header') continue;
    const led = s.blocks.filter((b) => !junk[b.line] && b.contentKind === null && opensWithVerb(b.text));
    if (led.length < DUTY_LIST_MIN) continue;
    const texts = led.map((b) => b.text);
    // The lines are scored once; both readings below use the same probabilities.
    const p = dutyListProbabilities(texts);
    if (believesDuties(p)) return led[0]!;
    if (led.length >= LONG_DUTY_LIST && !texts.some((t) => STATIVE.test(t)) && ranksDutiesFirst(p)) return led[0]!;
  }
  return null;
}

/**
 * The jobholder as a sentence's subject, then a verb in the third person ("The teacher writes",
 * "A Summer Programs 2023 teacher plans", "As the information specialist, the LMS leads", "The
 * position will oversee"). The subject ends in a job word (or an all-capitals short name such as
 * LMS); the verb ends in s but is not a form of be/have/do ("The principal is responsible" says
 * nothing the job does; nor do requires, includes, offers, reports …). Bounded repeats only.
 */
const JOBHOLDER_SUBJECT =
  /^(?:As (?:an? |the )?[A-Za-z -]{1,60}, )?(?:[Tt]he|[Tt]his|[Aa]n?|[Ee]ach|[Oo]ur) (?:[A-Za-z0-9'’&/-]{1,30} ){0,5}?(?:[Pp]osition|[Rr]ole|[Jj]ob|[Ee]mployee|[Ii]ncumbent|[Jj]obholder|[Tt]eacher|[Ii]nstructor|[Ss]pecialist|[Aa]ssistant|[Aa]ide|[Pp]araprofessional|[Pp]ara|[Ww]orker|[Dd]irector|[Pp]rincipal|[Cc]oordinator|[Ss]upervisor|[Mm]anager|[Nn]urse|[Cc]ounselor|[Cc]ounsellor|[Ll]ibrarian|[Pp]sychologist|[Tt]herapist|[Pp]athologist|[Cc]ustodian|[Dd]river|[Tt]echnician|[Cc]lerk|[Ss]ecretary|[Cc]oach|[Aa]dministrator|[Ss]uperintendent|[Ii]nterventionist|[Tt]utor|[A-Z]{2,6}) (?:will (?!be\b|have\b)[a-z]{3,}|(?!(?:is|has|was|does|needs|requires|includes|offers|pays|reports|comes|remains|begins|starts)\b)[a-z]{2,}[^su\W]s)\b/;

/** Sentences of a block: split after . ; ! ? or a colon that introduces more text, up to DUTY_SENTENCES. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  const t = text.length > READ_LIMIT ? text.slice(0, READ_LIMIT) : text;
  let start = 0;
  for (let i = 0; i < t.length && out.length < DUTY_SENTENCES; i++) {
    const c = t[i];
    if ((c === '.' || c === ';' || c === '!' || c === '?' || c === ':') && (t[i + 1] === ' ' || t[i + 1] === '\t')) {
      const s = t.slice(start, i + 1).trim();
      if (s) out.push(s);
      start = i + 1;
    }
  }
  if (out.length < DUTY_SENTENCES) {
    const rest = t.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** True when a sentence names the jobholder and what it does ("The teacher writes lesson plans …"). */
export function namesJobholderDoing(sentence: string): boolean {
  return JOBHOLDER_SUBJECT.test(sentence);
}

/**
 * The first block of duties written under a section of another kind (a summary going on with
 * "Heats, prepares … Runs … Uses …", a paragraph "The teacher writes lesson plans … The teacher
 * works with …"): in the section's unclassified blocks, at least DUTY_LIST_MIN sentences name the
 * jobholder doing something (the sentence shape says duties, whatever the words), or at least
 * DUTY_LIST_MIN sentences open with a verb or name the jobholder and, read together, the content
 * model takes them for duties (a verb's shape alone also opens "Students who …"). Null when no
 * section has such a block.
 */
export function dutiesInProse(posting: Posting, junk: Uint8Array): Section['blocks'][number] | null {
  for (const s of posting.sections) {
    if (NOT_DUTIES.has(s.kind)) continue;
    const duties: string[] = [];
    let byJobholder = 0;
    let first: Section['blocks'][number] | null = null;
    for (const b of s.blocks) {
      if (junk[b.line] || b.contentKind !== null) continue;
      for (const sentence of sentencesOf(b.text)) {
        const jobholder = namesJobholderDoing(sentence);
        if (!jobholder && !opensWithVerb(sentence)) continue;
        if (jobholder) byJobholder++;
        duties.push(sentence);
        first ??= b;
      }
    }
    if (first && (byJobholder >= DUTY_LIST_MIN || (duties.length >= DUTY_LIST_MIN && readsAsDutyList(duties)))) return first;
  }
  return null;
}
