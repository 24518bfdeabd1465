// A job board's facts set as label and value on alternating lines ("Salary" / "$19.50 Hourly"): when a
// known label alone on its line is a field of the header block, not a heading its words might name.
import { fieldKey, splitLabel } from './fields.ts';
import { hasSentenceBreak, BULLET, isUpperStart } from './lines.ts';
import { MAX_LABEL_WORDS, addField, headerAt, makeField, type ParseState } from './parseState.ts';
import type { Builder } from './sections.ts';

/**
 * The key of a known field label alone on line j ("Salary", "Closing Date:"), at most four words and
 * no value after a colon; null otherwise.
 */
function loneLabelKey(st: ParseState, j: number): ReturnType<typeof fieldKey> {
  if (j >= st.lines.length || st.words[j]! > 4) return null;
  const t = st.texts[j]!;
  const label = t.endsWith(':') ? t.slice(0, -1) : t;
  return label.includes(':') || !isUpperStart(label) ? null : fieldKey(label);
}

/**
 * A job board's facts set as label and value on alternating lines ("Salary" / "$19.50 Hourly" /
 * "Location" / "Riverbend, OR"): line i is a known label alone, the next line with content a short
 * value, and the label sits in such a run — right under a field of the open header block, or over a
 * value followed by another lone known label. It is a field of the header block, even where the label
 * ("Salary", "Closing Date") or the value ("Early Learning and Education") names a section's kind:
 * in such a run the words name a fact, not a part of the posting. Reads two lines ahead at most.
 */
export function readAlternatingField(st: ParseState, i: number, s: number, e: number): boolean {
  const key = loneLabelKey(st, i);
  if (!key) return false;
  const n = st.lines.length;
  const next = st.nextNonBlank[i]!;
  if (next >= n || st.words[next]! > 10) return false;
  const v = st.texts[next]!;
  // ("Posting Date" / ": Apr 18, 2025": the split-style field, read by the header line reader.)
  // (An abbreviation's period is no sentence break: "Min $28.00/hr. + benefits" is a value.)
  if (v.charCodeAt(0) === 58 || v.endsWith(':') || hasSentenceBreak(v) || BULLET.test(v) || loneLabelKey(st, next) || splitLabel(st.lines[next]!, st.trimmed[next]![0], MAX_LABEL_WORDS)) return false;
  const cur = st.current;
  // (Right under a known label's value set on the line below it: a "Label: value" line, an unlabelled
  // header line or a field whose label names no fact starts no run; a heading under them is a heading.)
  const lastField = cur && cur.kind === 'header' && !cur.closed ? cur.fields[cur.fields.length - 1] : undefined;
  const underField = !!lastField && lastField.key !== null && lastField.line < lastField.valueRange.end.line && lastField.valueRange.end.line === cur!.lastLine && st.nextNonBlank[cur!.lastLine] === i;
  // The block's rhythm: right under a block that holds two or more labels set over their values, the
  // next such pair is one more field, whatever the line after it (a "Salary/Pay Scale" pair last).
  const inRhythm = !underField && !!lastField && st.nextNonBlank[cur!.lastLine] === i && alternatingFields(cur!) >= RHYTHM_FIELDS;
  // A deadline that opens the run, before any other fact, is the board's call to apply ("Application
  // Deadline" / "6/13/2025 4:00 PM"): it stays the how-to-apply part it reads as.
  if (!underField && !inRhythm && (key === 'closing_date' || !loneLabelKey(st, st.nextNonBlank[next]!))) return false;
  const header = headerAt(st, i);
  let labelEnd = st.texts[i]!.endsWith(':') ? e - 1 : e;
  while (labelEnd > s && st.lines[i]!.charCodeAt(labelEnd - 1) === 32) labelEnd--;
  st.lineInfo[i]!.kind = 'field';
  st.lineInfo[next]!.kind = 'field';
  st.consumed[next] = 1;
  const [vs, ve] = st.trimmed[next]!;
  addField(st, header, makeField(st, st.lines[i]!.slice(s, labelEnd), key, i, s, labelEnd, next, vs, ve));
  header.lastLine = next;
  st.zone = 'header';
  return true;
}

/** Labels set over their values a header block holds before its rhythm alone makes the next pair a field. */
const RHYTHM_FIELDS = 2;

/** How many of a header block's fields have their label on one line and their value on a later one. */
function alternatingFields(header: Builder): number {
  let count = 0;
  for (let k = 0; k < header.fields.length; k++) if (header.fields[k]!.line < header.fields[k]!.valueRange.end.line) count++;
  return count;
}
