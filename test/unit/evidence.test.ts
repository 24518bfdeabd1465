// decideKind: heading evidence (the catalog) and content evidence (the trained classifier and
// the keyword rules) combined; contentKindScores for unheaded text; statesPay for what counts as pay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentKindScores, decideKind } from '../../server/src/model/evidence.ts';
import { contentKind, statesPay } from '../../server/src/model/classify.ts';
import { believesDuties } from '../../server/src/model/decide.ts';

const PHYSICAL = [
  'The work is performed in a classroom and requires standing and walking for long periods.',
  'Must be able to lift up to 50 pounds, bend, stoop and kneel.',
  'Frequent exposure to noise; occasional outdoor work in heat and cold.',
].join('\n');

test('an exact heading with a body of its own kind keeps its kind, with evidence in words', () => {
  const d = decideKind({ heading: 'Benefits', headingKind: 'benefits', body: 'Health, dental and vision insurance; paid time off; retirement plan.' });
  assert.equal(d.kind, 'benefits');
  assert.ok(d.confidence > 0.9);
  assert.match(d.evidence[0]!, /heading "Benefits" names benefits/);
});

test('an umbrella heading (duties) over a body of physical demands reads as conditions', () => {
  const d = decideKind({ heading: 'ESSENTIAL JOB FUNCTIONS', headingKind: 'responsibilities', body: PHYSICAL });
  assert.equal(d.kind, 'conditions');
  assert.ok(d.evidence.some((e) => e.includes('outweighs')));
});

test('an umbrella heading over duties stays responsibilities', () => {
  const body = ['- Plans and teaches daily lessons aligned to the curriculum', '- Assesses student progress and reports to parents', '- Maintains a safe and orderly classroom'].join('\n');
  assert.equal(decideKind({ heading: 'DUTIES', headingKind: 'responsibilities', body }).kind, 'responsibilities');
});

test('an unknown heading over physical demands reads as conditions; over nothing it is other', () => {
  assert.equal(decideKind({ heading: 'Physical and Mental Demands, Work Hazards', headingKind: null, body: PHYSICAL }).kind, 'conditions');
  assert.equal(decideKind({ heading: 'Lunch', headingKind: null, body: '' }).kind, 'other');
});

test('an empty heading keeps its kind unless the content was to decide it', () => {
  assert.equal(decideKind({ heading: 'Benefits', headingKind: 'benefits', body: '' }).kind, 'benefits');
  assert.equal(decideKind({ heading: 'About the job', headingKind: 'summary', body: '' }).kind, 'other');
});

test('title and header stay what the segmenter says', () => {
  assert.equal(decideKind({ heading: 'Job Number', headingKind: 'header', body: '12345' }).kind, 'header');
});

test('an unheaded equal-opportunity paragraph reads as eeo', () => {
  const body = 'The District is an equal opportunity employer and does not discriminate on the basis of race, color, religion, sex, national origin, age or disability in employment.';
  assert.equal(decideKind({ heading: null, headingKind: null, body }).kind, 'eeo');
  const scores = contentKindScores(body);
  assert.equal(scores.kind, 'eeo');
  const sum = Object.values(scores.probabilities).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - 1) < 1e-9);
});

test('pay is a figure with pay words, not a fee or a count of days', () => {
  assert.equal(statesPay('$51,657 to $73,518 per year'), true);
  assert.equal(statesPay('Pay rate: $18.50 per hour'), true);
  assert.equal(statesPay('Substitutes earn $120 per day.'), true);
  assert.equal(statesPay('Salary according to School Board Pay Plan'), true);
  assert.equal(statesPay('A $49 fingerprinting fee is paid by the applicant.'), false);
  assert.equal(statesPay('The cost of the background check is $50.'), false);
  assert.equal(statesPay('Contract: 260 days per year'), false);
  assert.equal(statesPay('Days: 226'), false);
  assert.equal(statesPay('FLSA Status: Exempt'), false);
});

test('the old content rules no longer call a fee or a day count pay', () => {
  assert.notEqual(contentKind('Applicants pay a $49 fingerprinting fee.'), 'salary');
  assert.notEqual(contentKind('This is a 12-month position, 260 days per year.'), 'salary');
  assert.equal(contentKind('Salary: $45,000 - $60,000 per year'), 'salary');
});

test('verb-led lines read as duties when the duties hold most of what is not summary: summaries share the duties’ words', () => {
  // Split between summary and duties: the job's work either way, and lines that open on verbs are no summary.
  assert.equal(believesDuties({ responsibilities: 0.4, summary: 0.5, qualifications: 0.1 }), true);
  // Summary and requirements: the duties' share of the rest is too small.
  assert.equal(believesDuties({ responsibilities: 0.15, summary: 0.5, qualifications: 0.35 }), false);
  // No summary share: the duties need half.
  assert.equal(believesDuties({ responsibilities: 0.45, conditions: 0.55 }), false);
  assert.equal(believesDuties({ responsibilities: 0.55, conditions: 0.45 }), true);
});

test('a short list whose lines each open on a verb is duties, under a heading the catalog does not know', () => {
  const d = decideKind({ heading: 'The aide will:', headingKind: null, body: '- Walks children to the bus.\n- Wipes the lunch tables.' });
  assert.equal(d.kind, 'responsibilities');
  assert.ok(d.evidence.some((e) => /keyword rules read the body as responsibilities/.test(e)), d.evidence.join('; '));
  // One verb-led line among others is no such list.
  const mixed = decideKind({ heading: 'The aide will:', headingKind: null, body: '- Walks children to the bus.\n- A high school diploma.' });
  assert.notEqual(mixed.kind, 'responsibilities');
});
