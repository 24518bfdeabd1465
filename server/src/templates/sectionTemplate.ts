// The section template a missing-section fix inserts, rendered for one posting: memoised by library,
// profile and render context, since the same missing section is offered on every keystroke.
import { flatCopy } from '../model/boundedMap.ts';
import type { Posting, SectionKind } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { currentLibrary, renderContextFor, templateFor, type RenderContext } from './index.ts';

export interface RenderedSection {
  heading: string;
  body: string;
}

// Keyed by library (replaced when the user's templates change), then profile, then context.
const templateMemo = new WeakMap<object, WeakMap<Profile, Map<string, RenderedSection>>>();

function memoTemplate(kind: SectionKind, profile: Profile, ctx: RenderContext): RenderedSection {
  const lib = currentLibrary();
  let byProfile = templateMemo.get(lib);
  if (!byProfile) templateMemo.set(lib, (byProfile = new WeakMap()));
  let map = byProfile.get(profile);
  if (!map) byProfile.set(profile, (map = new Map()));
  const key = JSON.stringify([
    kind,
    ctx.title === undefined ? 0 : ctx.title,
    ctx.organization === undefined ? 0 : ctx.organization,
    ctx.eol,
    ctx.today,
    ctx.dateStyle,
  ]);
  let hit = map.get(key);
  if (!hit) {
    if (map.size >= 256) map.clear();
    const t = templateFor(kind, profile, ctx);
    // Flat copies: the rendered text holds pieces of the document (its title), which must not keep it alive.
    hit = { heading: flatCopy(t.heading), body: flatCopy(t.body) };
    map.set(key, hit);
  }
  return hit;
}

/** The rules' `sectionTemplate` for one posting under one profile. */
export function sectionTemplates(posting: Posting, profile: Profile): (kind: SectionKind) => RenderedSection {
  return (kind) => memoTemplate(kind, profile, renderContextFor(posting, profile));
}
