// Real VS Code on this machine: code-server (VS Code 1.100 server + web workbench) started on
// 127.0.0.1 with a throwaway profile. Used by test/e2e/codeserver.test.ts. Every process started
// here runs in its own process group and is killed (group-wide) by stop(), and on process exit.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root (this file is test/e2e/lib/codeServer.ts). */
export const ROOT = resolve(__dirname, '..', '..', '..');
/** The extension under test; POSTWRIGHT_EXT_ROOT points the harness at another build of it. */
export const EXT_ROOT = resolve(process.env.POSTWRIGHT_EXT_ROOT ?? ROOT);
export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION ?? '4.100.3';
export const CODE_SERVER_DIR = join(ROOT, '.vscode-test', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});

/** Kills a child started with detached: true together with everything it started. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** Stops a process group: SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, 'SIGKILL'); // the leader is gone; its children may not be
    live.delete(child);
    return;
  }
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  killGroup(child, 'SIGKILL'); // stragglers in the group (extension host, language server)
  live.delete(child);
}

/** Runs scripts/install-code-server.sh unless its stamp file says the install finished. */
export function ensureCodeServer(): void {
  const stamp = join(CODE_SERVER_DIR, `.installed-${CODE_SERVER_VERSION}`);
  if (existsSync(stamp) && existsSync(CODE_SERVER_ENTRY)) return;
  const result = spawnSync('bash', [join(ROOT, 'scripts', 'install-code-server.sh')], {
    stdio: 'inherit',
    env: { ...process.env, CODE_SERVER_VERSION },
    timeout: 20 * 60_000,
  });
  if (result.status !== 0 || !existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`scripts/install-code-server.sh failed (status ${result.status}); code-server is needed for the e2e suite`);
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.unref();
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => res(port));
    });
  });
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The seed postings (seeds/*.txt), by file name. */
export function seedNames(): string[] {
  return readdirSync(join(ROOT, 'seeds'))
    .filter((n) => n.endsWith('.txt'))
    .sort();
}

export function seedText(name: string): string {
  return readFileSync(join(ROOT, 'seeds', name), 'utf8');
}

/** The .posting name a seed gets in a test workspace: 003_45e4fa1758b6089c.txt → 003_45e4fa1758b6089c.posting. */
export function postingName(seed: string, prefix = ''): string {
  return prefix + seed.replace(/\.txt$/, '.posting');
}

/**
 * Makes a workspace folder holding a copy of every seed as .posting, plus `extra` files
 * (name → text), and .vscode/settings.json when `settings` is given.
 */
export function makeWorkspace(dir: string, extra: Record<string, string> = {}, settings?: Record<string, unknown>): string {
  mkdirSync(dir, { recursive: true });
  for (const seed of seedNames()) writeFileSync(join(dir, postingName(seed)), seedText(seed));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  if (settings) writeWorkspaceSettings(dir, settings);
  return dir;
}

export function writeWorkspaceSettings(dir: string, settings: Record<string, unknown>): void {
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  writeFileSync(join(dir, '.vscode', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

/** The labels for a seed from seeds/labels.json (the test oracle). */
export interface SeedLabels {
  title: string;
  sections: { heading: string | null; line: number; kind: string }[];
  present: string[];
  missing: string[];
  findings: { line: number | null; rule: string; note: string }[];
}

export function seedLabels(seed: string): SeedLabels {
  const labels = JSON.parse(readFileSync(join(ROOT, 'seeds', 'labels.json'), 'utf8')) as { postings: Record<string, SeedLabels> };
  const found = labels.postings[seed];
  if (!found) throw new Error(`no labels for ${seed}`);
  return found;
}

/** Checks that the bundles the extension runs exist (npm run build makes them). */
export function assertBuilt(root = EXT_ROOT): void {
  const missing = ['dist/client.js', 'dist/server.js', 'dist/server-main.js'].filter((f) => !existsSync(join(root, f)));
  if (missing.length) throw new Error(`${missing.join(', ')} missing in ${root}: run npm run build first`);
}

/**
 * Packages the extension with vsce into `outDir`. Returns the .vsix path, or throws with vsce's
 * output when the manifest is not packageable.
 */
export function packageVsix(outDir: string, root = EXT_ROOT): string {
  const out = join(outDir, 'postwright.vsix');
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', out], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, npm_config_yes: 'true' },
  });
  if (result.status !== 0 || !existsSync(out)) {
    throw new Error(`vsce package failed (status ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return out;
}

export interface CodeServerOptions {
  workspace: string;
  /** Leave workspace trust on (the folder opens in Restricted Mode until trusted). Default false. */
  trust?: boolean;
  /** A .vsix to install into the fresh extensions dir before starting. */
  vsix?: string;
  /** Extra environment for code-server and so for its extension host (e.g. a results file path). */
  env?: Record<string, string>;
  /** User settings (settings.json in the fresh user-data-dir). */
  userSettings?: Record<string, unknown>;
  log?: (line: string) => void;
}

export interface CodeServer {
  url: string;
  port: number;
  process: ChildProcess;
  home: string;
  userDataDir: string;
  extensionsDir: string;
  /** The workbench URL for the workspace, with an optional `payload` (extension development route). */
  workbenchUrl(payload?: [string, string][]): string;
  /** A path on the server as the web workbench names it (vscode-remote URI), for payload values. */
  remoteUri(path: string): string;
  logText(): string;
  stop(): Promise<void>;
}

const DEFAULT_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'security.workspace.trust.startupPrompt': 'never',
  // No editor.* suggestion settings here: the extension's own [job-posting] defaults are under test.
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

/** Starts code-server on 127.0.0.1 with a random free port and a fresh profile; waits until it answers. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  ensureCodeServer();
  const home = makeTempDir('postwright-cs-');
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_USER_SETTINGS, ...options.userSettings }, null, 2),
  );
  const config = join(home, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, XDG_CONFIG_HOME: join(home, 'xdg-config'), XDG_DATA_HOME: join(home, 'xdg-data') };
  delete env.VSCODE_IPC_HOOK_CLI;

  if (options.vsix) {
    const install = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...common, '--install-extension', options.vsix], {
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    if (install.status !== 0) throw new Error(`code-server --install-extension failed:\n${install.stdout}\n${install.stderr}`);
  }

  const port = await freePort();
  const args = [
    CODE_SERVER_ENTRY,
    ...common,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(options.trust ? [] : ['--disable-workspace-trust']),
    options.workspace,
  ];
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let log = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    log += text;
    if (log.length > 200_000) log = log.slice(-100_000);
    if (options.log) for (const line of text.split('\n')) if (line.trim()) options.log(line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const url = `http://127.0.0.1:${port}`;
  const server: CodeServer = {
    url,
    port,
    process: child,
    home,
    userDataDir,
    extensionsDir,
    workbenchUrl(payload) {
      let u = `${url}/?folder=${encodeURIComponent(options.workspace)}`;
      if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    remoteUri(path) {
      return `vscode-remote://127.0.0.1:${port}${path}`;
    },
    logText: () => log,
    async stop() {
      await stopGroup(child);
      if (!process.env.POSTWRIGHT_E2E_KEEP) rmSync(home, { recursive: true, force: true });
    },
  };

  // Wait for the HTTP server (bounded), or for the process to die.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer on ${url} within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

/** Pids of processes below `rootPid` (by /proc parent links) whose command line matches `pattern`. */
export function descendantsMatching(rootPid: number, pattern: RegExp): number[] {
  const parent = new Map<number, number>();
  const cmd = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
      cmd.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '));
    } catch {
      /* exited meanwhile */
    }
  }
  const isBelow = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && p > 1 && hops < 50; p = parent.get(p), hops++) {
      if (p === rootPid) return true;
    }
    return false;
  };
  return [...cmd.entries()].filter(([pid, line]) => pattern.test(line) && isBelow(pid)).map(([pid]) => pid);
}

/** Copies a folder (used for per-test copies of a workspace). */
export function copyDir(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}
