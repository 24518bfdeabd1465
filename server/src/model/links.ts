// Link text whose link was lost when the posting was copied ("Click here to see …", "[Website]",
// "Link to Full Job Description" with no address on the line or the next one): the reader is sent
// to something the text no longer holds. The parser reads such a line as page text (a section of
// its own, not the content of the section above); the job-board-junk rule reports it.

import { LOST_LINK_TEXT } from './junk.ts';

/** An address: a scheme, www., an e-mail, or a domain ending. */
const ADDRESS = /https?:\/\/|\bwww\.|@[a-z0-9-]{1,63}\.[a-z]|[a-z0-9]\.(?:com|org|net|gov|edu|us)\b/i;

/**
 * The columns of lost link text on the line, or null. `next` gives the next text line, read only
 * when the line holds link text (an address there means the link is still in the text).
 */
export function lostLinkAt(line: string, next: () => string): { start: number; end: number } | null {
  if (line.length > 1000) return null;
  const m = LOST_LINK_TEXT.exec(line.trim());
  if (!m || ADDRESS.test(line) || ADDRESS.test(next())) return null;
  const lead = line.length - line.trimStart().length;
  return { start: lead + m.index, end: lead + m.index + m[0].length };
}
