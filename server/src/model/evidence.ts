// Deciding a section's kind from two kinds of evidence: what its heading's words name (the catalog)
// and what its body reads as (a naive-Bayes classifier trained on the corpus, kind-model.json).
// Both are log-probabilities over the section kinds, added. A heading that exactly names a kind is
// strong evidence; an umbrella heading (DUTIES, QUALIFICATIONS) is weaker, so a body that decisively
// reads as another kind (physical demands, a skills list) wins over it; an unknown heading is no
// evidence at all, so the body decides, and a body that reads as nothing in particular is `other`.
import type { SectionKind } from './posting.ts';
import { kindForHeading } from './catalog.ts';
import { contentKind, opensLikeDuty, paragraphKind } from './classify.ts';
import { EDUCATION, EXPERIENCE, MINIMUM_AGE, namesLicense } from './patterns.ts';
import { compileKindModel, scoreContent, type CompiledKindModel, type KindModel } from './kind-model.ts';
import modelData from './kind-model.json';

const MODEL = compileKindModel(modelData as unknown as KindModel);

/** How strongly a heading's catalog kind is believed, by how the catalog matched it. */
const HEADING_CONFIDENCE = {
  /** The whole heading is a catalog entry ("Job Summary", "EEO Statement"). */
  exact: 0.98,
  /** A cue word inside the heading ("Required Education and Experience"). */
  cue: 0.95,
  /** An umbrella heading (duties, qualifications) that often holds content of a narrower kind. */
  umbrella: 0.85,
  /** A heading whose kind the content settles ("Job Description", "About the job"). */
  contentDecides: 0.35,
};

/** Kinds whose headings are umbrellas: a requirements list may be only degrees, a duties list only skills. */
const UMBRELLA_KINDS = new Set<SectionKind>(['responsibilities', 'qualifications']);

/** The content's log-likelihoods are divided by BASE + PER_ROOT_FEATURE × √(features): naive Bayes
 *  counts correlated words as independent, so its raw certainty grows too fast with length. */
const TEMPERATURE_BASE = 3;
const TEMPERATURE_PER_ROOT_FEATURE = 2;
/** How far the keyword rules (classify.ts) are believed when they name a kind. */
const RULE_CONFIDENCE = 0.8;
/** Extra weight `other` gets when no heading names a kind (a multiple of its content probability). */
const OTHER_WHEN_UNSURE = 16;

export interface KindScores {
  /** The kind the text reads as most. */
  kind: SectionKind;
  /** Its probability under the tempered content model. */
  confidence: number;
  /** Probability per kind the model knows (kinds it never saw in training are absent). */
  probabilities: Partial<Record<SectionKind, number>>;
  /** Distinct features of the text the model knows (0: the text says nothing the model can read). */
  features: number;
}

function softmax(scores: ArrayLike<number>, temperature: number): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]!);
  const out = Float64Array.from(scores, (s) => Math.exp((s - max) / temperature));
  const sum = out.reduce((a, b) => a + b, 0);
  return out.map((p) => p / sum);
}

/** What an unheaded paragraph or any block of text reads as, with a probability per kind
 *  (under the shipped model, or another one: the training script's cross-validation). A heading
 *  the catalog does not know, when given, is read with the text (its words as heading features). */
export function contentKindScores(text: string, model: CompiledKindModel = MODEL, heading: string | null = null): KindScores {
  const content = scoreContent(model, text, heading);
  const p = softmax(content.scores, TEMPERATURE_BASE + TEMPERATURE_PER_ROOT_FEATURE * Math.sqrt(content.known));
  const probabilities: Partial<Record<SectionKind, number>> = {};
  let best = 0;
  p.forEach((v, i) => {
    probabilities[model.kinds[i]!] = v;
    if (v > p[best]!) best = i;
  });
  return { kind: model.kinds[best]!, confidence: p[best]!, probabilities, features: content.known };
}

export interface KindInput {
  /** The heading as written, or null for an unheaded block. */
  heading: string | null;
  /** The catalog's kind for the heading (kindForHeading / kindForSentenceHeading), null when it knows none. */
  headingKind: SectionKind | null;
  /** How sure the caller is of headingKind (0–1); by default judged from how the catalog matched the heading. */
  headingConfidence?: number;
  /** The section's text after the heading. */
  body: string;
  /** The body's lines, when the caller has them split already (joined with newlines otherwise unused). */
  bodyLines?: string[];
  position?: 'top' | 'middle' | 'end';
  /** The content model to read the body with (the shipped one by default; cross-validation passes its own). */
  model?: CompiledKindModel;
}

export interface KindDecision {
  kind: SectionKind;
  /** Probability of the kind under the combined evidence (0–1). */
  confidence: number;
  /** Why, in words: one line per piece of evidence. */
  evidence: string[];
}

/** The heading without trailing spaces, colons and dashes (a scan from the end: a regex anchored at `$` would backtrack). */
function headingLabel(heading: string): string {
  let end = heading.length;
  while (end > 0 && /[\s:–—-]/.test(heading[end - 1]!)) end--;
  return heading.slice(0, end);
}

/** How much the heading is believed, from the caller's figure or from how the catalog matched it. */
function headingBelief(input: KindInput, kind: SectionKind): { confidence: number; how: string } {
  if (input.headingConfidence !== undefined) return { confidence: input.headingConfidence, how: 'given' };
  const match = input.heading ? kindForHeading(headingLabel(input.heading)) : null;
  if (match && match.kind === kind && match.contentDecides) return { confidence: HEADING_CONFIDENCE.contentDecides, how: 'content decides' };
  if (UMBRELLA_KINDS.has(kind)) return { confidence: HEADING_CONFIDENCE.umbrella, how: 'umbrella' };
  if (match && match.kind === kind) return match.exact ? { confidence: HEADING_CONFIDENCE.exact, how: 'exact' } : { confidence: HEADING_CONFIDENCE.cue, how: 'cue' };
  return { confidence: HEADING_CONFIDENCE.cue, how: 'sentence' };
}

