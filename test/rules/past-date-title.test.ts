// A school year or a term named on the title line, with no "school year" words, and revision-date
// labels in a job-description form's rows.
import { test } from 'node:test';
import { doc, ruleTable } from './helpers.ts';

const TODAY = '2026-03-10';

ruleTable(
  'past-date',
  {
    today: TODAY,
    valid: [
      // this school year, and next term, on the title line
      doc('2025-26 Lunchroom Monitor', '', 'Watches the cafeteria at lunch.'),
      doc('Summer Reading Tutor - Summer 2026', '', 'Tutors small groups in July.'),
      // a grade span or an hour range on the title line is no school year
      doc('Math Teacher 10-11', '', 'Teaches algebra.'),
      // a bare year pair below the title is a pay schedule's, not the year hired for
      doc('Bus Aide', '', 'Pay follows the 2019-2020 schedule as updated by the board.'),
      // a revision date label a few years old
      doc('Secretary', 'CREATED: 3/2/2001 LAST REVISION DATE: 05/2023', '', 'Answers the phone.'),
    ],
    invalid: [
      {
        text: doc('2022-23 Lunchroom Monitor', '', 'Watches the cafeteria at lunch.'),
        expect: ['2022-23'],
        errors: [{ line: 1, messageId: 'schoolYear', data: { written: '2022-23', end: '23' } }],
      },
      { text: doc('2020-2021 Substitute Custodians - $15.00 Per Hour', '', 'Cleans schools.'), expect: ['2020-2021'] },
      {
        text: doc('** SUBSTITUTE TEACHER SPRING 2025 **', '', 'Covers a second-grade class.'),
        expect: ['SPRING 2025'],
        errors: [{ line: 1, messageId: 'termOver', data: { written: 'SPRING 2025', today: TODAY } }],
      },
      // a revision date label after another field on the row, and a revision / review date label
      { text: doc('Secretary', 'CREATED: 3/2/1990 LAST REVISION DATE: 02/2012', '', 'Answers the phone.'), expect: ['02/2012'] },
      { text: doc('Secretary', '', 'Answers the phone.', '', 'REVISION / REVIEW DATE: April 3, 2013'), expect: ['April 3, 2013'] },
    ],
  },
  test,
);
