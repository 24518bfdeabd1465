// What the CLI reads, through the built CLI on files in a temp folder: .postwright.json only from a
// regular file of bounded size (a FIFO or /dev/zero neither hangs nor allocates), with a UTF-8
// byte-order mark accepted; dot-files and dot-folders skipped by folder walks and globs unless
// named; one exit-code table for every command; clear messages for bad options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ensureBuilt } from '../lsp/client.ts';

ensureBuilt();

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error !== undefined };
}

const POSTING = 'Math Teacher\n\nJob Summary\nEach student in his/her class learns math.\n';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-read-'));
  writeFileSync(join(dir, 'a.posting'), POSTING);
  return dir;
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  assert.equal(r.status, 0, `mkfifo: ${r.stderr}`);
}

test('a FIFO named .postwright.json: no hang, a clear message, exit 2', () => {
  const dir = workspace();
  mkfifo(join(dir, '.postwright.json'));
  const r = cli(['lint', 'a.posting'], dir);
  assert.equal(r.timedOut, false, 'the CLI hung on the FIFO');
  assert.match(r.err, /\.postwright\.json: not a regular file \(a FIFO\); ignored/);
  assert.equal(r.code, 2);
});

test('a .postwright.json linked to /dev/zero, or larger than 1 MB, is refused without reading it all', () => {
  const dir = workspace();
  symlinkSync('/dev/zero', join(dir, '.postwright.json'));
  const r = spawnSync(process.execPath, ['--max-old-space-size=64', CLI, 'lint', 'a.posting'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.match(r.stderr, /\.postwright\.json: not a regular file \(a device\); ignored/);
  assert.equal(r.status, 2);
  const big = workspace();
  writeFileSync(join(big, '.postwright.json'), `{"profile": "generic", "//": "${'x'.repeat(2 * 1024 * 1024)}"}`);
  const b = cli(['lint', 'a.posting'], big);
  assert.match(b.err, /\.postwright\.json: larger than 1 MB; ignored/);
  assert.equal(b.code, 2);
});

test('a .postwright.json that starts with a UTF-8 byte-order mark is read', () => {
  const dir = workspace();
  writeFileSync(join(dir, '.postwright.json'), `\ufeff${JSON.stringify({ rules: { 'gendered-pronoun': 'error' } })}`);
  const r = cli(['lint', '--format', 'json', 'a.posting'], dir);
  assert.doesNotMatch(r.err, /not valid JSON/);
  assert.equal(JSON.parse(r.out)[0].diagnostics.find((d: { rule: string }) => d.rule === 'gendered-pronoun').severity, 'error');
  assert.equal(r.code, 1);
});

test('folders and globs skip dot-files and dot-folders; a dot path named on the command line is read', () => {
  const dir = workspace();
  mkdirSync(join(dir, 'postings', '.history'), { recursive: true });
  writeFileSync(join(dir, 'postings', 'b.posting'), POSTING);
  writeFileSync(join(dir, 'postings', '.history', 'b_20250101.posting'), POSTING);
  writeFileSync(join(dir, 'postings', '.draft.posting'), POSTING);
  for (const input of ['postings', 'postings/**/*.posting', 'postings/*']) {
    const r = cli(['lint', '--fix', input], dir);
    assert.match(r.out, /^1 file checked/m, `${input}: ${r.out}`);
    assert.equal(readFileSync(join(dir, 'postings', '.history', 'b_20250101.posting'), 'utf8'), POSTING, `${input} rewrote an editor history copy`);
    assert.equal(readFileSync(join(dir, 'postings', '.draft.posting'), 'utf8'), POSTING);
  }
  const named = cli(['lint', 'postings/.history/b_20250101.posting', 'postings/.draft.posting'], dir);
  assert.match(named.out, /^2 files checked/m);
  assert.match(cli(['lint', 'postings/.history'], dir).out, /^1 file checked/m);
  assert.match(cli(['lint', 'postings/.history/*.posting'], dir).out, /^1 file checked/m);
});

test('one exit-code table: a missing or unreadable file exits 2 for lint, export, report and outline', () => {
  const dir = workspace();
  mkfifo(join(dir, 'fifo.posting'));
  for (const command of ['lint', 'export', 'report', 'outline']) {
    const missing = cli([command, 'nope.posting'], dir);
    assert.equal(missing.code, 2, `${command} missing: ${missing.err}`);
    assert.match(missing.err, /nope\.posting: no such file/);
    const unreadable = cli([command, 'fifo.posting'], dir);
    assert.equal(unreadable.timedOut, false, `${command} hung on a FIFO`);
    assert.equal(unreadable.code, 2, `${command} unreadable: ${unreadable.err}`);
    assert.match(unreadable.err, /fifo\.posting: not a regular file \(a FIFO\)/);
    assert.doesNotMatch(missing.err + unreadable.err, /\n\s+at /);
  }
  // lint goes on with the other files and still reports them.
  const both = cli(['lint', 'nope.posting', 'a.posting'], dir);
  assert.equal(both.code, 2);
  assert.match(both.out, /a\.posting:4:\d+ info .*\[gendered-pronoun\]/);
});

test('options: unknown options and missing values are named; --name=value and -- work', () => {
  const dir = workspace();
  const unknown = cli(['lint', '--bogus', 'a.posting'], dir);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /^postwright lint: unknown option '--bogus'/);
  const missing = cli(['lint', 'a.posting', '--format'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /^postwright lint: --format needs a value/);
  assert.match(cli(['lint', '--format', '--fix', 'a.posting'], dir).err, /--format needs a value/);
  assert.match(cli(['export', '-o'], dir).err, /^postwright export: -o needs a value/);
  assert.match(cli(['report', '--fix', 'a.posting'], dir).err, /^postwright report: unknown option '--fix'/);
  assert.match(cli(['init', '--force=yes'], dir).err, /--force takes no value/);
  const stars = cli(['lint', '*a*b*c*.posting'], dir);
  assert.equal(stars.code, 2);
  assert.match(stars.err, /\*a\*b\*c\*\.posting: glob refused: more than 2 '\*' in one name/);
  writeFileSync(join(dir, '-dash.posting'), POSTING);
  const dashed = cli(['lint', '--format=json', '--', '-dash.posting'], dir);
  assert.equal(JSON.parse(dashed.out)[0].file, '-dash.posting');
});

test('export -o and init write through a link to its target and refuse a non-regular file', () => {
  const dir = workspace();
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'page.md'), 'old\n');
  symlinkSync(join(dir, 'real', 'page.md'), join(dir, 'page.md'));
  const r = cli(['export', '-q', '--format', 'markdown', '-o', 'page.md', 'a.posting'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(readFileSync(join(dir, 'real', 'page.md'), 'utf8'), /^# Math Teacher/);
  mkfifo(join(dir, 'out.html'));
  const fifo = cli(['report', '--format', 'html', '-o', 'out.html', 'a.posting'], dir);
  assert.equal(fifo.timedOut, false);
  assert.equal(fifo.code, 2);
  assert.match(fifo.err, /cannot write out\.html: not a regular file/);
  const init = mkdtempSync(join(tmpdir(), 'pw-init-link-'));
  writeFileSync(join(init, 'shared.json'), '{}\n');
  symlinkSync(join(init, 'shared.json'), join(init, '.postwright.json'));
  assert.equal(cli(['init'], init).code, 1, 'an existing link is an existing file');
  assert.equal(cli(['init', '--force'], init).code, 0);
  assert.equal(JSON.parse(readFileSync(join(init, 'shared.json'), 'utf8')).profile, 'auto');
  assert.ok(existsSync(join(init, '.postwright.json')));
});
