// One pure analysis per document version: parse once, pick the profile, run the enabled rules
// with their configured severity and options, sort the findings. Completion and code actions reuse it.
import type { Posting, SectionKind } from './model/posting.ts';
import { parse } from './model/parse.ts';
import { splitLines } from './model/text.ts';
import type { Profile } from './profiles/types.ts';
import { allProfiles, detectProfile, findProfile, generic } from './profiles/index.ts';
import { presenceOf, type Presence } from './facts/presence.ts';
import { rules as allRules, rulesById } from './rules/index.ts';
import type { Finding, Fix, Rule, RuleContext, Severity } from './rules/types.ts';
import { foldGaps } from './rules/gaps.ts';
import { documentRange } from './facts/util.ts';
import { DENIED_PHRASE } from './rules/denied-phrase.ts';
import type { WorkspaceConfig } from './settings.ts';
import { sectionTemplates } from './templates/sectionTemplate.ts';
import { BUILTIN_TEMPLATES, Templates } from './templates/index.ts';
import { findingMessage } from './rules/messages.ts';
import { optionDefaults, readRuleSetting } from './rules/options.ts';
import { ISO_DAY, localToday } from './templates/render.ts';
import type { RulePass, RuleResults } from './ruleResults.ts';
import { applySuppressions, disableLineOf, phraseKey, ruleIdList, scanComments, unknownRuleFindings, type Suppressions } from './suppression.ts';

export interface AnalysisOptions {
  /** 'auto' | profile id */
  profile?: string;
  /** rule id → 'off'|'info'|'warning'|'error'|{severity?, ...options} */
  rules?: Record<string, unknown>;
  /** parsed .postwright.json */
  workspace?: WorkspaceConfig | null;
  /** yyyy-mm-dd, default today */
  today?: string;
  /** The template library (built-in plus the writer's learned layer); default the built-in one. */
  templates?: Templates;
  /** Parses the comment-blanked text; the editor passes its document's incremental parser (model/reparse.ts). Default parse(). */
  parse?: (text: string) => Posting;
  /**
   * The document's findings from its last analysis (ruleResults.ts): the editor passes one per open
   * document, and rules that declare a line or section scope then run only where the edit could
   * change what they report. The findings are the same as without it.
   */
  ruleResults?: RuleResults;
  /**
   * The rules as resolveRules(options) gives them for these same options: a caller that analyses
   * many texts with one options object (the CLI) resolves them once instead of once per text.
   */
  resolvedRules?: readonly ResolvedRule[];
}

export interface Analysis {
  posting: Posting;
  profile: Profile;
  findings: Finding[];
  /** Content-absent kinds among summary, responsibilities, education, licensure, experience, ksa, residency, salary, benefits, eeo, how_to_apply. */
  missing: SectionKind[];
  present: SectionKind[];
  /** Where each kind of content is stated (the same object the rules were given). */
  presence: Presence;
  /** Comments, directives, the front matter's disable list and the allow list (posting.text has its comments blanked). */
  suppressions: Suppressions;
  /** The template library the analysis used: completion and section insertion offer the same. */
  templates: Templates;
  /** The day (yyyy-mm-dd) the pay laws were judged as of: options.today, else the writer's local day. */
  today: string;
}

/** A posting with lines only, for the (never expected) case where the parser throws. */
function bare(text: string): Posting {
  const { lines, lineStarts, eol } = splitLines(text);
  return { text, lines, lineStarts, eol, lineInfo: [], frontMatter: null, title: null, fields: [], sections: [], junk: [], roleFamily: 'other' };
}

/** The profile for a posting: setting > front-matter `profile:` > .postwright.json > detected > generic. */
export function resolveProfile(posting: Posting, options: AnalysisOptions): Profile {
  const profiles = allProfiles(options.workspace?.profiles ?? []);
  const pick = (id: string | undefined | null): Profile | null => (id && id !== 'auto' ? findProfile(id, profiles) : null);
  return (
    pick(options.profile) ??
    pick(posting.frontMatter?.values.profile) ??
    pick(options.workspace?.profile) ??
    detectProfile(posting, profiles) ??
    generic
  );
}

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  /** True when a setting chose the severity (it then applies to every finding of the rule). */
  explicit: boolean;
  options: Record<string, unknown>;
}

