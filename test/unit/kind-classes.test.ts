// Kind decisions by class of posting (issue 12, wrong kind at the right line): each test states a
// class in our own words and checks it through the catalog, decideKind and the whole parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindForHeading } from '../../server/src/model/catalog.ts';
import { decideKind } from '../../server/src/model/evidence.ts';
import { parse } from '../../server/src/model/parse.ts';

const kindAt = (text: string, line: number): string | undefined => parse(text).sections.find((s) => s.line === line)?.kind;

test('"educational" before a job noun names the job, not schooling', () => {
  assert.equal(kindForHeading('The Senior Educational Assistant shall')?.kind ?? null, null);
  assert.equal(kindForHeading('Educational Interpreter Duties')?.kind, 'responsibilities');
  // Schooling named by "educational" is still education.
  assert.equal(kindForHeading('Educational Requirements')?.kind, 'education');
  assert.equal(kindForHeading('Educational Background')?.kind, 'education');
});

test('a body naming a diploma and years of experience is a mixed requirements list: qualifications', () => {
  const body = 'Completion of high school or an equivalency diploma, and three years of experience maintaining school computer labs.';
  assert.equal(decideKind({ heading: 'EXAMINATION TRACK A', headingKind: null, body }).kind, 'qualifications');
  // One kind named alone stays that kind.
  assert.equal(decideKind({ heading: 'Schooling', headingKind: null, body: "A bachelor's degree in library science is required." }).kind, 'education');
});

test('one diploma line among training lines does not make the list education', () => {
  const body = ['1. Hold a high school diploma or its equivalent', '2. Complete the district orientation within the first month', '3. Attend the yearly in-service days'].join('\n');
  assert.notEqual(decideKind({ heading: 'A beginning library aide shall', headingKind: null, body }).kind, 'education');
});

test('the parser reads an unknown "… shall:" heading over mixed requirements as qualifications', () => {
  const text = [
    'Library Aide',
    '',
    'Duties',
    '- Shelves returned books and keeps the stacks in call-number order',
    '- Helps students find materials and use the catalog',
    '',
    'The Level II Educational Assistant shall:',
    '  1. Hold a high school diploma and two years of experience working with children',
    '  2. Attend the training the district schedules each fall',
  ].join('\n');
  assert.equal(kindAt(text, 6), 'qualifications');
});

test('a header field label set as a heading over its value is a header fact, not a kind its value reads as', () => {
  const text = [
    'Groundskeeper',
    '',
    'Summary',
    'Keeps the fields, lawns and walkways of the high school campus safe and tidy all year.',
    '',
    'Reports To:',
    '',
    'The groundskeeper reports to the head of facilities and, for daily tasks, to the building principal.',
    '',
    'Employment Type:',
    '  • Full-time, twelve months',
  ].join('\n');
  assert.equal(kindAt(text, 5), 'header');
  assert.equal(kindAt(text, 9), 'header');
});

test('a field label the catalog names a kind for keeps that kind ("Salary:" over a figure)', () => {
  const text = ['Groundskeeper', '', 'Summary', 'Keeps the fields and lawns of the campus safe and tidy all year.', '', 'Salary:', '', '$19.40 to $24.10 an hour'].join('\n');
  assert.equal(kindAt(text, 5), 'salary');
});

test('an unheaded opening whose paragraphs describe the district, not the job, is about the district', () => {
  const text = [
    'Director of Transportation',
    '',
    'Nestled between two rivers, the Maple Hollow campus draws families from four neighbouring towns.',
    '',
    'The Maple Hollow Unified School District proudly serves 6,200 students in nine schools and an adult learning center.',
    '',
    'Responsibilities',
    '- Plans bus routes and supervises the dispatch office',
  ].join('\n');
  assert.equal(kindAt(text, 2), 'about_district');
});

test('an opening that says what the job is stays the summary, even with district words after it', () => {
  const text = [
    'Director of Transportation',
    '',
    'The district is seeking a director who will oversee bus routes, drivers and the fleet garage.',
    '',
    'The Maple Hollow Unified School District proudly serves 6,200 students in nine schools.',
    '',
    'Responsibilities',
    '- Plans bus routes and supervises the dispatch office',
  ].join('\n');
  assert.equal(kindAt(text, 2), 'summary');
});

