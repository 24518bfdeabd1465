// The seeds' hand labels (seeds/labels.json) as the oracle: every labelled finding is reported at
// its line, every `missing` kind is missing (and reported when the profile requires it), no
// `present` kind is missing, nothing in `must_not_flag` fires.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis.ts';
import { requiredKinds } from '../../server/src/rules/missing-section.ts';

interface LabelFinding {
  line: number | null;
  rule: string;
  note: string;
}
interface Label {
  district: string;
  state: string;
  present: string[];
  missing: string[];
  findings: LabelFinding[];
  must_not_flag?: string[];
}

const seeds = join(import.meta.dirname, '../../seeds');
const labels = JSON.parse(readFileSync(join(seeds, 'labels.json'), 'utf8')) as { postings: Record<string, Label> };
const TODAY = '2026-06-01';

// Label rule names are descriptive; these are the ids that report them here.
const RULE_FOR_LABEL: Record<string, string[]> = {
  'template-instruction': ['template-text'],
  'scraped-boilerplate': ['job-board-junk'],
  'scraped-title': ['job-board-junk'],
  'gendered-language': ['gendered-pronoun'],
};

const DISTRICT_PROFILE: Record<string, string> = {
  'Chicago Public Schools': 'chicago',
  'School District of Philadelphia': 'philadelphia',
  'Worcester Public Schools': 'worcester',
};

for (const [file, label] of Object.entries(labels.postings)) {
  const text = readFileSync(join(seeds, file), 'utf8');
  const a = analyze(text, { today: TODAY });

  test(`${file}: profile detected for ${label.district}`, () => {
    assert.equal(a.profile.id, DISTRICT_PROFILE[label.district]);
    assert.equal(a.profile.state, label.state);
  });

  for (const f of label.findings.filter((x) => x.line !== null)) {
    test(`${file}: line ${f.line} reported (${f.rule}: ${f.note})`, () => {
      const at = a.findings.filter((x) => x.range.start.line + 1 === f.line);
      assert.ok(at.length > 0, `nothing reported at line ${f.line}; reported lines: ${[...new Set(a.findings.map((x) => x.range.start.line + 1))].join(', ')}`);
      const expected = RULE_FOR_LABEL[f.rule] ?? [f.rule];
      assert.ok(
        at.some((x) => expected.includes(x.rule)),
        `line ${f.line}: expected ${expected.join(' or ')}, got ${at.map((x) => x.rule).join(', ')}`,
      );
    });
  }

  for (const f of label.findings.filter((x) => x.line === null)) {
    test(`${file}: ${f.rule} fires somewhere (${f.note})`, () => {
      assert.ok(a.findings.some((x) => x.rule === f.rule), `${f.rule} did not fire`);
    });
  }

  test(`${file}: missing kinds are missing, and reported when required`, () => {
    const required = requiredKinds(a.profile, TODAY);
    for (const kind of label.missing) {
      assert.ok(a.missing.includes(kind as never), `${kind} should be missing; missing = ${a.missing.join(', ')}`);
      if (required.includes(kind as never)) {
        assert.ok(
          // salary and benefits gaps under a pay law are reported once, by pay-transparency
          // (one finding for both: its kind is the first gap, the other is named in the message)
          a.findings.some((x) => (x.rule === 'missing-section' && x.kind === kind) || (x.rule === 'pay-transparency' && (x.kind === kind || x.message.includes(kind)))),
          `${kind} is required by ${a.profile.id} but no missing-section or pay-transparency finding names it`,
        );
      }
    }
  });

  test(`${file}: present kinds are not missing or reported missing`, () => {
    for (const kind of label.present) {
      assert.ok(!a.missing.includes(kind as never), `${kind} is present but analysis.missing has it`);
      assert.ok(a.present.includes(kind as never), `${kind} should be in analysis.present`);
      assert.ok(!a.findings.some((x) => x.rule === 'missing-section' && x.kind === kind), `${kind} is present but reported missing`);
    }
  });

  if (label.must_not_flag?.length) {
    test(`${file}: must_not_flag stays silent`, () => {
      for (const note of label.must_not_flag!) {
        // Each note quotes the text that must not be flagged: 'seven (7)', 'three (3)', …
        const quoted = [...note.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
        assert.ok(quoted.length > 0, `no quoted text in ${note}`);
        for (const q of quoted) {
          const line = text.split(/\r?\n/).findIndex((l) => l.includes(q));
          assert.ok(line >= 0, `'${q}' not found in ${file}`);
          const col = text.split(/\r?\n/)[line]!.indexOf(q);
          const hits = a.findings.filter(
            (x) => x.range.start.line <= line && x.range.end.line >= line && (x.range.start.line < line || x.range.start.character < col + q.length) && (x.range.end.line > line || x.range.end.character > col),
          );
          assert.deepEqual(
            hits.map((h) => `${h.rule}: ${h.message}`),
            [],
            `'${q}' (line ${line + 1}) must not be flagged`,
          );
        }
      }
    });
  }
}

test('labels: every seed file has labels and every label has a seed', () => {
  const files = new Set(Object.keys(labels.postings));
  assert.equal(files.size, 5);
  for (const f of files) assert.ok(readFileSync(join(seeds, f), 'utf8').length > 0);
});
