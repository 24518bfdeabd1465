import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

ruleTable('flattened-list', {
  valid: [
    doc('Bus Driver', '', 'Qualifications', '1. A high school diploma or G.E.D.', '2. Must be 21 years of age or older.', '3. One year of driving experience.'),
    // an enumeration written into a sentence on purpose
    doc('Instructor', '', 'Applications should include: 1) A cover letter; 2) Curriculum vitae; 3) Three references.'),
    doc('Clerk', '', 'Applicants who meet the minimum requirements will be invited in the following order: 1) Applicants currently employed; 2) Remaining applicants.'),
    // numbers that are not items
    doc('Teacher', '', 'Salary: Step 1. Grade 2 teachers start on Step 1.', 'In accordance with Civil Service Rule 4.2, applicants may be tested.'),
    doc('Teacher', '', 'Responsibilities', '1. Plan lessons. Review them with the team.'),
    doc('Teacher', '', '1. 2024-25 school year calendar applies.'),
  ],
  invalid: [
    {
      text: doc('Bus Driver', '', 'MINIMUM QUALIFICATIONS: 1. A high school diploma or G.E.D. certificate. 2. Must be 21 years of age or older. 3. Must have one year of experience driving.'),
      expect: ['MINIMUM QUALIFICATIONS: 1. A high school diploma or G.E.D. certificate. 2. Must be 21 years of age or older. 3. Must have one year of experience driving.'],
      errors: [{ line: 3, messageId: 'runTogether', data: { first: 1, last: 3 } }],
      output: doc('Bus Driver', '', 'MINIMUM QUALIFICATIONS: 1. A high school diploma or G.E.D. certificate.', '2. Must be 21 years of age or older.', '3. Must have one year of experience driving.'),
    },
    {
      text: doc('Technician', '', '3. Install software.', '4. Help repair data circuits and equipment. 5. Help organize technology materials for classroom use.'),
      expect: ['4. Help repair data circuits and equipment. 5. Help organize technology materials for classroom use.'],
      errors: [{ line: 4, messageId: 'runTogether', data: { first: 4, last: 5 } }],
    },
    {
      text: doc('Technician', '', 'Technical Support:', '  1. 1. Install, set up, maintain and upgrade computers.', '2. Give technical help to people using computers.'),
      expect: ['1. 1.'],
      errors: [{ line: 4, messageId: 'numberedTwice', data: { text: '1. 1.' } }],
      output: doc('Technician', '', 'Technical Support:', '  1. Install, set up, maintain and upgrade computers.', '2. Give technical help to people using computers.'),
    },
  ],
}, test);

ruleTable('flattened-list', {
  options: { minItems: 3 },
  valid: [doc('Technician', '', '4. Help repair data circuits. 5. Help organize materials.')],
  invalid: [{ text: doc('Driver', '', 'DUTIES: 1. Attend training. 2. Pass the tests. 3. Drive the route.'), expect: ['DUTIES: 1. Attend training. 2. Pass the tests. 3. Drive the route.'] }],
}, test);

test('flattened-list: the fixes keep every word and are not safe', () => {
  const text = doc('Driver', '', 'DUTIES: 1. Attend training. 2. Pass the tests.');
  const [f] = run('flattened-list', text);
  assert.equal(f!.fixes[0]!.safe, false);
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  assert.deepEqual(words(applyEdits(text, f!.fixes[0]!.edits)), words(text));
});
