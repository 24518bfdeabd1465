// Posting length in words, against the commonly cited 300–700 word guidance, as information.
import type { Rule } from './types.ts';
import { proseStats } from './reading-level.ts';
import { documentRange, num } from '../facts/util.ts';

export const length: Rule = {
  meta: {
    id: 'length',
    description: 'Posting length outside the 300–700 word guidance.',
    defaultSeverity: 'info',
    schema: {
      type: 'object',
      properties: {
        minWords: {
          type: 'integer',
          description: 'Shorter postings get a note.',
          default: 300,
          minimum: 0,
        },
        maxWords: {
          type: 'integer',
          description: 'Longer postings get a note.',
          default: 700,
          minimum: 0,
        },
      },
      additionalProperties: false,
    },
    messages: {
      short:
        'The posting has {{words}} words of text; postings of {{min}}–{{max}} words tend to draw more applicants. Add what the job involves and requires.',
      long: 'The posting has {{words}} words of text; postings of {{min}}–{{max}} words tend to draw more applicants. Consider trimming boilerplate.',
    },
    docs: 'docs/rules/length.md',
    fixable: false,
  },
  check(posting, ctx) {
    const { words } = proseStats(posting);
    const min = num(ctx.options.minWords, 300);
    const max = num(ctx.options.maxWords, 700);
    if (words === 0) return [];
    if (words < min) return [{ messageId: 'short', data: { words, min, max }, range: documentRange(posting) }];
    if (words > max) return [{ messageId: 'long', data: { words, min, max }, range: documentRange(posting) }];
    return [];
  },
};
