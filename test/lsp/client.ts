// A small LSP test client: spawns the bundled server (`node dist/server.js --stdio`) and drives it
// over vscode-jsonrpc as an editor would. No sleeps: everything awaits a message, with a bounded
// timeout so a broken server fails the test instead of hanging it.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export const ROOT = process.cwd();
export const SERVER = resolve(ROOT, 'dist/server.js');
export const CLI = resolve(ROOT, 'dist/cli.js');
export const DEFAULT_TIMEOUT = 10_000;

function newestMtime(dir: string): number {
  let newest = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of entries) {
    const path = join(dir, name);
    const st = statSync(path);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(path) : st.mtimeMs);
  }
  return newest;
}

/** Builds dist/ with esbuild when it is missing or older than the sources (serialised with flock when available). */
export function ensureBuilt(): void {
  const outputs = [SERVER, resolve(ROOT, 'dist/server-main.js'), CLI];
  const sources = Math.max(newestMtime(resolve(ROOT, 'server/src')), newestMtime(resolve(ROOT, 'client/src')));
  const stale = outputs.some((o) => !existsSync(o) || statSync(o).mtimeMs < sources);
  if (!stale) return;
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const result = hasFlock
    ? spawnSync('flock', ['/tmp/postwright-build.lock', process.execPath, 'esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' })
    : spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr || result.stdout}`);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export function fileUri(path: string): string {
  return pathToFileURL(resolve(ROOT, path)).href;
}

export interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    codeDescription?: { href: string };
    source?: string;
    message: string;
    data?: unknown;
  }>;
}

export interface StartOptions {
  /** Announce pull diagnostics (textDocument.diagnostic) and diagnostic refresh support. */
  pull?: boolean;
  /** Announce workspace/configuration support; the client then answers with `settings`. */
  configuration?: boolean;
  /** The `postwright` settings section the client answers workspace/configuration with. */
  settings?: unknown;
  /** Per-resource settings: the section for an item's scopeUri (overrides `settings` when given; may be a promise, to hold the answer). */
  settingsFor?: (scopeUri: string | undefined) => unknown;
  initializationOptions?: unknown;
  workspaceFolders?: Array<{ uri: string; name: string }>;
  /** Extra client capabilities merged over the defaults. */
  capabilities?: Record<string, unknown>;
}

type Waiter<T> = { match: (value: T) => boolean; resolve: (value: T) => void };

export class LspClient {
  readonly published: PublishDiagnostics[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly logs: Array<{ type: number; message: string }> = [];
  /** publishDiagnostics and logMessage notifications in the order they arrived (to check the server's order). */
  readonly events: Array<{ method: 'textDocument/publishDiagnostics'; params: PublishDiagnostics } | { method: 'window/logMessage'; params: { type: number; message: string } }> = [];
  readonly registrations: unknown[] = [];
  refreshRequests = 0;
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  settings: unknown;
  settingsFor: ((scopeUri: string | undefined) => unknown) | undefined;
  /** The scopeUri of every workspace/configuration item asked for, in order. */
  readonly configurationScopes: Array<string | undefined> = [];
  private readonly diagnosticWaiters: Array<Waiter<PublishDiagnostics>> = [];
  private readonly messageWaiters: Array<Waiter<{ type: number; message: string }>> = [];
  private readonly logWaiters: Array<Waiter<{ type: number; message: string }>> = [];
  private readonly exitWaiters: Array<() => void> = [];
  private readonly refreshWaiters: Array<() => void> = [];
  initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } } | undefined;

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: MessageConnection,
  ) {}

  /** Spawns the server, initializes it and sends `initialized`. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    ensureBuilt();
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new LspClient(proc, conn);
    client.settings = options.settings ?? {};
    client.settingsFor = options.settingsFor;
    proc.stderr.on('data', (chunk: Buffer) => {
      client.stderr += chunk.toString('utf8');
    });
    proc.on('exit', (code, signal) => {
      client.exited = { code, signal };
      for (const w of client.exitWaiters.splice(0)) w();
    });
    // Keep the test process alive on a broken pipe to a dead server; tests check `alive` instead.
    proc.stdin.on('error', () => undefined);
    conn.onError(() => undefined);
    conn.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnostics) => {
      client.published.push(params);
      client.events.push({ method: 'textDocument/publishDiagnostics', params });
      for (let i = client.diagnosticWaiters.length - 1; i >= 0; i--) {
        const w = client.diagnosticWaiters[i];
        if (w.match(params)) {
          client.diagnosticWaiters.splice(i, 1);
          w.resolve(params);
        }
      }
    });
    conn.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      client.messages.push(params);
      for (let i = client.messageWaiters.length - 1; i >= 0; i--) {
        const w = client.messageWaiters[i];
        if (w.match(params)) {
          client.messageWaiters.splice(i, 1);
          w.resolve(params);
        }
      }
    });
    conn.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      client.logs.push(params);
      client.events.push({ method: 'window/logMessage', params });
      for (let i = client.logWaiters.length - 1; i >= 0; i--) {
        const w = client.logWaiters[i];
        if (w.match(params)) {
          client.logWaiters.splice(i, 1);
          w.resolve(params);
        }
      }
    });
    conn.onRequest('workspace/configuration', (params: { items: Array<{ section?: string; scopeUri?: string }> }) =>
      Promise.all(
        params.items.map((item) => {
          client.configurationScopes.push(item.scopeUri);
          if (item.section !== 'postwright') return null;
          return client.settingsFor ? client.settingsFor(item.scopeUri) : client.settings;
        }),
      ),
    );
    conn.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      client.registrations.push(...params.registrations);
      return null;
    });
    conn.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshRequests++;
      for (const w of client.refreshWaiters.splice(0)) w();
      return null;
    });
    conn.onRequest('window/showMessageRequest', () => null);
    conn.listen();

    const capabilities: Record<string, unknown> = {
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        foldingRange: { lineFoldingOnly: true },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } }, dataSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      workspace: {
        ...(options.configuration ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {}),
        ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceFolders: true,
      },
      ...options.capabilities,
    };
    client.initializeResult = await withTimeout(
      conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: options.workspaceFolders?.[0]?.uri ?? null,
        workspaceFolders: options.workspaceFolders ?? null,
        capabilities,
        initializationOptions: options.initializationOptions,
      }),
      DEFAULT_TIMEOUT,
      'initialize',
    );
    await conn.sendNotification('initialized', {});
    return client;
  }

  get alive(): boolean {
    return this.exited === null;
  }

  get capabilities(): Record<string, unknown> {
    return this.initializeResult?.capabilities ?? {};
  }

  async open(uri: string, text: string, languageId = 'job-posting', version = 1): Promise<void> {
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a change without range), or applies ranged changes. */
  async change(
    uri: string,
    version: number,
    changes: Array<{ text: string; range?: { start: { line: number; character: number }; end: { line: number; character: number } } }>,
  ): Promise<void> {
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async notify(method: string, params?: unknown): Promise<void> {
    await this.conn.sendNotification(method, params);
  }

  request<T = unknown>(method: string, params?: unknown, timeout = DEFAULT_TIMEOUT): Promise<T> {
    return withTimeout(this.conn.sendRequest(method, params) as Promise<T>, timeout, method);
  }

  /**
   * The next published diagnostics for `uri` that satisfy `match` (default: any). Diagnostics
   * already received count too when `includePast` is set.
   */
  waitForDiagnostics(
    uri: string,
    match: (p: PublishDiagnostics) => boolean = () => true,
    { timeout = DEFAULT_TIMEOUT, includePast = false } = {},
  ): Promise<PublishDiagnostics> {
    if (includePast) {
      const past = [...this.published].reverse().find((p) => p.uri === uri && match(p));
      if (past) return Promise.resolve(past);
    }
    return withTimeout(
      new Promise<PublishDiagnostics>((resolvePromise) => {
        this.diagnosticWaiters.push({ match: (p) => p.uri === uri && match(p), resolve: resolvePromise });
      }),
      timeout,
      `diagnostics for ${uri}`,
    );
  }

  /** Diagnostics for `uri` published for document version `version`. */
  waitForVersion(uri: string, version: number, timeout = DEFAULT_TIMEOUT): Promise<PublishDiagnostics> {
    return this.waitForDiagnostics(uri, (p) => p.version === version, { timeout, includePast: true });
  }

  waitForMessage(match: (m: { type: number; message: string }) => boolean, timeout = DEFAULT_TIMEOUT): Promise<{ type: number; message: string }> {
    const past = this.messages.find(match);
    if (past) return Promise.resolve(past);
    return withTimeout(
      new Promise((resolvePromise) => {
        this.messageWaiters.push({ match, resolve: resolvePromise });
      }),
      timeout,
      'window/showMessage',
    );
  }

  /** The first window/logMessage (received already or later) that satisfies `match`. */
  waitForLog(match: (m: { type: number; message: string }) => boolean, timeout = DEFAULT_TIMEOUT): Promise<{ type: number; message: string }> {
    const past = this.logs.find(match);
    if (past) return Promise.resolve(past);
    return withTimeout(
      new Promise((resolvePromise) => {
        this.logWaiters.push({ match, resolve: resolvePromise });
      }),
      timeout,
      'window/logMessage',
    );
  }

  waitForRefresh(timeout = DEFAULT_TIMEOUT): Promise<void> {
    return withTimeout(
      new Promise<void>((resolvePromise) => {
        this.refreshWaiters.push(resolvePromise);
      }),
      timeout,
      'workspace/diagnostic/refresh',
    );
  }

  /** Writes raw bytes to the server's stdin (for malformed-message tests). */
  writeRaw(data: string | Buffer): void {
    this.proc.stdin.write(data);
  }

  /** A framed message with an arbitrary body (e.g. invalid JSON). */
  writeFramed(body: string): void {
    const bytes = Buffer.from(body, 'utf8');
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }

  waitForExit(timeout = DEFAULT_TIMEOUT): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.exited) return Promise.resolve(this.exited);
    return withTimeout(
      new Promise((resolvePromise) => {
        this.exitWaiters.push(() => resolvePromise(this.exited!));
      }),
      timeout,
      'server exit',
    );
  }

  /** shutdown + exit; kills the process if it does not leave in time. */
  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> {
    if (!this.alive) {
      this.conn.dispose();
      return this.exited;
    }
    try {
      await this.request('shutdown', undefined, 5000);
      await this.conn.sendNotification('exit');
      return await this.waitForExit(5000);
    } catch {
      this.proc.kill('SIGKILL');
      return null;
    } finally {
      this.conn.dispose();
    }
  }
}

/** The seed postings, by file name. */
export function seedFiles(): string[] {
  return readdirSync(resolve(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export interface SeedLabels {
  postings: Record<string, { sections: Array<{ heading: string | null; line: number; kind: string }> }>;
}
