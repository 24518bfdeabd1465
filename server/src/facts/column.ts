// Padded two-column layouts (a PDF's label column and value column, copied as spaces): where a
// line's text goes on below it. Empty fields and cut-off text both ask, so that a value wrapped onto
// the next line of its column is read as going on, not as stopping.
import type { Posting } from '../model/posting.ts';
import { nextTextLine, previousTextLine, sentenceStartLine } from '../model/nearby.ts';

// The line look-ups live with the parser's (model/nearby.ts); the rules ask them here under their old names.
export { nextTextLine as nextText, previousTextLine as previousText, sentenceStartLine };

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
  const j = nextTextLine(posting, line, maxBlank);
  return at >= COLUMN_INDENT && j >= 0 && indentOf(posting.lines[j]!) === at;
}
