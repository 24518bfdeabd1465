// Profile resolution: built-in profiles plus those a workspace defines, detection from the text.
import type { Posting, SectionKind } from '../model/posting.ts';
import { SECTION_KINDS } from '../model/posting.ts';
import { BUILTIN_PROFILES, generic } from './builtin.ts';
import type { Profile } from './types.ts';

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
  const text = posting.text.length > 200_000 ? posting.text.slice(0, 200_000).toLowerCase() : posting.text.toLowerCase();
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
