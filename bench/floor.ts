// The floor: what Node itself needs to read and split the same files, as a whole process and
// in-process. Nothing can lint the files faster than it can read them.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './inputs.ts';
import { median, timeRuns } from './table.ts';

const SCRIPT = `const fs = require('node:fs'); let n = 0; for (const f of process.argv.slice(1)) n += fs.readFileSync(f, 'utf8').split(/\\r\\n|\\r|\\n/).length; process.stdout.write(String(n) + '\\n');`;
const PEAK_RSS = join(import.meta.dirname, 'peak-rss.cjs');

export interface ProcessRun {
  /** Wall clock from spawn to exit, milliseconds. */
  ms: number;
  code: number | null;
  /** Peak resident memory in MB when the process was a Node started with `peakRss` (else NaN). */
  peakMb: number;
}

/**
 * Runs a command to completion with stdout/stderr discarded; resolves to its wall-clock time. With
 * `peakRss` the command must be `node`: bench/peak-rss.cjs is preloaded and reports the peak RSS on fd 3.
 */
export function timeProcess(command: string, args: string[], cwd?: string, peakRss = false, env?: NodeJS.ProcessEnv): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, peakRss ? ['--require', PEAK_RSS, ...args] : args, { cwd, env, stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let report = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => (report += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - t0, code, peakMb: report ? Number(report) / 1024 : NaN }));
  });
}

/** Median wall clock of `runs` runs of Node reading and splitting `files`. */
export async function floorWholeProcess(files: string[], runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timeProcess(process.execPath, ['-e', SCRIPT, ...files])).ms);
  return median(times);
}

/** In-process: read + split all 300 files; returns milliseconds per document (median of 10 passes). */
export function floorInProcess(): number {
  const files = CORPUS.map((d) => d.path);
  const pass = median(
    timeRuns(
      () => {
        let n = 0;
        for (const f of files) n += readFileSync(f, 'utf8').split(/\r\n|\r|\n/).length;
        return n;
      },
      10,
      2,
    ),
  );
  return pass / files.length;
}
