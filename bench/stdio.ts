// Over stdio against the bundled server (dist/server.js --stdio), as an editor would see it: cold
// start to the `initialize` result, didChange → publishDiagnostics latency while typing 200
// characters (push mode: the client does not announce pull diagnostics), the same with pull
// (didChange then textDocument/diagnostic), completion latency. Typing into 12 KB and 200 KB
// postings, and the memory it leaves behind, is bench/memory.ts.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT, SEEDS } from './inputs.ts';
import { median, ms, percentile, type Table } from './table.ts';

const SERVER = join(ROOT, 'dist', 'server.js');

export interface Server {
  proc: ChildProcessWithoutNullStreams;
  conn: MessageConnection;
  capabilities: Record<string, unknown>;
  /** Milliseconds from spawn to the initialize result. */
  startup: number;
  onDiagnostics(uri: string, version: number): Promise<void>;
  rssKb(): number;
  /** CPU time the server process has used so far (user + system, all threads), in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * Spawns `node [nodeArgs] dist/server.js --stdio` and initializes it. nodeArgs and server (another
 * build of the server, to compare with) are for investigation; the bench runs plain node on dist/.
 */
export async function startServer(pull: boolean, nodeArgs: string[] = [], server = SERVER): Promise<Server> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  proc.stderr.resume();
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = new Map<string, { version: number; resolve: () => void }>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    const w = waiters.get(p.uri);
    if (w && (p.version === undefined || p.version >= w.version)) {
      waiters.delete(p.uri);
      w.resolve();
    }
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  const init = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true },
        completion: { completionItem: { snippetSupport: true } },
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
      workspace: { configuration: true },
    },
  })) as { capabilities: Record<string, unknown> };
  const startup = performance.now() - t0;
  await conn.sendNotification('initialized', {});
  return {
    proc,
    conn,
    capabilities: init.capabilities,
    startup,
    onDiagnostics: (uri, version) => new Promise<void>((resolve) => waiters.set(uri, { version, resolve })),
    rssKb: () => {
      const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    },
    cpuMs: () => {
      // Fields 14 and 15 of /proc/PID/stat (utime, stime) in clock ticks of 10 ms; the name field may hold spaces.
      const fields = readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: async () => {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification('exit');
      } catch {
        // already gone
      }
      await new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        const timer = setTimeout(() => {
          proc.kill();
          resolve();
        }, 2000);
        proc.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      conn.dispose();
    },
  };
}

/** The line and end column where typing happens: the end of the seed's longest line. */
function typingSpot(text: string): { line: number; character: number } {
  const lines = text.split(/\r\n|\r|\n/);
  let best = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.length > lines[best]!.length) best = i;
  return { line: best, character: lines[best]!.length };
}

export const TYPED =
  ' Candidates must hold a valid state teaching license and at least three years of classroom experience; salary is $52,000 to $78,000 per year with full benefits and a pension pla';

export async function stdio(table: Table): Promise<void> {
  const S = 'Over stdio against dist/server.js';

  // Cold start: spawn → initialize result, median of 7.
  const starts: number[] = [];
  for (let i = 0; i < 7; i++) {
    const s = await startServer(false);
    starts.push(s.startup);
    await s.stop();
  }
  table.add(
    S,
    'cold start to initialize result (median / p95 of 7)',
    `${ms(median(starts))} / ${ms(percentile(starts, 95))}`,
    '< 300 ms',
    median(starts) < 300,
  );

  // Typing, push mode: each keystroke waits for its diagnostics before the next.
  const push = await startServer(false);
  const pushLat: number[] = [];
  for (const seed of SEEDS) {
    const uri = `untitled:bench-${seed.name}.posting`;
    const opened = push.onDiagnostics(uri, 1);
    await push.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'job-posting', version: 1, text: seed.text },
    });
    await opened;
    const spot = typingSpot(seed.text);
    let version = 1;
    for (let i = 0; i < 40; i++) {
      // 200 characters over the five seeds: 40 per seed.
      const ch = TYPED[pushLat.length % TYPED.length]!;
      version++;
      const got = push.onDiagnostics(uri, version);
      const t0 = performance.now();
      await push.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: spot, end: spot }, text: ch }],
      });
      await got;
      pushLat.push(performance.now() - t0);
      spot.character++;
    }
  }
  table.add(
    S,
    `keystroke → diagnostics, push (200 chars; median / p95)`,
    `${ms(median(pushLat))} / ${ms(percentile(pushLat, 95))}`,
    'p95 < 20 ms',
    percentile(pushLat, 95) < 20,
  );

  // Completion, per seed (push server is fine: completion does not depend on the diagnostics mode).
  if (push.capabilities.completionProvider) {
    for (const seed of SEEDS) {
      const uri = `untitled:bench-${seed.name}.posting`;
      const lines = seed.text.split('\n');
      const lat: number[] = [];
      for (let k = 0; k < 60; k++) {
        const line = Math.floor((k * lines.length) / 60);
        const t0 = performance.now();
        await push.conn.sendRequest('textDocument/completion', {
          textDocument: { uri },
          position: { line, character: k % 2 ? 0 : lines[line]!.length },
        });
        lat.push(performance.now() - t0);
      }
      table.add(
        S,
        `completion ${seed.name} (60 requests; median / p95)`,
        `${ms(median(lat))} / ${ms(percentile(lat, 95))}`,
        'p95 < 10 ms',
        percentile(lat, 95) < 10,
      );
    }
  } else {
    table.add(S, 'completion latency', 'n/a (no completion provider yet)', 'p95 < 10 ms');
  }

  await push.stop();

  // Typing, pull mode: didChange then textDocument/diagnostic, answered from the server's cache.
  const pull = await startServer(true);
  if (pull.capabilities.diagnosticProvider) {
    const lat: number[] = [];
    for (const seed of SEEDS) {
      const uri = `untitled:bench-pull-${seed.name}.posting`;
      await pull.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'job-posting', version: 1, text: seed.text },
      });
      await pull.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      const spot = typingSpot(seed.text);
      let version = 1;
      for (let i = 0; i < 40; i++) {
        version++;
        const t0 = performance.now();
        await pull.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: spot, end: spot }, text: TYPED[i]! }],
        });
        await pull.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
        lat.push(performance.now() - t0);
        spot.character++;
      }
    }
    table.add(
      S,
      'keystroke → diagnostics, pull (200 chars; median / p95)',
      `${ms(median(lat))} / ${ms(percentile(lat, 95))}`,
      'p95 < 20 ms',
      percentile(lat, 95) < 20,
    );
  }
  await pull.stop();
}
