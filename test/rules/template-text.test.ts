import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

test('template-text: an instruction to the writer', () => {
  const found = run('template-text', doc('Director', '', 'Knowledge, Skills, and Abilities:', '- Knowledge, Skills, and Abilities. Do not include experience in this section'));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 4);
  assert.equal(found[0]!.text, 'Do not include experience in this section');
});

test('template-text: placeholders, TBD, XX, lorem ipsum', () => {
  const text = doc('Teacher', '', 'Salary: $XX,XXX', 'Start date: TBD', 'Location: [insert school name]', 'Lorem ipsum dolor sit amet.', 'Insert job description here');
  const texts = run('template-text', text).map((f) => f.text);
  assert.ok(texts.includes('[insert school name]'));
  assert.ok(texts.includes('TBD'));
  assert.ok(texts.some((t) => t.startsWith('$X')));
  assert.ok(texts.some((t) => /lorem ipsum/i.test(t)));
  assert.ok(texts.some((t) => /^Insert job description here$/.test(t)));
});

test('template-text: ordinary text passes (Title IX, "apply here", bracketed notes)', () => {
  const text = doc('Teacher', '', 'The district complies with Title IX.', 'Learn more and apply here: https://example.org', 'Salary: $50,000 [step 1]');
  assert.deepEqual(run('template-text', text), []);
});

test('template-text: TBD as the day of a date whose month or year is given is not a slot left empty', () => {
  // valid: the rest of the date is written, only the day is not fixed yet
  for (const line of ['First day: March TBD, 2027 - June 4, 2027', 'Orientation on Sept. TBD', 'Board approval TBD 2027']) {
    assert.deepEqual(run('template-text', doc('Aide', '', line)), [], line);
  }
  // invalid: TBD alone where a value goes
  for (const line of ['Start date: TBD', 'Salary: TBD', 'Hours: TBD per week']) {
    assert.deepEqual(run('template-text', doc('Aide', '', line)).map((f) => f.text), ['TBD'], line);
  }
});

test('template-text: tbd option', () => {
  assert.deepEqual(run('template-text', doc('Teacher', '', 'Start date: TBD'), { options: { tbd: false } }), []);
  // valid: where the job sits is placed after hiring, on the label's line or the line below it
  for (const text of [doc('Nurse', '', 'Location: TBD', 'Hours: 7.5 a day'), doc('Nurse', '', 'Location:', 'TBD', 'Closing Date:', 'May 1, 2027')])
    assert.deepEqual(run('template-text', text), [], text);
  // invalid: a TBD inside a longer location value, or in the job's own terms, is still a slot
  assert.deepEqual(run('template-text', doc('Nurse', '', 'Location: TBD Elementary School')).map((f) => f.text), ['TBD']);
});

ruleTable('template-text', {
  valid: [
    doc('Teacher', '', 'Funded under Title XX of the Social Security Act; see Chapter XX.'),
    doc('Teacher', '', 'Agency Website www.pvcc.edu Contact Name Carla Brooks Email hr@pvcc.edu'),
    doc('Teacher', '', 'Students identify shapes, numbers and colors (identify shapes, numbers, colors, crafts, etc.).'),
    doc('Teacher', '', 'EMPLOYMENT DATE TO BE DETERMINED'),
    doc('Teacher', '', 'Salary: $100,000 - $120,000; job 10000079; call (555) 010-0000.'),
    doc('Teacher', '', 'School Name: Lincoln Elementary'),
    doc('Teacher', '', 'Posted 03/02/2026; closes 04/15/2026. Start date 2026-08-10.'),
    doc('Teacher', '', 'Students will graduate with the class of 2050.'),
  ],
  invalid: [
    { text: doc('Teacher', '', 'Salary: $minimum - $maximum per year'), expect: ['$minimum', '$maximum'] },
    // a system's default date where the real one goes
    { text: doc('Custodian', '', 'START BEFORE 1/1/2050'), expect: ['1/1/2050'] },
    { text: doc('Custodian', '', 'Closing Date: 12/31/9999'), expect: ['12/31/9999'] },
    { text: doc('Custodian', '', 'Date available: 1900-01-01'), expect: ['1900-01-01'] },
    { text: doc('Teacher', '', 'DEPARTMENT: School Name'), expect: ['School Name'] },
    { text: doc('Teacher', '', 'School District Name is an equal opportunity employer.'), expect: ['School District Name'] },
    { text: doc('Teacher', '', 'Job Number: 000000', 'Phone: (000) 000-0000'), expect: ['000000', '(000) 000-0000'] },
    { text: doc('Teacher', '', 'The <Title> reports to the principal.'), expect: ['<Title>'] },
    { text: doc('Teacher', '', 'Salary: $XX,XXX'), expect: ['$XX', 'XXX'] },
    { text: doc('Tech', '', 'Knows how to set up computer workstations (identify requirement–i.e., Novell workstation)'), expect: ['(identify requirement–i.e., Novell workstation)'] },
  ],
}, test);

// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('template-text', {
  valid: [],
  invalid: [
    {
      text: doc('Teacher', '', 'Salary: $minimum - $maximum per year'),
      expect: ['$minimum', '$maximum'],
      errors: [
        { line: 3, messageId: 'templateText', data: { text: '$minimum', what: 'a placeholder amount' } },
        { line: 3, messageId: 'templateText', data: { text: '$maximum', what: 'a placeholder amount' } },
      ],
      output: null,
    },
  ],
}, test);
