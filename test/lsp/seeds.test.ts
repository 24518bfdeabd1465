// Each seed over stdio: the outline (documentSymbol) holds every labelled section with its line and
// kind, and folding ranges cover the multi-line sections.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileUri, LspClient, ROOT, seedFiles, type SeedLabels } from './client.ts';
import { KIND_DOCS } from '../../server/src/features/kindDocs.ts';
import type { SectionKind } from '../../server/src/model/posting.ts';

interface Sym {
  name: string;
  detail?: string;
  kind: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  selectionRange: { start: { line: number; character: number }; end: { line: number; character: number } };
  children?: Sym[];
}

const labels = JSON.parse(readFileSync(resolve(ROOT, 'seeds/labels.json'), 'utf8')) as SeedLabels;

function inside(inner: Sym['range'], outer: Sym['range']): boolean {
  const le = (a: Sym['range']['start'], b: Sym['range']['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe('LSP over stdio: seeds', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  it('announces the capabilities', () => {
    const caps = client.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    assert.ok(caps.hoverProvider);
    assert.equal(caps.diagnosticProvider, undefined, 'a push client must not be offered pull diagnostics');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(client.initializeResult?.serverInfo?.name, 'postwright');
  });

  for (const seed of seedFiles()) {
    describe(seed, () => {
      const uri = fileUri(`seeds/${seed}`);
      const text = readFileSync(resolve(ROOT, 'seeds', seed), 'utf8');
      const lineCount = text.split(/\r\n|\r|\n/).length;

      before(async () => {
        await client.open(uri, text);
      });

      it('documentSymbol gives the labelled sections with their lines and kinds', async () => {
        const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
        assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no symbols');
        for (const s of symbols) {
          assert.ok(s.name.trim().length > 0, 'empty symbol name');
          assert.ok(inside(s.selectionRange, s.range), `selectionRange outside range for ${s.name}`);
          assert.ok(s.range.end.line < lineCount);
          for (const c of s.children ?? []) assert.ok(inside(c.range, s.range), `child ${c.name} outside ${s.name}`);
        }
        const expected = labels.postings[seed]?.sections ?? [];
        for (const section of expected) {
          const found = symbols.find((s) => s.range.start.line === section.line - 1 && s.detail === KIND_DOCS[section.kind as SectionKind].label);
          assert.ok(found, `no ${section.kind} symbol at line ${section.line} (${section.heading ?? 'no heading'})`);
          if (section.heading && section.kind !== 'title') {
            assert.ok(section.heading.startsWith(found.name.replace(/…$/, '')), `symbol name ${JSON.stringify(found.name)} vs heading ${JSON.stringify(section.heading)}`);
          }
        }
        const header = symbols.find((s) => s.detail === KIND_DOCS.header.label && (s.children?.length ?? 0) > 0);
        if (expected.some((s) => s.kind === 'header')) assert.ok(header, 'the header symbol has its fields as children');
      });

      it('foldingRange gives one range per multi-line section, inside the document', async () => {
        const ranges = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
        assert.ok(Array.isArray(ranges) && ranges.length > 0, 'no folding ranges');
        for (const r of ranges) {
          assert.ok(r.startLine >= 0 && r.startLine < r.endLine && r.endLine < lineCount, `bad range ${JSON.stringify(r)}`);
        }
        const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
        const lines = text.split(/\r\n|\r|\n/);
        for (const s of symbols) {
          let end = s.range.end.line;
          while (end > s.range.start.line && lines[end].trim() === '') end--;
          if (end > s.range.start.line) {
            assert.ok(ranges.some((r) => r.startLine === s.range.start.line), `no folding range for ${s.detail} at line ${s.range.start.line + 1}`);
          }
        }
      });

      it('hover on a section heading explains the section', async () => {
        const expected = (labels.postings[seed]?.sections ?? []).find((s) => s.heading && s.kind !== 'title' && s.kind !== 'header');
        if (!expected) return;
        const result = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
          textDocument: { uri },
          position: { line: expected.line - 1, character: 1 },
        });
        assert.ok(result, `no hover on ${expected.heading}`);
        assert.equal(result.contents.kind, 'markdown');
        assert.match(result.contents.value, new RegExp(`\`${expected.kind}\``));
      });
    });
  }
});
