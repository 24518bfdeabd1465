// `postwright lint` for pipelines: --fix (safe fixes, atomic write, --backup keeps .bak),
// --max-warnings, folders and globs, standard input, and the documented exit codes
// (0 ok; 1 an error, or more warnings than --max-warnings; 2 usage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis.ts';
import { applySafeFixes, expandInputs, globToRegExp } from '../../server/src/cli/files.ts';
import { lint } from '../../server/src/cli/lint.ts';

const root = join(import.meta.dirname, '..', '..');
const SEED_001 = join(root, 'seeds', '001_49ad812661e1454e.txt');

async function run(args: string[], cwd: string, stdin = '') {
  let out = '';
  let err = '';
  const code = await lint(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, readStdin: async () => stdin });
  return { code, out, err };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-fix-'));
  mkdirSync(join(dir, 'postings', 'deep'), { recursive: true });
  copyFileSync(SEED_001, join(dir, 'postings', 'cps.posting'));
  copyFileSync(join(root, 'seeds', '003_45e4fa1758b6089c.txt'), join(dir, 'postings', 'deep', 'philly.txt'));
  writeFileSync(join(dir, 'postings', 'notes.md'), '# not a posting\n');
  return dir;
}

const safeFixCount = (text: string) => analyze(text, { today: '2025-06-01' }).findings.filter((f) => f.fixes?.some((x) => x.safe)).length;

test('applySafeFixes removes what the safe fixes remove, and is idempotent', () => {
  const text = readFileSync(SEED_001, 'utf8');
  assert.ok(safeFixCount(text) > 0, 'seed 001 has safe fixes (job-board text, a repeated title)');
  const once = applySafeFixes(text, { today: '2025-06-01' });
  assert.ok(once.fixed > 0);
  assert.ok(!once.text.includes('Read Full Description'));
  assert.equal(safeFixCount(once.text), 0);
  assert.deepEqual(applySafeFixes(once.text, { today: '2025-06-01' }), { text: once.text, fixed: 0 });
});

test('lint --fix writes the fixed file atomically; --backup keeps the original as .bak', async () => {
  const dir = workspace();
  const file = join(dir, 'postings', 'cps.posting');
  const original = readFileSync(file, 'utf8');
  const r = await run(['--fix', '--backup', '--today', '2025-06-01', 'postings/cps.posting'], dir);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  assert.match(r.err, /fixed \d+ problems? in 1 file/);
  const fixed = readFileSync(file, 'utf8');
  assert.notEqual(fixed, original);
  assert.ok(!fixed.includes('Read Full Description'));
  assert.equal(readFileSync(`${file}.bak`, 'utf8'), original);
  assert.ok(!/Read Full Description/.test(r.out), 'the report is of the fixed text');
  assert.deepEqual(readdirSync(join(dir, 'postings')).filter((n) => n.endsWith('.tmp')), [], 'no temp file left');
  const again = await run(['--fix', '--today', '2025-06-01', 'postings/cps.posting'], dir);
  assert.doesNotMatch(again.err, /fixed/);
  assert.equal(readFileSync(file, 'utf8'), fixed);
});

test('lint --fix without --backup leaves no .bak; --fix on standard input is a usage error', async () => {
  const dir = workspace();
  await run(['--fix', 'postings'], dir);
  assert.ok(!existsSync(join(dir, 'postings', 'cps.posting.bak')));
  const r = await run(['--fix', '-'], dir, 'Teacher\n');
  assert.equal(r.code, 2);
  assert.match(r.err, /standard input/);
  assert.equal((await run(['--backup', 'postings'], dir)).code, 2);
});

test('--max-warnings: more warnings than allowed exits 1; usage errors exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-maxw-'));
  // A posting with warnings but no error-severity finding.
  const text = 'Math Teacher\n\nJob Summary\nTeach math to students in grades 6-8.\n';
  writeFileSync(join(dir, 'a.posting'), text);
  const warnings = analyze(text, {}).findings.filter((f) => f.severity === 'warning').length;
  const errors = analyze(text, {}).findings.filter((f) => f.severity === 'error').length;
  assert.equal(errors, 0);
  assert.ok(warnings > 0);
  assert.equal((await run(['a.posting'], dir)).code, 0);
  assert.equal((await run(['--max-warnings', String(warnings), 'a.posting'], dir)).code, 0);
  const over = await run(['--max-warnings', String(warnings - 1), 'a.posting'], dir);
  assert.equal(over.code, 1);
  assert.match(over.err, /too many warnings/i);
  assert.equal((await run(['--max-warnings=0', 'a.posting'], dir)).code, 1);
  assert.equal((await run(['--max-warnings', 'many', 'a.posting'], dir)).code, 2);
  assert.equal((await run(['--max-warnings'], dir)).code, 2);
});

test('folders and globs expand to postings; standard input is read for -', async () => {
  const dir = workspace();
  const folder = await expandInputs(['postings'], dir);
  assert.deepEqual(folder.files.sort(), [join('postings', 'cps.posting'), join('postings', 'deep', 'philly.txt')].sort());
  const glob = await expandInputs(['postings/**/*.txt', '-'], dir);
  assert.deepEqual(glob.files, [join('postings', 'deep', 'philly.txt'), '-']);
  assert.deepEqual((await expandInputs(['nothing/*.posting'], dir)).unmatched, ['nothing/*.posting']);
  const r = await run(['--format', 'json', '-'], dir, 'Teacher\n\nhe/she teaches.\n');
  assert.equal(JSON.parse(r.out)[0].file, '-');
  assert.ok(globToRegExp('**/*.{txt,posting}').test('a/b/c.posting'));
});

test('lint --fix --backup keeps the file mode and leaves only the file and its .bak', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-atomic-'));
  const file = join(dir, 'x.posting');
  const original = readFileSync(SEED_001, 'utf8');
  writeFileSync(file, original, { mode: 0o640 });
  await run(['--fix', '--backup', 'x.posting'], dir);
  assert.notEqual(readFileSync(file, 'utf8'), original);
  assert.equal(readFileSync(`${file}.bak`, 'utf8'), original);
  const { statSync } = await import('node:fs');
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir).sort(), ['x.posting', 'x.posting.bak']);
});
