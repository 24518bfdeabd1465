import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';
import { analyze } from '../../server/src/analysis.ts';

test('empty-section: a heading followed by the next heading', () => {
  const text = doc('Coordinator', '', 'Knowledge, Skills and Abilities :', 'Conditions of Employment', '- Background check required.');
  const found = run('empty-section', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 3);
  assert.equal(found[0]!.kind, 'ksa');
  const fixed = applyEdits(text, found[0]!.fixes[0]!.edits);
  assert.equal(fixed, doc('Coordinator', '', 'Conditions of Employment', '- Background check required.'));
});

test('empty-section: a heading at the end of the text', () => {
  const text = doc('Coordinator', '', 'Job Summary', 'Coordinates the program.', '', 'Benefits');
  const found = run('empty-section', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.kind, 'benefits');
});

test('empty-section: an umbrella heading over its sub-sections passes', () => {
  const text = doc(
    'Coordinator',
    '',
    'In order to be successful and achieve the above responsibilities, this position must possess the following qualifications:',
    'Education Required:',
    "- Bachelor's degree required.",
    'Experience Required:',
    '- Three years of experience.',
  );
  assert.deepEqual(run('empty-section', text), []);
});

test('empty-section: sections with content pass', () => {
  assert.deepEqual(run('empty-section', doc('Teacher', '', 'Salary : $55,000 - $70,000', '', 'Benefits', '- Health insurance.')), []);
});

test('empty-section: a heading over a line the parser folds into it is not empty (the line is kept)', () => {
  // "Teaching License (Required)" reads as a heading of the same kind, so the parser folds it into
  // the "License/Certification:" section without a block: the section has text before the next heading.
  const text = doc('Teacher', '', 'License/Certification:', '', '', 'Teaching License (Required)', '', '', 'Work Location: One location');
  assert.deepEqual(run('empty-section', text), []);
  const about = doc('About the job', '', 'Description', '', 'Job Title: Information Technology Instructor', '', 'Program: User Experience');
  assert.deepEqual(run('empty-section', about), []);
});

ruleTable('empty-section', {
  valid: [
    doc('Teacher', '', 'Salary : $55,000 - $70,000', '', 'Benefits', '- Health insurance.'),
    // an umbrella heading over its sub-sections
    doc('Coordinator', '', 'In order to be successful and achieve the above responsibilities, this position must possess the following qualifications:', 'Education Required:', "- Bachelor's degree required.", 'Experience Required:', '- Three years of experience.'),
    doc('Teacher', '', 'License/Certification:', '', '', 'Teaching License (Required)', '', '', 'Work Location: One location'),
  ],
  invalid: [
    {
      text: doc('Coordinator', '', 'Knowledge, Skills and Abilities :', 'Conditions of Employment', '- Background check required.'),
      expect: ['Knowledge, Skills and Abilities :'],
      errors: [{ line: 3, messageId: 'empty', data: { heading: 'Knowledge, Skills and Abilities', kindName: 'knowledge, skills and abilities' } }],
      output: doc('Coordinator', '', 'Conditions of Employment', '- Background check required.'),
    },
    {
      text: doc('Coordinator', '', 'Job Summary', 'Coordinates the program.', '', 'Benefits'),
      expect: ['Benefits'],
      errors: [{ line: 6, messageId: 'empty', data: { heading: 'Benefits', kindName: 'benefits description' } }],
      output: doc('Coordinator', '', 'Job Summary', 'Coordinates the program.', ''),
    },
  ],
}, test);

// Two ALL CAPS lines in a row are one heading wrapped over two lines, unless the first ends in a
// colon: "WORK EXPERIENCE:" over "PREFERRED QUALIFICATIONS" is a heading with nothing under it.
ruleTable('empty-section', {
  valid: [
    doc('School Counselor', '', 'MINIMUM EDUCATION, TRAINING AND', 'EXPERIENCE REQUIREMENTS', "- Master's degree in school counseling."),
    doc('School Counselor', '', 'ESSENTIAL DUTIES AND', 'RESPONSIBILITIES', '- Counsels students.'),
  ],
  invalid: [
    {
      text: doc('School Counselor', '', 'CERTIFICATION: Florida certification in Guidance and Counseling', 'WORK EXPERIENCE:', 'PREFERRED QUALIFICATIONS', '- Can read and apply State Board rules.'),
      expect: ['WORK EXPERIENCE:'],
    },
    {
      text: doc('Custodian', '', 'EDUCATION:', 'PHYSICAL REQUIREMENTS', '- Lift 50 pounds.'),
      expect: ['EDUCATION:'],
    },
  ],
}, test);

