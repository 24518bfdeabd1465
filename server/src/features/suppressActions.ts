// The "not here" code actions on a finding: ignore it on this line (a disable-next-line directive
// above it), disable its rule in this file (front matter) or in this workspace (.postwright.json),
// allow the phrase (wording rules) and add a misspelt word to the dictionary. Pure: the caller
// passes the workspace file's text (or says there is none, or that it may not be touched).
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Posting, Range } from '../model/posting.ts';
import type { TextEdit } from '../rules/types.ts';
import { findingLine, rangeText, WORDING_RULES, disableLineOf, type Suppressions } from '../suppression.ts';
import { addWordChange, allowPhraseChange, configEdits, disableRuleChange, newConfigText, parseConfigText, type ConfigChange } from './workspaceConfigEdits.ts';

/** The workspace's .postwright.json as a code action may edit it. */
export interface WorkspaceConfigTarget {
  uri: string;
  /** The file's text, or null when there is no file yet. */
  text: string | null;
  /** The client can create files in a workspace edit (workspace.workspaceEdit.resourceOperations). */
  canCreate: boolean;
}

export interface SuppressActionOptions {
  uri: string;
  /** Absent in an untrusted workspace or without a workspace folder: no workspace-file actions then. */
  workspaceConfig?: WorkspaceConfigTarget | null;
}

/** The longest phrase an "Allow" action offers (longer ranges are sentences, not phrases). */
const MAX_PHRASE = 60;

function edit(uri: string, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits } };
}

function at(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

/** Where a new line may be inserted at the start of `line`: after a byte-order mark on line 0. */
function lineStart(posting: Posting, line: number): number {
  return line === 0 && posting.lines[0]?.startsWith('\uFEFF') ? 1 : 0;
}

/** "Ignore here":  a directive above the finding's line, or the rule added to the directive already there. */
function ignoreHere(posting: Posting, s: Suppressions, rule: string, range: Range): TextEdit[] | null {
  const line = findingLine({ range }, s.frontMatterEnd);
  if (line >= posting.lines.length) return null;
  const above = s.scan.directives.find((d) => d.kind === 'disable-next-line' && d.line === line - 1 && d.ids.length > 0);
  if (above) return [{ range: at(above.line, above.idsEnd), newText: `, ${rule}` }];
  const text = posting.lines[line]!;
  const from = lineStart(posting, line);
  const indent = text.slice(from, from + (text.slice(from).length - text.slice(from).trimStart().length));
  return [{ range: at(line, from), newText: `${indent}// postwright-disable-next-line ${rule}${posting.eol}` }];
}

/** "Disable in this file": the rule added to the front matter's disable list, creating either as needed. */
function disableInFile(posting: Posting, s: Suppressions, rule: string): TextEdit[] | null {
  if (s.fileDisabled.has(rule)) return null;
  const fm = posting.frontMatter;
  const eol = posting.eol;
  if (!fm) {
    if (posting.lines[0]?.trim() === '---') return null; // a fence the parser did not take as front matter: leave it alone
    return [{ range: at(0, lineStart(posting, 0)), newText: `---${eol}disable: [${rule}]${eol}---${eol}` }];
  }
  const line = disableLineOf(posting.lines, fm);
  if (line < 0) return [{ range: at(fm.endLine, 0), newText: `disable: [${rule}]${eol}` }];
  const text = posting.lines[line]!;
  const valueStart = text.indexOf(':') + 1;
  const close = text.lastIndexOf(']');
  if (close > valueStart) {
    const inside = text.slice(text.indexOf('[', valueStart) + 1, close);
    return [{ range: at(line, close), newText: inside.trim() ? `, ${rule}` : rule }];
  }
  const end = text.trimEnd().length;
  return [{ range: at(line, end), newText: end > valueStart && text.slice(valueStart).trim() ? `, ${rule}` : ` [${rule}]` }];
}

/** A workspace edit making one change to .postwright.json, creating the file when there is none. */
function configEdit(target: WorkspaceConfigTarget, change: (config: Record<string, unknown>) => ConfigChange | null): WorkspaceEdit | null {
  if (target.text === null) {
    if (!target.canCreate) return null;
    const c = change({});
    if (!c) return null;
    return {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { overwrite: false, ignoreIfExists: false } },
        { textDocument: { uri: target.uri, version: null }, edits: [{ range: at(0, 0), newText: newConfigText(c.path, c.value) }] },
      ],
    };
  }
  const config = parseConfigText(target.text);
  if (!config) return null; // not valid JSON: editing it could make things worse
  const c = change(config);
  if (!c) return null;
  return edit(target.uri, configEdits(target.text, c));
}

/**
 * The "not here" actions for one diagnostic of `rule`. `range` is the finding's (null when neither
 * the finding nor the client's diagnostic gives one: then only the actions that need no place).
 */
export function suppressActions(
  input: { posting: Posting; suppressions: Suppressions },
  d: Diagnostic,
  finding: { rule: string; range: Range | null; word: string | undefined },
  options: SuppressActionOptions,
): CodeAction[] {
  const out: CodeAction[] = [];
  const push = (title: string, e: WorkspaceEdit | null): void => {
    if (e) out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: e });
  };
  const { posting, suppressions: s } = input;
  const { rule, range, word } = finding;
  const here = range && ignoreHere(posting, s, rule, range);
  push(`Ignore ${rule} here`, here && edit(options.uri, here));
  const file = disableInFile(posting, s, rule);
  push(`Disable ${rule} in this file`, file && edit(options.uri, file));
  const target = options.workspaceConfig;
  if (!target) return out;
  push(`Disable ${rule} in this workspace`, configEdit(target, (c) => disableRuleChange(c, rule)));
  if (WORDING_RULES.has(rule) && range && range.start.line === range.end.line) {
    const phrase = (word ?? rangeText(posting.lines, range)).trim();
    if (phrase && phrase.length <= MAX_PHRASE) push(`Allow '${phrase}' in this workspace`, configEdit(target, (c) => allowPhraseChange(c, phrase)));
  }
  if (rule === 'spelling' && word) push(`Add '${word}' to the dictionary`, configEdit(target, (c) => addWordChange(c, word)));
  return out;
}
