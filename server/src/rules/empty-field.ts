// A header field with no value: "Salary:" with nothing after it and no value on the lines below,
// or a value that stops mid-phrase ("Close Date: 11:59 PM on"). A label whose value sits on the next
// line ("Position Type:" / "Elementary School Teaching") is a job board's layout and passes.
// Labels left empty one after another ("Minimum Salary" / "Maximum Salary") are one finding: one
// gap in the board's details block, not one per line.
import { kindForHeading } from '../model/catalog.ts';
import { danglingEnd, fieldKey, splitLabel } from '../model/fields.ts';
import type { Posting } from '../model/posting.ts';
import type { Rule, RuleFinding } from './types.ts';
import { junkLines } from '../facts/junk.ts';
import { emptySection } from './empty-section.ts';
import { bulletEnd, deleteLinesEdit, linesRange, num, range, strList } from '../facts/util.ts';
import { isRegexSpace } from '../facts/words.ts';
import { normalizeLabel } from '../model/text.ts';
import { continuesInColumn, nextText } from '../facts/column.ts';

const MAX_LABEL_WORDS = 5;
/** Longer than a field's value: a body line "Label: …" with more words is a sentence, which cut-off-text reads. */
const MAX_VALUE_WORDS = 8;
/** The longest parsed field value read for a cut-off end; a field value is a phrase, not paragraphs. */
const MAX_VALUE_CHARS = 300;
/**
 * Labels an applicant-tracking system prints in its job-details block whether or not the district
 * filled them in, one per line with the value on the line below and no colon. They name no header
 * field the posting model knows, so without them an empty label would take the next label as its value.
 */
const DETAIL_LABELS = ['Amount of Travel', 'Work At Home', 'Currency', 'Main Organization'];

interface LabelLine {
  label: string;
  /** True when nothing follows the label on its line. */
  bare: boolean;
  /** True when the line is written "Label:" (a colon ends the label). */
  colon: boolean;
  /** Where the value after "Label:" starts and ends on the line (equal when there is none). */
  valueStart: number;
  valueEnd: number;
}

/** A character a bare label may hold ([A-Za-z #/&]) or white space trimmed off its ends. */
function mayBeInBareLabel(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 35 || c === 47 || c === 38 || isRegexSpace(c);
}

/** A bare label (no colon) is a field label: a known header field, or one of the options' detail labels. */
function isBareFieldLabel(label: string, detail: ReadonlySet<string>): boolean {
  return fieldKey(label) !== null || detail.has(normalizeLabel(label));
}

