// The server's open documents: vscode-languageserver-textdocument's TextDocument, except that an
// edit does not build the new text at once.
//
// Why: the library applies an edit as `before + change + after` and then reads characters of the
// result (its CR LF checks), which makes V8 copy the whole document into a new flat string on every
// edit. In a 200 KB posting that is a 400 KB string (postings hold ’ and é, so two bytes a
// character) and about 1.5 ms per keystroke, even for the edits of a burst that are never analysed
// (only the last version of a burst is), and those large strings were a good part of the server's
// garbage-collection time while typing (docs/performance.md). Here the text is kept as the pieces
// the edits left (slices of the last flat text and the inserted texts) and joined once, when
// something asks for it: at most one copy per analysed version.
//
// The line offsets, the positions and every answer are the library's (1.0.16): the same update of
// the line offsets from the change's text alone, the same clamping of positions to the end of a
// line; test/unit/edited-document.test.ts compares the two on random edits.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

const LF = 10;
const CR = 13;

function isEOL(c: number): boolean {
  return c === CR || c === LF;
}

/** Offsets of the starts of lines in `text` (the library's computeLineOffsets, which it does not export). */
function lineOffsetsOf(text: string, isAtLineStart: boolean, textOffset = 0): number[] {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isEOL(c)) {
      if (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}

function wellformed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** An index as String#charCodeAt and String#substring read one (undefined and NaN are 0). */
function toIndex(n: number | undefined): number {
  const i = Math.trunc(n as number);
  return Number.isNaN(i) ? 0 : i;
}

/** More pieces than this and the text is joined at the next edit: bounds the cost of finding a character. */
const MAX_PIECES = 256;

export class EditedDocument implements TextDocument {
  /** The whole text when it is one string; null while it is `pieces`. */
  private text: string | null;
  /** The text as consecutive pieces, none empty (only while `text` is null). */
  private pieces: string[] = [];
  private length: number;
  private lineOffsets: number[] | undefined = undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.text = content;
    this.length = content.length;
  }

  getText(range?: Range): string {
    if (this.text === null) {
      this.text = this.pieces.join('');
      this.pieces = [];
    }
    if (!range) return this.text;
    return this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  /** The character code at `offset`, as String#charCodeAt answers it (NaN outside the text), without joining the pieces. */
  private codeAt(offset: number): number {
    if (this.text !== null) return this.text.charCodeAt(offset);
    let i = toIndex(offset);
    if (i < 0 || i >= this.length) return NaN;
    for (const piece of this.pieces) {
      if (i < piece.length) return piece.charCodeAt(i);
      i -= piece.length;
    }
    return NaN;
  }

  /** The pieces of the text's [from, to) (both within the text, from <= to), pushed onto `out`. */
  private piecesBetween(from: number, to: number, out: string[]): void {
    let at = 0;
    for (const piece of this.pieces) {
      const pieceEnd = at + piece.length;
      if (pieceEnd > from && at < to) out.push(from <= at && pieceEnd <= to ? piece : piece.slice(Math.max(from - at, 0), Math.min(to, pieceEnd) - at));
      at = pieceEnd;
      if (at >= to) break;
    }
  }

  /**
   * The text becomes `text.substring(0, start) + inserted + text.substring(end)`, as the library
   * builds it (substring's clamping included: the offsets of an edit past the text's lines can be
   * NaN there), held as pieces.
   */
  private replace(start: number | undefined, end: number, inserted: string): void {
    if (this.text !== null) {
      this.pieces = this.text ? [this.text] : [];
      this.text = null;
    } else if (this.pieces.length > MAX_PIECES) {
      this.pieces = [this.pieces.join('')];
    }
    const clamp = (n: number | undefined) => Math.min(Math.max(toIndex(n), 0), this.length);
    // substring(0, undefined) is the whole text (an edit on a line the offsets lack gives undefined there).
    const head = start === undefined ? this.length : clamp(start);
    const tail = clamp(end);
    const out: string[] = [];
    this.piecesBetween(0, head, out);
    if (inserted) out.push(inserted);
    this.piecesBetween(tail, this.length, out);
    this.pieces = out;
    this.length = head + inserted.length + (this.length - tail);
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isIncremental(change)) {
        const range = wellformed(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this.replace(startOffset, endOffset, change.text);
        const insertedEndOffset = startOffset + change.text.length;
        const crlfAtStart = this.codeAt(startOffset - 1) === CR && this.codeAt(startOffset) === LF;
        const crlfAtEnd = this.codeAt(insertedEndOffset - 1) === CR && this.codeAt(insertedEndOffset) === LF;
        if (crlfAtStart || crlfAtEnd) {
          this.lineOffsets = undefined;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        // offsetAt() above computed the offsets of the text before the edit.
        let lineOffsets = this.lineOffsets!;
        const added = lineOffsetsOf(change.text, false, startOffset);
        if (endLine - startLine === added.length) {
          for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i]!;
        } else if (added.length < 10000) {
          lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
        } else {
          this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] = lineOffsets[i]! + diff;
      } else if (isFull(change)) {
        this.text = change.text;
        this.pieces = [];
        this.length = change.text.length;
        this.lineOffsets = undefined;
      } else {
        throw new Error('Unknown change event received');
      }
    }
    this.version = version;
  }

  private getLineOffsets(): number[] {
    if (this.lineOffsets === undefined) this.lineOffsets = lineOffsetsOf(this.getText(), true);
    return this.lineOffsets;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid]! > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]!);
    return { line, character: offset - lineOffsets[line]! };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line]!;
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1]! : this.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.length - lineOffsets[lastLine]! } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const startOffset = lineOffsets[line]!;
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1]! : this.length;
    const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1]! : this.length;
    const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]!);
    return this.getText().substring(eolOffset, nextLineOffset);
  }

  private ensureBeforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.codeAt(offset - 1))) offset--;
    return offset;
  }
}

function isIncremental(change: TextDocumentContentChangeEvent): change is { range: Range; rangeLength?: number; text: string } {
  const c = change as { range?: unknown; rangeLength?: unknown; text?: unknown } | null | undefined;
  return c !== undefined && c !== null && typeof c.text === 'string' && c.range !== undefined && (c.rangeLength === undefined || typeof c.rangeLength === 'number');
}

function isFull(change: TextDocumentContentChangeEvent): change is { text: string } {
  const c = change as { range?: unknown; rangeLength?: unknown; text?: unknown } | null | undefined;
  return c !== undefined && c !== null && typeof c.text === 'string' && c.range === undefined && c.rangeLength === undefined;
}

/** The configuration `new TextDocuments(…)` takes: documents created and updated as above. */
export const EditedDocuments = {
  create(uri: string, languageId: string, version: number, content: string): EditedDocument {
    return new EditedDocument(uri, languageId, version, content);
  },
  update(document: EditedDocument, changes: TextDocumentContentChangeEvent[], version: number): EditedDocument {
    document.update(changes, version);
    return document;
  },
};
