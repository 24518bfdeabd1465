import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis.ts';
import { rules } from '../../server/src/rules/index.ts';

const seed = (f: string) => readFileSync(join(import.meta.dirname, '../../seeds', f), 'utf8');

test('analysis: profile order — setting > front matter > workspace > detected > generic', () => {
  const cps = 'Director\nChicago Public Schools\n\nJob Summary\nLeads.';
  assert.equal(analyze(cps).profile.id, 'chicago');
  assert.equal(analyze(cps, { profile: 'worcester' }).profile.id, 'worcester');
  assert.equal(analyze(cps, { profile: 'auto' }).profile.id, 'chicago');
  assert.equal(analyze(cps, { workspace: { profile: 'philadelphia' } }).profile.id, 'philadelphia');
  const fm = '---\nprofile: worcester\n---\n' + cps;
  assert.equal(analyze(fm, { workspace: { profile: 'philadelphia' } }).profile.id, 'worcester');
  assert.equal(analyze(fm, { profile: 'generic' }).profile.id, 'generic');
  assert.equal(analyze('Teacher\n\nTeaches.').profile.id, 'generic');
  assert.equal(analyze(cps, { profile: 'nonexistent' }).profile.id, 'chicago');
});

test('analysis: findings are sorted by position and carry rule, kind and severity', () => {
  const a = analyze(seed('000_e8a81316217f8c6b.txt'), { today: '2026-01-01' });
  for (let i = 1; i < a.findings.length; i++) {
    const p = a.findings[i - 1]!.range.start;
    const q = a.findings[i]!.range.start;
    assert.ok(p.line < q.line || (p.line === q.line && p.character <= q.character));
  }
  const ids = new Set(rules.map((r) => r.meta.id));
  for (const f of a.findings) {
    assert.ok(ids.has(f.rule));
    assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
    assert.ok(f.kind === null || typeof f.kind === 'string');
  }
});

test('analysis: never throws on odd input', () => {
  const inputs = [
    '',
    '\n\n\n',
    '\r\n\r',
    '.',
    '---',
    '---\nprofile: chicago',
    'x'.repeat(100_000),
    '\u0000\u0001\uffff',
    '•\n•\n•',
    'Salary: $',
    '((((((((',
    '[insert',
    'five (',
    'a\rb\r\nc\nd',
  ];
  for (const t of inputs) assert.doesNotThrow(() => analyze(t));
  // @ts-expect-error — not a string
  assert.doesNotThrow(() => analyze(undefined));
});

test('analysis: every rule has an id, docs page, description and options object', () => {
  const seen = new Set<string>();
  for (const r of rules) {
    assert.match(r.meta.id, /^[a-z]+(?:-[a-z]+)*$/);
    assert.ok(!seen.has(r.meta.id));
    seen.add(r.meta.id);
    assert.equal(r.meta.docs, `docs/rules/${r.meta.id}.md`);
    assert.ok(
      readFileSync(join(import.meta.dirname, '../..', r.meta.docs), 'utf8').includes(`# ${r.meta.id}`),
      `${r.meta.docs} missing or without a title`,
    );
    assert.ok(r.meta.description.length > 10);
  }
});

test('analysis: fixes only touch their own lines', () => {
  for (const f of [
    '000_e8a81316217f8c6b.txt',
    '001_49ad812661e1454e.txt',
    '002_86e6df5227fcbacc.txt',
    '003_45e4fa1758b6089c.txt',
    '004_0b3bdf09dd92dd3e.txt',
  ]) {
    const a = analyze(seed(f), { today: '2026-01-01' });
    for (const finding of a.findings) {
      // Insertions elsewhere by design (a missing section's fix also rides on the finding it folded into).
      if (
        finding.rule === 'missing-section' ||
        finding.rule === 'unheaded-qualifications' ||
        finding.related?.some((r) => r.rule === 'missing-section')
      )
        continue;
      for (const fix of finding.fixes ?? []) {
        for (const e of fix.edits) {
          assert.ok(
            e.range.start.line >= finding.range.start.line - 1 && e.range.end.line <= finding.range.end.line + 1,
            `${finding.rule} edit outside its range`,
          );
        }
      }
    }
  }
});
