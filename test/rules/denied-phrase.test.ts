import { test } from 'node:test';
import { doc, ruleTable } from './helpers.ts';

// The deny list comes from .postwright.json (`deny`, handed over by analysis.ts) and the rule's own
// `phrases` setting; with neither, the rule says nothing.
ruleTable('denied-phrase', {
  options: { phrases: ['synergy'], deny: [{ phrase: 'rock star', message: 'Say what the job needs.' }] },
  valid: [
    doc('Teacher', '', 'Summary', 'The team works together.'),
    // whole words only
    doc('Teacher', '', 'Summary', 'Synergystic is not a word, and rock starling is a bird.'),
    // front matter is settings, not posting text
    doc('---', 'note: synergy', '---', 'Teacher'),
  ],
  invalid: [
    {
      text: doc('Teacher', '', 'Summary', 'Bring SYNERGY to the team.'),
      expect: ['SYNERGY'],
      errors: [{ line: 4, messageId: 'denied', data: { phrase: 'SYNERGY' } }],
      output: null,
    },
    {
      text: doc('Teacher', 'We want a Rock Star teacher.', 'A rock star, and synergy.'),
      expect: ['Rock Star', 'synergy', 'rock star'],
      errors: [
        { line: 2, messageId: 'deniedWithMessage', data: { message: 'Say what the job needs.' } },
        { line: 3, messageId: 'denied', data: { phrase: 'synergy' } },
        { line: 3, messageId: 'deniedWithMessage' },
      ],
    },
  ],
}, test);

ruleTable('denied-phrase', { valid: [doc('Teacher', 'We value synergy.')], invalid: [] }, test);
