// The job title repeated as a line of its own (a paste that caught the page heading twice).
import type { Rule, RuleFinding } from './types.ts';
import { junkLines } from '../facts/junk.ts';
import { deleteLinesEdit, lineKind, lineRange } from '../facts/util.ts';
import { lineFacts } from '../facts/memo.ts';

export function normalizeTitle(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text.toLowerCase()) {
    const word = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch > '\u00bf';
    if (word) {
      if (space && out) out += ' ';
      out += ch;
      space = false;
    } else space = true;
  }
  return out;
}

export const duplicateTitle: Rule = {
  meta: {
    id: 'duplicate-title',
    description: 'The job title repeated on a line of its own.',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      repeated: "The title '{{title}}' is repeated (first on line {{line}}).",
    },
    docs: 'docs/rules/duplicate-title.md',
    fixable: 'safe',
  },
  check(posting) {
    const title = posting.title;
    if (!title) return [];
    const want = normalizeTitle(title.text);
    if (want.length < 3) return [];
    const junk = junkLines(posting);
    const facts = lineFacts(posting);
    const out: RuleFinding[] = [];
    // A field's value repeats the title on purpose, also when it sits under its label ("JOB TITLE:" / "Technology Technician").
    const fieldValue = new Uint8Array(posting.lines.length);
    for (const f of posting.fields) for (let l = f.valueRange.start.line; l <= f.valueRange.end.line && l < fieldValue.length; l++) fieldValue[l] = 1;
    for (let i = 0; i < posting.lines.length; i++) {
      if (i === title.line || junk[i] || fieldValue[i]) continue;
      const text = posting.lines[i]!;
      if (text.length > want.length * 2 + 20) continue;
      // a "Job Title: …" field on one line repeats the title on purpose
      if (lineKind(posting, i) === 'blank' || text.includes(':')) continue;
      const f = facts[i]!;
      if ((f.norm ??= normalizeTitle(f.text)) !== want) continue;
      out.push({
        messageId: 'repeated',
        data: { title: title.text, line: title.line + 1 },
        range: lineRange(posting, i),
        kind: 'title',
        // the words stay on the title line
        fixes: [
          { title: 'Delete the repeated title', edits: [deleteLinesEdit(posting, i, i)], safe: true, removes: [lineRange(posting, i)] },
        ],
      });
    }
    return out;
  },
};
