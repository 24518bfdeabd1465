// One gap, one finding (rules/gaps.ts): rules that report the same absent content fold into one
// finding, the others kept as related information, in analyze() and in the LSP diagnostic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis.ts';
import { foldGaps } from '../../server/src/rules/gaps.ts';
import { toDiagnostic } from '../../server/src/features/diagnostics.ts';
import type { Finding } from '../../server/src/rules/types.ts';
import { doc } from '../rules/helpers.ts';

const R = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 5 } });

test('gaps: an empty Responsibilities heading with no duties anywhere is one finding, at the heading', () => {
  const text = doc(
    'Custodian',
    '',
    'Job Summary',
    'Keeps the school clean.',
    '',
    'Responsibilities',
    '',
    'Equal Opportunity',
    'The district is an equal opportunity employer.',
  );
  const a = analyze(text, { today: '2026-06-01' });
  const about = a.findings.filter((f) => f.kind === 'responsibilities' && (f.rule === 'missing-section' || f.rule === 'empty-section'));
  assert.equal(about.length, 1, about.map((f) => f.rule).join());
  assert.equal(about[0]!.rule, 'empty-section', 'the empty heading names the place');
  assert.equal(about[0]!.range.start.line, 5, 'placed on the empty heading');
  assert.deepEqual(
    about[0]!.related?.map((r) => r.rule),
    ['missing-section'],
  );
});

test('gaps: no pay under a pay law is one finding; the missing section joins it as related information', () => {
  const text = doc('Teacher', '', 'Job Summary', 'Teaches grade 3 in Denver, CO.', '', 'Licensure', '- Colorado teaching license.');
  const a = analyze(text, { today: '2026-06-01', rules: { 'missing-section': { also: ['salary', 'benefits'] } } });
  const pay = a.findings.filter((f) => f.gaps?.includes('salary') || f.gaps?.includes('benefits'));
  assert.equal(pay.length, 1, pay.map((f) => `${f.rule}:${f.message}`).join('\n'));
  assert.equal(pay[0]!.rule, 'pay-transparency');
  assert.deepEqual(pay[0]!.related?.map((r) => r.rule).sort(), ['missing-section', 'missing-section']);
});

test('gaps: findings about different kinds, or without gaps, are kept apart; the most severe severity leads', () => {
  const f = (rule: string, gaps: string[] | undefined, line: number, severity: Finding['severity'] = 'warning'): Finding => ({
    rule,
    severity,
    message: rule,
    range: R(line),
    kind: null,
    ...(gaps ? { gaps: gaps as never } : {}),
  });
  const whole = R(0);
  const out = foldGaps(
    [
      f('missing-section', ['eeo'], 0),
      f('empty-section', ['salary'], 3),
      f('spelling', undefined, 4),
      f('pay-transparency', ['salary', 'benefits'], 0, 'error'),
      f('missing-section', ['benefits'], 0),
    ],
    whole,
  );
  assert.deepEqual(
    out.map((x) => x.rule),
    ['missing-section', 'spelling', 'pay-transparency'],
  );
  const pay = out[2]!;
  assert.equal(pay.severity, 'error');
  assert.equal(pay.range.start.line, 3, 'placed where a member points');
  assert.deepEqual(pay.related?.map((r) => r.rule).sort(), ['empty-section', 'missing-section']);
});

test('gaps: related findings become LSP relatedInformation in the document', () => {
  const finding: Finding = {
    rule: 'missing-section',
    severity: 'warning',
    message: 'Missing',
    range: R(2),
    kind: 'salary',
    related: [{ rule: 'empty-section', message: 'Empty', range: R(2) }],
  };
  const d = toDiagnostic(finding, undefined, 'file:///p.txt');
  assert.deepEqual(d.relatedInformation, [{ location: { uri: 'file:///p.txt', range: R(2) }, message: 'empty-section: Empty' }]);
  assert.equal(toDiagnostic({ ...finding, related: [] }, undefined, 'file:///p.txt').relatedInformation, undefined);
});
