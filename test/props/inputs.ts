// Shared inputs and invariants for the property tests in test/props (parse, analyze, features,
// hostile). Generators make hostile and near-real postings; the invariant checkers say what
// "stays inside the document" means for every range the model and the features hand out.
//
// Budgets: every property is bounded both by numRuns and by a wall-clock interrupt (an interrupt is
// not a failure: fewer runs on a slow machine, never a flaky red), so the props group stays well
// under a minute on two cores.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Posting, Position, Range } from '../../server/src/model/posting.ts';

export const root = join(import.meta.dirname, '..', '..');

export const seeds: Array<{ name: string; text: string }> = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(root, 'seeds', name), 'utf8') }));

/** Every line of every seed: material for realistic mutations. */
const seedLines: string[] = seeds.flatMap((s) => s.text.split(/\r\n|\r|\n/));

/** fast-check parameters for one property: modest runs, a wall-clock cap that is not a failure. */
export function budget(numRuns: number, ms: number): fc.Parameters<unknown> {
  return { numRuns, interruptAfterTimeLimit: ms, markInterruptAsFailure: false };
}

// ── Generators ──────────────────────────────────────────────────────────────────────────────────

/** Any UTF-16 code unit, lone surrogates included (JavaScript strings can hold them). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Characters the parser treats specially, weighted up so they meet each other often. */
const special = fc.constantFrom(
  '\n', '\r', '\r\n', '\t', ' ', '\u00a0', '\ufeff', '\u200b', '\u2028', '\u0000', '\ufffd',
  ':', ' : ', '-', '- ', '•', '* ', '1. ', 'a) ', '(1) ', '#', '## ', '---', '-----', '$', '$45,000', ' - ',
  'EDUCATION', 'Salary:', 'Qualifications:', 'Job Title: ', 'Posted: ', 'Equal Opportunity Employer',
  'How to Apply', 'Benefits', 'RESPONSIBILITIES', 'Responsibilities:', 'Read Full Description', '🙂', 'é', 'e\u0301',
);

/** Random Unicode text: code points, lone surrogates and parser-relevant pieces. */
export const unicodeText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }, { weight: 2, arbitrary: codeUnit }, { weight: 4, arbitrary: special }), { maxLength: 200 })
  .map((parts) => parts.join(''));

/** Binary files opened by mistake: arbitrary bytes decoded as latin1 and as (invalid) UTF-8. */
export const binaryText = fc.tuple(fc.uint8Array({ maxLength: 2000 }), fc.boolean()).map(([bytes, utf8]) => Buffer.from(bytes).toString(utf8 ? 'utf8' : 'latin1'));

type Mutation =
  | { op: 'insert'; at: number; line: string }
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number; count: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'chars'; at: number; col: number; text: string }
  | { op: 'cut'; at: number; col: number; count: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof(fc.constantFrom(...seedLines), unicodeText) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('chars' as const), at: fc.nat(), col: fc.nat(), text: fc.oneof(special, fc.string({ unit: 'binary', maxLength: 6 })) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), col: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
);

function applyMutation(lines: string[], m: Mutation): void {
  const n = Math.max(lines.length, 1);
  switch (m.op) {
    case 'insert':
      lines.splice(m.at % (n + 1), 0, m.line);
      break;
    case 'delete':
      lines.splice(m.at % n, m.count);
      break;
    case 'duplicate': {
      const at = m.at % n;
      lines.splice(at, 0, ...lines.slice(at, at + m.count));
      break;
    }
    case 'swap': {
      const a = m.a % n;
      const b = m.b % n;
      if (a < lines.length && b < lines.length) [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      break;
    }
    case 'chars': {
      const at = m.at % n;
      const line = lines[at] ?? '';
      const col = m.col % (line.length + 1);
      lines[at] = line.slice(0, col) + m.text + line.slice(col);
      break;
    }
    case 'cut': {
      const at = m.at % n;
      const line = lines[at] ?? '';
      const col = m.col % (line.length + 1);
      lines[at] = line.slice(0, col) + line.slice(col + m.count);
      break;
    }
  }
}

const eolStyle = fc.constantFrom('\n', '\r\n', '\r', 'mixed' as const);

/** Joins lines with one line ending, or a random mix of all three. */
function joinLines(lines: string[], eol: string, mixSeed: number): string {
  if (eol !== 'mixed') return lines.join(eol);
  const ends = ['\n', '\r\n', '\r'];
  let out = '';
  let x = mixSeed | 1;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      out += ends[x % 3];
    }
    out += lines[i];
  }
  return out;
}

/** A seed mutated by up to 12 line and character edits, with any line endings and maybe a BOM. */
export const mutatedSeed = fc
  .record({
    seed: fc.constantFrom(...seeds.map((s) => s.text)),
    mutations: fc.array(mutation, { maxLength: 12 }),
    eol: eolStyle,
    mix: fc.nat(),
    bom: fc.boolean(),
    trailing: fc.constantFrom('', '\n', '\n\n\n', '\r\n', '   '),
  })
  .map(({ seed, mutations, eol, mix, bom, trailing }) => {
    const lines = seed.split(/\r\n|\r|\n/);
    for (const m of mutations) applyMutation(lines, m);
    return (bom ? '\ufeff' : '') + joinLines(lines, eol, mix) + trailing;
  });

