// Presence by content (facts/presence.ts): where a posting states each kind, read from the parsed
// posting; the report and missing-section judge from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import { presenceOf } from '../../server/src/facts/presence.ts';
import { analyze } from '../../server/src/analysis.ts';
import { buildReport } from '../../server/src/report/model.ts';
import { doc } from '../rules/helpers.ts';

function where(text: string, kind: string): string[] {
  return (presenceOf(parse(text)).statements.get(kind as never) ?? []).map((s) => `${s.where}@${s.line + 1}`);
}

test('presence: a kind in its own section, inside another section, or in a field', () => {
  const text = doc(
    'Custodian',
    'Salary: $18.50 per hour',
    '',
    'Qualifications',
    '- High school diploma or GED.',
    '- Must reside within the boundaries of the city.',
    '',
    'Education',
    '- High school diploma.',
  );
  assert.deepEqual(where(text, 'salary'), ['field@2']);
  assert.deepEqual(where(text, 'residency'), ['inside@6']);
  assert.ok(where(text, 'education').includes('section@8'), where(text, 'education').join());
  assert.ok(where(text, 'education').includes('inside@5'), where(text, 'education').join());
  const p = presenceOf(parse(text));
  assert.equal(p.first.get('salary')!.evidence, 'Salary: $18.50 per hour');
  assert.ok(p.missing.includes('eeo') && !p.present.includes('eeo'));
});

test("presence: a CDL is a license; an ordinary driver's license is not", () => {
  assert.equal(where(doc('Bus Driver', '', 'Requirements', '- Must hold a CDL with school bus endorsement.'), 'licensure').length, 1);
  assert.equal(where(doc('Bus Driver', '', 'Requirements', "- Must hold a Commercial Driver's License, Class B."), 'licensure').length, 1);
  assert.equal(where(doc('Courier', '', 'Requirements', "- Must hold a valid driver's license."), 'licensure').length, 0);
});

test('presence: text after an inline heading is read from its start', () => {
  const text = doc('Bus Driver', '', 'MINIMUM QUALIFICATIONS: 1. A high school diploma, or progress toward one. 2. Must be 21.');
  assert.equal(where(text, 'education').length, 1);
});

test('presence: analyze() shares one presence with the rules and reports present/missing from it', () => {
  const a = analyze(doc('Teacher', '', 'Salary', '$50,000 - $60,000 per year'), { today: '2026-06-01' });
  assert.equal(a.presence, presenceOf(a.posting));
  assert.deepEqual(a.present, a.presence.present);
  assert.deepEqual(a.missing, a.presence.missing);
});

test('report: a kind is ticked only where content of that kind is, with where and the evidence', () => {
  const text = doc(
    'Custodian',
    '',
    'Job Summary',
    'Keeps the school clean and safe.',
    '',
    'Salary',
    '',
    'Benefits',
    'Health and dental insurance, and a retirement plan.',
  );
  const r = buildReport(analyze(text, { today: '2026-06-01' }), { today: '2026-06-01' });
  const item = (k: string) => r.checklist.find((c) => c.kind === k);
  assert.equal(item('salary')?.present, false, 'an empty Salary heading is not pay');
  assert.equal(item('benefits')?.present, true);
  assert.equal(item('benefits')?.where, 'section');
  assert.equal(item('summary')?.evidence, 'Job Summary');
  assert.equal(item('education'), undefined, 'a custodian posting is not asked for a degree');
});

test('presence: a list of verb-led duties under another heading states responsibilities inside it', () => {
  // Duties under a goal, under qualifications, or going on after a summary's first sentence.
  const underGoal = doc(
    'Paraprofessional',
    '',
    'Qualifications:',
    '- High school diploma or equivalent.',
    '- Adjusts classroom activities, assignments and materials as the teacher directs.',
    '- Gives tests, homework and make-up work to support the teacher.',
    '- Helps students with physical disabilities move between classes.',
    '- Keeps instructional materials and student files in order.',
  );
  assert.deepEqual(where(underGoal, 'responsibilities'), ['inside@5']);
  const afterSummary = doc(
    'Office Assistant',
    '',
    'Summary',
    'The assistant supports the principal in running the school office.',
    'Answers questions from parents about school policies and procedures.',
    'Maintains student attendance records and prepares the daily reports.',
    'Processes payroll and orders supplies for the office.',
  );
  assert.equal(where(afterSummary, 'responsibilities').length, 1, where(afterSummary, 'responsibilities').join());
  const nurse = doc(
    'School Nurse',
    '',
    'Under general supervision, promotes the health of every student.',
    '',
    "Monitors, assesses and treats students' physical and medical conditions; consults physicians as needed.",
    '',
    'Gives prescription medications as the physician and parent direct, following district policy.',
    '',
    'Collects and keeps student immunization records and prepares the required reports.',
  );
  assert.equal(where(nurse, 'responsibilities').length, 1, where(nurse, 'responsibilities').join());
});

