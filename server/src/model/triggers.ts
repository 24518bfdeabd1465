// Word triggers: a prefilter for a list of case-insensitive phrase patterns tried on the same text.
// Each pattern's triggers are read from its own source (never written by hand, so they follow the
// pattern when it changes): for every top-level branch, a literal that any match of the branch holds
// at the start of a word. One pass over the text looks up the first three characters of each word in
// a table and yields the patterns that may match; the others are not run. A pattern without a trigger
// in some branch (or with the u/v flag, whose case folding reaches past ASCII) is always run.

/** Letter (either case) or digit → 1..36; anything else (a word break for the scan) → 0. */
export function code37(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  if (c >= 48 && c <= 57) return c - 21;
  return 0;
}

const isAlnum = (ch: string): boolean => code37(ch.charCodeAt(0)) !== 0;

/** code37 of the ASCII characters, read by the scan (a table look-up instead of three comparisons a character). */
const ASCII37 = Uint8Array.from({ length: 128 }, (_, c) => code37(c));

interface Quantifier {
  min: number;
  end: number;
}

/** A quantifier at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy), or null. */
function quantifierAt(src: string, i: number): Quantifier | null {
  const c = src[i];
  let min: number;
  let end: number;
  if (c === '*' || c === '?') {
    min = 0;
    end = i + 1;
  } else if (c === '+') {
    min = 1;
    end = i + 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i, i + 24));
    if (!m) return null; // a literal "{" outside the u flag
    min = Number(m[1]);
    end = i + m[0].length;
  } else return null;
  return { min, end: src[end] === '?' ? end + 1 : end };
}

/** Letters and digits a trigger starts with: the word the scan's table key is read from. */
function wordLength(t: string): number {
  let n = 0;
  while (n < t.length && isAlnum(t[n]!)) n++;
  return n;
}

/**
 * How good a trigger set is: the length of its shortest first word (the table keys three characters,
 * and short words such as "to" or "is" start a word every few words; longer words are rarer).
 */
function score(set: readonly string[]): number {
  let shortest = 8;
  for (const t of set) shortest = Math.min(shortest, wordLength(t));
  return shortest;
}

interface Parsed {
  set: string[] | null;
  end: number;
  /** Every way through ends before a word start (see `boundary` below). */
  boundary: boolean;
}

/** Branches from `i` up to an unmatched ")" or the end: a trigger set holding one for every branch, or null. */
function alternation(src: string, i: number, boundary: boolean): Parsed {
  let all: string[] | null = [];
  let ends = true;
  for (;;) {
    const branch = sequence(src, i, boundary);
    if (all && branch.set) for (const t of branch.set) if (!all.includes(t)) all.push(t);
    if (!branch.set) all = null;
    ends &&= branch.boundary;
    i = branch.end;
    if (src[i] !== '|') return { set: all, end: i, boundary: ends };
    i++;
  }
}

/**
 * One branch: its best trigger set. `boundary` says the next character, if a letter or digit, starts a
 * word for the scan (it follows \b, ^, white space or a literal that is neither letter nor digit).
 */
