import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyzeFound, doc, ruleTable, run } from './helpers.ts';
import { PAY_LAWS, payLawTableMarkdown, type PayLaw } from '../../server/src/profiles/payLaws.ts';
import { readFileSync } from 'node:fs';
import { CLI, ensureBuilt } from '../lsp/client.ts';

const CPS = (extra: string[]) => doc('Director', '', 'Chicago Public Schools', ...extra);

test('pay-transparency: Illinois needs pay and benefits', () => {
  const none = run('pay-transparency', CPS(['Job Summary', 'Leads.']), { profile: 'chicago' });
  assert.equal(none.length, 1);
  assert.match(none[0]!.message, /820 ILCS 112/);
  assert.match(none[0]!.message, /2025-01-01/);
  assert.match(none[0]!.message, /benefits/);
  const payOnly = run('pay-transparency', CPS(['Estimated Annual Salary Range: 115,000.00 - 153,000.00']), { profile: 'chicago' });
  assert.equal(payOnly.length, 1);
  // the pay is fine: the missing benefits are the whole posting's gap, reported on its title line
  assert.equal(payOnly[0]!.line, 1);
  assert.match(payOnly[0]!.message, /benefits/);
  assert.doesNotMatch(payOnly[0]!.message, /pay or pay range/);
});

test('pay-transparency: Illinois passes with a range and a benefits description', () => {
  const text = CPS(['Estimated Annual Salary Range: $115,000 - $153,000', '', 'Benefits', 'CPS offers a comprehensive benefits package including health insurance and a pension.']);
  assert.deepEqual(run('pay-transparency', text, { profile: 'chicago' }), []);
});

test('pay-transparency: a range whose figures each carry their unit is a range, not a single figure', () => {
  // valid: the unit written after both ends of the range, as hourly and yearly scales often are
  for (const pay of ['$21.05/hour - $29.80/hour', '$21.05 per hour to $29.80 per hour', '$48,500/yr – $71,200/yr']) {
    const text = doc('Cook', 'Location: Fresno, CA', `Pay Range: ${pay}`);
    assert.deepEqual(run('pay-transparency', text, { today: '2025-06-01' }), [], pay);
  }
  // invalid: a single rate with its unit, or two rates joined by 'and', is no range
  for (const pay of ['$21.05/hour', '$21.05/hour and $2.00/hour for nights']) {
    const text = doc('Cook', 'Location: Fresno, CA', `Pay: ${pay}`);
    assert.match(run('pay-transparency', text, { today: '2025-06-01' })[0]?.message ?? '', /single figure/, pay);
  }
});

test('pay-transparency: before the effective date there is no finding', () => {
  assert.deepEqual(run('pay-transparency', CPS(['Job Summary', 'Leads.']), { profile: 'chicago', today: '2024-12-31' }), []);
});

test('pay-transparency: Massachusetts wants a range; a single figure is not one', () => {
  const text = doc('Director', 'Worcester Public Schools', 'Salary : $183,818');
  const found = run('pay-transparency', text, { profile: 'worcester', today: '2025-11-01' });
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 3);
  assert.match(found[0]!.message, /single figure/);
  assert.deepEqual(run('pay-transparency', doc('Director', 'Salary: $150,000 - $183,818'), { profile: 'worcester', today: '2025-11-01' }), []);
});

test('pay-transparency: Colorado also needs the close date', () => {
  const text = doc('Teacher', 'Location: Denver, CO', 'Salary: $50,000 - $60,000', 'Benefits: health insurance and a retirement plan.');
  const found = run('pay-transparency', text);
  assert.equal(found.length, 1);
  assert.match(found[0]!.message, /close date/);
  assert.deepEqual(run('pay-transparency', text + '\nApplication deadline: March 1, 2026'), []);
});

test('pay-transparency: open-ended pay in Illinois', () => {
  const found = run('pay-transparency', CPS(['Salary: up to $90,000', 'Benefits: health insurance and a pension.']), { profile: 'chicago' });
  assert.ok(found.some((f) => /open-ended/.test(f.message)));
});

test('pay-transparency: no law for Pennsylvania or an unknown state', () => {
  assert.deepEqual(run('pay-transparency', doc('Officer', 'School District of Philadelphia'), { profile: 'philadelphia' }), []);
  assert.deepEqual(run('pay-transparency', doc('Officer', 'Teaches.')), []);
});

