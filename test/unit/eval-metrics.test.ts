// The evaluation's metric functions (scripts/eval/metrics.ts) on tiny hand-made labels and
// observations, where each figure can be worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticMatches, floorTo2, kindsNamedIn, ratio, scorePosting, sumCounts, type Observed, type ScoredLabel } from '../../scripts/eval/metrics.ts';

const KINDS = ['summary', 'salary', 'eeo', 'how_to_apply'];
const OPTIONS = { judgedKinds: KINDS, countLevel2: false };

function label(over: Partial<ScoredLabel> = {}): ScoredLabel {
  return {
    id: 't-01',
    sections: [
      { heading: 'Teacher', line: 1, kind: 'title' },
      { heading: 'Duties', line: 3, kind: 'responsibilities' },
      { heading: 'Physical Demands', line: 6, kind: 'conditions', level: 2 },
      { heading: 'Salary', line: 8, kind: 'salary' },
      { heading: null, line: 10, kind: 'eeo' },
    ],
    missing: ['how_to_apply', 'summary'],
    findings: [],
    fine: [],
    ...over,
  };
}

function observed(over: Partial<Observed> = {}): Observed {
  return { sections: [], missing: [], diagnostics: [], ...over };
}

const diag = (line: number, rule: string, severity: 'error' | 'warning' | 'info' | 'hint' = 'warning', kind: string | null = null) => ({ line, rule, severity, kind, message: rule });

test('sections right and boundaries: 2 of 4 top-level starts right, 3 of 4 at a boundary; level 2 left out', () => {
  const s = scorePosting(
    label(),
    observed({
      sections: [
        { line: 1, kind: 'title' },
        { line: 3, kind: 'responsibilities' },
        { line: 8, kind: 'benefits' }, // right line, wrong kind
        { line: 11, kind: 'eeo' }, // one line late: not a boundary
      ],
    }),
    OPTIONS,
  );
  assert.deepEqual(s.counts.sectionsRight, { hit: 2, total: 4 });
  assert.equal(ratio(s.counts.sectionsRight), 0.5);
  assert.equal(ratio(s.counts.boundaries), 0.75);
  assert.deepEqual(s.missedSections.map((x) => x.line), [10]);
  assert.deepEqual(s.wrongKindSections, [{ label: label().sections[3], parsedKind: 'benefits' }]);
});

test('level-2 labels count as starts once the parser has levels', () => {
  const s = scorePosting(label(), observed({ sections: [{ line: 6, kind: 'conditions', level: 2 }] }), { ...OPTIONS, countLevel2: true });
  assert.deepEqual(s.counts.sectionsRight, { hit: 1, total: 5 });
});

test('outline precision: a parsed section at a level-2 label is right; one no label has is wrong', () => {
  const s = scorePosting(
    label(),
    observed({ sections: [{ line: 1, kind: 'title' }, { line: 6, kind: 'conditions' }, { line: 7, kind: 'other' }, { line: 8, kind: 'benefits' }] }),
    OPTIONS,
  );
  assert.deepEqual(s.counts.outlinePrecision, { hit: 2, total: 4 });
  assert.deepEqual(s.extraSections, [{ line: 7, kind: 'other' }, { line: 8, kind: 'benefits' }]);
});

test('missing-kind precision and recall over the judged kinds only', () => {
  // Label: how_to_apply and summary missing. Postwright: how_to_apply (right), salary (wrong), residency (not judged here).
  const s = scorePosting(label(), observed({ missing: ['how_to_apply', 'salary', 'residency'] }), OPTIONS);
  assert.deepEqual(s.counts.missingPrecision, { hit: 1, total: 2 });
  assert.deepEqual(s.counts.missingRecall, { hit: 1, total: 2 });
  assert.deepEqual(s.falseMissing, ['salary']);
  assert.deepEqual(s.unnoticedMissing, ['summary']);
});

test('warning precision: a line finding matches within one line; info does not count; a fine line is wrong unless its own finding names the same rule', () => {
  const l = label({
    findings: [{ line: 5, rule: 'spelling', note: 'x' }],
    fine: [{ line: 9, note: 'correct as written' }],
  });
  const s = scorePosting(
    l,
    observed({
      diagnostics: [
        diag(6, 'template-text'), // one line off: matches (rule names are not compared for line findings)
        diag(9, 'spelling', 'error'), // on a fine line: wrong
        diag(2, 'spelling', 'info'), // info: not a warning
        diag(20, 'stray-line'), // nothing there: wrong
      ],
    }),
    OPTIONS,
  );
  assert.deepEqual(s.counts.warningPrecision, { hit: 1, total: 3 });
  assert.deepEqual(
    s.unmatchedWarnings.map((w) => [w.line, w.onFine]),
    [
      [9, true],
      [20, false],
    ],
  );
});

test('on a fine line, a finding of the same rule on that very line explains the warning, nothing else does', () => {
  const l = label({
    findings: [
      { line: 2, rule: 'glued-fields', note: 'everything run together' },
      { line: 3, rule: 'garbled-line', note: 'cut off' },
    ],
    fine: [
      { line: 2, note: "'Experience: None' is a real requirement" },
      { line: 3, note: 'union term is right' },
    ],
  });
  const diagnostics = [diag(2, 'glued-fields'), diag(2, 'empty-field'), diag(3, 'garbled-text'), diag(3, 'spelling')];
  const s = scorePosting(l, observed({ diagnostics }), OPTIONS);
  assert.deepEqual(s.counts.warningPrecision, { hit: 2, total: 4 });
  assert.deepEqual(
    s.unmatchedWarnings.map((w) => [w.line, w.rule, w.onFine]),
    [
      [2, 'empty-field', true],
      [3, 'spelling', true],
    ],
  );
});

