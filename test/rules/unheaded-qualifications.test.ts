import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, lines, ruleTable, run } from './helpers.ts';

test('unheaded-qualifications: degree and license bullets continuing the duties list', () => {
  const text = doc(
    'Principal',
    '',
    'ESSENTIAL DUTIES AND RESPONSIBILITIES:',
    '- Supervise and evaluate teachers.',
    '- Lead the school improvement plan.',
    '- MA DESE license as Principal',
    "- Master's Degree in Educational Leadership",
    '- Five years successful experience as a school principal',
  );
  const found = run('unheaded-qualifications', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 6);
  assert.match(found[0]!.message, /license, degree, experience/);
  const fixed = applyEdits(text, found[0]!.fixes[0]!.edits);
  assert.match(fixed, /Lead the school improvement plan\.\nQualifications\n- MA DESE license/);
});

test('unheaded-qualifications: a headed qualifications list passes', () => {
  const text = doc(
    'Principal',
    '',
    'Responsibilities',
    '- Supervise and evaluate teachers.',
    '',
    'Qualifications',
    "- Master's Degree in Educational Leadership",
    '- Five years successful experience as a school principal',
  );
  assert.deepEqual(lines('unheaded-qualifications', text), []);
});

test('unheaded-qualifications: duties that mention a credential are duties', () => {
  const text = doc(
    'Teacher',
    '',
    'Essential Job Functions',
    '- Develops curriculum aligned with the industry credential.',
    '- Attends MANDT Certification Training.',
  );
  assert.deepEqual(lines('unheaded-qualifications', text), []);
});

ruleTable('unheaded-qualifications', {
  valid: [
    doc('Principal', '', 'Responsibilities', '- Supervise and evaluate teachers.', '', 'Qualifications', "- Master's Degree in Educational Leadership", '- Five years successful experience as a school principal'),
    // duties that mention a credential are duties
    doc('Teacher', '', 'Essential Job Functions', '- Develops curriculum aligned with the industry credential.', '- Attends MANDT Certification Training.'),
    // a license the job looks after (software, a site license) is a duty's object, not a credential
    doc('Computer Technician', '', 'Essential Job Functions', '- Track licenses for software and network tools so renewals are not missed.', '- Renew site licenses for the learning platforms each spring.', '- Keep the district in line with its licensing agreements.'),
  ],
  invalid: [
    {
      // a credential stays a requirement though a software license sits in the same line
      text: doc('Computer Technician', '', 'Essential Job Functions', '- Keep software licenses current.', '- Network+ certification preferred, with records of all site licenses kept.'),
      expect: ['Network+ certification preferred, with records of all site licenses kept.'],
      errors: [{ line: 5, messageId: 'unheaded', data: { names: 'license', where: "after 'Essential Job Functions'" } }],
      output: doc('Computer Technician', '', 'Essential Job Functions', '- Keep software licenses current.', 'Qualifications', '- Network+ certification preferred, with records of all site licenses kept.'),
    },
    {
      text: doc('Principal', '', 'ESSENTIAL DUTIES AND RESPONSIBILITIES:', '- Supervise and evaluate teachers.', '- Lead the school improvement plan.', '- MA DESE license as Principal', "- Master's Degree in Educational Leadership", '- Five years successful experience as a school principal'),
      expect: ["MA DESE license as Principal\n- Master's Degree in Educational Leadership\n- Five years successful experience as a school principal"],
      errors: [{ line: 6, messageId: 'unheaded', data: { names: 'license, degree, experience', where: "after 'ESSENTIAL DUTIES AND RESPONSIBILITIES'" } }],
      // the suggestion puts a heading above the run; every bullet stays as written
      output: doc('Principal', '', 'ESSENTIAL DUTIES AND RESPONSIBILITIES:', '- Supervise and evaluate teachers.', '- Lead the school improvement plan.', 'Qualifications', '- MA DESE license as Principal', "- Master's Degree in Educational Leadership", '- Five years successful experience as a school principal'),
    },
  ],
}, test);
