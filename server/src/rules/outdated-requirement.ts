// Conditions of employment that have likely expired (a COVID-19 vaccination mandate): flag for review.
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from './prose.ts';
import { lineRange } from './util.ts';
import { lineFacts, lineTest, lowerOf, TEST_OUTDATED, type LineFacts } from './memo.ts';

const COVID = /\bcovid(?:-?19)?\b|\bsars-cov-2\b|\bcoronavirus\b/i;
const MANDATE = /\bvaccin|\bbooster|\bproof of (?:full )?vaccination|\bmasks? (?:are |is )?required|\bweekly testing\b/i;

function isMandate(f: LineFacts): boolean {
  const l = lowerOf(f);
  return (l.includes('covid') || l.includes('sars') || l.includes('coronavirus')) && COVID.test(f.text) && MANDATE.test(f.text);
}

export const outdatedRequirement: Rule = {
  id: 'outdated-requirement',
  defaultSeverity: 'warning',
  description: 'A condition of employment that is likely out of date (COVID-19 vaccination mandate).',
  docs: 'docs/rules/outdated-requirement.md',
  options: {},
  check(posting) {
    const out: RuleFinding[] = [];
    const facts = lineFacts(posting);
    for (const i of textLines(posting)) {
      const text = posting.lines[i]!;
      if (text.length > 20000 || !lineTest(facts[i]!, TEST_OUTDATED, isMandate)) continue;
      out.push({
        message: 'COVID-19 vaccination requirement: most mandates of this kind have ended; check that it still applies before posting.',
        range: lineRange(posting, i),
        kind: 'conditions',
      });
    }
    return out;
  },
};
