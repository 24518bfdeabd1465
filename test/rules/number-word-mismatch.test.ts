import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

test('number-word-mismatch: five (7)', () => {
  const text = doc('Director', '- Minimum of five (7) years of experience.');
  const found = run('number-word-mismatch', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.text, 'five (7)');
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Director', '- Minimum of five (5) years of experience.'));
  assert.equal(applyEdits(text, found[0]!.fixes[1]!.edits), doc('Director', '- Minimum of seven (7) years of experience.'));
});

test('number-word-mismatch: agreeing pairs stay silent (seven (7), three (3), twenty-one (21))', () => {
  assert.deepEqual(run('number-word-mismatch', doc('Director', '- Minimum of seven (7) years; three (3) as a principal; Five (5) references; twenty-one (21) days.')), []);
});

test('number-word-mismatch: Twenty-one (12)', () => {
  assert.equal(run('number-word-mismatch', doc('Director', 'Twenty-one (12) days.')).length, 1);
});

ruleTable('number-word-mismatch', {
  valid: [doc('Director', '- Minimum of seven (7) years; three (3) as a principal; Five (5) references; twenty-one (21) days.')],
  invalid: [
    {
      text: doc('Director', '- Minimum of five (7) years of experience.'),
      expect: ['five (7)'],
      errors: [{ line: 2, messageId: 'mismatch', data: { text: 'five (7)', word: 5, digits: 7 } }],
      // the first fix trusts the word
      output: doc('Director', '- Minimum of five (5) years of experience.'),
    },
    {
      text: doc('Director', 'Twenty-one (12) days.'),
      expect: ['Twenty-one (12)'],
      errors: [{ line: 2, messageId: 'mismatch', data: { text: 'Twenty-one (12)', word: 21, digits: 12 } }],
      output: doc('Director', 'Twenty-one (21) days.'),
    },
  ],
}, test);

// One of something counted in the plural.
ruleTable('number-word-mismatch', {
  valid: [
    doc('Technician', '- One year of experience; two years preferred; 1 month of training; one-day orientation.'),
    doc('Technician', '- At least one (1) semester of coursework; ones and twos.'),
  ],
  invalid: [
    {
      text: doc('Technician', 'One years of experience repairing computers.'),
      expect: ['One years'],
      errors: [{ line: 2, messageId: 'plural', data: { text: 'One years', noun: 'years' } }],
      output: doc('Technician', 'One year of experience repairing computers.'),
    },
    { text: doc('Aide', '- one (1) months of training is given.'), expect: ['one (1) months'] },
  ],
}, test);
ruleTable('number-word-mismatch', { valid: [doc('Technician', 'One years of experience repairing computers.')], invalid: [], options: { plural: false } }, test);
