import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

ruleTable(
  'cut-off-text',
  {
    valid: [
      // a complete sentence, a list of alternatives ending in 'or'/'and', a hard-wrapped sentence
      doc('Teacher', '', 'Benefits', 'To learn more details, visit our website.'),
      doc('Teacher', '', 'Qualifications', "- A bachelor's degree; or", '- Five years of experience; and', '- A license.'),
      doc('Teacher', '', 'Summary', 'The teacher keeps the', 'principal informed.'),
      // a form label with an empty value is empty-field's, balanced parentheses pass
      doc('Teacher', '', 'Approval', 'Job Description Prepared By'),
      doc('Teacher', '', 'Summary', 'Holds a license (or is eligible for one) in Virginia.'),
      // a padded two-column layout wraps its value onto the next text line of the same column
      doc('School Nurse', '', 'Job Goal:', `${' '.repeat(30)}To keep student health records as required by the`, '', `${' '.repeat(30)}State Board of Nursing.`),
    ],
    invalid: [
      {
        text: doc('Teacher', '', 'Benefits', 'We offer a wide variety of benefits.', '', 'To learn more details, visit our'),
        expect: ['our'],
      },
      // the rest is not below: the next text is a heading
      {
        text: doc('Teacher', '', 'Summary', 'Their role calls for, among other things, an', '', 'Benefits', 'Health insurance.'),
        expect: ['an'],
      },
      {
        text: doc(
          'Superintendent',
          '',
          'How to Apply',
          'Fill out an application (available at Applications that are not complete may not be considered.',
        ),
        expect: ['('],
      },
      { text: doc('Superintendent', '', 'Summary', 'The complete job description is on the district website ('), expect: ['('] },
      // the same column stopping on 'the' with nothing more in its column: cut off
      {
        text: doc('School Nurse', '', 'Job Goal:', `${' '.repeat(30)}To keep student health records as required by the`, '', 'Duties:', '- Cares for students.'),
        expect: ['the'],
      },
    ],
  },
  test,
);

test('cut-off-text: a sentence broken across a blank line, or a long line going on in lower case, is info, once per paragraph', () => {
  const long = 'Carries out custodial work that protects and preserves the school building, grounds, equipment, and furniture. Keeps the';
  const text = doc(
    'Custodian',
    '',
    'Summary',
    long,
    'director of operations up to date on maintenance concerns.',
    '',
    'Please note that the position may be either',
    '',
    'permanent or a leave replacement, and it',
    '',
    'will be decided in May.',
  );
  const found = run('cut-off-text', text);
  assert.deepEqual(
    found.map((f) => [f.line, f.messageId, f.severity]),
    [
      [4, 'broken', 'info'],
      [7, 'broken', 'info'],
    ],
  );
  assert.match(found[1]!.message, /goes on below \('permanent or a leave/);
});

test('cut-off-text: hard wraps, clauses ended, e-mail addresses and lists after a blank line are not broken sentences', () => {
  for (const text of [
    doc(
      'Counselor',
      '',
      'Purpose',
      'To help students make responsible decisions about their social, academic and',
      'future working lives.',
    ),
    doc('Teacher', '', 'Contact', 'Email', '', 'hr@district.k12.us'),
    doc('Teacher', '', 'Duties', 'The teacher will do the following:', '', 'plan lessons and grade work.'),
    doc('Teacher', '', 'Summary', 'Teaches reading.', '', 'Works with parents.'),
  ]) {
    assert.deepEqual(run('cut-off-text', text), [], text);
  }
});

// The posting's last paragraph stops mid-sentence: information.
test('cut-off-text: a posting whose last paragraph stops mid-sentence gets information on it', () => {
  const text = doc('Nurse', '', 'Summary', 'The school nurse also carries out any other health duties the principal assigns under board');
  const found = run('cut-off-text', text).filter((f) => f.messageId === 'endsMid');
  assert.deepEqual(found.map((f) => [f.line, f.severity]), [[4, 'info']]);
});

test('cut-off-text: a last line ending with a full stop, an address, a date or a name is not cut off', () => {
  for (const end of [
    'The school nurse also carries out any other health duties the principal assigns.',
    'Send a letter of interest and a resume to the office at jobs@district.org',
    'Revised by the personnel office of the district on 09-15-17',
    'The Lakeview County School District is an Equal Opportunity Employer',
    'Salary and benefits',
  ]) {
    assert.deepEqual(run('cut-off-text', doc('Nurse', '', 'Summary', end)).filter((f) => f.messageId === 'endsMid'), [], end);
  }
});

test('cut-off-text: a phrase whose rest is right below, past blank lines, is a broken sentence (information), not cut off', () => {
  // Nothing was lost: a double-spaced copy broke the sentence in two.
  for (const text of [
    doc('Teacher', '', 'Summary', 'Their role calls for, among other things, an', '', ' understanding of children.'),
    doc('Aide', '', 'Duties', 'Works with students one to one in the resource room or in the', '', 'general education classroom.'),
    doc('Clerk', '', 'Duties', 'Takes calls and passes messages on to the', '', '', 'right office.'),
  ]) {
    const found = run('cut-off-text', text);
    assert.deepEqual(found.map((f) => [f.line, f.messageId, f.severity]), [[4, 'broken', 'info']], text);
  }
  // three blank lines are too far to be one sentence: cut off
  assert.deepEqual(run('cut-off-text', doc('Clerk', '', 'Duties', 'Takes calls and passes messages on to the', '', '', '', 'right office.')).map((f) => f.messageId), ['dangling']);
});