/** Enabled rules with merged severity and options (workspace file first, then user settings). */
export function resolveRules(options: AnalysisOptions): ResolvedRule[] {
  const out: ResolvedRule[] = [];
  for (let r = 0; r < allRules.length; r++) {
    const rule = allRules[r]!;
    const { id, joinedOptions } = rule.meta;
    let severity: Severity | 'off' = rule.meta.defaultSeverity;
    let explicit = false;
    const defaults = optionDefaults(rule);
    const merged: Record<string, unknown> = { ...defaults };
    for (const source of [options.workspace?.rules, options.rules]) {
      if (!source || typeof source !== 'object' || !Object.prototype.hasOwnProperty.call(source, id)) continue;
      // Settings read by settings.ts are valid already; anything else passed in is checked the same way, quietly.
      const s = readRuleSetting(rule, (source as Record<string, unknown>)[id], id).setting;
      if (!s) continue;
      if (s.severity) {
        severity = s.severity;
        explicit = true;
      }
      for (const [k, v] of Object.entries(s.options)) {
        const joined = joinedOptions?.includes(k) && Array.isArray(v) && Array.isArray(merged[k]) && merged[k] !== defaults[k];
        merged[k] = joined ? [...(merged[k] as unknown[]), ...v] : v;
      }
    }
    // The workspace's deny list is a top-level key of .postwright.json (phrases with messages), not a rule setting.
    if (id === DENIED_PHRASE && options.workspace?.deny?.length) merged.deny = options.workspace.deny;
    if (severity !== 'off') out.push({ rule, severity, explicit, options: merged });
  }
  return out;
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * Gives `finding` a `fixes` built on first read and then kept as a plain property, in the place an
 * assigned one takes (so JSON output and copies are the same as with fixes built at once).
 */
function fixesOnRead(finding: Finding, build: () => Fix[]): void {
  const keep = (value: Fix[]): void => {
    Object.defineProperty(finding, 'fixes', { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(finding, 'fixes', {
    get(): Fix[] {
      let value: Fix[];
      try {
        value = build();
      } catch {
        value = [];
      }
      keep(value);
      return value;
    },
    set: keep,
    enumerable: true,
    configurable: true,
  });
}

/** One rule's findings on a posting (the whole one, or the part ruleResults.ts asks about), messages rendered. */
function runRule({ rule, severity, explicit, options }: ResolvedRule, posting: Posting, context: RuleContext): Finding[] {
  let found;
  try {
    found = rule.check(posting, { ...context, options });
  } catch {
    return []; // a failing rule reports nothing rather than taking the others down
  }
  const out: Finding[] = [];
  // Indexed loops on the per-posting path: for-of allocates an iterator result per step until V8 optimises the function.
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    let message: string;
    try {
      message = findingMessage(rule, f);
    } catch {
      continue;
    }
    // Optional keys are added in this order, and only when set (no object spread per finding).
    const finding: Finding = { rule: rule.meta.id, severity: explicit ? severity : (f.severity ?? severity), message, range: f.range, kind: f.kind ?? null };
    if (f.fixes && f.fixes.length) finding.fixes = f.fixes;
    else if (f.fixesOnRead) fixesOnRead(finding, f.fixesOnRead);
    if (f.facts) finding.data = f.facts;
    if (f.gaps && f.gaps.length) finding.gaps = f.gaps;
    out.push(finding);
  }
  return out;
}

/** What every rule is given besides the posting and its settings, as a string: kept findings are valid while it is the same. */
function passContext(posting: Posting, profile: Profile, today: string): string {
  return JSON.stringify([profile, today, posting.title, posting.frontMatter, posting.eol]);
}

/** Pure; never throws on any input. */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  if (typeof text !== 'string') text = '';
  const scan = scanComments(text);
  let posting: Posting;
  try {
    posting = typeof options?.parse === 'function' ? options.parse(scan.blanked) : parse(scan.blanked);
  } catch {
    posting = bare(scan.blanked);
  }
  let profile: Profile;
  try {
    profile = resolveProfile(posting, options ?? {});
  } catch {
    profile = generic;
  }
  const today = options?.today && ISO_DAY.test(options.today) ? options.today : localToday();
  const findings: Finding[] = [];
  const templates = options?.templates instanceof Templates ? options.templates : BUILTIN_TEMPLATES;
  const sectionTemplate = sectionTemplates(posting, profile, templates);
  let presence: Presence;
  try {
    presence = presenceOf(posting);
  } catch {
    // Nothing known rather than everything missing: no rule reports a gap it could not read.
    presence = { statements: new Map(), first: new Map(), salaryLines: [], junk: new Uint8Array(posting.lines.length), present: [], missing: [] };
  }
  let resolved: readonly ResolvedRule[];
  try {
    resolved = Array.isArray(options?.resolvedRules) ? options.resolvedRules : resolveRules(options ?? {});
  } catch {
    resolved = [];
  }
  const context: RuleContext = { profile, options: {}, today, sectionTemplate, presence };
  let pass: RulePass | null;
  try {
    pass = options?.ruleResults?.begin(posting, passContext(posting, profile, today), templates) ?? null;
  } catch {
    pass = null; // the rules then run on the whole posting
  }
  for (let r = 0; r < resolved.length; r++) {
    const resolvedRule = resolved[r]!;
    const run = (p: Posting) => runRule(resolvedRule, p, context);
    const { rule, severity, explicit, options: ruleOptions } = resolvedRule;
    let found: Finding[];
    try {
      found = pass ? pass.findings(rule.meta.id, rule.meta.scope, JSON.stringify([severity, explicit, ruleOptions]), run) : run(posting);
    } catch {
      found = run(posting);
    }
    for (let i = 0; i < found.length; i++) findings.push(found[i]!);
  }
  pass?.commit();
  const disableLine = disableLineOf(posting.lines, posting.frontMatter);
  const suppressions: Suppressions = {
    scan,
    fileDisabled: new Set(disableLine >= 0 ? ruleIdList(posting.frontMatter?.values.disable ?? '') : []),
    frontMatterEnd: posting.frontMatter ? posting.frontMatter.endLine : -1,
    allowed: new Set((options?.workspace?.allow ?? []).map(phraseKey)),
  };
  // A suppressed finding is gone before gaps fold, so it never comes back as related information.
  const kept = foldGaps(applySuppressions(findings, suppressions, posting.lines), documentRange(posting));
  kept.push(...unknownRuleFindings(suppressions, posting.lines, new Set(rulesById.keys()), disableLine));
  kept.sort(byPosition); // stable: rules keep registry order on the same position
  return { posting, profile, findings: kept, missing: [...presence.missing], present: [...presence.present], presence, suppressions, templates, today };
}
