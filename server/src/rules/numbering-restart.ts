// A numbered list that starts again at 1 inside one section, with no heading between the two lists:
// the heading that opened the second list was lost on the way into the posting (a job description's
// "Grounds Duties" or "Qualifications" dropped by a copy), or a nested list was flattened so its
// sub-items' numbers now read as a new list. Either way, a reader takes the second list for more of
// the first (grounds tasks read as duties, qualifications as tasks).
import type { Rule, RuleFinding } from './types.ts';
import { junkLines } from '../facts/junk.ts';
import { num, range } from '../facts/util.ts';

// An item number at the start of a line: one or two digits, "." or ")", a space, then text.
const ITEM = /^(\s*)(\d{1,2})[.)]\s+\S/;

export const numberingRestart: Rule = {
  meta: {
    id: 'numbering-restart',
    description: 'A numbered list starts again at 1 inside a section with no heading between: a heading (or the list nesting) was lost.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        minItems: {
          type: 'integer',
          description: 'How far the list before must have counted (its highest item number) for a new "1." to be reported.',
          default: 2,
          minimum: 2,
        },
      },
      additionalProperties: false,
    },
    messages: {
      restart:
        'The numbered list starts again at 1 after item {{previous}} with no heading between; a heading (or the nesting of the list) was lost. Add the heading the second list had.',
    },
    docs: 'docs/rules/numbering-restart.md',
    fixable: false,
  },
  check(posting, ctx) {
    const minItems = Math.max(2, num(ctx.options.minItems, 2));
    const junk = junkLines(posting);
    const out: RuleFinding[] = [];
    // Sections are split at every heading (sub-headings included), so a list that restarts under a
    // heading of its own is in another section and never compared with the one before. A section
    // with no heading is carried on from the one above: the parser opens one where a list restarts
    // after a gap (model/nearby.ts reads it as a lost heading), which is the very gap reported here.
    let highest = 0;
    for (const s of posting.sections) {
      if (s.heading) highest = 0;
      const from = s.heading ? s.heading.range.end.line + 1 : s.line;
      for (let i = from; i <= s.endLine && i < posting.lines.length; i++) {
        const text = posting.lines[i]!;
        if (junk[i] || text.length > 20000) continue;
        const m = ITEM.exec(text);
        if (!m) continue;
        const n = Number(m[2]);
        if (n === 1 && highest >= minItems) {
          const at = m[1]!.length;
          out.push({ messageId: 'restart', data: { previous: highest }, range: range(i, at, i, at + m[2]!.length + 1) });
        }
        highest = n === 1 ? 1 : Math.max(highest, n);
      }
    }
    return out;
  },
};
