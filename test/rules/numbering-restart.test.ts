import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

ruleTable(
  'numbering-restart',
  {
    valid: [
      // each list under a heading of its own
      doc('Groundskeeper', '', 'Duties', '1. Mows the fields.', '2. Rakes leaves.', '', 'Qualifications', '1. A driver license.', '2. Two years of experience.'),
      // one list counting on, with blank lines and a paragraph in between
      doc('Groundskeeper', '', 'Duties', '1. Mows the fields.', '', 'In winter:', '', '2. Clears snow.', '3. Salts the walks.'),
      // a list of one item, then a new list: nothing counted yet
      doc('Groundskeeper', '', 'Duties', '1. Mows the fields.', '1. Rakes leaves.'),
      // numbers inside sentences and amounts are not items
      doc('Groundskeeper', '', 'Duties', 'Works 2. shifts a week and earns $1. more an hour.', '1 year of experience is needed.'),
    ],
    invalid: [
      {
        text: doc('Groundskeeper', '', 'Duties', '1. Repairs doors and locks.', '2. Paints walls.', '3. Keeps the shop clean.', '', '1. Shovels snow.', '2. Mows the grounds.'),
        expect: ['1.'],
        errors: [{ line: 8, messageId: 'restart', data: { previous: 3 } }],
      },
      // a flattened nested list: the sub-items' numbers read as a new list, with ")" too
      {
        text: doc('Paraeducator', '', 'Requirements', '1) Meets one of these:', '2) Passes a background check.', '   1) Two years of college.', '   2) An associate degree.'),
        expect: ['1)'],
      },
    ],
  },
  test,
);

test('numbering-restart: minItems raises how far the first list must count', () => {
  const text = doc('Groundskeeper', '', 'Duties', '1. Repairs doors.', '2. Paints walls.', '1. Shovels snow.');
  assert.equal(run('numbering-restart', text).length, 1);
  assert.deepEqual(run('numbering-restart', text, { options: { minItems: 3 } }), []);
});
