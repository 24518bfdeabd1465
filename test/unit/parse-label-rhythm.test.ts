// Header fields set as a label on one line and its value on the next: the value line is a fact even
// where its words name a section's kind. A supervisor field's value names a role ("Director of Special
// Education"), and once the block runs label-over-value, the line under the next label is its value
// ("Classification :" / "Full-Time (Certified)"), not a heading (model/nearby.ts readValueBelow).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('label rhythm: a supervisor named under its label and the fields after it stay one header block', () => {
  const p = parse(
    [
      'Coordinator of Student Records',
      'Reports To :',
      'Assistant Superintendent of Education',
      'Classification :',
      'Twelve-Month (Certified)',
      'Work Term :',
      '240 Days',
      'Duties :',
      'Keeps the enrollment and transcript files of every school current and answers records requests from families.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [2, 'header'],
    [8, 'responsibilities'],
  ]);
  const fields = p.sections[1]!.fields.map((f) => [f.key, p.lines[f.valueRange.start.line]!.trim()]);
  assert.deepEqual(fields[0], ['reports_to', 'Assistant Superintendent of Education']);
  assert.equal(fields.length, 3);
});

test('label rhythm: a label over a heading that opens the body is still a heading when no run of fields stands above', () => {
  const p = parse(
    [
      'Night Custodian',
      '',
      'Work Schedule:',
      'Education and Experience',
      'A high school diploma and a year of building cleaning work.',
    ].join('\n'),
  );
  assert.ok(p.sections.some((s) => s.line === 3 && s.kind === 'education'), JSON.stringify(outline(p)));
});
