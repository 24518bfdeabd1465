// Runs Postwright's own analysis (server/src/analysis.ts analyze()) on each labelled posting and
// scores it (metrics.ts). Shared by `npm run eval` and the floor test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis.ts';
import { CONTENT_KINDS, loadDevsetLabels, loadSeedLabels, type EvalLabel } from './labels.ts';
import { scorePosting, sumCounts, type Counts, type Observed, type PostingScore } from './metrics.ts';

/** A fixed day, so that laws taking effect and dated checks do not move the figures from one day to the next. */
export const EVAL_TODAY = '2026-12-02';

export const SET_NAMES = ['seeds', 'devset-tune', 'devset-holdout', 'devset-all'] as const;
export type SetName = (typeof SET_NAMES)[number];

export interface SetResult {
  name: SetName;
  ids: string[];
  counts: Counts;
  postings: PostingScore[];
}

export interface Evaluation {
  /** Whether the parser gives sections levels; while it does not, level-2 labels are not counted as starts. */
  countLevel2: boolean;
  sets: SetResult[];
}

/** Postwright's view of one posting: outline, absent kinds, diagnostics (1-based lines). */
export function observe(text: string): Observed {
  const a = analyze(text, { today: EVAL_TODAY });
  return {
    sections: a.posting.sections.map((s) => {
      const level = (s as { level?: unknown }).level;
      return { line: s.line + 1, kind: s.kind, ...(typeof level === 'number' ? { level } : {}) };
    }),
    missing: [...a.missing],
    diagnostics: a.findings.map((f) => ({ line: f.range.start.line + 1, rule: f.rule, severity: f.severity, kind: f.kind, message: f.message })),
  };
}

export function labelsOfSet(name: SetName, seeds: readonly EvalLabel[], devset: readonly EvalLabel[]): EvalLabel[] {
  if (name === 'seeds') return [...seeds];
  if (name === 'devset-tune') return devset.filter((l) => l.split === 'tune');
  if (name === 'devset-holdout') return devset.filter((l) => l.split === 'holdout');
  return [...devset];
}

/** Scores the given labels; `sets` says which sets to report (each label is analysed once). */
export function evaluate(root: string, seeds: readonly EvalLabel[], devset: readonly EvalLabel[], sets: readonly SetName[] = SET_NAMES): Evaluation {
  const observed = new Map<EvalLabel, Observed>();
  for (const l of [...seeds, ...devset]) observed.set(l, observe(readFileSync(join(root, l.file), 'utf8')));
  const countLevel2 = [...observed.values()].some((o) => o.sections.some((s) => s.level !== undefined));
  const options = { judgedKinds: CONTENT_KINDS, countLevel2 };
  const scores = new Map<EvalLabel, PostingScore>();
  for (const [l, o] of observed) scores.set(l, scorePosting(l, o, options));
  return {
    countLevel2,
    sets: sets.map((name) => {
      const labels = labelsOfSet(name, seeds, devset);
      const postings = labels.map((l) => scores.get(l)!);
      return { name, ids: labels.map((l) => l.id), counts: sumCounts(postings), postings };
    }),
  };
}

/** Every label in the project. */
export function evaluateProject(root: string): Evaluation {
  return evaluate(root, loadSeedLabels(root), loadDevsetLabels(root));
}
