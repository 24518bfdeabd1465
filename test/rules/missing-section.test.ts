import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis.ts';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

const FULL = doc(
  'Teacher of Mathematics',
  '',
  'Job Summary',
  'The teacher plans and delivers mathematics instruction and reports to the principal.',
  '',
  'Responsibilities',
  '- Plan lessons aligned to state standards.',
  '- Assess student progress and adjust instruction.',
  '',
  'Education Required',
  "- Bachelor's degree in mathematics or education.",
  '',
  'Experience Required',
  '- Two years of teaching experience.',
  '',
  'Equal Employment Opportunity',
  'The district is an equal opportunity employer and does not discriminate on the basis of race, sex, age or disability.',
  '',
  'How to Apply',
  'To apply, submit an online application by March 1.',
);

test('missing-section: a complete generic posting passes', () => {
  assert.deepEqual(run('missing-section', FULL), []);
});

test('missing-section: names each absent required kind', () => {
  const text = doc('Teacher', '', 'Responsibilities', '- Plan lessons aligned to state standards.');
  const kinds = run('missing-section', text).map((f) => f.kind);
  assert.deepEqual(kinds.sort(), ['education', 'eeo', 'experience', 'how_to_apply', 'summary']);
  assert.match(run('missing-section', text)[0]!.message, /Missing section/);
});

test('missing-section: content under another heading satisfies the kind (residency bullet in conditions)', () => {
  const withResidency = FULL + '\n\nConditions of Employment\n- Employees are required to live within the geographic boundaries of the City of Chicago within six months of hire.';
  assert.ok(!run('missing-section', withResidency, { profile: 'chicago' }).some((f) => f.kind === 'residency'));
  assert.ok(run('missing-section', FULL, { profile: 'chicago' }).some((f) => f.kind === 'residency'));
});

test('missing-section: from 2025-01-01 the Illinois pay gap is the pay-transparency rule\'s, not reported twice', () => {
  const before = run('missing-section', FULL, { profile: 'chicago', today: '2024-12-31' }).map((f) => f.kind);
  const after = run('missing-section', FULL, { profile: 'chicago', today: '2025-01-01' }).map((f) => f.kind);
  const law = run('pay-transparency', FULL, { profile: 'chicago', today: '2025-01-01' }).map((f) => f.kind);
  assert.ok(!before.includes('salary'));
  assert.ok(!after.includes('salary') && !after.includes('benefits'));
  assert.deepEqual(law, ['salary']);
});

test('missing-section: the fix inserts the Chicago residency paragraph after the preceding kind', () => {
  const f = run('missing-section', FULL, { profile: 'chicago' }).find((x) => x.kind === 'residency')!;
  const fix = f.fixes[0]!;
  assert.equal(fix.snippet, true);
  const out = applyEdits(FULL, fix.edits);
  // The profile writes "Residency Requirement:"; this posting's headings have no colon, so neither does the inserted one.
  assert.match(out, /\nResidency Requirement\nAs a condition of employment with the Chicago Public Schools/);
  // residency comes after experience and before eeo in the Chicago order
  assert.ok(out.indexOf('Residency Requirement') > out.indexOf('Two years of teaching'));
  assert.ok(out.indexOf('Residency Requirement') < out.indexOf('Equal Employment Opportunity'));
});

test('missing-section: the inserted heading follows the posting’s heading style (ALL CAPS with a colon)', () => {
  const caps = FULL.split('\n')
    .map((line) => (['Job Summary', 'Responsibilities', 'Education Required', 'Experience Required', 'Equal Employment Opportunity', 'How to Apply'].includes(line) ? `${line.toUpperCase()}:` : line))
    .join('\n');
  const f = run('missing-section', caps, { profile: 'chicago' }).find((x) => x.kind === 'residency')!;
  const out = applyEdits(caps, f.fixes[0]!.edits);
  assert.match(out, /\nRESIDENCY REQUIREMENT:\nAs a condition of employment with the Chicago Public Schools/);
});

