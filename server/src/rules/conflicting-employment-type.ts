// An employment type that names incompatible kinds at once ("Full-time, Part-time").
import type { Rule, RuleFinding } from './types.ts';
import { lineKind, range } from '../facts/util.ts';
import { lineFacts, lineTest, lowerOf, TEST_CONFLICT, type LineFacts } from '../facts/memo.ts';

const TERMS = /\b(?:full[- ]?time|part[- ]?time|temporary|permanent|regular|seasonal|contract|per diem|internship)\b/gi;
const FIELD_LABEL = /^\s*(?:employment|position|job|work)? ?(?:type|status|schedule|category)\s*:/i;

type Term = 'full' | 'part' | 'temporary' | 'permanent' | 'other';

function termOf(t: string): Term {
  const s = t.toLowerCase();
  if (s.startsWith('full')) return 'full';
  if (s.startsWith('part')) return 'part';
  if (s === 'temporary' || s === 'seasonal') return 'temporary';
  if (s === 'permanent' || s === 'regular') return 'permanent';
  return 'other';
}

/** Whether a (lower-case) line holds words of both kinds of a conflicting pair: a cheap, exact pre-check. */
function mayConflict(f: LineFacts): boolean {
  const l = lowerOf(f);
  return (
    (l.includes('full') && l.includes('part')) ||
    ((l.includes('temporary') || l.includes('seasonal')) && (l.includes('permanent') || l.includes('regular')))
  );
}

export const conflictingEmploymentType: Rule = {
  meta: {
    id: 'conflicting-employment-type',
    description: 'An employment type naming incompatible kinds ("Full-time, Part-time").',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        maxWords: {
          type: 'integer',
          description: 'Longer lines are prose and not checked.',
          default: 8,
          minimum: 1,
        },
      },
      additionalProperties: false,
    },
    messages: {
      conflict: "Employment type names both {{pair}}: '{{text}}'. State the one this position is, or say how both apply.",
    },
    docs: 'docs/rules/conflicting-employment-type.md',
    fixable: false,
    scope: 'line',
  },
  check(posting, ctx) {
    const maxWords = typeof ctx.options.maxWords === 'number' ? ctx.options.maxWords : 8;
    const out: RuleFinding[] = [];
    const facts = lineFacts(posting);
    for (let i = 0; i < posting.lines.length; i++) {
      const text = posting.lines[i]!;
      if (text.length > 200 || !lineTest(facts[i]!, TEST_CONFLICT, mayConflict)) continue;
      const k = lineKind(posting, i);
      if (k === 'blank' || k === 'junk' || k === 'heading') continue;
      // Only a type statement: a short line, or an employment-type field; never running prose.
      let from = 0;
      const label = FIELD_LABEL.exec(text);
      if (label) from = label[0].length;
      const body = text.slice(from);
      if (body.trim().split(/\s+/).length > maxWords) continue;
      const seen = new Set<Term>();
      let first = -1;
      let last = -1;
      TERMS.lastIndex = 0;
      for (let m = TERMS.exec(body); m; m = TERMS.exec(body)) {
        seen.add(termOf(m[0]));
        if (first < 0) first = from + m.index;
        last = from + m.index + m[0].length;
      }
      const pair =
        seen.has('full') && seen.has('part')
          ? 'full-time and part-time'
          : seen.has('temporary') && seen.has('permanent')
            ? 'temporary and permanent'
            : null;
      if (!pair) continue;
      out.push({ messageId: 'conflict', data: { pair, text: text.slice(first, last) }, range: range(i, first, i, last) });
    }
    return out;
  },
};