test('a fine line wins even when a finding is labelled next to it', () => {
  const l = label({ findings: [{ line: 4, rule: 'spelling', note: 'x' }], fine: [{ line: 5, note: 'ok' }] });
  const s = scorePosting(l, observed({ diagnostics: [diag(5, 'spelling'), diag(4, 'spelling')] }), OPTIONS);
  assert.deepEqual(s.counts.warningPrecision, { hit: 1, total: 2 });
});

test('document-level findings match by rule family; document rules never match by line', () => {
  const pay = { line: null, rule: 'pay-transparency', note: 'no pay', serious: true };
  const eeo = { line: null, rule: 'missing-section', note: 'no EEO', serious: true };
  const junk = { line: 1, rule: 'job-board-junk', note: 'About the job' };
  // missing-section about salary is a pay gap; a missing-section finding sits on line 1 but is no line-1 finding.
  assert.equal(diagnosticMatches(pay, diag(1, 'missing-section', 'warning', 'salary')), true);
  assert.equal(diagnosticMatches(pay, diag(1, 'missing-section', 'warning', 'eeo')), false);
  assert.equal(diagnosticMatches(pay, diag(40, 'pay-transparency')), true);
  assert.equal(diagnosticMatches(eeo, diag(1, 'missing-section', 'warning', 'eeo')), true);
  assert.equal(diagnosticMatches(junk, diag(1, 'missing-section', 'warning', 'eeo')), false);
  assert.equal(diagnosticMatches(junk, diag(2, 'job-board-junk')), true);
});

test('a missing-section finding matches a missing-section diagnostic only when the kinds agree', () => {
  const eeoAndApply = { line: null, rule: 'missing-section', note: 'no equal-opportunity statement and no way to apply', serious: true };
  const quals = { line: null, rule: 'missing-section', note: 'no qualifications at all (education, experience, licences)' };
  const district = { line: null, rule: 'missing-section', note: 'the district is never named' };
  assert.equal(diagnosticMatches(eeoAndApply, diag(1, 'missing-section', 'warning', 'eeo')), true);
  assert.equal(diagnosticMatches(eeoAndApply, diag(1, 'missing-section', 'warning', 'how_to_apply')), true);
  assert.equal(diagnosticMatches(eeoAndApply, diag(1, 'missing-section', 'warning', 'experience')), false);
  assert.equal(diagnosticMatches(quals, diag(1, 'missing-section', 'warning', 'licensure')), true);
  assert.equal(diagnosticMatches(quals, diag(1, 'missing-section', 'warning', 'responsibilities')), false);
  assert.equal(diagnosticMatches(district, diag(1, 'missing-section', 'warning', 'summary')), false);
  assert.equal(diagnosticMatches(eeoAndApply, diag(1, 'missing-section', 'warning', null)), false);
  assert.deepEqual([...kindsNamedIn('no pay or benefits (Iowa has no posting pay law)')].sort(), ['benefits', 'salary']);
  assert.deepEqual([...kindsNamedIn('must state the Chicago residency requirement')], ['residency']);
});

test('finding recall and serious recall: info counts as reported, hint does not', () => {
  const l = label({
    findings: [
      { line: 5, rule: 'spelling', note: 'a', serious: false },
      { line: 12, rule: 'template-text', note: 'b', serious: true },
      { line: null, rule: 'pay-transparency', note: 'c', serious: true },
      { line: 30, rule: 'stray-line', note: 'd' },
    ],
  });
  const s = scorePosting(l, observed({ diagnostics: [diag(5, 'spelling', 'info'), diag(12, 'template-text', 'hint'), diag(1, 'pay-transparency')] }), OPTIONS);
  assert.deepEqual(s.counts.findingRecall, { hit: 2, total: 4 });
  assert.deepEqual(s.counts.seriousRecall, { hit: 1, total: 2 });
  assert.deepEqual(
    s.missedFindings.map((f) => f.line),
    [12, 30],
  );
});

test('sums are micro-averages; an empty ratio is undefined, not 0 or 1', () => {
  const a = scorePosting(label(), observed({ sections: [{ line: 1, kind: 'title' }] }), OPTIONS);
  const b = scorePosting(label({ sections: [{ heading: 'T', line: 1, kind: 'title' }] }), observed({ sections: [{ line: 1, kind: 'title' }] }), OPTIONS);
  const sum = sumCounts([a, b]);
  assert.deepEqual(sum.sectionsRight, { hit: 2, total: 5 });
  assert.equal(ratio(sum.sectionsRight), 0.4);
  assert.equal(ratio(sum.seriousRecall), undefined);
});

test('floors round down to two decimals', () => {
  assert.equal(floorTo2(0.5), 0.5);
  assert.equal(floorTo2(0.5799), 0.57);
  assert.equal(floorTo2(1), 1);
  assert.equal(floorTo2(112 / 198), 0.56);
});
