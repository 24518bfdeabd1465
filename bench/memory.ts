// Typing into a 12 KB and a 200 KB posting over stdio against plain `node dist/server.js --stdio`
// (no flags: how editors start it), each in a fresh server: open → first diagnostics (the cold
// first analysis), keystroke → diagnostics latency right after open, the server's resident memory
// (VmRSS) after 1,000 more edits and again once the server has been idle for a while, then the
// latency again back to back (each keystroke sent as soon as the previous one's diagnostics came:
// a typist faster than anyone) and at a typist's pace (8 keystrokes a second).
//
// Part of `npm run bench` (`--only memory`), or alone after `npm run build`:
//   node --import tsx bench/memory.ts [--runs N] [--size 12KB|200KB] [--breakdown] [--node-args "…"] [--server PATH]
// (`--node-args`: Node/V8 options for the measured servers, to compare settings; not how editors
// start it. `--server PATH`: another build's server.js, e.g. a checkout of main, for before/after.)
// `--breakdown` also starts a server with bench/memory-usage.cjs preloaded and prints where the
// memory is (process.memoryUsage and V8's heap spaces, before and after a full collection): for
// investigation; the figures in the table always come from the plain server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './inputs.ts';
import { startServer, TYPED, type Server } from './stdio.ts';
import { median, ms, percentile, Table } from './table.ts';

const S = 'Typing over stdio against dist/server.js';
const MEMORY_USAGE = join(import.meta.dirname, 'memory-usage.cjs');
/** How long the bench waits after the last edit before the idle figure (the server's idle tidy-up runs well before). */
const IDLE_MS = 3000;
/** A typist's pace: 125 ms between keystrokes is 8 a second, about 95 words a minute. */
const PACE_MS = 125;

/** Distinct corpus postings joined until the text reaches `bytes` (a realistic long document, no repeats). */
export function postingOf(bytes: number): string {
  const byCloseness = [...CORPUS].sort((a, b) => Math.abs(a.text.length - bytes) - Math.abs(b.text.length - bytes));
  if (byCloseness[0]!.text.length >= bytes * 0.8 && byCloseness[0]!.text.length <= bytes * 1.2) return byCloseness[0]!.text;
  let out = '';
  for (const doc of CORPUS) {
    if (out.length >= bytes) break;
    out += doc.text + '\n\n';
  }
  return out.length > bytes ? out.slice(0, out.lastIndexOf('\n', bytes - 1) + 1) : out;
}

