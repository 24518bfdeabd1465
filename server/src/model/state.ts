// Which US state (and which local pay-law jurisdiction) a posting is for, inferred from the whole
// text with the evidence shown: "City, ST" anywhere, ZIP codes after a state, telephone area codes,
// state names ("Commonwealth of Virginia", "Texas teaching certificate"), cities, district naming
// customs ("Parish School Board", "ISD 709") and state education bodies (ISBE, OSPI). One pass over
// the words of each line with table lookups (stateData.ts), plus one telephone scan per line: no
// per-state loop over the text. Weak or conflicting evidence gives no state rather than a guess.
import type { Posting } from './posting.ts';
import { BoundedMap, flatCopy } from './boundedMap.ts';
import { ACRONYMS, AREA_CODES, CREDENTIAL_WORDS, PHRASES, STATE_NAMES, ZIP3_RANGES, type EvidenceKind, type PhraseClue } from './stateData.ts';

export interface StateEvidence {
  state: string;
  kind: EvidenceKind;
  /** The words as written ("Spokane, WA", "ZIP 99201", "(804) 555-0100"). */
  text: string;
  /** 0-based line of the first mention. */
  line: number;
  /** Weight of the first mention; repeats add a little (see REPEAT_BONUS). */
  weight: number;
  count: number;
  locality?: string;
}

export interface StateInference {
  state: string | null;
  /** A local jurisdiction with its own posting law (payLaws.ts ids such as 'NYC'), or null. */
  locality: string | null;
  /** The top state's share of its own and the runner-up's evidence weight, 0..1. */
  confidence: number;
  score: number;
  /** Evidence for the chosen state, strongest first (all evidence when no state was chosen). */
  evidence: StateEvidence[];
  /** Other states with evidence, highest score first. */
  others: Array<{ state: string; score: number }>;
}

/**
 * A state is chosen only with this much evidence, and when it has at least MIN_CONFIDENCE of the
 * weight of it and the runner-up together (twice the runner-up's evidence): else it is a conflict.
 */
export const MIN_SCORE = 2;
export const MIN_CONFIDENCE = 2 / 3;
/** Each repeat of the same clue adds this share of its weight, up to REPEAT_CAP times. */
const REPEAT_BONUS = 0.25;
const REPEAT_CAP = 4;
const MAX_PHRASE_WORDS = 5;
const LINE_LIMIT = 5000;

const CODE_SET: ReadonlySet<string> = new Set(Object.keys(STATE_NAMES));
/** First words of phrases and state names: most words start neither, and are passed over with one lookup. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...Object.keys(PHRASES), ...Object.values(STATE_NAMES)].map((k) => k.toLowerCase().split(' ')[0]!));
const NAME_TO_CODE: ReadonlyMap<string, string> = new Map(Object.entries(STATE_NAMES).map(([code, name]) => [name.toLowerCase(), code]));
const ZIP3: ReadonlyMap<number, string> = new Map(ZIP3_RANGES.flatMap(([a, b, s]) => Array.from({ length: b - a + 1 }, (_, i) => [a + i, s] as const)));
const AREA: ReadonlyMap<string, string> = new Map(Object.entries(AREA_CODES).flatMap(([s, codes]) => codes.split(' ').map((c) => [c, s] as const)));
// Maps rather than the tables' objects: a keyed look-up of a fresh word in an object's properties costs
// a string-table probe per word, and every word of every line is looked up.
const PHRASE_CLUES: ReadonlyMap<string, PhraseClue> = new Map(Object.entries(PHRASES));
const ACRONYM_CLUES: ReadonlyMap<string, PhraseClue> = new Map(Object.entries(ACRONYMS));

// "(804) 555-0100", "804-555-0100", "804.555.0100".
const PHONE = /(?:\((\d{3})\)\s?|\b(\d{3})[-.])\d{3}[-.]\d{4}\b/g;
const COMMA_BETWEEN = /^\s*,\s*$/;
const LETTER = /[A-Za-z]/;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Longest word the first-word filter tells apart; no phrase or state name starts with a longer one. */
const SHAPE_LENGTHS = 32;
/**
 * The shapes (first letter, length) of FIRST_WORDS: a word of any other shape starts no phrase and
 * no state name, and is passed over without being cut out of its line or lower-cased.
 */
