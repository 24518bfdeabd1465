// The server's wiring without a process: startServer on an in-memory pair of streams (the same
// framing reader, lifecycle gate and flow control as dist/server.js over stdio), driven by a
// vscode-jsonrpc client. Two sessions run side by side in one process with different settings,
// which only works because no state is kept at module level.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { StreamMessageWriter as ServerStreamWriter } from 'vscode-languageserver/node';
import { createServerConnection } from '../../server/src/lsp/connection.ts';
import { ResyncingStreamReader } from '../../server/src/lsp/framing.ts';
import { startServer } from '../../server/src/lsp/server.ts';
import { rules } from '../../server/src/rules/index.ts';
import { ROOT, withTimeout, type PublishDiagnostics } from './client.ts';

const seed = readFileSync(resolve(ROOT, 'seeds', '003_45e4fa1758b6089c.txt'), 'utf8');

interface InProcess {
  client: MessageConnection;
  diagnostics: (uri: string) => Promise<PublishDiagnostics>;
  /** The first log line (already logged or to come) that matches. */
  log: (pattern: RegExp) => Promise<string>;
  close: () => void;
}

/** A session on in-memory streams, initialized with `settings` pushed in initializationOptions. */
async function startInProcess(settings: unknown, { trusted = false } = {}): Promise<InProcess> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const { connection } = createServerConnection(new ResyncingStreamReader(toServer, () => undefined), new ServerStreamWriter(toClient));
  startServer(connection, { version: 'in-process' });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map<string, (p: PublishDiagnostics) => void>();
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnostics) => waiting.get(p.uri)?.(p));
  const logs: string[] = [];
  const logWaiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  client.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
    for (const w of logWaiters.filter((x) => x.pattern.test(p.message))) {
      logWaiters.splice(logWaiters.indexOf(w), 1);
      w.resolve(p.message);
    }
  });
  client.listen();
  // processId null: the library's parent-process watchdog is for real editors, not for this test.
  await withTimeout(
    client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { settings: { postwright: settings }, trusted } }),
    10_000,
    'initialize',
  );
  await client.sendNotification('initialized', {});
  return {
    client,
    diagnostics: (uri) => withTimeout(new Promise((r) => waiting.set(uri, r)), 10_000, `diagnostics for ${uri}`),
    log: (pattern) => {
      const past = logs.find((l) => pattern.test(l));
      return past ? Promise.resolve(past) : withTimeout(new Promise<string>((r) => logWaiters.push({ pattern, resolve: r })), 60_000, `log ${pattern}`);
    },
    close: () => {
      client.dispose();
      connection.dispose();
      toServer.end();
      toClient.end();
    },
  };
}

describe('LSP in process', () => {
  let defaults: InProcess;
  let silent: InProcess;
  before(async () => {
    defaults = await startInProcess({});
    silent = await startInProcess({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, 'off'])) });
  });
  after(async () => {
    for (const s of [defaults, silent]) {
      await withTimeout(s.client.sendRequest('shutdown'), 5000, 'shutdown');
      s.close();
    }
  });

  it('opens a posting and publishes its diagnostics; two sessions keep their own settings', async () => {
    const uri = 'untitled:in-process.posting';
    const open = (s: InProcess) => s.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'job-posting', version: 1, text: seed } });
    const [a, b] = await Promise.all([defaults.diagnostics(uri), silent.diagnostics(uri), open(defaults), open(silent)]);
    assert.ok(a.diagnostics.length > 0, 'the seed has findings with default settings');
    assert.deepEqual(b.diagnostics, [], 'every rule off in the other session');
  });

  it('completes a section on an empty line after the duties', async () => {
    const uri = 'untitled:in-process-completion.posting';
    await defaults.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'job-posting', version: 1, text: seed } });
    await defaults.client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } }, text: '\n' }],
    });
    const list = (await withTimeout(
      defaults.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 17, character: 0 } }),
      10_000,
      'completion',
    )) as { items: Array<{ label: string; sortText?: string }> };
    const labels = [...list.items].sort((x, y) => (x.sortText ?? x.label).localeCompare(y.sortText ?? y.label)).map((i) => i.label);
    assert.deepEqual(labels.slice(0, 2), ['Education', 'Equal Employment Opportunity']);
  });

  it('two sessions keep their own template library: one learns a folder, the other never sees it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-in-process-templates-'));
    writeFileSync(join(dir, 'librarian.posting'), 'School Librarian\n\nResponsibilities:\n- Curate a diverse and inclusive library collection for all readers\n');
    const learning = await startInProcess({ templates: { paths: [dir] } }, { trusted: true });
    try {
      await learning.log(/learned templates \(run 1\) from 1 posting/);
      const uri = 'untitled:in-process-learned.posting';
      const labelsIn = async (s: InProcess): Promise<string[]> => {
        await s.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'job-posting', version: 1, text: 'Teacher\n\nResponsibilities\n- Teach\n- ' } });
        const list = (await withTimeout(s.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 2 } }), 10_000, 'completion')) as {
          items: Array<{ label: string }>;
        };
        return list.items.map((i) => i.label);
      };
      const learned = await labelsIn(learning);
      const other = await labelsIn(defaults);
      assert.ok(learned.some((l) => l.startsWith('Curate a diverse and inclusive library collection')), learned.join(' | '));
      assert.ok(!other.some((l) => l.startsWith('Curate a diverse and inclusive library collection')), 'the other session keeps the built-in library');
    } finally {
      await withTimeout(learning.client.sendRequest('shutdown'), 5000, 'shutdown');
      learning.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