function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/** Log-evidence for one kind held with `confidence`, the rest shared evenly among the other kinds. */
function pointEvidence(kinds: readonly SectionKind[], kind: SectionKind, confidence: number): number[] {
  const others = Math.log((1 - confidence) / (kinds.length - 1));
  return kinds.map((k) => (k === kind ? Math.log(confidence) : others));
}

/** The requirement kinds whose patterns a line names (a line may name a degree and years of experience both; an age is qualifications). */
function requirementsNamed(line: string): SectionKind[] {
  const named: SectionKind[] = [];
  if (namesLicense(line)) named.push('licensure');
  if (EDUCATION.test(line)) named.push('education');
  if (EXPERIENCE.test(line)) named.push('experience');
  // An age to reach is a requirement of its own: with a diploma beside it the list is the hiring requirements.
  if (MINIMUM_AGE.test(line)) named.push('qualifications');
  return named;
}

/** A list item's marker or number and the spaces after it. */
const LIST_MARK = /^\s*(?:[-•*▪◦●·–]\s*|\d{1,2}[.)]\s*|[a-z][.)]\s+)?/;

/**
 * The keyword rules' reading of the body (classify.ts): a third, weaker witness. A body that names
 * several kinds of requirement ("a diploma and two years of experience") is a mixed requirements
 * list: qualifications. In a body of several lines the rules read each line, and a kind only some
 * lines read as is no reading of the whole (one diploma line among training lines is not education).
 */
function ruleKind(body: string): SectionKind | null {
  const lines = body.split('\n').filter((l) => l.trim().length > 0);
  const named = new Set(lines.flatMap(requirementsNamed));
  if (named.size >= 2) return 'qualifications';
  // Lines that each open on a duty verb ("- Gives first aid.", "- Keeps health records.") are duties,
  // however few their words: a short list's words alone read as summary or requirements as readily.
  if (lines.length >= 2 && lines.every((l) => opensLikeDuty(l.replace(LIST_MARK, '')))) return 'responsibilities';
  if (lines.length < 2) return paragraphKind(body) ?? contentKind(body);
  const whole = paragraphKind(body) ?? contentKind(body);
  if (whole === null) return null;
  let agree = 0;
  for (const line of lines) if ((paragraphKind(line) ?? contentKind(line)) === whole) agree++;
  return agree * 2 > lines.length ? whole : null;
}

/** The kind of a section, from its heading's catalog kind and its body's content together. */
export function decideKind(input: KindInput): KindDecision {
  const body = input.body.length === 0 && input.bodyLines ? input.bodyLines.join('\n') : input.body;
  const headingKind = input.headingKind;
  if (headingKind === 'title' || headingKind === 'header') return { kind: headingKind, confidence: 1, evidence: [`heading names ${headingKind}`] };
  const model = input.model ?? MODEL;
  // The words of a heading the catalog does not name ("Substitute Duty Hours") are read with the body: the model learned
  // them from the headings it does name. A named heading is evidence of its own (read twice, it would count twice).
  const content = contentKindScores(body, model, !headingKind && input.heading ? input.heading : null);
  const evidence: string[] = [];
  const belief = headingKind ? headingBelief(input, headingKind) : null;
  // Every kind the catalog, the model or the rules can name; kinds outside the model get no content evidence.
  const rule = content.features > 0 ? ruleKind(body) : null;
  const kinds = [...new Set<SectionKind>([...model.kinds, ...(headingKind ? [headingKind] : []), ...(rule ? [rule] : []), 'other'])];
  const total = kinds.map(() => 0);
  if (headingKind && belief) {
    evidence.push(`heading "${input.heading ?? ''}" names ${headingKind} (${belief.how}, ${percent(belief.confidence)})`);
    // A heading whose kind the content decides ("Job Description") names no kind by itself.
    if (belief.how !== 'content decides') pointEvidence(kinds, headingKind, belief.confidence).forEach((v, i) => (total[i]! += v));
  } else if (input.heading) evidence.push(`heading "${input.heading}" names no kind the catalog knows`);
  if (content.features === 0) {
    evidence.push('no body text the classifier knows');
    // Nothing to read: an empty "Benefits" is still benefits; an empty "About the job" or an unknown heading is page text.
    const kind = headingKind && belief && belief.how !== 'content decides' ? headingKind : 'other';
    return { kind, confidence: kind === headingKind ? belief!.confidence : 0.5, evidence };
  }
  evidence.push(`body reads as ${content.kind} (${percent(content.confidence)}, ${content.features} known features)`);
  // A kind the model was not trained on (residency, department) gets an even share: no evidence either way.
  kinds.forEach((k, i) => (total[i]! += Math.log(content.probabilities[k] ?? 1 / model.kinds.length)));
  if (rule) {
    evidence.push(`keyword rules read the body as ${rule}`);
    pointEvidence(kinds, rule, RULE_CONFIDENCE).forEach((v, i) => (total[i]! += v));
  }
  if (!headingKind || belief?.how === 'content decides') {
    // Weak evidence all round means the section is about nothing the kinds name.
    total[kinds.indexOf('other')]! += Math.log(OTHER_WHEN_UNSURE);
  }
  const p = softmax(total, 1);
  let best = 0;
  p.forEach((v, i) => {
    if (v > p[best]!) best = i;
  });
  const kind = kinds[best]!;
  if (headingKind && kind !== headingKind) evidence.push(`the body's evidence outweighs the heading's: ${kind}`);
  return { kind, confidence: p[best]!, evidence };
}