const FIRST_WORD_SHAPES: Uint8Array = (() => {
  const shapes = new Uint8Array(26 * SHAPE_LENGTHS);
  for (const w of FIRST_WORDS) if (w.length < SHAPE_LENGTHS) shapes[(w.charCodeAt(0) - 97) * SHAPE_LENGTHS + w.length] = 1;
  return shapes;
})();

/**
 * The words (letters, inner apostrophes and hyphens) and digit runs of one line at a time, as
 * parallel arrays reused from line to line: one inference allocates them once, not an object per
 * word, and a word's text and lower case are cut out only when a clue needs them (most words are
 * passed over on their first letters and length). `read` finds what
 * /[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+/g would, with one scan of the characters.
 */
class LineTokens {
  line = '';
  count = 0;
  /** The longest digit run of the line (a telephone number needs three digits in a row). */
  longestDigits = 0;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Texts and lower cases cut so far ('' until then: no token is empty). */
  private readonly texts: string[] = [];
  private readonly lowers: string[] = [];

  read(line: string): void {
    this.line = line;
    this.count = 0;
    this.longestDigits = 0;
    const n = line.length;
    let i = 0;
    while (i < n) {
      const c = line.charCodeAt(i);
      let j = i + 1;
      if (isAsciiLetter(c)) {
        for (;;) {
          while (j < n && isAsciiLetter(line.charCodeAt(j))) j++;
          const d = j + 1 < n ? line.charCodeAt(j) : 0;
          if ((d === 39 || d === 0x2019 || d === 45) && isAsciiLetter(line.charCodeAt(j + 1))) j += 2;
          else break;
        }
      } else if (isAsciiDigit(c)) {
        while (j < n && isAsciiDigit(line.charCodeAt(j))) j++;
        if (j - i > this.longestDigits) this.longestDigits = j - i;
      } else {
        i = j;
        continue;
      }
      const k = this.count++;
      this.starts[k] = i;
      this.ends[k] = j;
      this.texts[k] = '';
      this.lowers[k] = '';
      i = j;
    }
  }

  text(k: number): string {
    const t = this.texts[k]!;
    return t !== '' ? t : (this.texts[k] = this.line.slice(this.starts[k]!, this.ends[k]!));
  }

  lower(k: number): string {
    const t = this.lowers[k]!;
    return t !== '' ? t : (this.lowers[k] = this.text(k).toLowerCase());
  }

  length(k: number): number {
    return this.ends[k]! - this.starts[k]!;
  }

  /** Token k exists and starts with a capital letter. */
  capitalized(k: number): boolean {
    return k >= 0 && k < this.count && isCapital(this.line.charCodeAt(this.starts[k]!));
  }

  /** Token k exists and is a run of digits. */
  digits(k: number): boolean {
    return k >= 0 && k < this.count && isAsciiDigit(this.line.charCodeAt(this.starts[k]!));
  }

  /** Token k is two capitals, the shape of a state code. */
  twoCapitals(k: number): boolean {
    const at = this.starts[k]!;
    return this.ends[k]! - at === 2 && isCapital(this.line.charCodeAt(at)) && isCapital(this.line.charCodeAt(at + 1));
  }

  /** Token k (a word) may start a phrase or a state name: its first letter and length are those of one. */
  mayStartPhrase(k: number): boolean {
    const len = this.length(k);
    return len < SHAPE_LENGTHS && FIRST_WORD_SHAPES[((this.line.charCodeAt(this.starts[k]!) | 32) - 97) * SHAPE_LENGTHS + len] === 1;
  }

  /** The line's text between the end of token a and the start of token b. */
  between(a: number, b: number): string {
    return this.line.slice(this.ends[a]!, this.starts[b]!);
  }
}

