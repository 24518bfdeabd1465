// Pay figures that cannot be right (minimum above maximum) or that promise less than they say
// ("up to $90,000", "starting at $50,000": open-ended, no real range), and pay stated with no figure
// at all ("Pay Grade: SN-1", "SALARY: Based on the Salary/Supplement Schedule", "as per contract"):
// the applicant cannot tell what the job pays, law or no law.
import type { Posting } from '../model/posting.ts';
import { payFacts, type Figure } from '../facts/pay.ts';
import type { Rule, RuleFinding } from './types.ts';
import { junkLines } from '../facts/junk.ts';
import { lineRange, range } from '../facts/util.ts';
import { sentenceStartLine } from '../facts/column.ts';

/** A dollar figure: a posting that has one somewhere states pay, even where its pay lines were not read as such. */
const DOLLAR_FIGURE = /\$ ?\d/;

/**
 * Below this a pay figure is a rate (an hour's, a day's, a session's), and which one the reader
 * cannot tell without a unit; above it a figure reads as a year's salary.
 */
const RATE_CEILING = 1000;
/** What makes a figure's unit plain: "per hour", "/hr", "an hour", "hourly", "Daily Rate", a stipend, "$36 million". */
const UNIT =
  /\b(?:per|an?|every)\s(?:hour|hr|day|diem|week|month|year|session|game|event|shift|class|period|mile|visit|meeting|contest|season|semester|term|credit|course|student|unit|contract|trip|route)\b|\beach\s[a-z]|\/\s?(?:hours?|hrs?|h|days?|d|wk|weeks?|mo|months?|yr|years?|sessions?|games?)\b|\b(?:hourly|daily|weekly|monthly|annual|annually|yearly|stipend|per diem|million|billion)\b/i;
/** A figure's clause ends at a semicolon or the next figure: a unit there belongs to another rate. */
const CLAUSE_END = /[;$]/;

/** The text a figure's unit may sit in: from the clause's start before it to the clause's end after it. */
function clauseAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && text[s - 1] !== ';') s--;
  let e = end;
  while (e < text.length && !CLAUSE_END.test(text[e]!)) e++;
  return text.slice(s, start) + text.slice(end, e);
}

/** The first pay line when the posting states pay but gives no dollar figure anywhere, else -1. */
function payWithoutFigure(posting: Posting, lines: readonly number[], figures: number): number {
  if (!lines.length || figures > 0) return -1;
  const junk = junkLines(posting);
  for (let l = 0; l < posting.lines.length; l++)
    if (!junk[l] && posting.lines[l]!.length <= 5000 && DOLLAR_FIGURE.test(posting.lines[l]!)) return -1;
  // Quoted and shown where the pay sentence starts, not on the wrapped half of it.
  return sentenceStartLine(posting, lines[0]!, 2);
}

export const salarySanity: Rule = {
  meta: {
    id: 'salary-sanity',
    description: 'Pay ranges whose minimum is above the maximum, open-ended pay ("up to", "starting at"), and pay stated with no figure.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        openEnded: {
          type: 'boolean',
          description: 'Report open-ended pay.',
          default: true,
        },
        noFigure: {
          type: 'boolean',
          description: 'Report pay stated with no figure (only a grade, a schedule or "per contract").',
          default: true,
        },
        noUnit: {
          type: 'boolean',
          description: 'Report, as information, a rate under $1,000 with no unit ("Salary: $16.00": per hour? per day?).',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      inverted: "Pay range '{{text}}' has its minimum above its maximum.",
      openEnded: "'{{text}}' is open-ended pay; state the range (minimum and maximum) instead.",
      noFigure: "Pay is stated only as '{{text}}', with no figure; give the pay (a range, or a rate with its unit).",
      noUnit: "'{{text}}' gives no unit: per hour, per day or per session? Say which.",
    },
    docs: 'docs/rules/salary-sanity.md',
    fixable: 'suggestion',
  },
  check(posting, ctx) {
    const facts = payFacts(posting);
    const out: RuleFinding[] = [];
    for (const r of facts.ranges) {
      if (r.min.value > r.max.value) {
        const text = posting.lines[r.min.line]!.slice(r.min.start, r.max.end);
        out.push({
          messageId: 'inverted',
          data: { text },
          range: range(r.min.line, r.min.start, r.max.line, r.max.end),
          kind: 'salary',
          severity: 'error',
          fixes: [
            {
              title: 'Swap the minimum and the maximum',
              edits: [
                {
                  range: range(r.max.line, r.max.start, r.max.line, r.max.end),
                  newText: posting.lines[r.min.line]!.slice(r.min.start, r.min.end),
                },
                {
                  range: range(r.min.line, r.min.start, r.min.line, r.min.end),
                  newText: posting.lines[r.max.line]!.slice(r.max.start, r.max.end),
                },
              ],
              safe: false,
            },
          ],
        });
      }
    }
    if (ctx.options.openEnded !== false) {
      for (const o of facts.openEnded) {
        out.push({ messageId: 'openEnded', data: { text: o.text }, range: o.range, kind: 'salary' });
      }
    }
    if (ctx.options.noFigure !== false) {
      const line = payWithoutFigure(posting, facts.lines, facts.figures.length);
      if (line >= 0) {
        const text = posting.lines[line]!.trim().replace(/\s+/g, ' '); // a padded column's gap is one space in the quote
        out.push({
          messageId: 'noFigure',
          data: { text: text.length > 60 ? `${text.slice(0, 57)}…` : text },
          range: lineRange(posting, line),
          kind: 'salary',
          gaps: ['salary'],
        });
      }
    }
    if (ctx.options.noUnit !== false) out.push(...ratesWithoutUnit(posting, facts));
    return out;
  },
};

/** Rates under RATE_CEILING whose clause names no unit, one finding per figure or range (at its maximum's clause). */
function ratesWithoutUnit(posting: Posting, facts: ReturnType<typeof payFacts>): RuleFinding[] {
  const out: RuleFinding[] = [];
  const inRange = new Map<Figure, Figure>();
  for (const r of facts.ranges) {
    inRange.set(r.min, r.max);
    inRange.set(r.max, r.max);
  }
  for (const f of facts.figures) {
    const last = inRange.get(f) ?? f;
    if (last !== f || last.value >= RATE_CEILING) continue; // a range is read once, at its maximum
    const first = facts.ranges.find((r) => r.max === f)?.min ?? f;
    const text = posting.lines[f.line]!;
    if (UNIT.test(clauseAround(text, first.start, f.end))) continue;
    out.push({
      messageId: 'noUnit',
      data: { text: text.slice(first.start, f.end) },
      range: range(f.line, first.start, f.line, f.end),
      kind: 'salary',
      severity: 'info',
    });
  }
  return out;
}
