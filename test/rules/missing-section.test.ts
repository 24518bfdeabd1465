import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis.ts';
import { analyzeFound, applyEdits, doc, ruleTable, run as runWithDefaults } from './helpers.ts';

// Most tests here are about required kinds: the recommended kinds' information is tested on its own below.
const REQUIRED_ONLY = { recommended: false, licenseImpliesEducation: false };
const run = (rule: string, text: string, opts: Parameters<typeof runWithDefaults>[2] = {}) =>
  runWithDefaults(rule, text, { ...opts, options: { ...REQUIRED_ONLY, ...(opts.options ?? {}) } });

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
  'Licensure',
  '- A valid state teaching license in mathematics.',
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
  const text = doc('Office Clerk', '', 'Responsibilities', '- File records and answer the phone.');
  const kinds = run('missing-section', text).map((f) => f.kind);
  assert.deepEqual(kinds.sort(), ['education', 'eeo', 'how_to_apply']);
  assert.match(run('missing-section', text)[0]!.message, /Missing section/);
});

test('missing-section: a missing job summary is information, not a warning (reviewers seldom ask for one when duties are listed)', () => {
  const text = doc('Office Clerk', '', 'Responsibilities', '- File records and answer the phone.');
  const summary = analyzeFound(text).filter((f) => f.rule === 'missing-section' && f.message.includes('job summary'));
  assert.deepEqual(summary.map((f) => f.severity), ['info']);
});

test('missing-section: content under another heading satisfies the kind (residency bullet in conditions)', () => {
  const withResidency =
    FULL +
    '\n\nConditions of Employment\n- Employees are required to live within the geographic boundaries of the City of Chicago within six months of hire.';
  assert.ok(!run('missing-section', withResidency, { profile: 'chicago' }).some((f) => f.kind === 'residency'));
  assert.ok(run('missing-section', FULL, { profile: 'chicago' }).some((f) => f.kind === 'residency'));
});

test("missing-section: from 2025-01-01 the Illinois pay gap is one finding, the pay-transparency rule's, with the missing section as related information", () => {
  const before = run('missing-section', FULL, { profile: 'chicago', today: '2024-12-31' }).map((f) => f.kind);
  assert.ok(!before.includes('salary'));
  const after = analyze(FULL, { profile: 'chicago', today: '2025-01-01' }).findings.filter(
    (f) => f.kind === 'salary' || f.kind === 'benefits' || f.rule === 'pay-transparency',
  );
  assert.deepEqual(
    after.map((f) => f.rule),
    ['pay-transparency'],
  );
  assert.ok(after[0]!.related?.some((r) => r.rule === 'missing-section' && /salary/.test(r.message)));
});

