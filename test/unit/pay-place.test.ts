// The inferred state and its evidence, as the hover and the report show them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis.ts';
import { hover } from '../../server/src/features/hover.ts';
import { parse } from '../../server/src/model/parse.ts';
import { renderReportBody } from '../../server/src/report/html.ts';
import { buildReport } from '../../server/src/report/model.ts';

const TEXT = ['Teacher', '', 'Spokane Public Schools, Spokane, WA 99201', '', 'Salary', '$50,000 - $60,000 per year', '', 'Benefits', 'Medical, dental and a pension.'].join('\n');

function markdown(h: ReturnType<typeof hover>): string {
  const c = h?.contents as { value: string } | undefined;
  return c?.value ?? '';
}

test('hover: the salary heading says which state and why', () => {
  const md = markdown(hover(parse(TEXT), { line: 4, character: 2 }, null));
  assert.match(md, /Pay transparency:/);
  assert.ok(md.includes("Washington — from 'Spokane, WA' \\(line 3\\) and 'ZIP 99201' \\(line 3\\)"), md);
  assert.match(md, /RCW 49\\.58\\.110/);
});

test('hover: a heading that is not about pay does not', () => {
  const md = markdown(hover(parse(TEXT + '\n\nDuties\nTeaches.'), { line: 10, character: 1 }, null));
  assert.ok(md !== '' && !/Pay transparency/.test(md), md);
});

test('report: the pay section shows the inferred state and why', () => {
  const r = buildReport(analyze(TEXT, { today: '2026-12-02' }), { today: '2026-12-02' });
  assert.equal(r.pay.state, 'WA');
  assert.equal(r.pay.stateFrom, 'text');
  assert.equal(r.pay.why, "Washington — from 'Spokane, WA' (line 3) and 'ZIP 99201' (line 3)");
  assert.equal(r.pay.status, 'ok');
  const html = renderReportBody(r, { interactive: false } as never);
  assert.ok(html.includes('Washington — from &#39;Spokane, WA&#39; (line 3)') || html.includes("Washington — from 'Spokane, WA' (line 3)"), html.slice(0, 400));
});

test('report: no state from the text and none in the profile', () => {
  const r = buildReport(analyze('Teacher\n\nTeaches.', { today: '2026-12-02' }), { today: '2026-12-02' });
  assert.equal(r.pay.state, null);
  assert.equal(r.pay.status, 'unknown-state');
});
