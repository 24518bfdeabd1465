import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, run } from './helpers.ts';

test('template-text: an instruction to the writer', () => {
  const found = run('template-text', doc('Director', '', 'Knowledge, Skills, and Abilities:', '- Knowledge, Skills, and Abilities. Do not include experience in this section'));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 4);
  assert.equal(found[0]!.text, 'Do not include experience in this section');
});

test('template-text: placeholders, TBD, XX, lorem ipsum', () => {
  const text = doc('Teacher', '', 'Salary: $XX,XXX', 'Start date: TBD', 'Location: [insert school name]', 'Lorem ipsum dolor sit amet.', 'Insert job description here');
  const texts = run('template-text', text).map((f) => f.text);
  assert.ok(texts.includes('[insert school name]'));
  assert.ok(texts.includes('TBD'));
  assert.ok(texts.some((t) => t.startsWith('$X')));
  assert.ok(texts.some((t) => /lorem ipsum/i.test(t)));
  assert.ok(texts.some((t) => /^Insert job description here$/.test(t)));
});

test('template-text: ordinary text passes (Title IX, "apply here", bracketed notes)', () => {
  const text = doc('Teacher', '', 'The district complies with Title IX.', 'Learn more and apply here: https://example.org', 'Salary: $50,000 [step 1]');
  assert.deepEqual(run('template-text', text), []);
});

test('template-text: tbd option', () => {
  assert.deepEqual(run('template-text', doc('Teacher', '', 'Start date: TBD'), { options: { tbd: false } }), []);
});
