// Heading lines whose name is only part of the line: an ALL-CAPS heading run on into its text
// ("ESSENTIAL DUTIES include the following…") and a heading followed by a remark in parentheses
// ("Essential Functions (these duties are a sample)"). The other heading readers are in body.ts.
import { blockKind, headingKind } from './decide.ts';
import { readsAsOrganization } from './header.ts';
import { capsRunEnd, isCapsHeading, isSpace, isTitleCase, range } from './lines.ts';
import { contentFollows } from './nearby.ts';
import { addBlock, startHeading, type ParseState } from './parseState.ts';
import { wordCount } from './text.ts';

/** "ESSENTIAL DUTIES AND RESPONSIBILITIES include the following…": a caps heading run on into its text. */
export function readRunOnHeading(st: ParseState, i: number, s: number, e: number): boolean {
  const raw = st.lines[i]!;
  const t = st.texts[i]!;
  const end = capsRunEnd(t);
  if (end < 0) return false;
  const label = t.slice(0, end);
  const match = headingKind(label);
  if (!match || match.kind === 'other') return false;
  let vs = s + end;
  while (vs < e && isSpace(raw.charCodeAt(vs))) vs++;
  st.lineInfo[i]!.kind = 'heading-inline';
  const inline = { text: raw.slice(vs, e), range: range(i, vs, i, e) };
  const section = startHeading(st, i, { text: label, label, range: range(i, s, i, s + end), inlineContent: inline, style: 'caps' }, match.kind, false);
  addBlock(st, section, 'paragraph', i, vs, e, blockKind(inline.text));
  return true;
}

/** Words the name before a heading's remark may hold ("Supervisory Responsibilities (if applicable)"). */
const NOTED_HEADING_WORDS = 5;

/**
 * A heading the catalog knows followed by a remark in parentheses ("Essential Duties (other duties may
 * be assigned)", "Qualifications (all required)"), over its content (a list or a sentence): its name is
 * the words before the remark.
 */
export function readNotedHeading(st: ParseState, i: number, s: number, e: number): boolean {
  const t = st.texts[i]!;
  const open = t.indexOf('(');
  if (open <= 0) return false;
  const label = t.slice(0, open).trimEnd();
  if (wordCount(label) > NOTED_HEADING_WORDS || !(isTitleCase(label) || isCapsHeading(label)) || !contentFollows(st, i, true)) return false;
  const match = headingKind(label);
  if (!match || match.kind === 'other' || readsAsOrganization(label)) return false;
  st.lineInfo[i]!.kind = 'heading';
  startHeading(st, i, { text: t, label, range: range(i, s, i, e), style: isCapsHeading(label) ? 'caps' : 'plain' }, match.kind, match.contentDecides);
  return true;
}
