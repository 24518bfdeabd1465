// What the lines around a line say about it: whether the header block is still open, whether a
// label's value sits on the next line, whether the next line is a field or a short fact, whether
// a line wraps on into the next. Bounded look-aheads over nextNonBlank, so the parse stays linear.
import { fieldKey, splitGluedLabel, splitLabel, type LabelSplit } from './fields.ts';
import { readsAsJobTitle, readsAsOrganization } from './header.ts';
import { BULLET, headingAtLineEnd, isCapsHeading, isTitleCase, isUpperStart } from './lines.ts';
import { headingKind } from './decide.ts';
import { MAX_LABEL_WORDS, addField, headerAt, makeField, type ParseState } from './parseState.ts';
import { wordCount } from './text.ts';

export const DEPARTMENT_NAME = /\b(?:department|office|division)$/i;
const HAS_DIGIT = /\d/;

/** True while the header block (title to first body content) is open. */
export function inHeaderBlock(st: ParseState): boolean {
  return st.zone !== 'body';
}

/** A value, not a sentence: at most ten words and no sentence break inside. */
export function isShortValue(value: string): boolean {
  return wordCount(value) <= 10 && !value.includes('. ');
}

/** "Job Number:" with its value alone on the next line (blank lines and table borders between). */
export function readValueBelow(st: ParseState, i: number, split: LabelSplit, key: ReturnType<typeof fieldKey>): boolean {
  const next = st.nextNonBlank[i]!;
  if (next >= st.lines.length) return false;
  const ns = st.trimmed[next]![0];
  const ne = st.trimmed[next]![1];
  const nt = st.texts[next]!;
  if (st.words[next]! > 10 || nt.endsWith(':') || nt.endsWith('.') || BULLET.test(nt) || splitLabel(st.lines[next]!, ns, MAX_LABEL_WORDS)) return false;
  // A value is a short fact: a line that runs on into the next ("Summary:" / "The teacher plans lessons for the" /
  // "the class …") is the body of a heading, and so is a sentence under a label that is no field label.
  if (wrapsOn(st, next) || (!key && readsAsProse(nt))) return false;
  // The next line is a heading, not a value ("Conditions of Employment"), unless it holds figures or names a place.
  // A location's value is a place, whatever words its name holds ("Location:" / "Lakeside Education Center").
  // In a run of labels set over their values ("Reports To:" / "Superintendent of Education" / "Classification:" /
  // "Full-Time (Certified)") the line under the next label is its value, whatever kind its words name.
  // A supervisor's value names a role ("Reports To:" / "Director of Special Education"), whatever the role's words name.
  const match = key === 'location' || (key === 'reports_to' && readsAsJobTitle(nt)) || inLabelRhythm(st, i) ? null : headingKind(nt);
  if (match && (match.exact || !(HAS_DIGIT.test(nt) || readsAsOrganization(nt) || DEPARTMENT_NAME.test(nt) || (key && !isCapsHeading(nt) && !isTitleCase(nt))))) return false;
  const header = headerAt(st, i);
  st.lineInfo[i]!.kind = 'field';
  st.lineInfo[next]!.kind = 'field';
  st.consumed[next] = 1;
  addField(st, header, makeField(st, split.label, key, i, split.labelStart, split.labelEnd, next, ns, ne));
  header.lastLine = next;
  if (key === 'location') header.lastLine = readMoreSites(st, next);
  return true;
}

/**
 * True when line i comes right under the value of the open header block's last field, a field whose
 * label stood on the line above its value: the block is a run of labels over values.
 */
function inLabelRhythm(st: ParseState, i: number): boolean {
  const cur = st.current;
  if (!cur || cur.kind !== 'header' || cur.closed || cur.fields.length === 0) return false;
  const last = cur.fields[cur.fields.length - 1]!;
  const end = last.valueRange.end.line;
  return last.line < end && end === cur.lastLine && st.nextNonBlank[end] === i;
}

/** True when line i - 1, right above line i at the same indentation, is a "Label: short value" line the open section read as its text. */
export function rowUnderRow(st: ParseState, i: number, s: number): boolean {
  if (i === 0 || st.lineInfo[i - 1]!.kind !== 'paragraph' || st.trimmed[i - 1]![0] !== s || !st.current || st.current.junk) return false;
  const above = splitLabel(st.lines[i - 1]!, s, MAX_LABEL_WORDS);
  return above !== null && above.valueStart < above.valueEnd && isShortValue(st.lines[i - 1]!.slice(above.valueStart, above.valueEnd));
}

