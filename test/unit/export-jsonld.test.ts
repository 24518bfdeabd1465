// JobPosting JSON-LD: the acceptance facts for seed 001, every seed against the schema-dts
// types (compile time), Google's required fields (a JSON Schema checked with ajv, and the
// structural validator), and the extraction helpers on the date, pay, degree and years styles
// postings use. What a posting does not state must be reported missing, never invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { JobPosting, WithContext } from 'schema-dts';
import { analyze } from '../../server/src/analysis.ts';
import { parseDate } from '../../server/src/facts/dates.ts';
import { jobFacts } from '../../server/src/export/facts.ts';
import { exportPosting } from '../../server/src/export/index.ts';
import { toJsonLd } from '../../server/src/export/jsonld.ts';
import { extractEducation, extractExperience } from '../../server/src/export/requirements.ts';
import { extractSalary } from '../../server/src/export/salary.ts';
import { validateJobPosting } from '../../server/src/export/validate.ts';
import { parse } from '../../server/src/model/parse.ts';
import { assertLinear } from '../props/inputs.ts';

const root = join(import.meta.dirname, '..', '..');
const seedFiles = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seed = (prefix: string) => readFileSync(join(root, 'seeds', seedFiles.find((f) => f.startsWith(prefix))!), 'utf8');
const googleSchema = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'google-jobposting.schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const validateGoogle = ajv.compile(googleSchema);

function exportOf(text: string): { data: WithContext<JobPosting>; missing: ReturnType<typeof toJsonLd>['missing'] } {
  const a = analyze(text, { today: '2025-06-01' });
  // Compile-time check: the export is a schema-dts JobPosting with its @context.
  const result = toJsonLd(a.posting, a.profile);
  const data: WithContext<JobPosting> = result.data;
  return { data, missing: result.missing };
}

type Json = Record<string, unknown>;
const obj = (v: unknown) => v as Json;

test('seed 001: the acceptance facts of the JSON-LD export', () => {
  const { data, missing } = exportOf(seed('001_'));
  assert.equal(data['@context'], 'https://schema.org');
  assert.equal(data['@type'], 'JobPosting');
  assert.equal(data.title, 'Executive Director, Instructional Systems & Supports');
  assert.equal(data.datePosted, '2025-04-18');
  assert.deepEqual(data.hiringOrganization, { '@type': 'Organization', name: 'Chicago Public Schools' });
  assert.deepEqual(data.baseSalary, {
    '@type': 'MonetaryAmount',
    currency: 'USD',
    value: { '@type': 'QuantitativeValue', minValue: 115000, maxValue: 153000, unitText: 'YEAR' },
  });
  assert.deepEqual(data.educationRequirements, { '@type': 'EducationalOccupationalCredential', credentialCategory: 'postgraduate degree' });
  assert.deepEqual(data.experienceRequirements, { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 84 });
  assert.deepEqual(data.identifier, { '@type': 'PropertyValue', name: 'Chicago Public Schools', value: '250000GU' });
  assert.equal(data.employmentType, 'FULL_TIME');
  const address = obj(obj(data.jobLocation).address);
  assert.equal(address.addressRegion, 'IL');
  assert.equal(address.addressCountry, 'US');
  // The ZIP code and the closing date are not in the posting: reported, not invented.
  assert.equal(address.postalCode, undefined);
  assert.equal(data.validThrough, undefined);
  const fields = missing.map((m) => m.field);
  assert.ok(fields.includes('jobLocation.address.postalCode'), fields.join(', '));
  assert.ok(fields.includes('validThrough'), fields.join(', '));
  assert.ok(missing.every((m) => m.level !== 'required'), 'seed 001 has every required field');
});

