import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

test('glued-fields: two fields run together, split by the fix', () => {
  const text = doc('Manager', '', 'Residency text.', '', '    Posting ID: 552778290Posted: 2020-05-21');
  const found = run('glued-fields', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Manager', '', 'Residency text.', '', '    Posting ID: 552778290', '    Posted: 2020-05-21'));
});

test('glued-fields: fields on their own lines pass', () => {
  assert.deepEqual(run('glued-fields', doc('Manager', 'Posting ID: 552778290', 'Posted: 2020-05-21')), []);
});

ruleTable('glued-fields', {
  valid: [
    doc('Teacher', '', 'Use PowerSchool, iReady and myON with your iPad.'),
    doc('Teacher', '', 'Apply at www.district.org/Jobs or HR@District.org today.'),
    doc('Teacher', '', 'The Board meets monthly. The principal reports.'),
    doc('Teacher', '', 'Title: Teacher', 'Start Date: 08/16/2019'),
  ],
  invalid: [
    { text: doc('Teacher', '', 'managing student behaviorThe Board of Education may accept alternatives.'), expect: ['behaviorThe'] },
    { text: doc('Driver', '', 'Follow policies adopted by the Board of Education.Take part in training.'), expect: ['Education.Take'] },
    { text: doc('Driver', '', 'TitleSubstitute Bus Operators', 'Start Date08/16/2019'), expect: ['TitleSubstitute Bus Operators\nStart Date08/16/2019'] },
    { text: doc('Custodian', '', 'Washington School District 103JOB TITLE: Custodian'), expect: ['103JOB'] },
    { text: doc('Teacher', '', 'You will be updated via emailJob Alert and emailNot Disclosed'), expect: ['emailJob'] },
  ],
}, test);

ruleTable('glued-fields', { valid: [doc('Teacher', '', 'managing student behaviorThe Board')], invalid: [], options: { words: false } }, test);

test('glued-fields: the word fix puts the lost space (or ": " after a label) back, and is not safe', () => {
  const text = doc('Driver', '', 'TitleSubstitute Bus Operators');
  const [f] = run('glued-fields', text);
  assert.equal(applyEdits(text, f!.fixes[0]!.edits), doc('Driver', '', 'Title: Substitute Bus Operators'));
  assert.equal(f!.fixes[0]!.safe, false);
});

// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('glued-fields', {
  valid: [],
  invalid: [
    {
      text: doc('Teacher', '', 'managing student behaviorThe Board of Education may accept alternatives.'),
      expect: ['behaviorThe'],
      errors: [{ line: 3, messageId: 'words', data: { text: 'behaviorThe', more: 0 } }],
      output: doc('Teacher', '', 'managing student behavior The Board of Education may accept alternatives.'),
    },
    {
      // a label glued to its value gets ": " back; the rows of one print-view table are one finding
      text: doc('Driver', '', 'TitleSubstitute Bus Operators', 'Start Date08/16/2019'),
      expect: ['TitleSubstitute Bus Operators\nStart Date08/16/2019'],
      errors: [{ line: 3, messageId: 'labelsBlock', data: { first: 3, last: 4, text: 'TitleSubstitute', more: 1 } }],
      output: doc('Driver', '', 'Title: Substitute Bus Operators', 'Start Date: 08/16/2019'),
    },
    {
      // a short cell and blank lines between the rows keep them one table; a row far below is another finding
      text: doc('Bus Driver', '', 'Shift TypeRegular', '', 'Hours Per Day', '', 'End Date06/05/2026', '', '', '', '', '', '', 'Duties', 'Drives the route safely.', '', '', '', '', '', 'Posting ID4411'),
      expect: ['TypeRegular\n\nHours Per Day\n\nEnd Date06/05/2026', 'ID4411'],
      errors: [{ line: 3, messageId: 'labelsBlock', data: { first: 3, last: 7, text: 'TypeRegular', more: 1 } }, { line: 21, messageId: 'words' }],
    },
  ],
}, test);

