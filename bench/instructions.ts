// CPU work of analysing the corpus counted in machine instructions, not timed: on this shared 2-core
// machine the CPU time of the same run moves by ±5–10% with the other processes (the load average is
// often 5–10), which hides any change smaller than that. Under valgrind (cachegrind, no cache model)
// with V8's --predictable (one thread: no concurrent compiling or parallel GC, no randomness) the
// count does not depend on the load: over 30 postings it repeated to within a few thousand
// instructions in billions, over 300 to within 0.2%. Its limit is V8 itself: a small code change
// moves when V8 optimises which function (the tier-up budget counts bytecode run), which moved the
// count of the 300 by up to 2% either way (docs/performance.md, Stop 23), so it separates a gain of
// several per cent from nothing, not a smaller one. It counts the main thread's work including GC
// and compiling; cache misses and the background threads of a normal run are not in it, so confirm
// a gain with `npm run bench` on a quiet machine.
//
// `node --import tsx bench/instructions.ts [--postings N] [--base REF]` (needs valgrind; about a
// minute per 100 postings and version). Prints the instructions of a fresh process that loads the
// bundled analysis code and analyses no posting, and one that analyses the corpus's first N
// (default 100) as `postwright lint` does; the difference is the analysis. With --base, the same
// for the commit REF (its sources taken with `git archive`), run alongside.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './inputs.ts';

const FOLDER = join(ROOT, 'test', 'corpus', 'postings');

/** Bundles the entry against the sources of `tree` (its bench/instructions-entry.ts is this tree's own). */
async function bundle(tree: string, out: string): Promise<void> {
  if (tree !== ROOT) {
    mkdirSync(join(tree, 'bench'), { recursive: true });
    copyFileSync(join(ROOT, 'bench', 'instructions-entry.ts'), join(tree, 'bench', 'instructions-entry.ts'));
  }
  // The bundle finds the dictionary where dist/ bundles do (the current build's, for both versions).
  await esbuild.build({
    entryPoints: [join(tree, 'bench', 'instructions-entry.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    define: { __dirname: JSON.stringify(join(ROOT, 'dist')) },
  });
}

/** Instructions of one fresh process analysing `n` postings (the CLI's tier-up budget, see cliLaunch.ts). */
function instructions(bundleFile: string, n: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--smc-check=all-non-file',
      '--cachegrind-out-file=/dev/null',
      process.execPath,
      '--predictable',
      '--interrupt-budget=300000',
      bundleFile,
      FOLDER,
      String(n),
    ];
    const child = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const m = /I\s+refs:\s+([\d,]+)/.exec(err);
      if (m) resolve(Number(m[1]!.replace(/,/g, '')));
      else reject(new Error(`valgrind gave no count:\n${err.slice(-2000)}`));
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const n = args.includes('--postings') ? Number(args[args.indexOf('--postings') + 1]) : 100;
  const base = args.includes('--base') ? args[args.indexOf('--base') + 1] : undefined;
  if (spawnSync('valgrind', ['--version']).error) {
    console.error('bench/instructions.ts needs valgrind (apt-get install valgrind)');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'postwright-instructions-'));
  try {
    const versions: Array<{ name: string; file: string }> = [{ name: 'working tree', file: join(dir, 'current.js') }];
    await bundle(ROOT, versions[0]!.file);
    if (base) {
      const tree = join(dir, 'base');
      mkdirSync(tree);
      const archive = spawnSync('git', ['archive', base], { cwd: ROOT, maxBuffer: 1 << 30 });
      if (archive.status !== 0) throw new Error(`git archive ${base}: ${archive.stderr.toString()}`);
      spawnSync('tar', ['-x', '-C', tree], { input: archive.stdout });
      symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
      versions.push({ name: base, file: join(dir, 'base.js') });
      await bundle(tree, versions[1]!.file);
    }
    // The versions' runs go side by side (valgrind is one thread each); the counts do not depend on it.
    const counts = await Promise.all(versions.map(async (v) => [await instructions(v.file, 0), await instructions(v.file, n)] as const));
    const g = (x: number) => `${(x / 1e9).toFixed(3)} G`;
    for (let i = 0; i < versions.length; i++) {
      const [empty, full] = counts[i]!;
      console.log(
        `${versions[i]!.name.padEnd(14)} no posting ${g(empty)}  ${n} postings ${g(full)}  analysis ${g(full - empty)} (${((full - empty) / n / 1e6).toFixed(2)} M a posting)`,
      );
    }
    if (counts.length === 2) {
      const a = counts[0]![1] - counts[0]![0];
      const b = counts[1]![1] - counts[1]![0];
      console.log(`analysis, working tree against ${base}: ${(((a - b) / b) * 100).toFixed(2)}%`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
