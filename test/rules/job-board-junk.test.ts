import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

test('job-board-junk: page text after the posting is one finding with a delete fix', () => {
  const text = doc(
    'Director',
    '',
    'Job Summary',
    'Leads the office.',
    'Read Full Description',
    'Confirmed 7 hours ago. Posted 30+ days ago.',
    '',
    'Discover Similar Jobs',
    '',
    'Suggested Articles',
  );
  const found = run('job-board-junk', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.equal(found[0]!.endLine, 10);
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Director', '', 'Job Summary', 'Leads the office.'));
});

test('job-board-junk: related-jobs list and newsletter blurb', () => {
  const text = doc(
    'Chief Schools Officer',
    'Reporting to the Superintendent, the officer leads the schools.',
    'More in "Job Opportunities"',
    '- Benefits Specialist, Some Association',
    '- Community Manager, Some Nonprofit',
    'Stay Current in the Nonprofit Sector',
    'We compile a weekly email with local events and job opportunities.',
  );
  const found = run('job-board-junk', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 3);
  assert.equal(found[0]!.endLine, 7);
});

test('job-board-junk: the scraped-title question, fixed to the title', () => {
  const text = doc(
    'What are the responsibilities and job description for the LSC Principal Supports Coordinator position at Chicago Public Schools?',
    'Job Summary',
    'Coordinates.',
  );
  const found = run('job-board-junk', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 1);
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits).split('\n')[0], 'LSC Principal Supports Coordinator');
});

test('job-board-junk: a posting that mentions a newsletter or similar positions passes', () => {
  const text = doc(
    'Teacher',
    '',
    'Equipment used includes: copy machine, computer (for newsletter articles, etc.)',
    'Similar positions in other departments may be posted later.',
  );
  assert.deepEqual(run('job-board-junk', text), []);
});

test('job-board-junk: the question fix keeps the parenthetical, and drops the organization only when another line names it', () => {
  const elsewhere = doc(
    'What are the responsibilities and job description for the Executive Director (Doherty and South Quadrants) position at Worcester Public Schools?',
    'LOCATION: Worcester Public Schools, Worcester, Massachusetts',
  );
  const a = run('job-board-junk', elsewhere)[0]!.fixes[0]!;
  assert.equal(a.safe, true);
  assert.equal(
    applyEdits(elsewhere, a.edits),
    doc('Executive Director (Doherty and South Quadrants)', 'LOCATION: Worcester Public Schools, Worcester, Massachusetts'),
  );
  const line = elsewhere.split('\n')[0]!;
  assert.deepEqual(
    a.removes!.map((r) => line.slice(r.start.character, r.end.character)),
    ['What are the responsibilities and job description for the ', ' position at Worcester Public Schools?'],
  );

  const alone = doc(
    'What are the responsibilities and job description for an Aide position at Chicago Public Schools ?',
    'Job Summary',
    'Helps.',
  );
  const b = run('job-board-junk', alone)[0]!.fixes[0]!;
  assert.equal(applyEdits(alone, b.edits), doc('Aide', 'Chicago Public Schools', 'Job Summary', 'Helps.'));
  assert.deepEqual(
    b.removes!.map((r) => alone.split('\n')[0]!.slice(r.start.character, r.end.character)),
    ['What are the responsibilities and job description for an ', ' position at ', ' ?'],
  );
});

test('job-board-junk: a related-jobs line that names the organization does not count as naming it elsewhere', () => {
  const text = doc(
    'What are the responsibilities and job description for the Aide position at Worcester Public Schools?',
    'Job Summary',
    'Helps students.',
    'Similar Jobs',
    '- Teacher, Worcester Public Schools',
  );
  const found = run('job-board-junk', text);
  const question = found.find((f) => f.kind === 'title')!.fixes[0]!;
  assert.equal(applyEdits(text, question.edits).split('\n').slice(0, 2).join('\n'), 'Aide\nWorcester Public Schools');
});

