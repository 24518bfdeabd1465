// The parser's one seam for section kinds: every decision "what kind is this heading / this
// content" made while segmenting goes through this file, so that a better decider (heading words
// combined with a content classifier) replaces these delegations in one place.
import type { Block, SectionKind } from './posting.ts';
import { kindForHeading, kindForSentenceHeading, type HeadingMatch } from './catalog.ts';
import { contentKind, opensLikeDuty, paragraphKind, requirementKind, startsWithDutyVerb } from './classify.ts';
import { contentKindScores, decideKind } from './evidence.ts';
import { fieldKey, isFieldLabel } from './fields.ts';

export type { HeadingMatch };

/** The kind a heading's words name, or null when the catalog does not know them. */
export function headingKind(label: string): HeadingMatch | null {
  return kindForHeading(label);
}

/** The kind a whole sentence ending in a colon introduces ("…must possess the following qualifications:"). */
export function sentenceHeadingKind(sentence: string): SectionKind | null {
  return kindForSentenceHeading(sentence);
}

/** What a bullet or paragraph's content is about (a degree → education), or null. */
export function blockKind(text: string): SectionKind | null {
  return contentKind(text);
}

/** The requirement a line states (residency, licensure, education, experience), or null. */
export function requirementOf(text: string): SectionKind | null {
  return requirementKind(text);
}

/** The section an unheaded paragraph opens by itself (district boilerplate, a department, a summary, EEO). */
export function paragraphOpens(text: string): SectionKind | null {
  return paragraphKind(text);
}

/** True when a bullet opens with a duty verb ("Supervises …"): it stays a duty whatever it names. */
export function readsAsDuty(text: string): boolean {
  return startsWithDutyVerb(text);
}

/** The content model's belief from which a paragraph or list after a summary reads as the job's duties. */
const DUTIES_BELIEF = 0.8;

/** True when a paragraph reads as duties to the trained content model ("Heats, prepares and portions food …"). */
export function readsAsDuties(text: string): boolean {
  return (contentKindScores(text).probabilities.responsibilities ?? 0) >= DUTIES_BELIEF;
}

/** True when a line opens with a duty verb, from the verb list or the verb's shape. */
export function opensWithVerb(text: string): boolean {
  return opensLikeDuty(text);
}

/** The content model's belief from which a list of verb-led lines, read together, is the job's duties. */
const DUTY_LIST_BELIEF = 0.5;

/**
 * True when lines that each open with a verb ("Adjusts …", "Gives …", "Greeting callers …") read
 * together as duties to the trained content model: the verb shape and the words agree.
 */
export function readsAsDutyList(lines: readonly string[]): boolean {
  return believesDuties(dutyListProbabilities(lines));
}

/** The content model's probabilities for verb-led lines read together as one list. */
export function dutyListProbabilities(lines: readonly string[]): Partial<Record<SectionKind, number>> {
  return contentKindScores(lines.map((l) => `- ${l}`).join('\n')).probabilities;
}

/**
 * True when those probabilities reach the belief from which such a list is the job's duties. Lines
 * that each open with a verb are no summary whatever their words, and summaries are written in the
 * duties' words ("Plans, delivers and evaluates instruction …"): the summary's share is set aside,
 * and the duties' share of the rest (requirements, conditions, page text …) decides.
 */
export function believesDuties(p: Partial<Record<SectionKind, number>>): boolean {
  return (p.responsibilities ?? 0) >= DUTY_LIST_BELIEF * (1 - (p.summary ?? 0));
}

/**
 * The kind of a finished section, from its heading's catalog kind and its body together
 * (evidence.ts decideKind). Called once per section after the pass, so every body is read once.
 */
export function settleKind(heading: string | null, headingKind: SectionKind | null, body: string): SectionKind {
  // "Reports To:", "Job Type:" set as a heading over their value: a header fact, whatever the value reads as
  // (the catalog's own kinds come first: "Salary:" and "Closing Date:" keep theirs; a job-title label is the title's).
  if (heading && !headingKind && !kindForHeading(heading)) {
    const key = fieldKey(heading);
    if (key && key !== 'job_title' && isFieldLabel(heading)) return 'header';
  }
  return decideKind({ heading, headingKind, body }).kind;
}

/**
 * The kind a summary opened on its first line's reading ends up with once its paragraphs are read
 * whole: a paragraph that wraps may name the district only on a later line, and a district's
 * self-description often opens with a line about its campus before it says "serves 4,000 students".
 * A section whose kind the content decides (no heading, or "Overview", "Job Description") and whose
 * paragraphs read as the district (or a department) and never as the job is about the district.
 */
export function settleOpening(kind: SectionKind, heading: string | null, blocks: readonly Block[]): SectionKind {
  if (kind !== 'summary' || blocks.length === 0) return kind;
  if (heading !== null && !kindForHeading(heading)?.contentDecides) return kind;
  let intro: SectionKind | null = null;
  let start = 0;
  for (let k = 1; k <= blocks.length; k++) {
    if (k < blocks.length && blocks[k]!.line === blocks[k - 1]!.line + 1) continue;
    const opens = paragraphKind(blocks.slice(start, k).map((b) => b.text.trim()).join(' '));
    if (opens === 'summary') return kind;
    if (!intro && (opens === 'about_district' || opens === 'department')) intro = opens;
    start = k;
  }
  return intro ?? kind;
}
