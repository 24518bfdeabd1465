// The server's documents (lsp/editedDocument.ts) keep an edited text as pieces and join them when
// asked; every answer must be the library's TextDocument's. Random documents and random edit
// sequences (line breaks of every kind, CR LF split and joined by edits, positions past the ends,
// reversed ranges, several changes per update, full replacements) are applied to both, and the
// text, line count, offsets and positions are compared after each update; some updates are
// followed by reads (which join the pieces) and some are not (the pieces pile up past the bound).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditedDocument, EditedDocuments } from '../../server/src/lsp/editedDocument.ts';

const piece = fc.constantFrom('a', 'bc', 'Job ', '\n', '\r', '\r\n', '\n\n', 'é’', '😀', '', 'x\r\ny');
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 14 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);
const update = fc.record({ changes: fc.array(change, { minLength: 1, maxLength: 3 }), read: fc.boolean() });

function same(mine: EditedDocument, theirs: TextDocument, probes: ReturnType<typeof position.generate>['value'][]): void {
  assert.equal(mine.lineCount, theirs.lineCount);
  const length = theirs.getText().length;
  for (let offset = -1; offset <= length + 1; offset++) assert.deepEqual(mine.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
  for (const p of probes) assert.equal(mine.offsetAt(p), theirs.offsetAt(p), `offsetAt(${JSON.stringify(p)})`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    assert.deepEqual(mine.getLineRange(line), theirs.getLineRange(line), `getLineRange(${line})`);
    assert.equal(mine.getEOLCharacters(line), theirs.getEOLCharacters(line), `getEOLCharacters(${line})`);
  }
  assert.equal(mine.getText(), theirs.getText());
}

test('random edits: the same text, line count, offsets and positions as the library', () => {
  fc.assert(
    fc.property(text, fc.array(update, { maxLength: 40 }), fc.array(position, { maxLength: 8 }), (initial, updates, probes) => {
      const mine = EditedDocuments.create('untitled:a', 'job-posting', 1, initial);
      const theirs = TextDocument.create('untitled:a', 'job-posting', 1, initial);
      let version = 1;
      for (const { changes, read } of updates) {
        version++;
        EditedDocuments.update(mine, changes, version);
        TextDocument.update(theirs, changes, version);
        assert.equal(mine.version, version);
        if (read) same(mine, theirs, probes);
        else for (const p of probes) assert.equal(mine.offsetAt(p), theirs.offsetAt(p));
      }
      same(mine, theirs, probes);
    }),
    { numRuns: 1000 },
  );
});

test('hundreds of one-character edits with no read in between: the pieces are joined on the way', () => {
  const initial = 'Line one\r\nLine two\nLine three\r\n'.repeat(20);
  const mine = EditedDocuments.create('untitled:b', 'job-posting', 1, initial);
  const theirs = TextDocument.create('untitled:b', 'job-posting', 1, initial);
  for (let i = 0; i < 1200; i++) {
    const line = (i * 7) % 60;
    const at = { line, character: (i * 3) % 12 };
    const changes = [{ range: { start: at, end: i % 5 === 0 ? { line, character: at.character + 2 } : at }, text: i % 9 === 0 ? '\r\n' : 'z' }];
    EditedDocuments.update(mine, changes, i + 2);
    TextDocument.update(theirs, changes, i + 2);
  }
  assert.equal(mine.getText(), theirs.getText());
  assert.equal(mine.lineCount, theirs.lineCount);
  assert.deepEqual(mine.getText({ start: { line: 3, character: 1 }, end: { line: 9, character: 4 } }), theirs.getText({ start: { line: 3, character: 1 }, end: { line: 9, character: 4 } }));
});
