// A heading the catalog knows followed by a remark in parentheses ("Essential Duties (other duties
// may be assigned)") over its list or paragraph starts its section, named by the words before the
// remark (model/headingLines.ts readNotedHeading).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';

const doc = (line: string, below: string[]) =>
  parse(['Grounds Keeper', '', 'Location: District Office', '', 'Summary:', 'The grounds keeper looks after the lawns, fields and walks of four campuses.', '', line, ...below].join('\n'));
/** The 0-based line of the heading under test. */
const AT = 7;

test('noted heading: a known heading with a remark in parentheses over a list starts its section', () => {
  const p = doc('Essential Duties (the list is a sample; others may be assigned.)', ['- Mows and edges the lawns', '- Clears snow from the walks']);
  const s = p.sections.find((x) => x.line === AT);
  assert.ok(s, 'a section starts at the heading');
  assert.equal(s.kind, 'responsibilities');
  assert.equal(s.heading?.label, 'Essential Duties');
});

test('noted heading: the same remark glued to the name, in capitals, over a sentence', () => {
  const p = doc('QUALIFICATIONS(all of them required)', ['A high school diploma and two years of grounds work, with a clean driving record.']);
  assert.equal(p.sections.find((x) => x.line === AT)?.kind, 'qualifications');
});

test('noted heading: an item with a remark in a list of short items is not a heading', () => {
  const p = doc('Teaching License (required)', ['Transcripts (if available)', 'Three letters of reference']);
  assert.equal(p.sections.some((x) => x.line === AT), false);
});
