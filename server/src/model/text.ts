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
  const lower = text.toLowerCase();
  let out = '';
  let space = true;
  // Characters kept as they are go over in runs (one slice per run, not one string per character).
  // A single space after a kept character stays in the run (it would be written as the same ' '), so
  // a label that is already normal ("job title") is one run: the lower case itself, no string built.
  let run = -1;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    const quote = c === 0x2019 || c === 0x2018 || c === 0x60;
    if (!quote && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c > 0xbf)) {
      if (run < 0) run = k;
      space = false;
      continue;
    }
    if (c === 32 && !space) {
      if (run < 0) run = k;
      space = true;
      continue;
    }
    if (run >= 0) {
      out += lower.slice(run, k);
      run = -1;
    }
    if (quote) {
      out += "'";
      space = false;
    } else if (c === 38 /* & */) {
      out += space ? 'and ' : ' and ';
      space = true;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  if (run >= 0) out += run === 0 ? lower : lower.slice(run);
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

/** An ASCII letter by char code (the per-character scans of labels, words and values use these). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** An ASCII digit by char code. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
