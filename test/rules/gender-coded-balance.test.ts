import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countCoded } from '../../server/src/rules/gender-coded-balance.ts';
import { doc, ruleTable, run } from './helpers.ts';

test('gender-coded-balance: one note when prose leans masculine', () => {
  const text = doc(
    'Director',
    '',
    'Summary',
    'We want an ambitious, assertive, competitive and decisive self-reliant go-getter who is fearless and driven.',
  );
  const found = run('gender-coded-balance', text);
  assert.equal(found.length, 1);
  assert.match(found[0]!.message, /leans masculine-coded/);
});

test('gender-coded-balance: school words do not count', () => {
  const text = doc(
    'Teacher',
    '',
    'Responsibilities',
    'Lead the leadership team; support children and every child; serve on the committee; fulfil responsibilities; kindergarten; individual students; determine eligibility.',
  );
  const c = countCoded(['Lead the leadership team; support children and every child; serve on the committee; fulfil responsibilities; kindergarten; individual students; determine eligibility; open competitive examination.']);
  assert.equal(c.masculine.size, 0, [...c.masculine.keys()].join(','));
  assert.equal(c.feminine.size, 0, [...c.feminine.keys()].join(','));
  assert.deepEqual(run('gender-coded-balance', text), []);
});

test("gender-coded-balance: Master's, Special Education, Fellow, execution are not coded", () => {
  const c = countCoded(["Master's degree in Special Education; the Fellow oversees execution of goals."]);
  assert.equal(c.masculine.size + c.feminine.size, 0);
});

test('gender-coded-balance: headings never count', () => {
  const text = doc('Director', '', 'AMBITIOUS ASSERTIVE COMPETITIVE DECISIVE FEARLESS LEADER', 'Plans the budget.');
  assert.deepEqual(run('gender-coded-balance', text), []);
});

test('gender-coded-balance: balanced or feminine-leaning prose is silent by default; options report it', () => {
  const text = doc('Teacher', '', 'Summary', 'A warm, nurturing, compassionate, considerate, cooperative, empathetic, gentle colleague.');
  assert.deepEqual(run('gender-coded-balance', text), []);
  assert.equal(run('gender-coded-balance', text, { options: { feminine: true } }).length, 1);
});

ruleTable('gender-coded-balance', {
  valid: [
    // school words, headings and feminine-leaning prose (reported only with `feminine`)
    doc('Teacher', '', 'Responsibilities', 'Lead the leadership team; support children and every child; serve on the committee; fulfil responsibilities; kindergarten; individual students; determine eligibility.'),
    doc('Director', '', 'AMBITIOUS ASSERTIVE COMPETITIVE DECISIVE FEARLESS LEADER', 'Plans the budget.'),
    doc('Teacher', '', 'Summary', 'A warm, nurturing, compassionate, considerate, cooperative, empathetic, gentle colleague.'),
  ],
  invalid: [
    {
      text: doc('Director', '', 'Summary', 'We want an ambitious, assertive, competitive and decisive self-reliant go-getter who is fearless and driven.'),
      // a note about the whole posting, on the title line
      expect: ['Director'],
      errors: [{ line: 1, messageId: 'leans', data: { side: 'masculine', masculine: 7, feminine: 0, top: 'ambitious, assertive, competitive, decisive, driven' } }],
      output: null,
    },
    {
      text: doc('Teacher', '', 'Summary', 'A warm, nurturing, compassionate, considerate, cooperative, empathetic, gentle colleague.'),
      options: { feminine: true },
      expect: ['Teacher'],
      errors: [{ line: 1, messageId: 'leans' }],
    },
  ],
}, test);

test('gender-coded-balance: hyphens and apostrophes inside words, stems sharing their first letters', () => {
  const c = countCoded([
    "Co-operative and cooperative staff; self-confident, head-strong, headstrong; it's nag-free; in-person inclusive work. Compete, competitive salary, commit’s, an independent school, independently.",
  ]);
  assert.deepEqual([...c.masculine.keys()], ['self-confident', 'head-strong', 'headstrong', 'compete', 'independently']);
  assert.deepEqual([...c.feminine.keys()], ['co-operative', 'cooperative', 'nag-free', 'inclusive', "commit's"]);
});
