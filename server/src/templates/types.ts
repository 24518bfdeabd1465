// The template library's shape: what `npm run generate` writes (library.json) and what a user's
// template folders (postwright.templates.paths) add at run time.
import type { SectionKind } from '../model/posting.ts';

/** Where a template's text came from. */
export type TemplateSource =
  /** Learned from the seed postings (or the user's own postings). */
  | 'seed'
  /** The district profile's data (e.g. the Chicago residency paragraph in profiles/builtin.ts). */
  | 'profile'
  /** Written by hand for Postwright: general, lawful wording for kinds the postings lack. */
  | 'generic';

export interface BulletSuggestion {
  /** The bullet's text, without marker. Plain text (not a snippet). */
  text: string;
  /** In how many postings this bullet (normalised) appears. */
  count: number;
  /** The postings it was read from (file names). */
  sources: string[];
}

export interface SectionTemplate {
  kind: SectionKind;
  /** The heading as the district writes it ("Education Required:"). Plain text. */
  heading: string;
  headingSource: TemplateSource;
  /**
   * The body as an LSP snippet ($1, ${1:default}, ${1|a,b|}); may hold the tokens {{title}} and
   * {{organization}}, replaced (escaped) when the template is rendered for a posting.
   */
  body: string;
  bodySource: TemplateSource;
  /** Postings the heading or body came from (empty for generic text). */
  sources: string[];
  /** Bullet suggestions for this kind, ranked best first. */
  bullets: BulletSuggestion[];
}

export interface ProfileTemplates {
  id: string;
  name: string;
  /** The bullet marker this district uses ("•" or "-"). */
  bulletMarker: string;
  /** Postings detected as this profile. */
  sources: string[];
  sections: Partial<Record<SectionKind, SectionTemplate>>;
}

/** A role family (facts/roles.ts): a default title, typical duties, and what its postings state per kind. */
export interface RoleFamily {
  id: string;
  label: string;
  /** Default job title (placeholder text). */
  title: string;
  /** Typical responsibilities, plain text, best first (role-neutral placeholders when not learned). */
  duties: string[];
  /** "seed" when learned from postings of this family, "generic" when role-neutral. */
  source: TemplateSource;
  /** The postings grouped into this family (empty when not learned). */
  sources: string[];
  /**
   * Bullets the family's postings state, per role-specific kind (families.ts FAMILY_KINDS), ranked
   * by how many distinct postings state them; `sources` names at most five of them (`count` is exact).
   */
  sections: Partial<Record<SectionKind, BulletSuggestion[]>>;
}

export interface TemplateLibrary {
  /** Format version of this file (2: role families carry learned sections). */
  version: 2;
  /** Every posting the library was learned from. */
  sources: string[];
  profiles: Record<string, ProfileTemplates>;
  families: RoleFamily[];
}
