// lineContentKinds reads a line's body in place (no copy) when it can: the answer must be the one
// the copied, trimmed body gives. The same text passed as inline heading text always takes the copy,
// so it is the oracle; the lines cover each kind, white space at either end (an alternative of the
// knowledge/skills pattern ends in a space the trimmed body lacks), a start past a marker, a case
// change that lengthens a character (U+0130) and a blank body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clearRuleMemos, factsFor } from '../../server/src/facts/memo.ts';
import { lineContentKinds } from '../../server/src/facts/content.ts';

const LINES = [
  'Knowledge of school budgeting and payroll.',
  'Knows the ',
  'Knows the district budget',
  '  Ability to lift 50 lbs  ',
  '\tMust be able to work evenings\u00a0',
  'Excellent written and verbal communication skills',
  'Strong skills',
  'Salary: $52,000 - $61,000 per year',
  'Bachelor’s degree in education required.',
  'Must reside within the boundaries of the city.',
  'The district is an Equal Opportunity Employer.',
  'Benefits include health insurance and a pension.',
  'Knowledge of İstanbul schools',
  'İ Ability to teach',
  '   ',
  '',
  '- Ability to drive a bus; CDL required.',
];

test('lineContentKinds: a line read in place gives what its copied body gives', () => {
  for (const line of LINES) {
    for (const start of [0, 2]) {
      if (start > line.length) continue;
      clearRuleMemos();
      const inPlace = lineContentKinds(factsFor(line), start, null, () => false);
      clearRuleMemos();
      const copied = lineContentKinds(factsFor(line), 0, line.slice(start), () => false);
      assert.deepEqual(inPlace, copied, JSON.stringify([line, start]));
    }
  }
});

test('lineContentKinds: knowledge and skills at the start of a line, not after it', () => {
  clearRuleMemos();
  const kinds = (line: string) => lineContentKinds(factsFor(line), 0, null, () => false);
  assert.ok(kinds('Knowledge of school budgeting.').includes('ksa'));
  assert.ok(kinds('  Ability to lift 50 lbs  ').includes('ksa'));
  assert.ok(kinds('Knows the district budget').includes('ksa'));
  assert.ok(!kinds('Knows the ').includes('ksa'));
  assert.ok(!kinds('We value the ability to lift 50 lbs').includes('ksa'));
  assert.deepEqual(kinds('   '), []);
});
