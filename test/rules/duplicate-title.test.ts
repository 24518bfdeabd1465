import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

test('duplicate-title: the title repeated on its own line', () => {
  const text = doc('Executive Director, Instructional Systems & Supports', '', 'Chicago Public Schools', '', 'Executive Director, Instructional Systems & Supports', '', 'Job Number: 250000GU');
  const found = run('duplicate-title', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.ok(!applyEdits(text, found[0]!.fixes[0]!.edits).includes('\nExecutive Director, Instructional Systems & Supports\n'));
});

test('duplicate-title: a "Job Title:" field repeating the title passes', () => {
  assert.deepEqual(run('duplicate-title', doc('Executive Director of Instruction', 'JOB TITLE: Executive Director of Instruction', 'REPORTS TO: Superintendent')), []);
});

test('duplicate-title: a title mentioned inside a sentence passes', () => {
  assert.deepEqual(run('duplicate-title', doc('Cluster Manager', '', 'The Cluster Manager will lead the team.')), []);
});

ruleTable('duplicate-title', {
  valid: [
    doc('Executive Director of Instruction', 'JOB TITLE: Executive Director of Instruction', 'REPORTS TO: Superintendent'),
    doc('Cluster Manager', '', 'The Cluster Manager will lead the team.'),
    // label and value on alternating lines: the value under "Position Title:" names the job on purpose
    doc(
      'What are the responsibilities and job description for the GROUNDS KEEPER position at Lakeview County Schools?',
      'Position Title:',
      'Grounds Keeper',
      'Reports To:',
      'Facilities Supervisor',
      '',
      'Duties',
      '- Mows and trims the school grounds.',
    ),
  ],
  invalid: [
    {
      text: doc('Executive Director, Instructional Systems & Supports', '', 'Chicago Public Schools', '', 'Executive Director, Instructional Systems & Supports', '', 'Job Number: 250000GU'),
      expect: ['Executive Director, Instructional Systems & Supports'],
      errors: [{ line: 5, messageId: 'repeated', data: { title: 'Executive Director, Instructional Systems & Supports', line: 1 } }],
      // the repeated line goes; the blank lines around it stay
      output: doc('Executive Director, Instructional Systems & Supports', '', 'Chicago Public Schools', '', '', 'Job Number: 250000GU'),
    },
  ],
}, test);
