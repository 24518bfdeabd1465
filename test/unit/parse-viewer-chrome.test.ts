// A posting viewer's controls and status copied with the text ("Print", "Benefits: Show/Hide",
// "View Job Description Here", "This posting has closed", a long logo alt text) are page text: sections of kind `other`
// marked as junk, never the title, a heading or a field (model/junk.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isJunkLine } from '../../server/src/model/junk.ts';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);
const junkLines = (p: Posting) => p.junk.map((r) => r.start.line + 1);

test('viewer chrome: controls and closed notices are page text, ordinary lines are not', () => {
  for (const line of ['Print', 'Print this posting', 'Benefits: Show/Hide', 'Additional Details: Show / Hide', 'View Job Description Here', 'Download the full job description', 'This posting has closed', 'This vacancy is no longer accepting applications.', 'Lakeview Unified School District Logo']) {
    assert.ok(isJunkLine(line), line);
  }
  for (const line of ['Print shop assistant', 'Designs a new mascot for the district logo', 'Prints and files reports for the office.', 'The job description is attached below.', 'This position has been filled by internal transfer in past years and is now open.']) {
    assert.ok(!isJunkLine(line), line);
  }
});

test('viewer chrome: a print button under the title and a toggle in the body are page text', () => {
  const p = parse(
    [
      'Groundskeeper',
      '',
      'Print',
      '',
      'Job Summary',
      'The groundskeeper mows, trims and waters the fields of three schools and keeps the tools in repair.',
      '',
      'Benefits: Show/Hide',
      '',
      'Benefits',
      '',
      'Medical, dental and a state pension.',
    ].join('\n'),
  );
  assert.equal(p.title?.text, 'Groundskeeper');
  assert.deepEqual(junkLines(p), [3, 8]);
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'other'],
    [5, 'summary'],
    [8, 'other'],
    [10, 'benefits'],
  ]);
});

test('viewer chrome: a link to the description above the title is not the title', () => {
  const p = parse(['View Job Description Here', '', 'Substitute Nurse', '', 'The substitute nurse covers school health offices when the regular nurse is out.'].join('\n'));
  assert.equal(p.title?.text, 'Substitute Nurse');
  assert.deepEqual(junkLines(p), [1]);
});

test('viewer chrome: a print view\'s tab strip under the title is page text, its last tab heads the fields', () => {
  const p = parse(
    [
      'Night Custodian (212)',
      '',
      'Job Posting',
      '',
      'Job Details',
      '',
      'TitleNight Custodian',
      'Posting ID212',
      'Description',
      '',
      'The night custodian cleans the west wing after the evening programs close and locks the building.',
    ].join('\n'),
  );
  assert.equal(p.title?.text, 'Night Custodian (212)');
  assert.deepEqual(outline(p).slice(0, 3), [
    [1, 'title'],
    [3, 'other'],
    [5, 'header'],
  ]);
});

test('viewer chrome: one document label under the title stays with the title', () => {
  const p = parse(['Library Aide', '', 'Job Description', '', 'Position Type: Classified', 'Location: North Elementary', '', 'The aide shelves books and helps pupils find them.'].join('\n'));
  assert.deepEqual(outline(p)[0], [1, 'title']);
  assert.ok(!outline(p).some(([line]) => line === 3));
});

test('viewer chrome: a board\'s age badge for the posting is page text, a sentence about days is not', () => {
  for (const line of ['5 Days Old', 'Posted 12 days ago', '30+ days ago', 'Active 2 weeks ago', 'Just posted', 'Posted today']) assert.ok(isJunkLine(line), line);
  for (const line of ['Substitutes are paid within 10 days.', '190 days', 'Days old enough to remember the old building']) assert.ok(!isJunkLine(line), line);
  const p = parse(['Cafeteria Cook', '', '2 Days Old', '', 'Position Type: Food Service', 'Location: Central Kitchen', '', 'The cook prepares breakfast and lunch for four hundred pupils.'].join('\n'));
  assert.deepEqual(junkLines(p), [3]);
  assert.deepEqual(outline(p).slice(0, 3), [
    [1, 'title'],
    [3, 'other'],
    [5, 'header'],
  ]);
});

test('teaser question: with the title on a line of its own below the board\'s facts, the question is still the title line and the facts with the repeated title are the header (seeds 002/004)', () => {
  const p = parse(
    [
      'What are the responsibilities and job description for the Head Groundskeeper position at Pine County Schools?',
      'Length of Position: Permanent',
      'Months per year: 12',
      'Head Groundskeeper for Pine County Schools',
      'Position Summary:',
      'The head groundskeeper plans the mowing and field work for every campus in the county.',
    ].join('\n'),
  );
  assert.equal(p.title?.line, 0);
  assert.equal(p.title?.text, 'Head Groundskeeper');
  assert.deepEqual(outline(p).slice(0, 3), [
    [1, 'title'],
    [2, 'header'],
    [5, 'summary'],
  ]);
});

test('teaser question: with no title line below, the question is the title line', () => {
  const p = parse(['What are the responsibilities and job description for the Bus Driver position at Pine County Schools?', 'Pine County Schools serves 3,000 students in six towns along the river and runs forty routes.', 'Job Summary:', 'Drives a route.'].join('\n'));
  assert.equal(p.title?.text, 'Bus Driver');
  assert.deepEqual(outline(p)[0], [1, 'title']);
});

test('viewer chrome: a print view\'s page title (the employer run into the job) over the employer\'s name is page text', () => {
  const p = parse(['Pine County SchoolsNight Custodian (88)', '', 'Pine County Schools', '', 'Night Custodian (88)', '', 'Job Summary', 'Cleans the building after evening programs.'].join('\n'));
  assert.deepEqual(outline(p).slice(0, 3), [
    [1, 'other'],
    [3, 'header'],
    [5, 'title'],
  ]);
  assert.deepEqual(p.fields.filter((f) => f.key === 'organization').map((f) => f.line + 1), [3]);
});
