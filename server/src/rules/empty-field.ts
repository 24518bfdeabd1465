// A header field with no value: "Salary:" with nothing after it and no value on the lines below,
// or a value that stops mid-phrase ("Close Date: 11:59 PM on"). A label whose value sits on the next
// line ("Position Type:" / "Elementary School Teaching") is a job board's layout and passes.
import type { Posting } from '../model/posting.ts';
import { kindForHeading } from '../model/catalog.ts';
import { fieldKey, splitLabel } from '../model/fields.ts';
import type { Rule, RuleFinding } from './types.ts';
import { junkLines } from '../facts/junk.ts';
import { emptySection } from './empty-section.ts';
import { deleteLinesEdit, lineRange, num, range } from '../facts/util.ts';
import { isRegexSpace } from '../facts/words.ts';

const BULLET = /^\s*(?:[-•*◦▪●–—·➢►✓]|\d{1,3}[.)])\s+/;
const MAX_LABEL_WORDS = 5;
// A value ending in a word that needs another after it: the rest of the value was lost.
const DANGLING = /(?:^|\s)(?:on|by|at|of|to|from|until|through|the|and|or|for)$/i;

interface LabelLine {
  label: string;
  /** True when nothing follows the label on its line. */
  bare: boolean;
  /** True when the line is written "Label:" (a colon ends the label). */
  colon: boolean;
}

/** A character a bare label may hold ([A-Za-z #/&]) or white space trimmed off its ends. */
function mayBeInBareLabel(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 35 || c === 47 || c === 38 || isRegexSpace(c);
}

/** The label of a "Label:" / "Label: value" line, or of a bare known field label with no colon ("Job Number"). */
function labelLine(text: string): LabelLine | null {
  if (text.length > 400) return null;
  const m = BULLET.exec(text);
  let from = 0;
  if (m) from = m[0].length;
  else while (from < text.length && isRegexSpace(text.charCodeAt(from))) from++; // what trimStart() takes off
  const split = splitLabel(text, from, MAX_LABEL_WORDS);
  if (split) return { label: split.label, bare: split.valueStart >= split.valueEnd, colon: true };
  // Most lines hold a character no bare label has (a digit, a comma, a full stop): no copy of them.
  for (let i = from; i < text.length; i++) if (!mayBeInBareLabel(text.charCodeAt(i))) return null;
  const bare = text.slice(from).trim();
  if (bare && bare.split(' ').length <= 3 && fieldKey(bare) && /^[A-Za-z][A-Za-z #/&]*$/.test(bare))
    return { label: bare, bare: true, colon: false };
  return null;
}

/** True when a label names a section (a heading), not a field; `loose` also takes cue words ("General Summary"). */
function isHeadingLabel(label: string, loose = false): boolean {
  const h = kindForHeading(label);
  return !!h && (h.exact || loose) && h.kind !== 'header' && h.kind !== 'other';
}

/** True when the line cannot be the value of the field above: another field or a heading. */
function startsSomethingElse(text: string): boolean {
  const l = labelLine(text);
  if (l) return l.bare || fieldKey(l.label) !== null || isHeadingLabel(l.label);
  const t = text.trim();
  return t.length <= 60 && isHeadingLabel(t);
}

/** The next non-blank line within `maxBlank` blank lines, or -1. */
function nextText(posting: Posting, line: number, maxBlank: number): number {
  let blanks = 0;
  for (let j = line + 1; j < posting.lines.length; j++) {
    if (posting.lines[j]!.trim() !== '') return j;
    if (++blanks > maxBlank) return -1;
  }
  return -1;
}

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
function continuesInColumn(posting: Posting, line: number, maxBlank: number): boolean {
  const at = indentOf(posting.lines[line]!);
  const j = nextText(posting, line, maxBlank);
  return at >= COLUMN_INDENT && j >= 0 && indentOf(posting.lines[j]!) === at;
}

export const emptyField: Rule = {
  meta: {
    id: 'empty-field',
    description: 'A header field with no value ("Salary:" with nothing after it), or a value cut off mid-phrase.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
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
    for (let i = 0; i < posting.lines.length; i++) {
      if (junk[i] || emptyHeadings.has(i)) continue;
      const l = labelLine(posting.lines[i]!);
      // Field labels are capitalised; "…understanding and knowledge of:" is a sentence running on.
      if (!l || !l.bare || !/^[A-Z0-9]/.test(l.label)) continue;
      if (l.colon && isHeadingLabel(l.label, true) && fieldKey(l.label) === null) continue;
      const j = nextText(posting, i, maxBlank);
      if (j >= 0 && !startsSomethingElse(posting.lines[j]!)) continue;
      // A bare label without a colon counts only in a run of such labels ("Job Number" / "Position Title").
      if (!l.colon && (j < 0 || labelLine(posting.lines[j]!)?.colon !== false)) continue;
      out.push({
        messageId: 'empty',
        data: { label: l.label },
        range: lineRange(posting, i),
        fixes: [{ title: `Delete the empty '${l.label}' field`, edits: [deleteLinesEdit(posting, i, i)], safe: false }],
      });
    }
    for (const f of posting.fields) {
      if (!f.key || !f.value || junk[f.line]) continue;
      const m = DANGLING.exec(f.value);
      if (!m) continue;
      const end = f.valueRange.end;
      if (continuesInColumn(posting, end.line, maxBlank)) continue;
      out.push({
        messageId: 'incomplete',
        data: { field: `${f.name}: ${f.value}`, stop: m[0].trim() },
        range: range(end.line, Math.max(f.valueRange.start.character, end.character - m[0].trim().length), end.line, end.character),
      });
    }
    return out.sort((a, b) => a.range.start.line - b.range.start.line);
  },
};
