import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnalysisCache } from '../../server/src/features/cache.ts';
import { docsUrl, notAnalysedDiagnostic, toDiagnostic } from '../../server/src/features/diagnostics.ts';
import { notAnalysableReason, stripBom } from '../../server/src/features/guard.ts';
import { r } from '../lsp/fixtures/posting.ts';

describe('features/cache', () => {
  it('computes once per (uri, version) and again after a version or settings change', () => {
    const cache = new AnalysisCache<number>(2);
    let computed = 0;
    const compute = () => ++computed;
    assert.equal(cache.get('a', 1, compute), 1);
    assert.equal(cache.get('a', 1, compute), 1);
    assert.equal(cache.get('a', 2, compute), 2);
    cache.invalidateAll();
    assert.equal(cache.peek('a', 2), undefined);
    assert.equal(cache.get('a', 2, compute), 3);
    cache.get('b', 1, compute);
    cache.get('c', 1, compute);
    assert.equal(cache.size, 2, 'bounded');
    assert.equal(cache.peek('a', 2), undefined, 'least recently used dropped');
    cache.delete('b');
    assert.equal(cache.peek('b', 1), undefined);
  });
});

describe('features/guard', () => {
  it('accepts ordinary text and refuses binary or huge text', () => {
    assert.equal(notAnalysableReason('Teacher\nDuties:\n- teach\n'), null);
    assert.match(notAnalysableReason('abc\u0000def')!, /NUL/);
    assert.match(notAnalysableReason('\ufffd'.repeat(100) + 'abc')!, /UTF-8/);
    assert.equal(notAnalysableReason('caf\ufffd is fine once'), null);
    assert.match(notAnalysableReason('x'.repeat(101), 100)!, /too large/);
  });

  it('strips a BOM', () => {
    assert.equal(stripBom('\ufeffTitle'), 'Title');
    assert.equal(stripBom('Title'), 'Title');
  });
});

describe('features/diagnostics', () => {
  it('maps a finding to a diagnostic with code, docs link, severity and fixes as data', () => {
    const fix = { title: 'Add a salary section', edits: [{ range: r(3, 0, 3, 0), newText: 'Salary:\n' }], safe: false };
    const d = toDiagnostic(
      { rule: 'missing-section', severity: 'warning', message: 'No salary section', range: r(0, 0, 0, 5), kind: 'salary', fixes: [fix] },
      new Map([['missing-section', { meta: { docs: 'docs/rules/missing-section.md' } }]]),
    );
    assert.equal(d.source, 'postwright');
    assert.equal(d.code, 'missing-section');
    assert.equal(d.severity, 2);
    assert.equal(d.codeDescription?.href, 'https://github.com/postwright/postwright/blob/main/docs/rules/missing-section.md');
    assert.deepEqual(d.data, { rule: 'missing-section', kind: 'salary', fixes: [fix] });
    assert.equal(toDiagnostic({ rule: 'x', severity: 'error', message: 'm', range: r(0, 0, 0, 0), kind: null }).severity, 1);
    assert.equal(toDiagnostic({ rule: 'x', severity: 'info', message: 'm', range: r(0, 0, 0, 0), kind: null }).severity, 3);
    assert.equal(toDiagnostic({ rule: 'x', severity: 'hint', message: 'm', range: r(0, 0, 0, 0), kind: null }).severity, 4);
  });

  it('falls back to docs/rules/<id>.md', () => {
    assert.equal(docsUrl('stray-line'), 'https://github.com/postwright/postwright/blob/main/docs/rules/stray-line.md');
  });

  it('makes one information note for a document it does not analyse', () => {
    const d = notAnalysedDiagnostic('it contains NUL bytes (binary file?)');
    assert.equal(d.severity, 3);
    assert.equal(d.message, 'Postwright: not analysed: it contains NUL bytes (binary file?).');
  });
});
