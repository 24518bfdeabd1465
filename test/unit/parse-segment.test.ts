// Segmentation classes seen on real postings beyond the seeds (synthetic postings, one per class):
// where the title is, which "Label: value" lines are header fields and which open sections,
// run-on and sub-headings, and unheaded paragraphs of another kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import { documentSymbols } from '../../server/src/features/symbols.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind, s.level]);

test('title: page text and the employer name above the title are not the title', () => {
  const p = parse(['You are here', '', 'Granite School District', '', 'School Bus Driver', '', 'Reports To: Transportation Supervisor', '', 'JOB SUMMARY', 'The driver carries students safely.'].join('\n'));
  assert.equal(p.title?.text, 'School Bus Driver');
  assert.deepEqual(outline(p), [[1, 'other', 1], [3, 'header', 1], [5, 'title', 1], [7, 'header', 1], [9, 'summary', 1]]);
  assert.equal(p.fields.find((f) => f.key === 'organization')?.value, 'Granite School District');
});

test('title: a "Job Title:" field under page text names the title; a board question wrapped around the title is the title line, the title repeated below is header (seeds 002/004)', () => {
  const field = parse(['Please contact the district with any questions regarding this position.', 'Job Title: Computer Technician', 'Department: Technology', '', 'Primary Purpose:', 'Keeps the computers running.'].join('\n'));
  assert.equal(field.title?.text, 'Computer Technician');
  assert.deepEqual(outline(field).slice(0, 3), [[1, 'other', 1], [2, 'title', 1], [3, 'header', 1]]);
  const question = parse(['What are the responsibilities and job description for the School Counselor position at Example County Schools?', 'School Counselor', 'SALARY: Based on the county salary schedule'].join('\n'));
  assert.equal(question.title?.line, 0);
  assert.equal(question.title?.text, 'School Counselor');
  assert.deepEqual(outline(question), [[1, 'title', 1], [2, 'header', 1]]);
});

test('title: a copy that starts with "About the job" has no title line, and the job board\'s label/value lines are header fields', () => {
  const p = parse(['About the job', 'This job is sourced from a job board. Learn More', '', 'Job Title', '', 'Math Teacher', '', 'Location', '', 'Henrico, VA, US', '', 'About Us', '', 'Henrico County Public Schools is one of the largest school divisions in Virginia.'].join('\n'));
  assert.equal(p.title, null);
  assert.deepEqual(outline(p), [[1, 'other', 1], [4, 'header', 1], [12, 'about_district', 1]]);
  assert.equal(p.fields.find((f) => f.key === 'job_title')?.value, 'Math Teacher');
});

