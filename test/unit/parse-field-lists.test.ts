// A job board's fields set as a list with each value on the line below ("• Position Type:" /
// "Library Aide"), some left empty: one header block, whose values are never read as the title
// (model/header.ts planTitle, nearby.ts fieldBlockAt, body.ts readBullet); a requirement label among them over a
// requirement line ("Requirements:" / "High School Diploma") heads the requirements (body.ts readFieldOrInlineHeading).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);
const values = (p: Posting) => p.fields.map((f) => [f.key, f.value]);

test('field lists: a value on the line under its label at the top is the field, not the title', () => {
  const p = parse(['  • Position Type:', '      Library Aide', '', '  • Location:', '      Lincoln Elementary', '', '  Job Summary:', 'The aide helps students find books and keeps the library in order during the school day.'].join('\n'));
  assert.equal(p.title, null);
  assert.deepEqual(outline(p), [
    [1, 'header'],
    [7, 'summary'],
  ]);
  assert.deepEqual(values(p), [
    ['position_type', 'Library Aide'],
    ['location', 'Lincoln Elementary'],
  ]);
});

test('field lists: after page text, a list of labelled fields with empty ones is one header block', () => {
  const p = parse(
    [
      'Welcome to the Regional Job Board, where you can search openings, save your resume and apply online.',
      '',
      '  • Position Type:',
      '      Library Aide',
      '',
      '  • Date Posted:',
      '',
      '  • Location:',
      '      Lincoln Elementary',
      '',
      '  • Date Available:',
      '',
      '  Job Summary:',
      'The aide helps students find books and keeps the library in order during the school day.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'other'],
    [3, 'header'],
    [13, 'summary'],
  ]);
  assert.deepEqual(values(p), [
    ['position_type', 'Library Aide'],
    ['posting_date', ''],
    ['location', 'Lincoln Elementary'],
    ['start_date', ''],
  ]);
});

test('field lists: an ordinary list in the body with no labels stays a list', () => {
  const p = parse(['Library Aide', '', 'Duties', '', '  • Shelves returned books.', '  • Helps students use the catalog.', '  • Keeps the circulation desk tidy.'].join('\n'));
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'responsibilities'],
  ]);
});

test('field lists: a requirement label among the fields over a requirement line heads the requirements', () => {
  const p = parse(['Position Type:', 'Support Staff/Library Aide', 'Closing Date:', 'Until Filled', 'Requirements:', 'Associate degree or 48 college credits', 'Experience:', 'Two years of work with children in a school or camp', 'Duties:', 'Shelves books and helps students find them.'].join('\n'));
  assert.deepEqual(outline(p), [
    [1, 'header'],
    [5, 'qualifications'],
    [7, 'experience'],
    [9, 'responsibilities'],
  ]);
  const field = parse(['Position Type:', 'Support Staff/Library Aide', 'Terms of Employment:', '10 months', 'Duties:', 'Shelves books and helps students find them.'].join('\n'));
  assert.deepEqual(outline(field), [
    [1, 'header'],
    [5, 'responsibilities'],
  ]);
});
