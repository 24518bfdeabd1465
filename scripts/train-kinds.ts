// Trains the section-kind content classifier (multinomial naive Bayes over kind-features.ts) and
// writes server/src/model/kind-model.json. `npm run train:kinds` rebuilds it; `-- --cv` also prints
// 5-fold cross-validated accuracy (folds by posting). Deterministic: same inputs, same bytes
// (test/unit/evidence-model.test.ts re-trains and compares).
//
// Data: the 300 corpus postings and the 5 seeds, cut at heading-shaped lines. A section whose
// heading the catalog names (an exact entry, a cue, or a sentence heading) is one training example,
// labelled with the heading's kind; its body is the text. Headings whose kind the content decides
// ("Job Description") and unknown headings only end the section before them. Corpus postings that
// the dev set labels (test/devset/labels/va-NNNN.json → test/corpus/postings/NNNN.txt) are left out
// so that the evaluation stays honest; only the label files' names are read for them.
//
// The dev set's tune labels are training data too: each labelled section (title and header left
// out) is one example of its labelled kind, its body running to the next labelled section. They are
// the only examples of unheaded sections and of headings the catalog does not know, from districts
// and boards the corpus does not hold. Holdout labels are never read here. `--cv` also reports the
// section-kind decision (evidence.ts decideKind) on each dev-set batch's tune sections with a model
// trained without that batch: the honest figure for postings from sources never trained on.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindForHeading, kindForSentenceHeading } from '../server/src/model/catalog.ts';
import { headingFeatures, HEADING_PREFIX, kindFeatures, kindTokens } from '../server/src/model/kind-features.ts';
import { compileKindModel, scoreContent, type CompiledKindModel, type KindModel } from '../server/src/model/kind-model.ts';
import { decideKind } from '../server/src/model/evidence.ts';
import type { SectionKind } from '../server/src/model/posting.ts';
import { wordCount } from '../server/src/model/text.ts';
import { idPrefix, loadDevsetLabels } from './eval/labels.ts';
import { labelledSections, type LabelledSection } from './eval-kinds.ts';

export const MODEL_PATH = 'server/src/model/kind-model.json';
/** The features kept: the most frequent by document frequency (ties alphabetical), each seen in at least MIN_DF sections. */
export const VOCABULARY_SIZE = 3000;
const MIN_DF = 2;
/** Dirichlet smoothing mass of the per-kind feature counts (kind-model.ts). */
export const SMOOTHING = 20;

export interface TrainingSection {
  posting: string;
  kind: SectionKind;
  heading: string;
  text: string;
}


const BULLET_START = /^(?:[-•*▪◦●·–]|\d{1,2}[.)]\s|[a-z][.)]\s)/;
const SENTENCE_END = /[.!?;,]$/;

/** A line that has the shape of a heading: short, not a bullet, not a sentence, and written as one. */
function headingShape(line: string): { label: string; colon: boolean } | null {
  if (line.length === 0 || line.length > 90 || BULLET_START.test(line)) return null;
  const colon = line.endsWith(':');
  const label = line.replace(/[\s:–—-]+$/, '').replace(/^[#*\s]+|[*\s]+$/g, '');
  if (label.length < 3 || SENTENCE_END.test(label) || wordCount(label) > 10) return null;
  const letters = label.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3) return null;
  const caps = letters === letters.toUpperCase();
  const titleCase = label.split(/\s+/).every((w) => w.length < 4 || !/^[a-z]/.test(w));
  return colon || caps || titleCase ? { label, colon } : null;
}

/** The kind a heading-shaped line names with confidence, 'boundary' for any other heading, null for body text. */
function lineRole(line: string): SectionKind | 'boundary' | null {
  const shape = headingShape(line);
  if (shape) {
    const match = kindForHeading(shape.label);
    if (match && !match.contentDecides) return match.kind;
    return 'boundary';
  }
  if (line.endsWith(':') && wordCount(line) <= 40) return kindForSentenceHeading(line);
  return null;
}

/** The labelled sections of one posting. */
export function sectionsOf(posting: string, text: string): TrainingSection[] {
  const out: TrainingSection[] = [];
  let open: { kind: SectionKind | 'boundary'; heading: string; body: string[] } | null = null;
  const close = () => {
    if (open && open.kind !== 'boundary' && open.kind !== 'title' && open.kind !== 'header') {
      const body = open.body.join('\n');
      if (kindTokens(body).length >= 2) out.push({ posting, kind: open.kind, heading: open.heading, text: body });
    }
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line.length === 0) continue;
    const role = lineRole(line);
    if (role) {
      close();
      open = { kind: role, heading: line, body: [] };
    } else if (open) open.body.push(line);
  }
  close();
  return out;
}

