import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, run } from './helpers.ts';

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
