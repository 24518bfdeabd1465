// The section-kind content classifier at run time: the trained naive-Bayes counts
// (kind-model.json, written by scripts/train-kinds.ts) compiled once into log-probabilities.
// Scoring a text is one map look-up per distinct feature. The compiled model is immutable data.
import type { SectionKind } from './posting.ts';
import { headingFeatures, kindTokens, layoutFeatures } from './kind-features.ts';

/** The stored model: per-kind section counts and, per feature, the sections of each kind that hold it. */
export interface KindModel {
  /** What the file is and how to rebuild it. */
  generated: string;
  /** Dirichlet smoothing mass: how many feature occurrences of the background each kind starts with. */
  smoothing: number;
  kinds: SectionKind[];
  /** Training sections per kind (the prior). */
  sections: number[];
  /** Per feature: [kind index, sections of that kind holding the feature, …] for the kinds that have it. */
  features: Record<string, number[]>;
}

export interface CompiledKindModel {
  readonly kinds: readonly SectionKind[];
  readonly logPrior: Float64Array;
  /** The log-likelihood row of a feature (one value per kind), or undefined for a feature the model does not know. */
  row(feature: string): Float64Array | undefined;
  /** The same for the bigram `first second`, looked up by its two words: scoring builds no bigram strings. */
  bigramRow(first: string, second: string): Float64Array | undefined;
}

export interface ContentScores {
  /** The kind the content reads as most. */
  kind: SectionKind;
  /** Log joint score per kind (prior + Σ log P(feature | kind)), in the order of `kinds`. */
  scores: Float64Array;
  kinds: readonly SectionKind[];
  /** How many distinct features of the text the model knows. */
  known: number;
}

/** A known feature: its stored counts, and its row once a text has asked for it. */
interface FeatureEntry {
  readonly sparse: readonly number[];
  row: Float64Array | null;
}

/**
 * Compiles the totals at once and each feature's row the first time a text holds the feature: a
 * process reads a few hundred of the thousands of features for its first postings, and building
 * every row (a Float64Array and a log per kind each) was most of the CLI's start-up work on an
 * empty file. A row is the same numbers computed the same way whenever it is built, and it is
 * kept, so a feature keeps one row object (scoreContent deduplicates rows by identity).
 */
export function compileKindModel(model: KindModel): CompiledKindModel {
  const k = model.kinds.length;
  const entries = new Map<string, FeatureEntry>();
  const bigrams = new Map<string, Map<string, FeatureEntry>>();
  const totals = new Float64Array(k);
  // Σ over features of each feature's own total, added in the features' order.
  let all = 0;
  for (const f of Object.keys(model.features)) {
    const sparse = model.features[f]!;
    let featureTotal = 0;
    for (let i = 0; i < sparse.length; i += 2) {
      totals[sparse[i]!]! += sparse[i + 1]!;
      featureTotal += sparse[i + 1]!;
    }
    all += featureTotal;
    const entry: FeatureEntry = { sparse, row: null };
    entries.set(f, entry);
    const space = f.indexOf(' ');
    if (space < 0) continue;
    const first = f.slice(0, space);
    let seconds = bigrams.get(first);
    if (!seconds) bigrams.set(first, (seconds = new Map()));
    seconds.set(f.slice(space + 1), entry);
  }
  const features = entries.size;
  const denominators = totals.map((t) => Math.log(t + model.smoothing));
  // Dirichlet smoothing towards the feature's share over all kinds: a kind with few training
  // sections falls back to the background instead of winning on every feature it never saw.
  const rowOf = (entry: FeatureEntry | undefined): Float64Array | undefined => {
    if (!entry) return undefined;
    if (entry.row) return entry.row;
    const { sparse } = entry;
    let featureTotal = 0;
    for (let i = 1; i < sparse.length; i += 2) featureTotal += sparse[i]!;
    const background = (model.smoothing * (featureTotal + 1)) / (all + features);
    const row = denominators.map((d) => Math.log(background) - d);
    for (let i = 0; i < sparse.length; i += 2) row[sparse[i]!] = Math.log(sparse[i + 1]! + background) - denominators[sparse[i]!]!;
    return (entry.row = row);
  };
  const sections = model.sections.reduce((a, b) => a + b, 0);
  const logPrior = Float64Array.from(model.sections, (n) => Math.log(n / sections));
  return {
    kinds: model.kinds,
    logPrior,
    row: (feature) => rowOf(entries.get(feature)),
    bigramRow: (first, second) => rowOf(bigrams.get(first)?.get(second)),
  };
}

/** The content scores of a text, with the words of its heading when one is given (training gives every section's). */
export function scoreContent(model: CompiledKindModel, text: string, heading: string | null = null): ContentScores {
  // The rows of the text's distinct known features (kindFeatures' set, without building bigram strings).
  const rows = new Set<Float64Array>();
  const tokens = kindTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const unigram = model.row(tokens[i]!);
    if (unigram) rows.add(unigram);
    const bigram = i + 1 < tokens.length ? model.bigramRow(tokens[i]!, tokens[i + 1]!) : undefined;
    if (bigram) rows.add(bigram);
  }
  if (tokens.length > 0) {
    for (const f of layoutFeatures(text)) {
      const row = model.row(f);
      if (row) rows.add(row);
    }
  }
  // A heading's words (`h:hours`, rows of their own): evidence beside the body's, and none when there is no
  // body to read (an empty section under an unknown heading stays page text, as before).
  if (heading && tokens.length > 0) {
    for (const f of headingFeatures(heading)) {
      const row = model.row(f);
      if (row) rows.add(row);
    }
  }
  const scores = Float64Array.from(model.logPrior);
  for (const row of rows) for (let i = 0; i < row.length; i++) scores[i]! += row[i]!;
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  return { kind: model.kinds[best]!, scores, kinds: model.kinds, known: rows.size };
}
