import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, run } from './helpers.ts';

test('age-coded: recent graduate, digital native, young and energetic', () => {
  const text = doc('Teacher', '', 'Summary', 'Ideal for a recent college graduate or a digital native.', 'Join our young and energetic team.');
  assert.deepEqual(
    run('age-coded', text).map((f) => f.text),
    ['recent college graduate', 'digital native', 'young and energetic'],
  );
});

test('age-coded: years of experience and youth programs pass', () => {
  assert.deepEqual(run('age-coded', doc('Coordinator', '', 'Summary', 'Five years of experience with youth programs and young learners; graduates of any college welcome.')), []);
});
