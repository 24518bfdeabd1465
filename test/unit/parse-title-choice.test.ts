// The title is chosen by weighing the first few lines (model/header.ts bestTitleLine), not by taking
// the first line that reads as one: a season banner above it, a line after the posting's text began,
// a professional association's name, and a line repeated below all count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);
const body = ['', 'Summary:', 'The teacher runs a small reading group for second and third graders each morning.', '', 'Qualifications:', '- A state teaching license'];

test('title choice: a season banner above the job is passed over, the job below it is the title', () => {
  for (const banner of ['** SUMMER SCHOOL SPRING 2027 **', '== LONG-TERM SUB FALL 2026 ==', '!! Long Term Substitute Winter 2028 !!']) {
    const p = parse([banner, '', 'Third Grade Reading Teacher', ...body].join('\n'));
    assert.equal(p.title?.line, 2, banner);
    assert.deepEqual(outline(p).slice(0, 2), [
      [1, 'other'],
      [3, 'title'],
    ], banner);
  }
});

test('title choice: a line that merely names a role after the posting has begun is not the title', () => {
  // A sentence opened the posting: the short "… Employees …" line below it is a note, not a job title.
  const p = parse(['Harbor Point schools will post all updates to this search on the district website.', '', 'Notice to Current Employees', ...body].join('\n'));
  assert.notEqual(p.title?.line, 2);
});

test("title choice: an association's name with a role noun in it is not a job title", () => {
  const p = parse(['Skip to main content', '', 'Ohio Association of School Business Officials', '', 'Payroll Clerk', ...body].join('\n'));
  assert.equal(p.title?.line, 4);
});

test('title choice: the first line naming a job stays the title when nothing weighs against it', () => {
  const p = parse(['School Counselor', '', 'Elementary Counselor Program', ...body].join('\n'));
  assert.equal(p.title?.line, 0);
});

test('title choice: of two job-like lines, the one a field below repeats wins over an earlier category', () => {
  const p = parse(['Support Staff/Instructional Aide - District wide', '', 'Library Media Assistant', '', 'Position: Library Media Assistant', 'Location: Main Office', ...body].join('\n'));
  assert.equal(p.title?.line, 2);
});

test("board facet: a board's facet label and the category under it are page text, not the title or a field", () => {
  // A copy from a school-jobs board: age badge, facet label, the board's category, then the posting.
  const p = parse(['Job | Posted 3 weeks ago', 'Position Areas', 'Food Service', '', '', 'Kitchen Helper', '', 'Location: North Ridge Elementary', 'Hours: 5 per day', ...body].join('\n'));
  assert.equal(p.title?.line, 5);
  assert.deepEqual(outline(p).slice(0, 3), [
    [1, 'other'],
    [6, 'title'],
    [8, 'header'],
  ]);
  // Below a title line, the same chrome stays page text: the field block after it is the header.
  const q = parse(['Bus Monitor - 4 hrs/day', '', 'Job | Posted 2 days ago', 'Position Areas', 'Transportation', '', 'Position Title: Bus Monitor', 'Reports To: Transportation Supervisor', ...body].join('\n'));
  assert.deepEqual(outline(q).slice(0, 3), [
    [1, 'title'],
    [3, 'other'],
    [7, 'header'],
  ]);
  // "Position Areas" inside a sentence is no label.
  const r = parse(['Custodian', '', 'Position areas covered include the gym and the cafeteria.', ...body].join('\n'));
  assert.ok(!r.junk.some((j) => j.start.line === 2));
});

test("board company line: the employer under a board's logo text, restated with its place below the title, is page text", () => {
  const top = ['Logo', 'Pine Hollow Unified School District', '', 'Pine Hollow Unified School District is hiring: GROUNDS WORKER in Pine Hollow', ''];
  const p = parse([...top, 'Pine Hollow Unified School District, Pine Hollow, OR, US, 97000', '', 'Hours: 8 per day', ...body].join('\n'));
  assert.deepEqual(outline(p).slice(0, 3), [
    [1, 'other'],
    [4, 'title'],
    [6, 'header'],
  ]);
  // With no page text above it, the same name is the district's letterhead: a header line above the title.
  const q = parse([...top.slice(1), 'Pine Hollow Unified School District, Pine Hollow, OR, US, 97000', '', 'Hours: 8 per day', ...body].join('\n'));
  assert.deepEqual(outline(q)[0], [1, 'header']);
  // Below the title a line that does not restate the name with a place leaves the name in the header.
  const r = parse([...top, 'Hours: 8 per day', 'Location: Pine Hollow, OR', ...body].join('\n'));
  assert.ok(outline(r).some(([line, kind]) => line === 2 && kind === 'header'));
});
