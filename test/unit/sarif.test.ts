// SARIF 2.1.0: `postwright lint --format sarif seeds/*` validates against the official schema
// (test/fixtures/sarif-schema-2.1.0.json: the OASIS SARIF 2.1.0-rtm.5 JSON Schema, draft-04, as
// shipped in the MIT-licensed npm package @microsoft/jest-sarif 1.0.0-beta.0, lib/schemas/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import { lint } from '../../server/src/cli/lint.ts';
import { CLI, ensureBuilt } from '../lsp/client.ts';
import { rules } from '../../server/src/rules/index.ts';
import { artifactLocation, sarifLevel, toSarif } from '../../server/src/cli/sarif.ts';
import type { Finding } from '../../server/src/rules/types.ts';

const root = join(import.meta.dirname, '..', '..');

function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  // Draft-04 spells the id "id" and names its meta-schema; ajv 8 reads the same keywords as draft-07.
  const { $schema: _ignored, id, ...rest } = schema;
  // The schema's language-tag pattern is not valid with the u flag ("[a-zA-Z]{2}]?"), so regexes run without it.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const compiled = ajv.compile({ ...rest, $id: String(id) });
  const validate = (data: unknown): boolean => compiled(data) as boolean;
  return Object.assign(validate, { get errors() { return compiled.errors; } });
}

/** Runs the built CLI (dist/cli.js) as CI would. */
function cli(args: string[], input = '') {
  ensureBuilt();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await lint(args.slice(1), { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: root, readStdin: async () => stdin });
  return { code, out, err };
}

test('postwright lint --format sarif seeds/* validates against the SARIF 2.1.0 schema', async () => {
  const r = cli(['lint', '--format', 'sarif', '--today', '2025-06-01', 'seeds/*']);
  assert.equal(r.err, '');
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const log: any = JSON.parse(r.out);
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.equal(log.version, '2.1.0');
  const run0 = log.runs[0];
  assert.equal(run0.tool.driver.name, 'Postwright');
  // The glob matches every file in seeds/ (README.md and labels.json too, as a shell would).
  assert.equal(run0.artifacts.length, readdirSync(join(root, 'seeds')).length);
  assert.ok(run0.results.length > 0);
  for (const res of run0.results) {
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    const loc = res.locations[0].physicalLocation;
    assert.match(loc.artifactLocation.uri, /^seeds\/[\w.-]+$/);
    assert.equal(loc.artifactLocation.uriBaseId, 'SRCROOT');
    assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
  }
  assert.ok(run0.results.some((res: { ruleId: string }) => res.ruleId === 'missing-section'));
});

test('SARIF from standard input, and with fixes and notifications, still validates', async () => {
  const r = await run(['lint', '--format', 'sarif', '-'], 'Teacher\n\nhe/she teaches math.\n');
  const validate = sarifValidator();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const log: any = JSON.parse(r.out);
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.equal(log.runs[0].artifacts[0].location.uri, 'stdin');

  const finding: Finding = {
    rule: 'stray-line',
    severity: 'hint',
    message: 'A stray line',
    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } },
    kind: null,
    fixes: [{ title: 'Delete it', safe: true, edits: [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, newText: '' }] }],
  };
  const made = toSarif([{ file: 'dir with space/a.posting', findings: [finding] }, { file: '/elsewhere/b.posting', findings: [] }], {
    cwd: root,
    version: '0.1.0',
    rules,
    errors: [{ file: 'missing.posting', message: 'no such file' }],
  });
  assert.ok(validate(made), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const res = (made.runs as Array<{ results: Array<Record<string, unknown>> }>)[0]!.results[0]!;
  assert.equal(res.level, 'note');
  assert.ok(Array.isArray(res.fixes));
});

test('SARIF helpers: levels and artifact URIs', () => {
  assert.equal(sarifLevel('error'), 'error');
  assert.equal(sarifLevel('warning'), 'warning');
  assert.equal(sarifLevel('info'), 'note');
  assert.equal(sarifLevel('hint'), 'note');
  assert.deepEqual(artifactLocation('seeds/a b.txt', '/repo'), { uri: 'seeds/a%20b.txt', uriBaseId: 'SRCROOT' });
  assert.deepEqual(artifactLocation('/other/x.posting', '/repo'), { uri: 'file:///other/x.posting' });
  assert.deepEqual(artifactLocation('-', '/repo'), { uri: 'stdin' });
});
