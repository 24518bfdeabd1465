// Profile resolution: built-in profiles plus those a workspace defines, detection from the text.
import type { Posting, SectionKind } from '../model/posting.ts';
import { SECTION_KINDS } from '../model/posting.ts';
import { BUILTIN_PROFILES, generic } from './builtin.ts';
import type { Profile } from './types.ts';
import { lineFacts, lowerOf } from '../facts/memo.ts';
import { PhraseMatcher, type PhraseHits } from './matcher.ts';

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
    ...(base.roles || p.roles ? { roles: { ...(base.roles ?? {}), ...(p.roles ?? {}) } } : {}),
  };
}

/** Workspace profiles beyond this many are ignored (settings validation says so). */
export const MAX_WORKSPACE_PROFILES = 1000;

// allProfiles is asked on every analysis with the same workspace list: the answer (and so the
// detector built for it) is kept for as long as that list lives.
const profilesFor = new WeakMap<readonly ProfileOverride[], readonly Profile[]>();

/**
 * Built-in profiles with workspace profiles layered on top (a workspace profile may replace a
 * built-in one); at most MAX_WORKSPACE_PROFILES workspace profiles are used. Linear in the list.
 */
export function allProfiles(workspace: readonly ProfileOverride[] = []): readonly Profile[] {
  if (workspace.length === 0) return BUILTIN_PROFILES;
  const known = profilesFor.get(workspace);
  if (known) return known;
  const builtins: Profile[] = [...BUILTIN_PROFILES];
  const added: Profile[] = [];
  /** id → where the profile with that id is: [list, index]. */
  const where = new Map<string, [Profile[], number]>(builtins.map((p, i) => [p.id, [builtins, i]]));
  const byId = (id: string): Profile | undefined => {
    const at = where.get(id);
    return at ? at[0][at[1]] : undefined;
  };
  for (const p of workspace.slice(0, MAX_WORKSPACE_PROFILES)) {
    if (!p || typeof p.id !== 'string' || p.id === '') continue;
    const base = byId(p.extends ?? p.id);
    const full = completeProfile(p, base ? [base] : []);
    const at = where.get(full.id);
    if (at) at[0][at[1]] = full;
    else {
      where.set(full.id, [added, added.length]);
      added.push(full);
    }
  }
  // Workspace profiles are tried first when detecting, the last added first.
  const out = [...added.reverse(), ...builtins];
  profilesFor.set(workspace, out);
  return out;
}

export function findProfile(id: string, profiles: readonly Profile[]): Profile | null {
  const want = id.trim().toLowerCase();
  return profiles.find((p) => p.id.toLowerCase() === want) ?? null;
}

/** Only the first this many characters of a posting are searched for detect strings. */
const LIMIT = 200_000;

/** (line, offset) → one comparable number: offsets in a lower-cased line stay below 2^22. */
const POS_LINE = 2 ** 22;

/**
 * What detection needs of a list of profiles, built once per list: the distinct lower-case detect
 * phrases (3+ characters) in one matcher, and for each phrase the profiles naming it (repeats kept:
 * a profile naming a phrase twice counts it twice).
 */
interface Detector {
  matcher: PhraseMatcher;
  profilesOf: number[][];
  /** A phrase holds a line break: the text is scanned whole instead of line by line. */
  multiline: boolean;
}

const detectors = new WeakMap<readonly Profile[], Detector>();

function detectorFor(profiles: readonly Profile[]): Detector {
  const known = detectors.get(profiles);
  if (known) return known;
  const phrases: string[] = [];
  const profilesOf: number[][] = [];
  const index = new Map<string, number>();
  let multiline = false;
  profiles.forEach((p, pi) => {
    for (const d of p.detect) {
      const phrase = d.toLowerCase();
      if (phrase.length < 3) continue;
      let k = index.get(phrase);
      if (k === undefined) {
        index.set(phrase, (k = phrases.length));
        phrases.push(phrase);
        profilesOf.push([]);
        if (phrase.includes('\n') || phrase.includes('\r')) multiline = true;
      }
      profilesOf[k]!.push(pi);
    }
  });
  const detector = { matcher: new PhraseMatcher(phrases), profilesOf, multiline };
  detectors.set(profiles, detector);
  return detector;
}

/**
 * The profile whose detect strings the text mentions most (case-insensitive; ties go to the
 * earliest mention, then to the earlier profile). One pass over the text for all profiles, line by
 * line over the memoised lower-case lines, each line's hits memoised with the line.
 */
export function detectProfile(posting: Posting, profiles: readonly Profile[]): Profile | null {
  const detector = detectorFor(profiles);
  if (detector.profilesOf.length === 0) return null;
  /** phrase → [count, first position] over the whole posting. */
  const totals = new Map<number, [number, number]>();
  const add = (hits: PhraseHits, base: number) => {
    for (const [k, count, first] of hits) {
      const t = totals.get(k);
      if (t) t[0] += count;
      else totals.set(k, [count, base + first]);
    }
  };
  const lines = posting.lines;
  const starts = posting.lineStarts;
  if (detector.multiline || starts?.length !== lines.length) {
    // A phrase may span lines: the text as a whole (positions are then plain offsets).
    add(detector.matcher.scan(posting.text.slice(0, LIMIT).toLowerCase()), 0);
  } else {
    const facts = lineFacts(posting);
    for (let i = 0; i < lines.length; i++) {
      const s = starts[i]!;
      if (s >= LIMIT) break;
      let hits: PhraseHits;
      if (s + lines[i]!.length > LIMIT) hits = detector.matcher.scan(posting.text.slice(s, LIMIT).toLowerCase());
      else {
        const f = facts[i]!;
        let m = f.detect as { detector: Detector; hits: PhraseHits } | undefined;
        if (m?.detector !== detector) f.detect = m = { detector, hits: detector.matcher.scan(lowerOf(f)) };
        hits = m.hits;
      }
      if (hits.length) add(hits, i * POS_LINE);
    }
  }
  // Only the profiles naming a phrase found are scored, in profile order.
  const score = new Map<number, [number, number]>();
  for (const [k, [count, first]] of totals) {
    for (const pi of detector.profilesOf[k]!) {
      const sc = score.get(pi);
      if (!sc) score.set(pi, [count, first]);
      else {
        sc[0] += count;
        if (first < sc[1]) sc[1] = first;
      }
    }
  }
  let best = -1;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const pi of [...score.keys()].sort((a, b) => a - b)) {
    const [count, first] = score.get(pi)!;
    if (count > bestCount || (count === bestCount && first < bestFirst)) {
      best = pi;
      bestCount = count;
      bestFirst = first;
    }
  }
  return best >= 0 ? profiles[best]! : null;
}
