// The section template a missing-section fix inserts, rendered for one posting from the library in
// use (memoised inside it, since the same missing section is offered on every keystroke).
import type { Posting, SectionKind } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { renderContextFor, type RenderedSection, type Templates } from './index.ts';

export type { RenderedSection } from './index.ts';

/** The rules' `sectionTemplate` for one posting under one profile, from `templates`. */
export function sectionTemplates(posting: Posting, profile: Profile, templates: Templates): (kind: SectionKind) => RenderedSection {
  return (kind) => templates.renderedSection(kind, profile, renderContextFor(posting, profile));
}
