// The rules' per-line memos (server/src/facts/memo.ts) only save work: findings are the same with
// warm memos, with memos just cleared, after edits, and under other options and profiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalysisOptions } from '../../server/src/analysis.ts';
import { BoundedMemo, clearRuleMemos, ruleMemoSizes } from '../../server/src/facts/memo.ts';

const root = join(import.meta.dirname, '../..');
const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const corpusDir = join(root, 'test/corpus/postings');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .filter((_, i) => i % 6 === 0)
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

function snapshot(text: string, options: AnalysisOptions): string {
  const a = analyze(text, options);
  return JSON.stringify([a.findings, a.profile.id, a.missing, a.present]);
}

/** Variants a writer produces: lines edited, removed, upper-cased, CRLF. */
function variants(text: string): string[] {
  const lines = text.split('\n');
  return [
    text,
    lines.map((l, i) => (i % 7 === 3 ? l + ' he/she must have a recent graduate degree, full-time or part-time' : l)).join('\n'),
    lines.filter((_, i) => i % 4 !== 2).join('\n'),
    lines.map((l, i) => (i % 5 === 1 ? l.toUpperCase() : l)).join('\n'),
    text.replace(/\n/g, '\r\n'),
  ];
}

const OPTIONS: AnalysisOptions[] = [
  { today: '2026-11-23' },
  { today: '2024-01-01', profile: 'chicago', rules: { 'template-text': { tbd: false }, 'near-duplicate-bullet': { threshold: 0.5, minWords: 3 }, 'conflicting-employment-type': { maxWords: 20 } } },
  { today: '2026-11-23', workspace: { profiles: [{ id: 'springfield', name: 'Springfield Public Schools', detect: ['Springfield', 'public schools'], state: 'IL' }] } as AnalysisOptions['workspace'] },
];

test('memo: findings with warm memos equal findings with cleared memos', () => {
  const texts = [...seeds, ...corpus].flatMap(variants);
  for (const options of OPTIONS) {
    clearRuleMemos();
    const cold = texts.map((t) => {
      clearRuleMemos();
      return snapshot(t, options);
    });
    for (let pass = 0; pass < 2; pass++) {
      texts.forEach((t, i) => assert.equal(snapshot(t, options), cold[i], `text ${i}, pass ${pass}, options ${JSON.stringify(options)}`));
    }
  }
});

test('memo: bounded, and swept of lines no recent analysis used', () => {
  const m = new BoundedMemo<{ used: number }>(100, 1_000);
  for (let i = 0; i < 1000; i++) m.set(`line ${i}`, { used: 0 });
  assert.ok(m.size <= 100);
  const long = 'x'.repeat(5000);
  m.set(long, { used: 0 });
  assert.equal(m.get(long), undefined, 'very long keys are not kept');
  clearRuleMemos();
  // Typing into one line of a posting: the line's earlier texts do not pile up.
  const lines = seeds[1]!.split('\n');
  for (let i = 0; i < 2000; i++) {
    lines[3] += 'x';
    analyze(lines.join('\n'), { today: '2026-11-23' });
  }
  assert.ok(ruleMemoSizes() < lines.length * 3 + 1000, `memo entries ${ruleMemoSizes()}`);
});
