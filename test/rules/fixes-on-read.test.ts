// Fixes a rule builds on read (RuleFinding.fixesOnRead): a lint that never reads them never builds
// them, and a finding read any way (its property, JSON, a copy) gives the same fixes, in the same
// place among its keys, as fixes built at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis.ts';
import { missingFix } from '../../server/src/rules/missing-section.ts';
import { sectionTemplates } from '../../server/src/templates/sectionTemplate.ts';
import { BUILTIN_TEMPLATES } from '../../server/src/templates/index.ts';
import { doc } from './helpers.ts';

// A short posting with duties only: pay, benefits, how to apply and more are missing.
const SHORT = doc('Groundskeeper', '', 'Duties', '- Mow the athletic fields and trim the hedges.', '- Clear snow from the walks before the buses arrive.');

const missing = (text: string) => analyze(text, { today: '2026-06-01' }).findings.filter((f) => f.rule === 'missing-section');

test('fixes on read: missing-section findings hold no built fix until their fixes are read', () => {
  const found = missing(SHORT);
  assert.ok(found.length >= 2, 'several missing sections');
  for (const f of found) assert.equal(typeof Object.getOwnPropertyDescriptor(f, 'fixes')?.get, 'function', `${f.kind}: not built yet`);
  const first = found[0]!;
  const fixes = first.fixes!;
  assert.equal(fixes.length, 1);
  // Read once, kept: the same array again, now a plain property.
  assert.equal(first.fixes, fixes);
  assert.equal(Object.getOwnPropertyDescriptor(first, 'fixes')?.get, undefined);
});

test('fixes on read: the fix read is the one built at once, in the place of an assigned one', () => {
  const a = analyze(SHORT, { today: '2026-06-01' });
  const template = sectionTemplates(a.posting, a.profile, BUILTIN_TEMPLATES);
  for (const f of a.findings.filter((x) => x.rule === 'missing-section')) {
    const keysBefore = Object.keys(f);
    const json = JSON.parse(JSON.stringify(f)) as { fixes: unknown };
    assert.deepEqual(json.fixes, [missingFix(a.posting, a.profile, f.kind!, template)], `${f.kind}`);
    assert.deepEqual(Object.keys(f), keysBefore, 'reading keeps the key order');
    assert.deepEqual(keysBefore.slice(0, 6), ['rule', 'severity', 'message', 'range', 'kind', 'fixes']);
    // A copy made before any read carries the fixes too.
    assert.deepEqual({ ...f }.fixes, f.fixes);
  }
});

test('fixes on read: a posting with a comment has its fixes built while comments are checked', () => {
  const found = missing(doc('Groundskeeper', '// ask the principal about the hours', '', 'Duties', '- Mow the athletic fields and trim the hedges.'));
  assert.ok(found.length >= 2);
  // Built (a fix that would edit the comment is taken off, so some findings may have none).
  for (const f of found) assert.equal(Object.getOwnPropertyDescriptor(f, 'fixes')?.get, undefined, `${f.kind}: built`);
  assert.ok(found.some((f) => f.fixes?.length === 1));
});
