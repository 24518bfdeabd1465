// Sub-headings: the names inside a section that head a part of it ("Essential Duties:" /
// "Leadership & Management" / "- Build …", "1.  Work Habits" / "• Keep to work hours;"). Each is a
// level-2 section of its parent's kind, nested under it in the outline.
import { BULLET, HAS_LOWER, hasSentenceBreak, isTitleCase, isUpperStart, range } from './lines.ts';
import { CONTENT_WORDS, DEPARTMENT_NAME, contentFollows, endsSentence, readsAsProse, startsBlock, wrapsOn } from './nearby.ts';
import { isDocumentLabel, readsAsOrganization } from './header.ts';
import { fieldKey, splitLabel } from './fields.ts';
import { MAX_LABEL_WORDS, open, startSubHeading, type ParseState } from './parseState.ts';
import { parentFor } from './sections.ts';
import { wordCount } from './text.ts';

/** Prepositions of four letters that headline style leaves in lower case ("Why You Should Work with Us!"). */
const MINOR_WORDS = / (?:with|from|into|onto|upon|over|than) /g;

/** Title case as headlines set it: every word of four or more letters capitalised, save a preposition. */
function isHeadlineCase(text: string): boolean {
  return isTitleCase(text) || isTitleCase(text.replace(MINOR_WORDS, ' '));
}

/** Words a sub-heading may hold: a short name ("Maintenance and Repair", "Transcripts"), not a list item. */
const MAX_SUBHEADING_WORDS = 6;
/** Words a name set apart under unheaded text may hold: a level-1 heading may be a longer phrase ("How Do I Start The Process of Becoming a Sub?"). */
const MAX_NAME_WORDS = 10;

/**
 * A short name on its own line inside a section, set off above (a blank line, the heading, or the
 * end of a list) and followed by its content (a list or a paragraph): a sub-heading of that section
 * ("Essential Duties:" / "Leadership & Management" / "- Build …"), of the section's kind.
 */
export function readSubHeading(st: ParseState, i: number, s: number, e: number, words: number): boolean {
  const t = st.texts[i]!;
  if (st.zone !== 'body' || words > MAX_NAME_WORDS || !HAS_LOWER.test(t)) return false;
  const last = t.charCodeAt(t.length - 1);
  // A web page's heading may ask or exclaim ("What Does a Substitute Do?", "Why Join Us!"): in title case it is a name too.
  const asks = (last === 63 || last === 33) && isHeadlineCase(t);
  const endsOpen = (last >= 65 && last <= 90) || (last >= 97 && last <= 122) || (last >= 48 && last <= 57) || last === 41 || asks;
  // A comma reads as an address, a date or a phrase of a sentence, not a name ("Henrico, VA 23223").
  if (!endsOpen || !isUpperStart(t) || t.includes(':') || t.includes(',') || wrapsOn(st, i)) return false;
  const cur = st.current;
  const parent = cur && !cur.closed ? parentFor(cur) : null;
  // (A question set apart is a heading of the posting's own, as web pages set them, not a part of the section above.)
  if (parent && (!parent.heading || asks)) return readNameOverProse(st, i, s, e, t);
  if (!parent || words > MAX_SUBHEADING_WORDS) return false;
  const prev = i > 0 ? st.lineInfo[i - 1]!.kind : 'blank';
  if (!(prev === 'blank' || prev === 'heading' || prev === 'bullet')) return false;
  // Right under the heading, a line followed by another label is the heading's value ("Closing Date:" / "Continuous" /
  // "ASSIGNMENT: …"), and one in sentence case its first line of content ("Online applications required").
  const underHeading = cur === parent && parent.blocks.length === 0 && parent.fields.length === 0;
  if ((underHeading && !isTitleCase(t)) || !contentFollows(st, i, underHeading)) return false;
  // (A name that is wholly a catalog heading was read as a heading of its own kind before this.)
  st.lineInfo[i]!.kind = 'heading';
  startSubHeading(st, i, { text: t, label: t, range: range(i, s, i, e), style: 'plain' }, parent);
  return true;
}

/**
 * "1.  Work Habits" over a list of other bullets ("• Keep to work hours;"): a numbered name that
 * heads the list below it is a sub-heading of the section, not one of its items.
 */
