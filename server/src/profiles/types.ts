// A district profile is data: what a posting there must hold, and the words the district uses.
import type { SectionKind } from '../model/posting.ts';
import type { ContentKind } from '../facts/content.ts';
import type { RoleFamilyId } from '../facts/roles.ts';

/** What postings for one role family must state beyond the profile's required kinds, and what they need not. */
export interface RoleRequirement {
  require?: readonly ContentKind[];
  waive?: readonly ContentKind[];
  /** What a posting for the role would state, by kind, for the finding's message ("a commercial driver's license (CDL)"). */
  examples?: Partial<Record<ContentKind, string>>;
}

export interface Profile {
  id: string;
  name: string;
  /** Two-letter state code, used for pay-transparency rules. */
  state: string | null;
  /** Text that identifies the district in a posting ("Chicago Public Schools", "CPS"). */
  detect: string[];
  required: SectionKind[];
  recommended: SectionKind[];
  /** The canonical order of kinds in this district's postings (completion and insertion use it). */
  order: SectionKind[];
  /** Paragraphs the district requires, by kind (Chicago: the residency paragraph). */
  boilerplate: Partial<Record<SectionKind, string>>;
  /** Heading text in the district's style, by kind ("Education Required:"). */
  headings?: Partial<Record<SectionKind, string>>;
  /** Rows replacing the built-in role table (profiles/roleRequirements.ts) for this district. */
  roles?: Partial<Record<RoleFamilyId, RoleRequirement>>;
}
