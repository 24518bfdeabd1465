// Two bullets in one section that say nearly the same thing ("Manage the progress of …" /
// "Oversee the progress of …"). Token-set (Jaccard) similarity; candidates come from min-hash
// buckets so the work stays linear in the number of bullets.
import type { Block } from '../model/posting.ts';
import type { Rule, RuleFinding } from './types.ts';
import { num } from '../facts/util.ts';
import { blockFacts, BoundedMemo } from '../facts/memo.ts';

const STOP = new Set(
  'the and for with that this from into onto their them they are was were will shall have has had been being our your its his her who whom which what when where why how all any each other such than then also both either neither not only own same too very can may must should would could able about above after again against among around before below between during further once over under until upon within without'.split(
    ' ',
  ),
);

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve first second third fourth fifth'.split(' '));

export interface Tokens {
  words: Set<string>;
  /** The numbers named (digits and number words), sorted: bullets that differ only in them are alternatives. */
  numbers: string;
}

/** Distinct words of three or more letters (stop words left out) and the numbers, in one pass. */
export function tokenize(text: string): Tokens {
  const words = new Set<string>();
  const numbers: string[] = [];
  const t = (text.length > 2000 ? text.slice(0, 2000) : text).toLowerCase();
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 0xbf)) {
      i++;
      continue;
    }
    let j = i + 1;
    let digits = c >= 48 && c <= 57;
    while (j < n) {
      const d = t.charCodeAt(j);
      if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d > 0xbf)) break;
      if (!(d >= 48 && d <= 57)) digits = false;
      j++;
    }
    const w = t.slice(i, j);
    if (digits || NUMBER_WORDS.has(w)) numbers.push(w);
    if (j - i >= 3 && !STOP.has(w)) words.add(w);
    i = j;
  }
  return { words, numbers: numbers.sort().join(' ') };
}

export function tokenSet(text: string): Set<string> {
  return tokenize(text).words;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

function baseHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

/** Bottom-k sketch size: two sets with Jaccard ≥ 0.8 share one of their k smallest hashes almost always. */
const K = 4;

function smallest(words: Set<string>): number[] {
  // The K smallest hashes, kept sorted by insertion (K is tiny); the largest drops out when full.
  const out: number[] = [];
  for (const w of words) {
    const h = baseHash(w);
    const n = out.length;
    if (n === K && h >= out[K - 1]!) continue;
    let i = n < K ? n : K - 1;
    if (n < K) out.push(0);
    while (i > 0 && out[i - 1]! > h) {
      out[i] = out[i - 1]!;
      i--;
    }
    out[i] = h;
  }
  return out;
}

/** Bullets compared per bucket (the most recent ones), so a huge list stays linear. */
const BUCKET_CAP = 8;

interface Bullet {
  block: Block;
  tokens: Set<string>;
  numbers: string;
  sketch: number[];
  id: number;
}

/** [bullet, the earlier bullet it repeats, similarity] */
type Match = readonly [number, number, number];

const sectionMemo = new BoundedMemo<{ matches: readonly Match[]; used: number }>(2_000, 200_000);

/** For each bullet, the most similar earlier bullet at or above the threshold (min-hash buckets). */
function findMatches(bullets: readonly Bullet[], threshold: number): Match[] {
  const out: Match[] = [];
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < bullets.length; i++) {
    const { tokens, numbers, sketch } = bullets[i]!;
    let match = -1;
    let best = 0;
    for (const h of sketch) {
      let list = buckets.get(h);
      if (!list) buckets.set(h, (list = []));
      for (let j = Math.max(0, list.length - BUCKET_CAP); j < list.length; j++) {
        const other = list[j]!;
        if (other === match || bullets[other]!.numbers !== numbers) continue;
        const sim = jaccard(tokens, bullets[other]!.tokens);
        if (sim >= threshold && sim > best) {
          best = sim;
          match = other;
        }
      }
      list.push(i);
    }
    if (match >= 0) out.push([i, match, best]);
  }
  return out;
}

export const nearDuplicateBullet: Rule = {
  meta: {
    id: 'near-duplicate-bullet',
    description: 'Two bullets in one section that say nearly the same thing.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        threshold: {
          type: 'number',
          description: 'Share of words two bullets must have in common (0–1).',
          default: 0.8,
          minimum: 0,
          maximum: 1,
        },
        minWords: {
          type: 'integer',
          description: 'Bullets with fewer distinct words are not compared.',
          default: 5,
          minimum: 0,
        },
      },
      additionalProperties: false,
    },
    messages: {
      repeats: 'This bullet repeats the bullet on line {{line}}.',
      nearlyRepeats: 'This bullet nearly repeats the bullet on line {{line}} ({{percent}}% of words shared).',
    },
    docs: 'docs/rules/near-duplicate-bullet.md',
    fixable: false,
  },
  check(posting, ctx) {
    const threshold = num(ctx.options.threshold, 0.8);
    const minWords = num(ctx.options.minWords, 5);
    const out: RuleFinding[] = [];
    for (let sAt = 0, sList = posting.sections; sAt < sList.length; sAt++) {
      const s = sList[sAt]!;
      const bullets: Bullet[] = [];
      for (let bAt = 0, bList = s.blocks; bAt < bList.length; bAt++) {
        const b = bList[bAt]!;
        if (b.type !== 'bullet') continue;
        const f = blockFacts(b.text);
        let t = f.tokens;
        if (!t) {
          const k = tokenize(f.text);
          f.tokens = t = { words: k.words, numbers: k.numbers, sketch: smallest(k.words) };
        }
        if (t.words.size >= minWords) bullets.push({ block: b, tokens: t.words, numbers: t.numbers, sketch: t.sketch, id: f.id });
      }
      if (bullets.length < 2) continue;
      // The matches depend only on the bullets' texts (in order) and the options: memoised by the
      // texts' record ids, so an edit elsewhere reuses them.
      let key = `${threshold}|${minWords}`;
      for (const b of bullets) key += ',' + b.id;
      const hit = sectionMemo.get(key) ?? sectionMemo.set(key, { matches: findMatches(bullets, threshold), used: 0 });
      for (let iAt = 0, iItems = hit.matches; iAt < iItems.length; iAt++) {
        const iItem = iItems[iAt]!;
        const i = iItem[0];
        const match = iItem[1];
        const best = iItem[2];
        const block = bullets[i]!.block;
        const o = bullets[match]!.block;
        out.push({
          messageId: best === 1 ? 'repeats' : 'nearlyRepeats',
          data: { line: o.line + 1, percent: Math.round(best * 100) },
          range: block.range,
        });
      }
    }
    return out;
  },
};
