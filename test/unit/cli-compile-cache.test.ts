// The CLI launcher's V8 code cache (server/src/cliLaunch.ts), through the built `node dist/cli.js`
// as a user runs it: the first run of a command writes the cache, later runs use it and give the
// same output; a damaged, foreign or unwritable cache never changes a result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const seed = join(root, 'seeds', '001_49ad812661e1454e.txt');

function run(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFolder(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'postwright-cache-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const caches = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.v8cache')) : []);

test('the first lint writes one cache for the command; the next run reads it, leaves it alone and prints the same', (t) => {
  const dir = join(tempFolder(t), 'nested', 'cache');
  const plain = run(['lint', '--format', 'json', seed], { POSTWRIGHT_NO_COMPILE_CACHE: '1' });
  const first = run(['lint', '--format', 'json', seed], { POSTWRIGHT_CACHE_DIR: dir });
  assert.deepEqual(caches(dir).length, 1);
  assert.match(caches(dir)[0]!, new RegExp(`^cli-lint-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8cache$`));
  const file = join(dir, caches(dir)[0]!);
  const written = statSync(file).mtimeMs;
  const second = run(['lint', '--format', 'json', seed], { POSTWRIGHT_CACHE_DIR: dir });
  assert.equal(statSync(file).mtimeMs, written, 'an accepted cache is not rewritten');
  for (const r of [first, second]) {
    assert.equal(r.code, plain.code);
    assert.equal(r.stdout, plain.stdout);
    assert.equal(r.stderr, plain.stderr);
  }
  // Another command has its own cache: a cache holds what that command compiled.
  run(['outline', seed], { POSTWRIGHT_CACHE_DIR: dir });
  assert.equal(caches(dir).length, 2);
});

test('a damaged cache (right name, wrong bytes) is rejected by V8, replaced, and the output is unchanged', (t) => {
  const dir = tempFolder(t);
  const good = run(['lint', '--format', 'json', seed], { POSTWRIGHT_CACHE_DIR: dir });
  const file = join(dir, caches(dir)[0]!);
  writeFileSync(file, Buffer.alloc(4096, 0x5a));
  const again = run(['lint', '--format', 'json', seed], { POSTWRIGHT_CACHE_DIR: dir });
  assert.equal(again.stdout, good.stdout);
  assert.equal(again.code, good.code);
  assert.ok(statSync(file).size > 4096, 'the damaged file was replaced by a real cache');
});

test('a cache written for another bundle is dropped when this bundle writes its own', (t) => {
  const dir = tempFolder(t);
  const stale = join(dir, `cli-lint-0000000000000000-${process.version}-${process.arch}.v8cache`);
  writeFileSync(stale, 'old');
  run(['lint', '--format', 'json', seed], { POSTWRIGHT_CACHE_DIR: dir });
  assert.ok(!existsSync(stale));
  assert.equal(caches(dir).length, 1);
});

test('no cache for --version or --help, none with POSTWRIGHT_NO_COMPILE_CACHE, and an unwritable folder changes nothing', (t) => {
  const dir = tempFolder(t);
  assert.equal(run(['--version'], { POSTWRIGHT_CACHE_DIR: dir }).code, 0);
  assert.equal(run(['--help'], { POSTWRIGHT_CACHE_DIR: dir }).code, 0);
  assert.deepEqual(caches(dir), []);
  const off = run(['lint', '--format', 'json', seed], { POSTWRIGHT_CACHE_DIR: dir, POSTWRIGHT_NO_COMPILE_CACHE: '1' });
  assert.deepEqual(caches(dir), []);
  // A file where the folder should be: mkdir fails, the run still finishes with the same result.
  const blocked = join(dir, 'blocked');
  writeFileSync(blocked, '');
  chmodSync(blocked, 0o400);
  const r = run(['lint', '--format', 'json', seed], { POSTWRIGHT_CACHE_DIR: join(blocked, 'cache') });
  assert.equal(r.stdout, off.stdout);
  assert.equal(r.code, off.code);
  assert.equal(r.stderr, off.stderr);
});

test('a bundle changed after the launcher was built (new modification time) gets a cache of its own', (t) => {
  const dir = tempFolder(t);
  // A copy of the two files, so the test can touch its bundle without touching dist/.
  const copy = join(dir, 'dist');
  mkdirSync(copy);
  for (const name of ['cli.js', 'cli-main.js']) copyFileSync(join(root, 'dist', name), join(copy, name));
  symlinkSync(join(root, 'dist', 'dictionary-en'), join(copy, 'dictionary-en'));
  const cacheDir = join(dir, 'cache');
  const lint = () => spawnSync(process.execPath, [join(copy, 'cli.js'), 'lint', '--format', 'json', seed], { cwd: root, env: { ...process.env, POSTWRIGHT_CACHE_DIR: cacheDir }, encoding: 'utf8' });
  const first = lint();
  const before = caches(cacheDir);
  assert.equal(before.length, 1);
  utimesSync(join(copy, 'cli-main.js'), new Date(2001, 0, 1), new Date(2001, 0, 1));
  const second = lint();
  const after = caches(cacheDir);
  assert.equal(after.length, 1, 'the older cache of the command is dropped');
  assert.notEqual(after[0], before[0], 'the changed bundle has another key');
  assert.equal(second.stdout, first.stdout);
  assert.equal(second.status, first.status);
});
