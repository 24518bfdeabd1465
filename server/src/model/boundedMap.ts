// Keys for long-lived memos. A line or label taken from a document is, in V8, a "sliced string":
// a view that keeps the whole document text alive. A memo that kept such a key would keep every
// past version of every document it ever saw (hundreds of MB after a few minutes of typing), so
// memos store a flat copy of each key and are bounded by entries and by key characters.

/**
 * A copy of `s` that keeps nothing of the string it came from alive. Prefixing a character makes a
 * new two-part string; slicing it off makes V8 flatten that into one fresh string of the copy's
 * length, of which the result is the whole or a view: either way no storage of the document is
 * shared, and every code unit is kept (lone surrogates included). A quarter of the cost of the
 * JSON round trip it replaces (each memo miss pays it; test/rules/memo-retention.test.ts checks it).
 */
export function flatCopy(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * A string-keyed Map bounded in entries and in the total length of its keys, emptied when either
 * bound would be passed. Keys are stored as flat copies (see flatCopy), so a value computed from
 * the key's own text keeps nothing else alive.
 */
export class BoundedMap<V> {
  private readonly map = new Map<string, V>();
  private chars = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxChars: number,
  ) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores value under a flat copy of key (keys longer than maxChars are not kept); returns value. */
  set(key: string, value: V): V {
    if (key.length > this.maxChars) return value;
    if (this.map.has(key)) {
      this.map.set(key, value);
      return value;
    }
    if (this.map.size >= this.maxEntries || this.chars + key.length > this.maxChars) this.clear();
    this.map.set(flatCopy(key), value);
    this.chars += key.length;
    return value;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** Total characters of the keys held. */
  get keyChars(): number {
    return this.chars;
  }
}