export function readNumberedSubHeading(st: ParseState, i: number, s: number, e: number, marker: string): boolean {
  if (st.zone !== 'body' || !/\d/.test(marker)) return false;
  const raw = st.lines[i]!;
  const name = raw.slice(s + marker.length, e);
  if (wordCount(name) > MAX_SUBHEADING_WORDS || !isUpperStart(name) || !isTitleCase(name) || /[.,;:!?]$/.test(name)) return false;
  const next = st.nextNonBlank[i]!;
  if (next >= st.lines.length) return false;
  const nextMarker = BULLET.exec(st.texts[next]!);
  if (!nextMarker || /\d/.test(nextMarker[0])) return false;
  const cur = st.current;
  const parent = cur && !cur.closed ? parentFor(cur) : null;
  if (!parent || !parent.heading) return false;
  st.lineInfo[i]!.kind = 'heading';
  startSubHeading(st, i, { text: st.texts[i]!, label: name, range: range(i, s, i, e), style: 'plain' }, parent);
  return true;
}


/**
 * A short name set apart on both sides, under text that has no heading, over a sentence of running
 * text or a list ("Becoming a Model School District" / "MMSD is committed to …"): a heading the catalog does
 * not know, of a section of its own (not a part of the unheaded text above). Its kind is left to the
 * paragraph it stands over (sections.ts finish settles an unknown heading by its body).
 */
function readNameOverProse(st: ParseState, i: number, s: number, e: number, t: string): boolean {
  const next = st.nextNonBlank[i]!;
  if (!isHeadlineCase(t) || !startsBlock(st, i) || next === i + 1 || next >= st.lines.length) return false;
  const nt = st.texts[next]!;
  const sentence = st.words[next]! >= CONTENT_WORDS && endsSentence(st, next) && !splitLabel(st.lines[next]!, st.trimmed[next]![0], MAX_LABEL_WORDS);
  if (!sentence && !BULLET.test(nt)) return false;
  st.lineInfo[i]!.kind = 'heading';
  // As under readNameOverProse, its kind is left to the paragraph (sections.ts finish settles an unknown heading by its body).
  open(st, 'other', i, { text: t, label: t, range: range(i, s, i, e), style: 'plain' });
  return true;
}

/** Words a name over the posting's first paragraph may hold ("General Statement of Job", "Position Details"). */
const MAX_OPENING_NAME_WORDS = 6;
/** Lines looked back over (blank ones) for the line above a name. */
const LOOK_BACK = 3;
const FIGURE = /\d/;

/** The nearest line with content above line i (a bounded look back over blank lines), or -1. */
function lineAbove(st: ParseState, i: number): number {
  for (let p = i - 1; p >= 0 && p >= i - LOOK_BACK; p--) if (st.trimmed[p]![0] < st.trimmed[p]![1]) return p;
  return -1;
}

/** True when line j is running text: a sentence-long line of lower-case words, or one that ends or breaks a sentence. */
function proseAt(st: ParseState, j: number): boolean {
  const t = st.texts[j]!;
  if (st.words[j]! < CONTENT_WORDS || BULLET.test(t) || splitLabel(st.lines[j]!, st.trimmed[j]![0], MAX_LABEL_WORDS)) return false;
  return readsAsProse(t) || hasSentenceBreak(t) || /[.!?]$/.test(t);
}

/**
 * A short name in headline case at the foot of the header block, right over a paragraph of running
 * text ("General Definition of Work" / "Through leadership, advocacy and …"): the heading of the
 * posting's first body section, not one more line of the header. Header lines stand over other
 * header lines; a name over prose heads that prose. Not the value of a known label above it ("Job
 * Title" / "Custodian"), nor the run-on of a "Label: value" line right above, nor the employer's, a
 * department's or the document's name, nor a line with figures or commas (an address, a date). The
 * section's kind is what its body reads as to the content model.
 */
export function readNameOverOpening(st: ParseState, i: number, s: number, e: number, words: number): boolean {
  const t = st.texts[i]!;
  const cur = st.current;
  if (st.zone === 'body' || !cur || cur.kind !== 'header' || words > MAX_OPENING_NAME_WORDS || !HAS_LOWER.test(t)) return false;
  if (!isUpperStart(t) || !isHeadlineCase(t) || /[.;!?]$/.test(t) || t.includes(':') || t.includes(',') || FIGURE.test(t)) return false;
  if (readsAsOrganization(t) || DEPARTMENT_NAME.test(t) || isDocumentLabel(t)) return false;
  const above = lineAbove(st, i);
  if (above >= 0 && (fieldKey(st.texts[above]!) !== null || (above === i - 1 && splitLabel(st.lines[above]!, st.trimmed[above]![0], MAX_LABEL_WORDS)))) return false;
  const next = st.nextNonBlank[i]!;
  if (next >= st.lines.length || !proseAt(st, next)) return false;
  st.lineInfo[i]!.kind = 'heading';
  // As under readNameOverProse, its kind is left to the paragraph (sections.ts finish settles an unknown heading by its body).
  open(st, 'other', i, { text: t, label: t, range: range(i, s, i, e), style: 'plain' });
  st.zone = 'body';
  return true;
}
