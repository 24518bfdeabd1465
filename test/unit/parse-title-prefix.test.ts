// A first line whose text before a colon is a school year or a program, not a field the header knows,
// with a job title after it ("SY 26-27: Special Education Teacher") is the title, not a header field
// (model/body.ts readTitleLine). A known field label on the first line still makes it a field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);
const body = ['', 'Location: Cedar Grove Middle School', 'Salary: $51,300 per year', '', 'Summary:', 'The teacher plans lessons for a resource room of students with learning disabilities.'];

test('title prefix: a school year or a program before the colon leaves the line the title', () => {
  for (const first of ['SY 26-27: Special Education Teacher', 'Summer Program: Reading Tutor', '2026-27: Middle School Counselor']) {
    const p = parse([first, ...body].join('\n'));
    assert.equal(p.title?.line, 0, first);
    assert.deepEqual(outline(p), [
      [1, 'title'],
      [3, 'header'],
      [6, 'summary'],
    ], first);
  }
});

test('title prefix: a known field on the first line stays a field, a prefix before a non-job stays a field', () => {
  for (const first of ['Department: Special Education', 'Reports To: Building Principal', 'Note: Interviews begin in May']) {
    const p = parse([first, ...body].join('\n'));
    assert.notEqual(p.title?.line, 0, first);
  }
});