/** The label of a "Label:" / "Label: value" line, or of a bare field label with no colon ("Job Number"). */
function labelLine(text: string, detail: ReadonlySet<string>): LabelLine | null {
  if (text.length > 400) return null;
  // After a bullet marker (bulletEnd: its pattern runs only on lines that open with a marker or a digit).
  let from = bulletEnd(text);
  if (from < 0) {
    from = 0;
    while (from < text.length && isRegexSpace(text.charCodeAt(from))) from++; // what trimStart() takes off
  }
  const split = splitLabel(text, from, MAX_LABEL_WORDS);
  if (split) return { label: split.label, bare: split.valueStart >= split.valueEnd, colon: true, valueStart: split.valueStart, valueEnd: split.valueEnd };
  // Most lines hold a character no bare label has (a digit, a comma, a full stop): no copy of them.
  for (let i = from; i < text.length; i++) if (!mayBeInBareLabel(text.charCodeAt(i))) return null;
  const bare = text.slice(from).trim();
  if (bare && bare.split(' ').length <= 3 && isBareFieldLabel(bare, detail) && /^[A-Za-z][A-Za-z #/&]*$/.test(bare))
    return { label: bare, bare: true, colon: false, valueStart: text.length, valueEnd: text.length };
  return null;
}

/** True when a label names a section (a heading), not a field; `loose` also takes cue words ("General Summary"). */
function isHeadingLabel(label: string, loose = false): boolean {
  const h = kindForHeading(label);
  return !!h && (h.exact || loose) && h.kind !== 'header' && h.kind !== 'other';
}

/**
 * labelLine of each line of one posting, read once: the check asks about a line as itself, as the
 * line after a label and as the line after that (undefined: not read yet).
 */
type LabelAt = (line: number) => LabelLine | null;

function labelsOf(posting: Posting, detail: ReadonlySet<string>): LabelAt {
  const read: Array<LabelLine | null | undefined> = new Array(posting.lines.length);
  return (line) => {
    let l = read[line];
    if (l === undefined) read[line] = l = labelLine(posting.lines[line]!, detail);
    return l;
  };
}

/** True when the line cannot be the value of the field above: another field or a heading. */
function startsSomethingElse(text: string, l: LabelLine | null): boolean {
  if (l) return l.bare || fieldKey(l.label) !== null || isHeadingLabel(l.label);
  const t = text.trim();
  return t.length <= 60 && isHeadingLabel(t);
}

/** True when line `j` is a bare label with no colon and the next text line is a "Label:" line: no value of its own. */
function isValueWord(posting: Posting, j: number, labelAt: LabelAt, maxBlank: number): boolean {
  const lj = labelAt(j);
  if (!lj || lj.colon || !lj.bare) return false;
  const k = nextText(posting, j, maxBlank);
  return k >= 0 && labelAt(k)?.colon === true;
}

export const emptyField: Rule = {
  meta: {
    id: 'empty-field',
    description: 'A header field with no value ("Salary:" with nothing after it), or a value cut off mid-phrase.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        detailLabels: {
          type: 'array',
          description: 'Labels a job board prints with no colon, one per line above its value, that are fields even though no header field has that name.',
          default: DETAIL_LABELS,
          items: { type: 'string' },
        },
        maxBlankLines: {
          type: 'integer',
          description: 'How many blank lines may separate a label from its value on the next line.',
          default: 2,
          minimum: 0,
        },
      },
      additionalProperties: false,
    },
    messages: {
      empty: "Empty field: '{{label}}' has no value.",
      emptyRun: 'Empty fields: {{labels}} have no values.',
      incomplete: "Incomplete field: '{{field}}' stops after '{{stop}}'; the rest of the value is missing.",
    },
    docs: 'docs/rules/empty-field.md',
    fixable: 'suggestion',
    scope: 'section',
  },
  check(posting, ctx) {
    const maxBlank = Math.max(0, num(ctx.options.maxBlankLines, 2));
    const junk = junkLines(posting);
    // A heading empty-section reports is its finding, not a second one here.
    const emptyHeadings = new Set(emptySection.check(posting, { ...ctx, options: { announcedLists: false } }).map((f) => f.range.start.line));
    const out: RuleFinding[] = [];
    const fieldLines = new Set(posting.fields.map((f) => f.line));
    // Field values to read for a cut-off end: the parsed header fields, and known fields in the body.
    const values: Array<{ line: number; name: string; value: string; start: number; end: number }> = [];
    for (const f of posting.fields) {
      // A "value" of paragraphs (a page pasted on one line after "JOB TITLE:") is run-on text, not a
      // field value: where it ends says nothing about a value cut short.
      if (f.key && f.value && !junk[f.line] && f.value.length <= MAX_VALUE_CHARS)
        values.push({ line: f.valueRange.end.line, name: f.name, value: f.value, start: f.valueRange.start.character, end: f.valueRange.end.character });
    }
    const detail = new Set(strList(ctx.options.detailLabels, DETAIL_LABELS).map(normalizeLabel));
    const labelAt = labelsOf(posting, detail);
    // The run of empty labels being gathered: its lines and labels, reported when it ends.
    let run: { lines: number[]; labels: string[] } | null = null;
    const flush = (): void => {
      if (!run) return;
      const first = run.lines[0]!;
      const last = run.lines[run.lines.length - 1]!;
      const one = run.labels.length === 1;
      const quoted = run.labels.map((l) => `'${l}'`);
      out.push({
        messageId: one ? 'empty' : 'emptyRun',
        data: one ? { label: run.labels[0]! } : { labels: `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` },
        range: linesRange(posting, first, last),
        fixes: [{ title: one ? `Delete the empty '${run.labels[0]}' field` : 'Delete the empty fields', edits: [deleteLinesEdit(posting, first, last)], safe: false }],
      });
      run = null;
    };
    for (let i = 0; i < posting.lines.length; i++) {
      if (posting.lines[i]!.trim() === '') continue;
      // A run goes on only from one text line to the next: a value or a sentence in between ends it.
      const joins = run !== null && nextText(posting, run.lines[run.lines.length - 1]!, maxBlank) === i;
      if (!joins) flush();
      if (junk[i] || emptyHeadings.has(i)) continue;
      const l = labelAt(i);
      // A known field written in the body, where the parser reads no header field ("Close Date: 11:59 PM on").
      if (l && l.colon && !l.bare && !fieldLines.has(i) && fieldKey(l.label) !== null) {
        const value = posting.lines[i]!.slice(l.valueStart, l.valueEnd);
        if (value.split(' ').length <= MAX_VALUE_WORDS) values.push({ line: i, name: l.label, value, start: l.valueStart, end: l.valueEnd });
      }
      // Field labels are capitalised; "…understanding and knowledge of:" is a sentence running on.
      if (!l || !l.bare || !/^[A-Z0-9]/.test(l.label)) continue;
      if (l.colon && isHeadingLabel(l.label, true) && fieldKey(l.label) === null) continue;
      const j = nextText(posting, i, maxBlank);
      if (j >= 0 && !startsSomethingElse(posting.lines[j]!, labelAt(j))) continue;
      // "Location:" / "District" / "Closing Date:": a word that could be a bare label, with no value of
      // its own before the next "Label:", is the value of the label above (a one-word value that
      // happens to be a field's name).
      if (l.colon && j >= 0 && isValueWord(posting, j, labelAt, maxBlank)) continue;
      // A bare label without a colon counts only in a run of such labels ("Job Number" / "Position
      // Title"): the next line is one, or the text ends on the run ("Amount of Travel" / "Work At Home").
      if (!l.colon && (j < 0 ? !joins : labelAt(j)?.colon !== false)) continue;
      if (!joins) run = { lines: [], labels: [] };
      run!.lines.push(i);
      run!.labels.push(l.label);
    }
    flush();
    for (const v of values) {
      const dangling = danglingEnd(v.value);
      if (dangling === null || continuesInColumn(posting, v.line, maxBlank)) continue;
      const stop = dangling.trim();
      out.push({
        messageId: 'incomplete',
        data: { field: `${v.name}: ${v.value}`, stop },
        range: range(v.line, Math.max(v.start, v.end - stop.length), v.line, v.end),
      });
    }
    return out.sort((a, b) => a.range.start.line - b.range.start.line);
  },
};
