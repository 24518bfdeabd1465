// The shared line tokens (facts/words.ts) are the spans of one regex, found without it: words of
// ASCII letters with inner apostrophes or hyphens, and runs of anything else but white space. The
// rules that read them (repeated-word) were written against that regex, so the two must agree on
// every text: apostrophes and curly quotes, hyphens at a word's edge, digits, other scripts, every
// kind of JavaScript white space, line ends, and a start past the beginning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sameWordIgnoringCase, tokenize } from '../../server/src/facts/words.ts';

const TOKEN = /[A-Za-z]+(?:['’-][A-Za-z]+)*|[^\sA-Za-z]+/g;

/** [start, end, isWord] of each token the regex finds from `from`. */
function byRegex(text: string, from: number): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push([m.index, m.index + m[0].length, /^[A-Za-z]/.test(m[0])]);
  return out;
}

function byTokenize(text: string, from: number): Array<[number, number, boolean]> {
  const t = tokenize(text, from);
  const out: Array<[number, number, boolean]> = [];
  for (let k = 0; k < t.count; k++) {
    const s = t.spans[2 * k]!;
    out.push([s >= 0 ? s : ~s, t.spans[2 * k + 1]!, s >= 0]);
  }
  return out;
}

test('tokenize: words keep inner apostrophes and hyphens, not edge ones', () => {
  const text = "don't  full-time’s -lead lead- o''clock x-'y";
  assert.deepEqual(
    byTokenize(text, 0).map(([s, e, w]) => [text.slice(s, e), w]),
    [
      ["don't", true],
      ['full-time’s', true],
      ['-', false],
      ['lead', true],
      ['lead', true],
      ['-', false],
      ['o', true],
      ["''", false],
      ['clock', true],
      ['x', true],
      ["-'", false],
      ['y', true],
    ],
  );
});

test('tokenize: digits, symbols and other scripts are tokens of their own that are not words', () => {
  const text = 'Grade 3rd $52,000.00 café naïve 日本語 ABC123def';
  assert.deepEqual(byTokenize(text, 0), byRegex(text, 0));
  assert.deepEqual(
    byTokenize(text, 0).map(([s, e, w]) => [text.slice(s, e), w]),
    [
      ['Grade', true],
      ['3', false],
      ['rd', true],
      ['$52,000.00', false],
      ['caf', true],
      ['é', false],
      ['na', true],
      ['ï', false],
      ['ve', true],
      ['日本語', false],
      ['ABC', true],
      ['123', false],
      ['def', true],
    ],
  );
});

test('tokenize: every JavaScript white space separates, CR and CRLF included; empty text has no tokens', () => {
  const text = 'a\tb\u00a0c\u2003d\u3000e\ufeff f\r\ng\u200bh\r';
  assert.deepEqual(byTokenize(text, 0), byRegex(text, 0));
  assert.deepEqual(byTokenize('', 0), []);
  assert.deepEqual(byTokenize('   ', 0), []);
  assert.deepEqual(tokenize('', 0).count, 0);
});

test('tokenize: starting past the beginning reads from there (a bullet marker skipped)', () => {
  const text = '- the the (1) x';
  assert.deepEqual(byTokenize(text, 2), byRegex(text, 2));
  assert.equal(byTokenize(text, 2)[0]![0], 2);
  assert.deepEqual(byTokenize(text, 99), []);
});

test('tokenize agrees with the regex on any text and start', () => {
  const char = fc.oneof(
    fc.constantFrom('a', 'Z', "'", '’', '-', ' ', '\t', '\r', '\n', '\u00a0', '\u2028', '\ufeff', '\u200b', '1', '$', '.', 'é', '日'),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  );
  fc.assert(
    fc.property(fc.array(char, { maxLength: 60 }), fc.nat(70), (chars, from) => {
      const text = chars.join('');
      assert.deepEqual(byTokenize(text, from), byRegex(text, from));
    }),
    { numRuns: 2000 },
  );
});

test('sameWordIgnoringCase: case is ignored, apostrophes and hyphens are not', () => {
  const same = (a: string, b: string) => sameWordIgnoringCase(a, 0, a.length, b, 0, b.length);
  assert.ok(same('The', 'the'));
  assert.ok(same("DON'T", "don't"));
  assert.ok(!same("don't", 'don’t'));
  assert.ok(!same('full-time', 'fulltime'));
  assert.ok(!same('the', 'then'));
  assert.ok(sameWordIgnoringCase('x the', 2, 5, 'THE y', 0, 3));
});
