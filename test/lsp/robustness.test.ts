// Protocol robustness over stdio: malformed messages, unknown methods, unknown or closed documents,
// positions out of range, bad params, cancellation and a stream of random requests. Each gets a
// result or a proper JSON-RPC error, and the server stays up.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspClient, ROOT, seedFiles } from './client.ts';

const seedText = readFileSync(resolve(ROOT, 'seeds', seedFiles()[0]), 'utf8');

/** Resolves to the result, or to the JSON-RPC error code when the request failed. */
async function outcome(promise: Promise<unknown>): Promise<{ result?: unknown; code?: number }> {
  try {
    return { result: await promise };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'number') throw error; // a timeout or a dead connection is a failure
    return { code };
  }
}

describe('LSP robustness', () => {
  let client: LspClient;
  const uri = 'untitled:robust.posting';
  before(async () => {
    client = await LspClient.start({ pull: true });
    await client.open(uri, seedText);
  });
  after(async () => {
    const alive = client.alive;
    await client?.stop();
    assert.ok(alive, `server died: ${client.stderr}`);
  });

  async function assertAlive(): Promise<void> {
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'server no longer answers');
    assert.ok(client.alive);
  }

  it('answers unknown methods with MethodNotFound', async () => {
    const r = await outcome(client.request('postwright/noSuchThing', { x: 1 }));
    assert.equal(r.code, -32601);
    await client.notify('postwright/noSuchNotification', { x: 1 });
    await assertAlive();
  });

  it('survives malformed JSON and bad message frames', async () => {
    client.writeFramed('{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {');
    client.writeFramed('this is not json');
    client.writeFramed('[1, 2, 3]');
    client.writeFramed('{"jsonrpc":"2.0","id":100,"method":42}');
    client.writeFramed('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":null}');
    client.writeFramed('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:nope"},"contentChanges":[{"text":"x"}]}}');
    await assertAlive();
  });

  it('returns empty results for unknown and closed documents', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere/missing.posting' } };
    assert.deepEqual(await client.request('textDocument/documentSymbol', unknown), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', unknown), []);
    assert.equal(await client.request('textDocument/hover', { ...unknown, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.request('textDocument/diagnostic', unknown), { kind: 'full', items: [] });
    const closed = 'untitled:closed.posting';
    await client.open(closed, seedText);
    await client.close(closed);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: closed } }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: closed }, position: { line: 3, character: 3 } }), null);
  });

  it('clamps out-of-range positions', async () => {
    for (const position of [
      { line: 1_000_000, character: 5 },
      { line: -4, character: -4 },
      { line: 16, character: 1_000_000 },
      { line: 2 ** 40, character: 2 ** 40 },
    ]) {
      const r = await outcome(client.request('textDocument/hover', { textDocument: { uri }, position }));
      assert.equal(r.code, undefined, `hover at ${JSON.stringify(position)} failed with ${r.code}`);
    }
    await assertAlive();
  });

  it('answers requests with missing or wrong params without failing', async () => {
    for (const [method, params] of [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 'a', character: null } }],
      ['textDocument/hover', null],
      ['textDocument/documentSymbol', {}],
      ['textDocument/documentSymbol', { textDocument: 42 }],
      ['textDocument/foldingRange', { textDocument: { uri: null } }],
      ['textDocument/diagnostic', {}],
    ] as const) {
      const r = await outcome(client.request(method, params));
      assert.ok(r.code === undefined || r.code === -32602, `${method} ${JSON.stringify(params)} → error ${r.code}`);
      if (r.code === undefined && method !== 'textDocument/diagnostic') assert.ok(r.result === null || (Array.isArray(r.result) && r.result.length === 0));
    }
    await assertAlive();
  });

  it('survives bad notifications (settings, trust, watched files)', async () => {
    await client.notify('workspace/didChangeConfiguration', { settings: { postwright: { profile: 42, rules: 'all' } } });
    await client.notify('workspace/didChangeConfiguration', null);
    await client.notify('postwright/trust', { trusted: 'yes' });
    await client.notify('postwright/trust', null);
    await client.notify('workspace/didChangeWatchedFiles', { changes: 'nope' });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///tmp/x/.postwright.json', type: 2 }] });
    await assertAlive();
  });

  it('handles cancellation: a result or RequestCancelled', async () => {
    const pending: Array<Promise<{ result?: unknown; code?: number }>> = [];
    for (let i = 0; i < 20; i++) {
      const source = new CancellationTokenSource();
      pending.push(outcome(client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token) as Promise<unknown>));
      source.cancel();
    }
    for (const r of await Promise.all(pending)) assert.ok(r.code === undefined || r.code === -32800, `unexpected error ${r.code}`);
    await assertAlive();
  });

  it('answers 500 random requests and stays up', async () => {
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const methods = ['textDocument/hover', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/diagnostic', 'textDocument/completion', 'postwright/report', 'workspace/symbol', 'textDocument/definition'];
    const uris = [uri, 'untitled:nope.posting', '', 'not a uri', 'file:///etc/passwd'];
    const values = [null, 0, -1, 1e12, 'x', {}, [], true, 3.5, NaN];
    const requests: Array<Promise<{ result?: unknown; code?: number }>> = [];
    for (let i = 0; i < 500; i++) {
      const params =
        rnd() < 0.2
          ? pick(values)
          : { textDocument: rnd() < 0.8 ? { uri: pick(uris) } : pick(values), position: rnd() < 0.7 ? { line: Math.floor(rnd() * 200) - 20, character: Math.floor(rnd() * 400) - 20 } : pick(values) };
      requests.push(outcome(client.request(pick(methods), params, 20_000)));
    }
    const results = await Promise.all(requests);
    for (const r of results) assert.ok(r.code === undefined || [-32601, -32602, -32603, -32800].includes(r.code), `unexpected error ${r.code}`);
    await assertAlive();
  });
});
