// Heading lines the parser folds into the section above (a run of "… SKILLS:" headings from a job
// description template, some of them never filled in): each one ending in a colon with nothing
// under it before the next heading is an empty section of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

const TEMPLATE = doc(
  'Library Media Assistant',
  '',
  'WRITING SKILLS:',
  '',
  'COMPUTER SKILLS:',
  '',
  'NUMERICAL SKILLS:',
  '',
  'Can add, subtract and total invoices for the book fair.',
  '',
  'PROBLEM SOLVING:',
  '',
  'PEOPLE SKILLS:',
  '',
  'WORK ENVIRONMENT:',
  '',
  'The library is quiet; the assistant sits and stands in turn.',
);

test('empty-section: folded colon headings with nothing under them are reported, one finding each', () => {
  const found = run('empty-section', TEMPLATE);
  const lines = found.map((f) => f.line);
  // WRITING and COMPUTER (each followed by another heading) and PROBLEM SOLVING / PEOPLE SKILLS; NUMERICAL has a line.
  for (const l of [3, 5]) assert.ok(lines.includes(l), `line ${l} in ${JSON.stringify(lines)}`);
  assert.ok(!lines.includes(7), 'NUMERICAL SKILLS has content');
  assert.equal(new Set(lines).size, lines.length, 'one finding per heading');
});

test('empty-section: a lead-in sentence read as a heading leads into the sub-sections under it', () => {
  const text = doc('Aide', '', 'Requirements :', 'To do this job well, the aide must bring all of the qualifications listed here :', 'Education Required :', '- High school diploma.');
  assert.deepEqual(run('empty-section', text, { options: { announcedLists: false } }), []);
});

ruleTable('empty-section', {
  valid: [
    // an umbrella heading over a folded sub-heading with content
    doc('Teacher', '', 'QUALIFICATIONS:', '', 'Required:', "- A bachelor's degree and a state teaching licence.", '', 'Benefits', 'Health insurance.'),
    // a heading line without a colon may be an item read as a heading ("Teaching License (Required)")
    doc('Teacher', '', 'License/Certification:', '', 'Teaching License (Required)', 'Standard Certificate', '', 'Benefits', 'Health insurance.'),
  ],
  invalid: [
    {
      text: doc('Teacher', '', 'QUALIFICATIONS:', '', 'Required:', '', 'Preferred', 'Two years of classroom teaching.'),
      expect: ['Required:'],
    },
  ],
}, test);