function sequence(src: string, i: number, boundary: boolean): Parsed {
  let best: string[] | null = null;
  let bestScore = -1;
  /** Keeps the better set: the higher score, then the smaller. */
  const consider = (set: string[] | null): void => {
    if (!set) return;
    const s = score(set);
    if (s > bestScore || (s === bestScore && set.length < best!.length)) {
      best = set;
      bestScore = s;
    }
  };
  let run = '';
  let starts: number[] = [];
  const flush = (): void => {
    for (const s of starts) consider([run.slice(s)]);
    run = '';
    starts = [];
  };
  /** After an atom that is not a literal character: its quantifier skipped, and whether it must occur. */
  const skipQuantifier = (at: number): { end: number; required: boolean } => {
    const q = quantifierAt(src, at);
    return q ? { end: q.end, required: q.min >= 1 } : { end: at, required: true };
  };
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i]!;
    if (c === '(') {
      flush();
      const look = /^\(\?<?[=!]/.exec(src.slice(i, i + 4));
      const named = !look && src.startsWith('(?<', i) ? src.indexOf('>', i) + 1 : 0;
      const open = look ? i + look[0].length : named || (src.startsWith('(?:', i) ? i + 3 : i + 1);
      const inner = alternation(src, open, !look && boundary);
      const q = skipQuantifier(inner.end + 1);
      if (!look && q.required) consider(inner.set);
      // A lookaround takes no characters; after a group, its last character, or (when it may be
      // absent) also the one before it, precedes what follows.
      if (!look) boundary = inner.boundary && (q.required || boundary);
      i = q.end;
    } else if (c === '[') {
      flush();
      let j = i + 1;
      if (src[j] === '^') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      i = skipQuantifier(j + 1).end;
      boundary = false;
    } else if (c === '.' || c === '$' || c === '^') {
      flush();
      i = c === '.' ? skipQuantifier(i + 1).end : i + 1;
      boundary = c === '^';
    } else {
      let ch = c;
      let next = i + 1;
      if (c === '\\') {
        const e = src[i + 1]!;
        next = i + 2;
        if (e === 'b' || e === 'B') {
          flush();
          i = next;
          boundary = e === 'b';
          continue;
        }
        if ('dDwWsS123456789k'.includes(e)) {
          // A class or a back-reference: white space that must occur ends a word; anything else is unknown.
          flush();
          if (e === 'k') next = src.indexOf('>', next) + 1;
          while (e >= '1' && e <= '9' && src[next]! >= '0' && src[next]! <= '9') next++;
          const q = skipQuantifier(next);
          i = q.end;
          boundary = e === 's' && q.required;
          continue;
        }
        const hex =
          e === 'u'
            ? /^[0-9a-fA-F]{4}/.exec(src.slice(next, next + 4))
            : e === 'x'
              ? /^[0-9a-fA-F]{2}/.exec(src.slice(next, next + 2))
              : null;
        if (hex) {
          ch = String.fromCharCode(parseInt(hex[0], 16));
          next = next + hex[0].length;
        } else if (e === 'c' && /[A-Za-z]/.test(src[next] ?? '')) {
          ch = String.fromCharCode(src.charCodeAt(next) % 32);
          next = next + 1;
        } else ch = ({ n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[e] ?? e;
      }
      const q = quantifierAt(src, next);
      if (q) {
        // "s?", "e+": the character may be absent or repeated, so the literal ends before it.
        flush();
        i = q.end;
        boundary = false;
        continue;
      }
      const alnum = isAlnum(ch);
      if (alnum && boundary) starts.push(run.length);
      // ASCII letters only: a regex without the u flag folds no other character onto them.
      run += ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
      i = next;
      boundary = !alnum;
    }
  }
  flush();
  return { set: best, end: i, boundary };
}

/** The lower-case literals, each at the start of a word, one of which every match of `re` holds; null when there are none. */
export function wordTriggers(re: RegExp): string[] | null {
  if (re.unicode || re.flags.includes('v')) return null;
  const parsed = alternation(re.source, 0, false);
  return parsed.end === re.source.length ? parsed.set : null;
}

const KEYS = 37 * 37 * 37;

/** Patterns gated by their word triggers: `mask(text)` has bit i set when pattern i may match the text. */
export class TriggerGate {
  private readonly table = new Int32Array(KEYS);
  /** The bits of the patterns without triggers: always run. */
  private readonly always: number;

  constructor(patterns: readonly RegExp[]) {
    if (patterns.length > 31) throw new Error('TriggerGate: at most 31 patterns');
    let always = 0;
    patterns.forEach((re, bit) => {
      const triggers = wordTriggers(re);
      if (!triggers) always |= 1 << bit;
      else for (const t of triggers) this.mark(t, 1 << bit);
    });
    this.always = always;
  }

  /** Sets `bit` under every key a word starting with `t` can have (the characters past its end are any). */
  private mark(t: string, bit: number): void {
    const a = code37(t.charCodeAt(0));
    const bs = t.length >= 2 ? [code37(t.charCodeAt(1))] : Array.from({ length: 37 }, (_, k) => k);
    for (const b of bs) {
      const ds = b === 0 ? [0] : t.length >= 3 ? [code37(t.charCodeAt(2))] : Array.from({ length: 37 }, (_, k) => k);
      for (const d of ds) this.table[a * 1369 + b * 37 + d]! |= bit;
    }
  }

  /** One pass over the text, no allocation: the bits of the patterns one of whose triggers starts a word of it. */
  mask(text: string): number {
    let bits = this.always;
    const n = text.length;
    let i = 0;
    let c: number;
    while (i < n) {
      const a = (c = text.charCodeAt(i)) < 128 ? ASCII37[c]! : 0;
      if (a === 0) {
        i++;
        continue;
      }
      const b = i + 1 < n && (c = text.charCodeAt(i + 1)) < 128 ? ASCII37[c]! : 0;
      const d = b !== 0 && i + 2 < n && (c = text.charCodeAt(i + 2)) < 128 ? ASCII37[c]! : 0;
      bits |= this.table[a * 1369 + b * 37 + d]!;
      i++;
      while (i < n && (c = text.charCodeAt(i)) < 128 && ASCII37[c] !== 0) i++;
    }
    return bits;
  }
}