test('missing-section: without boilerplate the fix inserts the heading and the template learned from real postings', () => {
  const text = doc('Teacher', '', 'Job Summary', 'The teacher reports to the principal and plans instruction.');
  const f = run('missing-section', text).find((x) => x.kind === 'education')!;
  assert.equal(f.fixes[0]!.title, 'Add an education requirement section');
  assert.equal(f.fixes[0]!.snippet, true);
  // A degree choice placeholder, not a bare kind name.
  assert.match(f.fixes[0]!.edits[0]!.newText, /\nEducation\n- \$\{1\|Bachelor's,Master's,Doctorate\|\} degree/i);
});

test('missing-section: options.ignore silences a kind', () => {
  const text = doc('Teacher', '', 'Responsibilities', '- Plan lessons.');
  assert.ok(!run('missing-section', text, { options: { ignore: ['eeo'] } }).some((f) => f.kind === 'eeo'));
});

test('missing-section: analysis.missing lists absent kinds whatever the profile', () => {
  const a = analyze(FULL, { today: '2026-01-01' });
  assert.deepEqual(a.missing.sort(), ['benefits', 'ksa', 'licensure', 'residency', 'salary']);
});

test('missing-section: knowledge and abilities written as "Knows the …" or "Must be able to …" count as ksa; "Knows and follows" a policy does not', () => {
  const base = ['Teacher', '', 'Responsibilities', '- Plan lessons.', '', 'Requirements'];
  assert.ok(!analyze(doc(...base, '- Knows the theory of tests and measurement.'), { today: '2026-01-01' }).missing.includes('ksa'));
  assert.ok(!analyze(doc(...base, '- Must be able to diagnose and repair laptops.'), { today: '2026-01-01' }).missing.includes('ksa'));
  assert.ok(analyze(doc(...base, '- Knows and follows every District policy.'), { today: '2026-01-01' }).missing.includes('ksa'));
});

test('missing-section: a posting that names the on-line application says how to apply', () => {
  const text = doc('Teacher', '', 'Responsibilities', '- Plan lessons.', '', 'In addition to the on-line application, applicants are required to submit:', '- Transcripts');
  assert.ok(!analyze(text, { today: '2026-01-01' }).missing.includes('how_to_apply'));
});

const SMALL = doc('Teacher', '', 'Job Summary', 'Teaches math.', '', 'Responsibilities', '- Plan lessons.', '', 'Education', "- Bachelor's degree.", '', 'Experience', '- Two years.', '', 'Equal Employment Opportunity', 'The district is an equal opportunity employer.', '', 'How to Apply', 'Apply online.');
const GENERIC = { profile: 'Generic US school district', state: '' };

ruleTable('missing-section', {
  valid: [FULL, SMALL],
  invalid: [
    {
      // a document-level finding per absent kind, on the title line, in the profile's order
      text: doc('Teacher', '', 'Responsibilities', '- Plan lessons aligned to state standards.'),
      expect: ['Teacher', 'Teacher', 'Teacher', 'Teacher', 'Teacher'],
      errors: [
        { line: 1, messageId: 'profile', data: { kindName: 'job summary', ...GENERIC } },
        { line: 1, messageId: 'profile', data: { kindName: 'education requirement', ...GENERIC } },
        { line: 1, messageId: 'profile', data: { kindName: 'experience requirement', ...GENERIC } },
        { line: 1, messageId: 'profile', data: { kindName: 'equal-opportunity statement', ...GENERIC } },
        { line: 1, messageId: 'profile', data: { kindName: 'how-to-apply instructions', ...GENERIC } },
      ],
    },
    { text: SMALL, options: { also: ['benefits'] }, expect: ['Teacher'], errors: [{ line: 1, messageId: 'settings', data: { kindName: 'benefits description', ...GENERIC } }] },
  ],
}, test);
