// Heading words added as whole classes (server/src/model/catalog.ts), each tested with text written
// for the test: a civil-service classification's DEFINITION is its summary, its environmental
// factors are working conditions; near-miss words (a glossary's "Definitions") stay unknown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindForHeading } from '../../server/src/model/catalog.ts';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('definition headings: a classification\'s DEFINITION and its variants name the summary; a glossary does not', () => {
  for (const h of ['DEFINITION', 'Definition', 'CLASS DEFINITION', 'Position Definition', 'Job Definition', 'General Definition', 'Classification Definition', 'Definition of Position']) {
    assert.equal(kindForHeading(h)?.kind, 'summary', h);
  }
  for (const h of ['Definitions', 'Definition of Terms']) assert.equal(kindForHeading(h), null, h);
  const p = parse(['Groundskeeper II', '', 'DEFINITION', 'Keeps the lawns, fields and planted beds of several campuses in good order and does related work.', '', 'EXAMPLES OF DUTIES', '- Mows and edges the athletic fields.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'summary'], [6, 'responsibilities']]);
  const inline = parse(['Groundskeeper II', '', 'Definition:   Keeps the lawns and fields of the district in good order and does related work as assigned.'].join('\n'));
  assert.deepEqual(outline(inline), [[1, 'title'], [3, 'summary']]);
});

test('environment headings: environmental factors and conditions are the working conditions', () => {
  for (const h of ['Environmental Factors', 'ENVIRONMENTAL CONDITIONS', 'Working Environment']) assert.equal(kindForHeading(h)?.kind, 'conditions', h);
  const p = parse(['Custodian', '', 'Duties', '- Cleans classrooms.', '', 'Environmental Factors', 'Works indoors and outdoors, sometimes in heat or cold, and around cleaning chemicals.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'responsibilities'], [6, 'conditions']]);
});