/** Longest state name starting at token i ("west virginia" before "virginia"), with its length in tokens. */
function stateNameAt(toks: LineTokens, i: number): { code: string; n: number } | null {
  for (let n = 3; n >= 1; n--) {
    if (i + n > toks.count) continue;
    let key = toks.lower(i);
    for (let k = 1; k < n; k++) key += ' ' + toks.lower(i + k);
    const code = NAME_TO_CODE.get(key);
    if (code && toks.capitalized(i)) return { code, n };
  }
  return null;
}

const clueKey = (state: string, kind: EvidenceKind, text: string): string => `${state}\u0000${kind}\u0000${text.toLowerCase()}`;

class Tally {
  readonly byKey = new Map<string, StateEvidence>();
  add(state: string, kind: EvidenceKind, text: string, line: number, weight: number, locality?: string): void {
    this.addKeyed(clueKey(state, kind, text), state, kind, text, line, weight, locality);
  }
  /** add() with the key made already (a line's kept clues carry theirs). */
  addKeyed(key: string, state: string, kind: EvidenceKind, text: string, line: number, weight: number, locality?: string): void {
    const hit = this.byKey.get(key);
    if (hit) hit.count++;
    else this.byKey.set(key, { state, kind, text, line, weight, count: 1, ...(locality ? { locality } : {}) });
  }
  clue(c: PhraseClue, text: string, line: number): void {
    for (const [s, w] of Object.entries(c.states)) this.add(s, c.kind, text, line, w, c.locality);
  }
}

/** One clue a line gives: its tally key, state, kind, text, weight, locality (the line number is added when replayed). */
type LineClue = readonly [string, string, EvidenceKind, string, number, string | undefined];

/** Records what scanLine finds on one line, in order, so that the line's next reading replays it. */
class LineClues {
  readonly clues: LineClue[] = [];
  add(state: string, kind: EvidenceKind, text: string, _line: number, weight: number, locality?: string): void {
    this.clues.push([clueKey(state, kind, text), state, kind, text, weight, locality]);
  }
  clue(c: PhraseClue, text: string, line: number): void {
    for (const [s, w] of Object.entries(c.states)) this.add(s, c.kind, text, line, w, c.locality);
  }
}

const NO_CLUES: readonly LineClue[] = [];

/**
 * The clues of each line's text, kept between inferences: the editor infers the state on every
 * keystroke and a keystroke changes one line. Bounded (model/boundedMap.ts); the clues' texts are
 * cut from the key's flat copy, so an entry keeps no document alive.
 */
const cluesByLine = new BoundedMap<readonly LineClue[]>(20_000, 2_000_000);

function cluesOf(line: string, toks: LineTokens): readonly LineClue[] {
  const hit = cluesByLine.get(line);
  if (hit) return hit;
  const flat = flatCopy(line);
  const found = new LineClues();
  scanLine(flat, 0, found, toks);
  return cluesByLine.set(flat, found.clues.length ? found.clues : NO_CLUES);
}

const score = (e: StateEvidence): number => e.weight * (1 + REPEAT_BONUS * Math.min(e.count - 1, REPEAT_CAP));