/** A seed with its line endings rewritten (CRLF, CR, or a mix) and maybe a BOM. */
export const reEndedSeed = fc
  .record({ seed: fc.constantFrom(...seeds.map((s) => s.text)), eol: eolStyle, mix: fc.nat(), bom: fc.boolean() })
  .map(({ seed, eol, mix, bom }) => (bom ? '\ufeff' : '') + joinLines(seed.split(/\r\n|\r|\n/), eol, mix));

/**
 * A short document of real posting lines (from the seeds) and edge lines (a label with no value, a
 * lone heading, a bullet with nothing after it, a NUL): structure at the document's edges, where a
 * look at "the next line" or "the line above" can step outside it (a title field on the last line
 * once read past the end).
 */
const EDGE_LINES = ['', ' ', 'Job Title:', 'Job Title: ', 'Salary:', 'EDUCATION:', 'Position:', '- ', '•', '1.', '|', '\u0000', 'Posted:', 'Custodian', 'Apply now'];
export const shortPosting = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...EDGE_LINES) }, { weight: 3, arbitrary: fc.constantFrom(...seedLines) }), { minLength: 1, maxLength: 8 })
  .map((lines) => lines.join('\n'));

/** Everything at once, weighted toward near-real postings. */
export const anyText = fc.oneof({ weight: 4, arbitrary: mutatedSeed }, { weight: 2, arbitrary: unicodeText }, { weight: 1, arbitrary: binaryText }, { weight: 1, arbitrary: reEndedSeed }, { weight: 2, arbitrary: shortPosting });

// ── Big hostile documents (built once per size) ──────────────────────────────────────────────────

export const hostile = {
  /** One line of n characters of prose-like text. */
  singleLine: (n: number) => 'Responsibilities: plan, teach and assess; salary $45,000 - $60,000 per year. '.repeat(Math.ceil(n / 78)).slice(0, n),
  /** n bullets under one heading. */
  bullets: (n: number) => 'Responsibilities\n' + '- Plan and deliver lessons aligned to standards\n'.repeat(n),
  /** The same heading n times, nothing between. */
  headings: (n: number) => 'EDUCATION:\n'.repeat(n),
  /** Headings of every style n times, nested-looking. */
  mixedHeadings: (n: number) => Array.from({ length: n }, (_, i) => ['## Education', 'QUALIFICATIONS:', 'Salary : $1', '#'.repeat(1 + (i % 6)) + ' Benefits', 'How to Apply', 'Job Title: Teacher'][i % 6]).join('\n'),
  /** n NUL characters with a line ending every so often. */
  nuls: (n: number) => ('\u0000'.repeat(63) + '\n').repeat(Math.ceil(n / 64)).slice(0, n),
  /** n characters of CR-only line endings with colons (a tokenizer stressor). */
  crColons: (n: number) => 'A: b\r'.repeat(Math.ceil(n / 5)).slice(0, n),
  /** A seed repeated until it is about n characters long. */
  seedRepeated: (n: number) => seeds[0]!.text.repeat(Math.ceil(n / seeds[0]!.text.length)).slice(0, n),
};

// ── Invariants ───────────────────────────────────────────────────────────────────────────────────

