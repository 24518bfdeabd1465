// RuleTester in spirit: run one rule (or the whole analysis) over a snippet and get findings with
// 1-based lines and columns, and apply fixes to check what they do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze, type AnalysisOptions } from '../../server/src/analysis.ts';
import type { Range } from '../../server/src/model/posting.ts';
import { parse } from '../../server/src/model/parse.ts';
import { BUILTIN_PROFILES, generic } from '../../server/src/profiles/builtin.ts';
import { rulesById } from '../../server/src/rules/index.ts';
import type { Finding, Fix, RuleFinding, TextEdit } from '../../server/src/rules/types.ts';
import { sectionTemplates } from '../../server/src/templates/sectionTemplate.ts';
import { BUILTIN_TEMPLATES } from '../../server/src/templates/index.ts';
import { presenceOf } from '../../server/src/facts/presence.ts';
import { findingMessage } from '../../server/src/rules/messages.ts';
import { optionDefaults } from '../../server/src/rules/options.ts';
import { expandSnippet } from '../../server/src/facts/snippet.ts';

export interface Found {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  kind: string | null;
  severity?: string;
  fixes: Fix[];
  text: string;
  /** The rule's messageId and data (run() only: analyzeFound() sees rendered messages). */
  messageId?: string;
  data?: Readonly<Record<string, string | number>>;
}

export interface RunOptions {
  profile?: string;
  options?: Record<string, unknown>;
  today?: string;
}

function found(
  text: string,
  f: Pick<Finding, 'range' | 'message' | 'fixes'> & { kind?: Finding['kind']; severity?: Finding['severity'] } & { messageId?: string; data?: RuleFinding['data'] | Finding['data'] },
): Found {
  const { start, end } = f.range;
  const covered = rangeText(text.split(/\r\n|\r|\n/), f.range);
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    message: f.message,
    kind: f.kind ?? null,
    ...(f.severity ? { severity: f.severity } : {}),
    fixes: f.fixes ?? [],
    text: covered,
    // a rule's own finding (run()) carries its messageId and the message's data; an analysis
    // finding's data is facts for code actions, not the message's
    ...(f.messageId !== undefined ? { messageId: f.messageId, ...(f.data ? { data: f.data as RuleFinding['data'] } : {}) } : {}),
  };
}

/** Runs one rule over `text` with its default options (merged with `opts.options`). */
export function run(ruleId: string, text: string, opts: RunOptions = {}): Found[] {
  const rule = rulesById.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const profile = BUILTIN_PROFILES.find((p) => p.id === (opts.profile ?? 'generic')) ?? generic;
  const posting = parse(text);
  const options = { ...optionDefaults(rule), ...(opts.options ?? {}) };
  return rule
    .check(posting, { profile, options, today: opts.today ?? '2026-06-01', sectionTemplate: sectionTemplates(posting, profile, BUILTIN_TEMPLATES), presence: presenceOf(posting) })
    // Fixes built on read (RuleFinding.fixesOnRead) are built here, as reading a Finding's fixes does.
    .map((f) => found(text, { ...f, message: findingMessage(rule, f), ...(f.fixesOnRead ? { fixes: f.fixesOnRead() } : {}) }));
}

/** Lines (1-based) a rule reports. */
export function lines(ruleId: string, text: string, opts: RunOptions = {}): number[] {
  return run(ruleId, text, opts).map((f) => f.line);
}

/** Findings of the whole analysis, 1-based. */
export function analyzeFound(text: string, options: AnalysisOptions = {}): Array<Found & { rule: string }> {
  const a = analyze(text, { today: '2026-06-01', ...options });
  return a.findings.map((f) => ({ ...found(text, f), rule: f.rule, severity: f.severity }));
}

function offset(text: string, line: number, character: number): number {
  let at = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return Math.min(at + character, text.length);
}

/** Applies text edits (non-overlapping) to text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort(
    (a, b) => offset(text, b.range.start.line, b.range.start.character) - offset(text, a.range.start.line, a.range.start.character),
  );
  let out = text;
  for (const e of sorted) {
    const s = offset(out, e.range.start.line, e.range.start.character);
    const t = offset(out, e.range.end.line, e.range.end.character);
    out = out.slice(0, s) + e.newText + out.slice(t);
  }
  return out;
}

/** Joins lines with \n. */
export function doc(...lines: string[]): string {
  return lines.join('\n');
}

/** The 300 corpus postings and the 5 seeds, as [name, text]. */
export function corpusAndSeeds(): Array<[string, string]> {
  const corpus = join(import.meta.dirname, '../corpus/postings');
  const seeds = join(import.meta.dirname, '../../seeds');
  const read = (dir: string): Array<[string, string]> =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
  return [...read(corpus), ...read(seeds)];
}