test('presence: a long list of duties in the third person states responsibilities even under a requirements intro', () => {
  // valid: what the job does, item after item, though the intro line says "should possess"
  // (the words fit requirements too: the content model alone puts duties first, short of its threshold)
  const items = [
    'Keeps up with new practice in school nursing through study and professional membership.',
    'Keeps student health records current, including immunizations and screening results.',
    'Plans and carries out the health screenings required by state rules and board policy.',
    'Gives first aid and emergency care to students and staff.',
    'Completes vision, hearing and scoliosis screenings and refers students who need follow-up.',
  ];
  const intro = 'Oak Valley Schools seeks a school nurse for next year. The successful candidate should possess the following:';
  const list = doc('School Nurse', '', intro, '', ...items.map((t, i) => `  ${i + 1}. ${t}`));
  assert.equal(where(list, 'responsibilities').length, 1, where(list, 'responsibilities').join());
  // invalid: as long a list of what the applicant knows and has is no duties list
  const knows = [
    'Knows the principles of school nursing and public health thoroughly.',
    'Has experience keeping student health records current.',
    'Demonstrates skill in giving first aid and emergency care.',
    'Knows the state rules for health screenings.',
    'Has a record of working well with physicians and families.',
  ];
  const qualities = doc('School Nurse', '', intro, '', ...knows.map((t, i) => `  ${i + 1}. ${t}`));
  assert.deepEqual(where(qualities, 'responsibilities'), []);
});

test('presence: one duty-like sentence, or verb-led lines about knowledge, are not a duties list', () => {
  const one = doc('Custodian', '', 'Summary', 'Keeps the school clean and safe for students and staff.');
  assert.deepEqual(where(one, 'responsibilities'), []);
  const knows = doc(
    'Teacher',
    '',
    'Qualifications',
    "- Bachelor's degree in education.",
    '- Knows the state learning standards well.',
    '- Knows how to use student data to plan lessons.',
  );
  assert.deepEqual(where(knows, 'responsibilities'), []);
});

test('presence: duties written as prose, sentence by sentence, state responsibilities inside', () => {
  // The jobholder named as subject, twice: the shape says duties (a district or board as subject does not).
  const jobholder = doc(
    'Preschool Teacher',
    '',
    'Job Summary:',
    '',
    'The Preschool Teacher gives specialized instruction to children aged 3-5.  The teacher writes and carries out IEPs, and works with families.',
  );
  assert.deepEqual(where(jobholder, 'responsibilities'), ['inside@5']);
  const asRole = doc(
    'Library Media Specialist',
    '',
    'As a teacher, the LMS works with the faculty on research units. As the information specialist, the LMS leads the choice of resources.',
  );
  assert.equal(where(asRole, 'responsibilities').length, 1);
  // Verb-led sentences run together in one paragraph: each sentence counts, and the model reads them as duties.
  const oneParagraph = doc(
    'Nutrition Service Worker',
    '',
    'Job Summary',
    'Heats, prepares and portions food using standard recipes. Runs commercial kitchen equipment such as ovens and mixers. Uses knives and other kitchen tools safely. Serves meals to students and staff. Keeps food preparation and serving areas clean. Washes dishes in the three-compartment sink.',
  );
  assert.equal(where(oneParagraph, 'responsibilities').length, 1);
});

test('presence: duties introduced as "tasks such as" in a summary state responsibilities inside', () => {
  const text = doc(
    'Library Aide',
    '',
    'Job Description',
    '',
    'Library aides help the librarian with tasks such as: shelving returned books, checking materials in and out, and reading to small groups.',
  );
  assert.deepEqual(where(text, 'responsibilities'), ['inside@5']);
  // skills named "such as" are not duties
  assert.deepEqual(where(doc('Library Aide', '', 'Job Description', '', 'Needs skills such as patience and care.'), 'responsibilities'), []);
});

