import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

test('salary-sanity: minimum above maximum is an error with a swap fix', () => {
  const text = doc('Teacher', 'Salary: $70,000 - $55,000');
  const found = run('salary-sanity', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, 'error');
  assert.equal(found[0]!.text, '$70,000 - $55,000');
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Teacher', 'Salary: $55,000 - $70,000'));
});

test('salary-sanity: open-ended pay', () => {
  const found = run('salary-sanity', doc('Teacher', 'Salary: starting at $48,000 per year'));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.text, 'starting at $48,000');
  assert.deepEqual(run('salary-sanity', doc('Teacher', 'Salary: starting at $48,000 per year'), { options: { openEnded: false } }), []);
});

test('salary-sanity: two ranges on one line, benefit money and a proper range pass', () => {
  assert.deepEqual(run('salary-sanity', doc('Librarian', 'ANNUAL SALARY', '$50,342 to $62,536 and $53,954 to $67,046')), []);
  assert.deepEqual(run('salary-sanity', doc('Teacher', 'Benefits: up to $500.00/year towards continuing education')), []);
  assert.deepEqual(run('salary-sanity', doc('Teacher', 'Salary: $55,000 - $70,000')), []);
});

ruleTable('salary-sanity', {
  valid: [
    doc('Librarian', 'ANNUAL SALARY', '$50,342 to $62,536 and $53,954 to $67,046'),
    doc('Teacher', 'Benefits: up to $500.00/year towards continuing education'),
    doc('Teacher', 'Salary: $55,000 - $70,000'),
  ],
  invalid: [
    {
      text: doc('Teacher', 'Salary: $70,000 - $55,000'),
      expect: ['$70,000 - $55,000'],
      errors: [{ line: 2, messageId: 'inverted', data: { text: '$70,000 - $55,000' } }],
      output: doc('Teacher', 'Salary: $55,000 - $70,000'),
    },
    {
      text: doc('Teacher', 'Salary: starting at $48,000 per year'),
      expect: ['starting at $48,000'],
      errors: [{ line: 2, messageId: 'openEnded', data: { text: 'starting at $48,000' } }],
      output: null,
    },
  ],
}, test);