test('job-board-junk: an application form of screening questions is one finding, through its last junk line', () => {
  const text = doc(
    'Teacher',
    '',
    'Job Summary',
    'Teaches science.',
    '',
    '01',
    '',
    'Have you ever been convicted of a felony?',
    'Yes',
    'No',
    '',
    '02',
    'Has your teaching license ever been revoked? If not applicable, select "No."',
    'Yes',
    'No',
    '',
    '03',
    'If you answered yes, please explain.',
    '',
    'Required Question',
  );
  const found = run('job-board-junk', text);
  assert.deepEqual(
    found.map((f) => [f.line, f.endLine]),
    [[6, 20]],
  );
  assert.match(found[0]!.message, /Lines 6-20 are the application form's screening questions/);
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Teacher', '', 'Job Summary', 'Teaches science.', ''));
});

test('job-board-junk: page furniture above the title (logo text, breadcrumb, navigation label)', () => {
  for (const [text, expect] of [
    [doc('You are here', '', 'School Bus Driver', '', 'Organization: Colton School District', 'Drives routes.'), [1]],
    [doc('Site logo', '', 'Facilities Technician', '', 'Repairs equipment.'), [1]],
    [doc('M', '', 'Librarian (Elementary)', '', 'Mesquite ISD', 'Runs the library.'), [1]],
    [doc('Home » Application for Superintendent', '', 'Application for Superintendent', '', 'The board seeks a leader.'), [1]],
  ] as const) {
    assert.deepEqual(
      run('job-board-junk', text).map((f) => f.line),
      expect,
      text,
    );
  }
});

test("job-board-junk: the posting's own lines above the title pass (district, school, document label, category)", () => {
  for (const text of [
    doc('Granite School District', '', 'Cafeteria Worker', '', 'Serves lunch.'),
    doc('Job Posting', '', 'Custodian', '', 'Cleans the building.'),
    doc('JOB DESCRIPTION', '', 'Custodian', '', 'Cleans the building.'),
    doc('Lincoln High', '', 'Math Teacher', '', 'Teaches algebra.'),
    doc('Classified', '', 'Bus Driver', '', 'Drives routes.'),
    doc('Covington, GA', '', 'Bus Driver', '', 'Drives routes.'),
  ]) {
    assert.deepEqual(
      run('job-board-junk', text).map((f) => f.line),
      [],
      text,
    );
  }
});
ruleTable(
  'job-board-junk',
  {
    valid: [
      doc(
        'Teacher',
        '',
        'Equipment used includes: copy machine, computer (for newsletter articles, etc.)',
        'Similar positions in other departments may be posted later.',
      ),
      // a sentence with button words, a plus sign in a sentence, an age requirement: the posting's own
      doc('Bus Driver', '', 'Apply online and print the confirmation page.', 'Drivers must be 21 years old.', 'CPR + First Aid certificate required.'),
    ],
    invalid: [
      // a listing's age badge, expander marks and a row of button labels with their lost link
      {
        text: doc('Groundskeeper', '', '5 Days Old', '', 'Position Type: Grounds', '', 'Go Back Apply Now Share (https://jobs.example.org/share?id=12)', '+', '+', 'Mows and trims the school grounds.'),
        expect: ['5 Days Old', 'Go Back Apply Now Share (https://jobs.example.org/share?id=12)\n+\n+'],
      },
      {
        text: doc(
          'Director',
          '',
          'Job Summary',
          'Leads the office.',
          'Read Full Description',
          'Confirmed 7 hours ago. Posted 30+ days ago.',
          '',
          'Discover Similar Jobs',
          '',
          'Suggested Articles',
        ),
        expect: ['Read Full Description\nConfirmed 7 hours ago. Posted 30+ days ago.\n\nDiscover Similar Jobs\n\nSuggested Articles'],
        errors: [{ line: 5, messageId: 'junkLines', data: { first: 5, last: 10, text: 'Read Full Description' } }],
        output: doc('Director', '', 'Job Summary', 'Leads the office.'),
      },
      {
        // a related-jobs list and a newsletter blurb
        text: doc(
          'Chief Schools Officer',
          'Reporting to the Superintendent, the officer leads the schools.',
          'More in "Job Opportunities"',
          '- Benefits Specialist, Some Association',
          '- Community Manager, Some Nonprofit',
          'Stay Current in the Nonprofit Sector',
          'We compile a weekly email with local events and job opportunities.',
        ),
        expect: [
          'More in "Job Opportunities"\n- Benefits Specialist, Some Association\n- Community Manager, Some Nonprofit\nStay Current in the Nonprofit Sector\nWe compile a weekly email with local events and job opportunities.',
        ],
        errors: [{ line: 3, messageId: 'junkLines', data: { first: 3, last: 7, text: 'More in "Job Opportunities"' } }],
        output: doc('Chief Schools Officer', 'Reporting to the Superintendent, the officer leads the schools.'),
      },
      {
        // the scraped-title question: the organization, named nowhere else, moves to its own line
        text: doc(
          'What are the responsibilities and job description for an Aide position at Chicago Public Schools ?',
          'Job Summary',
          'Helps.',
        ),
        expect: ['What are the responsibilities and job description for an Aide position at Chicago Public Schools ?'],
        errors: [{ line: 1, messageId: 'question', data: { title: 'Aide' } }],
        output: doc('Aide', 'Chicago Public Schools', 'Job Summary', 'Helps.'),
      },
    ],
  },
  test,
);

test("job-board-junk: the board's interface text (banner, preview notice, navigation row, status lines, scrape time)", () => {
  for (const line of [
    'Welcome to the Illinois Education Job Bank where you can Search Openings, Save Resumes, and Apply Online for FREE!',
    'You are viewing a preview of this job. Log in or register to view more details about this job.',
    'Gathering your results ...',
    'View Our Website View All Jobs',
    'Employer Active',
    'Job Alert',
    'You will be updated with latest job alerts via email',
    '1 Vacancy',
    'Versions (Code/Database): / 4.7.25',
    '2024-11-10 07:54:18',
  ]) {
    const text = doc('Bus Driver', '', 'Duties', 'Drives routes.', '', line);
    assert.deepEqual(
      run('job-board-junk', text).map((f) => f.line),
      [6],
      line,
    );
  }
});

test("job-board-junk: the posting's own lines that share the board's words pass", () => {
  for (const line of [
    'Welcome to Lincoln Elementary, where every child is known by name.',
    'Register to attend the information session on March 3.',
    'Vacancy: 1 position at Lincoln High.',
    'Salary Not Disclosed',
    'The job search committee will review applications in May.',
    'Date Posted: 2024-11-10',
  ]) {
    const text = doc('Bus Driver', '', 'Duties', 'Drives routes.', '', line);
    assert.deepEqual(run('job-board-junk', text), [], line);
  }
});

test('job-board-junk: link text whose link was lost, and not when the address is there', () => {
  const lost = doc(
    'Teacher',
    '',
    'Click here to see a day in the life of a TCAPS teacher!',
    '',
    '[Website]',
    '',
    'FULL JOB DESCRIPTION: Link to Full Job Description',
  );
  const found = run('job-board-junk', lost);
  assert.deepEqual(
    found.map((f) => [f.line, f.messageId]),
    [
      [3, 'lostLink'],
      [5, 'lostLink'],
      [7, 'lostLink'],
    ],
  );
  assert.ok(found.every((f) => f.fixes.length === 0));
  for (const kept of [
    doc('Teacher', '', 'Click here to apply: https://colton.tedk12.com/hire/ViewJob.aspx?JobID=1252'),
    doc('Teacher', '', 'Click here to apply:', 'www.example.org/apply'),
    doc('Teacher', '', 'Questions? Click here to e-mail hr@district.k12.us.'),
    doc('Teacher', '', '[Insert school name]'),
  ]) {
    assert.deepEqual(run('job-board-junk', kept), [], kept);
  }
});

test("job-board-junk: the page's own furniture alone on a line: a long logo alt text, the print button, an expiry banner, a timestamp", () => {
  for (const [text, expect] of [
    [doc('Maple Valley Unified School District Logo', '', 'Library Aide', '', 'Shelves books and helps readers.'), [1]],
    [doc('Library Aide', '', 'Print', '', 'Library Aide', 'Shelves books and helps readers.'), [3]],
    [doc('This job has expired', '', 'Library Aide', '', 'Shelves books and helps readers.'), [1]],
    [doc('March 3, 2024 at 9:05 AM', '', 'Library Aide', '', 'Shelves books and helps readers.'), [1]],
  ] as const) {
    assert.deepEqual(
      run('job-board-junk', text).map((f) => f.line),
      expect,
      text,
    );
  }
});

test('job-board-junk: the same words inside a sentence, or a date with no time, are the posting\'s own', () => {
  for (const text of [
    doc('Graphic Designer', '', 'Designs the district logo and the print materials for each school.'),
    doc('Library Aide', '', 'Print and file the weekly circulation reports.'),
    doc('Library Aide', '', 'March 3, 2024', '', 'Shelves books and helps readers.'),
    doc('Library Aide', '', 'Shelves books. This posting is closed to outside applicants until May.'),
  ]) {
    assert.deepEqual(
      run('job-board-junk', text).map((f) => f.line),
      [],
      text,
    );
  }
});
