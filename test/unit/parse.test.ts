// The parser against the hand labels (seeds/labels.json), the 300-posting corpus, and styles the
// seeds do not show. Expectations come from the labels file itself, never from parser output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/model/parse.ts';
import { SECTION_KINDS, type Posting } from '../../server/src/model/posting.ts';

const root = join(import.meta.dirname, '..', '..');
const labels = JSON.parse(readFileSync(join(root, 'seeds', 'labels.json'), 'utf8')) as {
  postings: Record<string, { title: string; sections: Array<{ heading: string | null; line: number; kind: string }>; header_fields?: Record<string, string> }>;
};

function outline(p: Posting) {
  return p.sections.map((s) => ({ heading: s.heading?.text ?? null, line: s.line + 1, kind: s.kind }));
}

for (const [file, label] of Object.entries(labels.postings)) {
  const text = readFileSync(join(root, 'seeds', file), 'utf8');

  test(`seed ${file}: every labelled section, with its line, kind and heading`, () => {
    assert.deepEqual(outline(parse(text)), label.sections);
  });

  test(`seed ${file}: the job title`, () => {
    assert.equal(parse(text).title?.text, label.title);
  });

  test(`seed ${file}: CRLF and a BOM change nothing but offsets`, () => {
    const crlf = parse('\ufeff' + text.replace(/\n/g, '\r\n'));
    assert.deepEqual(outline(crlf), label.sections);
    assert.equal(crlf.eol, '\r\n');
  });
}

test('seed 001: split-style and same-line header fields keep their values', () => {
  const file = '001_49ad812661e1454e.txt';
  const p = parse(readFileSync(join(root, 'seeds', file), 'utf8'));
  const want = labels.postings[file]!.header_fields!;
  const byKey = new Map(p.fields.map((f) => [f.key, f.value]));
  assert.equal(byKey.get('job_number'), want.job_number);
  assert.equal(byKey.get('posting_date'), want.posting_date);
  assert.equal(byKey.get('location'), want.primary_location);
  assert.equal(byKey.get('job_grade'), want.job_grade);
  assert.equal(byKey.get('salary_range'), want.salary_range);
  assert.equal(byKey.get('position_type'), want.position_type);
  assert.equal(byKey.get('overtime_status'), want.overtime_status);
  const date = p.fields.find((f) => f.key === 'posting_date')!;
  assert.equal(date.line, 10, 'label on line 11');
  assert.equal(date.valueRange.start.line, 12, 'value two lines below');
});

test('seed 000: glued fields are split and marked', () => {
  const file = '000_e8a81316217f8c6b.txt';
  const p = parse(readFileSync(join(root, 'seeds', file), 'utf8'));
  const want = labels.postings[file]!.header_fields!;
  const id = p.fields.find((f) => f.key === 'job_number')!;
  const posted = p.fields.find((f) => f.key === 'posting_date')!;
  assert.equal(id.value, want.posting_id);
  assert.equal(posted.value, want.posted);
  assert.equal(posted.glued, true);
  assert.equal(id.line, 50);
});

test('markdown headings, a front-matter block and a heading with content on its line', () => {
  const text = [
    '---',
    'profile: chicago',
    '---',
    '# Middle School Science Teacher',
    '',
    'Job Number: 12345',
    'Location: Lincoln Middle School',
    '',
    '## About the Position',
    'The teacher will plan and deliver science instruction to grades 6-8.',
    '',
    '## Responsibilities',
    '- Plan lessons aligned to state standards',
    '- Assess student learning',
    '',
    '## Education',
    "- Bachelor's degree in science or education",
    '',
    'Salary: $52,000 - $78,000 per year',
    '',
    '## How to Apply',
    'Apply online at the district careers page by March 1, 2026.',
  ].join('\n');
  const p = parse(text);
  assert.equal(p.frontMatter?.values.profile, 'chicago');
  assert.equal(p.title?.text, 'Middle School Science Teacher');
  assert.deepEqual(
    outline(p).map((s) => [s.line, s.kind]),
    [[4, 'title'], [6, 'header'], [9, 'summary'], [12, 'responsibilities'], [16, 'education'], [19, 'salary'], [21, 'how_to_apply']],
  );
  const salary = p.sections.find((s) => s.kind === 'salary')!;
  assert.equal(salary.heading?.inlineContent?.text, '$52,000 - $78,000 per year');
  assert.equal(p.fields.find((f) => f.key === 'salary')?.value, '$52,000 - $78,000 per year');
});

