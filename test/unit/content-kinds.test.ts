// lineContentKinds reads a line's body in place (no copy) when it can: the answer must be the one
// the copied, trimmed body gives. The same text passed as inline heading text always takes the copy,
// so it is the oracle; the lines cover each kind, white space at either end (an alternative of the
// knowledge/skills pattern ends in a space the trimmed body lacks), a start past a marker, a case
// change that lengthens a character (U+0130) and a blank body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clearRuleMemos, factsFor } from '../../server/src/facts/memo.ts';
import { lineContentKinds } from '../../server/src/facts/content.ts';

const LINES = [
  'Knowledge of school budgeting and payroll.',
  'Knows the ',
  'Knows the district budget',
  '  Ability to lift 50 lbs  ',
  '\tMust be able to work evenings\u00a0',
  'Excellent written and verbal communication skills',
  'Strong skills',
  'Salary: $52,000 - $61,000 per year',
  'Bachelor’s degree in education required.',
  'Must reside within the boundaries of the city.',
  'The district is an Equal Opportunity Employer.',
  'Benefits include health insurance and a pension.',
  'Knowledge of İstanbul schools',
  'İ Ability to teach',
  '   ',
  '',
  '- Ability to drive a bus; CDL required.',
  'Must be punctual, able to follow a written schedule.',
  'TEAM PLAYER: Able to share tasks',
  'Licenses:Valid card. Skills:Working knowledge of boilers',
  'The aide needs strong listening skills',
];

test('lineContentKinds: a line read in place gives what its copied body gives', () => {
  for (const line of LINES) {
    for (const start of [0, 2]) {
      if (start > line.length) continue;
      clearRuleMemos();
      const inPlace = lineContentKinds(factsFor(line), start, null, () => false);
      clearRuleMemos();
      const copied = lineContentKinds(factsFor(line), 0, line.slice(start), () => false);
      assert.deepEqual(inPlace, copied, JSON.stringify([line, start]));
    }
  }
});

test('lineContentKinds: knowledge and skills at the start of a line, not after it', () => {
  clearRuleMemos();
  const kinds = (line: string) => lineContentKinds(factsFor(line), 0, null, () => false);
  assert.ok(kinds('Knowledge of school budgeting.').includes('ksa'));
  assert.ok(kinds('  Ability to lift 50 lbs  ').includes('ksa'));
  assert.ok(kinds('Knows the district budget').includes('ksa'));
  assert.ok(!kinds('Knows the ').includes('ksa'));
  assert.ok(!kinds('We value the ability to lift 50 lbs').includes('ksa'));
  assert.deepEqual(kinds('   '), []);
});

test('lineContentKinds: knowledge and skills a sentence asks for after its subject, only after a requirement verb', () => {
  clearRuleMemos();
  const kinds = (line: string) => lineContentKinds(factsFor(line), 0, null, () => false);
  assert.ok(kinds('A good bus monitor needs strong patience and listening skills.').includes('ksa'));
  assert.ok(kinds('The role calls for an understanding of how payroll runs.').includes('ksa'));
  assert.ok(kinds('Each applicant must have a working knowledge of spreadsheets.').includes('ksa'));
  // A verb that asks for nothing, or skills the job builds in students, is not a requirement.
  assert.ok(!kinds('Our teachers help students build strong reading skills.').includes('ksa'));
  assert.ok(!kinds('The program needs volunteers on Fridays.').includes('ksa'));
});

test('lineContentKinds: knowledge and skills opening a clause, a list item’s label or a verb-led bullet', () => {
  clearRuleMemos();
  const kinds = (line: string) => lineContentKinds(factsFor(line), 0, null, () => false);
  assert.ok(kinds('Must be punctual, able to follow a written schedule.').includes('ksa'));
  assert.ok(kinds('TEAM PLAYER: Able to share tasks with the night crew.').includes('ksa'));
  assert.ok(kinds('Licenses:Valid state card. Skills:Working knowledge of boilers').includes('ksa'));
  assert.ok(kinds('Have a thorough knowledge of state food safety codes.').includes('ksa'));
  assert.ok(kinds('Shows knowledge of:').includes('ksa'));
  assert.ok(kinds('Hours are flexible; knowledge of the county’s history is a plus.').includes('ksa'));
  // A clause that opens on something else, and a time of day, are not knowledge or skills.
  assert.ok(!kinds('Works at 7:30 am, Monday through Friday, in the main kitchen.').includes('ksa'));
  assert.ok(!kinds('Has the keys to the building, and opens it each morning.').includes('ksa'));
  assert.ok(!kinds('Students of every ability are welcome here.').includes('ksa'));
});

test('lineContentKinds: experience named with whether it is asked for, or a single year of it', () => {
  clearRuleMemos();
  const kinds = (line: string) => lineContentKinds(factsFor(line), 0, null, () => false);
  assert.ok(kinds('Cafeteria experience preferred.').includes('experience'));
  assert.ok(kinds('Earlier Coaching Experience, Paid Or Volunteer, Is Strongly Preferred.').includes('experience'));
  assert.ok(kinds('year of library experience, or an equal mix of training').includes('experience'));
  assert.ok(kinds('No prior experience needed; we train on the job.').includes('experience'));
  // Experience the job offers, or a year that is not one of experience, asks for none.
  assert.ok(!kinds('Families say the open house was a warm experience for all.').includes('experience'));
  assert.ok(!kinds('This is a one year position for the 2027 school year.').includes('experience'));
  assert.ok(!kinds('The experience of our families is shared at every board meeting.').includes('experience'));
});

test('lineContentKinds: schooling by credits, enrolment, a high school education or a degree’s letters', () => {
  clearRuleMemos();
  const kinds = (line: string) => lineContentKinds(factsFor(line), 0, null, () => false);
  assert.ok(kinds('Applicants need 48 semester hours from an accredited school.').includes('education'));
  assert.ok(kinds('You must be enrolled in an Ohio college or a trade school.').includes('education'));
  assert.ok(kinds('Education: MS in Library Science.').includes('education'));
  assert.ok(kinds('A BSN is preferred but not needed.').includes('education'));
  assert.ok(kinds('At least a high school education, or a GED.').includes('education'));
  // Credit the students earn, and the same letters in lower case or other senses, are not schooling asked for.
  assert.ok(!kinds('Our seniors can earn college credit at the career center.').includes('education'));
  assert.ok(!kinds('Use the same form as in the spring, and bring it to the front office.').includes('education'));
  assert.ok(!kinds('The MA office opens at 8 on weekdays.').includes('education'));
});
