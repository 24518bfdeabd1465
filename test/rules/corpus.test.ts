// No crash on any corpus posting, and the analysis stays quick on each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis.ts';
import { assertLinear } from '../props/inputs.ts';

const dir = join(import.meta.dirname, '../corpus/postings');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

test('corpus: 300 postings', () => {
  assert.equal(files.length, 300);
});

test('corpus: analyze runs on every posting without throwing', () => {
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const a = analyze(text, { today: '2026-01-01' });
    assert.ok(Array.isArray(a.findings), f);
    for (const x of a.findings) {
      assert.ok(x.range.start.line >= 0 && x.range.end.line < a.posting.lines.length, `${f}: ${x.rule} range outside the text`);
      assert.ok(x.range.start.line < x.range.end.line || x.range.start.character <= x.range.end.character, `${f}: ${x.rule} inverted range`);
    }
  }
});

test('corpus: analysing postings joined into one text grows linearly (15 → 60 postings, up to 1 MB)', () => {
  const texts = files.slice(0, 60).map((f) => readFileSync(join(dir, f), 'utf8'));
  assertLinear((n) => texts.slice(0, n).join('\n\n'), (text: string) => analyze(text, { today: '2026-01-01' }), 15, '', 2);
});
