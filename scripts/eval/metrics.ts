// Scoring Postwright's analysis of one posting against its hand label, and summing the scores of
// a set. Pure: the runner (scripts/eval.ts) does the reading and the analysing; this module only
// compares. Lines are 1-based throughout, as in the label files.

/** A labelled section start (test/devset/README.md). */
export interface LabelSection {
  heading: string | null;
  line: number;
  kind: string;
  /** 2 for a sub-heading inside the section above; absent means 1. */
  level?: number;
}

export interface LabelFinding {
  line: number | null;
  rule: string;
  note: string;
  serious?: boolean;
}

export interface LabelFine {
  line: number;
  note: string;
}

/** The parts of a label the metrics read. */
export interface ScoredLabel {
  id: string;
  sections: LabelSection[];
  missing: string[];
  findings: LabelFinding[];
  fine: LabelFine[];
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** What Postwright produced for the posting, reduced to what is scored. */
export interface Observed {
  /** Parsed sections as the outline shows them (1-based start line, kind, level when the parser has levels). */
  sections: Array<{ line: number; kind: string; level?: number }>;
  /** The content kinds Postwright judges absent. */
  missing: string[];
  diagnostics: Array<{ line: number; rule: string; severity: Severity; kind: string | null; message: string }>;
}

export interface ScoreOptions {
  /** The content kinds Postwright judges present or absent (missing-kind metrics use only these). */
  judgedKinds: readonly string[];
  /** False while the parser has no section levels: level-2 labels are left out of the section-start metrics. */
  countLevel2: boolean;
}

/** A ratio's parts; the score is hit / total (undefined when total is 0). */
export interface Count {
  hit: number;
  total: number;
}

export const METRICS = [
  'sectionsRight',
  'boundaries',
  'outlinePrecision',
  'missingPrecision',
  'missingRecall',
  'warningPrecision',
  'findingRecall',
  'seriousRecall',
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_NAMES: Record<Metric, string> = {
  sectionsRight: 'sections right (line + kind)',
  boundaries: 'boundaries (line)',
  outlinePrecision: 'outline precision',
  missingPrecision: 'missing-kind precision',
  missingRecall: 'missing-kind recall',
  warningPrecision: 'warning precision',
  findingRecall: 'finding recall',
  seriousRecall: 'serious-finding recall',
};

export type Counts = Record<Metric, Count>;

/** Per-posting details for --verbose: what the next tuner looks at. */
export interface PostingScore {
  id: string;
  counts: Counts;
  missedSections: LabelSection[];
  wrongKindSections: Array<{ label: LabelSection; parsedKind: string }>;
  extraSections: Array<{ line: number; kind: string }>;
  /** Kinds Postwright calls missing that the label has (false absences), and the reverse. */
  falseMissing: string[];
  unnoticedMissing: string[];
  unmatchedWarnings: Array<{ line: number; rule: string; message: string; onFine: boolean }>;
  missedFindings: LabelFinding[];
}

// Rule families for matching document-level label findings (line null) to diagnostics. A label
// finding names a descriptive rule; a diagnostic names a Postwright rule id. Both map to a family;
// names not in the table are their own family. Keep this a table, never per-posting cases.
const RULE_FAMILY: Record<string, string> = {
  'missing-section': 'missing-section',
  'missing-title': 'missing-section',
  'pay-transparency': 'pay',
  'salary-sanity': 'pay',
  'gendered-language': 'gendered-pronoun',
  'gendered-pronoun': 'gendered-pronoun',
  'scraped-boilerplate': 'job-board-junk',
  'scraped-title': 'job-board-junk',
  'job-board-junk': 'job-board-junk',
  'garbled-line': 'garbled-text',
  'garbled-text': 'garbled-text',
};

/** Kinds whose missing-section diagnostic is also a pay-transparency gap (the brief: "a salary/benefits gap"). */
const PAY_KINDS: ReadonlySet<string> = new Set(['salary', 'benefits']);

/**
 * Diagnostics about the whole posting: they sit on the title line (documentRange), so their line
 * says nothing and they match only document-level label findings, by family.
 */
export const DOCUMENT_RULES: ReadonlySet<string> = new Set(['missing-section', 'missing-title', 'length', 'reading-level', 'gender-coded-balance']);

// The content kinds a document-level missing-section finding names in its note (test/devset/README.md:
// "the note names the kinds"). A missing-section diagnostic matches such a finding only when its kind
// is one of them: a warning that the EEO statement is missing does not report missing duties.
const NOTE_KINDS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/equal[- ]opportunity|\beeo\b|non-?discrimination/i, ['eeo']],
  [/\bapply\b|\bapplication (?:method|instructions|materials)|how_to_apply|\bregister\b/i, ['how_to_apply']],
  [/\bpay\b|\bsalary\b|\bwages?\b/i, ['salary']],
  [/\bbenefits\b/i, ['benefits']],
  [/\bduties\b|\bresponsibilities\b/i, ['responsibilities']],
  [/\bqualifications\b|\brequirements\b/i, ['education', 'experience', 'licensure', 'ksa']],
  [/\beducation\b|\bdegree\b/i, ['education']],
  [/\blicen[cs]|\bcertific|\bcdl\b|\bpermit\b/i, ['licensure']],
  [/\bexperience\b/i, ['experience']],
  [/\bskills\b|\babilities\b/i, ['ksa']],
  [/\bsummary\b/i, ['summary']],
  [/\bresiden/i, ['residency']],
  [/\btitle\b/i, ['title']],
];

