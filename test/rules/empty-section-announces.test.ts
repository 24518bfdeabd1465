// empty-section's quick test for a sentence announcing a list (announcesList) must answer as its
// pattern (ANNOUNCES) on every line: it only skips running the pattern where it cannot match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANNOUNCES, announcesList } from '../../server/src/rules/empty-section.ts';

test('announcesList answers as ANNOUNCES on written examples', () => {
  const lines = [
    'Applicants must submit the following:',
    'Applicants must submit the following:  \u00a0',
    'Please send one of the following documents by Friday.',
    'Send ALL OF THE FOLLOWING.',
    'We will review the following.',
    'The following day is a holiday.',
    'Duties include the following tasks; see below.',
    'Salary: ',
    'Salary: $40,000',
    'one of the following: a, b.',
    '',
    '   ',
    'following.',
    'either of the following\u2003.\ufeff',
  ];
  for (const line of lines) assert.equal(announcesList(line), ANNOUNCES.test(line), JSON.stringify(line));
});

test('announcesList answers as ANNOUNCES on 100,000 random lines of announcement parts and spaces', () => {
  const parts = ['one of the following', 'the following', 'THE FOLLOWING', 'some of the Following', ':', '.', ';', ' ', '\t', '\u00a0', '\u2003', '\ufeff', '\n', 'x', 'day', 'following.'];
  let seed = 11;
  const next = () => (seed = (seed * 48271) % 2147483647);
  let colons = 0;
  let lists = 0;
  for (let i = 0; i < 100_000; i++) {
    let line = '';
    for (let k = 1 + (next() % 7); k > 0; k--) line += parts[next() % parts.length];
    const expected = ANNOUNCES.test(line);
    assert.equal(announcesList(line), expected, JSON.stringify(line));
    if (expected && line.trimEnd().endsWith(':')) colons++;
    else if (expected) lists++;
  }
  assert.ok(colons > 100 && lists > 100, 'both kinds of announcement were generated');
});
