// State pay-transparency posting laws (IL, MA, CO, NY, CA, WA): is the pay, the range, the
// benefits description and (Colorado) the close date in the posting?
import { payLawFor } from '../profiles/payLaws.ts';
import { contentIndex } from './content.ts';
import { payFacts } from './pay.ts';
import type { Rule, RuleFinding } from './types.ts';
import { documentRange, lineRange } from './util.ts';
import type { Posting } from '../model/posting.ts';

const CLOSE_DATE = /\b(?:closing|close|application|apply by|deadline|end) date\b|\bdeadline\b|\bapply by\b|\bapplications? (?:will be )?accepted (?:until|through)\b|\bopen until\b|\bcloses? on\b/i;

const STATE_NAMES: Record<string, string> = {
  illinois: 'IL',
  massachusetts: 'MA',
  colorado: 'CO',
  'new york': 'NY',
  california: 'CA',
  washington: 'WA',
};
const LOCATION_STATE = /,\s*([A-Z]{2})\b|,\s*(Illinois|Massachusetts|Colorado|New York|California|Washington)\b/;

/** The state named in a location field ("Denver, CO"), when the profile names none. */
export function stateFromFields(posting: Posting): string | null {
  for (const f of posting.fields) {
    if (f.key !== 'location') continue;
    const m = LOCATION_STATE.exec(f.value);
    if (m) return m[1] ?? STATE_NAMES[m[2]!.toLowerCase()] ?? null;
  }
  return null;
}

function hasCloseDate(posting: Posting): boolean {
  if (posting.fields.some((f) => f.key === 'closing_date' && f.value.trim() !== '')) return true;
  for (const line of posting.lines) if (line.length < 2000 && CLOSE_DATE.test(line)) return true;
  return false;
}

export const payTransparency: Rule = {
  id: 'pay-transparency',
  defaultSeverity: 'warning',
  description: "Checks the posting against its state's pay-transparency law: pay or range, benefits, close date.",
  docs: 'docs/rules/pay-transparency.md',
  options: { state: null, useLocationField: true },
  check(posting, ctx) {
    const opt = ctx.options.state;
    let state = typeof opt === 'string' && opt ? opt : ctx.profile.state;
    if (!state && ctx.options.useLocationField !== false) state = stateFromFields(posting);
    const law = payLawFor(state);
    if (!law) return [];
    const facts = payFacts(posting);
    const index = contentIndex(posting);
    const lacks: string[] = [];
    const hasFigure = facts.figures.length > 0;
    const hasRange = facts.ranges.length > 0;
    if (law.pay && !hasFigure) lacks.push(law.range ? 'a pay range (minimum and maximum)' : 'the pay or pay range');
    else if (law.range && !hasRange) {
      const f = facts.figures[0]!;
      const shown = posting.lines[f.line]!.slice(f.start, f.end);
      lacks.push(`a pay range: '${shown}' is a single figure, not a range`);
    }
    if (law.benefits && !index.first.has('benefits')) lacks.push('a general description of benefits and other compensation');
    if (law.closeDateFrom && ctx.today >= law.closeDateFrom && !hasCloseDate(posting)) lacks.push('the expected application close date');
    const out: RuleFinding[] = [];
    const future = ctx.today < law.effective;
    const when = future ? `takes effect ${law.effective}` : `in force since ${law.effective}`;
    const at = hasFigure ? lineRange(posting, facts.figures[0]!.line) : facts.lines.length ? lineRange(posting, facts.lines[0]!) : documentRange(posting);
    if (lacks.length) {
      out.push({
        message: `${law.law} (${when}) expects ${lacks.join('; ')}. Review with counsel.`,
        range: at,
        kind: !hasFigure || (law.range && !hasRange) ? 'salary' : law.benefits && !index.first.has('benefits') ? 'benefits' : null,
        ...(future ? { severity: 'info' as const } : {}),
      });
    }
    if (law.noOpenEnded) {
      for (const o of facts.openEnded) {
        out.push({
          message: `'${o.text}' is open-ended; ${law.law} (${when}) expects a pay range with a minimum and a maximum. Review with counsel.`,
          range: o.range,
          kind: 'salary',
          ...(future ? { severity: 'info' as const } : {}),
        });
      }
    }
    return out;
  },
};
