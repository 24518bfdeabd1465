// Gender-coded wording balance (Gaucher, Friesen & Kay 2011), reported as ONE information note
// over prose, with school-aware exceptions so that the words a school posting cannot avoid
// ("responsibilities", "committee", "children", "support", "leadership") do not count.
import type { Rule, RuleFinding } from './types.ts';
import type { Posting } from '../model/posting.ts';
import { proseLines, proseMemos } from '../facts/prose.ts';
import { bool, documentRange, num } from '../facts/util.ts';
import { lineFacts, lowerOf, type LineFacts } from '../facts/memo.ts';

// Stems from lovedaybrooke/gender-decoder (MIT), app/wordlists/en.py, matched by word prefix.
export const FEMININE_STEMS =
  'agree affectionate child cheer collab commit communal compassion connect considerate cooperat co-operat depend emotiona empath feel flatterable gentle honest interpersonal interdependen interpersona inter-personal inter-dependen inter-persona kind kinship loyal modesty nag nurtur pleasant polite quiet respon sensitiv submissive support sympath tender together trust understand warm whin enthusias inclusive yield share sharin'.split(
    ' ',
  );
export const MASCULINE_STEMS =
  'active adventurous aggress ambitio analy assert athlet autonom battle boast challeng champion compet confident courag decid decision decisive defend determin domina dominant driven fearless fight force greedy head-strong headstrong hierarch hostil impulsive independen individual intellect lead logic objective opinion outspoken persist principle reckless self-confiden self-relian self-sufficien selfconfiden selfrelian selfsufficien stubborn superior unreasonab'.split(
    ' ',
  );

/**
 * Words that match a stem but carry no gender coding in a school posting: the job's own nouns
 * (responsibilities, committee, children, support staff, leadership teams, kindergarten), special
 * education terms (individualized, intellectual disability), and plain verbs (determine, analyze).
 */
export const SCHOOL_EXCEPTIONS = [
  'responsib',
  'respond',
  'committee',
  'child',
  'support',
  'lead',
  'kindergarten',
  'kindly',
  'individual',
  'intellectual',
  'objectives',
  'competenc',
  'determine',
  'determination',
  'determining',
  'decision-making',
  'analy',
  'athletic',
  'principles',
  'dependent',
  'depending',
  'understanding',
  'shared',
  'forces',
  'workforce',
  'independent school',
];

/** Fixed phrases whose coded word is not coded there ("open competitive examination", "competitive salary", "task force"). */
const NEUTRAL_PHRASES =
  /\bopen competitive\b|\bcompetitive (?:basis|exam|examination|examinations|process|salary|salaries|pay|wages?|benefits|compensation|grants?)\b|\b(?:work|task|labor|police) force\b|\bin (?:full )?force\b/gi;

interface Matcher {
  /** Stems by their first three characters (index3). */
  first: Map<number, string[]>;
}

/**
 * A word's first three characters as a number: a–z × a–z × (a–z or '-'), or -1. Every stem starts
 * so (at least three characters), and three characters leave few stems to try at a word ("co"
 * alone starts eleven).
 */
function index3(text: string, at: number): number {
  const a = text.charCodeAt(at) - 97;
  const b = text.charCodeAt(at + 1) - 97;
  const c = text.charCodeAt(at + 2);
  const t = c === 45 ? 26 : c - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && t >= 0 && t <= 26 ? (a * 26 + b) * 27 + t : -1;
}

function matcher(stems: string[]): Matcher {
  const first = new Map<number, string[]>();
  for (const s of stems) {
    const k = index3(s, 0);
    if (k < 0) throw new Error(`stem '${s}' does not start with two letters and a letter or hyphen`);
    let arr = first.get(k);
    if (!arr) first.set(k, (arr = []));
    arr.push(s);
  }
  return { first };
}

const FEM = matcher(FEMININE_STEMS);
const MASC = matcher(MASCULINE_STEMS);
const EXC = matcher(SCHOOL_EXCEPTIONS);

function matches(m: Matcher, text: string, at: number, k: number): boolean {
  const arr = m.first.get(k);
  if (!arr) return false;
  for (const s of arr) if (text.startsWith(s, at)) return true;
  return false;
}

/** Flags by a word's first three characters (index3): 1 a masculine stem starts so, 2 a feminine stem. */
const THREE = new Uint8Array(26 * 26 * 27);
for (const [m, bit] of [
  [MASC, 1],
  [FEM, 2],
] as const) {
  for (const k of m.first.keys()) THREE[k]! |= bit;
}

export interface CodedCounts {
  masculine: Map<string, number>;
  feminine: Map<string, number>;
}

function isWordCode(d: number): boolean {
  return (d >= 97 && d <= 122) || d === 45 || d === 39 || d === 0x2019;
}

const NO_CODED: ReadonlyArray<readonly [string, boolean]> = [];

/** The coded words of one text in order, each with true when masculine-coded. One pass. */
export function codedWords(raw: string): ReadonlyArray<readonly [string, boolean]> {
  return codedWordsIn(raw.toLowerCase(), 0);
}

/**
 * codedWords of a line's text from `start`, read from the line's shared lower case (memo.ts) when
 * that is the same as lowering the text from start: no copy of the line in the common case.
 */
