import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

test('stray-line: a lone full stop', () => {
  const text = doc('Manager', '', 'Summary text here.', '', '    .', '', 'Responsibilities:');
  const found = run('stray-line', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Manager', '', 'Summary text here.', '', '', 'Responsibilities:'));
});

test('stray-line: sentences and bullets pass', () => {
  assert.deepEqual(run('stray-line', doc('Manager', '', 'Summary text here.', '- A bullet.')), []);
});

ruleTable('stray-line', {
  valid: [doc('Manager', '', 'Summary text here.', '- A bullet.')],
  invalid: [
    {
      text: doc('Manager', '', 'Summary text here.', '', '    .', '', 'Responsibilities:'),
      expect: ['.'],
      errors: [{ line: 5, messageId: 'stray', data: { text: '.' } }],
      output: doc('Manager', '', 'Summary text here.', '', '', 'Responsibilities:'),
    },
  ],
}, test);