// Fields set side by side on one line with a space between them: a flattened two-column table, or a
// second field typed on the line of the first. A padded column layout (a wide gap) is deliberate.
ruleTable('glued-fields', {
  valid: [
    doc('Custodian', '', 'Job Number: 1234', 'Wage/Hour Status:        Nonexempt', 'Reports to:      Lead Custodian               Pay Grade:    3'),
    doc('Teacher', '', 'Salary: Per the 2024-25 salary schedule: Step 1', 'Hours: 8:00 a.m. to 4:00 p.m.'),
    doc('Teacher', '', 'For Colorado Residents: Application Deadline: There is no application deadline.'),
    doc('Teacher', '', 'Note: the position is funded by Title I grant funds.'),
    doc('Teacher', '', 'Qualifications: Valid license. Location: any school in the district is possible.').replace('Qualifications: ', 'The qualifications are a valid license. '),
  ],
  invalid: [
    {
      text: doc('Instructional Coach', '', 'DIVISION: Leadership and Planning GRADE: Instructional', 'DEPARTMENT: Local School WORK DAYS: 206', 'REPORTS TO: Principal or designee FLSA STATUS: Exempt'),
      expect: ['DIVISION: Leadership and Planning GRADE: Instructional\nDEPARTMENT: Local School WORK DAYS: 206\nREPORTS TO: Principal or designee FLSA STATUS: Exempt'],
      // one flattened table, one finding
      errors: [{ line: 3, messageId: 'fieldsBlock', data: { first: 3, last: 5, text: 'DIVISION: Leadership and Planning GRADE: Instructional', more: 2 } }],
      output: doc('Instructional Coach', '', 'DIVISION: Leadership and Planning', 'GRADE: Instructional', 'DEPARTMENT: Local School', 'WORK DAYS: 206', 'REPORTS TO: Principal or designee', 'FLSA STATUS: Exempt'),
    },
    {
      text: doc('Teacher', '', 'Position: Primary Elementary Teacher (Grades PK-3) Location: To Be Determined'),
      expect: ['Position: Primary Elementary Teacher (Grades PK-3) Location: To Be Determined'],
      output: doc('Teacher', '', 'Position: Primary Elementary Teacher (Grades PK-3)', 'Location: To Be Determined'),
    },
    {
      text: doc('Cook', '', 'Department: Food Services Salary: $15.20 per hour Start Date: August 2025'),
      expect: ['Department: Food Services Salary: $15.20 per hour Start Date: August 2025'],
      errors: [{ line: 3, messageId: 'fields', data: { text: 'Department: Food Services Salary: $15.20 per hour Start Date: August 2025', count: 3 } }],
    },
  ],
}, test);

test('glued-fields: splitting fields set side by side is not a safe fix (the label is read, not marked)', () => {
  const [f] = run('glued-fields', doc('Teacher', '', 'Position: Teacher Location: Central High'));
  assert.equal(f!.fixes[0]!.safe, false);
  const [g] = run('glued-fields', doc('Manager', '', 'Posting ID: 552778290Posted: 2020-05-21'));
  assert.equal(g!.fixes[0]!.safe, true);
});

// A job board's block label run into the title line ("Job Opening Information Teaching Assistant").
ruleTable('glued-fields', {
  valid: [
    doc('Job Opening Information', '', 'Teaching Assistant', '', 'Job Number: 12'),
    doc('Job Posting', '', 'School Nurse'),
    doc('Information Technology Specialist', '', 'Supports the district network.'),
    doc('Job Details Coordinator', '', 'Coordinates events.').replace('Job Details Coordinator', 'Details Coordinator'),
  ],
  invalid: [
    {
      text: doc('Job Posting', '', 'Job Opening Information Teaching Assistant', '', 'Job Number', '1234'),
      expect: ['Job Opening Information Teaching Assistant'],
      errors: [{ line: 3, messageId: 'titleLabel', data: { label: 'Job Opening Information', title: 'Teaching Assistant' } }],
      output: doc('Job Posting', '', 'Job Opening Information', 'Teaching Assistant', '', 'Job Number', '1234'),
    },
    {
      text: doc('Position Details School Nurse', '', 'Provides health services.'),
      expect: ['Position Details School Nurse'],
      errors: [{ line: 1, messageId: 'titleLabel', data: { label: 'Position Details', title: 'School Nurse' } }],
    },
    {
      text: doc('Job Description Director-Special Education', '', 'Leads the special education department.'),
      expect: ['Job Description Director-Special Education'],
      errors: [{ line: 1, messageId: 'titleLabel', data: { label: 'Job Description', title: 'Director-Special Education' } }],
    },
  ],
}, test);

// A heading run onto the end of a paragraph, or glued to the first word of its text.
ruleTable('glued-fields', {
  valid: [
    // a numbered heading on its own line, the next requirement after a full stop, a product name
    doc('Driver', '', '2.  Work Habits and Duties', 'Arrives on time.'),
    doc('Principal', '', 'Requirements', 'A valid administrator certificate is required. Masters Degree Preferred'),
    doc('Teacher', '', 'Posting', 'SchoolSpring'),
    doc('Teacher', '', 'Summary', 'The teacher reads aloud every day to the class.'),
  ],
  invalid: [
    {
      text: doc('Cook', '', 'Summary', 'Cooks lunch for the students and keeps the kitchen clean. Essential Functions', '- Prepares food.'),
      expect: ['Essential Functions'],
      errors: [{ line: 4, messageId: 'headingEnd', data: { heading: 'Essential Functions' } }],
      output: doc('Cook', '', 'Summary', 'Cooks lunch for the students and keeps the kitchen clean.', 'Essential Functions', '- Prepares food.'),
    },
    {
      text: doc('Nurse', '', 'Cares for students every day.  Reports to:', 'Principal'),
      expect: ['Reports to:'],
      errors: [{ line: 3, messageId: 'headingEnd', data: { heading: 'Reports to' } }],
    },
    {
      text: doc('Nurse', '', 'Education and ExperienceTwo years of school nursing.'),
      expect: ['Education and ExperienceTwo'],
      errors: [{ line: 3, messageId: 'headingStart', data: { heading: 'Education and Experience', text: 'Education and ExperienceTwo' } }],
      output: doc('Nurse', '', 'Education and Experience', 'Two years of school nursing.'),
    },
  ],
}, test);
ruleTable('glued-fields', { valid: [doc('Cook', '', 'Summary', 'Cooks lunch for the students and keeps the kitchen clean. Essential Functions')], invalid: [], options: { headings: false } }, test);
