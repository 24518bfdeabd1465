// `postwright outline` through the bundled CLI, as a user runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, ensureBuilt, ROOT, seedFiles, type SeedLabels } from '../lsp/client.ts';

interface Outline {
  file: string;
  title: string | null;
  fields: Array<{ name: string; value: string; line: number }>;
  sections: Array<{ heading: string | null; line: number; endLine: number; kind: string }>;
}

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const labels = JSON.parse(readFileSync(resolve(ROOT, 'seeds/labels.json'), 'utf8')) as SeedLabels;
let tmp: string;

describe('postwright outline', () => {
  before(() => {
    ensureBuilt();
    tmp = mkdtempSync(join(tmpdir(), 'postwright-outline-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  for (const seed of seedFiles()) {
    it(`${seed}: every labelled section appears with its line and kind`, () => {
      const { code, stdout, stderr } = run(['outline', '--format', 'json', `seeds/${seed}`]);
      assert.equal(code, 0, stderr);
      const out = JSON.parse(stdout) as Outline[];
      assert.ok(Array.isArray(out) && out.length === 1);
      const [o] = out;
      assert.equal(o.file, `seeds/${seed}`);
      for (const expected of labels.postings[seed].sections) {
        const found = o.sections.find((s) => s.line === expected.line);
        assert.ok(found, `no section starts at line ${expected.line} (${expected.kind}: ${expected.heading ?? 'no heading'})`);
        assert.equal(found.kind, expected.kind, `kind of the section at line ${expected.line}`);
        if (expected.heading !== null) assert.equal(found.heading, expected.heading, `heading at line ${expected.line}`);
      }
    });
  }

  it('prints exactly the documented shape, one entry per file, lines 1-based', () => {
    const files = seedFiles().map((s) => `seeds/${s}`);
    const { code, stdout } = run(['outline', '--format', 'json', ...files]);
    assert.equal(code, 0);
    const out = JSON.parse(stdout) as Outline[];
    assert.equal(out.length, files.length);
    for (const o of out) {
      assert.deepEqual(Object.keys(o), ['file', 'title', 'fields', 'sections']);
      assert.ok(o.title === null || typeof o.title === 'string');
      for (const f of o.fields) {
        assert.deepEqual(Object.keys(f), ['name', 'value', 'line']);
        assert.ok(Number.isInteger(f.line) && f.line >= 1);
      }
      for (const s of o.sections) {
        assert.deepEqual(Object.keys(s), ['heading', 'line', 'endLine', 'kind']);
        assert.ok(Number.isInteger(s.line) && s.line >= 1 && s.endLine >= s.line);
        assert.ok(s.heading === null || (typeof s.heading === 'string' && s.heading === s.heading.trim()));
      }
    }
  });

  it('prints an indented outline with --format text (the default)', () => {
    const seed = `seeds/${seedFiles()[0]}`;
    const { code, stdout } = run(['outline', seed]);
    assert.equal(code, 0);
    assert.ok(stdout.startsWith(`${seed}\n`));
    assert.match(stdout, /^ {2}title: /m);
    assert.match(stdout, /^ {2}sections:\n {4}1-1 +title +/m);
  });

  it('reads standard input for -, and strips a BOM', () => {
    const text = readFileSync(resolve(ROOT, 'seeds', seedFiles()[0]), 'utf8');
    const plain = JSON.parse(run(['outline', '--format', 'json', '-'], text).stdout) as Outline[];
    const bom = JSON.parse(run(['outline', '--format=json', '-'], `\ufeff${text}`).stdout) as Outline[];
    assert.equal(plain[0].file, '-');
    assert.deepEqual(bom, plain);
    const file = join(tmp, 'bom.posting');
    writeFileSync(file, `\ufeff${text}`);
    const fromFile = JSON.parse(run(['outline', '--format', 'json', file]).stdout) as Outline[];
    assert.deepEqual(fromFile[0].sections, plain[0].sections);
    assert.equal(fromFile[0].title, plain[0].title);
  });

  it('a missing file: one line on stderr, non-zero exit, no stack trace', () => {
    const { code, stderr, stdout } = run(['outline', '--format', 'json', 'no/such/file.posting']);
    assert.equal(code, 2);
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.match(stderr, /no\/such\/file\.posting: no such file/);
    assert.doesNotMatch(stderr, /\n\s+at /);
    assert.deepEqual(JSON.parse(stdout), []);
  });

  it('a binary file, a directory, invalid UTF-8: one line each, non-zero exit', () => {
    const bin = join(tmp, 'image.posting');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const latin = join(tmp, 'garbage.posting');
    writeFileSync(latin, Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 0x40))));
    for (const file of [bin, tmp, latin]) {
      const { code, stderr } = run(['outline', '--format', 'json', file]);
      assert.equal(code, 2, file);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.doesNotMatch(stderr, /\n\s+at /);
    }
  });

  it('still prints the readable files when one of several fails', () => {
    const seed = `seeds/${seedFiles()[0]}`;
    const { code, stdout, stderr } = run(['outline', '--format', 'json', seed, 'missing.posting']);
    assert.equal(code, 2);
    assert.equal((JSON.parse(stdout) as Outline[]).length, 1);
    assert.match(stderr, /missing\.posting/);
  });

  it('bad usage exits 2 with usage', () => {
    for (const args of [[], ['frobnicate'], ['outline'], ['outline', '--format', 'xml', 'a'], ['outline', '--bogus', 'a']]) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, `${args.join(' ')} → ${code}`);
      assert.match(stderr, /Usage: postwright/);
    }
  });

  it('--help and --version', () => {
    const help = run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /outline/);
    assert.match(help.stdout, /lint/);
    const version = run(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version);
  });
});
