import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

test('conflicting-employment-type: "Full-time, Part-time"', () => {
  const found = run('conflicting-employment-type', doc('Manager', '', '    Chicago Public Schools', '    Chicago, IL', '    Full-time, Part-time'));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.equal(found[0]!.text, 'Full-time, Part-time');
});

test('conflicting-employment-type: a field naming temporary and permanent', () => {
  assert.equal(run('conflicting-employment-type', doc('Aide', 'Employment Type: Temporary / Permanent')).length, 1);
});

test('conflicting-employment-type: one type, or prose about both, passes', () => {
  assert.deepEqual(run('conflicting-employment-type', doc('Manager', 'Full-time', 'Position Type: Full-time')), []);
  assert.deepEqual(
    run('conflicting-employment-type', doc('Manager', 'The Chicago residency requirement does not apply to temporary/part-time positions, but full-time staff must live in Chicago.')),
    [],
  );
});

ruleTable('conflicting-employment-type', {
  valid: [
    doc('Manager', 'Full-time', 'Position Type: Full-time'),
    // prose about both kinds of position is not a conflict
    doc('Manager', 'The Chicago residency requirement does not apply to temporary/part-time positions, but full-time staff must live in Chicago.'),
  ],
  invalid: [
    {
      text: doc('Manager', '', '    Chicago Public Schools', '    Chicago, IL', '    Full-time, Part-time'),
      expect: ['Full-time, Part-time'],
      errors: [{ line: 5, messageId: 'conflict', data: { pair: 'full-time and part-time', text: 'Full-time, Part-time' } }],
      output: null,
    },
    {
      text: doc('Aide', 'Employment Type: Temporary / Permanent'),
      expect: ['Temporary / Permanent'],
      errors: [{ line: 2, messageId: 'conflict', data: { pair: 'temporary and permanent', text: 'Temporary / Permanent' } }],
    },
  ],
}, test);