/** The day before yyyy-mm-dd. */
function dayBefore(iso: string): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') - 86_400_000).toISOString().slice(0, 10);
}

/** A city that puts the posting in the law's place ("Brooklyn, NY" for New York City). */
const CITY: Record<string, string> = {
  NYC: 'Brooklyn', 'NY-ITHACA': 'Ithaca', 'NY-WESTCHESTER': 'Westchester', 'NY-ALBANY-COUNTY': 'Albany County',
  'NJ-JERSEY-CITY': 'Jersey City', 'OH-CLEVELAND': 'Cleveland', 'OH-COLUMBUS': 'Columbus', 'OH-CINCINNATI': 'Cincinnati', 'OH-TOLEDO': 'Toledo', DC: 'Washington',
};
const NO_PAY = (l: PayLaw) => doc('Teacher', `Location: ${CITY[l.id] ?? 'Anytown'}, ${l.state}`, '', 'Job Summary', 'Teaches children.');
/** Laws that exclude public employers are checked as for a private employer here. */
const opts = (l: PayLaw) => (l.publicEmployers === 'excluded' ? { publicEmployer: false } : {});

for (const l of PAY_LAWS.filter((x) => x.demand === 'posting')) {
  test(`pay-transparency: ${l.place} (${l.id}): nothing the day before ${l.effective}, one finding naming the law that day`, () => {
    const before = run('pay-transparency', NO_PAY(l), { today: dayBefore(l.effective), options: opts(l) });
    assert.deepEqual(before.map((f) => f.message), []);
    const on = run('pay-transparency', NO_PAY(l), { today: l.effective, options: opts(l) });
    assert.equal(on.length, 1, on.map((f) => f.message).join('\n'));
    assert.ok(on[0]!.message.includes(l.law), on[0]!.message);
    assert.ok(on[0]!.message.includes(l.effective));
    assert.equal(on[0]!.kind, 'salary');
  });
}

for (const l of PAY_LAWS.filter((x) => x.demand !== 'posting')) {
  test(`pay-transparency: ${l.place} (${l.id}) is a ${l.demand} law: never a posting finding`, () => {
    assert.deepEqual(run('pay-transparency', NO_PAY(l), { today: '2026-12-02', options: { publicEmployer: false } }), []);
  });
}

test('pay-transparency: laws that exclude public employers are skipped by default', () => {
  const dc = PAY_LAWS.find((l) => l.id === 'DC')!;
  assert.deepEqual(run('pay-transparency', NO_PAY(dc), { today: '2026-12-02' }), []);
});

test('pay-transparency: the state is inferred from the text and named with its evidence', () => {
  const text = doc('Teacher', 'Chesterfield County Public Schools, Chesterfield, VA 23832', '', 'Job Summary', 'Teaches children.');
  const found = run('pay-transparency', text, { today: '2026-07-01' });
  assert.equal(found.length, 1);
  assert.match(found[0]!.message, /^Pay transparency, Virginia — from 'Chesterfield, VA' \(line 2\) and 'ZIP 23832' \(line 2\): Va\. Code § 40\.1-28\.7:12/);
  assert.deepEqual(run('pay-transparency', text, { today: '2026-07-01', options: { inferState: false } }), []);
  // the setting overrides the text
  assert.match(run('pay-transparency', text, { today: '2026-07-01', options: { state: 'CO' } })[0]!.message, /Colorado Equal Pay/);
});

test('pay-transparency: a fee, a day count or a pay grade alone is not pay', () => {
  const text = CPS(['Salary', 'A $49 fingerprinting fee is charged at hire. 260 days per year. Pay Grade: 104', '', 'Benefits', 'Health insurance and a pension.']);
  const found = run('pay-transparency', text, { profile: 'chicago' });
  assert.equal(found.length, 1);
  assert.match(found[0]!.message, /expects the pay or a pay range/);
});

test('pay-transparency: a salary schedule counts where the law allows a scale (Illinois), not where a range is due (California)', () => {
  const il = CPS(['Salary: placement on the teacher salary schedule, https://cps.edu/salary-schedule', '', 'Benefits', 'Health insurance and a pension.']);
  assert.deepEqual(run('pay-transparency', il, { profile: 'chicago' }), []);
  const ca = doc('Teacher', 'Location: Fresno, CA', 'Salary: per the salary schedule');
  assert.match(run('pay-transparency', ca)[0]!.message, /expects a pay range \(minimum and maximum\)/);
});

