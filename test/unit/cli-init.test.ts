// `postwright init`: a .postwright.json the server reads and VS Code validates (the contributed JSON
// Schema), never overwriting an existing file without --force; and the schema kept in sync with
// the rule registry and profiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { initCommand, initialConfig } from '../../server/src/cli/init.ts';
import { configSchemaText } from '../../server/src/export/configSchema.ts';
import { rules } from '../../server/src/rules/index.ts';
import { readWorkspaceConfig } from '../../server/src/settings.ts';

const root = join(import.meta.dirname, '..', '..');
const schemaPath = join(root, 'schemas', 'postwright.schema.json');

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await initCommand(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, readStdin: async () => '' });
  return { code, out, err };
}

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

test('the checked-in schema matches the rule registry and profiles (POSTWRIGHT_UPDATE_SCHEMA=1 rewrites it)', () => {
  const want = configSchemaText();
  if (process.env.POSTWRIGHT_UPDATE_SCHEMA === '1') writeFileSync(schemaPath, want);
  assert.equal(readFileSync(schemaPath, 'utf8'), want, 'schemas/postwright.schema.json is stale: run POSTWRIGHT_UPDATE_SCHEMA=1 node scripts/test.mjs unit');
  const schema = JSON.parse(want);
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), rules.map((r) => r.meta.id).sort());
});

test('init writes a .postwright.json that the server reads and the schema accepts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-init-'));
  const r = await run(['--profile', 'chicago'], dir);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Wrote \.postwright\.json/);
  const text = readFileSync(join(dir, '.postwright.json'), 'utf8');
  const json = JSON.parse(text);
  assert.ok(Array.isArray(json['//']) && json['//'].length > 0, 'explanatory notes');
  const { config, problems } = readWorkspaceConfig(text);
  assert.equal(config?.profile, 'chicago');
  // The only thing the server may say about it is that the "//" notes are not settings.
  for (const p of problems) assert.match(p, /'\/\/'/, p);
  const validate = validator();
  assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
});

test('init refuses to overwrite without --force', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-init-'));
  writeFileSync(join(dir, '.postwright.json'), '{"profile": "worcester"}\n');
  const refused = await run([], dir);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /already exists; use --force/);
  assert.equal(readFileSync(join(dir, '.postwright.json'), 'utf8'), '{"profile": "worcester"}\n');
  const forced = await run(['--force'], dir);
  assert.equal(forced.code, 0);
  assert.equal(JSON.parse(readFileSync(join(dir, '.postwright.json'), 'utf8')).profile, 'auto');
});

test('init: a folder argument, --schema, and usage errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-init-'));
  const r = await run(['--schema', './schemas/postwright.schema.json', '.'], dir);
  assert.equal(r.code, 0);
  assert.equal(JSON.parse(readFileSync(join(dir, '.postwright.json'), 'utf8')).$schema, './schemas/postwright.schema.json');
  assert.equal((await run(['--profile'], dir)).code, 2);
  assert.equal((await run(['--bogus'], dir)).code, 2);
  assert.equal((await run(['a', 'b'], dir)).code, 2);
  assert.equal((await run(['no-such-folder'], dir)).code, 2);
  assert.ok(!existsSync(join(dir, 'no-such-folder')));
});

test('the schema accepts real configurations and rejects mistakes', () => {
  const validate = validator();
  const ok = {
    profile: 'springfield',
    rules: { length: { severity: 'info', maxWords: 800 }, 'gendered-pronoun': 'off', 'stray-line': false },
    profiles: [{ id: 'springfield', extends: 'generic', name: 'Springfield Public Schools', state: 'IL', detect: ['Springfield Public Schools'], required: ['summary', 'salary'] }],
  };
  assert.ok(validate(ok), JSON.stringify(validate.errors));
  assert.ok(!validate({ profile: 'x', rules: { 'no-such-rule': 'off' } }));
  assert.ok(!validate({ rules: { length: 'loud' } }));
  assert.ok(!validate({ profiles: [{ id: 'x', required: ['not_a_kind'] }] }));
  assert.ok(!validate({ profiles: [{ name: 'no id' }] }));
  assert.ok(!validate({ unknown: 1 }));
  assert.ok(validate(JSON.parse(initialConfig())));
});