test('presence: a closing date under the labels boards use ("Close:", "Expiration Date:") is read (a statement of when, not how)', () => {
  for (const label of ['Close', 'Expiration Date', 'Closing Date']) {
    const text = doc('Chancellor', '', 'Open: June 1, 2026', `${label}: Open until filled`, '', 'Overview', 'The district seeks a chancellor.');
    assert.deepEqual(where(text, 'how_to_apply'), ['field@4'], label);
  }
});

test('presence: how to apply is present only where a line says how or where to apply, not for a date or a bare "apply"', () => {
  const present = (text: string): boolean => presenceOf(parse(text)).present.includes('how_to_apply');
  // a closing date, in a field or a sentence, says when; the statement stays for the warning to quote
  const dateOnly = doc('Library Aide', 'Closing Date: 05/01/2027', '', 'Duties', '- Shelves books.');
  assert.equal(present(dateOnly), false);
  assert.deepEqual(where(dateOnly, 'how_to_apply'), ['field@2']);
  assert.equal(present(doc('Library Aide', '', 'Duties', '- Shelves books.', '', 'The application deadline is May 1.')), false);
  assert.equal(present(doc('Library Aide', '', 'Duties', '- Shelves books.', '', 'We encourage you to apply soon.')), false);
  // the same posting with a way, a place or documents to apply with
  assert.equal(present(doc('Library Aide', 'Closing Date: 05/01/2027', 'Mail a resume to the personnel office.', '', 'Duties', '- Shelves books.')), true);
  assert.equal(present(doc('Library Aide', '', 'Duties', '- Shelves books.', '', 'Apply online at careers.example.org before May 1.')), true);
});

test('presence: applicants told to upload or send something, or that applications are taken online only, are told how to apply', () => {
  const present = (line: string): boolean => presenceOf(parse(doc('Bus Aide', '', 'Duties', '- Rides the route.', '', line))).present.includes('how_to_apply');
  assert.equal(present('Applicants must upload a copy of their diploma with the application.'), true);
  assert.equal(present('Applicants should send three references to the transportation office.'), true);
  assert.equal(present('Applications for every route are taken online only.'), true);
  // requirements on applicants, or "online" about something else, are not ways to apply
  assert.equal(present('Applicants must hold a valid driver\'s license.'), false);
  assert.equal(present('Aides complete the online only safety course in August.'), false);
});

test('presence: a pay grade, band, rate or stipend field states pay by the scale; a grade taught does not', () => {
  const salary = (...lines: string[]): boolean => presenceOf(parse(doc('Payroll Clerk', ...lines, '', 'Duties', '- Keeps time sheets.'))).present.includes('salary');
  assert.equal(salary('Pay Grade: C-12'), true);
  assert.equal(salary('Department: Finance', 'Grade: 14'), true);
  assert.equal(salary('Department: Finance', 'Rate: Clerical Level 4'), true);
  assert.equal(salary('Department: Finance', 'Stipend: per the coaching schedule'), true);
  // the grade of the classroom, or an empty field, is no pay
  assert.equal(salary('Department: Finance', 'Grade: 3rd'), false);
  assert.equal(salary('Department: Finance', 'Grade: K-5'), false);
  assert.equal(salary('Department: Finance', 'Grade: Middle School'), false);
  assert.equal(salary('Department: Finance', 'Pay Grade:'), false);
});

test('presence: a posting run together on one line still states the kinds its glued headings name', () => {
  const line =
    'Teacher of Science HSJOB CODE: 1180DIVISION: InstructionREPORTS TO: PrincipalPRIMARY FUNCTION: Teaches science to students in grades nine through twelve and keeps records of their progress.' +
    'ESSENTIAL DUTIES:1. Plans lessons that follow the state standards. 2. Grades work and returns it promptly. 3. Meets parents when asked. 4. Supervises students during labs and field trips.' +
    ' Education: A degree in a science.';
  const text = doc('Teacher of Science', line);
  assert.deepEqual(where(text, 'responsibilities'), ['inside@2']);
  // a short line with a glued label is read as usual: no heading found inside it
  assert.deepEqual(where(doc('Teacher of Science', 'Notes: see ESSENTIAL DUTIES: below'), 'responsibilities'), []);
});

