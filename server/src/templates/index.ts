// The template library at run time: the generated built-in library (library.ts), with templates
// learned from the user's own postings (postwright.templates.paths) layered on top. Features and
// rules ask here: templateFor(kind, profile) for a section, bulletSuggestions for a kind,
// skeletonFor for a whole posting.
import type { Posting, SectionKind } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { BUILTIN_PROFILES, generic as genericProfile } from '../profiles/index.ts';
import { escapeSnippet, expandSnippet } from '../features/snippet.ts';
import { LIBRARY } from './library.ts';
import { bulletKey } from './build.ts';
import { GENERIC_BODIES } from './generic.ts';
import { CANONICAL_HEADINGS } from '../model/catalog.ts';
import { bodySnippet, postingDateStyle, sectionSnippet, skeletonSnippet, type RenderContext } from './render.ts';
import type { BulletSuggestion, ProfileTemplates, RoleFamily, SectionTemplate, TemplateLibrary } from './types.ts';

export type { BulletSuggestion, ProfileTemplates, RoleFamily, SectionTemplate, TemplateLibrary } from './types.ts';
export type { RenderContext } from './render.ts';

let userLibrary: TemplateLibrary | null = null;
let merged: TemplateLibrary = LIBRARY;
const profileCache = new Map<string, ProfileTemplates>();

/** The built-in library as generated from seeds/. */
export function builtinLibrary(): TemplateLibrary {
  return LIBRARY;
}

/** The library in use: built-in plus the user's. */
export function currentLibrary(): TemplateLibrary {
  return merged;
}

/** Replaces the user-learned layer (null to drop it). */
export function setUserLibrary(lib: TemplateLibrary | null): void {
  userLibrary = lib;
  merged = lib ? mergeLibraries(LIBRARY, lib) : LIBRARY;
  profileCache.clear();
  suggestionCache.clear();
}

export function getUserLibrary(): TemplateLibrary | null {
  return userLibrary;
}

function mergeBullets(a: readonly BulletSuggestion[], b: readonly BulletSuggestion[]): BulletSuggestion[] {
  const byKey = new Map<string, BulletSuggestion>();
  const order: string[] = [];
  for (const list of [b, a]) {
    for (const s of list) {
      const key = bulletKey(s.text);
      const hit = byKey.get(key);
      if (hit) {
        const sources = [...new Set([...hit.sources, ...s.sources])].sort();
        byKey.set(key, { text: hit.text, count: sources.length, sources });
      } else {
        byKey.set(key, { ...s });
        order.push(key);
      }
    }
  }
  // Stable: by count, then user bullets (listed first) before built-in ones.
  return order.map((k, i) => ({ s: byKey.get(k)!, i })).sort((x, y) => y.s.count - x.s.count || x.i - y.i).map((r) => r.s);
}

/** Layers `user` over `base`: the user's own headings and learned bodies win, bullets add up. */
export function mergeLibraries(base: TemplateLibrary, user: TemplateLibrary): TemplateLibrary {
  const profiles: Record<string, ProfileTemplates> = { ...base.profiles };
  for (const [id, up] of Object.entries(user.profiles)) {
    const bp = profiles[id];
    if (!bp) {
      profiles[id] = up;
      continue;
    }
    const sections: Partial<Record<SectionKind, SectionTemplate>> = { ...bp.sections };
    for (const [k, us] of Object.entries(up.sections) as Array<[SectionKind, SectionTemplate]>) {
      const bs = sections[k];
      if (!bs) {
        sections[k] = us;
        continue;
      }
      const heading = us.headingSource === 'seed' ? us : bs;
      const body = us.bodySource === 'seed' && bs.bodySource !== 'profile' ? us : bs;
      sections[k] = {
        kind: k,
        heading: heading.heading,
        headingSource: heading.headingSource,
        body: body.body,
        bodySource: body.bodySource,
        sources: [...new Set([...bs.sources, ...us.sources])].sort(),
        bullets: mergeBullets(bs.bullets, us.bullets),
      };
    }
    profiles[id] = { ...bp, sources: [...new Set([...bp.sources, ...up.sources])].sort(), sections };
  }
  const families = base.families.map((f) => {
    const u = user.families.find((x) => x.id === f.id && x.source === 'seed');
    return u ? { ...f, duties: [...new Set([...u.duties, ...f.duties])], sources: [...new Set([...f.sources, ...u.sources])].sort() } : f;
  });
  return { version: 1, sources: [...new Set([...base.sources, ...user.sources])].sort(), profiles, families };
}

/**
 * The templates for a profile. A profile the library does not know (a workspace profile) gets the
 * generic templates, with its own headings and boilerplate from the profile data.
 */
export function profileTemplates(profile: Profile | string): ProfileTemplates {
  const id = typeof profile === 'string' ? profile : profile.id;
  const known = merged.profiles[id];
  if (known && (typeof profile === 'string' || BUILTIN_PROFILES.some((p) => p === profile))) return known;
  if (typeof profile === 'string') return merged.profiles['generic']!;
  const key = `${profile.id}\u0000${JSON.stringify(profile.headings ?? {})}\u0000${JSON.stringify(profile.boilerplate)}`;
  const hit = profileCache.get(key);
  if (hit) return hit;
  const base = known ?? merged.profiles['generic']!;
  const sections: Partial<Record<SectionKind, SectionTemplate>> = {};
  for (const [k, tpl] of Object.entries(base.sections) as Array<[SectionKind, SectionTemplate]>) {
    const heading = profile.headings?.[k];
    const boiler = profile.boilerplate[k];
    sections[k] = {
      ...tpl,
      ...(heading ? { heading, headingSource: 'profile' as const } : {}),
      ...(boiler ? { body: escapeSnippet(boiler), bodySource: 'profile' as const } : {}),
    };
  }
  const out: ProfileTemplates = { ...base, id: profile.id, name: profile.name, sections };
  if (profileCache.size >= 64) profileCache.clear(); // one entry per workspace profile version: bounded
  profileCache.set(key, out);
  return out;
}