/** The line lengths of `text` split the way LSP clients split it (LF, CRLF, lone CR). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

export function assertPosition(pos: Position, lens: number[], what: string): void {
  assert.ok(Number.isInteger(pos.line) && Number.isInteger(pos.character), `${what}: non-integer position ${JSON.stringify(pos)}`);
  assert.ok(pos.line >= 0 && pos.line < lens.length, `${what}: line ${pos.line} outside 0..${lens.length - 1}`);
  assert.ok(pos.character >= 0 && pos.character <= lens[pos.line]!, `${what}: character ${pos.character} outside line ${pos.line} (length ${lens[pos.line]})`);
}

export function assertRange(range: Range, lens: number[], what: string): void {
  assertPosition(range.start, lens, `${what}.start`);
  assertPosition(range.end, lens, `${what}.end`);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: start after end ${JSON.stringify(range)}`);
}

/** Everything the parser promises about a Posting built from `text`. */
export function assertPostingInvariants(p: Posting, text: string): void {
  const lens = lineLengths(text);
  assert.equal(p.text, text, 'posting.text is the input');
  assert.equal(p.lines.length, lens.length, 'line count');
  assert.equal(p.lineStarts.length, p.lines.length, 'one lineStart per line');
  assert.equal(p.lineInfo.length, p.lines.length, 'one lineInfo per line');
  for (let i = 0; i < p.lines.length; i++) {
    const line = p.lines[i]!;
    assert.equal(line.length, lens[i], `line ${i} length`);
    assert.equal(text.slice(p.lineStarts[i], p.lineStarts[i]! + line.length), line, `line ${i} at its lineStart`);
    assert.equal(p.lineInfo[i]!.line, i, `lineInfo[${i}].line`);
    assert.equal(p.lineInfo[i]!.text, line, `lineInfo[${i}].text`);
  }
  if (p.title) assertRange(p.title.range, lens, 'title.range');
  if (p.frontMatter) {
    assert.ok(p.frontMatter.line <= p.frontMatter.endLine && p.frontMatter.endLine < lens.length, 'frontMatter lines');
  }
  for (const [i, f] of p.fields.entries()) {
    assertRange(f.range, lens, `fields[${i}].range`);
    assertRange(f.nameRange, lens, `fields[${i}].nameRange`);
    assertRange(f.valueRange, lens, `fields[${i}].valueRange`);
  }
  for (const [i, r] of p.junk.entries()) assertRange(r, lens, `junk[${i}]`);
  let previousEnd = -1;
  for (const [i, s] of p.sections.entries()) {
    const where = `sections[${i}] (${s.kind}, lines ${s.line}-${s.endLine})`;
    assert.ok(s.line <= s.endLine, `${where}: line after endLine`);
    assert.ok(s.line > previousEnd, `${where}: overlaps or is out of order with the previous section (ended ${previousEnd})`);
    assert.ok(s.endLine < lens.length, `${where}: endLine past the document`);
    previousEnd = s.endLine;
    assertRange(s.range, lens, `${where}.range`);
    assert.ok(s.range.start.line === s.line && s.range.end.line === s.endLine, `${where}: range lines ${s.range.start.line}-${s.range.end.line}`);
    if (s.bodyRange) {
      assertRange(s.bodyRange, lens, `${where}.bodyRange`);
      assert.ok(s.bodyRange.start.line >= s.line && s.bodyRange.end.line <= s.endLine, `${where}: bodyRange outside the section`);
    }
    if (s.heading) {
      assertRange(s.heading.range, lens, `${where}.heading.range`);
      assert.ok(s.heading.range.start.line >= s.line && s.heading.range.end.line <= s.endLine, `${where}: heading outside the section`);
      if (s.heading.inlineContent) assertRange(s.heading.inlineContent.range, lens, `${where}.heading.inlineContent.range`);
    }
    for (const [j, b] of s.blocks.entries()) {
      assertRange(b.range, lens, `${where}.blocks[${j}].range`);
      assert.ok(b.line <= b.endLine && b.line >= s.line && b.endLine <= s.endLine, `${where}.blocks[${j}]: lines ${b.line}-${b.endLine} outside the section`);
    }
    for (const [j, f] of s.fields.entries()) {
      assertRange(f.range, lens, `${where}.fields[${j}].range`);
      assert.ok(f.range.start.line >= s.line && f.range.end.line <= s.endLine, `${where}.fields[${j}] outside the section`);
    }
  }
}

/**
 * Times fn(prepare(make(n))) and fn(prepare(make(4n))), best of `repeats` each, and returns the
 * ratio t(4n) / t(n). A ratio over the limit is measured again (up to three attempts) so that one
 * garbage collection or a busy neighbour cannot fail it: super-linear code fails every attempt.
 */
export function growthRatio<T = string>(
  make: (n: number) => string,
  fn: (input: T) => unknown,
  n: number,
  repeats = 3,
  prepare: (text: string) => T = (t) => t as unknown as T,
): { small: number; large: number; ratio: number } {
  const small = prepare(make(n));
  const large = prepare(make(4 * n));
  fn(small); // warm up the code paths (JIT) before timing
  const best = (input: T) => {
    let min = Infinity;
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      fn(input);
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
  let result = { small: 0, large: 0, ratio: Infinity };
  for (let attempt = 0; attempt < 3 && result.ratio >= LINEAR_RATIO_LIMIT; attempt++) {
    const s = best(small);
    const l = best(large);
    // A floor of 1 ms keeps a very fast small case from turning timer noise into a huge ratio.
    const ratio = l / Math.max(s, 1);
    if (ratio < result.ratio) result = { small: s, large: l, ratio };
  }
  return result;
}

/** The aim for n → 4n is ×4 (linear); anything under ×12 is accepted as "not super-linear". */
export const LINEAR_RATIO_LIMIT = 12;

/** Asserts that fn grows at most linearly from n to 4n (see growthRatio); `what` prefixes the message. */
export function assertLinear<T = string>(
  make: (n: number) => string,
  fn: (input: T) => unknown,
  n: number,
  what = '',
  repeats = 3,
  prepare?: (text: string) => T,
): void {
  const { small, large, ratio } = growthRatio(make, fn, n, repeats, prepare);
  assert.ok(ratio < LINEAR_RATIO_LIMIT, `${what}t(n)=${small.toFixed(2)} ms, t(4n)=${large.toFixed(2)} ms: ratio ${ratio.toFixed(1)} suggests super-linear growth`);
}
