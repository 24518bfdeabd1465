import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

test('age-coded: recent graduate, digital native, young and energetic', () => {
  const text = doc('Teacher', '', 'Summary', 'Ideal for a recent college graduate or a digital native.', 'Join our young and energetic team.');
  assert.deepEqual(
    run('age-coded', text).map((f) => f.text),
    ['recent college graduate', 'digital native', 'young and energetic'],
  );
});

test('age-coded: years of experience and youth programs pass', () => {
  assert.deepEqual(run('age-coded', doc('Coordinator', '', 'Summary', 'Five years of experience with youth programs and young learners; graduates of any college welcome.')), []);
});

ruleTable('age-coded', {
  valid: [doc('Coordinator', '', 'Summary', 'Five years of experience with youth programs and young learners; graduates of any college welcome.')],
  invalid: [
    {
      text: doc('Teacher', '', 'Summary', 'Ideal for a recent college graduate or a digital native.', 'Join our young and energetic team.'),
      expect: ['recent college graduate', 'digital native', 'young and energetic'],
      errors: [
        { line: 4, messageId: 'ageCoded', data: { text: 'recent college graduate' } },
        { line: 4, messageId: 'ageCoded', data: { text: 'digital native' } },
        { line: 5, messageId: 'ageCoded', data: { text: 'young and energetic' } },
      ],
      output: null,
    },
  ],
}, test);