function scanLine(line: string, l: number, tally: Tally | LineClues, toks: LineTokens): void {
  toks.read(line);
  const { count, starts, ends } = toks;
  let skipUntil = 0;
  for (let i = 0; i < count; i++) {
    if (toks.digits(i)) {
      // A ZIP right after a state code or name, or after the word ZIP.
      if (toks.length(i) === 5 && i > 0 && (CODE_SET.has(toks.text(i - 1)) || NAME_TO_CODE.has(toks.lower(i - 1)) || toks.lower(i - 1) === 'zip')) {
        const text = toks.text(i);
        const s = ZIP3.get(Number(text.slice(0, 3)));
        if (s) tally.add(s, 'zip', `ZIP ${text}`, l, 2);
      }
      continue;
    }
    const capitalized = toks.capitalized(i);
    // "City, ST" (or "City ST 12345"): a capitalized word, a comma, a two-letter state code.
    if (toks.twoCapitals(i) && CODE_SET.has(toks.text(i)) && toks.capitalized(i - 1) && !toks.digits(i - 1)) {
      const text = toks.text(i);
      const prev = toks.text(i - 1);
      const between = toks.between(i - 1, i);
      const end = ends[i]!;
      const afterOk = end >= line.length || !LETTER.test(line[end]!);
      const zipNext = toks.digits(i + 1) && toks.length(i + 1) === 5;
      // "STEAM, OR" and "AZ, CA, CO" are words and lists: an all-caps word before the code counts
      // only when the code ends the line or a ZIP follows ("LOS ANGELES, CA 90012").
      const capsBefore = prev.length > 1 && prev === prev.toUpperCase();
      const capsOk = !capsBefore || (!CODE_SET.has(prev) && (zipNext || line.slice(end).trim() === ''));
      if (afterOk && capsOk && (COMMA_BETWEEN.test(between) || (between === ' ' && zipNext))) {
        let from = i - 1;
        while (from > 0 && from > i - 4 && toks.capitalized(from - 1) && toks.between(from - 1, from) === ' ') from--;
        const cityText = line.slice(starts[from]!, ends[i - 1]!);
        const local = PHRASE_CLUES.get(cityText.toLowerCase());
        tally.add(text, 'city-state', `${cityText}, ${text}`, l, 3, local?.locality && local.states[text] ? local.locality : undefined);
        continue;
      }
    }
    if (i < skipUntil) continue;
    // (Every acronym is in capitals: the look-up is skipped for the other words.)
    const acro = capitalized && toks.length(i) > 2 && isCapital(line.charCodeAt(starts[i]! + 1)) ? ACRONYM_CLUES.get(toks.text(i)) : undefined;
    if (acro) {
      const text = toks.text(i);
      if ((text === 'ISD' || text === 'USD') && toks.digits(i + 1)) tally.add(text === 'ISD' ? 'MN' : 'KS', 'district-pattern', `${text} ${toks.text(i + 1)}`, l, 2);
      else if (text !== 'USD') tally.clue(acro, text, l);
      continue;
    }
    if (!toks.mayStartPhrase(i)) continue;
    const lower = toks.lower(i);
    if (!FIRST_WORDS.has(lower)) continue;
    // Longest known phrase starting here.
    let matched = 0;
    let key = '';
    let best: { clue: PhraseClue; n: number } | null = null;
    for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= count; n++) {
      key = n === 1 ? lower : `${key} ${toks.lower(i + n - 1)}`;
      const c = PHRASE_CLUES.get(key);
      if (c) best = { clue: c, n };
    }
    const name = stateNameAt(toks, i);
    // A city right before ", ST" is counted once, as the "City, ST" clue.
    if (best && best.clue.kind === 'city' && i + best.n < count && CODE_SET.has(toks.text(i + best.n)) && COMMA_BETWEEN.test(toks.between(i + best.n - 1, i + best.n))) {
      skipUntil = i + best.n;
      continue;
    }
    if (best && (!name || best.n > name.n)) {
      const phrase = line.slice(starts[i]!, ends[i + best.n - 1]!);
      // "Independent School District No. 709" is Minnesota's numbering.
      const after = i + best.n;
      if (phrase.toLowerCase() === 'independent school district' && (toks.digits(after) || (after < count && toks.lower(after) === 'no' && toks.digits(after + 1))))
        tally.add('MN', 'district-pattern', `${phrase} ${toks.text(after)}`, l, 2);
      else tally.clue(best.clue, phrase, l);
      matched = best.n;
    } else if (name) {
      const phrase = line.slice(starts[i]!, ends[i + name.n - 1]!);
      const before = i >= 2 ? `${toks.lower(i - 2)} ${toks.lower(i - 1)}` : '';
      const after = i + name.n;
      let kind: EvidenceKind = 'state-name';
      let w = name.code === 'WA' ? 0.5 : 1; // "Washington" is often a person or a street
      if (before === 'state of' || before === 'commonwealth of') w = 2;
      else if (after < count && CREDENTIAL_WORDS.has(toks.lower(after))) {
        kind = 'credential';
        w = 2;
      }
      tally.add(name.code, kind, kind === 'credential' ? `${phrase} ${toks.text(after)}` : before === 'state of' || before === 'commonwealth of' ? `${toks.text(i - 2)} of ${phrase}` : phrase, l, w);
      matched = name.n;
    }
    if (matched) skipUntil = i + matched;
  }
  // Every telephone number has a run of three digits: most lines have none, and skip the search.
  if (toks.longestDigits < 3) return;
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(line); m; m = PHONE.exec(line)) {
    const s = AREA.get(m[1] ?? m[2]!);
    if (s) tally.add(s, 'area-code', m[0], l, 1);
  }
}