interface TypingRun {
  /** Keystroke → diagnostics, each keystroke waiting for its diagnostics (ms): right after open, and after the edits and the idle pause. */
  latencies: number[];
  warmLatencies: number[];
  /** Keystroke → diagnostics at a typist's pace (PACE_MS between keystrokes), after the back-to-back ones (ms). */
  pacedLatencies: number[];
  /** didOpen → its diagnostics: the cold first analysis of the whole posting, as the writer waits for it (ms). */
  openMs: number;
  /** Server CPU time (user + system, all threads) per awaited keystroke after the edits (each one analysed), ms. */
  cpuPerKeystroke: number;
  /** Server CPU time (user + system, all threads) per edit over the 1,000 edits, ms. */
  cpuPerEdit: number;
  /** VmRSS in MB: after open, after 1,000 edits (200 ms after the last diagnostics), after IDLE_MS idle. */
  opened: number;
  edited: number;
  idle: number;
  /** With the breakdown preload: its reports after the edits and after idling. */
  usage: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A fresh server, one document: 40 keystrokes each waiting for its diagnostics, then 1,000
 * single-character edits sent as a fast typist's client sends them (a pause of 5 ms every 50), the
 * last one's diagnostics awaited, then the server's resident memory; then again after IDLE_MS.
 */
async function typeInto(text: string, label: string, nodeArgs: string[], serverFile?: string): Promise<TypingRun> {
  const breakdown = nodeArgs.includes(MEMORY_USAGE);
  const server = await startServer(false, nodeArgs, serverFile);
  const usage: string[] = [];
  server.proc.stderr.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.startsWith('memory-usage ')) usage.push(line.slice('memory-usage '.length));
  });
  const uri = `untitled:bench-typing-${label.replace(/\s/g, '')}.posting`;
  const opened = server.onDiagnostics(uri, 1);
  const openSent = performance.now();
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'job-posting', version: 1, text } });
  await opened;
  const openMs = performance.now() - openSent;
  const rssOpened = rssMb(server);
  // Type in the middle of the body: the end of the longest line of the first half.
  const lines = text.split(/\r\n|\r|\n/);
  let best = 0;
  for (let i = 0; i < lines.length / 2; i++) if (lines[i]!.length > lines[best]!.length) best = i;
  const spot = { line: best, character: lines[best]!.length };
  let version = 1;
  const latencies: number[] = [];
  const type = (ch: string) =>
    server.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: spot, end: spot }, text: ch }],
    });
  // Each keystroke waits for its diagnostics; with `pace`, the next one also waits until `pace` ms after it was sent.
  const awaitedKeystrokes = async (into: number[], pace = 0) => {
    for (let i = 0; i < 40; i++) {
      version++;
      const got = server.onDiagnostics(uri, version);
      const t0 = performance.now();
      await type(TYPED[i % TYPED.length]!);
      await got;
      const took = performance.now() - t0;
      into.push(took);
      spot.character++;
      if (pace > took) await sleep(pace - took);
    }
  };
  await awaitedKeystrokes(latencies);
  const cpuBefore = server.cpuMs();
  for (let i = 0; i < 1000; i++) {
    version++;
    await type(TYPED[i % TYPED.length]!);
    spot.character++;
    if (i % 50 === 49) await sleep(5);
  }
  version++;
  const last = server.onDiagnostics(uri, version);
  await type('.');
  await last;
  const cpuPerEdit = (server.cpuMs() - cpuBefore) / 1001;
  await sleep(200);
  const edited = rssMb(server);
  if (breakdown) await askUsage(server, usage, 1);
  await sleep(IDLE_MS);
  const idle = rssMb(server);
  if (breakdown) await askUsage(server, usage, 2);
  const warmLatencies: number[] = [];
  const cpuWarm = server.cpuMs();
  await awaitedKeystrokes(warmLatencies);
  const cpuPerKeystroke = (server.cpuMs() - cpuWarm) / 40;
  const pacedLatencies: number[] = [];
  await awaitedKeystrokes(pacedLatencies, PACE_MS);
  await server.stop();
  return { latencies, warmLatencies, pacedLatencies, openMs, cpuPerKeystroke, cpuPerEdit, opened: rssOpened, edited, idle, usage };
}

function rssMb(server: Server): number {
  return server.rssKb() / 1024;
}