test('presence: prose about the district, or what the job is or needs, is not duties', () => {
  const district = doc(
    'Teacher',
    '',
    'Summary',
    'The district serves 37,000 students in 100 schools. The board plans to open two schools. This position requires a license. The principal is new to the building.',
  );
  assert.deepEqual(where(district, 'responsibilities'), []);
  const one = doc('Teacher', '', 'Summary', 'The teacher plans lessons for grade 3. The position will be posted until filled.');
  assert.deepEqual(where(one, 'responsibilities'), []);
  // Under a requirements heading, characteristics in the third person are not duties.
  const traits = doc('Aide', '', 'Qualifications', 'The aide works well with others. The aide shows good judgment.');
  assert.deepEqual(where(traits, 'responsibilities'), []);
});

test('presence: knowledge stated with a lead word ("Requires knowledge of", "Considerable knowledge of") is ksa', () => {
  for (const line of [
    'Requires knowledge of the concepts, principles and methods of instruction.',
    'Considerable knowledge of the principles of curriculum development.',
    'Regularly exhibit considerable knowledge of learning theory and best practices.',
    'Must have thorough knowledge of school bus safety rules.',
    'Possesses a working knowledge of office software.',
  ]) {
    assert.equal(where(doc('Teacher', '', 'Requirements', line), 'ksa').length, 1, line);
  }
  // A later sentence of the line that opens with knowledge or skills counts too.
  for (const line of [
    'A high school diploma is required. Food service experience is preferred. Must be able to read and follow recipes.',
    'Two years of college, or an associate degree. Bilingual candidates are welcome; Ability to work with young children is required.',
  ]) {
    assert.equal(where(doc('Cook', '', 'Requirements', line), 'ksa').length, 1, line);
  }
  // Knowledge the job passes on is not a requirement of the applicant.
  assert.deepEqual(where(doc('Teacher', '', 'Duties', 'Assists students in gaining knowledge of the subject.'), 'ksa'), []);
});

test('presence: a sentence summarising the job states the summary inside another section', () => {
  const supervision = doc(
    'Custodian',
    '',
    'Duties:',
    'Under general supervision, the Custodian does custodial tasks for an assigned school.',
    '- Cleans floors.',
  );
  assert.deepEqual(where(supervision, 'summary'), ['inside@4']);
  const seeking = doc(
    'School Nurse',
    '',
    'Details',
    'The Pittsford Central School District is looking for a School Nurse at Park Road Elementary.',
  );
  assert.equal(where(seeking, 'summary').length, 1);
  // Supervising others, or a district that is large, summarises nothing.
  const not = doc(
    'Principal',
    '',
    'Duties:',
    '- Supervises the office staff.',
    '- Works under pressure.',
    '',
    'About us',
    'The district is large and growing.',
  );
  assert.deepEqual(where(not, 'summary'), []);
});

test('presence: pay stated on a heading or title line counts; a bare pay heading, a bonus or a fee does not', () => {
  const body = ['', 'Duties', '- Drives the morning route.', '- Keeps the bus clean.'];
  assert.deepEqual(where(doc('Substitute Van Driver - $21.75 Per Hour', ...body), 'salary'), ['inside@1']);
  assert.equal(where(doc('Groundskeeper', '', 'Pay Commensurate With Training and Skills', '', ...body), 'salary').length, 1);
  assert.equal(where(doc('Groundskeeper', '', 'PAY GRADE 14', '', ...body), 'salary').length, 1);
  assert.equal(where(doc('Groundskeeper', '', 'Salary Range', '', ...body), 'salary').length, 0);
  assert.equal(where(doc('Groundskeeper', '', '$2,500 RETENTION BONUS', '', ...body), 'salary').length, 0);
  assert.equal(where(doc('Groundskeeper - $45 Fingerprinting Fee Applies', ...body), 'salary').length, 0);
});

test('presence: pay stated by what sets it, without a figure, counts; a count of days does not', () => {
  const head = ['Library Aide', '', 'Details'];
  assert.equal(where(doc(...head, 'Beginning pay depends on earlier years of library work.'), 'salary').length, 1);
  assert.equal(where(doc(...head, 'Salary and calendar to be set by the School Committee.'), 'salary').length, 1);
  assert.equal(where(doc(...head, 'The work year is 190 days, set by the board calendar.'), 'salary').length, 0);
  assert.equal(where(doc(...head, 'Placement on the team depends on the hiring interview.'), 'salary').length, 0);
});
