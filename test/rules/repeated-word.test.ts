import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

ruleTable('repeated-word', {
  valid: [
    doc('Teacher', 'He said that that plan works; we had had enough.'),
    doc('Teacher', 'Walla Walla Public Schools is hiring.'),
    doc('Teacher', 'Plan the lessons. The lessons matter.'),
    // a new bullet starts afresh
    doc('Teacher', 'Duties:', '- Teach the', '- the end of the list'),
    // a phrase and a different phrase sharing words
    doc('Teacher', 'Public Schools and Public Libraries work together.'),
    doc('Teacher', 'Work day to day and week to week.'),
    // a flattened form's choice label followed by the chosen value
    doc('Teacher', 'EEO Category I-Faculty Full Time or Part Time Part Time Telework options'),
  ],
  invalid: [
    { text: doc('Teacher', 'Plan lessons for the the class.'), expect: ['the the'] },
    { text: doc('Teacher', 'aspirations of the The Noble Academy, Inc.'), expect: ['the The'] },
    { text: doc('Teacher', 'Bulletins are available at at the office.'), expect: ['at at'] },
    { text: doc('Teacher', '', 'Summary:', 'The teacher plans lessons for the', 'the class every week.'), expect: ['the\nthe'] },
    // a field value doubled, also when the copies differ in hyphens or case
    { text: doc('Teacher', '', 'Main Organization', '', 'Public Schools Public Schools'), expect: ['Public Schools Public Schools'] },
    { text: doc('Teacher', '', 'Employment Status', '', 'Permanent Fulltime Permanent Full-time'), expect: ['Permanent Fulltime Permanent Full-time'] },
  ],
}, test);

test('repeated-word: the fix deletes the second word and its space only', () => {
  const cases: Array<[string, string]> = [
    [doc('Teacher', 'Plan for the the class.'), doc('Teacher', 'Plan for the class.')],
    [doc('Teacher', 'Copies of the certification certification.'), doc('Teacher', 'Copies of the certification.')],
    [doc('Teacher', '', 'Summary:', 'The teacher plans for the', 'the class every week.'), doc('Teacher', '', 'Summary:', 'The teacher plans for the', 'class every week.')],
  ];
  for (const [before, after] of cases) {
    const [f] = run('repeated-word', before);
    assert.equal(f!.fixes[0]!.safe, true);
    assert.equal(applyEdits(before, f!.fixes[0]!.edits), after);
  }
});

test('repeated-word: a doubled phrase names the phrase and offers to delete the second copy', () => {
  const text = doc('Teacher', '', 'Employment Status', '', 'Permanent Fulltime Permanent Full-time');
  const [f] = run('repeated-word', text);
  assert.match(f!.message, /'Permanent Fulltime' twice/);
  assert.equal(f!.fixes[0]!.safe, false);
  assert.equal(applyEdits(text, f!.fixes[0]!.edits), doc('Teacher', '', 'Employment Status', '', 'Permanent Fulltime'));
});
// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('repeated-word', {
  valid: [],
  invalid: [
    {
      text: doc('Teacher', 'Plan lessons for the the class.'),
      expect: ['the the'],
      errors: [{ line: 2, messageId: 'repeated', data: { word: 'the' } }],
      output: doc('Teacher', 'Plan lessons for the class.'),
    },
    {
      // across a line break: the second word goes, the line break stays
      text: doc('Teacher', '', 'Summary:', 'The teacher plans lessons for the', 'the class every week.'),
      expect: ['the\nthe'],
      errors: [{ line: 4, messageId: 'repeated', data: { word: 'the' } }],
      output: doc('Teacher', '', 'Summary:', 'The teacher plans lessons for the', 'class every week.'),
    },
  ],
}, test);

// A full stop, comma or semicolon doubled after a word; an ellipsis is not a double.
ruleTable('repeated-word', {
  valid: [
    doc('Teacher', '', 'Duties', 'Plans lessons... and more.'),
    doc('Teacher', '', 'Duties', 'Works in Washington, D.C. and nearby.'),
    doc('Teacher', '', 'Duties', 'Plans lessons, grades work; meets parents.'),
  ],
  invalid: [
    {
      text: doc('Teacher', '', 'Duties', 'Supports new staff with coaching..'),
      expect: ['..'],
      errors: [{ line: 4, messageId: 'repeatedMark', data: { mark: '..' } }],
      output: doc('Teacher', '', 'Duties', 'Supports new staff with coaching.'),
    },
    {
      text: doc('Teacher', '', 'Duties', 'Works 190 days a year. . Pay follows the schedule.'),
      expect: ['. .'],
      errors: [{ line: 4, messageId: 'repeatedMark', data: { mark: '. .' } }],
      output: doc('Teacher', '', 'Duties', 'Works 190 days a year. Pay follows the schedule.'),
    },
  ],
}, test);
ruleTable('repeated-word', { valid: [doc('Teacher', '', 'Duties', 'Supports new staff with coaching..')], invalid: [], options: { punctuation: false } }, test);