/** Most sites a location field lists one to a line. */
const MAX_SITES = 8;
/** "Site Name, Town": a site named with the town it is in. */
const SITE_IN_TOWN = /^[^,]{3,60}, [A-Z][A-Za-z .'-]{1,30}$/;

/**
 * A location field listing several sites, one to a line right under the first ("Location:" / "Lakeside
 * Education Center, Easton" / "Hill Street Learning Center, Weston"): each line shaped like the first
 * (a site and its town) is part of the value, not a heading its words might name. Returns the last line read.
 */
function readMoreSites(st: ParseState, first: number): number {
  if (!SITE_IN_TOWN.test(st.texts[first]!)) return first;
  let last = first;
  for (let j = first + 1, seen = 0; j < st.lines.length && seen < MAX_SITES; j++, seen++) {
    const t = st.texts[j]!;
    if (!SITE_IN_TOWN.test(t) || t.endsWith('.') || splitLabel(st.lines[j]!, st.trimmed[j]![0], MAX_LABEL_WORDS)) break;
    st.lineInfo[j]!.kind = 'field';
    st.consumed[j] = 1;
    last = j;
  }
  return last;
}

/** Words of running text: four or more, most of them starting in lower case, no figures ("The teacher plans lessons for the"; not "3 hours per day"). */
export function readsAsProse(text: string): boolean {
  if (HAS_DIGIT.test(text)) return false;
  let words = 0;
  let lower = 0;
  let wordStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 160) {
      wordStart = true;
      continue;
    }
    if (wordStart) {
      words++;
      if (c >= 97 && c <= 122) lower++;
    }
    wordStart = false;
  }
  return words >= 4 && lower * 2 > words;
}

/**
 * The trimmed text of the next line with content, or ''. The parse's own look-ahead: it steps over
 * flattened table borders as over blank lines (st.nextNonBlank), however many stand between.
 */
export function nextText(st: ParseState, i: number): string {
  const next = st.nextNonBlank[i]!;
  return next < st.lines.length ? st.texts[next]! : '';
}

/** Any text with lines: a parse state while parsing, a posting after (readers of the finished posting ask the same questions). */
interface HasLines {
  readonly lines: readonly string[];
}

/**
 * The next line with text within `maxBlank` blank lines, or -1: the readers of a finished posting, where
 * a run of blank lines ends what a line goes on with (a value wrapped in its column, a wrapped sentence).
 * Unlike nextText, a table border counts as text here.
 */
export function nextTextLine(doc: HasLines, line: number, maxBlank = Infinity): number {
  let blanks = 0;
  for (let j = line + 1; j < doc.lines.length; j++) {
    if (doc.lines[j]!.trim() !== '') return j;
    if (++blanks > maxBlank) return -1;
  }
  return -1;
}

/** The previous line with text within `maxBlank` blank lines, or -1 (as nextTextLine, looking up). */
export function previousTextLine(doc: HasLines, line: number, maxBlank = Infinity): number {
  let blanks = 0;
  for (let j = line - 1; j >= 0; j--) {
    if (doc.lines[j]!.trim() !== '') return j;
    if (++blanks > maxBlank) return -1;
  }
  return -1;
}

/** A line that ends its sentence or clause: the line below it does not go on with it. */
const CLAUSE_END = /[.!?:;]\s*$/;

/**
 * The line a wrapped sentence starts on: a line that opens in lower case goes on from the text line
 * above it (within `maxBlank` blank lines) when that one stops without closing its sentence ("… according
 * to approved" / "" / "salary schedules."), as a PDF's wrapped value does. `line` itself when it starts its own text.
 */
export function sentenceStartLine(doc: HasLines, line: number, maxBlank: number): number {
  let at = line;
  for (;;) {
    const text = doc.lines[at]!.trimStart();
    const first = text[0] ?? '';
    if (first === '' || first.toLowerCase() !== first || first.toUpperCase() === first) return at;
    const before = previousTextLine(doc, at, maxBlank);
    if (before < 0 || CLAUSE_END.test(doc.lines[before]!)) return at;
    at = before;
  }
}

/** True when the next line with content is itself a "Label: value" field. */
export function fieldFollows(st: ParseState, i: number): boolean {
  const next = st.nextNonBlank[i]!;
  if (next >= st.lines.length) return false;
  const split = splitLabel(st.lines[next]!, st.trimmed[next]![0], MAX_LABEL_WORDS);
  return split !== null && fieldKey(split.label) !== null;
}

/** True when the next line with content is "Label: value" with a short capitalised label, whatever the label names. */
export function labelledLineFollows(st: ParseState, i: number): boolean {
  const next = st.nextNonBlank[i]!;
  if (next >= st.lines.length) return false;
  const split = splitLabel(st.lines[next]!, st.trimmed[next]![0], 4);
  return split !== null && isUpperStart(split.label) && split.valueStart < split.valueEnd;
}