test('ALL CAPS civil-service headings, numbered bullets and a dash rule', () => {
  const text = [
    'LIBRARY ASSISTANT',
    'Class Code:       1172',
    'Open Date:  04-13-18',
    '',
    'ANNUAL SALARY',
    '',
    '$44,000 to $55,000',
    '',
    'DUTIES ------------',
    '',
    'A Library Assistant helps patrons find materials.',
    '',
    'REQUIREMENTS/MINIMUM QUALIFICATIONS',
    '',
    '1. Graduation from high school or an equivalent.',
    '2. Two years of full-time paid experience in a library.',
    '',
    'AN EQUAL EMPLOYMENT OPPORTUNITY EMPLOYER',
  ].join('\r\n');
  const p = parse(text);
  assert.equal(p.title?.text, 'LIBRARY ASSISTANT');
  assert.deepEqual(
    outline(p).map((s) => [s.line, s.kind, s.heading]),
    [
      [1, 'title', 'LIBRARY ASSISTANT'],
      [2, 'header', null],
      [5, 'salary', 'ANNUAL SALARY'],
      [9, 'responsibilities', 'DUTIES'],
      [13, 'qualifications', 'REQUIREMENTS/MINIMUM QUALIFICATIONS'],
      [18, 'eeo', 'AN EQUAL EMPLOYMENT OPPORTUNITY EMPLOYER'],
    ],
  );
  const quals = p.sections[4]!;
  assert.deepEqual(quals.blocks.map((b) => b.contentKind), ['education', 'experience']);
  assert.equal(p.fields.find((f) => f.key === 'class_code')?.value, '1172');
});

test('a heading with nothing under it is an empty section', () => {
  const p = parse('Teacher\n\nKnowledge, Skills and Abilities :\nConditions of Employment\nMust pass a background check.');
  const ksa = p.sections.find((s) => s.kind === 'ksa')!;
  assert.equal(ksa.empty, true);
  assert.equal(p.sections.find((s) => s.kind === 'conditions')!.empty, false);
});

test('degenerate input: empty, blank, one long line, binary bytes', () => {
  assert.deepEqual(parse('').sections, []);
  assert.deepEqual(parse('\n\n  \n').sections, []);
  const long = parse('word '.repeat(200_000));
  assert.equal(long.lines.length, 1);
  const binary = parse('\u0000\u0001\u0002\uffff\ud800'.repeat(1000));
  assert.ok(Array.isArray(binary.sections));
});

const corpusDir = join(root, 'test', 'corpus', 'postings');
test('corpus: all 300 postings parse into ordered, in-bounds sections with known kinds', () => {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
  assert.equal(files.length, 300);
  const kinds = new Set<string>(SECTION_KINDS);
  let withResponsibilities = 0;
  for (const f of files) {
    const p = parse(readFileSync(join(corpusDir, f), 'utf8'));
    let previousEnd = -1;
    for (const s of p.sections) {
      assert.ok(kinds.has(s.kind), `${f}: kind ${s.kind}`);
      assert.ok(s.line > previousEnd, `${f}: section at ${s.line + 1} overlaps the one before`);
      assert.ok(s.endLine >= s.line && s.endLine < p.lines.length, `${f}: section end in bounds`);
      for (const b of s.blocks) assert.ok(b.line >= s.line && b.line <= s.endLine, `${f}: block inside its section`);
      previousEnd = s.endLine;
    }
    if (p.sections.some((s) => s.kind === 'responsibilities')) withResponsibilities++;
  }
  // Most real postings state their duties under a heading (some job-board ads have none at all).
  assert.ok(withResponsibilities >= 235, `responsibilities found in only ${withResponsibilities} of 300`);
});

test('bold headings pasted from web pages, and a header line of facts separated by bars', () => {
  const text = [
    'Elementary Teacher - Grade 3',
    'Springfield Public Schools | Springfield, IL',
    '',
    '**About the Role**',
    'Springfield Public Schools seeks a third grade teacher who will plan and deliver instruction.',
    '',
    '**Responsibilities:**',
    '* Plan daily lessons',
    '',
    '__Qualifications__',
    "1) Bachelor's degree in Elementary Education",
  ].join('\n');
  const p = parse(text);
  assert.deepEqual(
    outline(p).map((s) => [s.line, s.kind, s.heading]),
    [
      [1, 'title', 'Elementary Teacher - Grade 3'],
      [2, 'header', null],
      [4, 'summary', '**About the Role**'],
      [7, 'responsibilities', '**Responsibilities:**'],
      [10, 'qualifications', '__Qualifications__'],
    ],
  );
  assert.deepEqual(
    p.fields.map((f) => [f.key, f.value]),
    [['organization', 'Springfield Public Schools'], ['location', 'Springfield, IL']],
  );
  assert.equal(p.sections[2]!.heading!.label, 'About the Role');
});
