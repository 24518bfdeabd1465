// Age-coded phrases the EEOC treats as evidence of age bias ("recent graduate", "digital native").
import type { Rule, RuleFinding } from './types.ts';
import { proseLines, proseMemos } from '../facts/prose.ts';
import { range } from '../facts/util.ts';

const AGE_CODED =
  /\brecent (?:college |university |high school )?grad(?:uate)?s?\b|\bnew grads?\b|\bfresh graduates?\b|\bdigital natives?\b|\byoung (?:and|&) (?:energetic|dynamic|vibrant)\b|\byoung,? (?:energetic|dynamic|vibrant)\b|\b(?:energetic|dynamic|vibrant) young\b|\byoung professionals?\b|\byouthful\b|\bmax(?:imum)? (?:of )?\d{1,2} years? (?:of )?experience\b|\bno more than \d{1,2} years? (?:of )?experience\b|\bbetween the ages of\b|\bunder the age of \d/gi;

const NONE: ReadonlyArray<readonly [number, string]> = [];

/** The age-coded phrases of a text: [index, phrase]. */
function ageCodedIn(text: string): ReadonlyArray<readonly [number, string]> {
  let out: Array<readonly [number, string]> | null = null;
  AGE_CODED.lastIndex = 0;
  for (let m = AGE_CODED.exec(text); m; m = AGE_CODED.exec(text)) (out ??= []).push([m.index, m[0]]);
  return out ?? NONE;
}

export const ageCoded: Rule = {
  meta: {
    id: 'age-coded',
    description: 'Age-coded phrases ("recent graduate", "digital native", "young and energetic").',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      ageCoded: "'{{text}}' is age-coded wording; describe the skills or the experience the job needs instead.",
    },
    docs: 'docs/rules/age-coded.md',
    fixable: false,
    scope: 'line',
  },
  check(posting) {
    const out: RuleFinding[] = [];
    const prose = proseLines(posting);
    const memos = proseMemos(posting);
    for (let i = 0; i < prose.length; i++) {
      const p = prose[i]!;
      if (p.text.length > 20000) continue;
      const hits = (memos[i]!.age ??= ageCodedIn(memos[i]!.text));
      for (let indexAt = 0, indexItems = hits; indexAt < indexItems.length; indexAt++) {
        const indexItem = indexItems[indexAt]!;
        const index = indexItem[0];
        const text = indexItem[1];
        out.push({
          messageId: 'ageCoded',
          data: { text },
          range: range(p.line, p.start + index, p.line, p.start + index + text.length),
        });
      }
    }
    return out;
  },
};
