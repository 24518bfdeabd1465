import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFound, doc, ruleTable, run } from './helpers.ts';

const TODAY = '2026-03-10';

ruleTable(
  'past-date',
  {
    today: TODAY,
    valid: [
      // a closing date still ahead, and one that is today
      doc('Library Aide', 'Closing Date: 04/30/2026', '', 'Shelves books and helps students find them.'),
      doc('Library Aide', 'Closing Date: March 10, 2026'),
      // open until filled: no date to judge
      doc('Library Aide', 'Closing Date: Open until filled'),
      // a past date that is history, not a deadline
      doc('Library Aide', 'The board adopted this description on May 2, 2019.'),
      // the school year being hired for is this one; an earlier one is only named as history
      doc(
        'Art Teacher',
        'We are hiring for the 2025-2026 school year.',
        'Teachers who taught here in the 2023-2024 school year keep their step.',
      ),
      // a grade span is not a school year
      doc('Art Teacher', 'Teaches art in grades 6-8 for the district.'),
    ],
    invalid: [
      { text: doc('Library Aide', 'Closing Date: 01/15/2026'), expect: ['01/15/2026'], errors: [{ line: 2, messageId: 'closed' }] },
      { text: doc('Library Aide', 'Application Deadline', '', '2/1/2026 5:00 PM Eastern'), expect: ['2/1/2026 5:00 PM Eastern'] },
      {
        text: doc('Library Aide', 'Letters of interest are due by Monday, February 2, 2026. Interviews follow.'),
        expect: ['due by Monday, February 2, 2026'],
      },
      // a closing date earlier than the posting's own date
      {
        text: doc('Library Aide', 'Date Posted: 05/01/2026', 'Closing Date: 04/01/2026'),
        expect: ['04/01/2026'],
        errors: [{ line: 3, messageId: 'beforePosted', data: { written: '04/01/2026', iso: '2026-04-01', posted: '2026-05-01' } }],
      },
      // the latest school year named is over: reported once, where it is named
      {
        text: doc('Bus Driver (2024-25 SY)', '', 'Drivers are needed for the 2024-25 school year.'),
        expect: ['2024-25'],
        errors: [{ line: 1, messageId: 'schoolYear', data: { written: '2024-25', end: '25' } }],
      },
      { text: doc('Cook', 'Candidate pool (SY 2023-2024)'), expect: ['2023-2024'] },
      { text: doc('Substitute Counselor (FY2021-2022)'), expect: ['2021-2022'] },
    ],
  },
  test,
);

test('past-date: the same deadline repeated in a second field block is one finding', () => {
  const text = doc(
    'Cook',
    'Close Date: 01/20/2026',
    'Location: Central Kitchen',
    '',
    'Close Date: 01/20/2026',
    'Location: Central Kitchen',
  );
  assert.equal(run('past-date', text, { today: TODAY }).length, 1);
});

test('past-date: a school year that ends this June is not over until July', () => {
  const text = doc('Art Teacher', 'We are hiring for the 2025-2026 school year.');
  assert.equal(run('past-date', text, { today: '2026-06-30' }).length, 0);
  assert.equal(run('past-date', text, { today: '2026-07-01' }).length, 1);
});

test('past-date: options turn each check off', () => {
  const text = doc('Cook', 'Closing Date: 01/15/2026', 'For the 2023-2024 school year.');
  assert.equal(run('past-date', text, { today: TODAY }).length, 2);
  assert.deepEqual(
    run('past-date', text, { today: TODAY, options: { closingDate: false } }).map((f) => f.messageId),
    ['schoolYear'],
  );
  assert.deepEqual(
    run('past-date', text, { today: TODAY, options: { schoolYear: false } }).map((f) => f.messageId),
    ['closed'],
  );
});

test('past-date: the whole analysis reports it as information, judged on the day it is given', () => {
  const text = doc('Cook', 'Closing Date: 01/15/2026');
  const found = analyzeFound(text, { today: TODAY }).filter((f) => f.rule === 'past-date');
  assert.deepEqual(
    found.map((f) => [f.line, f.severity]),
    [[2, 'info']],
  );
  assert.deepEqual(
    analyzeFound(text, { today: '2026-01-01' }).filter((f) => f.rule === 'past-date'),
    [],
  );
});

ruleTable(
  'past-date',
  {
    today: TODAY,
    valid: [
      // a start date still ahead, and an exam date still ahead
      doc('Bus Driver', 'Start Date: 08/17/2026', '', 'Drives a regular route.'),
      doc('Clerk Typist (Test Date April 4, 2026)'),
      // "Date Available" with no date: nothing to judge
      doc('Cook', 'Date Available: Upon Board Approval'),
      // a job description revised two years ago is recent enough
      doc('Cook', 'Revised: August 2024', '', 'Prepares breakfast and lunch.'),
      // a sentence about an approval is not a revision stamp
      doc('Cook', 'The food program was approved by the state in 2001 and serves every school.'),
    ],
    invalid: [
      // a start date gone by, with its value on the line under the label
      {
        text: doc('Nurse', 'Position Start Date', '1/5/2026', '', 'Cares for students in two buildings.'),
        expect: ['1/5/2026'],
        errors: [{ line: 3, messageId: 'eventPassed', data: { what: 'start date', written: '1/5/2026', iso: '2026-01-05', today: TODAY } }],
      },
      // an exam date inside a civil-service title, closed by its parenthesis
      { text: doc('Account Clerk (Exam Date Feb 3, 2022) (4410)'), expect: ['Feb 3, 2022'] },
      // a weekday before the date, the date written in capitals
      { text: doc('Typist', 'DATE OF EXAMINATION:   Saturday, MARCH 4, 2017'), expect: ['Saturday, MARCH 4, 2017'] },
      // words glued on after the date are not quoted
      { text: doc('Cook', 'Date Available: 09/02/2025 Kitchen Helper'), expect: ['09/02/2025'] },
      // a closing-date label without its colon
      { text: doc('Cook', 'POSTED ON 1/2/2026', 'AVAILABLE BEFORE 2/2/2026'), expect: ['2/2/2026'] },
      { text: doc('Director', 'Close Date 12/01/2025 11:59:00 PM'), expect: ['12/01/2025 11:59:00 PM'] },
      // an old revision stamp: the newest stamp decides, reported once
      {
        text: doc('Custodian', 'DATE: Revised October 2008', '', 'Cleans classrooms and halls.'),
        expect: ['October 2008'],
        errors: [{ line: 2, messageId: 'revisedLongAgo', data: { year: '2008', age: '18' } }],
      },
      { text: doc('Custodian', 'Adopted: 05/11/2001', 'Revised: 06/09/2012'), expect: ['06/09/2012'] },
    ],
  },
  test,
);

test('past-date: revisedYears 0 turns the revision check off', () => {
  const text = doc('Cook', 'Board Approved: 03/02/2004');
  assert.deepEqual(run('past-date', text, { today: TODAY }).map((f) => f.text), ['03/02/2004']);
  assert.deepEqual(run('past-date', text, { today: TODAY, options: { revisedYears: 0 } }), []);
});
