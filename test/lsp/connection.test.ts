// The connection itself, over stdio against dist/server.js, with raw bytes where an editor (or a
// broken one) would send them: broken frames must not leave the server deaf, the lifecycle errors
// must be the ones the specification names, and an editor that stops reading answers must not
// make the server's memory grow with every answer it has not read.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ensureBuilt, LspClient, ROOT, SERVER, seedFiles, withTimeout } from './client.ts';

const seed = readFileSync(resolve(ROOT, 'seeds', seedFiles()[0]!), 'utf8');
const linux = existsSync('/proc/self/status');

function frame(message: unknown, lengthDelta = 0): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length + lengthDelta}\r\n\r\n`, 'ascii'), body]);
}

function rssMb(pid: number | undefined): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
}

function spawnServer(): { proc: ChildProcessWithoutNullStreams; conn: MessageConnection; stderr: () => string } {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  proc.stdin.on('error', () => undefined);
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onError(() => undefined);
  conn.listen();
  return { proc, conn, stderr: () => stderr };
}

async function failure(promise: Promise<unknown>): Promise<{ code?: number; message?: string }> {
  try {
    await promise;
    return {};
  } catch (error) {
    return error as { code?: number; message?: string };
  }
}

describe('LSP connection', () => {
  before(() => ensureBuilt());

  for (const [what, delta, headerValue] of [
    ['one byte short', -1, undefined],
    ['negative', 0, '-12'],
  ] as const) {
    it(`a frame whose Content-Length is ${what} loses only itself`, async () => {
      const client = await LspClient.start();
      try {
        const uri = 'untitled:frames.posting';
        await client.open(uri, seed);
        const broken = { jsonrpc: '2.0', id: 9001, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 0 } } };
        const bytes = headerValue === undefined ? frame(broken, delta) : Buffer.concat([Buffer.from(`Content-Length: ${headerValue}\r\n\r\n`), Buffer.from(JSON.stringify(broken))]);
        client.writeRaw(bytes);
        // The next well-formed request is answered: the server resynchronised on its header.
        const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }, 5000);
        assert.ok(Array.isArray(symbols) && symbols.length > 0);
        assert.ok(client.alive);
        assert.match(client.stderr, /skipped \d+ byte/);
      } finally {
        await client.stop();
      }
    });
  }

  it('answers a request before initialize with ServerNotInitialized and one after shutdown with InvalidRequest', async () => {
    const { proc, conn } = spawnServer();
    try {
      const early = await failure(withTimeout(conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'untitled:x.posting' } }), 5000, 'early request'));
      assert.equal(early.code, -32002);
      await withTimeout(conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }), 10_000, 'initialize');
      await conn.sendNotification('initialized', {});
      await withTimeout(conn.sendRequest('shutdown'), 5000, 'shutdown');
      const late = await failure(withTimeout(conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'untitled:x.posting' } }), 5000, 'late request'));
      assert.equal(late.code, -32600);
      const exit = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
      await conn.sendNotification('exit');
      assert.equal(await withTimeout(exit, 5000, 'exit'), 0);
    } finally {
      conn.dispose();
      proc.kill();
    }
  });

  it('2,000 unread answers: the server stops reading instead of buffering them', { skip: !linux && 'needs /proc (Linux)', timeout: 120_000 }, async (t) => {
    ensureBuilt();
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    proc.stdin.on('error', () => undefined);
    try {
      // Nothing reads the server's output until the end: no listener on proc.stdout yet.
      const uri = 'untitled:backpressure.posting';
      // About 25 KB, so each answer (the posting as an HTML page) is about as large: 2,000 of them
      // are some 60 MB of JSON, which an unbounded server holds several times over.
      const text = seed.repeat(Math.ceil(25_000 / seed.length));
      proc.stdin.write(frame({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } }));
      proc.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
      proc.stdin.write(frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'job-posting', version: 1, text } } }));
      await new Promise((r) => setTimeout(r, 1000));
      const baseline = rssMb(proc.pid);
      const count = 2000;
      for (let id = 1; id <= count; id++) {
        proc.stdin.write(frame({ jsonrpc: '2.0', id, method: 'postwright/exportJsonLd', params: { uri, format: 'html' } }));
      }
      // Give the server time to do all it can while nobody reads (it must not finish: it is blocked).
      let peak = 0;
      for (let i = 0; i < 32; i++) {
        await new Promise((r) => setTimeout(r, 250));
        peak = Math.max(peak, rssMb(proc.pid));
      }
      t.diagnostic(`server RSS ${baseline.toFixed(1)} MB before, peak ${peak.toFixed(1)} MB with ${count} unread answers`);
      // Unbounded, the answers cost over 100 MB here (measured on the old server: 60 → 265 MB); bounded, a few MB.
      assert.ok(peak < baseline + 40, `server RSS grew from ${baseline.toFixed(1)} to ${peak.toFixed(1)} MB`);
      // Now read everything: every request is answered.
      const answered = new Set<number>();
      const reader = new StreamMessageReader(proc.stdout);
      const all = new Promise<void>((done) =>
        reader.listen((m) => {
          const id = (m as { id?: number }).id;
          if (typeof id === 'number' && id > 0 && 'result' in m) answered.add(id);
          if (answered.size === count) done();
        }),
      );
      await withTimeout(all, 90_000, `${count} answers`);
      assert.equal(answered.size, count);
    } finally {
      proc.kill();
    }
  });
});