function codedWordsOfLine(f: LineFacts, start: number): ReadonlyArray<readonly [string, boolean]> {
  const lower = lowerOf(f);
  // Lowering can lengthen a character (U+0130), and the neutral phrases are matched on the text itself.
  if (lower.length !== f.text.length || lower.includes('competitive') || lower.includes('force')) return codedWords(f.text.slice(start));
  return codedWordsIn(lower, start);
}

/** The coded words of lower-case text from `start` (a word there starts the text). */
function codedWordsIn(lower: string, start: number): ReadonlyArray<readonly [string, boolean]> {
  let out: Array<readonly [string, boolean]> | null = null;
  let text = lower;
  let i = start;
  if (text.includes('competitive', i) || text.includes('force', i)) {
    text = text.slice(i).replace(NEUTRAL_PHRASES, ' ');
    i = 0;
  }
  const first = i;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordCode(text.charCodeAt(j))) j++;
    const k = j - i >= 3 ? index3(text, i) : -1;
    const flags = k >= 0 ? THREE[k]! : 0;
    if (flags && (i === first || !isWordCode(text.charCodeAt(i - 1)))) {
      if (!matches(EXC, text, i, k)) {
        const masc = (flags & 1) !== 0 && matches(MASC, text, i, k);
        const fem = !masc && (flags & 2) !== 0 && matches(FEM, text, i, k);
        if (masc || fem) {
          let w = text.slice(i, j);
          if (w.includes('\u2019')) w = w.replace(/\u2019/g, "'");
          (out ??= []).push([w, masc]);
        }
      }
    }
    i = j;
  }
  return out ?? NO_CODED;
}

function addCoded(counts: CodedCounts, words: ReadonlyArray<readonly [string, boolean]>): void {
  for (let wAt = 0, wItems = words; wAt < wItems.length; wAt++) {
    const wItem = wItems[wAt]!;
    const w = wItem[0];
    const masc = wItem[1];
    const map = masc ? counts.masculine : counts.feminine;
    map.set(w, (map.get(w) ?? 0) + 1);
  }
}

/** Counts coded words by prefix, one pass over each (lower-cased) text. */
export function countCoded(texts: Iterable<string>): CodedCounts {
  const counts: CodedCounts = { masculine: new Map(), feminine: new Map() };
  for (const raw of texts) addCoded(counts, codedWords(raw));
  return counts;
}

/** countCoded over the posting's prose, per line memoised with the line's text. */
export function proseCoded(posting: Posting): CodedCounts {
  const counts: CodedCounts = { masculine: new Map(), feminine: new Map() };
  const prose = proseLines(posting);
  const memos = proseMemos(posting);
  const facts = lineFacts(posting);
  for (let i = 0; i < prose.length; i++) {
    const m = memos[i]!;
    addCoded(counts, (m.coded ??= codedWordsOfLine(facts[prose[i]!.line]!, m.start)));
  }
  return counts;
}

function total(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

function top(m: Map<string, number>, n: number): string {
  return [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w, c]) => (c > 1 ? `${w} ×${c}` : w))
    .join(', ');
}

export const genderCodedBalance: Rule = {
  meta: {
    id: 'gender-coded-balance',
    description: 'One note on the balance of masculine- and feminine-coded words in the prose.',
    defaultSeverity: 'info',
    schema: {
      type: 'object',
      properties: {
        minDifference: {
          type: 'integer',
          description: 'How many more coded words one side needs.',
          default: 4,
          minimum: 0,
        },
        ratio: {
          type: 'number',
          description: 'How many times the other side it needs.',
          default: 2,
          minimum: 1,
        },
        onlyWhenUnbalanced: {
          type: 'boolean',
          description: 'false reports the counts on every posting.',
          default: true,
        },
        feminine: {
          type: 'boolean',
          description: 'Also report a feminine lean.',
          default: false,
        },
      },
      additionalProperties: false,
    },
    messages: {
      leans:
        'Wording leans {{side}}-coded: {{masculine}} masculine-coded and {{feminine}} feminine-coded words (most used: {{top}}). Consider balancing; research links strongly coded ads to fewer applicants of the other gender.',
      balanced: 'Gender-coded wording is balanced: {{masculine}} masculine-coded and {{feminine}} feminine-coded words.',
    },
    docs: 'docs/rules/gender-coded-balance.md',
    fixable: false,
  },
  check(posting, ctx) {
    const counts = proseCoded(posting);
    const m = total(counts.masculine);
    const f = total(counts.feminine);
    const minDiff = num(ctx.options.minDifference, 4);
    const ratio = num(ctx.options.ratio, 2);
    const leans =
      m - f >= minDiff && m >= ratio * Math.max(f, 1) ? 'masculine' : f - m >= minDiff && f >= ratio * Math.max(m, 1) ? 'feminine' : null;
    // Gaucher et al. found masculine-coded ads less appealing to women; feminine-coded wording had
    // no such effect on men, so a feminine lean is reported only when asked for.
    if (leans === 'feminine' && !bool(ctx.options.feminine, false) && bool(ctx.options.onlyWhenUnbalanced, true)) return [];
    if (!leans && bool(ctx.options.onlyWhenUnbalanced, true)) return [];
    if (m + f === 0) return [];
    const side = leans === 'masculine' ? counts.masculine : counts.feminine;
    const out: RuleFinding[] = [
      leans
        ? { messageId: 'leans', data: { side: leans, masculine: m, feminine: f, top: top(side, 5) }, range: documentRange(posting) }
        : { messageId: 'balanced', data: { masculine: m, feminine: f }, range: documentRange(posting) },
    ];
    return out;
  },
};
