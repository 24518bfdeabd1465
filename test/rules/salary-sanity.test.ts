import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

test('salary-sanity: minimum above maximum is an error with a swap fix', () => {
  const text = doc('Teacher', 'Salary: $70,000 - $55,000');
  const found = run('salary-sanity', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, 'error');
  assert.equal(found[0]!.text, '$70,000 - $55,000');
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Teacher', 'Salary: $55,000 - $70,000'));
});

test('salary-sanity: open-ended pay', () => {
  const found = run('salary-sanity', doc('Teacher', 'Salary: starting at $48,000 per year'));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.text, 'starting at $48,000');
  assert.deepEqual(run('salary-sanity', doc('Teacher', 'Salary: starting at $48,000 per year'), { options: { openEnded: false } }), []);
});

test('salary-sanity: two ranges on one line, benefit money and a proper range pass', () => {
  assert.deepEqual(run('salary-sanity', doc('Librarian', 'ANNUAL SALARY', '$50,342 to $62,536 and $53,954 to $67,046')), []);
  assert.deepEqual(run('salary-sanity', doc('Teacher', 'Benefits: up to $500.00/year towards continuing education')), []);
  assert.deepEqual(run('salary-sanity', doc('Teacher', 'Salary: $55,000 - $70,000')), []);
});

ruleTable(
  'salary-sanity',
  {
    valid: [
      doc('Librarian', 'ANNUAL SALARY', '$50,342 to $62,536 and $53,954 to $67,046'),
      doc('Teacher', 'Benefits: up to $500.00/year towards continuing education'),
      doc('Teacher', 'Salary: $55,000 - $70,000'),
    ],
    invalid: [
      {
        text: doc('Teacher', 'Salary: $70,000 - $55,000'),
        expect: ['$70,000 - $55,000'],
        errors: [{ line: 2, messageId: 'inverted', data: { text: '$70,000 - $55,000' } }],
        output: doc('Teacher', 'Salary: $55,000 - $70,000'),
      },
      {
        text: doc('Teacher', 'Salary: starting at $48,000 per year'),
        expect: ['starting at $48,000'],
        errors: [{ line: 2, messageId: 'openEnded', data: { text: 'starting at $48,000' } }],
        output: null,
      },
    ],
  },
  test,
);

test('salary-sanity: pay stated with no figure (a grade, a schedule, "as per contract")', () => {
  for (const [text, line] of [
    [doc('Custodian', '', 'Pay Grade: SN-1', '', 'Duties', 'Cleans the building.'), 3],
    [doc('Teacher', '', 'SALARY: Based on Bulloch County Salary/Supplement Schedule', '', 'Duties', 'Teaches.'), 3],
    [doc('Teaching Assistant', '', 'Salary/Pay Scale: as per contract', '', 'Duties', 'Assists.'), 3],
  ] as const) {
    const found = run('salary-sanity', text);
    assert.deepEqual(
      found.map((f) => [f.line, f.messageId]),
      [[line, 'noFigure']],
      text,
    );
    assert.deepEqual(run('salary-sanity', text, { options: { noFigure: false } }), []);
  }
});

test('salary-sanity: a figure anywhere, or no word about pay at all, is not pay without a figure', () => {
  // The figure sits on the line after its label: pay is stated.
  assert.deepEqual(
    run('salary-sanity', doc('Principal', '', 'Salary/Pay Scale', '$135,000-$145,000 prorated', '', 'Duties', 'Leads.')),
    [],
  );
  assert.deepEqual(run('salary-sanity', doc('Teacher', '', 'Pay Grade: 4', 'Hourly rate $18.50', '', 'Duties', 'Teaches.')), []);
  // No pay at all is missing-section's (and pay-transparency's) concern.
  assert.deepEqual(run('salary-sanity', doc('Teacher', '', 'Duties', 'Teaches reading.')), []);
});

test('salary-sanity: a rate in dollars and cents without the sign is a figure; hours and shares of time are not', () => {
  // valid: the value under its label is a rate, so pay is stated (its missing unit is information)
  const rate = run('salary-sanity', doc('Groundskeeper', '', 'Compensation:', '', '19.40 - 23.15', '', 'Duties', 'Mows the fields.'));
  assert.deepEqual(rate.map((f) => [f.messageId, f.severity]), [['noUnit', 'info']]);
  // invalid: hours, days and an FTE share shaped like cents are no figure
  for (const text of [
    doc('Aide', '', 'Salary: per the classified schedule, 6.50 hours a day', '', 'Duties', 'Helps in class.'),
    doc('Nurse', '', 'Salary: placed on the nurses’ scale, 0.75 FTE', '', 'Duties', 'Sees students.'),
  ])
    assert.deepEqual(run('salary-sanity', text).map((f) => f.messageId), ['noFigure'], text);
});

test('salary-sanity: pay with no figure is shown where its wrapped sentence starts', () => {
  const text = doc('Counselor', '', 'CONTRACT:      Pay and length of year follow the adopted', '', '                 salary schedules.', '', 'Duties', 'Counsels.');
  const found = run('salary-sanity', text);
  assert.deepEqual(found.map((f) => [f.line, f.messageId]), [[3, 'noFigure']]);
  assert.match(found[0]!.message, /'CONTRACT: Pay and length/);
  // a line that starts its own sentence stays where it is
  const own = run('salary-sanity', doc('Counselor', '', 'Hours follow the school day', 'Salary: per the adopted schedule.', '', 'Duties', 'Counsels.'));
  assert.deepEqual(own.map((f) => f.line), [4]);
});

test('salary-sanity: a rate with no unit is information; a unit anywhere in its clause, or a salary-sized figure, passes', () => {
  for (const [text, shown] of [
    [doc('Cook', '', 'Wage: $14.75', '', 'Duties', 'Prepares lunches.'), '$14.75'],
    [doc('Aide', '', 'Pay: $18.20 - $22.40 / benefits eligible', '', 'Duties', 'Helps in class.'), '$18.20 - $22.40'],
    // the unit named for the second rate does not cover the first
    [doc('Driver', '', 'Drivers start at $24.10 for route time; helpers start at $17.00 per hour.', '', 'Duties', 'Drives.'), '$24.10'],
  ] as const) {
    const found = run('salary-sanity', text).filter((f) => f.messageId === 'noUnit');
    assert.deepEqual(found.map((f) => [f.text, f.severity]), [[shown, 'info']], text);
    assert.deepEqual(run('salary-sanity', text, { options: { noUnit: false } }).filter((f) => f.messageId === 'noUnit'), []);
  }
  for (const text of [
    doc('Cook', '', 'Wage: $14.75 per hour', '', 'Duties', 'Prepares lunches.'),
    doc('Cook', '', 'Hourly rate: $14.75', '', 'Duties', 'Prepares lunches.'),
    doc('Substitute', '', 'Pay: $120/day', '', 'Duties', 'Teaches.'),
    doc('Coach', '', 'Stipend: $850', '', 'Duties', 'Coaches.'),
    doc('Instructor', '', 'Pay: $40 for each enrolled student, and $300 per semester for planning.', '', 'Duties', 'Teaches.'),
    doc('Teacher', '', 'Salary: $52,000 - $71,000', '', 'Duties', 'Teaches.'),
    doc('Custodian', '', 'The district renovated its schools with a $36 million bond.', 'Salary: $19.50 an hour', '', 'Duties', 'Cleans.'),
  ]) {
    assert.deepEqual(run('salary-sanity', text).filter((f) => f.messageId === 'noUnit').map((f) => f.text), [], text);
  }
});
