import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fleschKincaid, syllables, textStats } from '../../server/src/rules/reading-level.ts';
import { doc, ruleTable, run } from './helpers.ts';

const LONG = 'The incumbent will operationalize comprehensive, multidimensional instructional accountability infrastructures, institutionalizing organizational interdependencies across heterogeneous administrative constituencies and facilitating transformational, evidence-informed capacity-building initiatives throughout the district';

test('reading-level: long sentences of long words', () => {
  const text = doc('Director', '', 'Summary', ...Array.from({ length: 6 }, () => LONG + '.'));
  const found = run('reading-level', text);
  assert.equal(found.length, 1);
  assert.match(found[0]!.message, /grade \d+/);
});

test('reading-level: plain text passes; threshold is an option', () => {
  const plain = doc('Teacher', '', 'Summary', ...Array.from({ length: 30 }, () => 'You will teach math. You will help kids learn. We pay well.'));
  assert.deepEqual(run('reading-level', plain), []);
  assert.equal(run('reading-level', plain, { options: { maxGrade: -10 } }).length, 1);
});

test('reading-level: syllables and the formula', () => {
  assert.equal(syllables('cat'), 1);
  assert.equal(syllables('teacher'), 2);
  assert.equal(syllables('education'), 4);
  const s = textStats([{ text: 'The cat sat. The dog ran.' }]);
  assert.deepEqual(s, { words: 6, sentences: 2, syllables: 6 });
  assert.ok(Math.abs(fleschKincaid(s) - (0.39 * 3 + 11.8 * 1 - 15.59)) < 1e-9);
});

ruleTable('reading-level', {
  valid: [doc('Teacher', '', 'Summary', ...Array.from({ length: 30 }, () => 'You will teach math. You will help kids learn. We pay well.'))],
  invalid: [
    {
      text: doc('Director', '', 'Summary', ...Array.from({ length: 6 }, () => LONG + '.')),
      expect: ['Director'],
      errors: [{ line: 1, messageId: 'tooHard', data: { grade: '38.2', max: 14, perSentence: '27' } }],
      output: null,
    },
    {
      text: doc('Teacher', '', 'Summary', ...Array.from({ length: 30 }, () => 'You will teach math. You will help kids learn. We pay well.')),
      options: { maxGrade: -10 },
      expect: ['Teacher'],
      errors: [{ line: 1, messageId: 'tooHard', data: { grade: '-2.2', max: -10, perSentence: '4' } }],
    },
  ],
}, test);