/**
 * The words of a text, lower case: runs of letters or of digits, split where a lower-case letter
 * meets an upper-case one, so "552778290Posted" and "SchoolsLocation" count as two words each
 * whether or not a fix puts a line break between them.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+|\p{N}+/gu)) for (const w of m[0].split(/(?<=\p{Ll})(?=\p{Lu})/u)) out.push(w.toLowerCase());
  return out;
}

/** The words of `before` that `after` no longer holds, counted (a multiset difference). */
export function lostWords(before: string, after: string): Map<string, number> {
  const count = new Map<string, number>();
  for (const w of words(before)) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of words(after)) {
    const n = count.get(w);
    if (n !== undefined) count.set(w, n - 1);
  }
  for (const [w, n] of count) if (n <= 0) count.delete(w);
  return count;
}

/** The text of a range of the posting's lines. */
export function rangeText(lines: readonly string[], r: Range): string {
  const { start, end } = r;
  if (start.line === end.line) return (lines[start.line] ?? '').slice(start.character, end.character);
  return [
    (lines[start.line] ?? '').slice(start.character),
    ...lines.slice(start.line + 1, end.line),
    (lines[end.line] ?? '').slice(0, end.character),
  ].join('\n');
}

/** What one finding of an invalid row must be; only the fields given are compared. */
export interface ExpectedFinding {
  /** 1-based line where the finding starts. */
  line?: number;
  messageId?: string;
  /** The message's placeholders, compared whole. */
  data?: Record<string, string | number>;
}

export interface InvalidRow {
  text: string;
  /** The text each finding covers, in order. */
  expect: string[];
  /** Per finding, in the same order: line, messageId and data. */
  errors?: ExpectedFinding[];
  /**
   * For a fixable rule: the text after the first fix of every finding is applied (snippets
   * expanded to the text they insert); `output: null` asserts that no finding offers a fix.
   */
  output?: string | null;
  options?: Record<string, unknown>;
  profile?: string;
  today?: string;
}

export interface RuleTable {
  /** Texts the rule must pass. */
  valid: string[];
  /** Texts the rule must report. */
  invalid: InvalidRow[];
  options?: Record<string, unknown>;
  /** Profile id for every row (default generic); a row may name its own. */
  profile?: string;
  /** yyyy-mm-dd for every row (default 2026-06-01); a row may name its own. */
  today?: string;
}

/** The text after applying the first fix of every finding (snippet text expanded); null when none has a fix. */
export function fixedOutput(text: string, found: readonly Found[]): string | null {
  const edits = found.flatMap((f) => {
    const fix = f.fixes[0];
    if (!fix) return [];
    return fix.snippet ? fix.edits.map((e) => ({ ...e, newText: expandSnippet(e.newText) })) : fix.edits;
  });
  return edits.length ? applyEdits(text, edits) : null;
}

/**
 * RuleTester-style table: one test per row, named after the rule and the row's text. A valid row
 * must produce no finding of the rule; an invalid row exactly the findings `expect` lists (by the
 * text they cover), with the lines, messageIds and data `errors` gives and the fixed `output`.
 */
export function ruleTable(ruleId: string, table: RuleTable, define: (name: string, fn: () => void) => void): void {
  const label = (text: string) => JSON.stringify(text.length > 60 ? text.slice(0, 57) + '…' : text);
  const runOptions = (row: { options?: Record<string, unknown>; profile?: string; today?: string }): RunOptions => {
    const profile = row.profile ?? table.profile;
    const today = row.today ?? table.today;
    return { options: { ...(table.options ?? {}), ...(row.options ?? {}) }, ...(profile ? { profile } : {}), ...(today ? { today } : {}) };
  };
  for (const text of table.valid) {
    define(`${ruleId} valid: ${label(text)}`, () => {
      const found = run(ruleId, text, runOptions({}));
      if (found.length) throw new Error(`expected no findings, got ${JSON.stringify(found.map((f) => [f.line, f.text, f.message]))}`);
    });
  }
  for (const row of table.invalid) {
    define(`${ruleId} invalid: ${label(row.text)}`, () => {
      const found = run(ruleId, row.text, runOptions(row));
      const got = found.map((f) => f.text);
      if (JSON.stringify(got) !== JSON.stringify(row.expect))
        throw new Error(`expected ${JSON.stringify(row.expect)}, got ${JSON.stringify(got)}`);
      if (row.errors) {
        if (row.errors.length !== found.length) throw new Error(`errors lists ${row.errors.length} findings, the rule made ${found.length}`);
        row.errors.forEach((want, i) => {
          const f = found[i]!;
          const have: ExpectedFinding = {
            ...(want.line !== undefined ? { line: f.line } : {}),
            ...(want.messageId !== undefined ? { messageId: f.messageId } : {}),
            ...(want.data !== undefined ? { data: { ...(f.data ?? {}) } } : {}),
          };
          if (!isDeepStrictEqual(have, want)) throw new Error(`finding ${i + 1}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)} (${f.message})`);
        });
      }
      if (row.output !== undefined) {
        const out = fixedOutput(row.text, found);
        if (out !== row.output) throw new Error(`expected output ${JSON.stringify(row.output)}, got ${JSON.stringify(out)}`);
      }
    });
  }
}
