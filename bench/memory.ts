// Resident memory of the plain `node dist/server.js --stdio` while a person types: 1,000
// single-character edits into a 12 KB posting and into a 200 KB one, each edit answered with its
// diagnostics before the next (so every version is analysed, the worst case for the memos). Prints
// VmRSS after the edits and the peak (VmHWM). A fresh server per size. Not a test: nothing asserts.
// Run: `npm run build && node --import tsx bench/memory.ts` (about a minute and a half).
// Options: --edits N (default 1000) · --only 12k|200k.
import { readFileSync } from 'node:fs';
import { CORPUS } from './inputs.ts';
import { startServer, type Server } from './stdio.ts';

const TYPED = 'Candidates must hold a valid state teaching license and three years of classroom experience. ';

/** VmRSS and VmHWM of the server process, in MB. */
function memoryMb(server: Server): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${server.proc.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Distinct corpus postings joined until the text reaches `bytes` (a realistic long document, no repeats). */
function postingOf(bytes: number): string {
  const byCloseness = [...CORPUS].sort((a, b) => Math.abs(a.text.length - bytes) - Math.abs(b.text.length - bytes));
  if (byCloseness[0]!.text.length >= bytes * 0.8) return byCloseness[0]!.text;
  let out = '';
  for (const doc of CORPUS) {
    if (out.length >= bytes) break;
    out += doc.text + '\n\n';
  }
  // Cut at a line end just under the size (200,000 characters is where the server starts debouncing).
  return out.length > bytes ? out.slice(0, out.lastIndexOf('\n', bytes - 1) + 1) : out;
}

/** Where typing happens: the end of the longest line in the first half (inside the body, not the title). */
function typingSpot(text: string): { line: number; character: number } {
  const lines = text.split(/\r\n|\r|\n/);
  let best = 0;
  for (let i = 0; i < lines.length / 2; i++) if (lines[i]!.length > lines[best]!.length) best = i;
  return { line: best, character: lines[best]!.length };
}

async function typeInto(label: string, text: string, edits: number): Promise<void> {
  const server = await startServer(false);
  const uri = `untitled:bench-memory-${label}.posting`;
  const opened = server.onDiagnostics(uri, 1);
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'job-posting', version: 1, text } });
  await opened;
  const start = memoryMb(server);
  const spot = typingSpot(text);
  const t0 = performance.now();
  for (let version = 2; version <= edits + 1; version++) {
    const got = server.onDiagnostics(uri, version);
    const ch = TYPED[(version - 2) % TYPED.length]!;
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: spot, end: spot }, text: ch }] });
    spot.character++;
    await got;
  }
  const seconds = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 200));
  const end = memoryMb(server);
  await server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await new Promise((r) => setTimeout(r, 200));
  const closed = memoryMb(server);
  await server.stop();
  console.log(
    `${label.padEnd(5)} ${(text.length / 1024).toFixed(0).padStart(4)} KB · ${edits} edits in ${seconds.toFixed(1)} s · ` +
      `RSS after open ${start.rss.toFixed(1)} MB → after edits ${end.rss.toFixed(1)} MB (peak ${end.peak.toFixed(1)} MB) → after close ${closed.rss.toFixed(1)} MB`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--edits');
  const edits = at >= 0 ? Number(args[at + 1]) : 1000;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  console.log(`Postwright memory bench · node ${process.version} · plain dist/server.js --stdio · aims: < 80 MB (12 KB), < 150 MB (200 KB)`);
  if (!only || only === '12k') await typeInto('12k', postingOf(12 * 1024), edits);
  if (!only || only === '200k') await typeInto('200k', postingOf(199_000), edits);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