/** How many lines with content a field block is judged on (the line itself and the next ones). */
const FIELD_BLOCK_WINDOW = 5;
/** Words a line of a field block may hold (a label, a value, or both). */
const FIELD_BLOCK_LINE_WORDS = 8;

/**
 * True when line i starts a block of fields in the body: a job board's label/value list after the
 * posting ("Minimum Salary" / "Maximum Salary" / "Currency" / "USD", "Location:" / "Hanover, NH").
 * Line i is a label the header knows (with a short value or none) and the next lines of the window are all short;
 * among them at least two labels the header knows, or three "Label:" lines. A pay label with its
 * figure on its line ("Salary: $45,000 a year") is the posting's pay, not the start of such a block.
 */
export function fieldBlockAt(st: ParseState, i: number): boolean {
  const n = st.lines.length;
  let known = 0;
  let colons = 0;
  let firstKnown = false;
  let j = i;
  for (let k = 0; k < FIELD_BLOCK_WINDOW && j < n; k++, j = st.nextNonBlank[j]!) {
    const s = st.trimmed[j]![0];
    const t = st.texts[j]!;
    const words = st.words[j]!;
    // (A longer line after three or more short ones ends the block; it does not undo it.)
    if (words > FIELD_BLOCK_LINE_WORDS || t.endsWith('.')) {
      if (k >= 3) break;
      return false;
    }
    // A job board sets its fields as a list ("• Position Type:" / "Summer School/Teachers"): a list item is one only with a label.
    const marker = BULLET.exec(t);
    const from = s + (marker ? marker[0].length : 0);
    // (A print view's rows have the label run into the value: "Shift TypeSubstitute".)
    const split = splitLabel(st.lines[j]!, from, 4) ?? (marker ? null : splitGluedLabel(st.lines[j]!, s));
    if (marker && !split) return false;
    const key = split ? fieldKey(split.label) : words <= 4 ? fieldKey(t) : null;
    if (k === 0) {
      // (A first label the header does not know, "Job Category:Bus Driver", starts a block only among known ones.)
      if (!key && !(split && isUpperStart(split.label) && split.valueStart < split.valueEnd)) return false;
      firstKnown = key !== null;
      if (split && split.valueStart < split.valueEnd && (key === 'salary' || key === 'salary_range')) return false;
    }
    if (split) colons++;
    if (key) known++;
  }
  return known >= 2 || (colons >= 3 && firstKnown);
}

/**
 * True when a block of fields follows line i, right below it or below one short line naming the
 * document ("JOB REQUIREMENTS ANALYSIS"): line i is the letterhead of a job description appended to
 * the posting, whose fields make a header block of their own.
 */
export function fieldsBelow(st: ParseState, i: number): boolean {
  const n = st.lines.length;
  const next = st.nextNonBlank[i]!;
  if (next >= n) return false;
  if (fieldBlockAt(st, next)) return true;
  const t = st.texts[next]!;
  if (st.words[next]! > 6 || t.endsWith('.') || t.endsWith(':') || BULLET.test(t) || splitLabel(st.lines[next]!, st.trimmed[next]![0], MAX_LABEL_WORDS)) return false;
  const after = st.nextNonBlank[next]!;
  return after < n && fieldBlockAt(st, after);
}

/** How many lines above a line are read for the field it follows (blank lines between fields allowed). */
const FIELD_ABOVE_LINES = 4;

/** True when the line with content above line i, in the header block being read, is a field of it. */
export function fieldAbove(st: ParseState, i: number): boolean {
  const cur = st.current;
  if (!cur || cur.kind !== 'header' || cur.fields.length === 0) return false;
  for (let k = i - 1; k >= 0 && k >= i - FIELD_ABOVE_LINES; k--) {
    if (st.trimmed[k]![0] >= st.trimmed[k]![1]) continue;
    return st.lineInfo[k]!.kind === 'field';
  }
  return false;
}

/** True when the next line with content is a short fact: a field, or a few words that are not a sentence or a bullet. */
export function factFollows(st: ParseState, i: number): boolean {
  const next = st.nextNonBlank[i]!;
  if (next >= st.lines.length) return false;
  const nt = st.texts[next]!;
  const words = st.words[next]!;
  if (fieldFollows(st, i)) return true;
  // A known label alone on its line ("Maximum Salary" under "Minimum Salary"): a list of fields.
  if (words <= 3 && fieldKey(nt) !== null) return true;
  return words <= 6 && !nt.endsWith('.') && !nt.endsWith(':') && !BULLET.test(nt) && !headingKind(nt);
}