/** The content kinds a missing-section note names ("no pay or benefits" → salary, benefits). */
export function kindsNamedIn(note: string): Set<string> {
  const out = new Set<string>();
  for (const [cue, kinds] of NOTE_KINDS) if (cue.test(note)) for (const k of kinds) out.add(k);
  return out;
}

export function familyOf(rule: string): string {
  return RULE_FAMILY[rule] ?? rule;
}

/** The families a diagnostic speaks for. */
export function diagnosticFamilies(d: { rule: string; kind: string | null }): Set<string> {
  const out = new Set([familyOf(d.rule)]);
  if (d.rule === 'missing-section' && d.kind && PAY_KINDS.has(d.kind)) out.add('pay');
  return out;
}

/** Line tolerance for line findings: the label's line or the one above or below. */
export const LINE_SLACK = 1;

type Diagnostic = Observed['diagnostics'][number];

/** Whether a diagnostic reports this labelled finding. */
export function diagnosticMatches(f: LabelFinding, d: Diagnostic): boolean {
  if (f.line === null) {
    if (!diagnosticFamilies(d).has(familyOf(f.rule))) return false;
    // Missing-section against missing-section: the kinds must agree too.
    if (familyOf(f.rule) === 'missing-section' && familyOf(d.rule) === 'missing-section') {
      const named = kindsNamedIn(f.note);
      if (f.rule === 'missing-title') named.add('title');
      return d.kind !== null && named.has(d.kind);
    }
    return true;
  }
  return !DOCUMENT_RULES.has(d.rule) && Math.abs(d.line - f.line) <= LINE_SLACK;
}

const isWarning = (d: Diagnostic): boolean => d.severity === 'error' || d.severity === 'warning';
const isReported = (d: Diagnostic): boolean => d.severity !== 'hint';

function emptyCounts(): Counts {
  const c = {} as Counts;
  for (const m of METRICS) c[m] = { hit: 0, total: 0 };
  return c;
}

