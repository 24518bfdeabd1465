// The section-kind content classifier at run time: the trained naive-Bayes counts
// (kind-model.json, written by scripts/train-kinds.ts) compiled once into log-probabilities.
// Scoring a text is one map look-up per distinct feature. The compiled model is immutable data.
import type { SectionKind } from './posting.ts';
import { kindTokens, layoutFeatures } from './kind-features.ts';

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
  readonly logLikelihood: ReadonlyMap<string, Float64Array>;
  /** The same rows for bigrams, keyed by first word then second: scoring builds no bigram strings. */
  readonly bigrams: ReadonlyMap<string, ReadonlyMap<string, Float64Array>>;
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

export function compileKindModel(model: KindModel): CompiledKindModel {
  const k = model.kinds.length;
  const names = Object.keys(model.features);
  const totals = new Float64Array(k);
  const featureTotals = new Float64Array(names.length);
  names.forEach((f, j) => {
    const sparse = model.features[f]!;
    for (let i = 0; i < sparse.length; i += 2) {
      totals[sparse[i]!]! += sparse[i + 1]!;
      featureTotals[j]! += sparse[i + 1]!;
    }
  });
  // Dirichlet smoothing towards the feature's share over all kinds: a kind with few training
  // sections falls back to the background instead of winning on every feature it never saw.
  const all = featureTotals.reduce((a, b) => a + b, 0);
  const denominators = totals.map((t) => Math.log(t + model.smoothing));
  const logLikelihood = new Map<string, Float64Array>();
  names.forEach((f, j) => {
    const background = (model.smoothing * (featureTotals[j]! + 1)) / (all + names.length);
    const row = denominators.map((d) => Math.log(background) - d);
    const sparse = model.features[f]!;
    for (let i = 0; i < sparse.length; i += 2) row[sparse[i]!] = Math.log(sparse[i + 1]! + background) - denominators[sparse[i]!]!;
    logLikelihood.set(f, row);
  });
  const bigrams = new Map<string, Map<string, Float64Array>>();
  for (const [f, row] of logLikelihood) {
    const space = f.indexOf(' ');
    if (space < 0) continue;
    const first = f.slice(0, space);
    if (!bigrams.has(first)) bigrams.set(first, new Map());
    bigrams.get(first)!.set(f.slice(space + 1), row);
  }
  const sections = model.sections.reduce((a, b) => a + b, 0);
  const logPrior = Float64Array.from(model.sections, (n) => Math.log(n / sections));
  return { kinds: model.kinds, logPrior, logLikelihood, bigrams };
}

export function scoreContent(model: CompiledKindModel, text: string): ContentScores {
  // The rows of the text's distinct known features (kindFeatures' set, without building bigram strings).
  const rows = new Set<Float64Array>();
  const tokens = kindTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const unigram = model.logLikelihood.get(tokens[i]!);
    if (unigram) rows.add(unigram);
    const bigram = i + 1 < tokens.length ? model.bigrams.get(tokens[i]!)?.get(tokens[i + 1]!) : undefined;
    if (bigram) rows.add(bigram);
  }
  if (tokens.length > 0) {
    for (const f of layoutFeatures(text)) {
      const row = model.logLikelihood.get(f);
      if (row) rows.add(row);
    }
  }
  const scores = Float64Array.from(model.logPrior);
  for (const row of rows) for (let i = 0; i < row.length; i++) scores[i]! += row[i]!;
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  return { kind: model.kinds[best]!, scores, kinds: model.kinds, known: rows.size };
}