test('pay-transparency: one gap, one finding — missing-section leaves salary and benefits to this rule', () => {
  const text = CPS(['Job Summary', 'Leads the team.']);
  const found = analyzeFound(text, { profile: 'chicago', today: '2025-06-01' }).filter((f) => f.kind === 'salary' || f.kind === 'benefits');
  assert.equal(found.length, 1, found.map((f) => `${f.rule}: ${f.message}`).join('\n'));
  assert.equal(found[0]!.rule, 'pay-transparency');
  assert.match(found[0]!.message, /expects the pay or a pay range\. Also missing: a general description of benefits and other compensation\./);
});

test('pay-transparency: Washington accepts a single figure from 2025-07-27 (SSB 5408)', () => {
  const text = doc('Teacher', 'Location: Spokane, WA', 'Salary: $60,000 per year', 'Benefits: medical, dental and a pension.');
  assert.match(run('pay-transparency', text, { today: '2025-07-26' })[0]!.message, /single figure/);
  assert.deepEqual(run('pay-transparency', text, { today: '2025-07-27' }), []);
});

test('pay-transparency: the docs hold the law table generated from the data', () => {
  const md = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules', 'pay-transparency.md'), 'utf8');
  assert.ok(md.includes(payLawTableMarkdown()), 'docs/rules/pay-transparency.md is out of date: regenerate the table from payLawTableMarkdown()');
});

test('pay-transparency: a Los Angeles bulletin is California (report --format json, as a user runs it)', () => {
  ensureBuilt();
  const file = join('test', 'corpus', 'postings', '0270.txt');
  const r = spawnSync(process.execPath, [CLI, 'report', '--format', 'json', '--today', '2026-12-02', file], { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8', timeout: 60_000 });
  const report = JSON.parse(r.stdout);
  assert.equal(report.pay.state, 'CA');
  assert.equal(report.pay.stateFrom, 'text');
  assert.match(report.pay.why, /^California — from 'Los Angeles'/);
  assert.ok(report.pay.laws.some((l: { name: string }) => /432\.3/.test(l.name)));
});

const ILLINOIS = 'Illinois Equal Pay Act, 820 ILCS 112/10(b-25) (Illinois, in force since 2025-01-01)';

ruleTable('pay-transparency', {
  profile: 'chicago',
  valid: [
    CPS(['Estimated Annual Salary Range: $115,000 - $153,000', '', 'Benefits', 'CPS offers a comprehensive benefits package including health insurance and a pension.']),
  ],
  invalid: [
    {
      // no pay at all: one finding on the title line naming both gaps
      text: CPS(['Job Summary', 'Leads.']),
      expect: ['Director'],
      errors: [{ line: 1, messageId: 'gap', data: { place: 'Illinois (from the profile)', laws: ILLINOIS, first: 'the pay or a pay range', also: ' Also missing: a general description of benefits and other compensation.', coverage: '' } }],
      output: null,
    },
    {
      // pay without benefits: on the pay line
      text: CPS(['Estimated Annual Salary Range: 115,000.00 - 153,000.00']),
      expect: ['Director'],
      errors: [{ line: 1, messageId: 'gap', data: { place: 'Illinois (from the profile)', laws: ILLINOIS, first: 'a general description of benefits and other compensation', also: '', coverage: '' } }],
    },
    {
      text: CPS(['Salary: up to $90,000', 'Benefits: health insurance and a pension.']),
      expect: ['up to $90,000'],
      errors: [{ line: 4, messageId: 'openEnded', data: { text: 'up to $90,000', laws: ILLINOIS } }],
    },
    {
      text: doc('Director', 'Worcester Public Schools', 'Salary : $183,818'),
      profile: 'worcester',
      today: '2025-11-01',
      expect: ['Salary : $183,818'],
      errors: [{ line: 3, messageId: 'gap' }],
    },
    {
      // the state from the text; Colorado also wants the close date, which has no line: the posting's
      text: doc('Teacher', 'Location: Denver, CO', 'Salary: $50,000 - $60,000', 'Benefits: health insurance and a retirement plan.'),
      profile: 'generic',
      expect: ['Teacher'],
      errors: [{ line: 1, messageId: 'gap' }],
    },
  ],
}, test);