test('header: a document label under the title is part of it, and labelled lines of every kind stay fields of one header', () => {
  const p = parse(
    [
      'SCHOOL NURSE',
      'JOB DESCRIPTION',
      '',
      'Reports to:  Lead Nurse, Principal',
      'Terms of Employment:  10 month',
      'Pay Grade: ',
      'SALARY: Based on the county salary schedule',
      'WAGE/HOUR STATUS: Exempt',
      'DEPARTMENT: Local School',
      'Closing Date: 12/15/2025',
      '',
      'Nature of Work',
      'The nurse plans and carries out health services in schools.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [[1, 'title', 1], [4, 'header', 1], [12, 'summary', 1]]);
  const byName = new Map(p.fields.map((f) => [f.name, f]));
  assert.equal(byName.get('WAGE/HOUR STATUS')?.key, 'overtime_status');
  assert.equal(byName.get('Closing Date')?.value, '12/15/2025');
  assert.equal(byName.get('Pay Grade')?.value, '', 'an empty field, not a heading');
});

test('header: values on the next line (Frontline, EDJOIN), padded columns and table residue stay in one header', () => {
  const p = parse(
    [
      'Facilities Technician',
      '',
      'Facilities Department',
      'POSTED ON 10/22/2025',
      '',
      'Pay Grade:',
      '',
      'R',
      '',
      'Days/Months:',
      '|',
      '230/12',
      '☐ ☒',
      'Job Code:        4N.020          Wage/Hour Status: Nonexempt',
      '',
      'POSITION SUMMARY:',
      'Does a range of routine semi-skilled maintenance on school system facilities so they stay available.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'header', 1], [16, 'summary', 1]]);
  const byName = new Map(p.fields.map((f) => [f.name, f.value]));
  assert.equal(byName.get('Pay Grade'), 'R');
  assert.equal(byName.get('Days/Months'), '230/12');
  assert.equal(byName.get('Job Code'), '4N.020');
  assert.equal(byName.get('Wage/Hour Status'), 'Nonexempt');
});

test('inline headings: in the body a labelled sentence opens a section; a known field with a short value does not', () => {
  const p = parse(
    [
      'Bus Driver',
      '',
      'RESPONSIBILITIES:',
      '- Drives the assigned route safely.',
      'EVALUATION:  Performance is evaluated under the Board Policy on support staff.',
      'Reports To: Director of Transportation',
      'Note: this posting stays open until the position is filled.',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'responsibilities', 1], [5, 'other', 1], [6, 'header', 1]]);
  assert.equal(p.sections[2]!.heading?.inlineContent?.text, 'Performance is evaluated under the Board Policy on support staff.');
  assert.equal(p.sections[3]!.blocks.length + p.sections[3]!.fields.length, 2, 'the note stays with the field block it follows');
});

test('run-on headings: ALL-CAPS heading words running into lower-case text open their section', () => {
  const p = parse(['Technology Technician', '', 'SUMMARY: Keeps the district network running.', 'ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned.', '- Installs software.'].join('\n'));
  const duties = p.sections.find((s) => s.kind === 'responsibilities')!;
  assert.equal(duties.line, 3);
  assert.equal(duties.heading?.text, 'ESSENTIAL DUTIES AND RESPONSIBILITIES');
  assert.equal(duties.heading?.inlineContent?.text, 'include the following. Other duties may be assigned.');
});

test('sub-headings: job-description factors nest under their section with its kind, demand factors under working conditions', () => {
  const text = [
    'Teacher',
    '',
    'Essential Job Functions',
    '- Plans and delivers instruction.',
    '',
    'Budgetary Responsibility:',
    'NA',
    '',
    'Report Preparation:',
    'Prepares student progress reports.',
    '',
    'Physical Demands:',
    'Light work.',
    '',
    'Work Environment:',
    'Work is performed in a public school.',
    '',
    'WORKING CONDITIONS',
    'Mental Demands',
    'Meets deadlines.',
  ].join('\n');
  const p = parse(text);
  assert.deepEqual(outline(p), [
    [1, 'title', 1],
    [3, 'responsibilities', 1],
    [6, 'responsibilities', 2],
    [9, 'responsibilities', 2],
    [12, 'conditions', 1],
    [15, 'conditions', 2],
    [18, 'conditions', 1],
    [19, 'conditions', 2],
  ]);
  assert.equal(p.sections[2]!.parent, 1);
  assert.equal(p.sections[7]!.parent, 6);
  const symbols = documentSymbols(p);
  assert.deepEqual(symbols.map((s) => s.name), ['Teacher', 'Essential Job Functions', 'Physical Demands:', 'WORKING CONDITIONS']);
  const duties = symbols[1]!;
  assert.deepEqual(duties.children?.map((c) => c.name), ['Budgetary Responsibility:', 'Report Preparation:']);
  assert.equal(duties.range.end.line, 9, 'the parent symbol spans its sub-headings');
});

test('sub-headings: a heading whose content sits under its sub-headings is not empty', () => {
  const p = parse(['Teacher', '', 'Essential Job Functions', 'Report Preparation:', 'Prepares student progress reports.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'responsibilities', 1], [4, 'responsibilities', 2]]);
  assert.equal(p.sections[1]!.empty, false);
});

test('unheaded paragraphs: a blank-line-separated paragraph of another kind opens its own section', () => {
  const p = parse(
    [
      'Teacher',
      '',
      'Qualifications',
      '- A bachelor\'s degree in mathematics.',
      '',
      'Example County Public Schools offers a wide variety of benefits to employees, including health insurance.',
      '',
      '01',
      '',
      'Have you ever been convicted of a felony?',
      'Yes',
      'No',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'qualifications', 1], [6, 'benefits', 1], [8, 'other', 1]]);
});

test('unheaded duties: a verb-led list or paragraphs set apart that read as duties open the duties, whatever section is above', () => {
  const afterQualifications = parse(
    ['Paraprofessional', '', 'Qualifications', '- High school diploma or equivalent.', '- Keep TB testing current.', '', '', '1. Adjusts classroom activities and materials as the teacher directs.', '2. Gives tests, homework and make-up work to support teachers.', '3. Helps students with physical disabilities move between classes.'].join('\n'),
  );
  assert.deepEqual(outline(afterQualifications), [[1, 'title', 1], [3, 'qualifications', 1], [8, 'responsibilities', 1]]);
  const afterGoal = parse(
    ['Bus Driver', '', 'JOB GOAL:', 'To carry students safely to and from school.', '', '1. Carry out the pre-trip and post-trip safety checks every day and log any defect.', '2. Keep the bus clean inside and out: sweep it daily and wash it weekly.', '3. Follow all traffic laws and the district transportation rules.'].join('\n'),
  );
  assert.deepEqual(outline(afterGoal), [[1, 'title', 1], [3, 'summary', 1], [6, 'responsibilities', 1]]);
  const nurse = parse(
    ['School Nurse', '', 'Under general supervision, promotes the health of every student.', '', 'Monitors, assesses and treats students\' medical conditions; consults physicians as needed.', '', 'Gives prescription medications as the physician and parent direct, following district policy.', '', 'Collects and keeps student immunization records and prepares the required reports.'].join('\n'),
  );
  assert.deepEqual(outline(nurse), [[1, 'title', 1], [3, 'summary', 1], [5, 'responsibilities', 1]]);
});

test('unheaded duties: verb-led qualities set apart in the qualifications stay qualifications', () => {
  const qualities = parse(['Bus Driver', '', 'Qualifications', 'Must be 21 years of age.', '', '- Communicates well and keeps confidential matters private.', '- Drives with confidence and care in bad weather.', '- Likes children and keeps a positive outlook.'].join('\n'));
  assert.deepEqual(outline(qualities), [[1, 'title', 1], [3, 'qualifications', 1]]);
});

test('outline headings: lettered or Roman-numbered labels naming a kind are headings, right under the header fields too', () => {
  const lettered = parse(
    ['JOB TITLE: CUSTODIAN', 'Example School District 12-3', 'A. Education Level: High School Diploma', 'B. Experience Desired: One year of custodial work in a school or', 'a public building.', 'C. Physical Requirements: Able to lift 50 pounds and climb ladders.', 'D. Working Conditions: Exposed to cleaning chemicals, dust and', 'extreme temperatures.', 'E. Working Conditions: Some evening and weekend work.'].join('\n'),
  );
  assert.deepEqual(outline(lettered), [[1, 'title', 1], [2, 'header', 1], [3, 'education', 1], [4, 'experience', 1], [6, 'conditions', 1], [7, 'conditions', 1], [9, 'conditions', 1]]);
  const roman = parse(['Bus Driver', '', 'II. Qualifications: A valid CDL with passenger endorsement.', 'IV. Salary: $18.50 per hour, on the support staff schedule.'].join('\n'));
  assert.deepEqual(outline(roman).map((o) => o[1]), ['title', 'qualifications', 'salary']);
  // A name with an initial is no outline: "J. Smith: …" stays what it was.
  const initial = parse(['Teacher', '', 'Contact', 'J. Smith: call the office to apply.'].join('\n'));
  assert.ok(!initial.sections.some((x) => x.heading?.text.startsWith('J.')), JSON.stringify(outline(initial)));
});

test('wrapped lines: a line that goes on with the sentence above never opens a section', () => {
  const p = parse(['Custodian', '', 'Job Summary', 'Carries out custodial work that protects the building and keeps the', 'director of operations up to date on maintenance concerns.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'summary', 1]]);
});

test('kinds: a heading the catalog does not know takes its kind from its body; a catalog heading keeps its own', () => {
  const eeo = 'Example County Public Schools is an equal opportunity employer and does not discriminate on the basis of race, color, religion, sex, national origin, age or disability.';
  const p = parse(['Teacher', '', 'Responsibilities', '- Teaches classes.', '', 'OUR PROMISE:', eeo, '', 'Additional Information', eeo].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'responsibilities', 1], [6, 'eeo', 1], [9, 'other', 1]]);
  assert.equal(p.sections[2]!.empty, false, 'the paragraph is the heading\'s content, not a section of its own');
});

test('label over prose: a heading ending in a colon over a sentence that runs on is a heading; a field label over a short value is a field', () => {
  const heading = parse(['Teacher', '', 'Summary:', 'The teacher plans lessons for the', 'class every week.'].join('\n'));
  assert.deepEqual(outline(heading), [[1, 'title', 1], [3, 'summary', 1]]);
  assert.equal(heading.fields.length, 0);
  const unknown = parse(['Teacher', '', 'Job Goal:', 'to help every student learn to read well', '', 'Duties', '- Teaches.'].join('\n'));
  assert.deepEqual(unknown.fields, [], 'a sentence under a label that is no field label is no value');
  const field = parse(['Teacher', '', 'Reports To:', 'Building Principal', '', 'Duties', '- Teaches.'].join('\n'));
  assert.deepEqual(field.fields.map((f) => [f.key, f.value]), [['reports_to', 'Building Principal']]);
});

test('lone heading words: a line that is only a kind\'s word ("Salary") over its content is a heading, also right under the header lines; no field has an empty label', () => {
  const p = parse(['Teacher', '', 'Spokane Public Schools, Spokane, WA 99201', '', 'Salary', '$50,000 - $60,000 per year', '', 'Benefits', 'Medical, dental and a pension.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'header', 1], [5, 'salary', 1], [8, 'benefits', 1]]);
  const unknown = parse(['Teacher', '', 'Grades 6-8', 'Spokane Public Schools', '', 'Duties', '- Teaches.'].join('\n'));
  assert.ok(unknown.fields.every((f) => f.name.trim() !== ''), JSON.stringify(unknown.fields.map((f) => f.name)));
  assert.deepEqual(unknown.fields.map((f) => f.key), ['organization']);
});

test('glued fields: a label is split off a value only where a digit, a lower-case letter or a bracket runs into it', () => {
  const glued = parse(['Teacher', '', 'Posting ID: 552778290Posted: 2020-05-21'].join('\n'));
  assert.deepEqual(glued.fields.map((f) => [f.name, f.value, !!f.glued]), [['Posting ID', '552778290', false], ['Posted', '2020-05-21', true]]);
  const other = parse(['Teacher', '', 'Posted: 㐀Salary: none'].join('\n'));
  assert.ok(!other.fields.some((f) => f.glued), JSON.stringify(other.fields.map((f) => f.name)));
});

test('sub-headings: a short name over a list or a paragraph inside a section is a level-2 sub-heading of its kind; list items, addresses and a heading\'s value are not', () => {
  const p = parse(
    ['Custodian', 'Job Summary:', 'Leads the custodial team in every school building of the district.', 'Essential Duties and Responsibilities:', 'Leadership & Management', '- Supervises the custodial staff.', '', 'Planning and Operations', '', '- Keeps a maintenance schedule for every building.', '', 'Henrico, VA 23223', '', 'The district keeps every building clean and safe for students and staff all year.'].join('\n'),
  );
  assert.deepEqual(outline(p), [[1, 'title', 1], [2, 'summary', 1], [4, 'responsibilities', 1], [5, 'responsibilities', 2], [8, 'responsibilities', 2]]);
  assert.equal(p.sections[3]!.parent, 2);
  const numbered = parse(['Bus Driver', '', 'Performance Responsibilities:', '', '1.  Work Habits', '', '  • Keeps to work hours;', '  • Follows safety rules.', '', '2.  Work Performance', '', '  • Drives the route.'].join('\n'));
  assert.deepEqual(outline(numbered), [[1, 'title', 1], [3, 'responsibilities', 1], [5, 'responsibilities', 2], [10, 'responsibilities', 2]]);
  const value = parse(['Clerk', '', 'Closing Date:', 'Continuous', 'ASSIGNMENT: Several positions are open now, each one five and a half hours a day.'].join('\n'));
  assert.ok(!value.sections.some((s) => s.level === 2), JSON.stringify(outline(value)));
  const list = parse(['Teacher', '', 'Requirements', '', 'Federal Bureau of Investigation Criminal History', 'State Police Criminal History', 'Tuberculosis Screening', '', 'Every applicant must pass each of these checks before the first day of work.'].join('\n'));
  assert.ok(!list.sections.some((s) => s.level === 2), JSON.stringify(outline(list)));
});

test('sentence headings: a sentence ending in a colon that introduces background checks or documents to submit is a heading of that kind', () => {
  const p = parse(
    [
      'Teacher',
      '',
      'Requirements',
      '',
      'Must hold a Virginia teaching license.',
      '',
      'In addition to the on-line application, teacher applicants are required to submit:',
      '',
      'Transcripts',
      '',
      'Both undergraduate and graduate transcripts must be submitted with the application.',
      '',
      'Applicants considered for employment must successfully complete the following background investigations:',
      'State Police Criminal History Investigation',
    ].join('\n'),
  );
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'qualifications', 1], [7, 'how_to_apply', 1], [9, 'how_to_apply', 2], [13, 'conditions', 1]]);
});

test('field blocks: a job board\'s label/value lines after the posting are a header block, not a salary section', () => {
  const eeo = 'Example County Public Schools does not discriminate on the basis of race, color, national origin, sex or disability.';
  const p = parse(['Teacher', '', 'Duties', '- Teaches.', '', eeo, '', 'Minimum Salary', '', 'Maximum Salary', '', 'Currency', '', 'USD', '', 'Employment Status', '', 'Permanent Full-time'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'responsibilities', 1], [6, 'eeo', 1], [8, 'header', 1]]);
  assert.equal(p.fields.find((f) => f.key === 'employment_type')?.value, 'Permanent Full-time');
  const pay = parse(['Teacher', '', 'Duties', '- Teaches.', '', 'Salary: $45,000 - $52,000 per year', 'Location: Central Office', 'Posted: 2025-05-01', 'Closing Date: 2025-06-01'].join('\n'));
  assert.equal(pay.sections[2]!.kind, 'salary', 'the posting\'s own pay with its figure is not a board field block');
});

test('summary: JOB GOAL, objectives and a basic function state the summary; a list after the summary\'s prose is the duties', () => {
  const p = parse(['Bus Driver', '', 'JOB GOAL:', '', 'To carry students safely to and from school every day of the year.', '', '  1. Keeps the bus clean inside and out.', '  2. Keeps a log of every trip.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'summary', 1], [7, 'responsibilities', 1]]);
  const inline = parse(['Custodian', '', 'Reports To: Head Custodian', 'Primary Objectives of Position: To give students and staff a safe, clean and comfortable school.'].join('\n'));
  assert.deepEqual(outline(inline), [[1, 'title', 1], [3, 'header', 1], [4, 'summary', 1]]);
});

test('equal opportunity: a statement right under a heading of another kind is its own section; the employer\'s name with a cue word is no heading', () => {
  const eeo = 'Caroline County Public Schools prohibits discrimination in its programs and in employment on the basis of race, color, religion or sex.';
  const p = parse(['Teacher', '', 'ESSENTIAL FUNCTIONS:', '', eeo].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title', 1], [3, 'responsibilities', 1], [5, 'eeo', 1]]);
  const letter = parse(['Superintendent', '', 'Letter to Candidates:', 'The Board is looking for an experienced school leader for the district.', 'Sincerely,', 'Board of Education', 'Candidate Qualifications', '- Ten years of school leadership.'].join('\n'));
  assert.ok(!letter.sections.some((s) => s.kind === 'education'), JSON.stringify(outline(letter)));
});

test('title and document labels: a title with a colon past page text is the title; a document label under a block of fields starts the next one', () => {
  const p = parse(['You are viewing a preview of this job. Log in or register to view more details about this job.', '', 'Early Contract: Secondary Science Teacher', '', 'We are seeking science teachers for the next school year.'].join('\n'));
  assert.equal(p.title?.text, 'Early Contract: Secondary Science Teacher');
  assert.deepEqual(outline(p), [[1, 'other', 1], [3, 'title', 1], [5, 'summary', 1]]);
  const blocks = parse(['Job Opening Information Teacher Aide', '', 'Job Number', '2025-319', 'Position Start Date', '8/4/2025', 'Job Description', '', 'LOCATION: Central Office', 'SCHEDULE: 7:30 to 3:00'].join('\n'));
  assert.deepEqual(outline(blocks), [[1, 'title', 1], [3, 'header', 1], [7, 'header', 1]]);
});

test('a stray mark above everything else is in a section of its own; what follows reads as without it', () => {
  const body = ['', 'Custodian', 'Lakeview Schools', '', 'Job Summary', 'Keeps the building clean.'];
  for (const mark of ['    .', '|', '☐']) {
    const withMark = parse([mark, ...body].join('\n'));
    const without = parse(['', ...body].join('\n'));
    const covered = new Set<number>();
    for (const s of withMark.sections) for (let l = s.line; l <= s.endLine; l++) covered.add(l);
    assert.ok(covered.has(0), `${JSON.stringify(mark)} on line 1 is in no section`);
    assert.deepEqual(withMark.sections[0]!.endLine, 0);
    assert.deepEqual(
      withMark.sections.slice(1).map((s) => [s.kind, s.line]),
      without.sections.map((s) => [s.kind, s.line]),
    );
    assert.equal(withMark.title?.text, without.title?.text);
  }
});