async function askUsage(server: Server, usage: string[], count: number): Promise<void> {
  server.proc.kill('SIGUSR2');
  for (let waited = 0; usage.length < count && waited < 5000; waited += 20) await sleep(20);
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)}`;

/** One line per report: rss, heapTotal/heapUsed, external, arrayBuffers, and the big heap spaces, live → after a full GC. */
function describeUsage(json: string | undefined): string {
  if (json === undefined) return 'no report';
  type Usage = NodeJS.MemoryUsage & { spaces: Record<string, { size: number; used: number }> };
  const { live, collected } = JSON.parse(json) as { live: Usage; collected: Usage };
  const one = (u: Usage) =>
    `rss ${mb(u.rss)} · heap ${mb(u.heapUsed)}/${mb(u.heapTotal)} · external ${mb(u.external)} (arrayBuffers ${mb(u.arrayBuffers)}) · ` +
    Object.entries(u.spaces)
      .filter(([, s]) => s.size > 512 * 1024)
      .map(([name, s]) => `${name.replace(/_space$/, '')} ${mb(s.used)}/${mb(s.size)}`)
      .join(' · ');
  return `live: ${one(live)}\n      after gc: ${one(collected)}`;
}

const SIZES = [
  ['12 KB', 12 * 1024, 80],
  ['200 KB', 200 * 1024, 150],
] as const;

/** Both sizes (or only the one labelled `only`, e.g. "12 KB"), `runs` fresh servers each. */
export interface MemoryOptions {
  runs?: number;
  breakdown?: boolean;
  /** Only the size with this label ("12 KB" or "12KB"). */
  only?: string;
  /** Node options for the measured servers: for investigation only (the editors start plain node). */
  nodeArgs?: string[];
  /** Another build's server.js to measure instead of dist/server.js (before/after comparisons). */
  server?: string;
}

export async function memory(
  table: Table,
  { runs = 1, breakdown = false, only, nodeArgs = [], server }: MemoryOptions = {},
): Promise<void> {
  for (const [label, bytes, aim] of SIZES.filter(([l]) => !only || l.replace(' ', '') === only.replace(' ', ''))) {
    const text = postingOf(bytes);
    const results: TypingRun[] = [];
    for (let r = 0; r < runs; r++) results.push(await typeInto(text, label, nodeArgs, server));
    const lat = results.flatMap((r) => r.latencies);
    const warm = results.flatMap((r) => r.warmLatencies);
    const paced = results.flatMap((r) => r.pacedLatencies);
    const list = (pick: (r: TypingRun) => number) => results.map((r) => pick(r).toFixed(1)).join(', ');
    const worst = Math.max(...results.map((r) => r.edited));
    table.add(S, `open → first diagnostics (the cold first analysis), ${label} posting (ms; per run)`, list((r) => r.openMs));
    table.add(
      S,
      `keystroke → diagnostics, push, ${label} posting, first edits after open, back to back (40 keystrokes × ${runs}; median / p95)`,
      `${ms(median(lat))} / ${ms(percentile(lat, 95))}`,
      'p95 < 20 ms',
      percentile(lat, 95) < 20,
    );
    table.add(
      S,
      `  the same after the 1,000 edits and the idle pause (median / p95)`,
      `${ms(median(warm))} / ${ms(percentile(warm, 95))}`,
      'p95 < 20 ms',
      percentile(warm, 95) < 20,
    );
    table.add(
      S,
      `  then at a typist's pace, a keystroke every ${PACE_MS} ms (median / p95)`,
      `${ms(median(paced))} / ${ms(percentile(paced, 95))}`,
      'p95 < 20 ms',
      percentile(paced, 95) < 20,
    );
    table.add(
      S,
      `  server CPU per keystroke of those (user + system, ms; per run)`,
      list((r) => r.cpuPerKeystroke),
    );
    table.add(
      S,
      `server CPU per edit during the 1,000 edits, ${label} posting (user + system, ms; per run)`,
      list((r) => r.cpuPerEdit),
    );
    table.add(
      S,
      `RSS after 1,000 edits, ${label} posting (VmRSS, MB; ${runs} run${runs > 1 ? 's' : ''})`,
      `${list((r) => r.edited)} (after open: ${list((r) => r.opened)})`,
      `< ${aim} MB`,
      worst < aim,
    );
    table.add(
      S,
      `RSS ${IDLE_MS / 1000} s later, idle, ${label} posting (VmRSS, MB)`,
      list((r) => r.idle),
    );
    if (breakdown) {
      const run = await typeInto(text, label, [...nodeArgs, '--require', MEMORY_USAGE], server);
      process.stderr.write(`\n${label}, with bench/memory-usage.cjs preloaded (MB; used/size):\n`);
      process.stderr.write(`  after edits ${describeUsage(run.usage[0])}\n  after idle  ${describeUsage(run.usage[1])}\n`);
    }
  }
}

if (import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 2;
  const sizeAt = args.indexOf('--size');
  const nodeArgsAt = args.indexOf('--node-args');
  const serverAt = args.indexOf('--server');
  // The bundle must exist: this measures what editors start.
  readFileSync(join(import.meta.dirname, '..', 'dist', 'server.js'));
  const table = new Table(true);
  memory(table, {
    runs,
    breakdown: args.includes('--breakdown'),
    only: sizeAt >= 0 ? args[sizeAt + 1] : undefined,
    nodeArgs: nodeArgsAt >= 0 ? args[nodeArgsAt + 1]!.split(' ').filter(Boolean) : [],
    server: serverAt >= 0 ? args[serverAt + 1] : undefined,
  }).then(
    () => console.log(table.render()),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