/** Corpus files the dev set labels, from the label files' names (va-0007.json → 0007.txt). */
export function devsetCorpusFiles(root: string): Set<string> {
  const names = readdirSync(join(root, 'test/devset/labels'));
  return new Set(names.filter((n) => /^va-\d{4}\.json$/.test(n)).map((n) => `${n.slice(3, 7)}.txt`));
}

/** The dev set's tune postings as labelled sections (holdout labels are not read). */
export function devsetTuneSections(root: string): LabelledSection[] {
  return loadDevsetLabels(root)
    .filter((l) => l.split === 'tune')
    .flatMap((l) => labelledSections(root, l));
}

/** A labelled dev-set section as a training example (the posting named `devset/<id>`), or null when its body holds too few words. */
function asTraining(s: LabelledSection): TrainingSection | null {
  return kindTokens(s.body).length >= 2 ? { posting: `devset/${s.posting}`, kind: s.kind, heading: s.heading ?? '', text: s.body } : null;
}

export function trainingSections(root: string): TrainingSection[] {
  return [...corpusSections(root), ...devsetTuneSections(root).flatMap((s) => asTraining(s) ?? [])];
}

/** The corpus's (less the dev set's Virginia postings) and the seeds' sections, cut at catalog headings. */
export function corpusSections(root: string): TrainingSection[] {
  const excluded = devsetCorpusFiles(root);
  const out: TrainingSection[] = [];
  const corpus = join(root, 'test/corpus/postings');
  for (const name of readdirSync(corpus).sort()) {
    if (!name.endsWith('.txt') || excluded.has(name)) continue;
    out.push(...sectionsOf(`corpus/${name}`, readFileSync(join(corpus, name), 'utf8')));
  }
  const seeds = join(root, 'seeds');
  for (const name of readdirSync(seeds).sort()) {
    if (name.endsWith('.txt')) out.push(...sectionsOf(`seeds/${name}`, readFileSync(join(seeds, name), 'utf8')));
  }
  return out;
}

/** Kinds with fewer training sections than this are left to the rules (residency, department). */
const MIN_SECTIONS_PER_KIND = 10;

export function trainKindModel(all: readonly TrainingSection[]): KindModel {
  const perKindCount = new Map<SectionKind, number>();
  for (const s of all) perKindCount.set(s.kind, (perKindCount.get(s.kind) ?? 0) + 1);
  const sections = all.filter((s) => perKindCount.get(s.kind)! >= MIN_SECTIONS_PER_KIND);
  const kinds = [...new Set(sections.map((s) => s.kind))].sort();
  const kindIndex = new Map(kinds.map((k, i) => [k, i]));
  // A section's heading words are features too (`h:…`): what the catalog's headings teach about headings it does not know.
  const featureSets = sections.map((s) => [...kindFeatures(s.text), ...headingFeatures(s.heading)]);
  const df = new Map<string, number>();
  for (const fs of featureSets) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  let bodyKept = 0;
  const vocabulary = [...df.entries()]
    .filter(([, n]) => n >= MIN_DF)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([f]) => f)
    // (Heading words are kept beside the body's vocabulary: each section holds one heading, so they would rarely reach its size.)
    .filter((f) => f.startsWith(HEADING_PREFIX) || bodyKept++ < VOCABULARY_SIZE)
    .sort();
  const inVocabulary = new Set(vocabulary);
  const counts = new Map<string, number[]>(vocabulary.map((f) => [f, kinds.map(() => 0)]));
  const perKind = kinds.map(() => 0);
  sections.forEach((s, i) => {
    const k = kindIndex.get(s.kind)!;
    perKind[k]!++;
    for (const f of featureSets[i]!) if (inVocabulary.has(f)) counts.get(f)![k]!++;
  });
  const features: Record<string, number[]> = {};
  for (const f of vocabulary) {
    const sparse: number[] = [];
    counts.get(f)!.forEach((n, k) => {
      if (n > 0) sparse.push(k, n);
    });
    features[f] = sparse;
  }
  return { generated: 'by scripts/train-kinds.ts (npm run train:kinds); do not edit', smoothing: SMOOTHING, kinds, sections: perKind, features };
}

