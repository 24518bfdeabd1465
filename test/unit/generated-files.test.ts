// Every file `npm run generate` writes is regenerated in memory and compared with the committed one:
// a rule added or changed without regenerating fails here, naming the stale file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTemplateFiles, readLibrarySources } from '../../server/src/templates/generate.ts';
import { rules } from '../../server/src/rules/index.ts';
import { END, generateRuleFiles, spliceTable, START } from '../../scripts/rule-files.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');

test('every generated file is up to date (run `npm run generate` if this fails)', () => {
  const files = { ...generateTemplateFiles(readLibrarySources(root)), ...generateRuleFiles(read) };
  assert.deepEqual(Object.keys(files).sort(), [
    'README.md',
    'docs/rules/README.md',
    'package.json',
    'schemas/postwright.schema.json',
    'server/src/templates/library.json',
    'snippets/job-posting.json',
  ]);
  for (const [rel, text] of Object.entries(files)) assert.ok(read(rel) === text, `${rel} is stale: run npm run generate`);
});

test('the generated tables and the setting schema list every rule of the registry', () => {
  const files = generateRuleFiles(read);
  const settingRules = JSON.parse(files['package.json']!).contributes.configuration.properties['postwright.rules'].properties;
  assert.deepEqual(Object.keys(settingRules).sort(), rules.map((r) => r.meta.id).sort());
  for (const { meta } of rules) {
    assert.ok(files['README.md']!.includes(`| [${meta.id}](${meta.docs}) | ${meta.defaultSeverity} |`), `README row for ${meta.id}`);
    assert.ok(files['docs/rules/README.md']!.includes(`| [${meta.id}](${meta.id}.md) |`), `index row for ${meta.id}`);
  }
});

test('a table splice keeps the text around the markers byte for byte', () => {
  const before = `Intro\r\n\r\n${START}\nold table\n${END}\r\nAfter — é\n`;
  assert.equal(spliceTable(before, 'new', 'x.md'), `Intro\r\n\r\n${START}\nnew\n${END}\r\nAfter — é\n`);
  assert.throws(() => spliceTable('no markers', 'new', 'x.md'), /x\.md: no/);
});
