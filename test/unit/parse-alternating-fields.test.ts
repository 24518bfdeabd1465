// A job board's facts set as label and value on alternating lines ("Salary" / "$19.50 Hourly" /
// "Closing Date" / "Open Until Filled"): one header block, even where a label ("Salary", "Closing
// Date") or a value ("Early Learning and Education") names a section's kind (model/alternating.ts
// readAlternatingField); so are its unlabelled facts set as a list under the title (body.ts readBullet).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);
const values = (p: Posting) => p.fields.map((f) => [f.key, f.value]);

test('alternating fields: pay and closing labels among board facts, blank lines between, stay in the header', () => {
  const p = parse(
    [
      'Night Custodian',
      '',
      'Salary',
      '',
      '$19.50 Hourly',
      '',
      'Location',
      '',
      'Riverbend, OR',
      '',
      'Closing Date',
      '',
      'Open Until Filled',
      '',
      'Duties',
      '',
      'The custodian cleans classrooms and hallways after the school day ends and locks the building.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'header'],
    [15, 'responsibilities'],
  ]);
  assert.deepEqual(values(p), [
    ['salary', '$19.50 Hourly'],
    ['location', 'Riverbend, OR'],
    ['closing_date', 'Open Until Filled'],
  ]);
});

test('alternating fields: a colon label under a field, its value naming a kind, is a field too', () => {
  const p = parse(
    [
      'Position Type:',
      'Classified - Preschool Aide',
      'Location:',
      'Early Learning and Education',
      'Closing Date:',
      'Until Filled',
      'Essential Functions:',
      'Helps the teacher set up centers and supervises children at play.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'header'],
    [7, 'responsibilities'],
  ]);
  assert.deepEqual(values(p).slice(1), [
    ['location', 'Early Learning and Education'],
    ['closing_date', 'Until Filled'],
  ]);
});

test('alternating fields: a pay heading over its own paragraph in the body is still a section', () => {
  const p = parse(
    [
      'Night Custodian',
      '',
      'The custodian cleans classrooms and hallways after the school day ends and locks the building.',
      '',
      'Salary',
      '',
      'Pay starts at $19.50 an hour and rises each year with the classified salary schedule.',
      '',
      'Benefits',
      '',
      'Medical, dental and a state pension.',
    ].join('\n'),
  );
  assert.deepEqual(
    outline(p).map(([, k]) => k),
    ['title', 'summary', 'salary', 'benefits'],
  );
});

test('board facts as a list: the employer, the town and the hours under the title are header facts, a duty list is not', () => {
  const p = parse(['Night Custodian', '', '  • Riverbend School District', '  • Riverbend, OR', '  • Part Time', '', 'Position Type:', '', 'Custodial', '', 'Duties', '', 'The custodian cleans classrooms and hallways after the school day ends and locks the building.'].join('\n'));
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'header'],
    [11, 'responsibilities'],
  ]);
  assert.deepEqual(values(p), [
    ['organization', 'Riverbend School District'],
    ['location', 'Riverbend, OR'],
    ['employment_type', 'Part Time'],
    ['position_type', 'Custodial'],
  ]);
  const list = parse(['Night Custodian', '', '  • Cleans classrooms after school.', '  • Locks the building at night.'].join('\n'));
  assert.ok(!list.sections.some((s) => s.kind === 'header'), JSON.stringify(outline(list)));
  assert.deepEqual(list.fields, []);
});

test("alternating fields: the block's rhythm keeps its last pair a field whatever follows, an abbreviation in the value too", () => {
  const p = parse(
    [
      'Library Aide',
      '',
      'Start Date',
      '9/1/2026',
      '',
      'Position Title',
      'Library Aide',
      'Bargaining Unit',
      'Support Staff Association',
      'Pay Scale',
      'From $19.10/hr. + benefits',
      'Job Description',
      '',
      'The library aide shelves books, checks materials in and out, and helps students find what they need.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'header'], [12, 'summary']]);
  assert.ok(values(p).some(([key, value]) => key === 'salary' && value === 'From $19.10/hr. + benefits'), JSON.stringify(values(p)));
  // The rhythm alone, no abbreviation: the pay pair last before a heading is still a field.
  const plain = parse(['Library Aide', '', 'Start Date', '9/1/2026', '', 'Position Title', 'Library Aide', 'Bargaining Unit', 'Support Staff Association', 'Pay Scale', 'From $19.10 hourly', 'Job Description', '', 'The aide shelves books and helps students find what they need.'].join('\n'));
  assert.deepEqual(outline(plain), [[1, 'title'], [3, 'header'], [12, 'summary']]);
});
