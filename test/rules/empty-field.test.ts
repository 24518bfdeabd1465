import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

ruleTable('empty-field', {
  valid: [
    // the value on the next line, or after a blank line, is a job board's layout
    doc('Bus Driver', '', 'Organization: ', 'Colton School District', '', 'Job Title: School Bus Driver'),
    doc('Cook', 'Location: ', '', 'Minneapolis, MN, US', '', 'Close Date: May 3, 2024'),
    doc('Nurse', 'Closing Date :', 'Until Filled Position : Special Education Teacher'),
    // a heading over its content is a section, not a field
    doc('Teacher', 'Qualifications:', '- Bachelor\'s degree'),
    // a sentence ending in a colon
    doc('Nurse', 'This role calls for an', ' understanding and knowledge of:', '', 'Duties:', '- Care.'),
    doc('Counselor', 'Job Number', '2400134104'),
    // a body line 'Label: …' long enough to be a sentence is cut-off-text's to judge
    doc('Aide', '', 'Summary', 'Helps the teacher.', '', 'Deadline: applications sent after the spring break will be read in the order of', '', 'Duties:', '- Reads.'),
    // a details block whose labels all carry their values on the line below
    doc('Librarian', '', 'Currency', '', 'USD', '', 'Work At Home', '', 'No', '', 'Amount of Travel', '', 'Occasional'),
  ],
  invalid: [
    { text: doc('Nurse', 'Reports to:  Lead Nurse', 'Pay Grade: ', 'Pay Range:  $38,500 - $57,200'), expect: ['Pay Grade:'] },
    { text: doc('Teacher', '  • Date Posted:', '', '  • Location:', '      District Wide', '', '  • Date Available:', '', '  Job Summary:', 'We plan to offer summer school.'), expect: ['• Date Posted:', '• Date Available:'] },
    { text: doc('Aide', '', 'Job Number', '', 'Position Title', 'Teacher Aide'), expect: ['Job Number'] },
    { text: doc('Cook', 'Close Date: 11:59 PM on  '), expect: ['on'] },
    { text: doc('Clerk', '- Salary:', '- Location: Main Office'), expect: ['- Salary:'] },
    // more blank lines than maxBlankLines: the value is too far away to belong
    { text: doc('Clerk', 'Salary:', '', '', 'The district offers benefits.'), expect: ['Salary:'], options: { maxBlankLines: 1 } },
    // a known field written among the body's paragraphs, its value cut off
    { text: doc('Teacher Aide', '', 'The aide helps the teacher with small groups every day and keeps records.', '', 'Close Date: 4:00 PM on', '', 'Duties:', '- Reads with pupils.'), expect: ['on'] },
    // a board's details block: an empty label takes the next label, not its value
    { text: doc('Librarian', '', 'Maximum Salary', '', 'Currency', '', 'USD'), expect: ['Maximum Salary'] },
    // the text ends on a run of empty detail labels: one finding for the run
    { text: doc('Librarian', '', 'Employment Status', '', 'Part time', '', 'Amount of Travel', '', 'Work At Home', ''), expect: ['Amount of Travel\n\nWork At Home'] },
    // a label the settings add to the details block
    { text: doc('Librarian', '', 'Shift', '', 'Currency', '', 'USD'), expect: ['Shift'], options: { detailLabels: ['Shift', 'Currency'] } },
  ],
}, test);

// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('empty-field', {
  valid: [],
  invalid: [
    {
      text: doc('Nurse', 'Reports to:  Lead Nurse', 'Pay Grade: ', 'Pay Range:  $38,500 - $57,200'),
      expect: ['Pay Grade:'],
      errors: [{ line: 3, messageId: 'empty', data: { label: 'Pay Grade' } }],
      output: doc('Nurse', 'Reports to:  Lead Nurse', 'Pay Range:  $38,500 - $57,200'),
    },
    {
      // empty labels one after another are one gap: one finding, one fix that deletes them all
      text: doc('Aide', 'Start Date:', 'Salary:', 'Location:', 'Job Title: Teacher Aide'),
      expect: ['Start Date:\nSalary:\nLocation:'],
      errors: [{ line: 2, messageId: 'emptyRun', data: { labels: "'Start Date', 'Salary' and 'Location'" } }],
      output: doc('Aide', 'Job Title: Teacher Aide'),
    },
  ],
}, test);

test('empty-field: a value that goes on below in its padded column is not incomplete', () => {
  const pad = ' '.repeat(30);
  const text = doc('Counselor', '', `REQUIREMENTS:${' '.repeat(17)}Valid certificate as issued by the`, '', `${pad}State Board of Education, Office of`, '', `${pad}Educator Licensure.`);
  assert.deepEqual(run('empty-field', text).filter((f) => f.messageId === 'incomplete'), []);
  // the same value with nothing below it is cut off
  const cut = doc('Clerk', '', 'Close Date: 11:59 PM on', '', 'Duties', 'Files records.');
  assert.deepEqual(run('empty-field', cut).map((f) => f.messageId), ['incomplete']);
});

test('empty-field: a page pasted onto one line after a field label is run-on text, not a value cut short', () => {
  const page = [
    'JOB TITLE: Kitchen Helper REPORTS TO: Kitchen Manager LOCATION: Central Kitchen',
    'OVERVIEW The helper prepares and serves breakfast and lunch, washes pots and trays, keeps the storeroom in order',
    'and follows every food safety rule. DUTIES Prepares fruit and vegetables for the daily menu, serves students at the line,',
    'cleans tables and floors after each meal and helps with inventory at the end of the week, and stocks the line before a',
  ].join(' ');
  assert.ok(page.length > 300);
  const text = doc('Kitchen Helper', '', page, '', 'Benefits', 'Health insurance.');
  assert.deepEqual(run('empty-field', text).filter((f) => f.messageId === 'incomplete'), []);
});

test('empty-field: a value ending on a grade letter or a capitalised word is whole; one ending on an article is cut off', () => {
  assert.deepEqual(run('empty-field', doc('Clerk', '', 'Pay Grade: A', 'Location: Sign In', '', 'Duties', 'Files records.')), []);
  const cut = doc('Clerk', '', 'Start Date: the first week of a', '', 'Duties', 'Files records.');
  assert.deepEqual(run('empty-field', cut).map((f) => f.messageId), ['incomplete']);
});

test('empty-field: a detail label the options drop is a line of text again', () => {
  const text = doc('Librarian', '', 'Amount of Travel', '', 'Employment Status', '', 'Part time');
  assert.deepEqual(run('empty-field', text).map((f) => f.messageId), ['empty']);
  assert.deepEqual(run('empty-field', text, { options: { detailLabels: [] } }), []);
});

// A one-word value that is also a field's name ("District") under a "Label:" and before the next
// "Label:" is the value; the same word followed by a value of its own is a label, and the one above is empty.
ruleTable('empty-field', {
  valid: [doc('Library Aide', 'Location:', 'District', 'Closing Date:', 'Open until filled', '', 'Shelves books.')],
  invalid: [
    {
      text: doc('Library Aide', 'Location:', 'District', 'Central Valley', 'Closing Date:', 'Open until filled', '', 'Shelves books.'),
      expect: ['Location:'],
    },
  ],
}, test);
