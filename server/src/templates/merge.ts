// Layering a writer's learned library over the built-in one, and merging bullet lists without
// repeating a bullet that reads the same.
import type { SectionKind } from '../model/posting.ts';
import { bulletKey } from './learnText.ts';
import type { BulletSuggestion, ProfileTemplates, RoleFamily, SectionTemplate, TemplateLibrary } from './types.ts';

/** Both lists as one, counted by the postings that state each bullet; `b`'s bullets first on a tie. */
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

/** `a` then the bullets of `b` that `a` does not already hold (same normalised text). */
export function mergeBulletsKeepOrder(a: readonly BulletSuggestion[], b: readonly BulletSuggestion[]): BulletSuggestion[] {
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
    if (!u) return f;
    const sections: RoleFamily['sections'] = { ...f.sections };
    for (const [k, bullets] of Object.entries(u.sections) as Array<[SectionKind, BulletSuggestion[]]>) sections[k] = mergeBullets(f.sections[k] ?? [], bullets);
    const duties = f.source === 'seed' ? [...new Set([...u.duties, ...f.duties])] : u.duties;
    return { ...f, duties, source: 'seed' as const, sources: [...new Set([...f.sources, ...u.sources])].sort(), sections };
  });
  return { version: 2, sources: [...new Set([...base.sources, ...user.sources])].sort(), profiles, families };
}
