import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import { SECTION_KINDS } from '../../server/src/model/posting.ts';
import { allProfiles, BUILTIN_PROFILES, detectProfile, payLawKinds } from '../../server/src/profiles/index.ts';

test('profiles: built-ins are complete data', () => {
  assert.deepEqual(BUILTIN_PROFILES.map((p) => p.id), ['chicago', 'philadelphia', 'worcester', 'generic']);
  const states = Object.fromEntries(BUILTIN_PROFILES.map((p) => [p.id, p.state]));
  assert.deepEqual(states, { chicago: 'IL', philadelphia: 'PA', worcester: 'MA', generic: null });
  for (const p of BUILTIN_PROFILES) {
    for (const k of [...p.required, ...p.recommended, ...p.order]) assert.ok((SECTION_KINDS as readonly string[]).includes(k), `${p.id}: ${k}`);
    for (const k of p.required) assert.ok(p.order.includes(k), `${p.id} order lacks ${k}`);
  }
  const chicago = BUILTIN_PROFILES[0]!;
  assert.ok(chicago.required.includes('residency'));
  assert.match(chicago.boilerplate.residency!, /live within the geographic boundaries of the City of Chicago within six months/);
});

test('profiles: detection from the text, most mentions winning', () => {
  const d = (t: string) => detectProfile(parse(t), BUILTIN_PROFILES)?.id ?? null;
  assert.equal(d('Director\nChicago Public Schools (CPS) is …'), 'chicago');
  assert.equal(d('Officer, School District of Philadelphia'), 'philadelphia');
  assert.equal(d('LOCATION: Worcester Public Schools, Worcester, Massachusetts'), 'worcester');
  assert.equal(d('Teacher at Chesterfield County Public Schools (CCPS)'), null);
});

test('profiles: a workspace profile can extend or replace a built-in one', () => {
  const list = allProfiles([{ id: 'chicago', required: ['summary'] }, { id: 'evanston', extends: 'chicago', name: 'Evanston', detect: ['Evanston'] }]);
  const chicago = list.find((p) => p.id === 'chicago')!;
  assert.deepEqual(chicago.required, ['summary']);
  assert.equal(chicago.state, 'IL');
  const evanston = list.find((p) => p.id === 'evanston')!;
  assert.equal(evanston.state, 'IL');
  assert.ok(evanston.boilerplate.residency);
});

test('profiles: pay-law kinds by date', () => {
  assert.deepEqual(payLawKinds('IL', '2024-12-31'), []);
  assert.deepEqual(payLawKinds('IL', '2025-01-01'), ['salary', 'benefits']);
  assert.deepEqual(payLawKinds('MA', '2025-10-29'), ['salary']);
  assert.deepEqual(payLawKinds('PA', '2026-01-01'), []);
  assert.deepEqual(payLawKinds(null, '2026-01-01'), []);
});
