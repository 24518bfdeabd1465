// Every hand label the evaluation reads is well-formed: seeds/labels.json and each
// test/devset/labels/*.json parse, point at a posting that exists, keep their lines in range and
// their sections in order, split the 11 content kinds between present and missing, and the dev set
// keeps about a quarter of each helper's labels (id prefix) as holdout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVSET_LABELS, holdoutBalance, loadDevsetLabels, loadSeedLabels, postingLines, validateLabel, type EvalLabel } from '../../scripts/eval/labels.ts';

const root = join(import.meta.dirname, '..', '..');

test('every dev-set label file is JSON', () => {
  for (const name of readdirSync(join(root, DEVSET_LABELS)).filter((n) => n.endsWith('.json'))) {
    assert.doesNotThrow(() => JSON.parse(readFileSync(join(root, DEVSET_LABELS, name), 'utf8')), name);
  }
});

const seeds = loadSeedLabels(root);
const devset = loadDevsetLabels(root);

for (const label of [...seeds, ...devset]) {
  test(`${label.origin}${label.split === 'seed' ? ` (${label.id})` : ''} is valid`, () => {
    assert.deepEqual(validateLabel(label, postingLines(root, label.file)), []);
  });
}

test('dev-set ids are unique', () => {
  const ids = devset.map((l) => l.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('about a quarter of each id prefix is holdout (every 4th label)', () => {
  for (const b of holdoutBalance(devset)) {
    assert.ok(Math.abs(b.holdout - b.total / 4) <= 1, `${b.prefix}: ${b.holdout} holdout of ${b.total}`);
  }
});

test('the validator catches what it claims to', () => {
  const good = devset.find((l) => l.id.startsWith('va-')) ?? devset[0]!;
  const lines = postingLines(root, good.file)!;
  const broken: EvalLabel = {
    ...good,
    split: 'test' as never,
    sections: [good.sections[1]!, good.sections[0]!, { heading: null, line: lines.length + 5, kind: 'nonsense' }],
    present: [...good.present, good.missing[1]!],
    missing: good.missing.slice(1).concat('pay'),
    findings: [{ line: 0, rule: 'Bad Rule', note: '' }],
    fine: [{ line: -1, note: 'x' }],
  };
  const errors = validateLabel(broken, lines).join('\n');
  for (const expected of ['not tune or holdout', 'not after', 'out of range', 'kind nonsense unknown', 'is not a content kind', 'both present and missing', 'neither present nor missing', 'finding line 0 out of range', 'not kebab-case', 'has no note', 'fine line -1']) {
    assert.ok(errors.includes(expected), `expected '${expected}' in:\n${errors}`);
  }
  assert.deepEqual(validateLabel({ ...good, file: 'test/devset/postings/none.txt' }, null), [`posting test/devset/postings/none.txt does not exist`]);
});
