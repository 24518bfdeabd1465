import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { SymbolKind } from 'vscode-languageserver';
import { documentSymbols, flatSymbols, sectionName, SYMBOL_KIND } from '../../server/src/features/symbols.ts';
import { parse } from '../../server/src/model/parse.ts';
import { SECTION_KINDS, type Posting, type Range } from '../../server/src/model/posting.ts';
import { fixture } from '../lsp/fixtures/posting.ts';
import { KIND_DOCS } from '../../server/src/features/kindDocs.ts';

function within(inner: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe('features/symbols', () => {
  it('gives one symbol per section: title, header with its fields, headed and unheaded sections', () => {
    const symbols = documentSymbols(fixture());
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.range.start.line]),
      [
        ['Assistant Principal', KIND_DOCS.title.label, 0],
        ['Header', KIND_DOCS.header.label, 2],
        ['Job Summary', KIND_DOCS.summary.label, 5],
        ['Education Required:', KIND_DOCS.education.label, 8],
        ['Salary :', KIND_DOCS.salary.label, 11],
      ],
    );
    const header = symbols[1];
    assert.deepEqual(
      header.children?.map((c) => [c.name, c.detail, c.kind]),
      [
        ['Job Number', '12345', SymbolKind.Property],
        ['Location', 'Lincoln Middle School', SymbolKind.Property],
      ],
    );
    // Sections read as parts of a document, like Markdown headings; details are plain words.
    assert.equal(symbols[2].kind, SymbolKind.String);
    assert.equal(symbols[0].kind, SymbolKind.File);
    for (const s of symbols) assert.doesNotMatch(String(s.detail), /_/, 'no internal ids in details');
    assert.deepEqual(symbols[3].selectionRange, fixture().sections[3].heading!.range);
  });

  it('names a section without a heading by its kind', () => {
    const posting = fixture();
    posting.sections[2] = { ...posting.sections[2], heading: null };
    assert.equal(sectionName(posting, posting.sections[2]), 'Summary (no heading)');
  });

  it('has an icon for every kind', () => {
    for (const kind of SECTION_KINDS) assert.equal(typeof SYMBOL_KIND[kind], 'number', kind);
  });

  it('flattens for clients without hierarchical symbols', () => {
    const flat = flatSymbols(documentSymbols(fixture()), 'file:///a.posting');
    assert.equal(flat.length, 7);
    assert.equal(flat.find((s) => s.name === 'Location')?.containerName, 'Header');
    assert.ok(flat.every((s) => s.location.uri === 'file:///a.posting'));
  });

  it('keeps ranges nested and names non-empty on every seed', () => {
    const dir = resolve(process.cwd(), 'seeds');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const posting: Posting = parse(readFileSync(resolve(dir, file), 'utf8'));
      const symbols = documentSymbols(posting);
      // One top-level symbol per level-1 section; sub-sections are its children.
      assert.equal(symbols.length, posting.sections.filter((x) => x.level !== 2).length, file);
      for (const s of symbols) {
        assert.ok(s.name.trim(), `${file}: empty name`);
        assert.ok(within(s.selectionRange, s.range), `${file}: selectionRange outside range of ${s.name}`);
        for (const c of s.children ?? []) {
          assert.ok(within(c.range, s.range), `${file}: field ${c.name} outside ${s.name}`);
          assert.ok(within(c.selectionRange, c.range), `${file}: field ${c.name} selection`);
        }
      }
    }
  });

  it('never throws and gives an empty outline for an empty document', () => {
    assert.deepEqual(documentSymbols(parse('')), []);
  });
});
