import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

test('glued-fields: two fields run together, split by the fix', () => {
  const text = doc('Manager', '', 'Residency text.', '', '    Posting ID: 552778290Posted: 2020-05-21');
  const found = run('glued-fields', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Manager', '', 'Residency text.', '', '    Posting ID: 552778290', '    Posted: 2020-05-21'));
});

test('glued-fields: fields on their own lines pass', () => {
  assert.deepEqual(run('glued-fields', doc('Manager', 'Posting ID: 552778290', 'Posted: 2020-05-21')), []);
});

ruleTable('glued-fields', {
  valid: [
    doc('Teacher', '', 'Use PowerSchool, iReady and myON with your iPad.'),
    doc('Teacher', '', 'Apply at www.district.org/Jobs or HR@District.org today.'),
    doc('Teacher', '', 'The Board meets monthly. The principal reports.'),
    doc('Teacher', '', 'Title: Teacher', 'Start Date: 08/16/2019'),
  ],
  invalid: [
    { text: doc('Teacher', '', 'managing student behaviorThe Board of Education may accept alternatives.'), expect: ['behaviorThe'] },
    { text: doc('Driver', '', 'Follow policies adopted by the Board of Education.Take part in training.'), expect: ['Education.Take'] },
    { text: doc('Driver', '', 'TitleSubstitute Bus Operators', 'Start Date08/16/2019'), expect: ['TitleSubstitute', 'Date08/16/2019'] },
    { text: doc('Custodian', '', 'Washington School District 103JOB TITLE: Custodian'), expect: ['103JOB'] },
    { text: doc('Teacher', '', 'You will be updated via emailJob Alert and emailNot Disclosed'), expect: ['emailJob'] },
  ],
}, test);

ruleTable('glued-fields', { valid: [doc('Teacher', '', 'managing student behaviorThe Board')], invalid: [], options: { words: false } }, test);

test('glued-fields: the word fix puts the lost space (or ": " after a label) back, and is not safe', () => {
  const text = doc('Driver', '', 'TitleSubstitute Bus Operators');
  const [f] = run('glued-fields', text);
  assert.equal(applyEdits(text, f!.fixes[0]!.edits), doc('Driver', '', 'Title: Substitute Bus Operators'));
  assert.equal(f!.fixes[0]!.safe, false);
});

// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('glued-fields', {
  valid: [],
  invalid: [
    {
      text: doc('Teacher', '', 'managing student behaviorThe Board of Education may accept alternatives.'),
      expect: ['behaviorThe'],
      errors: [{ line: 3, messageId: 'words', data: { text: 'behaviorThe', more: 0 } }],
      output: doc('Teacher', '', 'managing student behavior The Board of Education may accept alternatives.'),
    },
    {
      // a label glued to its value gets ": " back
      text: doc('Driver', '', 'TitleSubstitute Bus Operators', 'Start Date08/16/2019'),
      expect: ['TitleSubstitute', 'Date08/16/2019'],
      errors: [{ line: 3, messageId: 'words' }, { line: 4, messageId: 'words' }],
      output: doc('Driver', '', 'Title: Substitute Bus Operators', 'Start Date: 08/16/2019'),
    },
  ],
}, test);
