// Reading classes added as whole classes, each tested with text written for the test: heading words
// (server/src/model/catalog.ts: a classification's DEFINITION is its summary, environmental factors
// are working conditions, a board page's tab headings), lost link text as page text, and calls to apply (model/body.ts, classify.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindForHeading } from '../../server/src/model/catalog.ts';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';

const outline = (p: Posting) => p.sections.map((s) => [s.line + 1, s.kind]);

test('definition headings: a classification\'s DEFINITION and its variants name the summary; a glossary does not', () => {
  for (const h of ['DEFINITION', 'Definition', 'CLASS DEFINITION', 'Position Definition', 'Job Definition', 'General Definition', 'Classification Definition', 'Definition of Position']) {
    assert.equal(kindForHeading(h)?.kind, 'summary', h);
  }
  for (const h of ['Definitions', 'Definition of Terms']) assert.equal(kindForHeading(h), null, h);
  const p = parse(['Groundskeeper II', '', 'DEFINITION', 'Keeps the lawns, fields and planted beds of several campuses in good order and does related work.', '', 'EXAMPLES OF DUTIES', '- Mows and edges the athletic fields.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'summary'], [6, 'responsibilities']]);
  const inline = parse(['Groundskeeper II', '', 'Definition:   Keeps the lawns and fields of the district in good order and does related work as assigned.'].join('\n'));
  assert.deepEqual(outline(inline), [[1, 'title'], [3, 'summary']]);
});

test('environment headings: environmental factors and conditions are the working conditions', () => {
  for (const h of ['Environmental Factors', 'ENVIRONMENTAL CONDITIONS', 'Working Environment']) assert.equal(kindForHeading(h)?.kind, 'conditions', h);
  const p = parse(['Custodian', '', 'Duties', '- Cleans classrooms.', '', 'Environmental Factors', 'Works indoors and outdoors, sometimes in heat or cold, and around cleaning chemicals.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'responsibilities'], [6, 'conditions']]);
});

test('lost link text: "Click here to …" without its address is page text after the section, not its content', () => {
  const summary = ['Reading Tutor', '', 'Job Summary', 'The tutor works with small groups of second graders on phonics and fluency every morning.'];
  const lost = parse([...summary, 'Click here to watch a short video about our tutoring program!'].join('\n'));
  assert.deepEqual(outline(lost), [[1, 'title'], [3, 'summary'], [5, 'other']]);
  // With the address on the line the link is still there: the line is the summary's.
  const kept = parse([...summary, 'Click here to watch a short video: https://example.org/tutors'].join('\n'));
  assert.deepEqual(outline(kept), [[1, 'title'], [3, 'summary']]);
  // "Click here to apply" is the way to apply, its link lost or not.
  const apply = parse([...summary, 'Click here to apply for this position.'].join('\n'));
  assert.deepEqual(outline(apply), [[1, 'title'], [3, 'summary'], [5, 'how_to_apply']]);
});

test('how to apply: a call to apply among the header fields, and application instructions after other content, are how to apply', () => {
  for (const call of ['Click here to apply: https://jobs.example.org/12', 'To Apply: visit the district jobs page']) {
    const p = parse(['Crossing Guard', '', 'Location: Pine Street Elementary', 'Hours: 7:30 to 8:30 and 2:45 to 3:45', call, '', 'Job Summary', 'Helps children cross the street safely before and after school.'].join('\n'));
    assert.deepEqual(outline(p), [[1, 'title'], [3, 'header'], [5, 'how_to_apply'], [7, 'summary']], call);
  }
  // A closing date for applications is still a header fact.
  const dated = parse(['Crossing Guard', '', 'Location: Pine Street Elementary', 'Closing Date for Applications: May 2, 2026', '', 'Job Summary', 'Helps children cross the street safely.'].join('\n'));
  assert.deepEqual(outline(dated), [[1, 'title'], [3, 'header'], [6, 'summary']]);
  for (const line of ['Application materials are due by April 30; late packets are not read.', 'Attach your resume and two letters of reference to the online form.', 'Online applications only.', 'Open until filled. Review of applications will begin on March 1.']) {
    const p = parse(['Crossing Guard', '', 'Job Summary', 'Helps children cross the street safely before and after school.', '', line].join('\n'));
    assert.deepEqual(outline(p), [[1, 'title'], [3, 'summary'], [6, 'how_to_apply']], line);
  }
});

test('pay set apart: a pay paragraph after the summary is the pay section; under a catch-all heading, or after pay already stated, it stays', () => {
  const summary = ['Van Driver', '', 'Job Summary', 'Drives students with special needs to and from school in a district van.', ''];
  const pay = 'Drivers start at $24.50 per hour; trainees are paid $18 per hour.';
  assert.deepEqual(outline(parse([...summary, pay].join('\n'))), [[1, 'title'], [3, 'summary'], [6, 'salary']]);
  const catchAll = parse(['Van Driver', '', 'Additional Information', 'The route runs on school days only.', '', pay].join('\n'));
  assert.deepEqual(outline(catchAll), [[1, 'title'], [3, 'other']]);
});

test('a list ends at a paragraph: right after the last item, a paragraph of benefits or pay opens its own section', () => {
  const list = ['Art Teacher', '', 'Qualifications', '- A valid state teaching license in art', '- A bachelor\'s degree'];
  const p = parse([...list, 'Our benefits package includes health, dental and vision insurance and a state pension.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'qualifications'], [6, 'benefits']]);
  // A paragraph of the list's own kind stays in it.
  const same = parse([...list, 'Candidates finishing a degree this spring may apply.'].join('\n'));
  assert.deepEqual(outline(same), [[1, 'title'], [3, 'qualifications']]);
});

test('a heading glued onto the end of a paragraph starts its section on the next line', () => {
  const intro = ['Kitchen Helper', '', 'Job Summary', 'The helper assists the cafeteria manager with meals for two schools. The work is busy and fast. Essential Functions'];
  const p = parse([...intro, 'Washes produce, sets out trays and serves students at the lunch line every school day.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'summary'], [5, 'responsibilities']]);
  const caps = parse(['Kitchen Helper', '', 'Job Summary', 'The helper assists the cafeteria manager with meals for two schools. DUTIES AND RESPONSIBILITIES:', '- Washes produce.', '- Serves students.'].join('\n'));
  assert.deepEqual(outline(caps), [[1, 'title'], [3, 'summary'], [5, 'responsibilities']]);
  // A last sentence that merely starts with capitals is no heading ("… two schools. Hold a Food Handler Card").
  const sentence = parse(['Kitchen Helper', '', 'Job Summary', 'The helper assists the cafeteria manager with meals for two schools. Works Closely With Staff', 'Students and staff rely on the helper at every lunch period of the school year.'].join('\n'));
  assert.deepEqual(outline(sentence), [[1, 'title'], [3, 'summary']]);
});

test('a rule line set apart by blank lines divides the posting; a setext underline right under its text does not', () => {
  const p = parse(['Bus Aide', '', 'Job Summary', 'Rides the bus with students and helps the driver keep order.', '', '________________________', '', 'Openings at several schools; the route is chosen at the interview.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'summary'], [6, 'other'], [8, 'other']]);
  const underline = parse(['Bus Aide', '', 'Job Summary', 'Rides the bus with students and helps the driver keep order.', '===================='].join('\n'));
  assert.deepEqual(outline(underline), [[1, 'title'], [3, 'summary']]);
});

test('tab headings: a board page\'s "The Position" / "The Candidate" name the summary and the qualifications', () => {
  for (const [h, k] of [['The Position', 'summary'], ['THE JOB', 'summary'], ['The Candidate', 'qualifications'], ['The Ideal Candidate', 'qualifications'], ['The Successful Candidate', 'qualifications']] as const) {
    assert.equal(kindForHeading(h)?.kind, k, h);
  }
  const p = parse(['Library Clerk', '', 'The Position', '', 'Checks books in and out and keeps the shelves of the middle school library in order.', '', 'The Candidate', '', '- High school diploma.', '- A year of office work.'].join('\n'));
  assert.deepEqual(outline(p), [[1, 'title'], [3, 'summary'], [7, 'qualifications']]);
});
