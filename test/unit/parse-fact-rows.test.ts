// Rows of facts set one under another, no blank line between, each "Label: short value": a row whose
// label names a section's kind ("Benefits:", "Four-Year Degree:") is one more row of the block it
// stands in (the header's fields, a pay section's table), not a section of its own
// (model/body.ts readFieldOrInlineHeading, model/nearby.ts rowUnderRow); set apart by a blank line it still opens its section.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('fact rows: a kind-named row right under a block of fields in the body is one more field', () => {
  const p = parse(
    [
      'Speech-Language Pathologist',
      '',
      'Position Summary',
      'Works with students in kindergarten through fifth grade on speech, language and fluency goals.',
      'REPORTS TO: Director of Student Services',
      'RECEIVES DIRECTION FROM: Building Principal',
      'OTHER REQUIREMENTS: Attends the team meetings of every campus served',
      '',
      'Essential Functions',
      'Screens, assesses and treats students referred by their teams.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'summary'],
    [5, 'header'],
    [9, 'responsibilities'],
  ]);
});

test('fact rows: rates by degree under a pay heading stay in the pay section', () => {
  const p = parse(
    [
      'Substitute Teacher',
      '',
      'Position Summary',
      'Covers classes for absent teachers and follows the lesson plans they leave.',
      '',
      'Rates of Pay',
      '',
      '  • Classroom substitutes',
      '',
      '    Day-to-day calls: $80 per day',
      '    Four-Year Degree: $95 per day',
      '    Teaching License: $110 per day',
      '',
      'How to Apply',
      'Send a resume and a copy of your transcripts to the district office.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'summary'],
    [6, 'salary'],
    [14, 'how_to_apply'],
  ]);
});

test('fact rows: a kind-named line set apart by a blank line still opens its section', () => {
  const p = parse(
    [
      'Bus Driver',
      '',
      'Duties',
      'Drives a regular route and keeps the bus clean and safe.',
      'Route: Morning and afternoon runs',
      '',
      'Education: High school diploma',
    ].join('\n'),
  );
  assert.ok(p.sections.some((x) => x.line === 6 && x.kind === 'education'), JSON.stringify(outline(p)));
});