/** Words from which the next line reads as a sentence of content rather than another short name. */
export const CONTENT_WORDS = 10;

/** True when the next line with content is a bullet or a sentence-long line (with `noLabel`, not a "Label: …" line): what a sub-heading stands over. */
export function contentFollows(st: ParseState, i: number, noLabel: boolean): boolean {
  const next = st.nextNonBlank[i]!;
  if (next >= st.lines.length) return false;
  const ns = st.trimmed[next]![0];
  const nt = st.texts[next]!;
  return BULLET.test(nt) || (st.words[next]! >= CONTENT_WORDS && !(noLabel && splitLabel(st.lines[next]!, ns, MAX_LABEL_WORDS)));
}

/** True when line i+1 goes on with the sentence of line i (it starts in lower case). */
export function wrapsOn(st: ParseState, i: number): boolean {
  if (i + 1 >= st.lines.length) return false;
  const s = st.trimmed[i + 1]![0];
  const e = st.trimmed[i + 1]![1];
  const c = st.lines[i + 1]!.charCodeAt(s);
  return s < e && c >= 97 && c <= 122;
}

/** True when line i starts in lower case right under a line of text: it goes on with that line. */
export function wrapsFrom(st: ParseState, i: number): boolean {
  if (i === 0 || !wrapsOn(st, i - 1)) return false;
  const prev = st.lineInfo[i - 1]!.kind;
  return prev === 'paragraph' || prev === 'bullet' || prev === 'heading-inline';
}

/** The last character of the last line with content at or above `line` ('' when there is none). */
function lastCharAbove(st: ParseState, line: number): string {
  let k = line;
  while (k >= 0 && st.trimmed[k]![0] >= st.trimmed[k]![1]) k--;
  return k >= 0 ? st.lines[k]![st.trimmed[k]![1] - 1]! : '';
}

/** True when the text above ends with a colon: it introduces what follows. */
export function endsWithColon(st: ParseState, line: number): boolean {
  return lastCharAbove(st, line) === ':';
}

/** True when the text above ends a sentence, so that line `line + 1` does not go on with it across a blank line. */
export function endsSentence(st: ParseState, line: number): boolean {
  const c = lastCharAbove(st, line);
  return c === '.' || c === '!' || c === '?' || c === ':' || c === ')' || c === '"' || c === '”';
}

/** Words the trailing name of a paragraph may hold ("… on your feet. Essential Functions"). */
const TRAILING_HEADING_WORDS = 6;

/**
 * The kind a heading names when a copy glued it onto the end of the paragraph above line i ("… long
 * periods on your feet. Essential Functions", "… AT THE JUNIOR HIGH. ESSENTIAL DUTIES:"): the text
 * after the paragraph's last sentence break is a short title-case or capitalised name the catalog
 * knows. Null otherwise. Reads the line above (or the one above a blank line) only.
 */
export function trailingHeadingKind(st: ParseState, i: number): ReturnType<typeof headingKind> {
  let k = i - 1;
  if (k >= 0 && st.trimmed[k]![0] >= st.trimmed[k]![1]) k--;
  if (k < 0 || st.lineInfo[k]!.kind !== 'paragraph') return null;
  const t = st.texts[k]!;
  const found = headingAtLineEnd(t);
  if (!found || wordCount(t.slice(0, found.start)) < 4) return null;
  const tail = found.heading;
  const words = wordCount(tail);
  if (words === 0 || words > TRAILING_HEADING_WORDS || !(isTitleCase(tail) || isCapsHeading(tail))) return null;
  const match = headingKind(tail);
  return match && match.kind !== 'other' ? match : null;
}

/** True when a blank line comes right before line i. */
export function startsBlock(st: ParseState, i: number): boolean {
  if (i === 0) return true;
  const ps = st.trimmed[i - 1]![0];
  const pe = st.trimmed[i - 1]![1];
  return ps >= pe;
}


/** Words a label set apart on its own line may hold ("Building", "Main Organization"). */
const LONE_LABEL_WORDS = 3;

/** True when the line with content above line i (a blank line between) is a short name without figures set apart on its own: a label whose value is line i. */
export function loneLabelAbove(st: ParseState, i: number): boolean {
  // (A bounded look back over the blank lines between.)
  let p = i - 1;
  while (p >= 0 && p > i - 4 && st.trimmed[p]![0] >= st.trimmed[p]![1]) p--;
  return p >= 0 && st.trimmed[p]![0] < st.trimmed[p]![1] && st.words[p]! <= LONE_LABEL_WORDS && !HAS_DIGIT.test(st.texts[p]!) && startsBlock(st, p);
}
