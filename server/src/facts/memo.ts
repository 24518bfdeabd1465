// Per-line memoisation for the rules. Analysis runs on every keystroke and a keystroke changes
// one line, so the work a rule does on a line's text alone (lower-casing, regex tests, syllables,
// coded words, pronoun hits) is kept in bounded Maps keyed by the line's text and reused by the
// next analysis: re-analysing an edited posting costs about the changed line plus a look-up per
// line. Every memo here is bounded (entries and key characters) and is cleared when full. Keys
// are flat copies (see model/boundedMap.ts): a line sliced from a document must not keep that
// whole version of the document alive.
import type { Posting } from '../model/posting.ts';
import { flatCopy } from '../model/boundedMap.ts';
import { commonEnds } from '../model/parse.ts';

/** Lines longer than this are never memoised (computed each time; keeps memory bounded). */
export const MAX_MEMO_KEY = 4000;

/** Entries not used by the last this many analyses are dropped at the next sweep. */
const KEEP_ANALYSES = 16;

/** Counts analyses (lineFacts of a new posting): entries remember the last one that used them. */
let epoch = 0;

const memos: Array<BoundedMemo<Aged>> = [];

/** A memo value: `used` is the epoch of the last analysis that read it. */
export interface Aged {
  used: number;
}

/**
 * A string-keyed Map bounded in entries and in the total length of its keys (cleared when full),
 * and swept of entries no recent analysis used: a keystroke leaves the previous text of the edited
 * line behind, and a closed document's lines stop being used, so neither stays for long.
 */
export class BoundedMemo<V extends Aged> {
  private readonly map = new Map<string, V>();
  private chars = 0;
  private added = 0;
  constructor(
    readonly maxEntries: number,
    readonly maxChars: number,
  ) {
    memos.push(this as unknown as BoundedMemo<Aged>);
  }

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v) v.used = epoch;
    return v;
  }

  /** Stores value under a flat copy of key (unless the key is too long to keep); returns value. */
  set(key: string, value: V): V {
    return this.add(key, () => value);
  }

  /**
   * The value for key, else create(flat) stored under `flat`, a copy of key that shares no
   * storage with it (create should build the value from `flat`, not from key).
   */
  getOrAdd(key: string, create: (flat: string) => V): V {
    return this.get(key) ?? this.add(key, create);
  }

  private add(key: string, create: (flat: string) => V): V {
    if (key.length > MAX_MEMO_KEY) {
      const value = create(key);
      value.used = epoch;
      return value;
    }
    if (this.map.size >= this.maxEntries || this.chars + key.length > this.maxChars) this.clear();
    else if (++this.added >= 256 && this.added >= this.map.size >> 1) this.sweep();
    if (this.map.has(key)) this.map.delete(key);
    else this.chars += key.length;
    const flat = flatCopy(key);
    const value = create(flat);
    value.used = epoch;
    this.map.set(flat, value);
    return value;
  }

  /** Drops one key's entry (a closed document's lines). */
  delete(key: string): void {
    if (this.map.delete(key)) this.chars -= key.length;
  }

  /** Total length of the keys held. */
  get keyChars(): number {
    return this.chars;
  }

  /** Drops the entries no analysis of the last KEEP_ANALYSES used. Amortised O(1) per set. */
  sweep(): void {
    this.added = 0;
    const before = epoch - KEEP_ANALYSES;
    // forEach, not for-of with destructuring: no iterator objects per entry (deleting the entry being visited is allowed in both).
    this.map.forEach((v, k) => {
      if (v.used < before) {
        this.map.delete(k);
        this.chars -= k.length;
      }
    });
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
    this.added = 0;
  }

  get size(): number {
    return this.map.size;
  }
}

/** Empties every rule memo (tests, or a server under memory pressure). */
export function clearRuleMemos(): void {
  for (const m of memos) m.clear();
  recent.length = 0;
}

/** Entries in all rule memos (for tests and the memory bench). */
export function ruleMemoSizes(): number {
  let n = 0;
  for (const m of memos) n += m.size;
  return n;
}

/** Total key characters in all rule memos (for tests: bounded whatever the input). */
export function ruleMemoChars(): number {
  let n = 0;
  for (const m of memos) n += m.keyChars;
  return n;
}

/**
 * What the rules learned about one line's text. Every field but `text` is filled lazily by the
 * module that owns it; fields that depend on more than the text (where the prose starts) carry
 * that input with them and are recomputed when it differs.
 */
export interface LineFacts extends Aged {
  readonly text: string;
  /** text.toLowerCase() */
  lower: string | undefined;
  /** text.trim().length (-1: not yet known). */
  trimLen: number;
  /** content.ts: sentence-level content kinds (see lineContentKinds). */
  content: unknown;
  /** Boolean per-line tests, by bit (see TEST_* and content.ts J_*): which were run, which held. */
  testEval: number;
  testTrue: number;
  /** template-text: spans found (before the tbd option). */
  template: unknown;
  /** gendered-pronoun matches. */
  pronouns: unknown;
  /** prose-based facts (reading level, coded words, age-coded phrases) for a given start. */
  prose: unknown;
  /** profiles: detect-string hits for a set of needles. */
  detect: unknown;
  /** normalizeTitle(text). */
  norm: string | undefined;
  /** number-word-mismatch: the pair matches of the line. */
  numberPairs: unknown;
  /** words.ts: the line's word tokens from a start. */
  tokens: unknown;
  /** lineReading: other readings of the text alone, by name (dates for past-date and eventDates.ts). */
  readings: Record<string, unknown> | undefined;
}

