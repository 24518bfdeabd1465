// A small cache of analyses keyed by (uri, version, settings generation), computed lazily on the
// first feature that asks. Every feature of one document version reads the same Analysis, so a
// keystroke costs one parse however many requests follow it. Pure bookkeeping: no connection.

export interface CacheEntry<T> {
  version: number;
  generation: number;
  value: T;
}

export class AnalysisCache<T> {
  private readonly entries = new Map<string, CacheEntry<T>>();
  /** Bumped whenever settings or workspace config change: every cached value is then stale. */
  private gen = 0;

  constructor(private readonly limit = 64) {}

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
    this.entries.delete(uri);
    this.entries.set(uri, { version, generation: this.gen, value });
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** The cached entry if present and current, without computing. */
  peek(uri: string, version: number): T | undefined {
    const hit = this.entries.get(uri);
    return hit && hit.version === version && hit.generation === this.gen ? hit.value : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
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