test('"Overview" over a description of the district is about the district; over the job, the summary', () => {
  const district = ['Custodian', '', 'Overview', 'Our town sits on the lake shore and has grown fast.', 'Lakeview Public Schools is a district of 3,000 students in five buildings.', '', 'Duties', '- Cleans classrooms'].join('\n');
  assert.equal(kindAt(district, 2), 'about_district');
  const job = ['Custodian', '', 'Overview', 'The custodian is responsible for keeping one elementary building clean and safe.', '', 'Duties', '- Cleans classrooms'].join('\n');
  assert.equal(kindAt(job, 2), 'summary');
});

test('a search-firm brochure\'s "The Position" / "The Candidate" headings name the summary and the qualifications', () => {
  assert.equal(kindForHeading('The Position')?.kind, 'summary');
  assert.equal(kindForHeading('The Ideal Candidate')?.kind, 'qualifications');
  const text = [
    'Superintendent of Schools',
    '',
    'The Position',
    'The superintendent leads a district of eleven schools and answers to a seven-member board.',
    '',
    'The Candidate',
    'The board looks for a seasoned leader who listens first and has run a school or a district office.',
  ].join('\n');
  assert.equal(kindAt(text, 2), 'summary');
  assert.equal(kindAt(text, 5), 'qualifications');
});

test('a heading naming applications in the plural is how to apply; "Application for …" is not', () => {
  assert.equal(kindForHeading('Applications Accepted Until Filled')?.kind, 'how_to_apply');
  assert.equal(kindForHeading('Online applications required')?.kind, 'how_to_apply');
  assert.equal(kindForHeading('Application for Head Custodian'), null);
});

test('a heading ending "will be required to" / "will be expected to" leads into the jobholder\'s duties', () => {
  assert.equal(kindForHeading('The New Counselor Will Be Expected To')?.kind, 'responsibilities');
  assert.equal(kindForHeading('Each bus aide will be required to')?.kind, 'responsibilities');
  // A requirement heading that merely says "required" stays a requirement.
  assert.equal(kindForHeading('Required Qualifications')?.kind, 'qualifications');
});

test('"Term:" over how long an appointment lasts is a condition of employment', () => {
  const text = ['Long-Term Substitute, Grade 3', '', 'Summary', 'Covers a grade 3 classroom during a teacher\'s leave.', '', 'Term:', 'The assignment runs from January to the end of the school year and ends when the teacher returns.'].join('\n');
  assert.equal(kindAt(text, 5), 'conditions');
});

test('a heading offering a bonus (sign-on, retention, referral) names the benefits; "bonus points" stay preferred', () => {
  assert.equal(kindForHeading('$2,500 Sign-On Bonus for Bus Drivers')?.kind, 'benefits');
  assert.equal(kindForHeading('Retention Bonus')?.kind, 'benefits');
  assert.equal(kindForHeading('Bonus Points')?.kind, 'preferred');
});

test('common district headings outside the seeds\' vocabulary name their kinds', () => {
  const cases: Array<[string, string]> = [
    ['Required Documents', 'how_to_apply'],
    ['Application Materials', 'how_to_apply'],
    ['Pre-Employment Requirements', 'conditions'],
    ['EMPLOYMENT REQUIREMENTS', 'conditions'],
    ['Physical and Mental Requirements', 'conditions'],
    ['Physical Effort', 'conditions'],
    ['Stipend', 'salary'],
    ['Licensing', 'licensure'],
    ['EMPLOYMENT STANDARDS', 'qualifications'],
    ["What You'll Bring", 'qualifications'],
    ['About You', 'qualifications'],
    ['Your Role', 'summary'],
    ['The Community', 'about_district'],
    ['District Profile', 'about_district'],
    ['Americans with Disabilities Act Notice', 'eeo'],
  ];
  for (const [heading, kind] of cases) assert.equal(kindForHeading(heading)?.kind, kind, heading);
  // A community named inside another heading is not the district's description.
  assert.notEqual(kindForHeading('Works with the Community')?.kind, 'about_district');
});

test('an age to reach beside a diploma is a list of hiring requirements: qualifications, not education', () => {
  for (const body of [
    ['- Have reached eighteen years of age.', '- Have a high school diploma or an equivalency certificate.'],
    ['- Have turned 18 years old by the start date.', '- Have a high school diploma or GED.'],
    ['- Applicants are at least 18 years old.', '- Applicants have a high school diploma.'],
  ]) {
    assert.equal(decideKind({ heading: 'Each new hire must satisfy every point below', headingKind: null, body: body.join('\n') }).kind, 'qualifications', body[0]);
  }
  // A diploma alone is still education.
  assert.equal(decideKind({ heading: 'Schooling', headingKind: null, body: '- Hold a high school diploma or a GED.' }).kind, 'education');
});