const lineMemo = new BoundedMemo<LineFacts>(10_000, 1_000_000);

function newFacts(text: string): LineFacts {
  return {
    used: epoch,
    text,
    lower: undefined,
    trimLen: -1,
    content: undefined,
    testEval: 0,
    testTrue: 0,
    template: undefined,
    pronouns: undefined,
    prose: undefined,
    norm: undefined,
    detect: undefined,
    numberPairs: undefined,
    tokens: undefined,
    readings: undefined,
  };
}

/** The facts record for a line's text (shared by every posting holding the same line). */
export function factsFor(text: string): LineFacts {
  return lineMemo.getOrAdd(text, newFacts);
}

const perPosting = new WeakMap<Posting, LineFacts[]>();

/**
 * The lines and facts of the last postings looked up (the whole posting and the part kept rule
 * results run on, ruleResults.ts, alternate). The next version of a document holds the same line
 * strings but for the edited ones (model/parse.ts prepareParse), so its facts are found by
 * comparing lines with these instead of a memo look-up per line: a look-up hashes the line and
 * compares it with the memo's flat copy character by character (~3 ms a keystroke on 200 KB).
 */
const recent: Array<{ lines: readonly string[]; facts: LineFacts[] }> = [];
const RECENT = 2;

/** The facts of every line of the posting, looked up once per posting. */
export function lineFacts(posting: Posting): LineFacts[] {
  let out = perPosting.get(posting);
  if (out) return out;
  epoch++;
  const lines = posting.lines;
  const n = lines.length;
  out = new Array<LineFacts>(n);
  // The recent posting sharing the most lines at the ends (an edit changes lines in between).
  let from: { lines: readonly string[]; facts: LineFacts[] } | null = null;
  let head = 0;
  let tail = 0;
  for (const r of recent) {
    const [h, t] = commonEnds(lines, r.lines);
    if (h + t > head + tail) [from, head, tail] = [r, h, t];
  }
  for (let i = 0; i < head; i++) (out[i] = from!.facts[i]!).used = epoch;
  const shift = from ? from.lines.length - n : 0;
  for (let i = n - tail; i < n; i++) (out[i] = from!.facts[i + shift]!).used = epoch;
  for (let i = head; i < n - tail; i++) out[i] = factsFor(lines[i]!);
  perPosting.set(posting, out);
  if (recent.unshift({ lines, facts: out }) > RECENT) recent.pop();
  return out;
}

/** Bits of LineFacts.testEval/testTrue owned by modules other than junk.ts (which uses bits 1–64). */
export const TEST_OUTDATED = 1 << 8;
export const TEST_CONFLICT = 1 << 9;

/** A boolean test of a line's text, run once per line text. */
export function lineTest(f: LineFacts, bit: number, test: (f: LineFacts) => boolean): boolean {
  if (f.testEval & bit) return (f.testTrue & bit) !== 0;
  const v = test(f);
  f.testEval |= bit;
  if (v) f.testTrue |= bit;
  return v;
}

/**
 * What `read` answers for the line's text, computed once per line text under `name` (one name per
 * reading; `read` must depend on the text alone, and build what it keeps from `f.text`). A rule that scans every line of the document for
 * a rare cue (a deadline, a school year) then reads only the edited lines again at a keystroke.
 */
export function lineReading<T>(f: LineFacts, name: string, read: (f: LineFacts) => T): T {
  const readings = (f.readings ??= {});
  if (name in readings) return readings[name] as T;
  const value = read(f);
  readings[name] = value;
  return value;
}

/** The length of the trimmed text of a line, memoised. */
export function trimLenOf(f: LineFacts): number {
  let n = f.trimLen;
  if (n < 0) f.trimLen = n = f.text.trim().length;
  return n;
}

/** The lower-case text of a line, memoised. */
export function lowerOf(f: LineFacts): string {
  let l = f.lower;
  if (l === undefined) f.lower = l = f.text.toLowerCase();
  return l;
}

/** What the rules learned about one block's text (a bullet or a paragraph, wrapped lines joined). */
export interface BlockFacts extends Aged {
  /** A number no other record had (ids are never reused, so they can key per-section memos). */
  readonly id: number;
  /** The block's text (a flat copy: compute from this, not from the posting's slice). */
  readonly text: string;
  /** near-duplicate-bullet: words, numbers and the bottom-k sketch of the words. */
  tokens?: { words: Set<string>; numbers: string; sketch: number[] };
  /** unheaded-qualifications: requirementStart(text). */
  requirement?: string | null;
}

const blockMemo = new BoundedMemo<BlockFacts>(5_000, 500_000);

let blockIds = 0;

/** The facts record for a block's text. */
export function blockFacts(text: string): BlockFacts {
  return blockMemo.getOrAdd(text, (flat) => ({ id: ++blockIds, used: epoch, text: flat }));
}

/**
 * Forgets what the memos learned from a posting's lines and blocks (its document was closed).
 * Another open document holding the same text only recomputes it on its next analysis.
 */
export function forgetPosting(posting: Posting): void {
  perPosting.delete(posting);
  for (let r = recent.length - 1; r >= 0; r--) if (recent[r]!.lines === posting.lines) recent.splice(r, 1);
  for (const line of posting.lines) lineMemo.delete(line);
  for (const section of posting.sections) for (const block of section.blocks) blockMemo.delete(block.text);
}
