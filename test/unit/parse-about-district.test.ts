// Unheaded paragraphs about the district ("The District serves …", "Lakeview Unified School
// District (LUSD) serves …") are the district's own part: set apart after the summary they open
// about_district instead of joining it, and after an unmarked paragraph (unheaded, or the first
// under "Overview") they say what that paragraph was about (model/paragraph.ts readParagraph,
// classify.ts ABOUT_DISTRICT).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('about district: a district paragraph set apart after the summary opens its own part', () => {
  const p = parse(
    [
      'Middle School Librarian',
      '',
      'We are seeking a librarian who will run the media center and teach research skills to every grade.',
      '',
      'The District serves 4,100 students in six schools along the river valley and opened a new middle school last fall.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'summary'],
    [5, 'about_district'],
  ]);
});

test('about district: a district named with its initials in parentheses is still the subject', () => {
  const p = parse(
    [
      'Middle School Librarian',
      '',
      'We are seeking a librarian who will run the media center and teach research skills to every grade.',
      '',
      'Lakeview Unified School District (LUSD) serves families in nine towns east of the lake.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'summary'],
    [5, 'about_district'],
  ]);
});

test('about district: under "Overview", a paragraph about the town and then one about the district make one district part', () => {
  const p = parse(
    [
      'Superintendent of Schools',
      '',
      'Overview',
      '',
      'Harbor City sits on the coast and has grown quickly over the last twenty years, with new neighborhoods to the north.',
      '',
      'The Harbor City School District serves nearly 12,000 students in twenty schools and is governed by a five-member board.',
      '',
      'Responsibilities',
      '',
      '- Leads the district staff.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'about_district'],
    [9, 'responsibilities'],
  ]);
});

test('about district: a second summary paragraph that only mentions the district stays in the summary', () => {
  const p = parse(
    [
      'Middle School Librarian',
      '',
      'We are seeking a librarian who will run the media center and teach research skills to every grade.',
      '',
      'The librarian works with teachers across the district to choose books and plan research units.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'summary'],
  ]);
});
