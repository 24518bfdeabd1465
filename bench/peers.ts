// Peers in-process on the same 300 files: alex's text(), write-good's function, textlint's
// createLinter().lintText() with textlint-rule-write-good, against analyze(), per document, each
// within a time budget. The whole-process comparison (each CLI the way its docs show) is whole.ts.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis.ts';
import { floorInProcess } from './floor.ts';
import { CORPUS, ROOT } from './inputs.ts';
import { median, ms, ratio, type Table } from './table.ts';

const require = createRequire(join(ROOT, 'package.json'));

/** Per-document in-process time, best of 2 runs per document, within a time budget. */
async function perDoc(fn: (text: string, name: string) => unknown, budgetMs: number): Promise<{ median: number; docs: number; findings: number }> {
  const times: number[] = [];
  let findings = 0;
  await fn(CORPUS[0]!.text, CORPUS[0]!.name); // load and warm up
  const start = performance.now();
  for (const d of CORPUS) {
    let best = Infinity;
    for (let r = 0; r < 2; r++) {
      const t0 = performance.now();
      const out = await fn(d.text, d.name);
      best = Math.min(best, performance.now() - t0);
      if (r === 0) findings += count(out);
    }
    times.push(best);
    if (performance.now() - start > budgetMs) break;
  }
  return { median: median(times), docs: times.length, findings };
}

function count(out: unknown): number {
  if (Array.isArray(out)) return out.length;
  if (out && typeof out === 'object') {
    const o = out as { messages?: unknown[]; findings?: unknown[] };
    return (o.messages ?? o.findings ?? []).length;
  }
  return 0;
}

export async function peers(table: Table): Promise<void> {
  const files = CORPUS.map((d) => d.path);
  const P = `In-process per document over the ${files.length} files (median per document; findings in total)`;
  const floorDoc = floorInProcess();
  table.add(P, 'floor: read + split one file', ms(floorDoc));
  const BUDGET = 6_000;
  const own = await perDoc((t) => analyze(t, { today: '2025-06-01' }), BUDGET);
  table.add(P, `postwright analyze() (${own.docs} docs, ${own.findings} findings)`, ms(own.median));

  const alex = (await import('alex')) as { text: (value: string, config?: unknown) => { messages: unknown[] } };
  const a = await perDoc((t) => alex.text(t), BUDGET);
  table.add(P, `alex text() (${a.docs} docs, ${a.findings} findings)`, ms(a.median), 'issue saw ≈ 40 ms/doc');
  table.add(P, '  postwright / alex', ratio(own.median / a.median), '< 1× (faster)', own.median < a.median);

  const writeGood = require('write-good') as (text: string) => unknown[];
  const w = await perDoc((t) => writeGood(t), BUDGET);
  table.add(P, `write-good() (${w.docs} docs, ${w.findings} findings)`, ms(w.median), 'issue saw ≈ 11 ms/doc');
  table.add(P, '  postwright / write-good', ratio(own.median / w.median), '< 1× (faster)', own.median < w.median);

  const textlint = require('textlint') as typeof import('textlint');
  const rule = (require('textlint-rule-write-good') as { default: unknown }).default;
  const descriptor = (await textlint.loadTextlintrc()).shallowMerge({ rules: [{ ruleId: 'write-good', rule: rule as never }] });
  const linter = textlint.createLinter({ descriptor });
  const tl = await perDoc((t, name) => linter.lintText(t, join(ROOT, 'test', 'corpus', 'postings', name)), BUDGET);
  table.add(P, `textlint + write-good lintText() (${tl.docs} docs, ${tl.findings} findings)`, ms(tl.median));
  table.add(P, '  postwright / textlint', ratio(own.median / tl.median), '< 1× (faster)', own.median < tl.median);
  table.add(P, 'postwright / floor (read + split)', ratio(own.median / floorDoc));
}
