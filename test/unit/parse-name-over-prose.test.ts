// A short name set apart on its own line between unheaded paragraphs, over a paragraph of running
// text, is a heading the catalog does not know: it starts a section of its own, whose kind its
// paragraph decides (model/subheadings.ts readNameOverProse).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const starts = (p: Posting) => p.sections.map((s) => [s.line + 1, s.heading?.label ?? null]);

test('name over prose: an unknown title-case name between unheaded paragraphs starts a section', () => {
  const p = parse(
    [
      'Night Custodian',
      '',
      'We are hiring a night custodian to keep two buildings clean and safe for students and staff.',
      '',
      'Growing Together Since 1911',
      '',
      'The Cedar Hollow district serves 6,000 students in nine schools along the river valley and is proud of its staff.',
    ].join('\n'),
  );
  assert.deepEqual(starts(p).slice(-1), [[5, 'Growing Together Since 1911']]);
});

test('name over prose: a short line in sentence case, or one over another short line, is no heading', () => {
  const sentence = parse(
    [
      'Night Custodian',
      '',
      'We are hiring a night custodian to keep two buildings clean and safe for students and staff.',
      '',
      'Please read on below',
      '',
      'The Cedar Hollow district serves 6,000 students in nine schools along the river valley and is proud of its staff.',
    ].join('\n'),
  );
  assert.equal(sentence.sections.some((s) => s.heading?.label === 'Please read on below'), false);
  const overShort = parse(
    [
      'Night Custodian',
      '',
      'We are hiring a night custodian to keep two buildings clean and safe for students and staff.',
      '',
      'Growing Together Since 1911',
      '',
      'Cedar Hollow, Oregon',
    ].join('\n'),
  );
  assert.equal(overShort.sections.some((s) => s.heading?.label === 'Growing Together Since 1911'), false);
});

test('name over prose: a title-case question set apart starts a section, over a list or after a headed one', () => {
  const p = parse(
    [
      'Substitute Teacher',
      '',
      'Our substitutes keep classrooms running when the regular teacher is away for the day.',
      '',
      'Why Teach With Us?',
      '',
      '- Choose the days you work',
      '- Pick the schools you like',
      '',
      'How Do I Get Started as a Substitute?',
      '',
      'Fill in the online form, then come to one of the monthly training mornings at the district office.',
    ].join('\n'),
  );
  const byLine = starts(p).filter(([line]) => line === 5 || line === 10);
  assert.deepEqual(byLine, [
    [5, 'Why Teach With Us?'],
    [10, 'How Do I Get Started as a Substitute?'],
  ]);
  assert.ok(p.sections.filter((s) => s.line === 4 || s.line === 9).every((s) => s.level === 1));
});

test('name over prose: a question in sentence case is a line of text, not a heading', () => {
  const p = parse(
    [
      'Substitute Teacher',
      '',
      'Our substitutes keep classrooms running when the regular teacher is away for the day.',
      '',
      'Do you like working with children?',
      '',
      'Fill in the online form, then come to one of the monthly training mornings at the district office.',
    ].join('\n'),
  );
  assert.equal(p.sections.some((s) => s.heading?.label === 'Do you like working with children?'), false);
});

test('name over prose: headline style may leave a four-letter preposition in lower case', () => {
  const p = parse(
    [
      'Night Custodian',
      '',
      'We are hiring a night custodian to keep two buildings clean and safe for students and staff.',
      '',
      'Come Build a Career with Cedar Hollow!',
      '',
      'The Cedar Hollow district serves 6,000 students in nine schools along the river valley and is proud of its staff.',
    ].join('\n'),
  );
  assert.deepEqual(starts(p).slice(-1), [[5, 'Come Build a Career with Cedar Hollow!']]);
});
