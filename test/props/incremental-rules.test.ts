// The editor's kept rule results (server/src/ruleResults.ts) give exactly the findings a full
// analysis gives: seeded random edits (edits.ts) applied in sequence to the seeds, a sample of
// corpus postings and those postings joined into one long text; after every edit the analysis made
// with the document's incremental parser and rule results must equal a fresh analyze(), finding for
// finding and byte for byte (JSON). Settings and the day change between some edits (every rule then
// runs whole again), and the optional rules are switched on for some postings. Seeded, so a
// failure names its posting and edit and reproduces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalysisOptions } from '../../server/src/analysis.ts';
import { IncrementalParser } from '../../server/src/model/reparse.ts';
import { RuleResults } from '../../server/src/ruleResults.ts';
import { rules } from '../../server/src/rules/index.ts';
import { seeds } from './inputs.ts';
import { corpus, EDITS, generator } from './edits.ts';

/** Every rule on, the optional ones included (spelling is 'off' by default). */
const ALL_ON: Record<string, unknown> = Object.fromEntries(rules.filter((r) => r.meta.defaultSeverity === 'off').map((r) => [r.meta.id, 'warning']));

interface Document {
  parser: IncrementalParser;
  results: RuleResults;
}

function check(text: string, options: AnalysisOptions, doc: Document, where: string): void {
  const fresh = analyze(text, options);
  const kept = analyze(text, { ...options, parse: (blanked) => doc.parser.parse(blanked), ruleResults: doc.results });
  assert.deepStrictEqual(kept.findings, fresh.findings, `${where}: findings differ`);
  assert.equal(JSON.stringify(kept.findings), JSON.stringify(fresh.findings), `${where}: findings differ as JSON`);
}

/** Applies `count` seeded edits to `text`, comparing the analyses after each. */
function editInSequence(name: string, text: string, seed: number, count: number, allOn: boolean): RuleResults {
  const rnd = generator(seed);
  const doc: Document = { parser: new IncrementalParser(), results: new RuleResults(0) };
  let options: AnalysisOptions = { today: '2026-12-02', ...(allOn ? { rules: ALL_ON } : {}) };
  check(text, options, doc, `${name}, opened`);
  for (let k = 0; k < count; k++) {
    text = EDITS[Math.floor(rnd() * EDITS.length)]!(text, rnd);
    // Now and then the settings or the day change between two edits.
    if (k === Math.floor(count / 2)) options = { ...options, rules: { ...(options.rules ?? {}), 'repeated-word': 'error', 'glued-fields': 'off' } };
    if (k === Math.floor((3 * count) / 4)) options = { ...options, today: '2027-07-01' };
    check(text, options, doc, `${name}, edit ${k + 1} (seed ${seed})`);
  }
  return doc.results;
}

test('kept rule results equal a full analysis after every edit (seeds and corpus postings)', () => {
  const partial: number[] = [];
  [...seeds, ...corpus].forEach(({ name, text }, k) => partial.push(editInSequence(name, text, 2000 + k, 20, k % 3 === 0).counts.partial));
  // The partial runs happened: the test exercises the kept results, not only the whole runs.
  assert.ok(partial.reduce((a, b) => a + b, 0) > 100, `partial runs: ${partial.join(', ')}`);
});

test('kept rule results of a long document (postings joined): edits far from the ends', () => {
  const long = corpus.map((c) => c.text).join('\n\n');
  const results = editInSequence('joined corpus sample', long, 11, 40, true);
  assert.ok(results.counts.partial + results.counts.reused > results.counts.whole, JSON.stringify(results.counts));
});
