// Memory over stdio against dist/server.js: resident memory (VmRSS from /proc) stays flat through
// 1,000 edits of one document and 150 open/edit/close cycles of different documents (closed
// documents must be forgotten, cached analyses included). Bounds are generous (< 2× + 50 MB):
// this catches leaks that grow with the number of edits or documents, not allocator noise.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient, ROOT, seedFiles } from './client.ts';

const seeds = seedFiles().map((f) => readFileSync(resolve(ROOT, 'seeds', f), 'utf8'));
const linux = existsSync('/proc/self/status');

function rssMb(pid: number | undefined): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
}

describe('LSP memory', { skip: !linux && 'needs /proc (Linux)' }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  it('1,000 edits of one document: RSS stays flat', { timeout: 120_000 }, async (t) => {
    const uri = 'untitled:memory-edits.posting';
    await client.open(uri, seeds[1]!);
    await client.waitForVersion(uri, 1);
    const line = 5;
    let col = 0;
    let version = 1;
    // Warm up (JIT, caches) before the baseline.
    for (let i = 0; i < 100; i++) {
      await client.change(uri, ++version, [{ range: { start: { line, character: col }, end: { line, character: col } }, text: 'x' }]);
      col++;
    }
    await client.waitForVersion(uri, version);
    const before = rssMb(client.proc.pid);
    for (let i = 0; i < 1000; i++) {
      const del = i % 10 === 9;
      const change = del ? { range: { start: { line, character: col - 9 }, end: { line, character: col } }, text: '' } : { range: { start: { line, character: col }, end: { line, character: col } }, text: 'y' };
      col += del ? -9 : 1;
      await client.change(uri, ++version, [change]);
      if (i % 100 === 99) await client.waitForVersion(uri, version);
    }
    await client.waitForVersion(uri, version);
    const afterEdits = rssMb(client.proc.pid);
    t.diagnostic(`RSS ${before.toFixed(1)} MB → ${afterEdits.toFixed(1)} MB after 1,000 edits`);
    assert.ok(afterEdits < 2 * before + 50, `RSS grew from ${before.toFixed(1)} to ${afterEdits.toFixed(1)} MB`);
    await client.close(uri);
  });

  it('150 open/edit/close cycles of different documents: closed documents are forgotten', { timeout: 120_000 }, async (t) => {
    const cycle = async (i: number) => {
      const uri = `untitled:memory-${i}.posting`;
      // Each document is large enough (~50 KB) that keeping closed ones would show (150 × 50 KB of text alone).
      await client.open(uri, seeds[i % seeds.length]!.repeat(6));
      await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `#${i} ` }]);
      await client.waitForVersion(uri, 2);
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.close(uri);
    };
    for (let i = 0; i < 20; i++) await cycle(i);
    const before = rssMb(client.proc.pid);
    for (let i = 20; i < 170; i++) await cycle(i);
    await new Promise((r) => setTimeout(r, 200));
    const afterCycles = rssMb(client.proc.pid);
    t.diagnostic(`RSS ${before.toFixed(1)} MB → ${afterCycles.toFixed(1)} MB after 150 more documents opened and closed`);
    assert.ok(afterCycles < 2 * before + 50, `RSS grew from ${before.toFixed(1)} to ${afterCycles.toFixed(1)} MB`);
    assert.ok(client.alive);
  });
});
