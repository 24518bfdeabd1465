// Saying "not here": comment lines, postwright-disable directives, the front-matter `disable:` list
// and the workspace `allow` list. Pure functions over text and findings.
//
// A comment is a line whose first non-space characters are `//` (the line comment
// language-configuration.json declares, so Ctrl+/ toggles it). The one comment that may end a
// line of content is `// postwright-disable-line [ids]`, after a space. Comments are replaced by
// spaces of the same length before parsing, so rules never see them (a directive never counts as a
// section's text) and every position in the posting stays the writer's own; exports read the same
// blanked posting, so no comment reaches a published page.
import type { Range } from './model/posting.ts';
import type { Finding, Fix } from './rules/types.ts';

export type DirectiveKind = 'disable-line' | 'disable-next-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** The line the directive is written on. */
  line: number;
  /** Rule ids named; empty means every rule. */
  ids: string[];
  /** The comment's span (from `//` to the end of the line). */
  range: Range;
  /** The column just after the last rule id (or the keyword): where another id goes. */
  idsEnd: number;
}

export interface CommentScan {
  /** The text with every comment replaced by spaces of the same length. */
  blanked: string;
  /** Lines that are wholly a comment. */
  commentLines: ReadonlySet<number>;
  directives: Directive[];
}

/** The directive written after `//`: keyword, then rule ids, then an optional ` -- reason`. */
const DIRECTIVE = /^\/\/\s*postwright-(disable-next-line|disable-line|disable|enable)(?=$|[\s,])(.*)$/;
/** A disable-line directive ending a line of content: a space, `//`, the keyword. */
const TRAILING_DIRECTIVE = /\s\/\/\s*postwright-disable-line(?=$|[\s,])/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** A directive's list without its reason (` -- because …`; Word may have made the dashes one). */
function withoutReason(text: string): string {
  let list = text;
  for (const sep of [' -- ', ' — ', ' – ']) {
    const at = list.indexOf(sep);
    if (at >= 0) list = list.slice(0, at);
  }
  return list;
}

