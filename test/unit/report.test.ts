// The posting report: a pure function of the analysis (checklist, pay transparency, length, grade,
// gender-coded balance, findings by rule), checked against the seed labels, and its HTML page: a
// strict CSP with nonces, no network, theme variables with fallbacks, line links only when
// interactive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis.ts';
import { BUILTIN_PROFILES } from '../../server/src/profiles/index.ts';
import { renderReportBody, renderReportHtml, reportCsp } from '../../server/src/report/html.ts';
import { buildReport } from '../../server/src/report/model.ts';

const root = join(import.meta.dirname, '..', '..');
const seedFiles = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const labels = JSON.parse(readFileSync(join(root, 'seeds', 'labels.json'), 'utf8')) as {
  postings: Record<string, { present: string[]; missing: string[]; state: string }>;
};
const TODAY = '2025-06-01';
const chicago = BUILTIN_PROFILES.find((p) => p.id === 'chicago')!;

for (const file of seedFiles) {
  const text = readFileSync(join(root, 'seeds', file), 'utf8');
  const label = labels.postings[file]!;

  test(`seed ${file}: checklist agrees with the labels for every required kind`, () => {
    const report = buildReport(analyze(text, { today: TODAY }), { today: TODAY });
    assert.ok(report.checklist.length > 0);
    for (const item of report.checklist) {
      if (label.present.includes(item.kind)) assert.equal(item.present, true, `${item.kind} should be present`);
      if (label.missing.includes(item.kind)) assert.equal(item.present, false, `${item.kind} should be missing`);
      if (item.present) assert.ok(item.line !== null && item.line >= 0 && item.line < text.split('\n').length, `${item.kind} line`);
    }
  });

  test(`seed ${file}: the report is pure and its numbers are sane`, () => {
    const a = analyze(text, { today: TODAY });
    const r1 = buildReport(a, { today: TODAY });
    const r2 = buildReport(analyze(text, { today: TODAY }), { today: TODAY });
    assert.deepEqual(r1, r2);
    assert.ok(r1.length.words > 100);
    assert.ok(r1.length.bulletShare >= 0 && r1.length.bulletShare <= 1);
    assert.ok(r1.readability.grade > 5 && r1.readability.grade < 30, String(r1.readability.grade));
    assert.equal(r1.totals.all, a.findings.length);
    assert.equal(r1.findings.reduce((n, g) => n + g.findings.length, 0), a.findings.length);
    assert.equal(r1.pay.state, label.state);
  });
}

test('seed 001: Illinois pay transparency — pay shown, benefits missing', () => {
  const text = readFileSync(join(root, 'seeds', seedFiles[1]!), 'utf8');
  const r = buildReport({ ...analyze(text, { today: TODAY }), profile: chicago }, { today: TODAY });
  assert.equal(r.profile.id, 'chicago');
  assert.equal(r.pay.state, 'IL');
  assert.equal(r.pay.status, 'incomplete');
  assert.equal(r.pay.law?.inForce, true);
  const pay = r.pay.checks.find((c) => /pay/i.test(c.label) && !/open-ended/i.test(c.label))!;
  assert.equal(pay.ok, true);
  assert.equal(pay.line, 22);
  assert.equal(r.pay.checks.find((c) => /benefits/i.test(c.label))?.ok, false);
  const residency = r.checklist.find((c) => c.kind === 'residency')!;
  assert.equal(residency.level, 'required');
  assert.equal(residency.present, true);
  assert.equal(r.length.status, 'long');
  // Before the law is in force it is reported as such.
  const before = buildReport({ ...analyze(text, { today: '2024-06-01' }), profile: chicago }, { today: '2024-06-01' });
  assert.equal(before.pay.law?.inForce, false);
});

test('seed 004: Massachusetts needs a range; a single figure is not one', () => {
  const text = readFileSync(join(root, 'seeds', seedFiles[4]!), 'utf8');
  const r = buildReport(analyze(text, { today: '2025-11-01' }), { today: '2025-11-01' });
  assert.equal(r.pay.state, 'MA');
  assert.equal(r.pay.checks[0]!.ok, false);
});

test('an empty posting gives an empty but complete report', () => {
  const r = buildReport(analyze('', { today: TODAY }), { today: TODAY });
  assert.equal(r.length.status, 'empty');
  assert.equal(r.readability.status, 'empty');
  assert.equal(r.gender.balance, 'none');
  assert.equal(r.totals.all, r.findings.reduce((n, g) => n + g.findings.length, 0));
  assert.match(renderReportHtml(r, { nonce: 'abc' }), /Untitled posting/);
});

test('report page: strict CSP with nonces, no network, theme variables with fallbacks', () => {
  const text = readFileSync(join(root, 'seeds', seedFiles[1]!), 'utf8');
  const r = buildReport(analyze(text, { today: TODAY }), { today: TODAY });
  const nonce = 'bm9uY2Utdi0xMjM0NTY=';
  const web = renderReportHtml(r, { nonce, cspSource: 'https://x.vscode-cdn.net', interactive: true, source: 'a.posting' });
  assert.ok(web.includes(`content="default-src 'none'; style-src https://x.vscode-cdn.net 'nonce-${nonce}'; script-src 'nonce-${nonce}'"`));
  assert.equal(reportCsp({ nonce: 'n' }), "default-src 'none'; style-src 'nonce-n'");
  for (const page of [web, renderReportHtml(r, { nonce })]) {
    assert.doesNotMatch(page, /unsafe-inline|unsafe-eval/);
    assert.doesNotMatch(page, /\s(?:src|action)\s*=|href="(?!#)|@import|url\(|<link|<iframe|<img/i, 'no resource loads');
    assert.doesNotMatch(page, /\sstyle="/, 'no inline style attributes (blocked by the CSP)');
    assert.doesNotMatch(page, /\son[a-z]+="/i, 'no inline event handlers (blocked by the CSP)');
    for (const tag of page.match(/<(?:style|script)\b[^>]*>/g) ?? []) assert.ok(tag.includes(`nonce="${nonce}"`), tag);
    assert.match(page, /var\(--vscode-foreground,#1f2328\)/);
    assert.match(page, /prefers-color-scheme:dark/);
  }
  assert.match(web, /<a href="#" class="line" data-line="22"/);
  assert.match(web, /acquireVsCodeApi\(\)/);
  const page = renderReportHtml(r, { nonce });
  assert.doesNotMatch(page, /<script/);
  assert.doesNotMatch(page, /<a /);
  assert.match(page, /<span class="line">line 23<\/span>/);
  assert.match(page, /Required sections/);
  assert.match(page, /Pay transparency/);
  assert.match(page, /Findings by rule/);
});

test('report body escapes posting text', () => {
  const a = analyze('<img src=x onerror=alert(1)> Teacher\n\nDuties\n- Teach <b>kids</b>\n', { today: TODAY });
  const body = renderReportBody(buildReport(a, { today: TODAY }), true);
  assert.ok(!body.includes('<img'));
  assert.ok(!body.includes('<b>kids'));
});
