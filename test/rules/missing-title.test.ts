import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

const BODY = ['', 'Responsibilities', '- Supervise students during lunch.', '', 'Qualifications', '- High school diploma.'];

ruleTable('missing-title', {
  valid: [
    doc('School Bus Driver', ...BODY),
    doc('Job Posting', '', 'Paraprofessional - Special Education', ...BODY),
    doc('Job Title: Cafeteria Monitor', 'Location: Central Elementary', ...BODY),
    // a sentence announcing the job on the next line sets the title off, indented or not
    doc('Riverside Schools welcomes applications for the position of:', '   Coordinator of Student Services', ...BODY),
    // a title field the parser takes as a field further down still names the job
    doc('ONLY APPLY FOR THIS POSITION IF YOU PLAN TO BE A BUS DRIVER.', '- Training for a total of 40 hours at $8.00 per hour', 'CLASS TITLE : BUS DRIVER TRAINEE', ...BODY),
    doc('Post Date: Apr 12, 2024', 'Location:', '', 'Minneapolis, MN, US', '', 'Below is specific information for you to review about this position.', '', '', 'Job Title: Candidate Pool, School Cook and Requisition ID number: 99965', ...BODY),
    // the title stands alone below page chrome the parser kept above it (a menu bar, a school's phone and hours)
    doc('Careers   Sign In   Search Jobs   Help', '', 'Posting: Crossing Guard', 'Job Category: Support Staff', 'Closing Date: Open until filled', '', 'Guides children across the road before and after school.'),
    doc('  • 555-010-2288', '  • Mon - Fri 7:30a-3:30p | 12 Main St, Plainview, NE 68769', '', 'Head Custodian', '', 'Keeps the building clean and safe for students and staff.'),
    // LinkedIn's copy: the board shows the title above the text
    doc('About the job', '', 'General Description', 'Teaches mathematics to students in grades 9-12.', ...BODY),
    '',
  ],
  invalid: [
    // a job named only inside a field value, a wrapped requirement or a sentence is no title line
    {
      text: doc('QUALIFICATIONS:        Valid school counselor certification and a', '', '                        Master\'s degree in School Guidance', '', 'REPORTS TO:            Principal', '', 'Builds the school\'s guidance program.'),
      expect: ['QUALIFICATIONS:        Valid school counselor certification and a'],
    },
    {
      text: doc('JOB SUMMARY: This is a professional position that meets the instructional goals of the school.', '', 'QUALIFICATIONS:', '', 'ESSENTIAL FUNCTIONS:', '- Plans lessons.'),
      expect: ['JOB SUMMARY: This is a professional position that meets the instructional goals of the school.'],
      errors: [{ line: 1, messageId: 'missing' }],
    },
    {
      text: doc('Pennsylvania Act 86 of June, 2016, lets students currently enrolled in a qualifying teacher preparation program substitute teach.', 'To substitute, you must meet every criterion below:', '* You must be at least 18 years of age,', '* You must have earned 60 college credits so far.'),
      expect: ['Pennsylvania Act 86 of June, 2016, lets students currently enrolled in a qualifying teacher preparation program substitute teach.'],
      errors: [{ line: 1, messageId: 'missing' }],
    },
    {
      // an indented line under a sentence that does not announce a job is a wrapped value, not a title
      text: doc('Our office hours are listed below:', '   Coordinator of Student Services', ...BODY),
      expect: ['Our office hours are listed below:'],
      errors: [{ line: 1, messageId: 'missing' }],
    },
    {
      text: doc('The Board of Education is seeking candidates who are committed to excellence and the success of every student.', '', 'Candidates should hold a School District Leader certificate.', '', 'Applications are due March 1.'),
      expect: ['The Board of Education is seeking candidates who are committed to excellence and the success of every student.'],
      errors: [{ line: 1, messageId: 'missing' }],
    },
  ],
}, test);

test('missing-title: the fix inserts a title line to fill in above the text, after any front matter', () => {
  const first = 'Students in a teacher preparation program may substitute teach under Act 86.';
  const text = doc('---', 'profile: generic', '---', first, '* You must be at least 18 years of age.');
  const found = run('missing-title', text);
  assert.equal(found.length, 1);
  const fix = found[0]!.fixes[0]!;
  assert.equal(fix.snippet, true);
  assert.equal(applyEdits(text, fix.edits), doc('---', 'profile: generic', '---', '${1:Job title}', '', first, '* You must be at least 18 years of age.'));
});
