// "he/she", "his/her", "s/he", "he or she": use singular "they" (or "you").
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from './prose.ts';
import { lowerLines, range } from './util.ts';

const PRONOUNS = /\(s\)he\b|\bs\/he\b|\b(?:he ?\/ ?she|she ?\/ ?he|he or she|she or he|his ?\/ ?hers?|hers? ?\/ ?his|his or hers?|hers? or his|him ?\/ ?her|her ?\/ ?him|him or her|her or him|himself ?\/ ?herself|herself ?\/ ?himself|himself or herself|herself or himself)\b/gi;

/** The replacement for a pronoun pair, keeping the first letter's case. */
export function replacementFor(match: string): { text: string; subject: boolean } {
  const m = match.toLowerCase().replace(/\s+/g, ' ');
  let text: string;
  let subject = false;
  if (m.includes('self')) text = 'themselves';
  else if (m.includes('him')) text = 'them';
  else if (m.includes('hers')) text = 'theirs';
  else if (m.includes('his') || m.startsWith('her')) text = 'their';
  else {
    text = 'they';
    subject = true;
  }
  const c = match.replace('(', '')[0]!;
  if (c >= 'A' && c <= 'Z') text = text[0]!.toUpperCase() + text.slice(1);
  return { text, subject };
}

export const genderedPronoun: Rule = {
  id: 'gendered-pronoun',
  defaultSeverity: 'warning',
  description: 'Gendered pronoun pairs (he/she, his/her, s/he); singular "they" includes everyone.',
  docs: 'docs/rules/gendered-pronoun.md',
  options: {},
  check(posting) {
    const out: RuleFinding[] = [];
    const lower = lowerLines(posting);
    for (const i of textLines(posting)) {
      const text = posting.lines[i]!;
      if (text.length > 20000 || (!text.includes('/') && !lower[i]!.includes(' or '))) continue;
      PRONOUNS.lastIndex = 0;
      for (let m = PRONOUNS.exec(text); m; m = PRONOUNS.exec(text)) {
        const { text: rep, subject } = replacementFor(m[0]);
        const r = range(i, m.index, i, m.index + m[0].length);
        out.push({
          message: `'${m[0]}' is a gendered pronoun pair; use '${rep}'${subject ? ' (and check the verb: "they are")' : ''}.`,
          range: r,
          fixes: [{ title: `Replace '${m[0]}' with '${rep}'`, edits: [{ range: r, newText: rep }], safe: !subject }],
        });
      }
    }
    return out;
  },
};
