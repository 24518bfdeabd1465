// The evaluation as a regression guard: the seeds stay fully right (every section start and kind,
// nothing extra in the outline), and the dev-set figures recorded in test/devset/floors.json
// (by `npm run eval -- --write-floors`) do not drop. Each floor is checked over exactly the label
// ids it was measured on, so labels added later do not move it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDevsetLabels, loadSeedLabels } from '../../scripts/eval/labels.ts';
import { METRICS, ratio, type Metric } from '../../scripts/eval/metrics.ts';
import { evaluate, type SetName } from '../../scripts/eval/run.ts';

const root = join(import.meta.dirname, '..', '..');
const floors = JSON.parse(readFileSync(join(root, 'test/devset/floors.json'), 'utf8')) as {
  sets: Record<string, { ids: string[]; floors: Partial<Record<Metric, number>> }>;
};
const seeds = loadSeedLabels(root);
const devset = loadDevsetLabels(root);

test('seeds: 100% sections right and outline precision', () => {
  const [set] = evaluate(root, seeds, [], ['seeds']).sets;
  assert.equal(ratio(set!.counts.sectionsRight), 1, JSON.stringify(set!.postings.map((p) => [p.id, p.missedSections, p.wrongKindSections])));
  assert.equal(ratio(set!.counts.outlinePrecision), 1, JSON.stringify(set!.postings.map((p) => [p.id, p.extraSections])));
});

for (const [name, recorded] of Object.entries(floors.sets)) {
  test(`${name}: every figure at or above its floor`, () => {
    const pool = name === 'seeds' ? seeds : devset;
    const byId = new Map(pool.map((l) => [l.id, l]));
    const absent = recorded.ids.filter((id) => !byId.has(id));
    assert.deepEqual(absent, [], 'labels the floors were measured on are gone: rewrite the floors');
    const labels = recorded.ids.map((id) => byId.get(id)!);
    const split = name === 'devset-tune' ? 'tune' : name === 'devset-holdout' ? 'holdout' : null;
    if (split) assert.deepEqual(labels.filter((l) => l.split !== split).map((l) => l.id), [], 'labels changed split');
    const [set] = evaluate(root, name === 'seeds' ? labels : [], name === 'seeds' ? [] : labels, [name as SetName]).sets;
    for (const m of METRICS) {
      const floor = recorded.floors[m];
      if (floor === undefined) continue;
      const got = ratio(set!.counts[m]);
      assert.ok(got !== undefined && got >= floor, `${name} ${m}: ${got} below the floor ${floor}`);
    }
  });
}
