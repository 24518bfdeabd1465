// Peers on the same 300 files in the same run: alex, write-good and textlint (with
// textlint-rule-write-good). Whole-process: each CLI from node_modules/.bin the way its docs show
// (`alex --text FILES`, `write-good FILES`, `textlint --rule write-good FILES`) against
// `node dist/cli.js lint --format json FILES`. In-process per document: alex's text(), write-good's
// function, textlint's createLinter().lintText(), against analyze().
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis.ts';
import { floorInProcess, floorWholeProcess, timeProcess } from './floor.ts';
import { CORPUS, ROOT } from './inputs.ts';
import { median, ms, ratio, type Table } from './table.ts';

const require = createRequire(join(ROOT, 'package.json'));
const BIN = join(ROOT, 'node_modules', '.bin');

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
  const W = `Whole process over the same ${files.length} files (wall clock)`;
  const floor = await floorWholeProcess(3);
  table.add(W, 'floor: node reading + splitting the files', ms(floor));
  const pwRuns: number[] = [];
  let pwCode: number | null = null;
  for (let i = 0; i < 3; i++) {
    const r = await timeProcess(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'lint', '--format', 'json', ...files], ROOT);
    pwRuns.push(r.ms);
    pwCode = r.code;
  }
  const pw = median(pwRuns);
  const broken = pwCode === 2;
  table.add(W, `postwright lint --format json (median of 3)${broken ? ' [exit 2: lint not working]' : ''}`, ms(pw));
  table.add(W, 'postwright / floor', ratio(pw / floor), 'within 3× of the floor', pw / floor <= 3);
  for (const [name, bin, args] of [
    ['alex --text', 'alex', ['--text']],
    ['write-good', 'write-good', []],
    ['textlint --rule write-good', 'textlint', ['--rule', 'write-good']],
  ] as const) {
    const r = await timeProcess(join(BIN, bin), [...args, ...files], ROOT);
    table.add(W, `${name} (exit ${r.code})`, ms(r.ms));
    table.add(W, `  postwright / ${bin}`, ratio(pw / r.ms), '< 1× (faster)', pw < r.ms);
  }

  const P = `In-process per document over the ${files.length} files (median per document; findings in total)`;
  const floorDoc = floorInProcess();
  table.add(P, 'floor: read + split one file', ms(floorDoc));
  const BUDGET = 25_000;
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