test('missing-section: the role the title names decides (a license for a teacher, nurse, counselor or bus driver; no degree for a custodian or bus driver)', () => {
  const body = [
    '',
    'Job Summary',
    'Serves the students of the district.',
    '',
    'Responsibilities',
    '- Does the daily work of the role.',
    '',
    'Experience',
    '- One year of experience.',
    '',
    'Equal Opportunity',
    'The district is an equal opportunity employer.',
    '',
    'How to Apply',
    'To apply, submit an online application.',
  ];
  const kinds = (title: string, ...extra: string[]) =>
    run('missing-section', doc(title, ...body, ...extra))
      .map((f) => f.kind)
      .sort();
  assert.deepEqual(kinds('Custodian'), []);
  assert.deepEqual(kinds('Groundskeeper'), []);
  assert.deepEqual(kinds('School Bus Driver'), ['licensure']);
  assert.deepEqual(kinds('School Bus Driver', '', 'Requirements', '- A CDL with passenger and school bus endorsements.'), []);
  assert.deepEqual(kinds('School Nurse'), ['education', 'licensure']);
  assert.deepEqual(
    kinds('School Counselor', '', 'Requirements', "- Master's degree in counseling and a school counselor certificate."),
    [],
  );
  assert.deepEqual(kinds('Office Clerk'), ['education']);
  const driver = run('missing-section', doc('School Bus Driver', ...body)).find((f) => f.kind === 'licensure')!;
  assert.match(driver.message, /school bus driver must state it: a commercial driver's license \(CDL\)/);
});

test('missing-section: a title that names no job (page chrome) leaves the role to the job the text names most', () => {
  const posting = (first: string, summary: string, duty: string) =>
    doc(
      first,
      '',
      'Job Summary',
      summary,
      '',
      'Responsibilities',
      duty,
      '- Keeps a log of the work done each shift.',
      '',
      'Equal Opportunity',
      'The district is an equal opportunity employer.',
      '',
      'How to Apply',
      'To apply, submit an online application.',
    );
  const kinds = (text: string) =>
    run('missing-section', text)
      .map((f) => f.kind)
      .sort();
  // valid: a custodian's posting under a "Current Openings" page line needs no degree
  assert.deepEqual(kinds(posting('Current Openings', 'The night custodian keeps two wings of the building clean.', '- Reports broken fixtures to the head custodian.')), []);
  // invalid: a nurse's posting under the same page line names no license
  assert.deepEqual(kinds(posting('Current Openings', 'The school nurse sees students who fall ill in class.', '- Gives the school nurse report to the office each week.')), ['education', 'licensure']);
  // a job that works with teachers is not a teacher's: one mention each, no family stands out
  assert.deepEqual(kinds(posting('Current Openings', 'The data analyst prepares reports for each teacher.', '- Meets the custodian on building counts.')), ['education']);
});

test('missing-section: a profile overrides the role table (roles in a workspace profile)', () => {
  const text = doc(
    'Custodian',
    '',
    'Job Summary',
    'Keeps the school clean.',
    '',
    'Responsibilities',
    '- Cleans rooms.',
    '',
    'Experience',
    '- One year.',
    '',
    'Equal Opportunity',
    'An equal opportunity employer.',
    '',
    'How to Apply',
    'To apply, submit an online application.',
  );
  const workspace = { profiles: [{ id: 'strict', extends: 'generic', roles: { custodian: { require: ['licensure' as const] } } }] };
  const found = analyze(text, { profile: 'strict', workspace, today: '2026-06-01' })
    .findings.filter((f) => f.rule === 'missing-section' && f.severity !== 'info')
    .map((f) => f.kind);
  assert.deepEqual(found.sort(), ['education', 'licensure']);
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
  assert.deepEqual(a.missing.sort(), ['benefits', 'ksa', 'residency', 'salary']);
});

test('missing-section: knowledge and abilities written as "Knows the …" or "Must be able to …" count as ksa; "Knows and follows" a policy does not', () => {
  const base = ['Teacher', '', 'Responsibilities', '- Plan lessons.', '', 'Requirements'];
  assert.ok(!analyze(doc(...base, '- Knows the theory of tests and measurement.'), { today: '2026-01-01' }).missing.includes('ksa'));
  assert.ok(!analyze(doc(...base, '- Must be able to diagnose and repair laptops.'), { today: '2026-01-01' }).missing.includes('ksa'));
  assert.ok(analyze(doc(...base, '- Knows and follows every District policy.'), { today: '2026-01-01' }).missing.includes('ksa'));
});

test('missing-section: a posting that names the on-line application says how to apply', () => {
  const text = doc(
    'Teacher',
    '',
    'Responsibilities',
    '- Plan lessons.',
    '',
    'In addition to the on-line application, applicants are required to submit:',
    '- Transcripts',
  );
  assert.ok(!analyze(text, { today: '2026-01-01' }).missing.includes('how_to_apply'));
});

const SMALL = doc('Teacher', '', 'Job Summary', 'Teaches math.', '', 'Responsibilities', '- Plan lessons.', '', 'Education', "- Bachelor's degree.", '', 'Experience', '- Two years.', '', 'Licensure', '- A valid state teaching license.', '', 'Equal Employment Opportunity', 'The district is an equal opportunity employer.', '', 'How to Apply', 'Apply online.');
const GENERIC = { profile: 'Generic US school district', state: '', role: 'teacher', example: '' };

ruleTable('missing-section', {
  options: REQUIRED_ONLY,
  valid: [FULL, SMALL],
  invalid: [
    {
      // a document-level finding per absent kind, on the title line, in the profile's order
      // (the license a teacher's posting must name is there: the role's requirement is tested above)
      text: doc('Teacher', '', 'Responsibilities', '- Plan lessons aligned to state standards.', '', 'Licensure', '- A valid state teaching license.'),
      expect: ['Teacher', 'Teacher', 'Teacher'],
      errors: [
        { line: 1, messageId: 'profile', data: { kindName: 'education requirement', ...GENERIC } },
        { line: 1, messageId: 'profile', data: { kindName: 'equal-opportunity statement', ...GENERIC } },
        { line: 1, messageId: 'profile', data: { kindName: 'how-to-apply instructions', ...GENERIC } },
      ],
    },
    { text: SMALL, options: { also: ['benefits'] }, expect: ['Teacher'], errors: [{ line: 1, messageId: 'settings', data: { kindName: 'benefits description', ...GENERIC } }] },
  ],
}, test);

// Recommended kinds (the profile's `recommended`) are information, not warnings: a reviewer asks for
// pay and benefits where no law demands them, and for an experience requirement where the job has one.
const COMPLETE = doc(
  'School Nurse',
  '',
  'Job Summary',
  'Provides health services to the students of two elementary schools.',
  '',
  'Responsibilities',
  '- Gives first aid and manages medications.',
  '',
  'Qualifications',
  "- Bachelor's degree in nursing.",
  '- A current state RN license.',
  '- Two years of pediatric nursing experience.',
  '- Knowledge of school health law; ability to communicate with families.',
  '',
  'Salary',
  '$52,000 - $61,000 per year.',
  '',
  'Benefits',
  'Health, dental and vision insurance; state retirement plan.',
  '',
  'Equal Opportunity',
  'The district is an equal opportunity employer.',
  '',
  'How to Apply',
  'To apply, submit an online application.',
);
const GENERIC_NAME = { profile: 'Generic US school district' };

ruleTable('missing-section', {
  valid: [
    COMPLETE,
    // pay stated as a daily rate and benefits in one sentence still count
    COMPLETE.replace('$52,000 - $61,000 per year.', 'Daily rate: $160.').replace('Health, dental and vision insurance; state retirement plan.', 'Full benefits package.'),
  ],
  invalid: [
    {
      text: COMPLETE.replace('\nSalary\n$52,000 - $61,000 per year.\n\nBenefits\nHealth, dental and vision insurance; state retirement plan.\n', ''),
      expect: ['School Nurse', 'School Nurse'],
      errors: [
        { line: 1, messageId: 'recommended', data: { kindName: 'salary or pay range', ...GENERIC_NAME } },
        { line: 1, messageId: 'recommended', data: { kindName: 'benefits description', ...GENERIC_NAME } },
      ],
    },
    {
      // the license a nurse must hold is required by the role: a warning, never also information
      text: COMPLETE.replace('- A current state RN license.\n', '').replace('- Two years of pediatric nursing experience.\n', ''),
      expect: ['School Nurse', 'School Nurse'],
      errors: [
        { line: 1, messageId: 'role', data: { kindName: 'license or certification requirement', profile: 'Generic US school district', state: '', role: 'school nurse', example: '' } },
        { line: 1, messageId: 'recommended', data: { kindName: 'experience requirement', ...GENERIC_NAME } },
      ],
    },
    {
      text: COMPLETE.replace('- Knowledge of school health law; ability to communicate with families.\n', ''),
      options: { ignore: ['ksa'] },
      expect: [],
      errors: [],
    },
  ],
}, test);

test('missing-section: recommended kinds can be turned off, and an empty heading speaks for its gap', () => {
  const noPay = COMPLETE.replace('\nSalary\n$52,000 - $61,000 per year.\n', '');
  assert.deepEqual(runWithDefaults('missing-section', noPay, { options: { recommended: false } }), []);
  assert.deepEqual(runWithDefaults('missing-section', noPay).map((f) => [f.kind, f.severity]), [['salary', 'info']]);
  const emptyHeading = COMPLETE.replace('$52,000 - $61,000 per year.\n', '');
  const gap = analyze(emptyHeading, { today: '2026-06-01' }).findings.filter((f) => f.kind === 'salary' || f.rule === 'empty-section');
  assert.equal(gap.length, 1);
  assert.equal(gap[0]!.rule, 'empty-section');
  assert.equal(gap[0]!.severity, 'warning');
  assert.ok(gap[0]!.related?.some((r) => r.rule === 'missing-section'));
});

test('missing-section: a required license stands for the degree behind it (information, not a warning)', () => {
  const noDegree = COMPLETE.replace("- Bachelor's degree in nursing.\n", '');
  const found = runWithDefaults('missing-section', noDegree);
  assert.deepEqual(found.map((f) => [f.kind, f.messageId, f.severity]), [['education', 'licensed', 'info']]);
  // no license either: the degree is a warning again
  const neither = noDegree.replace('- A current state RN license.\n', '');
  assert.deepEqual(runWithDefaults('missing-section', neither).map((f) => [f.kind, f.severity ?? 'warning']).sort(), [['education', 'warning'], ['licensure', 'warning']]);
  assert.deepEqual(runWithDefaults('missing-section', noDegree, { options: { licenseImpliesEducation: false } }).map((f) => [f.kind, f.severity ?? 'warning']), [['education', 'warning']]);
});

// A closing date says when, not how: with nothing else on applying, the way to apply is missing.
const DATE_ONLY = doc(
  'Groundskeeper',
  'Closing Date: 09/30/2026',
  '',
  'Duties',
  '- Mows and trims the school grounds.',
  '- Operates mowers, trimmers and a tractor safely.',
  '',
  'The district is an equal opportunity employer.',
);

test('missing-section: a closing date as the only word on applying is the missing way to apply (a warning where one is required)', () => {
  const found = runWithDefaults('missing-section', DATE_ONLY).filter((f) => f.messageId === 'dateOnly');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, undefined); // the rule's severity: a warning
  assert.equal(found[0]!.kind, 'how_to_apply');
  assert.match(found[0]!.message, /Closing Date: 09\/30\/2026/);
});

