// A small cache of analyses keyed by (uri, version, settings generation), computed lazily on the
// first feature that asks. Every feature of one document version reads the same Analysis, so a
// keystroke costs one parse however many requests follow it. Pure bookkeeping: no connection.
// A value that leaves the cache (document closed, replaced by a newer version, evicted) is handed
// to `release`, which by default makes the rule memos forget the posting's lines.
import type { Posting } from '../model/posting.ts';
import { forgetPosting } from '../facts/memo.ts';

export interface CacheEntry<T> {
  version: number;
  generation: number;
  value: T;
}

/** The posting of a cached value shaped like `{ analysis?: { posting } }` or `{ posting }`, else null. */
function postingIn(value: unknown): Posting | null {
  const v = value as { analysis?: { posting?: Posting }; posting?: Posting } | null | undefined;
  return v?.analysis?.posting ?? v?.posting ?? null;
}

/** Default release: a closed document's lines leave the rule memos at once. */
export function releaseCachedAnalysis(value: unknown): void {
  const posting = postingIn(value);
  if (posting) forgetPosting(posting);
}

export class AnalysisCache<T> {
  private readonly entries = new Map<string, CacheEntry<T>>();
  /** Bumped whenever settings or workspace config change: every cached value is then stale. */
  private gen = 0;

  constructor(
    private readonly limit = 64,
    private readonly release: (value: T) => void = releaseCachedAnalysis,
  ) {}

  get generation(): number {
    return this.gen;
  }

  /** The cached value for (uri, version) under the current settings, computing it when missing. */
  get(uri: string, version: number, compute: () => T): T {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version && hit.generation === this.gen) {
      // Refresh recency (Map keeps insertion order).
      this.entries.delete(uri);
      this.entries.set(uri, hit);
      return hit.value;
    }
    const value = compute();
    // The replaced version's lines are not released: most of them are the new version's lines too.
    this.entries.delete(uri);
    this.entries.set(uri, { version, generation: this.gen, value });
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return value;
  }

  /** The cached entry if present and current, without computing. */
  peek(uri: string, version: number): T | undefined {
    const hit = this.entries.get(uri);
    return hit && hit.version === version && hit.generation === this.gen ? hit.value : undefined;
  }

  /** The document was closed (or evicted): drops its entry and releases what it held. */
  delete(uri: string): void {
    const hit = this.entries.get(uri);
    if (!hit) return;
    this.entries.delete(uri);
    this.release(hit.value);
  }

  /** Settings changed: everything cached is stale. */
  invalidateAll(): void {
    this.gen++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
