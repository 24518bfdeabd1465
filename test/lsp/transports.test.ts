// The same dist/server.js over the transports editors use: node IPC (the VS Code client,
// TransportKind.ipc), stdio without a flag (the default), and the command-line flags.
import assert from 'node:assert/strict';
import { fork, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { ensureBuilt, ROOT, SERVER, seedFiles, withTimeout } from './client.ts';

const seedText = readFileSync(resolve(ROOT, 'seeds', seedFiles()[0]), 'utf8');

async function session(conn: MessageConnection): Promise<void> {
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const init = await withTimeout(conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as Promise<{ capabilities: Record<string, unknown> }>, 10_000, 'initialize');
  assert.ok(init.capabilities.documentSymbolProvider);
  await conn.sendNotification('initialized', {});
  const uri = 'untitled:transport.posting';
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'job-posting', version: 1, text: seedText } });
  // Without hierarchical support announced, the outline comes as SymbolInformation[].
  const symbols = await withTimeout(conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<Array<{ name: string; location: { uri: string } }>>, 10_000, 'documentSymbol');
  assert.ok(symbols.length > 0);
  assert.equal(symbols[0].location.uri, uri);
  await withTimeout(conn.sendRequest('shutdown') as Promise<unknown>, 10_000, 'shutdown');
  await conn.sendNotification('exit');
}

function exited(child: ReturnType<typeof spawn>): Promise<number | null> {
  return withTimeout(
    new Promise((resolvePromise) => {
      if (child.exitCode !== null) resolvePromise(child.exitCode);
      else child.on('exit', (code) => resolvePromise(code));
    }),
    10_000,
    'server exit',
  );
}

describe('LSP transports', () => {
  before(() => ensureBuilt());

  it('node IPC (--node-ipc), as the VS Code client starts it', async () => {
    const child = fork(SERVER, ['--node-ipc'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    await session(conn);
    assert.equal(await exited(child), 0);
    conn.dispose();
  });

  it('standard input/output when no transport flag is given', async () => {
    const child = spawn(process.execPath, [SERVER], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    await session(conn);
    assert.equal(await exited(child), 0);
    conn.dispose();
  });

  it('--socket=PORT: the server connects to the editor listening on PORT', async () => {
    const listener = createServer();
    const accepted = new Promise<Socket>((resolvePromise) => listener.once('connection', resolvePromise));
    await new Promise<void>((resolvePromise) => listener.listen(0, '127.0.0.1', resolvePromise));
    const port = (listener.address() as AddressInfo).port;
    const child = spawn(process.execPath, [SERVER, `--socket=${port}`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const socket = await withTimeout(accepted, 10_000, 'the server to connect');
      const conn = createMessageConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
      await session(conn);
      assert.equal(await exited(child), 0);
      conn.dispose();
    } finally {
      child.kill();
      listener.close();
    }
  });

  it('--version and --help', () => {
    const version = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version);
    const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--stdio/);
  });
});
