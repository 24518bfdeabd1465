import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../server/src/cli/lint.ts';

const seeds = join(import.meta.dirname, '../../seeds');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-lint-'));
  mkdirSync(join(dir, 'postings', 'more'), { recursive: true });
  copyFileSync(join(seeds, '003_45e4fa1758b6089c.txt'), join(dir, 'postings', 'philly.txt'));
  copyFileSync(join(seeds, '001_49ad812661e1454e.txt'), join(dir, 'postings', 'more', 'cps.txt'));
  writeFileSync(join(dir, 'clean.txt'), 'Teacher\n\nJob Summary\nTeaches math.\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  return dir;
}

async function runLint(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await lint(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, readStdin: async () => 'Teacher\n\nhe/she teaches.\n' });
  return { code, out, err };
}

test('lint: JSON is an array with the exact shape, 1-based', async () => {
  const dir = workspace();
  const r = await runLint(['--format', 'json', '--today', '2026-01-01', 'postings/philly.txt'], dir);
  assert.equal(r.err, '');
  const json = JSON.parse(r.out);
  assert.ok(Array.isArray(json));
  assert.equal(json.length, 1);
  const [file] = json;
  assert.deepEqual(Object.keys(file), ['file', 'profile', 'missing', 'diagnostics']);
  assert.equal(file.file, 'postings/philly.txt');
  assert.equal(file.profile, 'philadelphia');
  assert.ok(file.missing.includes('eeo'));
  for (const d of file.diagnostics) {
    assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'kind']);
    assert.ok(d.line >= 1 && d.column >= 1);
  }
  const pronoun = file.diagnostics.find((d: { rule: string }) => d.rule === 'gendered-pronoun');
  assert.deepEqual([pronoun.line, pronoun.column, pronoun.endLine, pronoun.endColumn], [4, 9, 4, 16]);
  const missing = file.diagnostics.find((d: { rule: string }) => d.rule === 'missing-section');
  assert.equal(typeof missing.kind, 'string');
  assert.equal(r.code, 0);
});

test('lint: exit 1 on an error-severity finding; text format; globs', async () => {
  const dir = workspace();
  const r = await runLint(['--today', '2026-01-01', 'postings/**/*.txt'], dir);
  assert.equal(r.code, 1); // template text in cps.txt is an error
  assert.match(r.out, /^postings\/more\/cps\.txt:86:\d+ error Template text: .* \[template-text\]$/m);
  assert.match(r.out, /^postings\/philly\.txt:4:9 info .* \[gendered-pronoun\]$/m);
  assert.match(r.out, /2 files checked/);
  const one = await runLint(['--format=json', 'postings/*.txt'], dir);
  assert.equal(JSON.parse(one.out).length, 1);
});

test('lint: --profile overrides detection', async () => {
  const dir = workspace();
  const r = await runLint(['--format', 'json', '--profile', 'generic', 'postings/philly.txt'], dir);
  assert.equal(JSON.parse(r.out)[0].profile, 'generic');
});

test('lint: usage errors exit 2 with one line and no stack', async () => {
  const dir = workspace();
  for (const args of [['--bogus', 'clean.txt'], [], ['missing.txt'], ['binary.txt'], ['--format', 'xml', 'clean.txt'], ['nothing/*.txt'], ['--profile', 'nope', 'clean.txt']]) {
    const r = await runLint(args, dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.equal(r.out, '');
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
  assert.match((await runLint(['binary.txt'], dir)).err, /binary/);
  assert.match((await runLint(['missing.txt'], dir)).err, /missing\.txt: no such file/);
});

test('lint: standard input', async () => {
  const dir = workspace();
  const r = await runLint(['--format', 'json', '-'], dir);
  const json = JSON.parse(r.out);
  assert.equal(json[0].file, '-');
  assert.ok(json[0].diagnostics.some((d: { rule: string }) => d.rule === 'gendered-pronoun'));
});

test('lint: a .postwright.json in the folder is read', async () => {
  const dir = workspace();
  writeFileSync(join(dir, '.postwright.json'), JSON.stringify({ rules: { 'gendered-pronoun': 'error' } }));
  const r = await runLint(['--format', 'json', 'postings/philly.txt'], dir);
  assert.equal(r.code, 1);
  assert.equal(JSON.parse(r.out)[0].diagnostics.find((d: { rule: string }) => d.rule === 'gendered-pronoun').severity, 'error');
});
