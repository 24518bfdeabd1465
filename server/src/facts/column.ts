// Padded two-column layouts (a PDF's label column and value column, copied as spaces): where a
// line's text goes on below it. Empty fields and cut-off text both ask, so that a value wrapped onto
// the next line of its column is read as going on, not as stopping.
import type { Posting } from '../model/posting.ts';

/** The next non-blank line within `maxBlank` blank lines, or -1. */
export function nextText(posting: Posting, line: number, maxBlank: number): number {
  let blanks = 0;
  for (let j = line + 1; j < posting.lines.length; j++) {
    if (posting.lines[j]!.trim() !== '') return j;
    if (++blanks > maxBlank) return -1;
  }
  return -1;
}

/** Indentation that marks a padded column: a value set this far in goes on under itself. */
const COLUMN_INDENT = 8;

function indentOf(text: string): number {
  let n = 0;
  while (n < text.length && (text[n] === ' ' || text[n] === '\t')) n++;
  return n;
}

/**
 * True when the value on `line` goes on below in its column: a padded two-column layout (a PDF's)
 * wraps a long value onto the next text line at the same deep indentation, often after a blank line
 * ("Kentucky Department of Education, Division of" / "" / "Educator Licensure and Quality.").
 */
export function continuesInColumn(posting: Posting, line: number, maxBlank: number): boolean {
  const at = indentOf(posting.lines[line]!);
  const j = nextText(posting, line, maxBlank);
  return at >= COLUMN_INDENT && j >= 0 && indentOf(posting.lines[j]!) === at;
}

/** The previous non-blank line within `maxBlank` blank lines, or -1. */
export function previousText(posting: Posting, line: number, maxBlank: number): number {
  let blanks = 0;
  for (let j = line - 1; j >= 0; j--) {
    if (posting.lines[j]!.trim() !== '') return j;
    if (++blanks > maxBlank) return -1;
  }
  return -1;
}

/**
 * The line a wrapped sentence starts on: a line that opens in lower case goes on from the text line
 * above it when that one stops without closing its sentence ("… according to approved" / "" /
 * "salary schedules."), as a PDF's wrapped value does. `line` itself when it starts its own text.
 */
export function sentenceStartLine(posting: Posting, line: number, maxBlank: number): number {
  let at = line;
  for (;;) {
    const text = posting.lines[at]!.trimStart();
    const first = text[0] ?? '';
    if (first === '' || first.toLowerCase() !== first || first.toUpperCase() === first) return at;
    const before = previousText(posting, at, maxBlank);
    if (before < 0 || /[.!?:;]\s*$/.test(posting.lines[before]!)) return at;
    at = before;
  }
}
