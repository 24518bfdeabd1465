// Keys for long-lived memos. A line or label taken from a document is, in V8, a "sliced string":
// a view that keeps the whole document text alive. A memo that kept such a key would keep every
// past version of every document it ever saw (hundreds of MB after a few minutes of typing), so
// memos store a flat copy of each key and are bounded by entries and by key characters.

/**
 * A copy of `s` that shares no storage with the string it came from. The JSON round trip
 * allocates a fresh sequential string and keeps every code unit (lone surrogates included);
 * `(' ' + s).slice(1)` and similar tricks may hand back a view again.
 */
export function flatCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
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
