// Job descriptions whose list headings were lost in copying: each list's numbering starting again
// after a gap begins a new unheaded part, and an unheaded list's content decides its kind
// (model/nearby.ts restartsNumbering, model/sections.ts finish).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('lost headings: a list numbered again from 1 after a gap is a new part, its kind from its content', () => {
  const p = parse(
    [
      'Groundskeeper',
      'REPORTS TO: Facilities Manager',
      '',
      'Keeps the school grounds and sports fields safe, green and in good repair.',
      '',
      '  1. Maintains the fences, gates and the bleachers at the stadium.',
      '  2. Maintains the irrigation lines and replaces broken sprinkler heads.',
      '  3. Operates the tractor and the riding mowers on the sports fields.',
      '',
      '',
      '  1. A high school diploma or equivalent and at least two years of grounds maintenance experience.',
      '  2. A valid driver\'s license and a pesticide applicator license.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p).slice(1), [
    [2, 'header'],
    [4, 'summary'],
    [6, 'responsibilities'],
    [11, 'qualifications'],
  ]);
});

test('lost headings: a "1." right under an item that ends in a colon is a nested list, not a new part', () => {
  const p = parse(
    [
      'Classroom Aide',
      '',
      'Requirements',
      '  1. High school diploma or equivalent.',
      '  2. One of the following:',
      '  1. Two years of college study',
      '  2. An associate degree',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'qualifications'],
  ]);
});

test('lost headings: a sentence set apart under the fields begins the text; a short fact stays in the header', () => {
  const p = parse(
    [
      'Bus Mechanic',
      'REPORTS TO: Transportation Director',
      'Twelve months, full time',
      '',
      'To keep the district fleet of buses safe, inspected and running on time.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [2, 'header'],
    [5, 'summary'],
  ]);
});

test('second header: the employer\'s name over a block of fields mid-posting opens one header block', () => {
  const p = parse(
    [
      'Night Custodian',
      '',
      'The night custodian cleans the east wing after evening programs and locks the building at eleven.',
      '',
      'PINE RIVER SCHOOL DISTRICT',
      '',
      'POSITION ANALYSIS',
      '',
      'POSITION TITLE:        Night Custodian',
      'REPORTS TO:            Head Custodian',
      'SUPERVISES:            None',
      'WORK YEAR:             260 days',
      'Normal Work Day: eight hours on the evening shift, Monday through Friday, with summer days',
      '',
      'MAJOR DUTIES:',
      '  • Cleans classrooms, halls and restrooms on the set schedule.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'summary'],
    [5, 'header'],
    [15, 'responsibilities'],
  ]);
});

test('lost headings: a background-check paragraph set apart after the pay is the conditions; an EEO statement naming conditions stays whole', () => {
  const p = parse(
    [
      'Substitute Bus Aide',
      '',
      'Description',
      '',
      'Substitute bus aides ride the routes with the drivers and help pupils on and off the bus.',
      '',
      'Bus aides are paid $15.25 an hour.',
      '',
      'Every new hire must clear a criminal background check and a drug screen before the first shift.',
      '',
      'Equal Opportunity',
      'The district does not discriminate on the basis of race, color, sex or disability in employment.',
      'This policy applies to all terms and conditions of employment, including hiring, promotion and pay.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [5, 'summary'],
    [7, 'salary'],
    [9, 'conditions'],
    [11, 'eeo'],
  ]);
});

test('pay among the fields: a pay field right under other fields is one of the header\'s fields; alone after the duties it heads the pay', () => {
  const p = parse(
    [
      'Media Specialist',
      '',
      'The media specialist runs the school library and teaches research skills to every grade.',
      '',
      'Reports To: Principal',
      'Work Year: 190 days',
      'PAY RANGE: $48,100 - $79,900 per year. Placement on the schedule follows verified years of service.',
      '',
      'DUTIES:',
      '  • Runs the school library and teaches research skills.',
      '',
      'Salary: $48,100 to start, with steps for each year of service',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [
    [1, 'title'],
    [3, 'summary'],
    [5, 'header'],
    [9, 'responsibilities'],
    [12, 'salary'],
  ]);
  assert.ok(p.fields.some((f) => f.line === 6 && f.name === 'PAY RANGE'));
});