/** The model file's exact bytes (one feature per line keeps diffs readable). */
export function serializeModel(model: KindModel): string {
  const head = JSON.stringify({ generated: model.generated, smoothing: model.smoothing, kinds: model.kinds, sections: model.sections });
  const lines = Object.entries(model.features).map(([f, v]) => `${JSON.stringify(f)}:${JSON.stringify(v)}`);
  return `${head.slice(0, -1)},"features":{\n${lines.join(',\n')}\n}}\n`;
}

/** k-fold accuracy, folds by posting (every section of a posting in the same fold). */
export function crossValidate(sections: readonly TrainingSection[], folds = 5): { accuracy: number; right: number; total: number } {
  const postings = [...new Set(sections.map((s) => s.posting))].sort();
  const foldOf = new Map(postings.map((p, i) => [p, i % folds]));
  let right = 0;
  for (let fold = 0; fold < folds; fold++) {
    const model = compileKindModel(trainKindModel(sections.filter((s) => foldOf.get(s.posting) !== fold)));
    for (const s of sections) {
      if (foldOf.get(s.posting) === fold && scoreContent(model, s.text).kind === s.kind) right++;
    }
  }
  return { accuracy: right / sections.length, right, total: sections.length };
}

/** Sections decideKind gives their labelled kind, reading bodies with `model`. */
function decidedRight(sections: readonly LabelledSection[], model: CompiledKindModel): number {
  return sections.filter((s) => decideKind({ heading: s.heading, headingKind: s.headingKind, body: s.body, model }).kind === s.kind).length;
}

export interface BatchResult {
  batch: string;
  total: number;
  /** Right with a model trained on everything but this batch. */
  right: number;
  /** Right with a model trained on the corpus and seeds only. */
  corpusOnly: number;
}

/** Leave-one-batch-out: each dev-set batch's tune sections decided with a model that never saw that batch. */
export function crossValidateBatches(root: string): BatchResult[] {
  const corpus = corpusSections(root);
  const devset = devsetTuneSections(root);
  const corpusModel = compileKindModel(trainKindModel(corpus));
  const batches = [...new Set(devset.map((s) => idPrefix(s.posting)))].sort();
  return batches.map((batch) => {
    const held = devset.filter((s) => idPrefix(s.posting) === batch);
    const rest = devset.filter((s) => idPrefix(s.posting) !== batch).flatMap((s) => asTraining(s) ?? []);
    const model = compileKindModel(trainKindModel([...corpus, ...rest]));
    return { batch, total: held.length, right: decidedRight(held, model), corpusOnly: decidedRight(held, corpusModel) };
  });
}

function main(): void {
  const root = process.cwd();
  const sections = trainingSections(root);
  const model = trainKindModel(sections);
  writeFileSync(join(root, MODEL_PATH), serializeModel(model));
  const byKind = model.kinds.map((k, i) => `${k} ${model.sections[i]}`).join(', ');
  console.log(`${MODEL_PATH}: ${sections.length} sections from ${new Set(sections.map((s) => s.posting)).size} postings (${byKind}); ${Object.keys(model.features).length} features`);
  if (process.argv.includes('--cv')) {
    const cv = crossValidate(sections);
    console.log(`5-fold cross-validated accuracy (by posting): ${(cv.accuracy * 100).toFixed(1)}% (${cv.right} / ${cv.total})`);
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`.padStart(6);
    console.log('decideKind on each dev-set batch (tune sections), model trained without the batch | corpus-only model:');
    const results = crossValidateBatches(root);
    for (const r of results) console.log(`  ${r.batch.padEnd(6)} ${pct(r.right, r.total)} (${r.right} / ${r.total}) | ${pct(r.corpusOnly, r.total)}`);
    const sum = (f: (r: BatchResult) => number) => results.reduce((a, r) => a + f(r), 0);
    const total = sum((r) => r.total);
    console.log(`  all    ${pct(sum((r) => r.right), total)} (${sum((r) => r.right)} / ${total}) | ${pct(sum((r) => r.corpusOnly), total)}`);
  }
}

if (process.argv[1] && /train-kinds\.ts$/.test(process.argv[1])) main();
