// Properties of the pure editor features (server/src/features): hover, document symbols, folding
// ranges, diagnostics conversion and the snippet helpers. For random, mutated and hostile text and
// for any position (inside, at the edges of, or far outside the document) they never throw and
// everything they return stays inside the document; symbols nest (selectionRange inside range,
// children inside their parent) and have non-empty names (VS Code rejects an empty one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DocumentSymbol } from 'vscode-languageserver';
import { analyze } from '../../server/src/analysis.ts';
import { toDiagnostics } from '../../server/src/features/diagnostics.ts';
import { foldingRanges } from '../../server/src/features/folding.ts';
import { hover } from '../../server/src/features/hover.ts';
import { escapeSnippet, expandSnippet, maxTabstop, parseSnippet, shiftTabstops } from '../../server/src/facts/snippet.ts';
import { documentSymbols, flatSymbols } from '../../server/src/features/symbols.ts';
import { parse } from '../../server/src/model/parse.ts';
import type { Position, Posting, Range } from '../../server/src/model/posting.ts';
import { BUILTIN_PROFILES } from '../../server/src/profiles/builtin.ts';
import { anyText, assertRange, budget, assertLinear, hostile, LINEAR_RATIO_LIMIT, lineLengths, mutatedSeed, seeds } from './inputs.ts';

function within(inner: Range, outer: Range): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function assertSymbols(symbols: DocumentSymbol[], lens: number[], parent: DocumentSymbol | null, path: string): void {
  for (const [i, s] of symbols.entries()) {
    const where = `${path}[${i}] "${s.name}"`;
    assert.ok(typeof s.name === 'string' && s.name.trim().length > 0, `${where}: empty name`);
    assertRange(s.range, lens, `${where}.range`);
    assertRange(s.selectionRange, lens, `${where}.selectionRange`);
    assert.ok(within(s.selectionRange, s.range), `${where}: selectionRange ${JSON.stringify(s.selectionRange)} outside range ${JSON.stringify(s.range)}`);
    if (parent) assert.ok(within(s.range, parent.range), `${where}: outside its parent's range`);
    if (s.children) assertSymbols(s.children, lens, s, `${where}.children`);
  }
}

function assertFolding(posting: Posting, lens: number[], limit?: number): void {
  const ranges = foldingRanges(posting, limit);
  if (limit !== undefined && limit >= 0) assert.ok(ranges.length <= limit, `folding: ${ranges.length} ranges over the limit ${limit}`);
  for (const [i, r] of ranges.entries()) {
    assert.ok(Number.isInteger(r.startLine) && Number.isInteger(r.endLine), `folding[${i}]: integers`);
    assert.ok(r.startLine >= 0 && r.startLine < r.endLine && r.endLine < lens.length, `folding[${i}]: ${r.startLine}-${r.endLine} with ${lens.length} lines`);
  }
}

/** Positions worth probing: every line start and end, the middle, and outside the document. */
function probePositions(lens: number[], extra: Position[]): Position[] {
  const out: Position[] = [...extra];
  const step = Math.max(1, Math.floor(lens.length / 40));
  for (let line = 0; line < lens.length; line += step) out.push({ line, character: 0 }, { line, character: lens[line]! }, { line, character: lens[line]! >> 1 });
  out.push({ line: lens.length, character: 0 }, { line: lens.length + 1000, character: 5 }, { line: 0, character: 1e9 }, { line: -1, character: -1 }, { line: 2 ** 31 - 1, character: 2 ** 31 - 1 });
  return out;
}

function holds(text: string, extra: Position[] = []): void {
  const lens = lineLengths(text);
  const a = analyze(text, { today: '2025-06-01' });
  const posting = a.posting;
  assertSymbols(documentSymbols(posting), lens, null, 'symbols');
  for (const s of flatSymbols(documentSymbols(posting), 'file:///x.posting')) assertRange(s.location.range, lens, `flat "${s.name}"`);
  assertFolding(posting, lens);
  assertFolding(posting, lens, 3);
  assertFolding(posting, lens, 0);
  for (const d of toDiagnostics(a.findings)) assertRange(d.range, lens, `diagnostic "${d.message}"`);
  for (const pos of probePositions(lens, extra)) {
    for (const profile of [a.profile, null, BUILTIN_PROFILES[0]!]) {
      const h = hover(posting, pos, profile);
      if (h === null) continue;
      assert.ok(h.contents, 'hover has contents');
      const value = typeof h.contents === 'string' ? h.contents : 'value' in h.contents ? h.contents.value : '';
      assert.equal(typeof value, 'string');
      if (h.range) assertRange(h.range, lens, `hover at ${JSON.stringify(pos)}`);
    }
  }
}

