// The template requests the client's commands use ("New Posting from Template", "Insert
// Section…"). Types and method names only, so the client bundle stays free of server code.

/** Client → server: the profiles and role families to choose from. */
export const TEMPLATES_REQUEST = 'postwright/templates';
export interface TemplatesParams {
  /** The active posting, if any: its detected profile is listed first. */
  textDocument?: { uri: string };
}
export interface TemplatesResult {
  profiles: Array<{ id: string; name: string }>;
  /** Every role family (roles.ts order); the optional fields are additions older clients ignore. */
  families: FamilyChoice[];
  /** The role family of the active posting's title, when a document was given: list it first. */
  family?: string | null;
}

export interface FamilyChoice {
  id: string;
  label: string;
  /** The job title a new posting of this family starts with. */
  title: string;
  /** True when the duties were learned from postings of this family; false: role-neutral placeholders. */
  learned?: boolean;
  /** How many postings the family was learned from. */
  postings?: number;
  /** One line for a quick pick ("duties from 5 postings" / "duties left as placeholders"). */
  description?: string;
}

/** Client → server: a whole posting for a profile and role family, as a snippet. */
export const SKELETON_REQUEST = 'postwright/skeleton';
export interface SkeletonParams {
  profile: string;
  family?: string | null;
}
export interface SkeletonResult {
  /** LSP/VS Code snippet. */
  snippet: string;
  /** The same with every placeholder at its default. */
  text: string;
}

/** Client → server: the section kinds of a posting, missing ones first. */
export const SECTIONS_REQUEST = 'postwright/sections';
export interface SectionsParams {
  textDocument: { uri: string };
}
export interface SectionChoice {
  kind: string;
  heading: string;
  /** "required · missing", "recommended · missing", "missing", "present". */
  status: string;
  missing: boolean;
  present: boolean;
}
export interface SectionsResult {
  profile: string;
  items: SectionChoice[];
}

/** Client → server: where and what to insert for a section kind (at its canonical place). */
export const SECTION_INSERT_REQUEST = 'postwright/sectionInsert';
export interface SectionInsertParams {
  textDocument: { uri: string };
  kind: string;
}
export interface SectionInsertResult {
  position: { line: number; character: number };
  snippet: string;
  text: string;
}