ruleTable(
  'missing-section',
  {
    options: { ...REQUIRED_ONLY, ignore: ['education', 'experience', 'summary', 'salary', 'benefits', 'licensure', 'ksa', 'qualifications'] },
    valid: [
      // the date and a way: an address, documents to send, or an application system
      doc('Groundskeeper', 'Closing Date: 09/30/2026', 'Send a letter of interest to the facilities office.', '', 'Duties', '- Mows the grounds.', 'Equal opportunity employer.'),
      doc('Groundskeeper', 'Close: Open until filled', 'Apply at jobs.example.org.', '', 'Duties', '- Mows the grounds.', 'Equal opportunity employer.'),
      doc('Groundskeeper', 'Application Deadline', '10/1/2026', '', 'Duties', '- Mows the grounds.', '', 'Questions: hr@example.org', 'Equal opportunity employer.'),
      doc('Groundskeeper', '', 'Duties', '- Mows the grounds.', '', 'Interested candidates may apply in person at the district office.', 'Equal opportunity employer.'),
      // "complete" as the verb before what is filled in is a way to apply
      doc('Groundskeeper', 'Closing Date: 09/30/2026', 'Complete the district employment application before the closing date.', '', 'Duties', '- Mows the grounds.', 'Equal opportunity employer.'),
    ],
    invalid: [
      {
        text: doc('Groundskeeper', 'Close: Open until filled', '', 'Duties', '- Mows the grounds.', '- Uses computer applications to log work orders.', 'Equal opportunity employer.'),
        expect: ['Groundskeeper'],
        errors: [{ messageId: 'dateOnly', data: { evidence: 'Close: Open until filled' } }],
      },
      {
        text: doc('Groundskeeper', 'Application Deadline', '', '10/1/2026 4:00 PM', '', 'Duties', '- Mows the grounds.', 'Equal opportunity employer.'),
        expect: ['Groundskeeper'],
        errors: [{ messageId: 'dateOnly' }],
      },
      // "complete" as an adjective says nothing of applying
      {
        text: doc('Groundskeeper', 'Closing Date: 09/30/2026', '', 'Duties', '- Keeps a complete log of mowing and repairs.', '- This list is not complete.', 'Equal opportunity employer.'),
        expect: ['Groundskeeper'],
        errors: [{ messageId: 'dateOnly', data: { evidence: 'Closing Date: 09/30/2026' } }],
      },
      // saying to apply, or when applications are due, is not saying how or where
      {
        text: doc('Groundskeeper', '', 'Duties', '- Mows the grounds.', '', 'The district invites you to apply for the coming school year.', 'Equal opportunity employer.'),
        expect: ['Groundskeeper'],
        errors: [{ messageId: 'noWay', data: { evidence: 'The district invites you to apply for the coming school year.' } }],
      },
      {
        text: doc('Groundskeeper', '', 'Duties', '- Mows the grounds.', '', 'Applications must be in by Friday, May 1, 2026.', 'Interviews are held @ 3:00pm the week after.', 'Equal opportunity employer.'),
        expect: ['Groundskeeper'],
        errors: [{ messageId: 'profile' }],
      },
    ],
  },
  test,
);

test('missing-section: dateOnly off, and a posting with no word on applying at all is the plain missing finding', () => {
  assert.deepEqual(runWithDefaults('missing-section', DATE_ONLY, { options: { dateOnly: false } }).filter((f) => f.messageId === 'dateOnly'), []);
  const none = doc('Groundskeeper', '', 'Duties', '- Mows the grounds.', 'Equal opportunity employer.');
  const found = runWithDefaults('missing-section', none).filter((f) => f.kind === 'how_to_apply');
  assert.deepEqual(found.map((f) => f.messageId), ['profile']);
});
