// Above the title a job board leaves its close button, a banner asking the reader to register or
// sign in, and a breadcrumb trail: page text, passed over to the line that names the job. A role
// noun that names a body or a document of the employer's people ("Employee Group", "Teachers
// Association", "Substitute Handbook") does not make a line a job title (model/header.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readsAsJobTitle, readsAsOrganization } from '../../server/src/model/header.ts';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('title: a close button and an account banner above the title are page text', () => {
  for (const banner of ['Register Here to Apply for Jobs or Post Jobs. X', 'Sign in to save this job and get alerts', 'Create an account to apply for jobs at this district']) {
    const p = parse(['×', banner, '', 'Crossing Guard', '', 'Location: Maple Street Elementary', 'Hours: 7:15-8:15 am and 2:30-3:30 pm', '', 'Summary', 'The crossing guard helps students cross two busy streets before and after school.'].join('\n'));
    assert.equal(p.title?.text, 'Crossing Guard', banner);
    assert.deepEqual(outline(p), [
      [1, 'other'],
      [4, 'title'],
      [6, 'header'],
      [9, 'summary'],
    ], banner);
  }
});

test('title: a breadcrumb naming the district is page text, not the employer line', () => {
  assert.ok(!readsAsOrganization('District > Employment >'));
  assert.ok(!readsAsOrganization('Schools » Careers » Openings'));
  assert.ok(readsAsOrganization('Pine Hollow School District'));
  const p = parse(['District > Employment >', '', 'School Psychologist', '', 'Summary', 'The psychologist evaluates students referred for special education and consults with teachers.'].join('\n'));
  assert.equal(p.title?.text, 'School Psychologist');
  assert.equal(outline(p)[0]![1], 'other');
});

test('title: a role noun naming a group, an association or a handbook is not a job title', () => {
  for (const line of ['TCEA Employee Group', 'Westfield Teachers Association', 'Substitute Handbook', 'Employee Benefits']) assert.ok(!readsAsJobTitle(line), line);
  for (const line of ['Special Education Teacher', 'Group Leader (Summer Camp)', 'Teacher of the Deaf', 'Benefits Specialist', 'Union Liaison Coordinator']) assert.ok(readsAsJobTitle(line), line);
});
