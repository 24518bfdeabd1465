// Profile resolution: built-in profiles plus those a workspace defines, detection from the text.
import type { Posting, SectionKind } from '../model/posting.ts';
import { SECTION_KINDS } from '../model/posting.ts';
import { BUILTIN_PROFILES, generic } from './builtin.ts';
import type { Profile } from './types.ts';
import { lineFacts, lowerOf } from '../rules/memo.ts';

export { BUILTIN_PROFILES, generic } from './builtin.ts';
export { PAY_LAWS, payLawFor, payLawKinds } from './payLaws.ts';

/** A profile as a workspace may write it: any fields, plus an optional built-in to extend. */
export type ProfileOverride = Partial<Profile> & { id: string; extends?: string };

const KIND_SET: ReadonlySet<string> = new Set(SECTION_KINDS);

function kinds(value: unknown): SectionKind[] | undefined {
  return Array.isArray(value) ? (value.filter((k) => typeof k === 'string' && KIND_SET.has(k)) as SectionKind[]) : undefined;
}

/** Completes a workspace profile from the profile it extends (same id, `extends`, or generic). */
export function completeProfile(p: ProfileOverride, known: readonly Profile[]): Profile {
  const base = known.find((k) => k.id === (p.extends ?? p.id)) ?? generic;
  return {
    id: p.id,
    name: typeof p.name === 'string' ? p.name : base.id === p.id ? base.name : p.id,
    state: p.state === undefined ? base.state : p.state,
    detect: Array.isArray(p.detect) ? p.detect.filter((d) => typeof d === 'string' && d.trim() !== '') : base.id === p.id ? base.detect : [],
    required: kinds(p.required) ?? base.required,
    recommended: kinds(p.recommended) ?? base.recommended,
    order: kinds(p.order) ?? base.order,
    boilerplate: { ...base.boilerplate, ...(p.boilerplate ?? {}) },
    headings: { ...(base.headings ?? {}), ...(p.headings ?? {}) },
  };
}

/** Built-in profiles with workspace profiles layered on top (a workspace profile may replace a built-in one). */
export function allProfiles(workspace: readonly ProfileOverride[] = []): Profile[] {
  const out: Profile[] = [...BUILTIN_PROFILES];
  for (const p of workspace) {
    if (!p || typeof p.id !== 'string' || p.id === '') continue;
    const full = completeProfile(p, out);
    const at = out.findIndex((k) => k.id === full.id);
    if (at >= 0) out[at] = full;
    else out.unshift(full); // workspace profiles are tried first when detecting
  }
  return out;
}

export function findProfile(id: string, profiles: readonly Profile[]): Profile | null {
  const want = id.trim().toLowerCase();
  return profiles.find((p) => p.id.toLowerCase() === want) ?? null;
}

/**
 * The profile whose detect strings the text mentions most (case-insensitive; ties go to the
 * earliest mention). Linear: one indexOf scan per detect string.
 */
export function detectProfile(posting: Posting, profiles: readonly Profile[]): Profile | null {
  const lines = posting.lines;
  const starts = posting.lineStarts;
  // Line by line over the memoised lower-case lines (no copy of the whole text): a needle without
  // a line break cannot match across lines, so counts and the order of first mentions are the same.
  // Each line's hits are memoised with the line for the current set of needles.
  if (starts?.length !== lines.length || profiles.some((p) => p.detect.some((d) => d.includes('\n') || d.includes('\r')))) return detectInText(posting, profiles);
  const set = needleSet(profiles);
  const needles = set.needles;
  const n = needles.length;
  if (n === 0) return null;
  const counts = new Array<number>(n).fill(0);
  const firsts = new Array<number>(n).fill(Infinity);
  const facts = lineFacts(posting);
  for (let i = 0; i < lines.length; i++) {
    const s = starts[i]!;
    if (s >= LIMIT) break;
    let hits: LineHits;
    if (s + lines[i]!.length > LIMIT) hits = lineHits(posting.text.slice(s, LIMIT).toLowerCase(), needles);
    else {
      const f = facts[i]!;
      let m = f.detect as { set: NeedleSet; hits: LineHits } | undefined;
      if (!m || m.set !== set) f.detect = m = { set, hits: lineHits(lowerOf(f), needles) };
      hits = m.hits;
    }
    if (!hits) continue;
    for (let k = 0; k < n; k++) {
      const c = hits[2 * k]!;
      if (!c) continue;
      counts[k]! += c;
      if (firsts[k] === Infinity) firsts[k] = i * POS_LINE + hits[2 * k + 1]!;
    }
  }
  let best: Profile | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  profiles.forEach((p, pi) => {
    let count = 0;
    let first = Infinity;
    for (const k of set.byProfile[pi]!) {
      count += counts[k]!;
      if (firsts[k]! < first) first = firsts[k]!;
    }
    if (count > bestCount || (count === bestCount && count > 0 && first < bestFirst)) {
      best = p;
      bestCount = count;
      bestFirst = first;
    }
  });
  return best;
}

/** (line, offset) → one comparable number: offsets in a lower-cased line stay below 2^22. */
const POS_LINE = 2 ** 22;

/** Per needle: the count of non-overlapping occurrences and the first offset; null when none. */
type LineHits = Int32Array | null;

function lineHits(l: string, needles: readonly string[]): LineHits {
  let out: Int32Array | null = null;
  for (let k = 0; k < needles.length; k++) {
    const needle = needles[k]!;
    let at = l.indexOf(needle);
    if (at < 0) continue;
    out ??= new Int32Array(2 * needles.length);
    out[2 * k + 1] = at;
    while (at >= 0) {
      out[2 * k]!++;
      at = l.indexOf(needle, at + needle.length);
    }
  }
  return out;
}

/** The distinct lower-case needles (3+ characters) of a list of profiles, and each profile's needles by index (repeats kept). */
interface NeedleSet {
  detects: ReadonlyArray<readonly string[]>;
  needles: string[];
  byProfile: number[][];
}

let lastSet: NeedleSet | null = null;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function needleSet(profiles: readonly Profile[]): NeedleSet {
  const prev = lastSet;
  if (prev && prev.detects.length === profiles.length && profiles.every((p, i) => sameList(p.detect, prev.detects[i]!))) return prev;
  const needles: string[] = [];
  const index = new Map<string, number>();
  const byProfile = profiles.map((p) => {
    const ks: number[] = [];
    for (const d of p.detect) {
      const needle = d.toLowerCase();
      if (needle.length < 3) continue;
      let k = index.get(needle);
      if (k === undefined) {
        index.set(needle, (k = needles.length));
        needles.push(needle);
      }
      ks.push(k);
    }
    return ks;
  });
  lastSet = { detects: profiles.map((p) => [...p.detect]), needles, byProfile };
  return lastSet;
}

const LIMIT = 200_000;

function detectInText(posting: Posting, profiles: readonly Profile[]): Profile | null {
  const text = posting.text.length > LIMIT ? posting.text.slice(0, LIMIT).toLowerCase() : posting.text.toLowerCase();
  let best: Profile | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const p of profiles) {
    let count = 0;
    let first = Infinity;
    for (const d of p.detect) {
      const needle = d.toLowerCase();
      if (needle.length < 3) continue;
      let at = text.indexOf(needle);
      if (at >= 0 && at < first) first = at;
      while (at >= 0) {
        count++;
        at = text.indexOf(needle, at + needle.length);
      }
    }
    if (count > bestCount || (count === bestCount && count > 0 && first < bestFirst)) {
      best = p;
      bestCount = count;
      bestFirst = first;
    }
  }
  return best;
}
