// Properties of parse(): for random Unicode, mutated seeds, binary bytes, any line endings and a
// BOM it never throws, every range stays inside the document, sections come in order without
// overlapping, and the line table matches the text. Plus a complexity check (n vs 4n), which
// compares two timings in the same test and never asserts an absolute time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/model/parse.ts';
import { anyText, assertPostingInvariants, binaryText, budget, assertLinear, hostile, LINEAR_RATIO_LIMIT, mutatedSeed, reEndedSeed, seeds, shortPosting, unicodeText } from './inputs.ts';

const holds = (text: string) => {
  assertPostingInvariants(parse(text), text);
};

test('parse: random Unicode (lone surrogates, NULs, odd spaces) never throws and stays in range', () => {
  fc.assert(fc.property(unicodeText, holds), budget(400, 4000));
});

test('parse: mutated seeds (insert/delete/duplicate/swap lines, random characters) keep every invariant', () => {
  fc.assert(fc.property(mutatedSeed, holds), budget(300, 6000));
});

test('parse: short documents of real and edge lines (a field on the last line, a lone heading) keep every invariant', () => {
  fc.assert(fc.property(shortPosting, holds), budget(600, 4000));
});

test('parse: binary bytes decoded as latin1 and as invalid UTF-8', () => {
  fc.assert(fc.property(binaryText, holds), budget(200, 3000));
});

test('parse: CRLF / CR / mixed line ends and a BOM give the same outline as LF', () => {
  fc.assert(
    fc.property(reEndedSeed, (text) => {
      holds(text);
      const lf = text.replace(/^\ufeff/, '').replace(/\r\n|\r/g, '\n');
      const a = parse(text).sections.map((s) => [s.kind, s.line, s.endLine, s.heading?.label ?? null]);
      const b = parse(lf).sections.map((s) => [s.kind, s.line, s.endLine, s.heading?.label ?? null]);
      assert.deepEqual(a, b);
    }),
    budget(60, 3000),
  );
});

test('parse: any text of the mixed generator (smoke, larger run)', () => {
  fc.assert(fc.property(anyText, holds), budget(300, 5000));
});

test('parse: every non-blank line outside front matter belongs to a section (seeds, mutated)', () => {
  fc.assert(
    fc.property(mutatedSeed, (text) => {
      const p = parse(text);
      const covered = new Uint8Array(p.lines.length);
      for (const s of p.sections) for (let l = s.line; l <= s.endLine; l++) covered[l] = 1;
      if (p.frontMatter) for (let l = p.frontMatter.line; l <= p.frontMatter.endLine; l++) covered[l] = 1;
      for (let l = 0; l < p.lines.length; l++) {
        if (p.lineInfo[l]!.kind !== 'blank') assert.ok(covered[l], `line ${l} (${p.lineInfo[l]!.kind}) ${JSON.stringify(p.lines[l]!.slice(0, 60))} is in no section`);
      }
    }),
    budget(150, 3000),
  );
});

test('parse: hostile shapes (1 MB single line, 100,000 bullets, 100,000 repeated headings, NULs) keep every invariant', () => {
  const cases: Array<[string, string]> = [
    ['1 MB single line', hostile.singleLine(1 << 20)],
    ['100,000 bullets', hostile.bullets(100_000)],
    ['100,000 repeated headings', hostile.headings(100_000)],
    ['30,000 mixed headings', hostile.mixedHeadings(30_000)],
    ['256 KB of NULs', hostile.nuls(1 << 18)],
    ['256 KB of CR-only fields', hostile.crColons(1 << 18)],
    ['empty', ''],
    ['only a BOM', '\ufeff'],
    ['only line ends', '\r\n\r\r\n\n\r'],
    ['lone surrogates', '\ud800\udc00\udfff\ud800\n\ud83d'],
  ];
  for (const [name, text] of cases) {
    try {
      holds(text);
    } catch (error) {
      assert.fail(`${name}: ${(error as Error).message}`);
    }
  }
});

for (const [name, make, n] of [
  ['single long line', hostile.singleLine, 64 * 1024],
  ['bullets', hostile.bullets, 8_000],
  ['repeated headings', hostile.headings, 8_000],
  ['mixed headings', hostile.mixedHeadings, 8_000],
  ['repeated seed', hostile.seedRepeated, 64 * 1024],
  ['CR-only fields', hostile.crColons, 64 * 1024],
] as const) {
  test(`parse: generous linear time bound, ${name} (t(4n)/t(n) < ${LINEAR_RATIO_LIMIT})`, () => {
    assertLinear(make, parse, n);
  });
}

// Line shapes taken from recheck's attack strings on the parser's own patterns (see
// test/unit/regex-safety.test.ts): whitespace runs inside a markdown heading and before a colon.
for (const [name, make, n] of [
  ['markdown heading with whitespace runs', (k: number) => '# x' + ' \t'.repeat(k) + 'y' + ' \t'.repeat(k) + 'z', 4_000],
  ['markdown heading, tabs then a colon', (k: number) => '## Education' + '\t'.repeat(k) + '\u0000:', 4_000],
  ['label, spaces then a colon', (k: number) => 'Education' + ' '.repeat(k) + 'x:', 4_000],
] as const) {
  test(`parse: generous linear time bound on one hostile line, ${name}`, () => {
    assertLinear(make, parse, n, '', 2);
  });
}

test('parse: each seed parses to the same result twice (pure, no hidden state)', () => {
  for (const s of seeds) assert.deepEqual(parse(s.text), parse(s.text), s.name);
});
