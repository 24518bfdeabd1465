import { test } from 'node:test';
import { doc, ruleTable } from './helpers.ts';

const capitalisedList = (item: string) => doc('Bus Driver', 'Requirements:', '  1. Must hold a CDL.', `  2. ${item}`, '  3. Must be able to lift 50 pounds.', '  4. Must pass a drug test.');

ruleTable('lowercase-sentence', {
  valid: [
    doc('Teacher', 'Bring ID (e.g. a passport) and forms, i.e. the I-9, etc. and more.'),
    doc('Teacher', 'Work 8 a.m. to 4 p.m. daily; pay is approx. the same vs. last year.'),
    doc('Teacher', 'See the Statement of Economic Interest. http://ethics.dls.virginia.gov/'),
    doc('Teacher', 'Requires 6 months of exp. in a licensed childcare center.'),
    // an all-lower-case list is a style
    doc('Aide', 'Duties:', '- assist the teacher', '- supervise recess', '- prepare materials'),
    capitalisedList('Minimum of 21 years of age.'),
  ],
  invalid: [
    { text: doc('Teacher', 'Skills in reading, writing, speaking. grammar and vocabulary are taught.'), expect: ['grammar'] },
    { text: capitalisedList('minimum of 21 years of age.'), expect: ['minimum'] },
    { text: capitalisedList('minimum of 21 years of age.'), expect: [], options: { listItems: false } },
  ],
}, test);

// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('lowercase-sentence', {
  valid: [],
  invalid: [
    {
      text: doc('Teacher', 'Skills in reading, writing, speaking. grammar and vocabulary are taught.'),
      expect: ['grammar'],
      errors: [{ line: 2, messageId: 'sentence', data: { text: 'grammar' } }],
      output: null,
    },
  ],
}, test);
