// The cold first analysis: a fresh process loading the (bundled) analysis code and analysing one
// posting, against the same posting analysed again in that process (warm). The entry is bundled
// with esbuild, like dist/, into a temporary folder, so tsx's compile time is not counted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { CORPUS, ROOT } from './inputs.ts';
import { median, ms, type Table } from './table.ts';

interface ColdRun {
  load: number;
  dictionary: number;
  first: number;
  second: number;
  warm: number;
}

export async function cold(table: Table): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'postwright-cold-'));
  try {
    const bundle = join(dir, 'cold.js');
    // The bundle sits where dist/ bundles sit relative to the dictionary, as in a real run.
    await esbuild.build({ entryPoints: [join(ROOT, 'bench', 'cold-entry.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', banner: { js: 'globalThis.benchStart = performance.now();' }, define: { __dirname: JSON.stringify(join(ROOT, 'dist')) } });
    const run = (mode: string): ColdRun => JSON.parse(execFileSync(process.execPath, [bundle, CORPUS[0]!.path, CORPUS[1]!.path, mode], { encoding: 'utf8' })) as ColdRun;
    const plain = [1, 2, 3, 4, 5].map(() => run(''));
    const dictFirst = [1, 2, 3].map(() => run('dictionary-first'));
    const m = (xs: ColdRun[], k: keyof ColdRun) => median(xs.map((x) => x[k]));
    const S = `Cold and warm analysis in a fresh process (${CORPUS[0]!.name}, ${(CORPUS[0]!.text.length / 1024).toFixed(1)} KB; median of 5)`;
    table.add(S, 'loading the bundled analysis code', ms(m(plain, 'load')));
    table.add(S, 'first analyze() in the process (cold)', ms(m(plain, 'first')));
    table.add(S, '  of which loading the spelling dictionary (median of 3)', ms(m(dictFirst, 'dictionary')));
    table.add(S, 'second analyze(), another posting', ms(m(plain, 'second')));
    table.add(S, 'analyze() of the first posting again (warm, median of 20)', ms(m(plain, 'warm')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
