// Job words that name a man or a woman for work anyone does: "foreman", "tradesman", "repairman",
// "lunch lady", "manpower". A posting that calls the job a man's (or a woman's) tells half the
// readers it is not for them; each has a neutral word that says the same. Terms of art with no
// neutral equal in law or licensing ("journeyman" electrician or plumber, a licence grade) and
// sports positions ("lineman" in a football coach's posting) are left alone, and so is a surname
// after a title ("Dr. Foreman").
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from '../facts/prose.ts';
import { range } from '../facts/util.ts';
import { lineFacts, lowerOf } from '../facts/memo.ts';
import { escapeRegExp } from '../facts/escape.ts';

/** Gendered word (lower case) → the neutral word to use. */
export const GENDERED_TERMS: Readonly<Record<string, string>> = {
  foreman: 'supervisor',
  foremen: 'supervisors',
  forewoman: 'supervisor',
  tradesman: 'tradesperson',
  tradesmen: 'tradespeople',
  workman: 'worker',
  workmen: 'workers',
  repairman: 'repair technician',
  repairmen: 'repair technicians',
  handyman: 'maintenance worker',
  handymen: 'maintenance workers',
  watchman: 'security guard',
  watchmen: 'security guards',
  chairman: 'chair',
  chairmen: 'chairs',
  chairwoman: 'chair',
  salesman: 'salesperson',
  craftsman: 'craftsperson',
  craftsmen: 'craftspeople',
  mailman: 'mail carrier',
  deliveryman: 'delivery driver',
  cameraman: 'camera operator',
  doorman: 'door attendant',
  groundsman: 'groundskeeper',
  groundsmen: 'groundskeepers',
  'lunch lady': 'food service worker',
  'lunch ladies': 'food service workers',
  'cleaning lady': 'cleaner',
  'cleaning ladies': 'cleaners',
  manpower: 'staffing',
  'man-hours': 'work hours',
  'man hours': 'work hours',
};

// Longest first, so "lunch ladies" wins over a shorter term; a space in a term matches any white space.
const TERM = new RegExp(
  `\\b(?:${Object.keys(GENDERED_TERMS)
    .sort((a, b) => b.length - a.length)
    .map((t) => escapeRegExp(t).replace(/ /g, '\\s'))
    .join('|')})\\b`,
  'gi',
);
// Every term holds one of these: the cheap test before the regex.
const CUES = ['man', 'men', 'woman', 'lad'];
// A title before a capitalised word makes it a surname ("Dr. Foreman", "Mrs. Chairman").
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+$/;

/** The neutral word, keeping the first letter's case. */
function neutral(found: string): string {
  const word = GENDERED_TERMS[found.toLowerCase().replace(/\s+/g, ' ')] ?? '';
  return found[0]! >= 'A' && found[0]! <= 'Z' ? word[0]!.toUpperCase() + word.slice(1) : word;
}

export const genderedTerm: Rule = {
  meta: {
    id: 'gendered-term',
    description: 'Job words that name a gender ("foreman", "tradesman", "lunch lady", "manpower") where a neutral word says the same.',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      term: "'{{found}}' names a gender for work anyone does; use '{{replacement}}'.",
    },
    docs: 'docs/rules/gendered-term.md',
    fixable: 'suggestion',
    scope: 'line',
  },
  check(posting) {
    const out: RuleFinding[] = [];
    const facts = lineFacts(posting);
    for (const i of textLines(posting)) {
      const text = posting.lines[i]!;
      if (text.length > 20000) continue;
      const lower = lowerOf(facts[i]!);
      if (!CUES.some((c) => lower.includes(c))) continue;
      TERM.lastIndex = 0;
      for (let m = TERM.exec(text); m; m = TERM.exec(text)) {
        if (TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
        const replacement = neutral(m[0]);
        const r = range(i, m.index, i, m.index + m[0].length);
        out.push({
          messageId: 'term',
          data: { found: m[0], replacement },
          range: r,
          fixes: [{ title: `Replace '${m[0]}' with '${replacement}'`, edits: [{ range: r, newText: replacement }], safe: false }],
        });
      }
    }
    return out;
  },
};
