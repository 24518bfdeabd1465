// The incremental parser keeps parts of earlier parses, and a kept part holds strings sliced from
// the line it was parsed from (in V8 a slice keeps its whole source text alive). Edits spread over
// a long posting must not pile up old versions: the lines an edit left as they were are the
// previous version's strings, and the edited ones flat copies, so no version's whole text stays
// alive but the last whole parse's. Checked structurally, as test/rules/memo-retention.test.ts:
// edit, drop the references, run a full collection, and the heap must not have kept the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heapMb } from './heap.ts';
import { IncrementalParser } from '../../server/src/model/reparse.ts';


test('60 edits spread over a 150 KB posting keep only the last few versions alive', () => {
  const dir = join(import.meta.dirname, '..', 'corpus', 'postings');
  let text = '';
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    if (text.length > 150_000) break;
    text += readFileSync(join(dir, name), 'utf8') + '\n\n';
  }
  const parser = new IncrementalParser();
  parser.parse(text);
  const before = heapMb();
  let seed = 1;
  for (let i = 0; i < 60; i++) {
    // A new string every version, edited at the end of a line somewhere in the document.
    seed = (seed * 48271) % 2147483647;
    const at = text.indexOf('\n', Math.floor((seed / 2147483647) * text.length));
    text = text.slice(0, at) + ` ${i}` + text.slice(at);
    parser.parse(text);
  }
  const grown = heapMb() - before;
  assert.ok(parser.counts.reused > 50, 'most edits reuse the previous parse');
  // Each version kept costs about 0.25 MB here; all 60 would be 15 MB. A whole parse every 16th
  // edit (the bound before the lines were reused) left about 4 MB; reusing lines leaves under 1 MB.
  assert.ok(grown < 3, `heap grew by ${grown.toFixed(1)} MB over 60 versions`);
});
