// The job title repeated as a line of its own (a paste that caught the page heading twice).
import type { Rule, RuleFinding } from './types.ts';
import { junkLines } from '../facts/junk.ts';
import { deleteLinesEdit, lineKind, lineRange } from '../facts/util.ts';
import { lineFacts } from '../facts/memo.ts';

export function normalizeTitle(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let space = false;
  // Word characters go over in runs, a lone space between two words included (it is written as the
  // same ' '): one slice per run, not a string per character. Code units, not code points: both
  // halves of a surrogate pair are above U+00BF, as the pair is, so the words are the same.
  let run = -1;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 0xbf) {
      if (run < 0) {
        if (space && out) out += ' ';
        run = k;
      }
      space = false;
      continue;
    }
    if (run >= 0) {
      const d = c === 32 && k + 1 < lower.length ? lower.charCodeAt(k + 1) : 0;
      if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d > 0xbf) continue;
      out += lower.slice(run, k);
      run = -1;
    }
    space = true;
  }
  if (run >= 0) out += run === 0 ? lower : lower.slice(run);
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
