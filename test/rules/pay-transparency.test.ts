import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, run } from './helpers.ts';

const CPS = (extra: string[]) => doc('Director', '', 'Chicago Public Schools', ...extra);

test('pay-transparency: Illinois needs pay and benefits', () => {
  const none = run('pay-transparency', CPS(['Job Summary', 'Leads.']), { profile: 'chicago' });
  assert.equal(none.length, 1);
  assert.match(none[0]!.message, /820 ILCS 112/);
  assert.match(none[0]!.message, /2025-01-01/);
  assert.match(none[0]!.message, /benefits/);
  const payOnly = run('pay-transparency', CPS(['Estimated Annual Salary Range: 115,000.00 - 153,000.00']), { profile: 'chicago' });
  assert.equal(payOnly.length, 1);
  assert.equal(payOnly[0]!.line, 4);
  assert.match(payOnly[0]!.message, /benefits/);
  assert.doesNotMatch(payOnly[0]!.message, /pay or pay range/);
});

test('pay-transparency: Illinois passes with a range and a benefits description', () => {
  const text = CPS(['Estimated Annual Salary Range: $115,000 - $153,000', '', 'Benefits', 'CPS offers a comprehensive benefits package including health insurance and a pension.']);
  assert.deepEqual(run('pay-transparency', text, { profile: 'chicago' }), []);
});

test('pay-transparency: before the effective date it is information', () => {
  const found = run('pay-transparency', CPS(['Job Summary', 'Leads.']), { profile: 'chicago', today: '2024-06-01' });
  assert.equal(found[0]!.severity, 'info');
  assert.match(found[0]!.message, /takes effect 2025-01-01/);
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
