// "he/she", "his/her", "s/he", "he or she": use singular "they" (or "you").
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from './prose.ts';
import { range } from './util.ts';
import { lineFacts, lowerOf } from './memo.ts';

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

const NONE: ReadonlyArray<readonly [number, string]> = [];

/** The pronoun pairs of a line: [index, text]. */
function pronounsIn(text: string): ReadonlyArray<readonly [number, string]> {
  let out: Array<readonly [number, string]> | null = null;
  PRONOUNS.lastIndex = 0;
  for (let m = PRONOUNS.exec(text); m; m = PRONOUNS.exec(text)) (out ??= []).push([m.index, m[0]]);
  return out ?? NONE;
}

export const genderedPronoun: Rule = {
  id: 'gendered-pronoun',
  defaultSeverity: 'warning',
  description: 'Gendered pronoun pairs (he/she, his/her, s/he); singular "they" includes everyone.',
  docs: 'docs/rules/gendered-pronoun.md',
  options: {},
  check(posting) {
    const out: RuleFinding[] = [];
    const facts = lineFacts(posting);
    for (const i of textLines(posting)) {
      const text = posting.lines[i]!;
      const f = facts[i]!;
      if (text.length > 20000) continue;
      const hits = (f.pronouns ??= !text.includes('/') && !lowerOf(f).includes(' or ') ? NONE : pronounsIn(text)) as ReadonlyArray<readonly [number, string]>;
      for (const [index, found] of hits) {
        const { text: rep, subject } = replacementFor(found);
        const r = range(i, index, i, index + found.length);
        out.push({
          message: `'${found}' is a gendered pronoun pair; use '${rep}'${subject ? ' (and check the verb: "they are")' : ''}.`,
          range: r,
          fixes: [{ title: `Replace '${found}' with '${rep}'`, edits: [{ range: r, newText: rep }], safe: !subject }],
        });
      }
    }
    return out;
  },
};
