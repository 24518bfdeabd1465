// Pay figures that cannot be right (minimum above maximum) or that promise less than they say
// ("up to $90,000", "starting at $50,000": open-ended, no real range).
import { payFacts } from '../facts/pay.ts';
import type { Rule, RuleFinding } from './types.ts';
import { range } from '../facts/util.ts';

export const salarySanity: Rule = {
  meta: {
    id: 'salary-sanity',
    description: 'Pay ranges whose minimum is above the maximum, and open-ended pay ("up to", "starting at").',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        openEnded: {
          type: 'boolean',
          description: 'Report open-ended pay.',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      inverted: "Pay range '{{text}}' has its minimum above its maximum.",
      openEnded: "'{{text}}' is open-ended pay; state the range (minimum and maximum) instead.",
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
    return out;
  },
};
