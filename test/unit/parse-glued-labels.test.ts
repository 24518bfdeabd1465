// Labels that lost the space or border after them: a print view's "TitleCustodian" / "Posting ID467"
// rows and a job board's "Salary:$17.11" (model/fields.ts splitGluedLabel, splitLabel; nearby.ts fieldBlockAt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import { splitGluedLabel, splitLabel } from '../../server/src/model/fields.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('glued labels: a known label run into a capital or a digit at the line start is cut off its value', () => {
  for (const [line, label, value] of [
    ['TitleGroundskeeper II', 'Title', 'Groundskeeper II'],
    ['Posting ID2291', 'Posting ID', '2291'],
    ['Posting IDK-22-07', 'Posting ID', 'K-22-07'],
    ['Closing Date3/2/2024  ', 'Closing Date', '3/2/2024'],
    ['Salary RangeStep 4 / Per Hour', 'Salary Range', 'Step 4 / Per Hour'],
    ['Shift TypeNights', 'Shift Type', 'Nights'],
  ] as const) {
    const split = splitGluedLabel(line, 0);
    assert.ok(split, line);
    assert.equal(line.slice(split.labelStart, split.labelEnd), label);
    assert.equal(line.slice(split.valueStart, split.valueEnd), value);
  }
  // Capitals, brand names, ordinary words and labels followed by a space are not glued labels.
  for (const line of ['SchoolSpring lists this job', 'TITLE IX COORDINATOR', 'Title IX Coordinator', 'Salary Range $40,000', 'Locations vary by season', 'PowerSchool login', 'OfficeMax supplies', 'Posting 4 of 9']) {
    assert.equal(splitGluedLabel(line, 0), null, line);
  }
});

test('unspaced colons: a capitalised label right before a capital, "$" or (known label) a digit is a label', () => {
  for (const [line, label, value] of [
    ['Pay:$22.40 an hour', 'Pay', '$22.40 an hour'],
    ['Work Days:190', 'Work Days', '190'],
    ['Job Family:Transportation', 'Job Family', 'Transportation'],
  ] as const) {
    const split = splitLabel(line, 0);
    assert.ok(split, line);
    assert.equal(line.slice(split.labelStart, split.labelEnd), label);
    assert.equal(line.slice(split.valueStart, split.valueEnd), value);
  }
  // A web address, a time, a figure after a label nobody knows, a lower-case word: no label.
  for (const line of ['Apply at https://jobs.example.org today', 'Shift starts 6:45 am', 'Room:12', 'Note:see below']) {
    assert.equal(splitLabel(line, 0), null, line);
  }
});

test('glued labels: a print view field table after the duties is a header block, not a pay section', () => {
  const p = parse(
    [
      'Night Custodian',
      '',
      'Duties',
      '',
      '- Cleans classrooms, halls and restrooms every evening.',
      '- Empties trash and recycling bins.',
      '',
      'Shift TypeNights',
      'Salary RangeGrade 3 / Per Hour',
      '',
      'Start Date01/06/2025',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'responsibilities'],
    [8, 'header'],
  ]);
  assert.deepEqual(
    p.fields.map((f) => [f.key, f.value]),
    [
      ['schedule', 'Nights'],
      ['salary_range', 'Grade 3 / Per Hour'],
      ['start_date', '01/06/2025'],
    ],
  );
});

test('unspaced colons: a job board block of "Label:value" lines after page text is one header block', () => {
  const p = parse(
    [
      'Careers Portal    Sign In    Search Jobs',
      '',
      'Job Category:Food Service',
      'Schedule:180 Days',
      'Salary:$15.25 - $17.80',
      'Full Time:YES',
      '',
      'The cafeteria worker prepares and serves breakfast and lunch to students and keeps the kitchen clean and safe at all times.',
    ].join('\n'),
  );
  const header = p.sections.find((s) => s.kind === 'header');
  assert.equal(header ? header.line + 1 : 0, 3);
  assert.equal(p.sections.some((s) => s.kind === 'salary'), false);
  assert.equal(p.fields.find((f) => f.key === 'salary')?.value, '$15.25 - $17.80');
});
