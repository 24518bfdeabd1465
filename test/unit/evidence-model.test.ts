// The shipped classifier weights (server/src/model/kind-model.json) are exactly what
// `npm run train:kinds` produces from today's corpus, seeds, catalog and features: training is
// deterministic, so a stale file (a changed catalog, tokenizer or corpus not re-trained) fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_PATH, devsetCorpusFiles, sectionsOf, serializeModel, trainKindModel, trainingSections } from '../../scripts/train-kinds.ts';

const root = join(import.meta.dirname, '..', '..');

test('the shipped weights equal a fresh training run (run `npm run train:kinds` when this fails)', () => {
  const sections = trainingSections(root);
  const fresh = serializeModel(trainKindModel(sections));
  assert.equal(fresh, readFileSync(join(root, MODEL_PATH), 'utf8'));
  // Training twice gives the same bytes.
  assert.equal(serializeModel(trainKindModel(trainingSections(root))), fresh);
});

test('no posting the dev set labels is trained on', () => {
  const excluded = devsetCorpusFiles(root);
  assert.ok(excluded.size >= 20, `expected the 20 Virginia dev-set postings, found ${excluded.size}`);
  assert.ok(excluded.has('0007.txt'));
  const trained = new Set(trainingSections(root).map((s) => s.posting));
  for (const file of excluded) assert.ok(!trained.has(`corpus/${file}`), `${file} is a dev-set posting`);
});

test('weights stay small', () => {
  const bytes = readFileSync(join(root, MODEL_PATH)).length;
  assert.ok(bytes < 300_000, `${bytes} bytes`);
});

test('a training section is the body under a heading the catalog names; unknown headings only end it', () => {
  const text = ['Job Summary', 'The coordinator plans the program.', '', 'Lunch Menu', 'Tacos on Tuesday and Thursday.', 'Benefits:', 'Health and dental insurance.'].join('\n');
  const got = sectionsOf('x', text).map((s) => [s.kind, s.text]);
  assert.deepEqual(got, [
    ['summary', 'The coordinator plans the program.'],
    ['benefits', 'Health and dental insurance.'],
  ]);
});
