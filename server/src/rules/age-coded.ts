// Age-coded phrases the EEOC treats as evidence of age bias ("recent graduate", "digital native").
import type { Rule, RuleFinding } from './types.ts';
import { proseLines } from './prose.ts';
import { range } from './util.ts';

const AGE_CODED = /\brecent (?:college |university |high school )?grad(?:uate)?s?\b|\bnew grads?\b|\bfresh graduates?\b|\bdigital natives?\b|\byoung (?:and|&) (?:energetic|dynamic|vibrant)\b|\byoung,? (?:energetic|dynamic|vibrant)\b|\b(?:energetic|dynamic|vibrant) young\b|\byoung professionals?\b|\byouthful\b|\bmax(?:imum)? (?:of )?\d{1,2} years? (?:of )?experience\b|\bno more than \d{1,2} years? (?:of )?experience\b|\bbetween the ages of\b|\bunder the age of \d/gi;

export const ageCoded: Rule = {
  id: 'age-coded',
  defaultSeverity: 'warning',
  description: 'Age-coded phrases ("recent graduate", "digital native", "young and energetic").',
  docs: 'docs/rules/age-coded.md',
  options: {},
  check(posting) {
    const out: RuleFinding[] = [];
    for (const p of proseLines(posting)) {
      if (p.text.length > 20000) continue;
      AGE_CODED.lastIndex = 0;
      for (let m = AGE_CODED.exec(p.text); m; m = AGE_CODED.exec(p.text)) {
        out.push({
          message: `'${m[0]}' is age-coded wording; describe the skills or the experience the job needs instead.`,
          range: range(p.line, p.start + m.index, p.line, p.start + m.index + m[0].length),
        });
      }
    }
    return out;
  },
};
