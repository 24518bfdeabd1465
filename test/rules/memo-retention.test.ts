// The memos must not keep old document versions alive. A line cut from a document is, in V8, a
// view of the whole text; a memo keyed by it kept every version ever analysed (hundreds of MB while
// typing into a long posting). Checked structurally: distinct large documents are analysed, the
// references dropped, a full collection run, and the heap must not have kept their texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heapMb } from '../unit/heap.ts';
import { analyze } from '../../server/src/analysis.ts';
import { blockFacts, clearRuleMemos, factsFor, ruleMemoChars } from '../../server/src/facts/memo.ts';
import { BoundedMap, flatCopy } from '../../server/src/model/boundedMap.ts';
import { AnalysisCache } from '../../server/src/features/cache.ts';


const corpusDir = join(import.meta.dirname, '../corpus/postings');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

test('memo keys are flat copies: a memoised line does not keep its 4 MB document alive', () => {
  clearRuleMemos();
  const before = heapMb();
  for (let i = 0; i < 20; i++) {
    // A distinct 4 MB parent each time; only one short line of it is memoised.
    const parent = `Line ${i} of a long posting, with some words in it.\n`.repeat(80_000);
    const line = parent.slice(0, parent.indexOf('\n'));
    assert.equal(factsFor(line).text, line);
    assert.equal(blockFacts(line).text, line);
  }
  const grown = heapMb() - before;
  assert.ok(grown < 20, `heap grew by ${grown.toFixed(1)} MB after memoising 20 lines of 4 MB documents`);
});

test('BoundedMap keys are copies: a key cut from a 4 MB document does not keep it alive', () => {
  const memo = new BoundedMap<number>(1_000, 1_000_000);
  const before = heapMb();
  for (let i = 0; i < 20; i++) {
    const parent = `Line ${i} of a long posting, with some words in it.\n`.repeat(80_000);
    memo.set(parent.slice(0, parent.indexOf('\n')), i);
  }
  const grown = heapMb() - before;
  assert.equal(memo.size, 20);
  assert.ok(grown < 20, `heap grew by ${grown.toFixed(1)} MB with 20 keys of 4 MB documents in the memo`);
});

test('analysing 40 versions of a 150 KB posting keeps none of the old versions', (t) => {
  clearRuleMemos();
  let text = '';
  for (const doc of corpus) {
    if (text.length > 150_000) break;
    text += doc + '\n\n';
  }
  analyze(text, { today: '2026-01-15' }); // warm up: code, constant tables
  const before = heapMb();
  for (let i = 0; i < 40; i++) {
    // Every version is a new string (as an editor's document is after each keystroke).
    const version = text.replace('\n', ` ${i}\n`);
    analyze(version, { today: '2026-01-15' });
  }
  const grown = heapMb() - before;
  t.diagnostic(`heap grew by ${grown.toFixed(1)} MB over 40 versions`);
  // Keeping the versions costs 150 KB per version per memo that holds one of its lines (13 MB and more).
  assert.ok(grown < 6, `heap grew by ${grown.toFixed(1)} MB over 40 versions`);
  assert.ok(ruleMemoChars() < 2_000_000, `rule memo keys hold ${ruleMemoChars()} characters`);
});

test('BoundedMap: bounded by entries and by key characters, keys stored flat', () => {
  const m = new BoundedMap<number>(100, 1_000);
  for (let i = 0; i < 10_000; i++) m.set(`key number ${i} `.repeat(1 + (i % 5)), i);
  assert.ok(m.size <= 100);
  assert.ok(m.keyChars <= 1_000);
  m.set('x'.repeat(2_000), 1); // longer than the bound: not kept
  assert.equal(m.get('x'.repeat(2_000)), undefined);
  const lone = 'a\ud800b';
  assert.equal(flatCopy(lone), lone); // every code unit kept, lone surrogates included
});

test('AnalysisCache.delete releases the closed document: its lines leave the memos', () => {
  clearRuleMemos();
  const cache = new AnalysisCache<{ analysis: ReturnType<typeof analyze> }>();
  const text = corpus[0]! + '\nA line only this closed document has, long enough to count.\n';
  cache.get('untitled:a.posting', 1, () => ({ analysis: analyze(text, { today: '2026-01-15' }) }));
  const held = ruleMemoChars();
  assert.ok(held > text.length / 2, `memos hold ${held} characters after one analysis`);
  cache.delete('untitled:a.posting');
  assert.ok(ruleMemoChars() < held / 4, `memos still hold ${ruleMemoChars()} of ${held} characters after close`);
});