test('seed 001: the description is the posting body as <p>/<ul>/<li>, without job-board text', () => {
  const { data } = exportOf(seed('001_'));
  const html = String(data.description);
  assert.match(html, /^<p>/);
  assert.match(html, /<ul><li>Develop and oversee CPS’ Credit Recovery/);
  assert.match(html, /Master&#39;s degree from an accredited college/);
  for (const junk of ['Read Full Description', 'Discover Similar Jobs', 'Suggested Articles', 'Confirmed 7 hours ago']) assert.ok(!html.includes(junk), junk);
  const tags = new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
  assert.deepEqual([...tags].sort(), ['li', 'p', 'ul']);
});

for (const file of seedFiles) {
  test(`seed ${file}: the export validates against Google's required fields, or lists what is missing`, () => {
    const { data, missing } = exportOf(readFileSync(join(root, 'seeds', file), 'utf8'));
    const requiredMissing = missing.filter((m) => m.level === 'required').map((m) => m.field);
    const problems = validateJobPosting(data);
    // Every structural problem is a required field the posting lacks (and was reported as such).
    for (const p of problems) assert.ok(requiredMissing.some((f) => p.includes(f)), `unreported problem: ${p}`);
    // Against the JSON Schema: valid as soon as the missing required fields are supplied.
    const filled: Json = { ...data };
    if (requiredMissing.includes('datePosted')) filled.datePosted = '2025-01-01';
    if (requiredMissing.includes('jobLocation')) filled.jobLocation = { '@type': 'Place', address: { '@type': 'PostalAddress', addressRegion: 'IL' } };
    if (requiredMissing.includes('hiringOrganization')) filled.hiringOrganization = { '@type': 'Organization', name: 'X' };
    const ok = validateGoogle(filled);
    assert.ok(ok, JSON.stringify(validateGoogle.errors, null, 2));
    assert.deepEqual(validateJobPosting(filled), []);
    // Never a job board as the employer; never a street address that the text does not hold.
    assert.doesNotMatch(String(obj(data.hiringOrganization ?? {}).name ?? ''), /indeed|linkedin|ziprecruiter|higher education network/i);
    const street = obj(obj(data.jobLocation ?? {}).address ?? {}).streetAddress;
    if (street !== undefined) assert.ok(readFileSync(join(root, 'seeds', file), 'utf8').includes(String(street)), `invented street ${street}`);
    else assert.ok(missing.some((m) => m.field === 'jobLocation.address.streetAddress' || m.field === 'jobLocation'));
  });
}

test('the other seeds: titles, employers, degrees and years', () => {
  const s0 = exportOf(seed('000_')).data;
  assert.equal(s0.datePosted, '2020-05-21');
  assert.deepEqual(s0.employmentType, ['FULL_TIME', 'PART_TIME']);
  assert.equal(obj(s0.educationRequirements).credentialCategory, 'bachelor degree'); // "Masters degree preferred" is not required
  assert.equal(obj(s0.experienceRequirements).monthsOfExperience, 36);
  assert.deepEqual(obj(obj(s0.jobLocation).address), { '@type': 'PostalAddress', addressLocality: 'Chicago', addressRegion: 'IL', addressCountry: 'US' });
  const s3 = exportOf(seed('003_'));
  assert.equal(s3.data.title, 'Chief Schools Officer');
  assert.equal(s3.data.datePosted, '2020-01-07');
  assert.equal(obj(s3.data.hiringOrganization).name, 'School District of Philadelphia');
  assert.ok(s3.missing.some((m) => m.field === 'baseSalary'));
  assert.ok(!String(s3.data.description).includes('Peer Advocate Benefits Specialist'), 'related-job list left in the description');
  const s4 = exportOf(seed('004_')).data;
  assert.equal(s4.title, 'Executive Director of Instruction and School Leadership');
  assert.equal(obj(obj(s4.baseSalary).value).value, 183818);
  assert.equal(obj(obj(s4.baseSalary).value).unitText, 'YEAR');
  assert.equal(obj(s4.educationRequirements).credentialCategory, 'postgraduate degree');
  assert.equal(obj(s4.experienceRequirements).monthsOfExperience, 60);
  assert.equal(obj(obj(s4.jobLocation).address).addressRegion, 'MA');
});

test('dates: the styles postings write, to ISO 8601', () => {
  assert.equal(parseDate('Apr 18, 2025, 5:36:37 PM'), '2025-04-18');
  assert.equal(parseDate('January 7, 2020'), '2020-01-07');
  assert.equal(parseDate('2020-05-21'), '2020-05-21');
  assert.equal(parseDate('04/18/2025'), '2025-04-18');
  assert.equal(parseDate('01-08-16'), '2016-01-08');
  assert.equal(parseDate('18 April 2025'), '2025-04-18');
  assert.equal(parseDate('Sept. 3rd, 2024'), '2024-09-03');
  assert.equal(parseDate('posted 30+ days ago'), null);
  assert.equal(parseDate('02/30/2025'), null);
  assert.equal(parseDate('13/14/2025'), null);
});

function posting(text: string) {
  return parse(text);
}

test('pay: ranges, single figures, units and open-ended wording', () => {
  const hourly = extractSalary(posting('Paraprofessional\n\nSalary: $18.50 - $22.00 per hour\n'));
  assert.deepEqual([hourly?.minValue, hourly?.maxValue, hourly?.unit], [18.5, 22, 'HOUR']);
  const upTo = extractSalary(posting('Teacher\n\nSalary: up to $90,000 annually\n'));
  assert.equal(upTo?.maxValue, 90000);
  assert.equal(upTo?.minValue, undefined);
  assert.equal(upTo?.openEnded, 'max');
  assert.equal(upTo?.unit, 'YEAR');
  assert.equal(extractSalary(posting('Teacher\n\nResponsibilities\n- Teach students\n')), null);
  const data = toJsonLd(posting('Teacher\n\nSalary: up to $90,000 annually\n')).missing.map((m) => m.field);
  assert.ok(data.includes('baseSalary.value.minValue'));
});

test('education: the lowest degree required; preferred degrees are not requirements', () => {
  const ed = (body: string) => extractEducation(posting(`Teacher\n\nEducation Required:\n${body}\n`))?.credentialCategory ?? null;
  assert.equal(ed("- Bachelor's degree in education required"), 'bachelor degree');
  assert.equal(ed("- Master's degree in educational leadership"), 'postgraduate degree');
  assert.equal(ed('- Doctorate in education'), 'postgraduate degree');
  assert.equal(ed("- Bachelor's degree required; Master's degree preferred."), 'bachelor degree');
  assert.equal(ed('- High school diploma or GED'), 'high school');
  assert.equal(ed("- Associate's degree in early childhood education"), 'associate degree');
  assert.equal(ed("- Master's degree preferred"), null);
});

test('experience: the main minimum requirement in months, never 0', () => {
  const ex = (body: string) => extractExperience(posting(`Teacher\n\nExperience Required:\n${body}\n`))?.monthsOfExperience ?? null;
  assert.equal(ex('- Minimum of seven (7) years of relevant experience'), 84);
  assert.equal(ex('- 3+ years of teaching experience'), 36);
  assert.equal(ex('- Two to three years of experience'), 24);
  assert.equal(ex('- Six months of experience working with students'), 6);
  assert.equal(ex('- Five (5) years of experience as a principal is preferred'), null);
  assert.equal(ex('- Experience with students'), null);
});

test('pay and dates in the title line are not the title', () => {
  assert.equal(jobFacts(posting('Math Teacher - $50,000 - 2025-04-18\n\nDuties\n- Teach\n')).title?.value, 'Math Teacher');
  const r = toJsonLd(posting('Teacher $50,000\n\nDuties\n- Teach\n'));
  assert.ok(r.missing.some((m) => m.field === 'title' && /job title only/.test(m.message)));
});

test('a job board is never the hiring organization; nothing is invented for an empty posting', () => {
  const facts = jobFacts(posting('Math Teacher\nOrganization: Indeed\n\nDuties\n- Teach\n'));
  assert.equal(facts.organization, undefined);
  const empty = toJsonLd(posting(''));
  assert.deepEqual(Object.keys(empty.data).sort(), ['@context', '@type']);
  for (const f of ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation']) {
    assert.ok(empty.missing.some((m) => m.field === f && m.level === 'required'), f);
  }
});

test('exportPosting: jsonld is the JSON text of the JobPosting; html and markdown carry the same missing list', () => {
  const a = analyze(seed('001_'), { today: '2025-06-01' });
  const json = exportPosting(a, 'jsonld');
  assert.equal(json.language, 'json');
  assert.deepEqual(JSON.parse(json.content), toJsonLd(a.posting, a.profile).data);
  assert.deepEqual(json.problems, []);
  assert.deepEqual(exportPosting(a, 'html').missing, json.missing);
  assert.equal(exportPosting(a, 'markdown').language, 'markdown');
});

test('property: any text exports without throwing, and the JSON-LD only fails on fields it reports missing', async () => {
  const fc = (await import('fast-check')).default;
  const line = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('Posting Date: 04/18/2025', 'Salary: $50,000 - $60,000', 'Location: Denver, CO 80202', '- Bachelor’s degree required', '- 3+ years of experience', 'Closing Date: January 7, 2026', 'Employment Type: Part-time', '<script>x</script>', 'Job Number: 12-34'),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
      const a = analyze(lines.join('\n'), { today: '2025-06-01' });
      const { data, missing } = toJsonLd(a.posting, a.profile);
      const required = missing.filter((m) => m.level === 'required').map((m) => m.field);
      for (const p of validateJobPosting(data)) assert.ok(required.some((f) => p.includes(f)), p);
      assert.ok(!String(data.description ?? '').includes('<script'));
      exportPosting(a, 'html');
      exportPosting(a, 'markdown');
    }),
    { numRuns: 150 },
  );
});

test('exporting a large posting grows linearly with its size', () => {
  const seed = readFileSync(join(root, 'seeds', seedFiles[1]!), 'utf8');
  assertLinear(
    (n) => seed.repeat(n),
    (a: ReturnType<typeof analyze>) => {
      exportPosting(a, 'jsonld');
      exportPosting(a, 'html');
    },
    10,
    'export: ',
    3,
    (text) => analyze(text, { today: '2025-06-01' }),
  );
});

test('hiringOrganization: the district that opens the about-the-district paragraph, when nothing else names it', () => {
  const named = ['# Teacher', '', '## About Us', 'Denver Public Schools is one of the fastest growing districts in Colorado.', '', '## Duties', '- Teach'].join('\n');
  assert.equal(obj(exportOf(named).data.hiringOrganization).name, 'Denver Public Schools');
  const unnamed = ['# Teacher', '', '## About Us', 'Our district is one of the fastest growing in Colorado.', '', '## Duties', '- Teach'].join('\n');
  assert.equal(exportOf(unnamed).data.hiringOrganization, undefined);
  assert.ok(exportOf(unnamed).missing.some((m) => m.field === 'hiringOrganization'));
});
