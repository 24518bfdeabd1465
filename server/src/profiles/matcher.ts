// Finds many phrases in one pass (Aho-Corasick): the time to scan a text is linear in the text
// plus the matches, however many phrases there are, so a workspace with thousands of profiles
// does not make every keystroke scan the posting once per detect phrase.

/** Per phrase found in a text: [phrase index, non-overlapping occurrences, first start offset]. */
export type PhraseHits = ReadonlyArray<readonly [number, number, number]>;

export class PhraseMatcher {
  /** The root's transitions by code unit (0: none; the root is state 0, so 0 never names a child). */
  private readonly rootNext = new Int32Array(0x10000);
  /** Other states' children as linked lists: first child, next sibling, the code unit leading in. */
  private readonly firstChild: Int32Array;
  private readonly sibling: Int32Array;
  private readonly code: Uint16Array;
  private readonly fail: Int32Array;
  /** The phrase that ends at a state (-1: none). */
  private readonly out: Int32Array;
  /** The nearest state on the failure chain (itself excluded) where a phrase ends; 0: none. */
  private readonly dict: Int32Array;
  private readonly lengths: Int32Array;

  /** `phrases` must be distinct and non-empty; their index is what scan reports. */
  constructor(readonly phrases: readonly string[]) {
    let size = 1;
    for (const p of phrases) size += p.length;
    this.firstChild = new Int32Array(size).fill(-1);
    this.sibling = new Int32Array(size).fill(-1);
    this.code = new Uint16Array(size);
    const out = new Int32Array(size).fill(-1);
    let states = 1;
    for (let k = 0; k < phrases.length; k++) {
      const p = phrases[k]!;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = this.child(s, c);
        if (t < 0) {
          t = states++;
          this.code[t] = c;
          if (s === 0) this.rootNext[c] = t;
          else {
            this.sibling[t] = this.firstChild[s]!;
            this.firstChild[s] = t;
          }
        }
        s = t;
      }
      out[s] = k;
    }
    this.out = out;
    this.fail = new Int32Array(states);
    this.dict = new Int32Array(states);
    this.lengths = Int32Array.from(phrases, (p) => p.length);
    // Breadth first: a state's failure link is known before its children's.
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    for (let c = 0; c < 0x10000; c++) if (this.rootNext[c]) queue[tail++] = this.rootNext[c]!;
    while (head < tail) {
      const s = queue[head++]!;
      for (let t = this.firstChild[s]!; t >= 0; t = this.sibling[t]!) {
        const ft = this.step(this.fail[s]!, this.code[t]!);
        this.fail[t] = ft;
        this.dict[t] = out[ft]! >= 0 ? ft : this.dict[ft]!;
        queue[tail++] = t;
      }
    }
  }

  /** The child of s by code unit c, or -1. */
  private child(s: number, c: number): number {
    if (s === 0) return this.rootNext[c] || -1;
    for (let t = this.firstChild[s]!; t >= 0; t = this.sibling[t]!) if (this.code[t] === c) return t;
    return -1;
  }

  /** The state after reading c in state s (following failure links). */
  private step(s: number, c: number): number {
    for (;;) {
      const t = this.child(s, c);
      if (t >= 0) return t;
      if (s === 0) return 0;
      s = this.fail[s]!;
    }
  }

  /**
   * The phrases in `text`, each with its count of non-overlapping occurrences (leftmost first, as
   * repeated indexOf from the end of the previous one counts them) and its first start offset.
   */
  scan(text: string): PhraseHits {
    const counts = new Map<number, { count: number; first: number; free: number }>();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.step(s, text.charCodeAt(i));
      for (let m = this.out[s]! >= 0 ? s : this.dict[s]!; m !== 0; m = this.dict[m]!) {
        const k = this.out[m]!;
        const start = i - this.lengths[k]! + 1;
        const hit = counts.get(k);
        if (!hit) counts.set(k, { count: 1, first: start, free: i + 1 });
        else if (start >= hit.free) {
          hit.count++;
          hit.free = i + 1;
        }
      }
    }
    const out: Array<readonly [number, number, number]> = [];
    for (const [k, h] of counts) out.push([k, h.count, h.first]);
    return out;
  }
}
