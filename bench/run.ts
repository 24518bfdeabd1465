// `npm run bench`: builds, then measures Postwright in-process, over stdio against dist/server.js,
// and against its peers on the same files, and prints one table with the aims next to each
// number. Plain Node; nothing here is a test and nothing asserts a time. Takes about 5 minutes.
// Options: --only whole,cold,inprocess,sweep,stdio,memory,peers (comma list) · --markdown (also a Markdown table) ·
// --full (alex and textlint on the 3,000 files too: several minutes more).
import { cpus, loadavg } from 'node:os';
import { cold } from './cold.ts';
import { inProcess } from './inprocess.ts';
import { memory } from './memory.ts';
import { peers } from './peers.ts';
import { stdio } from './stdio.ts';
import { sweep } from './sweep.ts';
import { Table } from './table.ts';
import { wholeProcess } from './whole.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyArg = args.find((a) => a.startsWith('--only'));
  const only = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1]! : args[args.indexOf(onlyArg) + 1]!).split(',')) : null;
  const want = (part: string) => !only || only.has(part);
  const table = new Table(true);
  const t0 = performance.now();
  const step = async (name: string, fn: () => unknown) => {
    if (!want(name)) return;
    const s = performance.now();
    process.stderr.write(`bench: ${name}…`);
    await fn();
    process.stderr.write(` ${((performance.now() - s) / 1000).toFixed(1)} s\n`);
  };
  const loadBefore = loadavg()[0]!;
  await step('whole', () => wholeProcess(table, args.includes('--full')));
  await step('cold', () => cold(table));
  await step('inprocess', () => inProcess(table));
  await step('sweep', () => sweep(table));
  await step('stdio', () => stdio(table));
  await step('memory', () => memory(table));
  await step('peers', () => peers(table));

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`;
  console.log(
    `Postwright bench · node ${process.version} · ${cpus().length} × ${cpu} · ${new Date().toISOString().slice(0, 10)} · ${((performance.now() - t0) / 1000).toFixed(0)} s · ${load}\n`,
  );
  console.log(table.render());
  if (args.includes('--markdown')) console.log('\n' + table.markdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
