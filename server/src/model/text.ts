// Line splitting that keeps exact offsets: every range in the model points at the writer's own
// characters, whatever line endings (LF, CRLF, lone CR, mixed) the paste brought along.

export interface SplitText {
  lines: string[];
  lineStarts: number[];
  eol: '\n' | '\r\n' | '\r';
}

export function splitLines(text: string): SplitText {
  const lines: string[] = [];
  const lineStarts: number[] = [0];
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  let start = 0;
  // The next LF and the next CR, each found by indexOf (a native scan) rather than a test per character.
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  while (nextLf >= 0 || nextCr >= 0) {
    const i = nextCr < 0 || (nextLf >= 0 && nextLf < nextCr) ? nextLf : nextCr;
    lines.push(text.slice(start, i));
    if (i === nextLf) {
      lf++;
      start = i + 1;
    } else if (text.charCodeAt(i + 1) === 10) {
      crlf++;
      start = i + 2;
    } else {
      cr++;
      start = i + 1;
    }
    lineStarts.push(start);
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
  }
  lines.push(text.slice(start));
  const eol = crlf >= lf && crlf >= cr && crlf > 0 ? '\r\n' : cr > lf ? '\r' : '\n';
  return { lines, lineStarts, eol };
}

/** Normalises a label for catalog look-ups: lower case, curly quotes straightened, & → and, punctuation to spaces. */
export function normalizeLabel(text: string): string {
  let out = '';
  let space = true;
  for (const ch of text.toLowerCase()) {
    let c = ch;
    if (c === '’' || c === '‘' || c === '`') c = "'";
    if (c === '&') {
      out += space ? 'and ' : ' and ';
      space = true;
      continue;
    }
    const letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === "'" || c > '\u00bf';
    if (letter) {
      out += c;
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  return out.trimEnd();
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 9 || c === 160;
    if (!isSpace && !inWord) count++;
    inWord = !isSpace;
  }
  return count;
}
