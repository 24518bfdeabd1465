// A short headline-case name at the foot of the header block, right over the first paragraph of running
// text, heads that paragraph's section; it is not one more line of the header, and the section starts
// on the name's line, not the paragraph's (model/subheadings.ts readNameOverOpening).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const section = (p: Posting, label: string) => p.sections.find((s) => s.heading?.label === label);

test('name over opening: a name after unlabelled header lines heads the first paragraph', () => {
  const p = parse(
    [
      'Grounds Keeper',
      'Maple Ridge Unified',
      'Non-exempt',
      'The Work in Brief',
      'Under general supervision, performs routine grounds maintenance work to keep the lawns, fields and walkways',
      'of six campuses tidy and safe for students, staff and visitors; operates and cares for the small machines',
      'the crew uses every day, and does related work as assigned by the grounds supervisor.',
      '',
      'Duties:',
      '- Mows and edges the athletic fields.',
    ].join('\n'),
  );
  const s = section(p, 'The Work in Brief');
  assert.ok(s, 'the name heads a section');
  assert.equal(s.line, 3);
  assert.equal(s.kind, 'summary');
  assert.equal(p.sections.filter((x) => x.kind === 'header').length, 1);
  assert.ok(p.sections.every((x) => x.line !== 4), 'the paragraph under the name opens no section of its own');
});

test('name over opening: after label/value fields set apart, with figures in the paragraph', () => {
  const p = parse(
    [
      'Bus Driver',
      '',
      'Hours',
      '',
      'Part Time',
      '',
      'About This Opening',
      '',
      'Drives a school bus on assigned routes for 6 hours a day, carrying students safely between home and school, and keeps the bus clean and its daily checks logged. Training is paid.',
    ].join('\n'),
  );
  const s = section(p, 'About This Opening');
  assert.ok(s, 'the name heads a section');
  assert.equal(s.line, 6);
  assert.equal(s.kind, 'summary');
});

test('name over opening: a known label\'s value, the run-on of a field, a document label or an address stay in the header', () => {
  const value = parse(['Bus Driver', '', 'Job Title', '', 'Route Bus Driver', '', 'This opening is for a route driver who covers the morning and afternoon runs each school day.'].join('\n'));
  assert.equal(section(value, 'Route Bus Driver'), undefined);
  const runOn = parse(['Bus Driver', 'Contact: Ms. Lee and Mr. Park', 'Harbor Search Partners', '', 'The search partners have opened the search for a route driver who covers the runs each day.'].join('\n'));
  assert.equal(section(runOn, 'Harbor Search Partners'), undefined);
  const address = parse(['Bus Driver', 'Location: Depot', 'Lakeview, OR 97630', 'This opening is for a route driver who covers the morning and afternoon runs each school day.'].join('\n'));
  assert.ok(address.sections.every((s) => s.heading?.label !== 'Lakeview, OR 97630'));
  const overShort = parse(['Bus Driver', 'Location: Depot', 'Morning Routes Only', 'Full Time'].join('\n'));
  assert.equal(section(overShort, 'Morning Routes Only'), undefined);
});
