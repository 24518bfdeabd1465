import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

test('duplicate-section: the same heading twice', () => {
  const text = doc('Teacher', '', 'Education Required:', "- Bachelor's degree.", '', 'Experience Required:', '- Two years.', '', 'Education Required:', '- Teaching license.');
  const found = run('duplicate-section', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 9);
  assert.match(found[0]!.message, /line 3/);
});

test('duplicate-section: different headings of one kind pass by default, fire with sameKind', () => {
  const text = doc('Teacher', '', 'Job Summary', 'Teaches math.', '', 'Position Summary', 'Teaches math well.');
  assert.deepEqual(run('duplicate-section', text), []);
  assert.equal(run('duplicate-section', text, { options: { sameKind: true } }).length, 1);
});

test('duplicate-section: distinct sections pass', () => {
  assert.deepEqual(run('duplicate-section', doc('Teacher', '', 'Job Summary', 'Teaches.', '', 'Benefits', '- Health insurance.')), []);
});

test('duplicate-section: a heading written again on the next line is reported once, on the repeat', () => {
  const text = doc('Teacher', '', 'Essential Job Functions', '', 'Essential Job Functions :', '', 'Plans and delivers instruction.', '', 'About Us', 'About Us:', 'We serve 50,000 students.');
  const found = run('duplicate-section', text);
  assert.deepEqual(
    found.map((f) => [f.line, f.text]),
    [
      [5, 'Essential Job Functions :'],
      [10, 'About Us:'],
    ],
  );
  assert.match(found[0]!.message, /heading on line 3/);
});

test('duplicate-section: a first line that only starts with the heading words passes', () => {
  const text = doc('Teacher', '', 'Essential Job Functions', 'Essential job functions include planning lessons.', '', 'Benefits', 'Benefits are generous.');
  assert.deepEqual(run('duplicate-section', text), []);
});
ruleTable('duplicate-section', {
  valid: [
    doc('Teacher', '', 'Job Summary', 'Teaches.', '', 'Benefits', '- Health insurance.'),
    // different headings of one kind pass unless sameKind is on
    doc('Teacher', '', 'Job Summary', 'Teaches math.', '', 'Position Summary', 'Teaches math well.'),
  ],
  invalid: [
    {
      text: doc('Teacher', '', 'Education Required:', "- Bachelor's degree.", '', 'Experience Required:', '- Two years.', '', 'Education Required:', '- Teaching license.'),
      expect: ['Education Required:'],
      errors: [{ line: 9, messageId: 'duplicate', data: { heading: 'Education Required', kindName: 'education requirement', first: 'Education Required', line: 3 } }],
      output: null,
    },
    {
      text: doc('Teacher', '', 'Job Summary', 'Teaches math.', '', 'Position Summary', 'Teaches math well.'),
      options: { sameKind: true },
      expect: ['Position Summary'],
      errors: [{ line: 6 }],
    },
  ],
}, test);
