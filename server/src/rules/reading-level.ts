// Flesch–Kincaid grade level of the prose, as information, against a threshold.
import { GRADE_GUIDANCE } from '../report/guidance.ts';
import type { Posting } from '../model/posting.ts';
import type { Rule } from './types.ts';
import { proseLines, proseMemos } from './prose.ts';
import { documentRange, num } from './util.ts';

/** Syllables in an English word, by vowel groups (a heuristic good to a grade level). */
export function syllables(word: string): number {
  const w = word.toLowerCase();
  if (w.length <= 3) return 1;
  let count = 0;
  let prevVowel = false;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const vowel = c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
    if (vowel && !prevVowel) count++;
    prevVowel = vowel;
  }
  if (w.endsWith('e') && !w.endsWith('le') && count > 1) count--;
  else if (w.endsWith('es') || w.endsWith('ed')) {
    if (count > 1 && !w.endsWith('ted') && !w.endsWith('ded')) count--;
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
        // One word: count letters and vowel groups in place (no slicing), as syllables() does.
        let j = i;
        let letters = 0;
        let groups = 0;
        let prevVowel = false;
        let last = 0;
        let beforeLast = 0;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (!isLetterCode(d)) break;
          const lc = d >= 65 && d <= 90 ? d + 32 : d;
          if (!(lc >= 48 && lc <= 57) && lc !== 39 && lc !== 0x2019) {
            letters++;
            const vowel = lc === 97 || lc === 101 || lc === 105 || lc === 111 || lc === 117 || lc === 121;
            if (vowel && !prevVowel) groups++;
            prevVowel = vowel;
            beforeLast = last;
            last = lc;
          }
          j++;
        }
        words++;
        if (letters === 0 || j - i <= 3) syl += 1;
        else if (letters !== j - i) syl += syllables(text.slice(i, j));
        else {
          let count = groups;
          const thirdLast = j - i >= 3 ? (text.charCodeAt(j - 3) | 32) : 0;
          if (last === 101 && beforeLast !== 108 && count > 1) count--;
          else if ((last === 115 || last === 100) && beforeLast === 101) {
            if (count > 1 && !(last === 100 && (thirdLast === 116 || thirdLast === 100))) count--;
          }
          syl += Math.max(1, count);
        }
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
  id: 'reading-level',
  defaultSeverity: 'info',
  description: 'Flesch–Kincaid grade level of the prose above a threshold.',
  docs: 'docs/rules/reading-level.md',
  options: { maxGrade: GRADE_GUIDANCE, minWords: 100 },
  check(posting, ctx) {
    const stats = proseStats(posting);
    if (stats.words < num(ctx.options.minWords, 100)) return [];
    const grade = fleschKincaid(stats);
    const max = num(ctx.options.maxGrade, GRADE_GUIDANCE);
    if (grade <= max) return [];
    const perSentence = (stats.words / stats.sentences).toFixed(0);
    return [
      {
        message: `Reading level is about grade ${grade.toFixed(1)} (Flesch–Kincaid; threshold ${max}): ${perSentence} words per sentence on average. Shorter sentences and plainer words reach more applicants.`,
        range: documentRange(posting),
      },
    ];
  },
};
