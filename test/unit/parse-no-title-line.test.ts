// A posting whose first line names no job, the employer's name alone or a school year alone, with no
// line below it that names the job: that line starts the header block and the posting has no title
// line (the missing-title finding reports it). With a job title below, that line is the title (model/header.ts, model/parse.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesNoJob } from '../../server/src/model/header.ts';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('no title line: employer names and school years name no job, job titles and headings do', () => {
  assert.equal(namesNoJob('Riverbend Unified School District'), 'organization');
  assert.equal(namesNoJob('Harlow County Schools # 4'), 'organization');
  assert.equal(namesNoJob('2026-2027 School Year'), 'school-year');
  assert.equal(namesNoJob('SY 2026-27'), 'school-year');
  assert.equal(namesNoJob('2026-2027'), 'school-year');
  for (const line of ['2026-2027 Kindergarten Teacher', 'Extended School Year 2026 Application', 'School District Nurse', 'About the District', 'District Office Receptionist']) assert.equal(namesNoJob(line), null, line);
});

test('no title line: the employer name over the sections is the header, not the title', () => {
  const p = parse(['Riverbend Unified School District', '', 'Summary:', 'The district needs a part-time helper in the kitchen of its middle school.', '', 'Qualifications:', 'Food handler card within 30 days of hire.'].join('\n'));
  assert.equal(p.title, null);
  assert.deepEqual(outline(p), [
    [1, 'header'],
    [3, 'summary'],
    [6, 'qualifications'],
  ]);
});

test('no title line: a school year alone over the sections is the header', () => {
  const p = parse(['2026-2027 School Year', '', 'Primary Purpose:', 'Plan and teach lessons in the assigned subject so every student can grow.', '', 'Qualifications:', 'A bachelor degree and a state teaching license.'].join('\n'));
  assert.equal(p.title, null);
  assert.deepEqual(outline(p)[0], [1, 'header']);
});

test('no title line: with a job title under the employer name, that is the title', () => {
  const p = parse(['Riverbend Unified School District', 'Cafeteria Worker', '', 'Summary:', 'The worker prepares and serves lunches at the middle school.'].join('\n'));
  assert.equal(p.title?.text, 'Cafeteria Worker');
  assert.deepEqual(outline(p).slice(0, 2), [
    [1, 'header'],
    [2, 'title'],
  ]);
});