/** The state a posting's text points to, with the evidence; pure. */
export function inferStateFromLines(lines: readonly string[]): StateInference {
  const tally = new Tally();
  const toks = new LineTokens();
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    if (line.length > LINE_LIMIT) continue;
    // Indexed, no destructuring: in code not yet optimised each would allocate iterators per clue.
    const clues = cluesOf(line, toks);
    for (let c = 0; c < clues.length; c++) {
      const clue = clues[c]!;
      tally.addKeyed(clue[0], clue[1], clue[2], clue[3], l, clue[4], clue[5]);
    }
  }
  // "Spokane Public Schools, Spokane, WA": the bare city is the same clue as the "City, ST" one.
  for (const [key, e] of tally.byKey) {
    if (e.kind === 'city' && tally.byKey.has(`${e.state}\u0000city-state\u0000${e.text.toLowerCase()}, ${e.state.toLowerCase()}`)) tally.byKey.delete(key);
  }
  const scores = new Map<string, number>();
  for (const e of tally.byKey.values()) scores.set(e.state, (scores.get(e.state) ?? 0) + score(e));
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [top, topScore] = ranked[0] ?? [null, 0];
  const pair = topScore + (ranked[1]?.[1] ?? 0);
  const share = pair ? topScore / pair : 0;
  const confidence = Math.round(share * 100) / 100;
  const chosen = top && topScore >= MIN_SCORE && share >= MIN_CONFIDENCE - 1e-9 ? top : null;
  const all = [...tally.byKey.values()].sort((a, b) => score(b) - score(a) || a.line - b.line);
  const evidence = chosen ? all.filter((e) => e.state === chosen) : all;
  const localities = new Map<string, number>();
  for (const e of evidence) if (chosen && e.locality) localities.set(e.locality, (localities.get(e.locality) ?? 0) + score(e));
  const locality = [...localities].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    state: chosen,
    locality,
    confidence,
    score: Math.round(topScore * 100) / 100,
    evidence,
    others: ranked.filter(([s]) => s !== chosen).map(([state, s]) => ({ state, score: Math.round(s * 100) / 100 })),
  };
}

const memo = new WeakMap<Posting, StateInference>();

/** inferStateFromLines for a parsed posting, computed once per posting. */
export function inferState(posting: Posting): StateInference {
  let hit = memo.get(posting);
  if (!hit) memo.set(posting, (hit = inferStateFromLines(posting.lines)));
  return hit;
}

export function stateName(code: string): string {
  return STATE_NAMES[code] ?? code;
}

/** "Washington — from 'Spokane, WA' (line 3) and ZIP 99201 (line 3)": the strongest few clues, 1-based lines. */
export function describeInference(inf: StateInference, max = 3): string {
  if (!inf.state) return 'no state: the evidence is too weak or points to several states';
  // Weak shared clues ("County Public Schools") do not explain a choice; show them only when nothing else is there.
  const strong = inf.evidence.filter((e) => e.weight >= 1);
  const parts = (strong.length ? strong : inf.evidence).slice(0, max).map((e) => `'${e.text}' (line ${e.line + 1}${e.count > 1 ? `, ${e.count}×` : ''})`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `${stateName(inf.state)} — from ${list}`;
}
