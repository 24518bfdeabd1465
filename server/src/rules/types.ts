// The rule contract: a rule is a plain object (data) plus a small pure check.
// Findings carry their fix as data so quick fixes and fix-all need no second analysis.
import type { Posting, Range, SectionKind } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import type { Presence } from '../facts/presence.ts';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** What the quick fix says ("Replace 'his/her' with 'their'"). */
  title: string;
  edits: TextEdit[];
  /** True when newText uses snippet syntax ($1, ${1:degree}); plain-text clients get it expanded. */
  snippet?: boolean;
  /**
   * Safe to apply without a person looking (used by fix-all and `lint --fix`). A safe fix loses no
   * word of the writer's: every word its edits take out of the text lies in `removes`.
   */
  safe?: boolean;
  /**
   * The spans of the document the fix takes out on purpose, each of which the rule vouches for:
   * job-board page text, the job board's wording around a title, the pronoun pair it replaces, a
   * line that repeats the title. Words an edit deletes outside these spans are words lost.
   */
  removes?: Range[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The section kind the finding is about (missing or empty section), else null. */
  kind: SectionKind | null;
  fixes?: Fix[];
  /** Facts a code action needs beyond the range (the misspelt word for "Add to dictionary"). */
  data?: FindingData;
  /** The kinds of content the finding says are absent (RuleFinding.gaps). */
  gaps?: SectionKind[];
  /** Other findings about the same gap, folded into this one (LSP relatedInformation). */
  related?: RelatedFinding[];
}

/** A finding folded into another because it reports the same gap. */
export interface RelatedFinding {
  rule: string;
  message: string;
  range: Range;
}

/** Extra facts of a finding, carried to the diagnostic's data for code actions. */
export interface FindingData {
  /** spelling: the word as written, for an "Add to dictionary" action. */
  word?: string;
}

export interface RuleContext {
  profile: Profile;
  /** The rule's options after merging defaults and user settings. */
  options: Record<string, unknown>;
  /** Today's date (injected so checks stay pure and testable), ISO yyyy-mm-dd. */
  today: string;
  /**
   * The heading and snippet body of a section of this kind for this posting and profile, from the
   * template library the caller holds (analyze() is given it; rules do not reach for templates).
   */
  sectionTemplate(kind: SectionKind): { heading: string; body: string };
  /** Where the posting states each kind of content (facts/presence.ts), computed once per analysis. */
  presence: Presence;
}

/** Values for a message template's {{placeholders}}. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface RuleFinding {
  /** A key of the rule's meta.messages; the message is rendered from it centrally (messages.ts). */
  messageId: string;
  /** The template's placeholders. */
  data?: MessageData;
  range: Range;
  kind?: SectionKind | null;
  fixes?: Fix[];
  /**
   * Instead of `fixes`: builds them when the finding's `fixes` is first read. For fixes that cost
   * more than the finding (missing-section renders a section template for each missing kind) and
   * that a lint without --fix never reads. Must give at least one fix: the finding has `fixes`
   * before they are built. A throw gives no fixes.
   */
  fixesOnRead?: () => Fix[];
  /** Overrides the rule's severity for this finding (e.g. a law not yet in force is info). */
  severity?: Severity;
  /** Facts a code action needs (carried to Finding.data). */
  facts?: FindingData;
  /**
   * The kinds of content the finding says are absent (a missing or empty section, a pay law's gaps).
   * analyze() keeps one finding per gap and gives it the others as related information (rules/gaps.ts).
   */
  gaps?: SectionKind[];
}

/** A JSON Schema for one option: every option declares its type and its `default`. */
export interface OptionSchema {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | readonly ('string' | 'null')[];
  description: string;
  default: unknown;
  items?: { type: 'string'; enum?: readonly string[] };
  enum?: readonly (string | null)[];
  minimum?: number;
  maximum?: number;
}

/** The JSON Schema of a rule's options object. */
export interface RuleOptionsSchema {
  type: 'object';
  properties: Readonly<Record<string, OptionSchema>>;
  additionalProperties: false;
}

/**
 * How a rule's findings can be fixed: 'safe' fixes may be applied without a person looking (fix-all,
 * `lint --fix`); 'suggestion' fixes are offered as quick fixes only; false: the rule offers none.
 */
export type Fixable = false | 'safe' | 'suggestion';

/**
 * What a rule's findings depend on, so the editor can keep findings of text an edit did not touch
 * (analysis/ruleResults.ts). 'line': a finding on a line depends only on that line's text and
 * reading, and the profile, options and day. 'section': a finding in a top-level section
 * (with its sub-sections; the lines above the first section count as one) depends only on that
 * section and the sections right above and below it, and the same context. 'document' (the
 * default): anything else — presence, other sections, the title, counts over the whole text.
 * A rule that declares 'line' or 'section' must report on a posting whose other lines are blanked
 * (and their sections, fields and junk left out) exactly what it reports there on the whole
 * posting: test/props/incremental-rules.test.ts checks it on random edits.
 */
export type RuleScope = 'line' | 'section' | 'document';

/** A rule declared as data: everything the settings schema, the docs and the registry need. */
export interface RuleMeta {
  id: string;
  description: string;
  /** 'off' for a rule that runs only when a setting turns it on (its cost outweighs its value by default). */
  defaultSeverity: Severity | 'off';
  /** The options' JSON Schema, with defaults; settings are validated against it (ajv). */
  schema: RuleOptionsSchema;
  /** messageId → plain-English template with {{placeholders}}. */
  messages: Readonly<Record<string, string>>;
  /** Relative docs page, docs/rules/<id>.md. */
  docs: string;
  fixable: Fixable;
  /**
   * List options whose workspace (.postwright.json) and user-settings values are joined rather
   * than the user's replacing the workspace's (a team word list plus a writer's own words).
   */
  joinedOptions?: readonly string[];
  /** What the rule's findings depend on (RuleScope); 'document' when not said. */
  scope?: RuleScope;
}

export interface Rule {
  meta: RuleMeta;
  check(posting: Posting, context: RuleContext): RuleFinding[];
}
