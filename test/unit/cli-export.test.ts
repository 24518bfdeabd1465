// `postwright export` and `postwright report`: formats, standard input, -o, usage errors and exit
// codes, in process (the commands take an injected CliIO) and once through the built CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../server/src/cli/export.ts';
import { reportCommand } from '../../server/src/cli/report.ts';
import type { CliCommand } from '../../server/src/cli/types.ts';
import { validateJobPosting } from '../../server/src/export/validate.ts';
import { CLI, ensureBuilt } from '../lsp/client.ts';

const root = join(import.meta.dirname, '..', '..');
const SEED_001 = 'seeds/001_49ad812661e1454e.txt';

async function run(cmd: CliCommand, args: string[], opts: { cwd?: string; stdin?: string } = {}) {
  let out = '';
  let err = '';
  const code = await cmd(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: opts.cwd ?? root, readStdin: async () => opts.stdin ?? '' });
  return { code, out, err };
}

test('export: JSON-LD by default, valid, with missing fields listed on stderr', async () => {
  const r = await run(exportCommand, [SEED_001]);
  assert.equal(r.code, 0);
  const data = JSON.parse(r.out);
  assert.equal(data.datePosted, '2025-04-18');
  assert.deepEqual(validateJobPosting(data), []);
  assert.match(r.err, /recommended jobLocation\.address\.postalCode missing/);
  const quiet = await run(exportCommand, ['--quiet', '--format', 'jsonld', SEED_001]);
  assert.equal(quiet.err, '');
  assert.equal(quiet.out, r.out);
});

test('export: html and markdown pages; -o writes the file', async () => {
  const html = await run(exportCommand, ['--format', 'html', SEED_001]);
  assert.equal(html.code, 0);
  assert.match(html.out, /^<!DOCTYPE html>/);
  assert.match(html.out, /application\/ld\+json/);
  const md = await run(exportCommand, ['-f', 'markdown', SEED_001]);
  assert.match(md.out, /^# Executive Director, Instructional Systems & Supports\n/);
  const dir = mkdtempSync(join(tmpdir(), 'pw-export-'));
  const o = await run(exportCommand, ['--format=md', '-o', join(dir, 'page.md'), join(root, SEED_001)], { cwd: dir });
  assert.equal(o.code, 0);
  assert.equal(o.out, '');
  assert.equal(readFileSync(join(dir, 'page.md'), 'utf8'), md.out);
});

test('export: standard input, --strict, and usage errors', async () => {
  const stdin = await run(exportCommand, ['-'], { stdin: readFileSync(join(root, SEED_001), 'utf8') });
  assert.equal(stdin.code, 0);
  assert.match(stdin.err, /standard input: recommended/);
  const strict = await run(exportCommand, ['--strict', '-'], { stdin: 'Teacher\n\nDuties\n- Teach\n' });
  assert.equal(strict.code, 1);
  assert.match(strict.err, /required datePosted missing/);
  assert.equal((await run(exportCommand, ['--format', 'pdf', SEED_001])).code, 2);
  assert.equal((await run(exportCommand, [])).code, 2);
  assert.equal((await run(exportCommand, [SEED_001, SEED_001])).code, 2);
  assert.equal((await run(exportCommand, ['--bogus', SEED_001])).code, 2);
  const missing = await run(exportCommand, ['no/such.posting']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no such file/);
  assert.equal((await run(exportCommand, ['--help'])).code, 0);
});

test('report: text, json and html', async () => {
  const text = await run(reportCommand, ['--today', '2025-06-01', SEED_001]);
  assert.equal(text.code, 0);
  assert.match(text.out, /profile: Chicago Public Schools \(IL\)/);
  assert.match(text.out, /✓ residency requirement \(required\)/);
  const json = JSON.parse((await run(reportCommand, ['--format', 'json', '--today', '2025-06-01', SEED_001])).out);
  assert.equal(json.pay.state, 'IL');
  const html = await run(reportCommand, ['--format', 'html', SEED_001]);
  assert.match(html.out, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-/);
  assert.doesNotMatch(html.out, /<script/);
  assert.equal((await run(reportCommand, ['--format', 'pdf', SEED_001])).code, 2);
  assert.equal((await run(reportCommand, ['--today', 'yesterday', SEED_001])).code, 2);
});

test('the built CLI lists and runs export, report and init', () => {
  ensureBuilt();
  const help = spawnSync(process.execPath, [CLI, '--help'], { cwd: root, encoding: 'utf8' });
  for (const c of ['export', 'report', 'init']) assert.match(help.stdout, new RegExp(`\\n  ${c}\\s`));
  const r = spawnSync(process.execPath, [CLI, 'export', '--format', 'jsonld', '-q', SEED_001], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).hiringOrganization.name, 'Chicago Public Schools');
  const page = spawnSync(process.execPath, [CLI, 'report', SEED_001, '--format', 'html'], { cwd: root, encoding: 'utf8' });
  assert.equal(page.status, 0, page.stderr);
  assert.match(page.stdout, /Required sections/);
});
