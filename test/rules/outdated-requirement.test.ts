import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, run } from './helpers.ts';

test('outdated-requirement: COVID-19 vaccination mandate', () => {
  const text = doc('Coordinator', 'Conditions of Employment', 'Be Fully Vaccinated Against COVID-19 - all employees are required to submit proof of vaccination.');
  const found = run('outdated-requirement', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 3);
});

test('outdated-requirement: other vaccinations and COVID history pass', () => {
  assert.deepEqual(run('outdated-requirement', doc('Nurse', 'Administers vaccinations to students.', 'Schools reopened after COVID-19 closures.')), []);
});
