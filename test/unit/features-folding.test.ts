import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldingRanges } from '../../server/src/features/folding.ts';
import { parse } from '../../server/src/model/parse.ts';
import { fixture } from '../lsp/fixtures/posting.ts';

describe('features/folding', () => {
  it('gives one range per section of two or more lines, without trailing blank lines', () => {
    assert.deepEqual(foldingRanges(fixture()), [
      { startLine: 2, endLine: 3 }, // header block
      { startLine: 5, endLine: 6 }, // summary (line 7 is blank)
      { startLine: 8, endLine: 9 }, // education
      // title (one line) and salary (one line + blanks) do not fold
    ]);
  });

  it('folds front matter as a region', () => {
    const posting = fixture();
    posting.frontMatter = { line: 0, endLine: 1, values: {} };
    posting.lines = ['---', '---', ...posting.lines.slice(2)];
    assert.deepEqual(foldingRanges(posting)[0], { startLine: 0, endLine: 1, kind: 'region' });
  });

  it('respects the client range limit', () => {
    assert.equal(foldingRanges(fixture(), 2).length, 2);
    assert.equal(foldingRanges(fixture(), 0).length, 0);
  });

  it('stays inside the document on odd input', () => {
    for (const text of ['', '\n\n\n', 'Title', 'Title\r\n\r\nDuties:\r\n- a\r\n- b\r\n', 'A\rB\rC:\r- x\r- y']) {
      const posting = parse(text);
      for (const r of foldingRanges(posting)) {
        assert.ok(r.startLine >= 0 && r.startLine < r.endLine && r.endLine < posting.lines.length, `${JSON.stringify(text)} → ${JSON.stringify(r)}`);
      }
    }
  });
});
