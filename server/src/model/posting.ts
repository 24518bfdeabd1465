// The parsed shape of a job posting. Every part carries exact ranges so that diagnostics,
// folding and edits land on the writer's own characters. Positions are LSP positions:
// 0-based line, 0-based UTF-16 character (JavaScript string indices), so no conversion is needed.
import type { RoleFamilyId } from './roles.ts';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** The stable section-kind ids (docs/section-kinds.md). */
export const SECTION_KINDS = [
  'title',
  'header',
  'about_district',
  'department',
  'summary',
  'responsibilities',
  'qualifications',
  'education',
  'licensure',
  'experience',
  'ksa',
  'preferred',
  'conditions',
  'residency',
  'salary',
  'benefits',
  'eeo',
  'how_to_apply',
  'other',
] as const;

export type SectionKind = (typeof SECTION_KINDS)[number];

/** What one physical line is, decided once in the linear pass. */
export type LineKind =
  | 'blank'
  | 'title'
  | 'heading' // a heading with nothing else on the line
  | 'heading-inline' // a heading with content on the same line ("Salary : $183,818")
  | 'field' // "Label: value", or a piece of a split field
  | 'bullet'
  | 'paragraph'
  | 'stray' // only punctuation ("." alone on a line)
  | 'junk'; // job-board page text ("Read Full Description")

export interface LineInfo {
  /** 0-based line number. */
  line: number;
  /** The line's text without its line ending. */
  text: string;
  kind: LineKind;
  /** Column of the first non-space character (text.length for a blank line). */
  indent: number;
  /** For bullets: the marker ("-", "•", "*", "1.") and where the bullet's text starts. */
  bulletMarker?: string;
  contentStart?: number;
}

export interface Field {
  /** The label as written, without the colon ("Estimated Annual Salary Range"). */
  name: string;
  /** A normalised key ("salary_range", "job_number", …) or null when the label is not known. */
  key: FieldKey | null;
  value: string;
  /** The line of the label (0-based). */
  line: number;
  nameRange: Range;
  /** Where the value is; may be on a later line for the split style. */
  valueRange: Range;
  /** The whole field, label through value (may span lines). */
  range: Range;
  /** True when this field was run together with another on one line ("…552778290Posted: …"). */
  glued?: boolean;
}

export type FieldKey =
  | 'job_title'
  | 'job_number'
  | 'posting_date'
  | 'closing_date'
  | 'location'
  | 'organization'
  | 'department'
  | 'reports_to'
  | 'salary_range'
  | 'salary'
  | 'job_grade'
  | 'position_type'
  | 'employment_type'
  | 'overtime_status'
  | 'class_code'
  | 'schedule'
  | 'start_date';

/** A bullet or a paragraph inside a section: the unit that rules and classifiers read. */
export interface Block {
  type: 'bullet' | 'paragraph';
  /** The text without the bullet marker, trimmed. */
  text: string;
  /** First and last line (0-based, inclusive): a paragraph may wrap over lines. */
  line: number;
  endLine: number;
  /** Range of the text (after the marker) for precise diagnostics. */
  range: Range;
  /** The kind this block's content reads as, when it clearly reads as one (a degree → education). */
  contentKind: SectionKind | null;
}

export interface Heading {
  /** The heading as written, trimmed ("Education Required :"). */
  text: string;
  /** The heading's label, without the trailing colon or dash rule ("Education Required"). */
  label: string;
  range: Range;
  /** Content written on the same line after the heading ("$183,818" in "Salary : $183,818"). */
  inlineContent?: { text: string; range: Range };
  /** 'markdown' for "## Education", 'caps' for ALL CAPS, 'colon', 'sentence' for a sentence ending in a colon, 'plain'. */
  style: 'markdown' | 'caps' | 'colon' | 'sentence' | 'plain' | 'rule';
}

export interface Section {
  kind: SectionKind;
  heading: Heading | null;
  /** First and last line (0-based, inclusive) of the whole section, heading included. */
  line: number;
  endLine: number;
  range: Range;
  /** The body after the heading; null when the section has no body lines. */
  bodyRange: Range | null;
  blocks: Block[];
  fields: Field[];
  /** True when nothing but blank lines (and no sub-heading) follows the heading. */
  empty: boolean;
  /** 1 for a section, 2 for a sub-heading inside the section above ("Physical Demands" under "Working Conditions"). */
  level: 1 | 2;
  /** For a level-2 section: the index in `Posting.sections` of the level-1 section it belongs to. */
  parent?: number;
}

export interface Title {
  /** The job title itself ("Executive Director of Instruction and School Leadership"). */
  text: string;
  /** The line it was read from, as written. */
  line: number;
  range: Range;
  /** Set when the first line is a job-board question wrapped around the title. */
  wrappedBy?: 'job-board-question';
  /** The organization named in the title line, if any ("… position at Worcester Public Schools?"). */
  organization?: string;
}

export interface FrontMatter {
  /** Lines of the front-matter block, "---" fences included. */
  line: number;
  endLine: number;
  values: Record<string, string>;
}

export interface Posting {
  text: string;
  /** Line texts without line endings. */
  lines: string[];
  /** Offset of each line's first character in text. */
  lineStarts: number[];
  /** The dominant line ending, used when an edit inserts new lines. */
  eol: '\n' | '\r\n' | '\r';
  lineInfo: LineInfo[];
  frontMatter: FrontMatter | null;
  title: Title | null;
  /** Every header field in the document, wherever it sits. */
  fields: Field[];
  /**
   * Sections in document order, title and header blocks included, covering every non-blank line.
   * Flat: a sub-heading's section follows its parent's (see `Section.level` and `Section.parent`),
   * and the parent's range ends where its first sub-heading starts.
   */
  sections: Section[];
  /** Job-board page text and similar leftovers (also inside their sections). */
  junk: Range[];
  /** The job's role family: the title's (or a "Job Title:" field's), else the one its text names most (model/roles.ts), read once per parse. */
  roleFamily: RoleFamilyId;
}