const position = fc.record({ line: fc.integer({ min: -2, max: 400 }), character: fc.integer({ min: -2, max: 400 }) });

test('hover / symbols / folding / diagnostics: mutated seeds, Unicode, binary, random positions', () => {
  fc.assert(fc.property(anyText, fc.array(position, { maxLength: 8 }), (text, extra) => holds(text, extra)), budget(200, 8000));
});

test('hover / symbols / folding: every position of every seed (and with CRLF)', () => {
  for (const s of seeds) {
    for (const text of [s.text, s.text.replace(/\n/g, '\r\n')]) {
      const lens = lineLengths(text);
      const posting = parse(text);
      for (let line = 0; line < lens.length; line++) {
        for (let character = 0; character <= lens[line]!; character += 3) {
          const h = hover(posting, { line, character }, BUILTIN_PROFILES[0]!);
          if (h?.range) assertRange(h.range, lens, `${s.name} hover at ${line}:${character}`);
        }
      }
      holds(text);
    }
  }
});

test('features: hostile shapes (1 MB single line, 100,000 bullets, 100,000 repeated headings)', () => {
  for (const [name, text] of [
    ['1 MB single line', hostile.singleLine(1 << 20)],
    ['100,000 bullets', hostile.bullets(100_000)],
    ['100,000 repeated headings', hostile.headings(100_000)],
    ['30,000 mixed headings', hostile.mixedHeadings(30_000)],
  ] as const) {
    try {
      const lens = lineLengths(text);
      const posting = parse(text);
      assertSymbols(documentSymbols(posting), lens, null, 'symbols');
      assertFolding(posting, lens);
      for (const pos of probePositions(lens, [])) hover(posting, pos, null);
    } catch (error) {
      assert.fail(`${name}: ${(error as Error).message}`);
    }
  }
});

for (const [name, make, n] of [
  ['bullets', hostile.bullets, 8_000],
  ['mixed headings', hostile.mixedHeadings, 8_000],
  ['repeated seed', hostile.seedRepeated, 64 * 1024],
] as const) {
  test(`symbols + folding + hover: generous linear time bound, ${name} (t(4n)/t(n) < ${LINEAR_RATIO_LIMIT})`, () => {
    const run = (p: Posting) => {
      documentSymbols(p);
      foldingRanges(p);
      // Hover at 200 spread positions: each must not rescan in a way that grows with the document squared.
      for (let k = 0; k < 200; k++) hover(p, { line: Math.floor((k * p.lines.length) / 200), character: 0 }, null);
    };
    assertLinear(make, run, n, '', 3, parse);
  });
}

test('snippets: parse/expand never throw; escaped text expands to itself; renumbering keeps the text', () => {
  const snippetish = fc.array(fc.oneof(fc.constantFrom('$', '{', '}', '\\', '|', ',', ':', '$1', '${', '${1:', '${1|', '$VAR', '${TM_', '0', '9', 'a'), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((p) => p.join(''));
  fc.assert(
    fc.property(fc.oneof(snippetish, fc.string({ unit: 'binary', maxLength: 60 })), (src) => {
      parseSnippet(src);
      const plain = expandSnippet(src);
      assert.equal(typeof plain, 'string');
      assert.equal(expandSnippet(escapeSnippet(src)), src, 'escapeSnippet round trip');
      assert.ok(maxTabstop(src) >= 0);
      assert.equal(expandSnippet(shiftTabstops(src, 5, true)), plain, 'shifting tab stops keeps the expanded text');
    }),
    budget(500, 4000),
  );
});

// Found by this file: parseSnippet/expandSnippet recursed once per nesting level, so ~10,000
// nested placeholders threw RangeError although the module promises "never throws".
test('snippets: deeply nested placeholders do not overflow the stack', () => {
  for (const depth of [1_000, 20_000]) {
    const src = '${1:'.repeat(depth) + 'x' + '}'.repeat(depth);
    try {
      expandSnippet(src);
    } catch (error) {
      assert.fail(`depth ${depth}: ${(error as Error).message}`);
    }
  }
});

test('symbols: mutated seeds give names without line breaks and at most 120 characters', () => {
  fc.assert(
    fc.property(mutatedSeed, (text) => {
      const walk = (list: DocumentSymbol[]): void => {
        for (const s of list) {
          assert.ok(!/[\r\n]/.test(s.name), `name with a line break: ${JSON.stringify(s.name)}`);
          assert.ok(s.name.length <= 120, `name of ${s.name.length} characters`);
          if (s.children) walk(s.children);
        }
      };
      walk(documentSymbols(parse(text)));
    }),
    budget(150, 3000),
  );
});