/** Scores one posting. */
export function scorePosting(label: ScoredLabel, observed: Observed, options: ScoreOptions): PostingScore {
  const counts = emptyCounts();
  const starts = label.sections.filter((s) => options.countLevel2 || (s.level ?? 1) === 1);
  const parsedAt = new Map<number, string[]>();
  for (const s of observed.sections) parsedAt.set(s.line, [...(parsedAt.get(s.line) ?? []), s.kind]);
  const missedSections: LabelSection[] = [];
  const wrongKindSections: PostingScore['wrongKindSections'] = [];
  for (const s of starts) {
    const kinds = parsedAt.get(s.line);
    counts.sectionsRight.total++;
    counts.boundaries.total++;
    if (!kinds) {
      missedSections.push(s);
      continue;
    }
    counts.boundaries.hit++;
    if (kinds.includes(s.kind)) counts.sectionsRight.hit++;
    else wrongKindSections.push({ label: s, parsedKind: kinds.join('/') });
  }

  // Outline precision: a parsed section is right when a label (of any level) starts there with its kind.
  const labelled = new Set(label.sections.map((s) => `${s.line}:${s.kind}`));
  const extraSections: PostingScore['extraSections'] = [];
  for (const s of observed.sections) {
    counts.outlinePrecision.total++;
    if (labelled.has(`${s.line}:${s.kind}`)) counts.outlinePrecision.hit++;
    else extraSections.push(s);
  }

  const judged = new Set(options.judgedKinds);
  const labelMissing = new Set(label.missing.filter((k) => judged.has(k)));
  const saidMissing = new Set(observed.missing.filter((k) => judged.has(k)));
  const falseMissing = [...saidMissing].filter((k) => !labelMissing.has(k));
  const unnoticedMissing = [...labelMissing].filter((k) => !saidMissing.has(k));
  counts.missingPrecision = { hit: saidMissing.size - falseMissing.length, total: saidMissing.size };
  counts.missingRecall = { hit: labelMissing.size - unnoticedMissing.length, total: labelMissing.size };

  const fineLines = new Set(label.fine.map((f) => f.line));
  const unmatchedWarnings: PostingScore['unmatchedWarnings'] = [];
  for (const d of observed.diagnostics.filter(isWarning)) {
    counts.warningPrecision.total++;
    const onFine = !DOCUMENT_RULES.has(d.rule) && fineLines.has(d.line);
    // A fine note clears one thing on its line ("'Experience: None' is a real requirement"), and line
    // findings match by position alone; so on a fine line only a finding of the warning's own family
    // on that very line explains the warning (a flattened line can be both glued and fine).
    const explained = onFine
      ? label.findings.some((f) => f.line === d.line && diagnosticFamilies(d).has(familyOf(f.rule)))
      : label.findings.some((f) => diagnosticMatches(f, d));
    if (explained) counts.warningPrecision.hit++;
    else unmatchedWarnings.push({ line: d.line, rule: d.rule, message: d.message, onFine });
  }

  const reported = observed.diagnostics.filter(isReported);
  const missedFindings: LabelFinding[] = [];
  for (const f of label.findings) {
    const found = reported.some((d) => diagnosticMatches(f, d));
    counts.findingRecall.total++;
    if (found) counts.findingRecall.hit++;
    else missedFindings.push(f);
    if (f.serious) {
      counts.seriousRecall.total++;
      if (found) counts.seriousRecall.hit++;
    }
  }
  return { id: label.id, counts, missedSections, wrongKindSections, extraSections, falseMissing, unnoticedMissing, unmatchedWarnings, missedFindings };
}

/** Sums the counts of several postings (micro-average: every section, kind and finding weighs the same). */
export function sumCounts(scores: readonly Pick<PostingScore, 'counts'>[]): Counts {
  const total = emptyCounts();
  for (const s of scores) {
    for (const m of METRICS) {
      total[m].hit += s.counts[m].hit;
      total[m].total += s.counts[m].total;
    }
  }
  return total;
}

/** hit / total, or undefined when there is nothing to score. */
export function ratio(c: Count): number | undefined {
  return c.total === 0 ? undefined : c.hit / c.total;
}

/** A figure rounded down to two decimals (floors never round up past what was measured). */
export function floorTo2(x: number): number {
  return Math.floor(x * 100 + 1e-9) / 100;
}
