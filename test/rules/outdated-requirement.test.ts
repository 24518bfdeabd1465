import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

test('outdated-requirement: COVID-19 vaccination mandate', () => {
  const text = doc('Coordinator', 'Conditions of Employment', 'Be Fully Vaccinated Against COVID-19 - all employees are required to submit proof of vaccination.');
  const found = run('outdated-requirement', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 3);
});

test('outdated-requirement: other vaccinations and COVID history pass', () => {
  assert.deepEqual(run('outdated-requirement', doc('Nurse', 'Administers vaccinations to students.', 'Schools reopened after COVID-19 closures.')), []);
});

ruleTable('outdated-requirement', {
  valid: [
    doc('Teacher', '', 'We seek highly qualified candidates for every classroom.'),
    doc('Teacher', '', 'We believe in "Success by Six" and "No Child Left Behind." Our mission is service.'),
    doc('Nurse', '', 'Performs COVID-19 testing of students when a parent requests it.'),
    // quoted praise without a verb of status is not the requirement
    doc('Teacher', '', 'Our "highly qualified" staff win state awards every year.'),
  ],
  invalid: [
    // the status in quotation marks: the term of art
    { text: doc('Aide', '', 'Each aide must be "Highly Qualified" by passing one of these tests:'), expect: ['be "Highly Qualified'] },
    { text: doc('Aide', '', 'Some aide jobs call for staff who are “highly qualified” under federal rules.'), expect: ['are “highly qualified'] },
    { text: doc('Teacher', '', '  2. Must be highly qualified in the area assigned.'), expect: ['be highly qualified'] },
    { text: doc('Para', '', 'Paraprofessionals who have not reached Highly Qualified Status are placed on a plan.'), expect: ['reached Highly Qualified'] },
    { text: doc('Teacher', '', 'Candidates must meet NCLB requirements.'), expect: ['NCLB'] },
    { text: doc('Teacher', '', 'All staff must submit to weekly testing for COVID-19.'), expect: ['All staff must submit to weekly testing for COVID-19.'] },
  ],
}, test);

// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('outdated-requirement', {
  valid: [],
  invalid: [
    {
      text: doc('Teacher', '', 'Candidates must meet NCLB requirements.'),
      expect: ['NCLB'],
      errors: [{ line: 3, messageId: 'nclb', data: { text: 'NCLB' } }],
      output: null,
    },
  ],
}, test);
