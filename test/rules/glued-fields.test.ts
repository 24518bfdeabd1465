import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, run } from './helpers.ts';

test('glued-fields: two fields run together, split by the fix', () => {
  const text = doc('Manager', '', 'Residency text.', '', '    Posting ID: 552778290Posted: 2020-05-21');
  const found = run('glued-fields', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Manager', '', 'Residency text.', '', '    Posting ID: 552778290', '    Posted: 2020-05-21'));
});

test('glued-fields: fields on their own lines pass', () => {
  assert.deepEqual(run('glued-fields', doc('Manager', 'Posting ID: 552778290', 'Posted: 2020-05-21')), []);
});
