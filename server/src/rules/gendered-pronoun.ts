// "he/she", "his/her", "s/he", "he or she": use singular "they" (or "you"). A pair names both sexes,
// so reviewers read it as inclusive if dated: it is information, not a warning (option
// pairsAsWarnings). A lone "he" or "his" for the person to be hired assumes their gender outright;
// it is a warning (option singlePronouns).
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from '../facts/prose.ts';
import { range } from '../facts/util.ts';
import { lineFacts } from '../facts/memo.ts';

const PRONOUNS =
  /\(s\)he\b|\bs\/he\b|\b(?:he ?\/ ?she|she ?\/ ?he|he or she|she or he|his ?\/ ?hers?|hers? ?\/ ?his|his or hers?|hers? or his|him ?\/ ?her|her ?\/ ?him|him or her|her or him|himself ?\/ ?herself|herself ?\/ ?himself|himself or herself|herself or himself)\b/gi;

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

const SINGLE = /\b(?:he|she|him|his|hers?|himself|herself)\b/gi;

/** [index, text, single]: pairs first; single pronouns only where no pair covers them. */
type Hit = readonly [number, string, boolean];
const NONE: ReadonlyArray<Hit> = [];

/** The gendered pronouns of a line. */
function pronounsIn(text: string): ReadonlyArray<Hit> {
  let out: Hit[] | null = null;
  let pairEnd: number;
  const pairs: Array<[number, number]> = [];
  if (text.includes('/') || text.includes(' or ')) {
    PRONOUNS.lastIndex = 0;
    for (let m = PRONOUNS.exec(text); m; m = PRONOUNS.exec(text)) {
      (out ??= []).push([m.index, m[0], false]);
      pairs.push([m.index, m.index + m[0].length]);
    }
  }
  SINGLE.lastIndex = 0;
  let p = 0;
  for (let m = SINGLE.exec(text); m; m = SINGLE.exec(text)) {
    while (p < pairs.length && pairs[p]![1] <= m.index) p++;
    pairEnd = p < pairs.length ? pairs[p]![0] : -1;
    const inPair = pairEnd >= 0 && m.index >= pairEnd && m.index < pairs[p]![1];
    // "s/he": the "he" after a slash belongs to the pair even when the pair pattern starts earlier.
    if (!inPair && text[m.index - 1] !== '/' && text[m.index + m[0].length] !== '/') (out ??= []).push([m.index, m[0], true]);
  }
  if (out && pairs.length) out.sort((a, b) => a[0] - b[0]);
  return out ?? NONE;
}

/** The neutral word for a single pronoun, or null where the grammar is ambiguous ("her": their or them). */
function singleReplacement(word: string): { text: string; subject: boolean } | null {
  const w = word.toLowerCase();
  const text =
    w === 'he' || w === 'she'
      ? 'they'
      : w === 'him'
        ? 'them'
        : w === 'his'
          ? 'their'
          : w === 'hers'
            ? 'theirs'
            : w === 'himself' || w === 'herself'
              ? 'themselves'
              : null;
  if (!text) return null;
  const upper = word[0]! >= 'A' && word[0]! <= 'Z';
  return { text: upper ? text[0]!.toUpperCase() + text.slice(1) : text, subject: text === 'they' };
}

export const genderedPronoun: Rule = {
  meta: {
    id: 'gendered-pronoun',
    description: 'Gendered pronouns (he/she, his/her, s/he, and a lone he or his); singular "they" includes everyone.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        singlePronouns: {
          type: 'boolean',
          description: 'Also report a lone he/she/his/him/her; false reports only the pairs.',
          default: true,
        },
        pairsAsWarnings: {
          type: 'boolean',
          description: 'Report pronoun pairs (he/she, his/her) at the rule severity; false reports them as information.',
          default: false,
        },
      },
      additionalProperties: false,
    },
    messages: {
      single: "'{{found}}' assumes the gender of the person you will hire; use '{{replacement}}' or address the reader as 'you'.",
      singleSubject:
        "'{{found}}' assumes the gender of the person you will hire; use '{{replacement}}' (and check the verb: \"they are\") or address the reader as 'you'.",
      singleUnknown: "'{{found}}' assumes the gender of the person you will hire; use 'their' or 'them' or address the reader as 'you'.",
      pair: "'{{found}}' is a gendered pronoun pair; use '{{replacement}}'.",
      pairSubject: "'{{found}}' is a gendered pronoun pair; use '{{replacement}}' (and check the verb: \"they are\").",
    },
    docs: 'docs/rules/gendered-pronoun.md',
    fixable: 'safe',
    scope: 'line',
  },
  check(posting, ctx) {
    const singles = ctx.options.singlePronouns !== false;
    const pairSeverity = ctx.options.pairsAsWarnings === true ? {} : { severity: 'info' as const };
    const out: RuleFinding[] = [];
    const facts = lineFacts(posting);
    for (let iAt = 0, iList = textLines(posting); iAt < iList.length; iAt++) {
      const i = iList[iAt]!;
      const text = posting.lines[i]!;
      const f = facts[i]!;
      if (text.length > 20000) continue;
      const hits = (f.pronouns ??= pronounsIn(f.text)) as ReadonlyArray<Hit>;
      for (let indexAt = 0, indexItems = hits; indexAt < indexItems.length; indexAt++) {
        const indexItem = indexItems[indexAt]!;
        const index = indexItem[0];
        const found = indexItem[1];
        const single = indexItem[2];
        const r = range(i, index, i, index + found.length);
        if (single) {
          if (!singles) continue;
          const rep = singleReplacement(found);
          out.push({
            messageId: rep ? (rep.subject ? 'singleSubject' : 'single') : 'singleUnknown',
            data: { found, replacement: rep?.text ?? '' },
            range: r,
            ...(rep
              ? { fixes: [{ title: `Replace '${found}' with '${rep.text}'`, edits: [{ range: r, newText: rep.text }], safe: false }] }
              : {}),
          });
          continue;
        }
        const { text: rep, subject } = replacementFor(found);
        out.push({
          messageId: subject ? 'pairSubject' : 'pair',
          data: { found, replacement: rep },
          range: r,
          ...pairSeverity,
          fixes: [{ title: `Replace '${found}' with '${rep}'`, edits: [{ range: r, newText: rep }], safe: !subject, removes: [r] }],
        });
      }
    }
    return out;
  },
};
