// Decides whether a text is worth analysing at all. Binary files opened by mistake and pasted
// multi-megabyte dumps get one "not analysed" note instead of a parse, in the editor and the CLI.

/** Above this many UTF-16 code units a document is not analysed (about 5 MB of ASCII). */
export const MAX_ANALYSED_CHARS = 5 * 1024 * 1024;

/** How much of the start of the text is sampled for replacement characters. */
const SAMPLE = 64 * 1024;

/**
 * Why `text` should not be analysed, as a short phrase ("it contains NUL bytes (binary file?)"),
 * or null when it is fine. Linear time; stops at the first NUL.
 */
export function notAnalysableReason(text: string, maxChars: number = MAX_ANALYSED_CHARS): string | null {
  if (text.length > maxChars) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return `the document is too large (${mb} MB; the limit is ${(maxChars / (1024 * 1024)).toFixed(0)} MB)`;
  }
  if (text.indexOf('\u0000') !== -1) return 'it contains NUL bytes (binary file?)';
  // Text decoded from invalid UTF-8 is full of U+FFFD; a few are a typo, many are a binary file.
  const end = Math.min(text.length, SAMPLE);
  // Most texts have none: one indexOf (vectorised) instead of reading the sample character by
  // character at every keystroke (0.25 ms on a large posting).
  const first = text.indexOf('\ufffd');
  if (first === -1 || first >= end) return null;
  let bad = 0;
  for (let i = first; i < end; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  if (bad >= 16 && bad * 20 > end) return 'it is not valid UTF-8 text (binary file?)';
  return null;
}

export { stripBom } from '../regularFile.ts';
