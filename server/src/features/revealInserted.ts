// Where a fix's inserted block lands once the edit is applied, and what to select in it, so the
// editor can show the writer what a quick fix added. A section is often inserted far from the
// finding (the finding sits on the title, the section goes near the end), and a snippet edit that
// the editor applies as plain text moves neither the cursor nor the view. Pure.
import type { Range } from '../model/posting.ts';
import type { Fix, TextEdit } from '../rules/types.ts';
import { expandSnippet, firstPlaceholder } from '../facts/snippet.ts';
import type { RevealInsertedArgs } from '../protocol.ts';

interface Position {
  line: number;
  character: number;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The position `offset` characters into `text` inserted at `start` (line breaks: \r\n, \n or \r). */
function positionIn(text: string, offset: number, start: Position): Position {
  let line = start.line;
  let lineStart = -1; // offset of the current line's first character, -1 while on the start line
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue; // \r of \r\n: the \n counts
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return lineStart < 0 ? { line, character: start.character + offset } : { line, character: offset - lineStart };
}

/**
 * Where `p` lands once `edits` (all before it, none overlapping) are applied. Taken from the last
 * to the first, so each edit's range is still in the coordinates `p` is in at that step.
 */
function shifted(p: Position, edits: readonly { range: Range; text: string }[]): Position {
  let { line, character } = p;
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i]!;
    const end = positionIn(e.text, e.text.length, e.range.start);
    if (e.range.end.line === line) character = end.character + (character - e.range.end.character);
    line += end.line - e.range.end.line;
  }
  return { line, character };
}

/**
 * The block a fix inserts (its edit that adds the most lines), in the document after the fix:
 * its lines, and the selection an editor makes when it inserts the snippet (the first placeholder's
 * default), or an empty selection at the start of its first non-blank line. Null for fixes that add
 * no line (a word replaced, a line removed): the writer is already looking at those.
 */
export function insertedBlock(fix: Fix): Omit<RevealInsertedArgs, 'uri'> | null {
  const edits = fix.edits
    .map((e: TextEdit) => ({ range: e.range, text: fix.snippet ? expandSnippet(e.newText) : e.newText, source: e.newText }))
    .sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  // The block is the edit that adds the most lines (a section), not a retitled line above it.
  let index = -1;
  let most = 0;
  edits.forEach((e, i) => {
    const breaks = positionIn(e.text, e.text.length, { line: 0, character: 0 }).line;
    if (breaks > most) [index, most] = [i, breaks];
  });
  if (index < 0) return null;
  const block = edits[index]!;
  const start = shifted(block.range.start, edits.slice(0, index));
  const end = positionIn(block.text, block.text.length, start);
  const placeholder = fix.snippet ? firstPlaceholder(block.source) : null;
  let selection: Range;
  if (placeholder) {
    selection = { start: positionIn(block.text, placeholder.start, start), end: positionIn(block.text, placeholder.end, start) };
  } else {
    // The first inserted line with a word on it (the heading of an inserted section).
    const lines = block.text.split(/\r\n|\n|\r/);
    let i = 0;
    while (i < lines.length - 1 && lines[i]!.trim() === '') i++;
    const at: Position = i === 0 ? start : { line: start.line + i, character: 0 };
    selection = { start: at, end: at };
  }
  // A block that ends with a line break ends at the start of the next line: that line is not part of it.
  const lastLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
  return { start, lastLine, selection };
}
