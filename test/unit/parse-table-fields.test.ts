// A table of fields flattened to text ("Label: | value |"): a cell border after a label is no value,
// a location field's value is a place whatever its words, a list of sites under it stays in the field,
// and a caption repeated by the table's position field is the title (model/body.ts, nearby.ts, header.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

const TABLE = [
  'Summer Reading Camp 2025 Staffing - Several Openings',
  'Position: | Summer Reading Camp 2025 Staffing - Several Openings |',
  'Status: | Open to all staff |',
  'Location: |',
  'Riverbend Education Center, Milltown',
  'Oak Hollow Learning Center, Eastfield',
  '|',
  'Camp Dates: | July 7, 2025 to August 1, 2025 |',
  'Salary: | Per the hourly rate in the contract |',
  'Application Deadline: | Until filled |',
  'Duties:',
  'Camp teachers plan and lead small reading groups each morning and keep daily progress notes for every child.',
];

test('flattened table: the caption is the title, the whole table one header, the sites under "Location: |" its value', () => {
  const p = parse(TABLE.join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [2, 'header'], [11, 'responsibilities']]);
  assert.equal(p.title?.line, 0);
  assert.equal(p.fields.find((f) => f.key === 'location')?.value, 'Riverbend Education Center, Milltown');
});

test('a location field takes its value below even when the place is named after a kind ("… Education Center")', () => {
  const p = parse(['Custodian', 'Location:', 'Westside Education Center', 'Closing Date: May 1', '', 'Duties:', 'Cleans and secures the building each evening and reports repairs to the head custodian.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [2, 'header'], [6, 'responsibilities']]);
  assert.equal(p.fields.find((f) => f.key === 'location')?.value, 'Westside Education Center');
});

test('a heading under a label that is no location field stays a heading', () => {
  const p = parse(['Custodian', 'Closing Date: May 1', 'Notes:', 'Education', 'A high school diploma or its equivalent.'].join('\n'));
  assert.ok(outline(p).some(([line, kind]) => line === 4 && kind === 'education'), JSON.stringify(outline(p)));
});
