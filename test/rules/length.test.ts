import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ') + '.';

test('length: too short and too long', () => {
  const short = run('length', doc('Teacher', '', 'Summary', words(120)));
  assert.equal(short.length, 1);
  assert.match(short[0]!.message, /120 words/);
  const long = run('length', doc('Teacher', '', 'Summary', words(900)));
  assert.equal(long.length, 1);
  assert.match(long[0]!.message, /900 words/);
});

test('length: within the range passes; limits are options', () => {
  assert.deepEqual(run('length', doc('Teacher', '', 'Summary', words(500))), []);
  assert.deepEqual(run('length', doc('Teacher', '', 'Summary', words(900)), { options: { maxWords: 1000 } }), []);
});

ruleTable('length', {
  valid: [doc('Teacher', '', 'Summary', words(500))],
  invalid: [
    { text: doc('Teacher', '', 'Summary', words(120)), expect: ['Teacher'], errors: [{ line: 1, messageId: 'short', data: { words: 120, min: 300, max: 700 } }], output: null },
    { text: doc('Teacher', '', 'Summary', words(900)), expect: ['Teacher'], errors: [{ line: 1, messageId: 'long', data: { words: 900, min: 300, max: 700 } }] },
    { text: doc('Teacher', '', 'Summary', words(900)), options: { maxWords: 800 }, expect: ['Teacher'], errors: [{ messageId: 'long', data: { words: 900, min: 300, max: 800 } }] },
  ],
}, test);
