// Bullet suggestions ranked by how many distinct postings state them, near-duplicates merged (the
// near-duplicate rule's words and similarity, so the library and the rule agree on what repeats).
import type { BulletSuggestion } from './types.ts';
import { jaccard, tokenSet } from '../rules/near-duplicate-bullet.ts';
import { bulletKey, compareStrings } from './learnText.ts';

/** A bullet or paragraph seen in one posting. */
export interface Observation {
  text: string;
  source: string;
}

/** Content words, as the near-duplicate rule counts them (so both agree on what repeats). */
function contentWords(text: string): string[] {
  return [...tokenSet(text)];
}

interface BulletAgg {
  key: string;
  text: string;
  sources: Set<string>;
}

/** The near-duplicate rule's content words, plural and third-person "s" dropped ("Follows" = "Follow"). */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of tokenSet(text)) out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  return out;
}

/** Bullets ranked by how many distinct postings state them; near-duplicates count as one. */
export function rankBullets(obs: readonly Observation[]): BulletSuggestion[] {
  const byKey = new Map<string, BulletAgg>();
  const aggs: Array<BulletAgg & { words: Set<string> }> = [];
  for (const o of obs) {
    const key = bulletKey(o.text);
    if (!key) continue;
    let agg = byKey.get(key);
    if (!agg) {
      // A near-duplicate (same content words, mostly) counts as the same bullet: the first wording stays.
      const words = stems(o.text);
      const near = aggs.find((a) => jaccard(a.words, words) >= 0.6);
      if (near) agg = near;
      else {
        const created = { key, text: o.text.trim(), sources: new Set<string>(), words };
        aggs.push(created);
        agg = created;
      }
      byKey.set(key, agg);
    }
    agg.sources.add(o.source);
  }
  // Typicality: how many postings use each content word in bullets of this kind.
  const wordDocs = new Map<string, Set<string>>();
  for (const o of obs) for (const w of new Set(contentWords(o.text))) {
    let s = wordDocs.get(w);
    if (!s) wordDocs.set(w, (s = new Set()));
    s.add(o.source);
  }
  const typicality = (text: string): number => {
    const words = contentWords(text);
    if (words.length === 0) return 0;
    let sum = 0;
    for (const w of words) sum += wordDocs.get(w)?.size ?? 0;
    return sum / words.length;
  };
  const rows = aggs.map((a) => ({ a, typ: typicality(a.text) }));
  rows.sort((x, y) => y.a.sources.size - x.a.sources.size || y.typ - x.typ || x.a.text.length - y.a.text.length || compareStrings(x.a.text, y.a.text));
  return rows.map(({ a }) => ({ text: a.text, count: a.sources.size, sources: [...a.sources].sort() }));
}