// A sentence announcing a list with no list after it: information.
ruleTable('empty-section', {
  valid: [
    doc('Nurse', '', 'Duties', 'The nurse does the following:', '- Gives first aid.', '- Keeps health records.'),
    doc('Nurse', '', 'Duties', 'Gives first aid. The office may close and reopen the following day.', '', 'Benefits', 'Health insurance.'),
    // an unknown heading-like line may be the list's first item
    doc('Nurse', '', 'Duties', '- Gives first aid.', '', 'Skills for this role include:', 'Calm Under Pressure', 'Works well with children.'),
  ],
  invalid: [
    {
      text: doc('Nurse', '', 'Duties', 'Within the district, the school nurse plans, delivers and reviews the health services that:', '', 'Benefits', 'Health insurance.'),
      expect: ['Within the district, the school nurse plans, delivers and reviews the health services that:'],
      errors: [{ line: 4, messageId: 'announced', data: { text: '…rse plans, delivers and reviews the health services that:' } }],
    },
    {
      text: doc('Teacher', '', 'Credentials', 'Applicants must hold one of the following state teaching permits.', '', 'How to Apply', 'Apply online.'),
      expect: ['Applicants must hold one of the following state teaching permits.'],
    },
    { text: doc('Teacher', '', 'Duties', 'Teaches reading.', '', 'To apply, send the following:'), expect: ['To apply, send the following:'] },
  ],
}, test);
ruleTable('empty-section', { valid: [doc('Nurse', '', 'Duties', 'Within the district, the school nurse plans, delivers and reviews the health services that:', '', 'Benefits', 'Health insurance.')], invalid: [], options: { announcedLists: false } }, test);

test('empty-section: an announced list with nothing after it is information, not a warning', () => {
  const found = run('empty-section', doc('Nurse', '', 'Duties', 'Within the district, the school nurse plans, delivers and reviews the health services that:', '', 'Benefits', 'Health insurance.'));
  assert.deepEqual(found.map((f) => f.severity), ['info']);
});

// A sentence ending in a colon read as a heading is the section's first line; a heading right under
// a bare field label is that field's value. A short heading under a heading is still an empty section.
ruleTable('empty-section', {
  valid: [
    doc('Library Aide', '', 'EMPLOYMENT REQUIREMENTS:', 'The employee pays the cost of each of these requirements:', '- A background check', '- A physical examination'),
    doc('Library Aide', 'Location:', 'Early Learning and Education Center', 'Closing Date:', 'Open until filled', '', 'Duties', '- Shelves books.'),
  ],
  invalid: [
    {
      text: doc('Library Aide', '', 'Essential Duties:', 'Benefits:', 'Health and dental insurance.'),
      expect: ['Essential Duties:'],
    },
    {
      // five words, not a sentence: still a heading over nothing of its own
      text: doc('Library Aide', '', 'Essential Duties:', 'Salary and Benefits of Employment:', 'Health and dental insurance.'),
      expect: ['Essential Duties:'],
    },
  ],
}, test);

test('empty-section: a duties heading straight over the education requirement has lost its list', () => {
  const text = doc('Kitchen Helper', '', 'SUMMARY: Helps the kitchen manager serve lunch.', '', 'ESSENTIAL FUNCTIONS:', '', 'EDUCATION: High school diploma or GED.', '', 'Equal opportunity employer.');
  const found = run('empty-section', text);
  assert.deepEqual(found.map((f) => [f.line, f.kind]), [[5, 'responsibilities']]);
  // One finding for the gap: the empty heading speaks for the missing duties.
  const all = analyze(text, { today: '2026-06-01' }).findings.filter((f) => f.kind === 'responsibilities');
  assert.deepEqual(all.map((f) => f.rule), ['empty-section']);
});

test('empty-section: a duties heading over its physical demands is an umbrella when duties are stated', () => {
  const text = doc(
    'Kitchen Helper',
    '',
    'Duties',
    '- Serves lunch to students and washes the trays.',
    '',
    'Essential Functions',
    '',
    'Physical Demands',
    '- Lifts up to 40 pounds.',
    '- Stands for long periods.',
  );
  assert.deepEqual(run('empty-section', text), []);
});

test('empty-section: a duties heading over only skills or physical demands, with no duty anywhere, has lost its list', () => {
  // The conditions and skills state no duty: the heading is the one finding for the missing duties.
  const text = doc('Kitchen Helper', '', 'Essential Functions', '', 'Physical Demands', '- Lifts up to 40 pounds.', '- Stands for long periods.');
  assert.deepEqual(run('empty-section', text).map((f) => [f.line, f.kind]), [[3, 'responsibilities']]);
  const all = analyze(text, { today: '2026-06-01' }).findings.filter((f) => f.kind === 'responsibilities');
  assert.deepEqual(all.map((f) => f.rule), ['empty-section']);
  const skills = doc('Principal', '', 'Essential Functions:', '', 'Skills, Knowledge, and Abilities:', '- Leads adults and plans a budget.');
  assert.deepEqual(run('empty-section', skills).map((f) => f.line), [3]);
});

test("empty-section: a job description's own title over its block of fields is a label, not an empty section", () => {
  const text = doc(
    'Night Custodian',
    '',
    'Cleans the high school in the evening.',
    '',
    'POSITION DESCRIPTION DOCUMENT',
    '',
    'POSITION TITLE:        Night Custodian',
    'REPORTS TO:            Head Custodian',
    '',
    'DUTIES:',
    '1. Cleans classrooms.',
  );
  assert.deepEqual(run('empty-section', text), []);
  // the same heading over a paragraph's heading is still empty
  const empty = doc('Night Custodian', '', 'Cleans the high school in the evening.', '', 'WORKING CONDITIONS', '', 'DUTIES:', '1. Cleans classrooms.');
  assert.deepEqual(run('empty-section', empty).map((f) => f.line), [5]);
});
