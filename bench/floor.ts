// The floor: what Node itself needs to read and split the same 300 files, as a whole process and
// in-process. Nothing can lint the files faster than it can read them.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CORPUS } from './inputs.ts';
import { median, timeRuns } from './table.ts';

const SCRIPT = `const fs = require('node:fs'); let n = 0; for (const f of process.argv.slice(1)) n += fs.readFileSync(f, 'utf8').split(/\\r\\n|\\r|\\n/).length; process.stdout.write(String(n) + '\\n');`;

/** Runs a command to completion with stdout/stderr discarded; resolves to wall-clock milliseconds. */
export function timeProcess(command: string, args: string[], cwd?: string): Promise<{ ms: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ ms: performance.now() - t0, code }));
  });
}

export async function floorWholeProcess(runs = 3): Promise<number> {
  const files = CORPUS.map((d) => d.path);
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
