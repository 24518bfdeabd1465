#!/usr/bin/env node
// `npm start`: Postwright in real VS Code, in your browser. Builds the extension, packages it as a
// .vsix, installs code-server if needed (scripts/install-code-server.sh), installs the .vsix into a
// demo profile and serves VS Code on 127.0.0.1 with a workspace of sample postings (the seeds,
// copied as .posting into .vscode-test/demo-workspace). Prints the URL; Ctrl+C stops everything.
//
//   node scripts/demo.mjs              code-server on a free port (or --port N)
//   node scripts/demo.mjs --desktop    install the .vsix into desktop VS Code (`code` on PATH)
//   node scripts/demo.mjs --no-build   use dist/ as it is
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const VERSION = process.env.CODE_SERVER_VERSION ?? '4.100.3';
const CS_DIR = join(ROOT, '.vscode-test', 'code-server');
const ENTRY = join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const DEMO = join(ROOT, '.vscode-test', 'demo');
const WORKSPACE = join(ROOT, '.vscode-test', 'demo-workspace');
const VSIX = join(DEMO, 'postwright.vsix');

function run(cmd, argv, options = {}) {
  const result = spawnSync(cmd, argv, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) {
    console.error(`demo: ${cmd} ${argv.join(' ')} failed (status ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return result;
}

function npmRun(script) {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script]);
}

function packageVsix() {
  mkdirSync(DEMO, { recursive: true });
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  console.log('demo: packaging the extension (vsce package --no-dependencies)');
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', VSIX]);
}

function makeWorkspace() {
  mkdirSync(WORKSPACE, { recursive: true });
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt'));
  for (const seed of seeds) {
    const target = join(WORKSPACE, seed.replace(/\.txt$/, '.posting'));
    // Leave the writer's edits alone on a second run; add what is missing.
    if (!existsSync(target)) writeFileSync(target, readFileSync(join(ROOT, 'seeds', seed)));
  }
  return seeds.length;
}

function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });
}

if (!flag('--no-build')) {
  console.log('demo: building (npm run build)');
  npmRun('build');
}
packageVsix();

if (flag('--desktop')) {
  const which = spawnSync('code', ['--version'], { encoding: 'utf8' });
  if (which.status !== 0) {
    console.error('demo: `code` is not on PATH; run without --desktop to use code-server in the browser');
    process.exit(1);
  }
  run('code', ['--install-extension', VSIX, '--force']);
  makeWorkspace();
  run('code', [WORKSPACE]);
  console.log(`demo: installed Postwright into VS Code and opened ${WORKSPACE}`);
  process.exit(0);
}

if (!existsSync(join(CS_DIR, `.installed-${VERSION}`)) || !existsSync(ENTRY)) {
  console.log('demo: installing code-server (scripts/install-code-server.sh; takes a few minutes once)');
  run('bash', [join(ROOT, 'scripts', 'install-code-server.sh')]);
}

const count = makeWorkspace();
const userData = join(DEMO, 'user-data');
const extensions = join(DEMO, 'extensions');
mkdirSync(join(userData, 'User'), { recursive: true });
const settingsFile = join(userData, 'User', 'settings.json');
if (!existsSync(settingsFile)) {
  writeFileSync(settingsFile, JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false }, null, 2));
}
const config = join(DEMO, 'config.yaml');
writeFileSync(config, 'auth: none\ncert: false\n');
const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
run(process.execPath, [ENTRY, ...common, '--install-extension', VSIX, '--force'], { stdio: ['ignore', 'ignore', 'inherit'] });

const port = Number(option('--port') ?? (await freePort()));
const child = spawn(
  process.execPath,
  [ENTRY, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened', WORKSPACE],
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
);
let log = '';
child.stdout.on('data', (d) => (log += d));
child.stderr.on('data', (d) => (log += d));

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    process.exit(code);
  }, 3000);
  child.once('exit', () => {
    clearTimeout(timer);
    process.exit(code);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
child.once('exit', (code) => {
  if (!stopping) {
    console.error(`demo: code-server exited (${code}):\n${log.slice(-3000)}`);
    process.exit(1);
  }
});

const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(WORKSPACE)}`;
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {
    /* not yet */
  }
  if (Date.now() > deadline) {
    console.error(`demo: code-server did not answer within 60 s:\n${log.slice(-3000)}`);
    stop(1);
    await new Promise(() => {}); // stop() exits the process
  }
  await new Promise((r) => setTimeout(r, 200));
}
console.log(`\nPostwright demo: VS Code (code-server ${VERSION}) with ${count} sample postings in ${WORKSPACE}`);
console.log(`\n    Open ${url}\n`);
console.log('Open a .posting file: the Problems panel (Ctrl+Shift+M) lists findings, the Outline shows sections,');
console.log('Ctrl+Space on a blank line suggests section templates, Ctrl+. offers quick fixes. Ctrl+C stops.');
