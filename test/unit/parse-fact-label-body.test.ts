// A label of a fact the header knows that names no section's kind ("REPORTS TO:", "Job Type:"),
// alone on its line in the body with its value below (names on the lines under it, a sentence, a
// list item): a header block of its own, its value inside it, never a summary or `other` part
// (model/body.ts readFieldOrInlineHeading, paragraph.ts factValueDue); so is such a label with a long value on its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

const duties = ['Night Custodian', '', 'DUTIES:', '  • Cleans classrooms and restrooms.', '  • Locks the building at night.', ''];

test('fact label in the body: names on the lines below make one header block', () => {
  const p = parse([...duties, 'REPORTS TO:', '', 'Head Custodian', '', 'Building Principal', '', 'WORKING CONDITIONS:', 'Lifts up to 50 pounds; works evenings.'].join('\n'));
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'responsibilities'],
    [7, 'header'],
    [13, 'conditions'],
  ]);
  assert.deepEqual(
    p.fields.map((f) => [f.key, f.value]),
    [['reports_to', 'Head Custodian']],
  );
});

test('fact label in the body: a sentence under it is its value, not a summary', () => {
  const p = parse([...duties, 'Reports To:', '', 'The custodian reports to the head custodian and, for events, to the building', 'principal.', '', 'Working Conditions:', 'Lifts up to 50 pounds; works evenings.'].join('\n'));
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'responsibilities'],
    [7, 'header'],
    [12, 'conditions'],
  ]);
});

test('fact label in the body: a list item under it is its value', () => {
  const p = parse([...duties, 'Job Type:', '  • Full-time', '', 'Working Conditions:', 'Lifts up to 50 pounds; works evenings.'].join('\n'));
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'responsibilities'],
    [7, 'header'],
    [10, 'conditions'],
  ]);
});

test('fact label in the body: a pay label keeps its own part', () => {
  const p = parse([...duties, 'Salary:', '', '$18.75 per hour', '', 'Working Conditions:', 'Lifts up to 50 pounds; works evenings.'].join('\n'));
  assert.deepEqual(
    outline(p).map(([, k]) => k),
    ['title', 'responsibilities', 'salary', 'conditions'],
  );
});

test('fact label in the body: "Reporting:" with a long value on its line is a header fact, not more of the summary', () => {
  const p = parse(
    [
      'Preschool Aide',
      '',
      'Purpose of Position: Helps a certificated teacher run play and learning activities for young children.',
      'Reporting: Reports to the early learning coordinator or another certificated administrator named by the principal.',
      'Work Location: Any early learning site of the district.',
      'Duties:',
      'Sets up centers and supervises children at play.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'summary'],
    [4, 'header'],
    [6, 'responsibilities'],
  ]);
  assert.deepEqual(
    p.fields.map((f) => f.key),
    ['reports_to', 'location'],
  );
});
