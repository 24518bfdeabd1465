// A number written in words and digits that disagree ("five (7) years"), and one of something
// counted in the plural ("One years of experience", "1 months").
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from '../facts/prose.ts';
import { range } from '../facts/util.ts';
import { lineFacts, lowerOf } from '../facts/memo.ts';

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

const PAIR =
  /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](one|two|three|four|five|six|seven|eight|nine))? ?\((\d{1,3})\)/gi;

/** One, then a unit of time or study in the plural: the number and the noun disagree. */
const ONE_PLURAL = /\b(?:one|1|a single)(?: \(1\))? (years|months|weeks|days|hours|semesters|credits)\b/gi;

/** The parts of a PAIR match the rule reads. */
interface PairMatch {
  0: string;
  1: string;
  2: string | undefined;
  3: string;
  index: number;
}

const NO_PAIRS: readonly PairMatch[] = [];

function pairsIn(text: string): readonly PairMatch[] {
  let out: PairMatch[] | null = null;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) (out ??= []).push({ 0: m[0], 1: m[1]!, 2: m[2], 3: m[3]!, index: m.index });
  return out ?? NO_PAIRS;
}

export const numberWordMismatch: Rule = {
  meta: {
    id: 'number-word-mismatch',
    description: 'A number in words and in digits that disagree ("five (7)").',
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        plural: {
          type: 'boolean',
          description: 'Also report one of something counted in the plural ("One years of experience").',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      mismatch: "'{{text}}': the words say {{word}} and the digits say {{digits}}.",
      plural: "'{{text}}': one, but '{{noun}}' is plural.",
    },
    docs: 'docs/rules/number-word-mismatch.md',
    fixable: 'suggestion',
    scope: 'line',
  },
  check(posting, ctx) {
    const out: RuleFinding[] = [];
    const facts = lineFacts(posting);
    const plural = ctx.options.plural !== false;
    for (let iAt = 0, iList = textLines(posting); iAt < iList.length; iAt++) {
      const i = iList[iAt]!;
      const text = posting.lines[i]!;
      if (plural && text.length <= 20000 && mayBeOnePlural(lowerOf(facts[i]!))) out.push(...onePlural(text, i));
      if (text.length > 20000 || !text.includes('(')) continue;
      const f = facts[i]!;
      for (let mAt = 0, mList = (f.numberPairs ??= pairsIn(f.text)) as readonly PairMatch[]; mAt < mList.length; mAt++) {
        const m = mList[mAt]!;
        const tens = NUMBER_WORDS[m[1]!.toLowerCase()]!;
        const ones = m[2] ? NUMBER_WORDS[m[2].toLowerCase()]! : 0;
        const word = tens + (tens >= 20 && tens < 100 ? ones : 0);
        if (m[2] && (tens < 20 || tens >= 100)) continue; // "one five (5)": not one number
        const digits = Number.parseInt(m[3]!, 10);
        if (word === digits) continue;
        const wordText = m[0].slice(0, m[0].indexOf('(')).trimEnd();
        const digitStart = m.index + m[0].lastIndexOf('(') + 1;
        const digitEnd = digitStart + m[3]!.length;
        const wordStart = m.index;
        const wordEnd = m.index + wordText.length;
        const wordForDigits = Object.keys(NUMBER_WORDS).find((k) => NUMBER_WORDS[k] === digits);
        const fixes = [
          {
            title: `Change the digits to ${word}`,
            edits: [{ range: range(i, digitStart, i, digitEnd), newText: String(word) }],
            safe: false,
          },
        ];
        if (wordForDigits) {
          const cased =
            wordText[0]! >= 'A' && wordText[0]! <= 'Z' ? wordForDigits[0]!.toUpperCase() + wordForDigits.slice(1) : wordForDigits;
          fixes.push({
            title: `Change the word to '${cased}'`,
            edits: [{ range: range(i, wordStart, i, wordEnd), newText: cased }],
            safe: false,
          });
        }
        out.push({
          messageId: 'mismatch',
          data: { text: m[0], word, digits },
          range: range(i, m.index, i, m.index + m[0].length),
          fixes,
        });
      }
    }
    return out;
  },
};

/** The nouns of ONE_PLURAL's last group, read from its source (so they follow the pattern): every match holds one of them in some case. */
const ONE_PLURAL_NOUNS = ONE_PLURAL.source.slice(ONE_PLURAL.source.lastIndexOf('(') + 1, ONE_PLURAL.source.lastIndexOf(')')).split('|');

/** False when the line's lower case holds none of ONE_PLURAL's nouns: a few indexOf calls instead of the pattern tried at each position. */
export function mayBeOnePlural(lower: string): boolean {
  for (let i = 0; i < ONE_PLURAL_NOUNS.length; i++) if (lower.includes(ONE_PLURAL_NOUNS[i]!)) return true;
  return false;
}

/** "One years": the fix writes the noun in the singular. */
function onePlural(text: string, line: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  ONE_PLURAL.lastIndex = 0;
  for (let m = ONE_PLURAL.exec(text); m; m = ONE_PLURAL.exec(text)) {
    const noun = m[1]!;
    const end = m.index + m[0].length;
    out.push({
      messageId: 'plural',
      data: { text: m[0], noun },
      range: range(line, m.index, line, end),
      // a slip in grammar, not a contradiction: a warning, not the rule's error
      severity: 'warning',
      fixes: [{ title: `Change '${noun}' to '${noun.slice(0, -1)}'`, edits: [{ range: range(line, end - 1, line, end), newText: '' }], safe: false }],
    });
  }
  return out;
}