/** Rule ids in a directive's or front matter's list: separated by commas or spaces, up to a reason (` -- …`). */
export function ruleIdList(text: string): string[] {
  let list = withoutReason(text).trim();
  if (list.startsWith('[')) list = list.slice(1);
  if (list.endsWith(']')) list = list.slice(0, -1);
  return list
    .split(/[\s,]+/)
    .map((s) => s.trim().replace(/^["']|["']$/g, ''))
    .filter((s) => s.length > 0);
}

/** The last line of a leading `---` front-matter block (the parser's rule: closed within 40 lines), else -1. */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines.length < 2 || lines[0]!.trim() !== '---') return -1;
  const limit = Math.min(lines.length, 40);
  for (let i = 1; i < limit; i++) if (lines[i]!.trim() === '---') return i;
  return -1;
}

/** Where the line starting at `start` ends (before its CR, LF or CR LF). */
function lineEndFrom(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** Where the line after the one ending at `end` starts (CR LF is one break). */
function nextLineStart(text: string, end: number): number {
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/** The first lines of the text (at most `count`), for the front matter. */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count) {
    const end = lineEndFrom(text, start);
    lines.push(text.slice(start, end));
    if (end >= text.length) break;
    start = nextLineStart(text, end);
  }
  return lines;
}

/**
 * Finds comments and directives; never throws. Lines of the front matter are never comments.
 * Only the lines holding `//` are cut out of the text (found with indexOf, the lines before them
 * counted on the way): a large posting with links has a `//` on few of its lines, and splitting
 * every line at every keystroke was most of this function's time.
 */
export function scanComments(text: string): CommentScan {
  const commentLines = new Set<number>();
  const directives: Directive[] = [];
  if (!text.includes('//')) return { blanked: text, commentLines, directives };
  const fmEnd = frontMatterEnd(firstLines(text, 40));
  /** Blanked copies of the text before `copied`, in pieces. */
  const pieces: string[] = [];
  let copied = 0;
  // The line being looked at: its number and where it starts.
  let i = 0;
  let start = 0;
  for (let at = text.indexOf('//'); at >= 0; at = text.indexOf('//', start)) {
    // Move to the line holding `at`.
    for (let end = lineEndFrom(text, start); end < at; end = lineEndFrom(text, start)) {
      start = nextLineStart(text, end);
      i++;
    }
    const end = lineEndFrom(text, start);
    const next = () => {
      if (end >= text.length) return false;
      start = nextLineStart(text, end);
      i++;
      return true;
    };
    if (i <= fmEnd) {
      if (!next()) break;
      continue;
    }
    const line = text.slice(start, end);
    const indent = line.length - line.trimStart().length;
    let from = -1;
    if (line.startsWith('//', indent)) {
      from = indent;
      commentLines.add(i);
    } else {
      const m = TRAILING_DIRECTIVE.exec(line);
      if (m) from = m.index + 1;
    }
    if (from >= 0) {
      const comment = line.slice(from).trimEnd();
      const d = DIRECTIVE.exec(comment);
      if (d) {
        const rest = d[2]!;
        const idsEnd = from + comment.length - rest.length + withoutReason(rest).trimEnd().length;
        directives.push({ kind: d[1] as DirectiveKind, line: i, ids: ruleIdList(rest), range: { start: { line: i, character: from }, end: { line: i, character: line.length } }, idsEnd });
      }
      pieces.push(text.slice(copied, start + from), ' '.repeat(line.length - from));
      copied = end;
    }
    if (!next()) break;
  }
  if (pieces.length === 0) return { blanked: text, commentLines, directives };
  pieces.push(text.slice(copied));
  return { blanked: pieces.join(''), commentLines, directives };
}

/** What a posting says about itself: its comments and directives, its front matter's `disable:` list. */
export interface Suppressions {
  scan: CommentScan;
  /** Rules the front matter turns off for the file. */
  fileDisabled: ReadonlySet<string>;
  /** The front matter's last line (-1 without one): a finding inside it belongs to the line after. */
  frontMatterEnd: number;
  /** Phrases the workspace allows (lower-cased, spaces collapsed). */
  allowed: ReadonlySet<string>;
}

/** Rules whose findings are about a phrase of the writer's, which the workspace `allow` list can allow. */
export const WORDING_RULES: ReadonlySet<string> = new Set([
  'gendered-pronoun',
  'gendered-term',
  'age-coded',
  'gender-coded-balance',
  'outdated-requirement',
  'spelling',
  'template-text',
  'glued-words',
]);

/** A phrase as the allow list compares it: lower case, curly quotes straightened, spaces collapsed. */
export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** The text a range covers in a posting's lines (one line or several joined with a space). */
export function rangeText(lines: readonly string[], range: Range): string {
  const { start, end } = range;
  if (start.line === end.line) return (lines[start.line] ?? '').slice(start.character, end.character);
  const parts = [(lines[start.line] ?? '').slice(start.character)];
  for (let l = start.line + 1; l < end.line; l++) parts.push(lines[l] ?? '');
  parts.push((lines[end.line] ?? '').slice(0, end.character));
  return parts.join(' ');
}

/** The line a finding belongs to for directives: its start line, or the first line after the front matter. */
export function findingLine(finding: Pick<Finding, 'range'>, frontMatterEnd: number): number {
  return Math.max(finding.range.start.line, frontMatterEnd + 1);
}

function names(ids: readonly string[], rule: string): boolean {
  return ids.length === 0 || ids.includes(rule);
}

/** Whether the block directives before `line` leave `rule` disabled there. */
function blockDisabled(directives: readonly Directive[], line: number, rule: string): boolean {
  let disabled = false;
  for (const d of directives) {
    if (d.line >= line) break;
    if ((d.kind === 'disable' || d.kind === 'enable') && names(d.ids, rule)) disabled = d.kind === 'disable';
  }
  return disabled;
}

/** The line a disable-next-line directive silences: the next line that is not a comment. */
export function nextContentLine(scan: Pick<CommentScan, 'commentLines'>, line: number, lineCount: number): number {
  let l = line + 1;
  while (l < lineCount && scan.commentLines.has(l)) l++;
  return l;
}

/** True when a directive, the front matter or the allow list silences the finding. */
export function isSuppressed(finding: Finding, s: Suppressions, lines: readonly string[]): boolean {
  if (s.fileDisabled.has(finding.rule)) return true;
  const line = findingLine(finding, s.frontMatterEnd);
  for (const d of s.scan.directives) {
    if (!names(d.ids, finding.rule)) continue;
    if (d.kind === 'disable-line' && d.line === line && !s.scan.commentLines.has(d.line)) return true;
    if (d.kind === 'disable-next-line' && nextContentLine(s.scan, d.line, lines.length) === line) return true;
  }
  if (blockDisabled(s.scan.directives, line, finding.rule)) return true;
  if (s.allowed.size > 0 && WORDING_RULES.has(finding.rule)) {
    const phrase = finding.data?.word ?? rangeText(lines, finding.range);
    if (s.allowed.has(phraseKey(phrase))) return true;
  }
  return false;
}

function overlaps(r: Range, d: Range): boolean {
  const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
  return before(r.start, d.end) && before(d.start, r.end);
}

/** True when the range touches a comment (a whole comment line, or a directive ending a line). */
function touchesComment(range: Range, scan: CommentScan): boolean {
  for (let l = range.start.line; l <= range.end.line; l++) if (scan.commentLines.has(l)) return true;
  return scan.directives.some((d) => (d.range.start.line === range.start.line || d.range.start.line === range.end.line) && overlaps(range, d.range));
}

/** A fix that would change a comment: dropped, so no fix (and no `lint --fix`) ever removes a directive. */
function keepsComments(fix: Fix, scan: CommentScan): boolean {
  return fix.edits.every((e) => !touchesComment(e.range, scan));
}

/**
 * The findings that stand: those inside a comment or silenced are dropped, and fixes that would
 * edit a comment are taken off the findings that remain.
 */
export function applySuppressions(findings: readonly Finding[], s: Suppressions, lines: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const start = f.range.start.line;
    if (start === f.range.end.line && s.scan.commentLines.has(start)) continue;
    if (isSuppressed(f, s, lines)) continue;
    // Comments first: reading `fixes` builds those a rule makes on read (analysis.ts), which a lint without comments need not.
    if (s.scan.directives.length + s.scan.commentLines.size > 0 && f.fixes) {
      const fixes = f.fixes.filter((x) => keepsComments(x, s.scan));
      if (fixes.length !== f.fixes.length) {
        const { fixes: _dropped, ...rest } = f;
        out.push(fixes.length ? { ...rest, fixes } : rest);
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

/** Hint findings for directive and front-matter rule ids that name no rule. */
export function unknownRuleFindings(s: Suppressions, lines: readonly string[], knownIds: ReadonlySet<string>, frontMatterDisableLine: number): Finding[] {
  const out: Finding[] = [];
  const hint = (id: string, line: number, from: number): void => {
    const text = lines[line] ?? '';
    const at = text.indexOf(id, from);
    const start = at >= 0 ? at : from;
    out.push({
      rule: 'unknown-rule',
      severity: 'hint',
      message: `Unknown rule '${id}': this ${line <= s.frontMatterEnd ? 'disable list' : 'directive'} names no Postwright rule, so it silences nothing.`,
      range: { start: { line, character: start }, end: { line, character: at >= 0 ? at + id.length : text.length } },
      kind: null,
    });
  };
  for (const d of s.scan.directives) for (const id of d.ids) if (!knownIds.has(id) || !RULE_ID.test(id)) hint(id, d.line, d.range.start.character);
  if (frontMatterDisableLine >= 0) for (const id of s.fileDisabled) if (!knownIds.has(id)) hint(id, frontMatterDisableLine, (lines[frontMatterDisableLine] ?? '').indexOf(':') + 1);
  return out;
}

/** The front matter's `disable:` line (-1 when there is none). */
export function disableLineOf(lines: readonly string[], frontMatter: { line: number; endLine: number } | null): number {
  if (!frontMatter) return -1;
  for (let l = frontMatter.line + 1; l < frontMatter.endLine; l++) {
    const t = lines[l]!.trim();
    const colon = t.indexOf(':');
    if (colon > 0 && t.slice(0, colon).trim().toLowerCase() === 'disable') return l;
  }
  return -1;
}
