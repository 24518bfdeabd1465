// A district profile is data: what a posting there must hold, and the words the district uses.
import type { SectionKind } from '../model/posting.ts';

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
}
