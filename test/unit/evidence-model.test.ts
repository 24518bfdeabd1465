// The shipped classifier weights (server/src/model/kind-model.json) are exactly what
// `npm run train:kinds` produces from today's corpus, seeds, dev-set tune labels, catalog and features: training is
// deterministic, so a stale file (a changed catalog, tokenizer or corpus not re-trained) fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_PATH, devsetCorpusFiles, devsetTuneSections, sectionsOf, serializeModel, trainKindModel, trainingSections } from '../../scripts/train-kinds.ts';
import { loadDevsetLabels } from '../../scripts/eval/labels.ts';

const root = join(import.meta.dirname, '..', '..');

test('the shipped weights equal a fresh training run (run `npm run train:kinds` when this fails)', () => {
  const sections = trainingSections(root);
  const fresh = serializeModel(trainKindModel(sections));
  assert.equal(fresh, readFileSync(join(root, MODEL_PATH), 'utf8'));
  // Training twice gives the same bytes.
  assert.equal(serializeModel(trainKindModel(trainingSections(root))), fresh);
});

test('no corpus posting the dev set labels is read as unlabelled corpus text (its labels speak for it, holdout ones never)', () => {
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

test('the dev set trains the model through its tune labels only: no holdout posting is read', () => {
  const labels = loadDevsetLabels(root);
  const holdout = new Set(labels.filter((l) => l.split === 'holdout').map((l) => `devset/${l.id}`));
  const tune = new Set(labels.filter((l) => l.split === 'tune').map((l) => `devset/${l.id}`));
  assert.ok(holdout.size >= 40 && tune.size >= 120, `${holdout.size} holdout, ${tune.size} tune labels`);
  const trained = trainingSections(root);
  const fromDevset = new Set(trained.filter((s) => s.posting.startsWith('devset/')).map((s) => s.posting));
  for (const p of fromDevset) {
    assert.ok(!holdout.has(p), `${p} is a holdout posting`);
    assert.ok(tune.has(p), `${p} is no tune label`);
  }
  // Most tune postings give at least one example; title and header sections give none.
  assert.ok(fromDevset.size * 10 >= tune.size * 9, `${fromDevset.size} of ${tune.size} tune postings trained on`);
  assert.ok(!trained.some((s) => s.posting.startsWith('devset/') && (s.kind === 'title' || s.kind === 'header')));
});

test('a labelled section trains on its own body: the text between its heading and the next labelled start', () => {
  const sections = devsetTuneSections(root);
  const withHeading = sections.find((s) => s.heading !== null && s.body.length > 0)!;
  assert.ok(!withHeading.body.startsWith(withHeading.heading!), 'the heading is not part of the body');
  const next = sections.find((s) => s.posting === withHeading.posting && s.line > withHeading.line);
  if (next?.heading) assert.ok(!withHeading.body.includes(next.heading), 'the next section is not part of the body');
});
