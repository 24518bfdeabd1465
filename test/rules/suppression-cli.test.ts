// Suppression as the CLI user meets it (spawned `node dist/cli.js`): lint honours directives, the
// front matter's disable list and .postwright.json's allow and deny lists; `lint --fix` never
// removes a directive; no export (JSON-LD, HTML, Markdown) and no report carries directive text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, ensureBuilt } from '../lsp/client.ts';

interface LintFile {
  diagnostics: Array<{ rule: string; line: number; message: string; severity: string }>;
}

const POSTING = [
  'Math Teacher',
  '',
  'Responsibilities',
  '// postwright-disable-next-line repeated-word',
  '- Teach the the students every day.',
  '- Grade the the papers on time. // postwright-disable-line repeated-word -- quoted from the contract',
  '- Plan the the lessons.',
  '// postwright-disable repeated-word',
  '- Mark the the tests.',
  '// postwright-enable repeated-word',
  '- Meet the the parents.',
  '- Recruit digital natives for the synergy team.',
  '// postwright-disable-next-line no-such-rule',
  '- Keep records.',
  '',
].join('\n');

function cli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lint(dir: string, file: string): LintFile['diagnostics'] {
  const r = cli(['lint', '--format', 'json', '--today', '2026-01-01', file], dir);
  assert.equal(r.stderr, '', r.stderr);
  return (JSON.parse(r.stdout) as LintFile[])[0]!.diagnostics;
}

describe('suppression through the CLI', () => {
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'pw-suppress-cli-'));
    writeFileSync(join(dir, 'a.posting'), POSTING);
    writeFileSync(
      join(dir, '.postwright.json'),
      JSON.stringify({ allow: ['digital natives'], deny: [{ phrase: 'synergy', message: 'Say what the team does.' }] }, null, 2),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lint honours next-line, line and block directives, and hints at an unknown rule id', () => {
    const d = lint(dir, 'a.posting');
    // 1-based lines: 5 (next-line), 6 (line), 9 (block) are silenced; 7 and 11 are not.
    assert.deepEqual(d.filter((x) => x.rule === 'repeated-word').map((x) => x.line), [7, 11]);
    const unknown = d.filter((x) => x.rule === 'unknown-rule');
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0]!.line, 13);
    assert.equal(unknown[0]!.severity, 'hint');
    assert.equal(d.filter((x) => [4, 8, 10, 13].includes(x.line) && x.rule !== 'unknown-rule').length, 0, 'nothing found on a directive line');
  });

  it('lint honours the allow and deny lists of .postwright.json', () => {
    const d = lint(dir, 'a.posting');
    assert.equal(d.filter((x) => x.rule === 'age-coded').length, 0, "'digital natives' is allowed");
    const denied = d.filter((x) => x.rule === 'denied-phrase');
    assert.deepEqual(denied.map((x) => [x.line, x.message]), [[12, 'Say what the team does.']]);
    const without = cli(['lint', '--no-config', '--format', 'json', '--today', '2026-01-01', 'a.posting'], dir);
    const plain = (JSON.parse(without.stdout) as LintFile[])[0]!.diagnostics;
    assert.ok(plain.some((x) => x.rule === 'age-coded'), 'without the file, age-coded finds digital natives');
    assert.equal(plain.filter((x) => x.rule === 'denied-phrase').length, 0);
  });

  it("lint honours the front matter's disable list", () => {
    writeFileSync(join(dir, 'b.posting'), `---\ndisable: [repeated-word, denied-phrase]\n---\n${POSTING}`);
    const d = lint(dir, 'b.posting');
    assert.equal(d.filter((x) => x.rule === 'repeated-word' || x.rule === 'denied-phrase').length, 0);
    assert.ok(!d.some((x) => x.rule === 'duplicate-title' || x.rule === 'empty-field'), 'the front matter is not posting text');
  });

  it('lint --fix fixes what is not silenced and keeps every directive', () => {
    writeFileSync(join(dir, 'c.posting'), POSTING);
    cli(['lint', '--fix', '--today', '2026-01-01', 'c.posting'], dir);
    const fixed = readFileSync(join(dir, 'c.posting'), 'utf8');
    for (const line of POSTING.split('\n').filter((l) => l.includes('//'))) assert.ok(fixed.includes(line), `kept: ${line}`);
    assert.ok(fixed.includes('- Plan the lessons.'), `the unsilenced repeated word is fixed:\n${fixed}`);
    assert.ok(fixed.includes('- Teach the the students'), 'the silenced one is left alone');
  });

  it('no export and no report carries directive text', () => {
    for (const format of ['jsonld', 'html', 'markdown']) {
      const r = cli(['export', '--format', format, '--quiet', 'a.posting'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stdout, /postwright-|\/\/ /, `${format} output holds a directive:\n${r.stdout}`);
      assert.match(r.stdout, /Grade the the papers on time\./, `${format}: the content of a line that ends with a directive is kept`);
    }
    for (const format of ['text', 'html', 'json']) {
      const r = cli(['report', '--format', format, 'a.posting'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stdout, /postwright-(disable|enable)/, `report ${format} holds a directive`);
    }
  });
});
