// The editor's incremental parser (server/src/model/reparse.ts) gives exactly what a fresh parse
// gives: random edits (characters typed and deleted, new lines, whole lines and headings inserted,
// lines deleted and duplicated) applied in sequence to the seeds and a sample of corpus postings,
// and after each edit the incremental posting must equal parse() part for part, and an analysis
// made with it must equal a fresh analyze() (findings, sections, missing and present kinds).
// Seeded, so a failure names its posting and edit and reproduces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/model/parse.ts';
import { IncrementalParser } from '../../server/src/model/reparse.ts';
import { analyze } from '../../server/src/analysis.ts';
import { scanComments } from '../../server/src/suppression.ts';
import { seeds } from './inputs.ts';
import { corpus, EDITS, generator } from './edits.ts';

/** Applies `count` seeded edits to `text`, checking the incremental parse and analysis after each. */
function editInSequence(name: string, text: string, seed: number, count: number, parser: IncrementalParser): void {
  const rnd = generator(seed);
  parser.parse(scanComments(text).blanked);
  for (let k = 0; k < count; k++) {
    text = EDITS[Math.floor(rnd() * EDITS.length)]!(text, rnd);
    const where = `${name}, edit ${k + 1} (seed ${seed})`;
    // The editor parses the text with its comment lines blanked, as analyze() does.
    const blanked = scanComments(text).blanked;
    const incremental = parser.parse(blanked);
    assert.deepStrictEqual(incremental, parse(blanked), `${where}: the posting differs from a fresh parse`);
    if (k % 3 === 0) {
      const options = { today: '2026-12-02' };
      const fresh = analyze(text, options);
      const reused = analyze(text, { ...options, parse: () => incremental });
      assert.deepStrictEqual(reused.findings, fresh.findings, `${where}: findings differ`);
      assert.deepStrictEqual(reused.posting.sections, fresh.posting.sections, `${where}: sections differ`);
      assert.deepStrictEqual([reused.missing, reused.present], [fresh.missing, fresh.present], `${where}: missing/present differ`);
    }
  }
}

test('incremental parse equals a fresh parse after every edit (seeds and corpus postings)', () => {
  const parser = new IncrementalParser();
  [...seeds, ...corpus].forEach(({ name, text }, k) => editInSequence(name, text, 1000 + k, 25, parser));
  // Most edits reused the previous parse: the test exercises the splice, not only the fallback.
  assert.ok(parser.counts.reused > parser.counts.whole, `reused ${parser.counts.reused}, whole ${parser.counts.whole}`);
});

test('incremental parse: front matter closed, opened and changed by an edit below it', () => {
  const parser = new IncrementalParser();
  const fields = Array.from({ length: 14 }, (_, k) => `Field ${k}: value ${k}`).join('\n');
  const body = seeds[0]!.text;
  let text = `---\n${fields}\n${body}`;
  const check = (where: string) => assert.deepStrictEqual(parser.parse(text), parse(text), where);
  check('unclosed front matter');
  text = text.replace('Field 12: value 12', '---');
  check('closed by an edit on line 13');
  text = text.replace('Field 5: value 5', 'Field 5: value five');
  check('a value changed');
  text = text.replace('\n---\n', '\nField 12: value 12\n');
  check('opened again');
});

test('incremental parse of a long document (postings joined): restarts and resumes far from the ends', () => {
  const parser = new IncrementalParser();
  const long = corpus.map((c) => c.text).join('\n\n');
  editInSequence('joined corpus sample', long, 7, 60, parser);
  assert.ok(parser.counts.reused > parser.counts.whole, `reused ${parser.counts.reused}, whole ${parser.counts.whole}`);
});
