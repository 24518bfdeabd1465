// A job board's age badge ("Job | Posted 10 days ago") and listing stamp ("Listed on 2026-02-24")
// near the title are page text (`other`, junk), never the title or a header block; a listing stamp
// among the board's block of header fields stays a field of that block (model/junk.ts, model/parse.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isJunkLine, isListingStamp } from '../../server/src/model/junk.ts';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('board stamps: age badges with a listing type or "a year", and listing dates, are page text', () => {
  for (const line of ['Job | Posted 10 days ago', 'Job | Posted a year ago', 'Posted an hour ago', 'Internship | Posted 3 weeks ago', 'Listed on 2025-11-03', 'Listed on March 4, 2026', 'Listed on 3/4/2026']) {
    assert.ok(isJunkLine(line), line);
  }
  for (const line of ['The program was posted a year ago and is now full.', 'Serves children from 6 months old', 'Listed on the district website until filled', 'Job | Duties', 'Listed on: the state register of approved vendors']) {
    assert.ok(!isJunkLine(line), line);
  }
  assert.ok(isListingStamp('Listed on 2025-11-03'));
  assert.ok(!isListingStamp('Job | Posted 10 days ago'));
});

test('board stamps: an age badge above the field block is not the title', () => {
  const p = parse(
    [
      'Job | Posted 4 days ago',
      '',
      'Riverside County Schools',
      'Job Title: Substitute Bus Monitor',
      'Reports To: Transportation Supervisor',
      '',
      'The bus monitor rides the morning and afternoon routes and helps students board safely.',
    ].join('\n'),
  );
  assert.notEqual(p.title?.line, 0);
  assert.equal(outline(p)[0]![1], 'other');
  assert.deepEqual(p.junk.map((r) => r.start.line + 1), [1]);
});

test('board stamps: a listing date under the title is page text, inside the fields it stays a field', () => {
  const under = parse(['Library Media Assistant', 'Listed on 2025-09-14', '', 'Summary', 'The assistant shelves books, runs the circulation desk and helps classes find sources.'].join('\n'));
  assert.deepEqual(outline(under), [
    [1, 'title'],
    [2, 'other'],
    [4, 'summary'],
  ]);
  const inside = parse(
    ['Library Media Assistant', '', 'Location: Hillcrest Middle School', 'Full Time position', 'Listed on 2025-09-14', 'Salary: $17.40 per hour', '', 'Summary', 'The assistant shelves books, runs the circulation desk and helps classes find sources.'].join('\n'),
  );
  assert.deepEqual(outline(inside), [
    [1, 'title'],
    [3, 'header'],
    [8, 'summary'],
  ]);
  assert.deepEqual(inside.junk, []);
});
