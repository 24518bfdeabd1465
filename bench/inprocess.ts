// In-process speed of parse and of parse + all rules (analyze): per seed, and over the corpus.
import { analyze } from '../server/src/analysis.ts';
import { complete } from '../server/src/features/completion.ts';
import { parse } from '../server/src/model/parse.ts';
import { CORPUS, CORPUS_BYTES, SEEDS } from './inputs.ts';
import { median, ms, percentile, type Table, timeRuns } from './table.ts';

const TODAY = '2025-06-01';

export function inProcess(table: Table): { analyzeMedianPerDoc: number } {
  const S = 'In-process, per seed (median / p95 of 300 runs)';
  for (const seed of SEEDS) {
    const p = timeRuns(() => parse(seed.text), 300, 50);
    const a = timeRuns(() => analyze(seed.text, { today: TODAY }), 300, 50);
    const kb = (seed.text.length / 1024).toFixed(1);
    table.add(S, `parse ${seed.name} (${kb} KB)`, `${ms(median(p))} / ${ms(percentile(p, 95))}`, 'median < 0.2 ms', median(p) < 0.2);
    table.add(S, `parse + all rules ${seed.name}`, `${ms(median(a))} / ${ms(percentile(a, 95))}`, 'median < 0.5 ms', median(a) < 0.5);
  }
  // Completion at the start of every line of every seed (what a writer's Ctrl+Space costs once the
  // analysis is there); moved here from a timed unit test.
  const c: number[] = [];
  for (const seed of SEEDS) {
    const analysis = analyze(seed.text, { today: TODAY });
    for (let line = 0; line < analysis.posting.lines.length; line++) {
      const t0 = performance.now();
      complete(analysis, { line, character: 0 }, { today: TODAY });
      c.push(performance.now() - t0);
    }
  }
  table.add(S, `completion at each line start, all seeds (${c.length} requests)`, `${ms(median(c))} / ${ms(percentile(c, 95))}`, 'p95 < 10 ms', percentile(c, 95) < 10);

  const C = `In-process, the ${CORPUS.length} corpus postings (${(CORPUS_BYTES / 1e6).toFixed(2)} MB)`;
  // Per document: median and p95 over all documents (each the best of 5 runs, after a warm-up pass).
  for (const d of CORPUS) analyze(d.text, { today: TODAY });
  const perDoc = (fn: (t: string) => unknown) =>
    CORPUS.map((d) => {
      let best = Infinity;
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now();
        fn(d.text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    });
  const pDoc = perDoc(parse);
  const aDoc = perDoc((t) => analyze(t, { today: TODAY }));
  table.add(C, 'parse per posting (median / p95)', `${ms(median(pDoc))} / ${ms(percentile(pDoc, 95))}`);
  table.add(C, 'parse + all rules per posting (median / p95)', `${ms(median(aDoc))} / ${ms(percentile(aDoc, 95))}`);
  // Throughput: whole passes over the corpus, median of 5.
  const pass = (fn: (t: string) => unknown) =>
    median(
      timeRuns(
        () => {
          for (const d of CORPUS) fn(d.text);
        },
        5,
        1,
      ),
    );
  const pPass = pass(parse);
  const aPass = pass((t) => analyze(t, { today: TODAY }));
  const rate = (t: number) => `${Math.round((CORPUS.length / t) * 1000).toLocaleString('en-US')} postings/s, ${(CORPUS_BYTES / 1e6 / (t / 1000)).toFixed(1)} MB/s`;
  table.add(C, 'parse throughput', rate(pPass));
  table.add(C, 'parse + all rules throughput', rate(aPass));
  return { analyzeMedianPerDoc: median(aDoc) };
}
