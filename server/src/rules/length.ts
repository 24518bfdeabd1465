// Posting length in words, against the commonly cited 300–700 word guidance, as information.
import type { Rule } from './types.ts';
import { proseStats } from './reading-level.ts';
import { documentRange, num } from './util.ts';

export const length: Rule = {
  id: 'length',
  defaultSeverity: 'info',
  description: 'Posting length outside the 300–700 word guidance.',
  docs: 'docs/rules/length.md',
  options: { minWords: 300, maxWords: 700 },
  check(posting, ctx) {
    const { words } = proseStats(posting);
    const min = num(ctx.options.minWords, 300);
    const max = num(ctx.options.maxWords, 700);
    if (words === 0) return [];
    if (words < min) return [{ message: `The posting has ${words} words of text; postings of ${min}–${max} words tend to draw more applicants. Add what the job involves and requires.`, range: documentRange(posting) }];
    if (words > max) return [{ message: `The posting has ${words} words of text; postings of ${min}–${max} words tend to draw more applicants. Consider trimming boilerplate.`, range: documentRange(posting) }];
    return [];
  },
};
