// Flesch–Kincaid grade level of the prose, as information, against a threshold.
import type { Posting } from '../model/posting.ts';
import type { Rule } from './types.ts';
import { proseLines, proseMemos } from '../facts/prose.ts';
import { documentRange, num } from '../facts/util.ts';

/** Syllables in an English word, by vowel groups (a heuristic good to a grade level). */
export function syllables(word: string): number {
  return syllablesIn(word, 0, word.length);
}

/** The code of text[i], A-Z lowered. */
function lowerCodeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isVowelCode(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/** syllables() of text[start, end), counted in place: a keystroke's recount slices no words. */
function syllablesIn(text: string, start: number, end: number): number {
  if (end - start <= 3) return 1;
  let count = 0;
  let prevVowel = false;
  for (let i = start; i < end; i++) {
    const vowel = isVowelCode(lowerCodeAt(text, i));
    if (vowel && !prevVowel) count++;
    prevVowel = vowel;
  }
  const last = lowerCodeAt(text, end - 1);
  const beforeLast = lowerCodeAt(text, end - 2);
  const thirdLast = lowerCodeAt(text, end - 3);
  // A silent final e ("state"), but not "-le" ("able"); "-es"/"-ed" add no syllable, except "-ted"/"-ded".
  if (last === 101 && beforeLast !== 108 && count > 1) count--;
  else if ((last === 115 || last === 100) && beforeLast === 101) {
    if (count > 1 && !(last === 100 && (thirdLast === 116 || thirdLast === 100))) count--;
  }
  return Math.max(1, count);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || (c >= 48 && c <= 57);
}

/** Words, sentences (a bullet or a line without a full stop ends one) and syllables. Linear. */
export function textStats(texts: Array<{ text: string }>): TextStats {
  let words = 0;
  let sentences = 0;
  let syl = 0;
  for (const { text } of texts) {
    const s = statsOf(text);
    words += s.words;
    sentences += s.sentences;
    syl += s.syllables;
  }
  return { words, sentences, syllables: syl };
}

/** textStats of one text. */
function statsOf(text: string): TextStats {
  let words = 0;
  let sentences = 0;
  let syl = 0;
  {
    const n = text.length;
    let inSentence = false;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetterCode(c)) {
        let j = i + 1;
        while (j < n && isLetterCode(text.charCodeAt(j))) j++;
        words++;
        syl += syllablesIn(text, i, j);
        inSentence = true;
        i = j;
        continue;
      }
      if ((c === 46 || c === 33 || c === 63) && inSentence) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        if (next === 32 || next === 9 || next === 34 || next === 41) {
          sentences++;
          inSentence = false;
        }
      }
      i++;
    }
    if (inSentence) sentences++;
  }
  return { words, sentences, syllables: syl };
}

const statsCache = new WeakMap<Posting, TextStats>();

/** textStats over the posting's prose, once per posting (reading-level and length share it). */
export function proseStats(posting: Posting): TextStats {
  let s = statsCache.get(posting);
  if (!s) {
    // Per line, memoised with the line's text: a keystroke recounts one line.
    const prose = proseLines(posting);
    const memos = proseMemos(posting);
    let words = 0;
    let sentences = 0;
    let syl = 0;
    for (let i = 0; i < prose.length; i++) {
      const m = memos[i]!;
      const t = (m.stats ??= statsOf(prose[i]!.text));
      words += t.words;
      sentences += t.sentences;
      syl += t.syllables;
    }
    s = { words, sentences, syllables: syl };
    statsCache.set(posting, s);
  }
  return s;
}

export function fleschKincaid(s: TextStats): number {
  if (s.words === 0 || s.sentences === 0) return 0;
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

export const readingLevel: Rule = {
  meta: {
    id: 'reading-level',
    description: 'Flesch–Kincaid grade level of the prose above a threshold.',
    defaultSeverity: 'info',
    schema: {
      type: 'object',
      properties: {
        maxGrade: {
          type: 'number',
          description: 'Grade level above which the posting gets a note.',
          default: 14,
        },
        minWords: {
          type: 'integer',
          description: 'Postings with less prose than this are not scored.',
          default: 100,
          minimum: 0,
        },
      },
      additionalProperties: false,
    },
    messages: {
      tooHard:
        'Reading level is about grade {{grade}} (Flesch–Kincaid; threshold {{max}}): {{perSentence}} words per sentence on average. Shorter sentences and plainer words reach more applicants.',
    },
    docs: 'docs/rules/reading-level.md',
    fixable: false,
  },
  check(posting, ctx) {
    const stats = proseStats(posting);
    if (stats.words < num(ctx.options.minWords, 100)) return [];
    const grade = fleschKincaid(stats);
    const max = num(ctx.options.maxGrade, 14);
    if (grade <= max) return [];
    const perSentence = (stats.words / stats.sentences).toFixed(0);
    return [
      {
        messageId: 'tooHard',
        data: { grade: grade.toFixed(1), max, perSentence },
        range: documentRange(posting),
      },
    ];
  },
};
