// A heading of no known kind right above a block of header fields ("POSITION HIGHLIGHTS", the job
// title repeated in capitals over the fields, the employer's name over them) is the block's caption:
// the header section starts at it (model/sections.ts). With text of its own between, it is not their caption.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('header caption: a title repeated in capitals over label/value fields starts the header', () => {
  const p = parse(['Library Aide', 'Overview', 'LIBRARY AIDE - OAK ELEMENTARY', 'Date Posted', ': 1/2/2026', 'Location', ': Oak Elementary', '', 'Summary:', 'The aide shelves books and helps classes find what they need.'].join('\n'));
  const rows = outline(p);
  assert.ok(rows.some(([l, k]) => l === 3 && k === 'header'), JSON.stringify(rows));
  assert.ok(!rows.some(([l]) => l === 4), JSON.stringify(rows));
});

test('header caption: an unknown caps heading over padded fields heads them', () => {
  const p = parse(
    [
      'Maintenance Mechanic',
      '',
      'The mechanic keeps the heating, cooling and plumbing of twelve buildings running and answers work orders.',
      '',
      'POSITION HIGHLIGHTS',
      'SCHEDULE:     Full time, first shift',
      'SALARY:       $24.10 per hour',
      'LOCATION:     Facilities Office',
      '',
      'Qualifications:',
      'Five years of building trades experience.',
    ].join('\n'),
  );
  const rows = outline(p);
  assert.ok(rows.some(([l, k]) => l === 5 && k === 'header'), JSON.stringify(rows));
  assert.ok(!rows.some(([l]) => l === 6), JSON.stringify(rows));
  assert.equal(p.sections.find((s) => s.line === 4)?.heading?.label, 'POSITION HIGHLIGHTS');
});

test('header caption: a heading with text of its own under it is not the caption of the fields after that text', () => {
  const p = parse(['Library Aide', '', 'The aide shelves books and helps classes find what they need.', '', 'CANDIDATE POOL', '', 'Several of our schools are hiring for the fall.', '', 'FLSA STATUS: Non-exempt', 'Closing Date: Open until filled', '', 'Qualifications:', 'A high school diploma.'].join('\n'));
  const rows = outline(p);
  assert.ok(!rows.some(([l, k]) => l === 5 && k === 'header'), JSON.stringify(rows));
});
