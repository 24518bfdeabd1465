import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';
import { assertLinear } from '../props/inputs.ts';

test('near-duplicate-bullet: two bullets saying the same thing', () => {
  const text = doc(
    'Coordinator',
    '',
    'Responsibilities:',
    '- Manage the progress of training completion and effectiveness for LSC members and principals, related to principal selection / recommendation, evaluation, and contract renewal',
    '- Oversee the progress of training completion and effectiveness for LSC members and principals related to principal selection / recommendation, evaluation, and contract renewal.',
    '- Build relationships with school community members.',
  );
  const found = run('near-duplicate-bullet', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.match(found[0]!.message, /line 4/);
});

test('near-duplicate-bullet: alternatives that differ in their numbers pass', () => {
  const text = doc(
    'Electrician',
    '',
    'Requirements:',
    '1. Two years of full-time paid experience as a helper in electrical work and completion of 9 semester units.',
    '2. Three years of full-time paid experience as a helper in electrical work and completion of 6 semester units.',
  );
  assert.deepEqual(run('near-duplicate-bullet', text), []);
});

test('near-duplicate-bullet: different bullets pass; threshold option', () => {
  const text = doc('Teacher', '', 'Duties:', '- Plan daily lessons for mathematics classes.', '- Plan weekly lessons for science classes.');
  assert.deepEqual(run('near-duplicate-bullet', text), []);
  assert.equal(run('near-duplicate-bullet', text, { options: { threshold: 0.3, minWords: 3 } }).length, 1);
});

test('near-duplicate-bullet: stays linear on many bullets', () => {
  const make = (n: number) => {
    const many = ['Teacher', '', 'Duties:'];
    for (let i = 0; i < n; i++) many.push(`- Task number ${i} involves ${i % 7} unique words like alpha${i} beta${i} gamma${i}`);
    return many.join('\n');
  };
  assertLinear(make, (text: string) => run('near-duplicate-bullet', text), 1250);
});

const MANAGE = '- Manage the progress of training completion and effectiveness for LSC members and principals, related to principal selection / recommendation, evaluation, and contract renewal';
const OVERSEE = 'Oversee the progress of training completion and effectiveness for LSC members and principals related to principal selection / recommendation, evaluation, and contract renewal.';

ruleTable('near-duplicate-bullet', {
  valid: [
    // alternatives that differ in their numbers
    doc('Electrician', '', 'Requirements:', '1. Two years of full-time paid experience as a helper in electrical work and completion of 9 semester units.', '2. Three years of full-time paid experience as a helper in electrical work and completion of 6 semester units.'),
    doc('Teacher', '', 'Duties:', '- Plan daily lessons for mathematics classes.', '- Plan weekly lessons for science classes.'),
  ],
  invalid: [
    {
      text: doc('Coordinator', '', 'Responsibilities:', MANAGE, `- ${OVERSEE}`, '- Build relationships with school community members.'),
      expect: [OVERSEE],
      errors: [{ line: 5, messageId: 'nearlyRepeats', data: { line: 4, percent: 88 } }],
      output: null,
    },
    {
      text: doc('Teacher', '', 'Duties:', '- Plan daily lessons for mathematics classes.', '- Plan weekly lessons for science classes.'),
      // plan, lessons, classes of seven words: 3/7 shared, above a 0.3 threshold
      options: { threshold: 0.3, minWords: 3 },
      expect: ['Plan weekly lessons for science classes.'],
      errors: [{ line: 5, messageId: 'nearlyRepeats', data: { line: 4, percent: 43 } }],
    },
  ],
}, test);