export interface SectionTemplateText {
  kind: SectionKind;
  /** The heading as the district writes it (plain text). */
  heading: string;
  /** The body as an LSP snippet ($1, ${1:default}, ${1|a,b|}). */
  body: string;
  /** The body as plain text (every placeholder at its default). */
  text: string;
  source: SectionTemplate['bodySource'];
}

/**
 * The template for a section kind in a profile: heading and body (snippet and plain text).
 * For rules and other features: a missing-section fix inserts `heading + eol + body` (snippet: true).
 */
export function templateFor(kind: SectionKind, profile: Profile | string = 'generic', ctx: RenderContext = {}): SectionTemplateText {
  const pt = profileTemplates(profile);
  const p = typeof profile === 'string' ? (BUILTIN_PROFILES.find((x) => x.id === profile) ?? { id: pt.id, name: pt.name }) : profile;
  const tpl = pt.sections[kind] ?? {
    kind,
    heading: CANONICAL_HEADINGS[kind],
    headingSource: 'generic' as const,
    body: GENERIC_BODIES[kind](pt.bulletMarker),
    bodySource: 'generic' as const,
    sources: [],
    bullets: [],
  };
  const body = bodySnippet(tpl, p, ctx);
  return { kind, heading: tpl.heading, body, text: expandSnippet(body), source: tpl.bodySource };
}

/** Heading + eol + body as one snippet, for inserting a whole section. */
export function sectionTemplateSnippet(kind: SectionKind, profile: Profile | string = 'generic', ctx: RenderContext = {}): string {
  const pt = profileTemplates(profile);
  const tpl = pt.sections[kind];
  const p = typeof profile === 'string' ? { id: pt.id, name: pt.name } : profile;
  if (!tpl) {
    const t = templateFor(kind, profile, ctx);
    return escapeSnippet(t.heading) + (ctx.eol ?? '\n') + t.body;
  }
  return sectionSnippet(tpl, p, ctx);
}

const suggestionCache = new Map<string, readonly IndexedBullet[]>();

/** A bullet suggestion with its normalised key and content words, computed once. */
export interface IndexedBullet {
  suggestion: BulletSuggestion;
  key: string;
  words: ReadonlySet<string>;
}

/** Bullet suggestions for a kind in a profile, best first (the profile's own, then generic ones). Cached. */
export function indexedBulletSuggestions(kind: SectionKind, profile: Profile | string = 'generic'): readonly IndexedBullet[] {
  const pt = profileTemplates(profile);
  const cacheKey = `${pt.id}\u0000${kind}`;
  const hit = suggestionCache.get(cacheKey);
  if (hit && pt === merged.profiles[pt.id]) return hit;
  const own = pt.sections[kind]?.bullets ?? [];
  const list = pt.id === 'generic' ? own : mergeBulletsKeepOrder(own, merged.profiles['generic']?.sections[kind]?.bullets ?? []);
  const out = list.map((s) => ({ suggestion: s, key: bulletKey(s.text), words: new Set(bulletKey(s.text).split(' ').filter((w) => w.length > 2)) }));
  if (pt === merged.profiles[pt.id]) suggestionCache.set(cacheKey, out);
  return out;
}

/** Bullet suggestions for a kind in a profile, best first (the profile's own, then generic ones). */
export function bulletSuggestions(kind: SectionKind, profile: Profile | string = 'generic'): BulletSuggestion[] {
  return indexedBulletSuggestions(kind, profile).map((b) => b.suggestion);
}

function mergeBulletsKeepOrder(a: readonly BulletSuggestion[], b: readonly BulletSuggestion[]): BulletSuggestion[] {
  const seen = new Set<string>();
  const out: BulletSuggestion[] = [];
  for (const s of [...a, ...b]) {
    const k = bulletKey(s.text);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

export function roleFamilies(): RoleFamily[] {
  return merged.families;
}

/** A whole posting for a profile (and optional role family id) as one snippet. */
export function skeletonFor(profile: Profile, familyId: string | null = null, ctx: RenderContext = {}): string {
  const family = familyId ? (merged.families.find((f) => f.id === familyId) ?? null) : null;
  return skeletonSnippet(profile, profileTemplates(profile), family, ctx);
}

/** The render context of a posting: its title, organization, line ending and date style. */
export function renderContextFor(posting: Posting, profile: Profile, today?: string): RenderContext {
  const orgField = posting.fields.find((f) => f.key === 'organization')?.value.trim();
  const organization = orgField || posting.title?.organization || (profile.id === genericProfile.id ? null : profile.name);
  const ctx: RenderContext = { title: posting.title?.text ?? null, organization, eol: posting.eol, dateStyle: postingDateStyle(posting) };
  if (today) ctx.today = today;
  return ctx;
}
