// A posting that carries the board's facts and then the district's own job description with its
// fields: the description's block of fields, starting at its job-title field (or at the employer's name
// right above it), is a second header section (model/parse.ts startSecondFieldBlock).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('second header: a title field after the board\'s facts starts the description\'s block of fields', () => {
  const p = parse(
    [
      'Head Groundskeeper',
      'Position Type:',
      'Maintenance',
      'Date Posted: 4/2/2026',
      'Location: District Office',
      'JOB TITLE:',
      'Head Groundskeeper',
      'REPORTS TO: Director of Facilities',
      'PURPOSE:',
      'Leads the crew that keeps the fields, lawns and walks of every campus safe and tidy.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [2, 'header'],
    [6, 'header'],
    [9, 'summary'],
  ]);
});

test('second header: the employer\'s name right above the title field is the second block\'s letterhead', () => {
  const p = parse(
    [
      'Night Custodian',
      'Location',
      'Pine Falls, OR, US',
      'Salary',
      'Competitive',
      'PINE FALLS SCHOOL DISTRICT',
      '',
      'CLASS TITLE: Night Custodian',
      'GRADE: 7',
      '',
      'The night custodian cleans the building after evening programs and locks every door.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p).slice(0, 3), [
    [1, 'title'],
    [2, 'header'],
    [6, 'header'],
  ]);
});

test('second header: a title field right under the employer\'s name alone is the first block\'s field', () => {
  const p = parse(['Bus Driver', '', 'Organization:', 'Pine Falls School District', '', 'Job Title: Bus Driver', 'FTE: .75', '', 'Drives a morning and an afternoon route.'].join('\n'));
  assert.deepEqual(outline(p).slice(0, 3), [
    [1, 'title'],
    [3, 'header'],
    [9, 'summary'],
  ]);
});

test('second header: an empty job-title field after the fields opens one header there, never an empty section that ends before it starts', () => {
  const q = 'What are the responsibilities and job description for the Nurse position at Pine County Schools?';
  const p = parse([q, 'JOB TITLE: Nurse', 'REPORTS TO: Principal', 'LOCATION: Pine County Schools, Pine, Ohio', 'Job Title: ', 'Salary : $41,000'].join('\n'));
  for (const s of p.sections) assert.ok(s.endLine >= s.line, `${s.kind} at ${s.line} ends at ${s.endLine}`);
  assert.deepEqual(
    p.sections.map((s) => [s.line, s.kind]),
    [
      [0, 'title'],
      [1, 'header'],
      [4, 'header'],
    ],
  );
});

test('second header: the employer\'s name set apart under the board\'s lines starts the posting\'s own block', () => {
  const p = parse(
    [
      'Night Custodian - $19.00 an hour',
      '',
      'Job | Posted 3 weeks ago',
      'Job Category',
      'Facilities',
      '',
      'Cedar Hollow Unified School District',
      'Cedar Hollow, Oregon',
      '',
      'The night custodian cleans classrooms and halls after the evening programs and locks the doors.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    // The board's age badge is page text (dev-set labels: `other`, job-board-junk); its category lines below stay a header block.
    [3, 'other'],
    [4, 'header'],
    [7, 'header'],
    [10, 'summary'],
  ]);
});

test('second header: an employer\'s name that is the value of a label set apart above it stays in its block', () => {
  const p = parse(
    [
      'Night Custodian',
      '',
      'Salary',
      '',
      '$19.00 Hourly',
      '',
      'Employer',
      '',
      'Cedar Hollow School District',
      '',
      'Closing Date',
      '',
      'Open until filled',
      '',
      'The night custodian cleans classrooms and halls after the evening programs and locks the doors.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p).filter(([, k]) => k === 'header').length, 1);
});
