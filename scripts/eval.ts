// `npm run eval`: Postwright's analysis against the hand labels (seeds/labels.json and
// test/devset/labels/*.json), one table per set. --verbose adds what each posting missed,
// --json prints the figures for machines, --write-floors records them in test/devset/floors.json
// (the floor test keeps them from dropping), --only=PREFIX scores only the dev-set labels whose id
// starts with PREFIX (e.g. a batch labelled before any tuning), --explain-findings prints the
// false warnings by rule and the missed findings by label rule for the seeds and the tune split
// (the holdout is left out: it is for checking, not tuning). See test/devset/README.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { holdoutBalance, loadDevsetLabels, loadSeedLabels, postingLines, validateLabel, type EvalLabel } from './eval/labels.ts';
import { floorTo2, METRIC_NAMES, METRICS, ratio, type Count, type Metric, type PostingScore } from './eval/metrics.ts';
import { EVAL_TODAY, evaluate, type Evaluation, type SetResult } from './eval/run.ts';
import { explainFindings } from './eval/explain.ts';

export const FLOORS_FILE = 'test/devset/floors.json';

const root = join(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const onlyArg = [...args].find((a) => a.startsWith('--only='));
const onlyPrefix = onlyArg?.slice('--only='.length);
const unknown = [...args].filter((a) => a !== onlyArg && !['--verbose', '--json', '--write-floors', '--explain-findings'].includes(a));
if (unknown.length || onlyPrefix === '' || (onlyPrefix && args.has('--write-floors'))) {
  console.error(`unknown option ${unknown.join(' ')}; use --verbose, --json, --explain-findings, --only=PREFIX or --write-floors (not with --only)`);
  process.exit(2);
}

function percent(c: Count): string {
  const r = ratio(c);
  return r === undefined ? '   –  ' : `${(r * 100).toFixed(1).padStart(5)}%`;
}

function table(set: SetResult): string {
  const rows = METRICS.map((m) => `  ${METRIC_NAMES[m].padEnd(30)} ${percent(set.counts[m])}  ${String(set.counts[m].hit).padStart(4)} / ${set.counts[m].total}`);
  return [`${set.name} (${set.ids.length} postings)`, ...rows].join('\n');
}

function details(p: PostingScore): string {
  const out: string[] = [`- ${p.id}`];
  const put = (title: string, items: string[]): void => {
    if (items.length) out.push(`    ${title}:`, ...items.map((i) => `      ${i}`));
  };
  put('labelled sections not started by the parser', p.missedSections.map((s) => `line ${s.line} ${s.kind}${s.level === 2 ? ' (level 2)' : ''}: ${s.heading ?? '(no heading)'}`));
  put('started at the right line, wrong kind', p.wrongKindSections.map((w) => `line ${w.label.line}: labelled ${w.label.kind}, parsed ${w.parsedKind}`));
  put('parsed sections no label has', p.extraSections.map((s) => `line ${s.line} ${s.kind}`));
  put('said missing but present', p.falseMissing);
  put('missing but not noticed', p.unnoticedMissing);
  put('warnings no finding explains', p.unmatchedWarnings.map((w) => `line ${w.line} ${w.rule}${w.onFine ? ' (on a fine line)' : ''}: ${w.message}`));
  put('labelled findings not reported', p.missedFindings.map((f) => `${f.line === null ? 'document' : `line ${f.line}`} ${f.rule}${f.serious ? ' (serious)' : ''}: ${f.note}`));
  return out.join('\n');
}

function figures(set: SetResult): Partial<Record<Metric, number>> {
  const out: Partial<Record<Metric, number>> = {};
  for (const m of METRICS) {
    const r = ratio(set.counts[m]);
    if (r !== undefined) out[m] = r;
  }
  return out;
}

function writeFloors(e: Evaluation): void {
  const sets: Record<string, { ids: string[]; floors: Partial<Record<Metric, number>> }> = {};
  for (const s of e.sets.filter((x) => x.name !== 'devset-all')) {
    const floors: Partial<Record<Metric, number>> = {};
    for (const [m, v] of Object.entries(figures(s)) as Array<[Metric, number]>) floors[m] = floorTo2(v);
    sets[s.name] = { ids: s.ids, floors };
  }
  const doc = {
    about: 'Written by `npm run eval -- --write-floors`: each figure as measured, rounded down to 2 decimals, over exactly these label ids. test/unit/eval-floor.test.ts fails when a figure drops below its floor. Rewrite it when a change raises the figures or when labels are added.',
    today: EVAL_TODAY,
    sets,
  };
  writeFileSync(join(root, FLOORS_FILE), JSON.stringify(doc, null, 2) + '\n');
}

/** Labels that pass validation; the others are named on stderr and left out (the label test fails on them). */
function usable(labels: EvalLabel[]): EvalLabel[] {
  return labels.filter((l) => {
    const errors = validateLabel(l, postingLines(root, l.file));
    if (errors.length) console.error(`skipping ${l.origin}${l.split === 'seed' ? ` ${l.id}` : ''}: ${errors.join('; ')}`);
    return errors.length === 0;
  });
}

const seeds = usable(loadSeedLabels(root));
const devset = usable(loadDevsetLabels(root)).filter((l) => !onlyPrefix || l.id.startsWith(onlyPrefix));
const evaluation = evaluate(root, seeds, devset);

if (args.has('--json')) {
  const sets = evaluation.sets.map((s) => ({ name: s.name, ids: s.ids, counts: s.counts, figures: figures(s), ...(args.has('--verbose') ? { postings: s.postings } : {}) }));
  console.log(JSON.stringify({ today: EVAL_TODAY, countLevel2: evaluation.countLevel2, sets }, null, 2));
} else {
  console.log(`Postwright against the hand labels (analysis as of ${EVAL_TODAY}; ${seeds.length} seed and ${devset.length} dev-set postings)`);
  console.log(
    evaluation.countLevel2
      ? 'The parser gives sections levels: level-2 labels count as section starts.'
      : 'The parser has no section levels yet: level-2 labels are left out of "sections right" and "boundaries" (outline precision still accepts them).',
  );
  console.log(`Holdout share per id prefix: ${holdoutBalance(devset).map((b) => `${b.prefix} ${b.holdout}/${b.total}`).join(', ') || 'no dev-set labels'}`);
  for (const s of evaluation.sets) console.log(`\n${table(s)}`);
  if (args.has('--verbose')) {
    for (const s of evaluation.sets.filter((x) => x.name !== 'devset-all')) {
      console.log(`\n## ${s.name}: per posting`);
      for (const p of s.postings) console.log(details(p));
    }
  }
  if (args.has('--explain-findings')) {
    for (const s of evaluation.sets.filter((x) => x.name === 'seeds' || x.name === 'devset-tune')) console.log(`\n${explainFindings(s)}`);
  }
}
if (args.has('--write-floors')) {
  writeFloors(evaluation);
  if (!args.has('--json')) console.log(`\nwrote ${FLOORS_FILE}`);
}
