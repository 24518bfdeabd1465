// Whole process, as a user meets it: `node dist/cli.js lint --format json FILES` over 1, 300 and
// 3,000 postings, against the floor (Node reading + splitting the same files) and against alex,
// write-good and textlint (with textlint-rule-write-good) on the same files, plus the peak resident
// memory of the lint process. The 3,000 files are the 300 corpus postings ten times, every copy
// after the first with its digits rotated (salaries, dates, phone numbers differ), in a temporary
// folder removed afterwards.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { floorWholeProcess, timeProcess, type ProcessRun } from './floor.ts';
import { CORPUS, ROOT } from './inputs.ts';
import { median, ms, ratio, type Table } from './table.ts';

const BIN = join(ROOT, 'node_modules', '.bin');
const CLI = join(ROOT, 'dist', 'cli.js');

const PEERS = [
  ['alex --text', 'alex', ['--text']],
  ['write-good', 'write-good', []],
  ['textlint --rule write-good', 'textlint', ['--rule', 'write-good']],
] as const;

/** Digits shifted by `k` (copy k of a posting): the same shape, different numbers. */
function rotateDigits(text: string, k: number): string {
  return k === 0 ? text : text.replace(/\d/g, (d) => String((Number(d) + k) % 10));
}

/** Writes the 3,000-file corpus into a new temporary folder; returns the folder and the paths. */
function corpus3000(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'postwright-bench-'));
  const files: string[] = [];
  for (let k = 0; k < 10; k++) {
    for (const doc of CORPUS) {
      const path = join(dir, `${k}-${doc.name}`);
      writeFileSync(path, rotateDigits(doc.text, k));
      files.push(path);
    }
  }
  return { dir, files };
}

async function medianRun(runs: number, run: () => Promise<ProcessRun>): Promise<ProcessRun> {
  const all: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await run());
  const m = median(all.map((r) => r.ms));
  return { ms: m, code: all[0]!.code, peakMb: Math.max(...all.map((r) => r.peakMb)) };
}

interface Size {
  label: string;
  files: string[];
  runs: number;
  floorAim?: number;
  /** Minimum speed-up over each peer (peer time / postwright time), where the issue sets one. */
  peerAims?: Partial<Record<(typeof PEERS)[number][1], number>>;
  /** The peers to run (default all). */
  peers?: Array<(typeof PEERS)[number][1]>;
}

/**
 * Every size against the floor and the peers, except that alex and textlint run on the 3,000 files
 * only with `full` (they take minutes there: the bench would exceed its time budget).
 */
export async function wholeProcess(table: Table, full = false): Promise<void> {
  const big = corpus3000();
  const corpusFiles = CORPUS.map((d) => d.path);
  const sizes: Size[] = [
    { label: '1 posting', files: corpusFiles.slice(0, 1), runs: 5, floorAim: 1.4, peerAims: { 'write-good': 1 } },
    { label: `${corpusFiles.length} postings`, files: corpusFiles, runs: 3, floorAim: 4, peerAims: { alex: 20, 'write-good': 5 } },
    { label: `${big.files.length.toLocaleString('en-US')} postings (the corpus ×10, digits rotated)`, files: big.files, runs: 1, floorAim: 8, peers: full ? undefined : ['write-good'] },
  ];
  try {
    for (const size of sizes) {
      const S = `Whole process: ${size.label} (wall clock; median of ${size.runs})`;
      const floor = await floorWholeProcess(size.files, size.runs);
      table.add(S, 'floor: node reading + splitting the files', ms(floor));
      // A private, empty compile-cache folder (server/src/cliLaunch.ts): the first run is what a
      // new install or a new Node meets (it compiles everything and writes the cache), the median
      // of the runs after it what every later run meets.
      const cache = mkdtempSync(join(tmpdir(), 'postwright-bench-cache-'));
      const env = { ...process.env, POSTWRIGHT_CACHE_DIR: cache };
      const lint = () => timeProcess(process.execPath, [CLI, 'lint', '--format', 'json', ...size.files], ROOT, true, env);
      const first = await lint();
      const pw = await medianRun(size.runs, lint);
      rmSync(cache, { recursive: true, force: true });
      table.add(S, `postwright lint --format json, first run: no compile cache yet (exit ${first.code})`, ms(first.ms));
      table.add(S, '  first run / floor', ratio(first.ms / floor));
      table.add(S, `postwright lint --format json (exit ${pw.code})`, ms(pw.ms));
      const toFloor = pw.ms / floor;
      table.add(S, '  postwright / floor', ratio(toFloor), size.floorAim ? `≤ ${size.floorAim}×` : undefined, size.floorAim ? toFloor <= size.floorAim : undefined);
      table.add(S, '  peak resident memory of the lint process', `${pw.peakMb.toFixed(0)} MB`);
      for (const [name, bin, args] of PEERS) {
        if (size.peers && !size.peers.includes(bin)) continue;
        const peer = await medianRun(size.files.length === 1 ? size.runs : 1, () => timeProcess(join(BIN, bin), [...args, ...size.files], ROOT));
        const speedup = peer.ms / pw.ms;
        const aim = size.peerAims?.[bin];
        table.add(S, `${name} (exit ${peer.code})`, ms(peer.ms));
        table.add(S, `  postwright is faster than ${bin} by`, ratio(speedup), aim ? `≥ ${aim}×` : undefined, aim ? speedup >= aim : undefined);
      }
    }
  } finally {
    rmSync(big.dir, { recursive: true, force: true });
  }
}
