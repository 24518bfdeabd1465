// Word-template layout the parser reads as structure: colon-less fields padded with spaces, and an
// unheaded requirements list whose first item is a check or an age (model/fields.ts, nearby.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import { fieldKey, splitPaddedLabel } from '../../server/src/model/fields.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('padded fields: a known label, three or more spaces (or a tab), a value', () => {
  for (const [line, label, value] of [
    ['REPORTS TO               Building Principal and Transportation Director', 'REPORTS TO', 'Building Principal and Transportation Director'],
    ['Reports To\tPrincipal', 'Reports To', 'Principal'],
    ['CLOSING DATE     Until filled', 'CLOSING DATE', 'Until filled'],
    ['Location    Central Office   ', 'Location', 'Central Office'],
  ] as const) {
    const split = splitPaddedLabel(line, 0);
    assert.ok(split, line);
    assert.equal(line.slice(split.labelStart, split.labelEnd), label);
    assert.equal(line.slice(split.valueStart, split.valueEnd), value);
  }
  // Wide spacing in a sentence, an unknown label, or no value is no field.
  for (const line of ['The driver   keeps the bus clean.', 'Favorite Color     Blue', 'REPORTS TO     ', 'Reports to the principal daily.']) {
    assert.equal(splitPaddedLabel(line, 0), null, line);
  }
});

test('padded fields: in the body the field is a header block, and the paragraph after it is read on its own', () => {
  const p = parse(
    ['School Bus Driver', '', 'Qualifications', '- Must be 21 years of age.', '', 'REPORTS TO               Transportation Director', '', 'The School Bus Driver is responsible for driving the bus safely and efficiently and for following state traffic laws, board regulations and local school board rules at all times on every route.'].join('\n'),
  );
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'qualifications'], [6, 'header'], [8, 'summary']]);
  assert.equal(p.fields.find((f) => f.key === 'reports_to')?.value, 'Transportation Director');
});

test('unheaded lists: a requirements list whose first item is a background check or an age is the qualifications', () => {
  for (const first of ['Must pass a criminal background check and a child abuse registry check.', 'Must be 21 years of age.']) {
    const p = parse(['Bus Driver', 'Salary: $17.11 - $19.11', '', `1. ${first}`, '2. A good employment record.', '3. Holds a Class B Commercial Driver License with the P endorsement.', '4. Willing to take a drug screen.'].join('\n'));
    assert.deepEqual(outline(p).slice(-1), [[4, 'qualifications']], first);
  }
  // A list of checks alone stays what its items are.
  const checks = parse(['Bus Driver', 'Salary: $17.11', '', '- Must pass a criminal background check.', '- Must pass a drug screen and a DOT physical.'].join('\n'));
  assert.deepEqual(outline(checks).slice(-1), [[4, 'conditions']]);
});

test('header fields: a known field with no value over labelled lines ("IMMEDIATE SUPERVISORS:" / "Principal: …") stays in the header', () => {
  for (const label of ['IMMEDIATE SUPERVISORS:', 'Reports To:', 'SUPERVISOR:']) {
    const p = parse(
      ['JOB TITLE: School Custodian', 'TERMS OF EMPLOYMENT: Twelve (12) Months', label, 'Principal: directs the daily work at the school, its cleaning zones and the setting up for events', 'Facilities Supervisor: directs district-wide procedures, schedules, special projects and training.', 'POSITION DESCRIPTION', 'The custodian keeps the building clean and safe.'].join('\n'),
    );
    assert.ok(!p.sections.some((s) => s.heading?.text === label), `${label}: ${JSON.stringify(outline(p))}`);
    // The "JOB TITLE:" field that opens the posting is its title; the fields after it are the header.
    assert.deepEqual(outline(p), [[1, 'title'], [2, 'header'], [6, 'summary']], label);
  }
});

test('job-board fields: "Company" names the employer, so a board\'s label/value block after the summary is a header block', () => {
  for (const label of ['Company', 'Company Name', 'Hiring Organization', 'Employer Name']) assert.equal(fieldKey(label), 'organization', label);
  const p = parse(
    ['Library Aide', '', 'Board summary: Maple Grove Elementary wants a library aide to shelve books and help pupils find what they need.', '', 'Company:', 'Maple Grove Elementary', 'Salary:', '$31,200', '', 'Duties', '- Shelves returned books.'].join('\n'),
  );
  assert.deepEqual(outline(p).slice(-2), [[5, 'header'], [10, 'responsibilities']]);
  assert.equal(p.fields.find((f) => f.key === 'organization')?.value, 'Maple Grove Elementary');
  assert.equal(p.fields.find((f) => f.key === 'salary')?.value, '$31,200');
});

test('double-spaced columns: a labelled value cut mid-phrase goes on below, so the label heads a section; a wrapped line with a sentence break is no heading', () => {
  const p = parse(
    [
      'EDUCATION:            A bachelor\'s degree in nutrition from an',
      '',
      '                      Accredited Program. Hold a Food Safety Certificate',
      '',
      '                      from the county health department.',
      '',
      'REPORTS TO:           Director of Child Nutrition',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [[1, 'education'], [7, 'header']]);
  // A whole short value stays a field of the header block.
  const field = parse(['Cafeteria Manager', '', 'REPORTS TO:           Director of Child Nutrition', 'TERMS OF EMPLOYMENT:  190 days'].join('\n'));
  assert.deepEqual(outline(field), [[1, 'title'], [3, 'header']]);
});

test('unheaded lists: after the summary, a list whose later items name requirements is the qualifications, whatever its first item', () => {
  const summary = 'To keep the computers, printers and projectors of every school working, and to help staff use them well.';
  const p = parse(['Computer Technician', '', summary, '', '', '1. Some college or technical-school coursework in computing', '2. A high school diploma or its equivalent', '3. Must be 18 years of age or older'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'summary'], [6, 'qualifications']]);
  // A duties list after the summary is no requirements list, though a later duty names a certificate.
  const duties = parse(['Computer Technician', '', summary, '', '1. Installs and updates software on staff laptops.', '2. Keeps the network certificate of each school current.', '3. Keeps the inventory of devices current.'].join('\n'));
  assert.ok(!outline(duties).some(([, kind]) => kind === 'qualifications'), JSON.stringify(outline(duties)));
});

test('a short sentence set apart between two runs of fields is a note of the header block', () => {
  const p = parse(
    [
      'Library Aide',
      '',
      'Pine Ridge Middle School',
      'Posted on 3/2/2026',
      '',
      'This is a part-time role for the spring.',
      '',
      'Reports To: Building Principal',
      'Hours: 20 per week',
      '',
      'The library aide shelves books, runs the checkout desk and helps students find what they need for class.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'header'],
    [11, 'summary'],
  ]);
});

test('a long paragraph between two runs of fields still starts the text of the posting', () => {
  const p = parse(
    [
      'Library Aide',
      '',
      'Pine Ridge Middle School',
      'Posted on 3/2/2026',
      '',
      'The library aide shelves books, runs the checkout desk and helps students find what they need for class.',
      '',
      'Reports To: Building Principal',
      'Hours: 20 per week',
    ].join('\n'),
  );
  assert.ok(p.sections.some((s) => s.line === 5 && s.kind === 'summary'));
});
