// Code actions: pure functions of the cached analysis and the request's diagnostics.
//   - one quickfix per fix of each diagnostic in range (the fixes travel in diagnostic.data, put
//     there by features/diagnostics.ts; findings of the cached analysis are the fallback);
//   - "Fix all <rule> problems" when a rule has more than one fixable finding;
//   - source.fixAll.postwright: every safe fix at once, no two edits overlapping.
// Snippet fixes (a missing section's template) become SnippetTextEdits for clients that support
// them in workspace edits (LSP 3.18 workspace.workspaceEdit.snippetEditSupport), else plain text
// with every placeholder at its default. A fix that inserts lines carries the client's reveal
// command when the client asked for it (features/revealInserted.ts says where the lines land).
import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Posting, Range } from '../model/posting.ts';
import type { Finding, Fix, TextEdit } from '../rules/types.ts';
import { expandSnippet, hasSnippetSyntax } from '../facts/snippet.ts';
import { FIX_ALL_KIND, REVEAL_INSERTED_COMMAND, type RevealInsertedArgs } from '../protocol.ts';
import type { Suppressions } from '../suppression.ts';
import { rulesById } from '../rules/index.ts';
import { findingOfDiagnostic, ruleOfDiagnostic, validRange } from './diagnosticFinding.ts';
import { suppressActions, type WorkspaceConfigTarget } from './suppressActions.ts';
import { insertedBlock } from './revealInserted.ts';

export { FIX_ALL_KIND };

/** The code action kinds this server offers (for the codeActionProvider capability). */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** The parts of an Analysis code actions read. */
export interface CodeActionInput {
  posting: Posting;
  findings: readonly Finding[];
  /** Comments, directives and disable lists (the "Ignore here" and "Disable" actions need them). */
  suppressions?: Suppressions;
}

export interface CodeActionOptions {
  uri: string;
  /** The document version the analysis is for (used in versioned snippet edits). */
  version?: number | null;
  /** The client applies SnippetTextEdits inside workspace edits. */
  snippetEdits?: boolean;
  /** context.only: the kinds the client asks for (prefix match, as LSP defines). */
  only?: readonly string[];
  /** The workspace's .postwright.json; absent when untrusted or without a workspace folder. */
  workspaceConfig?: WorkspaceConfigTarget | null;
  /** The client runs REVEAL_INSERTED_COMMAND: a fix that inserts lines carries it. */
  revealInserted?: boolean;
  /** Told of an error in one diagnostic's actions (the others are still answered). */
  onError?: (error: unknown) => void;
}

// ---------------------------------------------------------------------------------------------
// Edits

function cmp(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

function isEmpty(r: Range): boolean {
  return cmp(r.start, r.end) === 0;
}

/** True when two edits cannot both apply (inserts at the same point can: array order decides). */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  const ea = isEmpty(a.range);
  const eb = isEmpty(b.range);
  if (ea && eb) return false;
  if (ea) return cmp(b.range.start, a.range.start) < 0 && cmp(a.range.start, b.range.end) < 0;
  if (eb) return cmp(a.range.start, b.range.start) < 0 && cmp(b.range.start, a.range.end) < 0;
  return cmp(a.range.start, b.range.end) < 0 && cmp(b.range.start, a.range.end) < 0;
}

/** True when the edit's range lies inside the document. */
export function editInDocument(posting: Posting, edit: TextEdit): boolean {
  const { start, end } = edit.range;
  const ok = (p: { line: number; character: number }): boolean =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < posting.lines.length && p.character >= 0 && p.character <= posting.lines[p.line]!.length;
  return ok(start) && ok(end) && cmp(start, end) <= 0 && typeof edit.newText === 'string';
}

function validFix(posting: Posting, fix: unknown): fix is Fix {
  if (!fix || typeof fix !== 'object') return false;
  const f = fix as Fix;
  if (typeof f.title !== 'string' || !Array.isArray(f.edits) || f.edits.length === 0) return false;
  if (!f.edits.every((e) => e && typeof e === 'object' && e.range && editInDocument(posting, e))) return false;
  for (let i = 0; i < f.edits.length; i++) for (let j = i + 1; j < f.edits.length; j++) if (editsConflict(f.edits[i]!, f.edits[j]!)) return false;
  return true;
}

/** The fix's edits as plain text (snippet placeholders at their defaults). */
export function plainEdits(fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: e.range, newText: fix.snippet ? expandSnippet(e.newText) : e.newText }));
}

/**
 * Merges fixes into one edit list with no overlapping edits: fixes are taken in order and a fix is
 * skipped whole when any of its edits conflicts with one already taken. Returns the edits sorted by
 * position (inserts at one point keep the order of their fixes) and the fixes taken.
 */
export function mergeFixes(fixes: readonly Fix[]): { edits: TextEdit[]; taken: Fix[] } {
  const edits: Array<TextEdit & { seq: number }> = [];
  const taken: Fix[] = [];
  let seq = 0;
  for (const fix of fixes) {
    const plain = plainEdits(fix);
    if (plain.some((e) => edits.some((t) => editsConflict(t, e)))) continue;
    for (const e of plain) edits.push({ ...e, seq: seq++ });
    taken.push(fix);
  }
  edits.sort((a, b) => cmp(a.range.start, b.range.start) || cmp(a.range.end, b.range.end) || a.seq - b.seq);
  return { edits: edits.map(({ range, newText }) => ({ range, newText })), taken };
}

/** Applies non-overlapping LSP text edits to a text (the same way an editor would). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  const lineEnd = (line: number): number => {
    if (line + 1 < starts.length) {
      let e = starts[line + 1]!;
      if (text.charCodeAt(e - 1) === 10) e--;
      if (text.charCodeAt(e - 1) === 13) e--;
      return e;
    }
    return text.length;
  };
  const offset = (p: { line: number; character: number }): number => {
    if (p.line < 0) return 0;
    if (p.line >= starts.length) return text.length;
    return Math.min(starts[p.line]! + p.character, lineEnd(p.line));
  };
  const sorted = edits.map((e, i) => ({ s: offset(e.range.start), e: offset(e.range.end), t: e.newText, i })).sort((a, b) => a.s - b.s || a.e - b.e || a.i - b.i);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.s < at) throw new Error('applyTextEdits: overlapping edits');
    out += text.slice(at, e.s) + e.t;
    at = e.e;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------------------------------------
// Workspace edits

function workspaceEdit(fix: Fix, options: CodeActionOptions): WorkspaceEdit {
  if (fix.snippet && options.snippetEdits && fix.edits.some((e) => hasSnippetSyntax(e.newText))) {
    return {
      documentChanges: [
        {
          textDocument: { uri: options.uri, version: options.version ?? null },
          edits: fix.edits.map((e) =>
            hasSnippetSyntax(e.newText) ? { range: e.range, snippet: { kind: 'snippet', value: e.newText } } : { range: e.range, newText: expandSnippet(e.newText) },
          ),
        },
      ],
    };
  }
  return { changes: { [options.uri]: plainEdits(fix) as LspTextEdit[] } };
}

function plainWorkspaceEdit(edits: readonly TextEdit[], uri: string): WorkspaceEdit {
  return { changes: { [uri]: edits.map((e) => ({ range: e.range, newText: e.newText })) } };
}

// ---------------------------------------------------------------------------------------------
// Matching diagnostics to findings

interface DiagnosticFixes {
  rule: string;
  fixes: Fix[];
  /** The finding's own range (the client's echo may count columns differently), else the echo's if well-formed. */
  range: Range | null;
  /** The word a spelling finding is about. */
  word: string | undefined;
}

/**
 * The rule, fixes, range and word of a diagnostic the client sent back. The finding in the current
 * analysis decides when it can be found (its fixes are for the text as it is now); the fixes in
 * `data` are the fallback for a diagnostic that matches no finding.
 */
function fixesOf(d: Diagnostic, input: CodeActionInput): DiagnosticFixes | null {
  const rule = ruleOfDiagnostic(d);
  if (!rule) return null;
  const data = d.data as { fixes?: unknown; word?: unknown } | undefined;
  const finding = findingOfDiagnostic(d, rule, input.findings);
  const candidates: unknown[] = finding ? (finding.fixes ?? []) : Array.isArray(data?.fixes) ? data.fixes : [];
  const word = finding ? finding.data?.word : typeof data?.word === 'string' ? data.word : undefined;
  return { rule, fixes: candidates.filter((f): f is Fix => validFix(input.posting, f)), range: finding?.range ?? validRange(d.range), word };
}

function wants(only: readonly string[] | undefined, kind: string, defaultWanted: boolean): boolean {
  if (!only || only.length === 0) return defaultWanted;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** The first valid fix of each finding of a rule (or of all rules), in document order. */
function firstFixes(input: CodeActionInput, pick: (f: Finding) => boolean, safeOnly: boolean): Fix[] {
  const out: Fix[] = [];
  for (const f of input.findings) {
    if (!pick(f) || !f.fixes) continue;
    const fix = f.fixes.find((x) => (!safeOnly || x.safe === true) && validFix(input.posting, x));
    if (fix) out.push(fix);
  }
  return out;
}

/** The fixes source.fixAll.postwright considers: the first valid safe fix of each finding. */
export function safeFixes(input: CodeActionInput): Fix[] {
  return firstFixes(input, () => true, true);
}

/** The edits of source.fixAll.postwright: every safe fix, non-overlapping, as plain text. */
export function fixAllEdits(input: CodeActionInput): TextEdit[] {
  return mergeFixes(safeFixes(input)).edits;
}

/** The actions as Commands for a client without code action literals: `command` applies the edit. */
export function asCommands(actions: readonly CodeAction[], command: string): Command[] {
  return actions.filter((a) => a.edit).map((a) => ({ title: a.title, command, arguments: [a.edit] }));
}

/** Code actions for a range. Pure; never throws (a diagnostic that breaks is skipped and reported to options.onError). */
export function codeActions(input: CodeActionInput, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  try {
    return buildActions(input, diagnostics, { ...options, onError: options.onError ?? (() => undefined) });
  } catch (error) {
    options.onError?.(error);
    return [];
  }
}

/** The quick fixes and the "not here" actions of one diagnostic the client sent. */
function diagnosticActions(d: Diagnostic, input: CodeActionInput, options: CodeActionOptions): { rule: string; fixes: CodeAction[]; later: CodeAction[] } | null {
  if (!d || typeof d !== 'object' || (d.source !== undefined && d.source !== 'postwright')) return null;
  const df = fixesOf(d, input);
  if (!df) return null;
  // Echo a well-formed diagnostic: a client that left out the range gets the finding's.
  const echo: Diagnostic = validRange(d.range) || !df.range ? d : { ...d, range: df.range };
  const later = input.suppressions && rulesById.has(df.rule) ? suppressActions({ posting: input.posting, suppressions: input.suppressions }, echo, df, options) : [];
  const fixes = df.fixes.map((fix, i): CodeAction => {
    const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [echo], edit: workspaceEdit(fix, options) };
    if (i === 0) action.isPreferred = true;
    const block = options.revealInserted ? insertedBlock(fix) : null;
    if (block) {
      const args: RevealInsertedArgs = { uri: options.uri, ...block };
      action.command = { title: 'Show the inserted text', command: REVEAL_INSERTED_COMMAND, arguments: [args] };
    }
    return action;
  });
  return { rule: df.rule, fixes, later };
}

/**
 * The same without the outer safety net, for tests that check nothing throws in the first place.
 * With options.onError, a diagnostic whose actions throw is reported and skipped, not the request.
 */
export function buildActions(input: CodeActionInput, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const out: CodeAction[] = [];
  if (wants(options.only, CodeActionKind.QuickFix, true)) {
    const rulesInRange = new Map<string, Diagnostic[]>();
    // The "not here" actions come after every fix.
    const later: CodeAction[] = [];
    for (const d of diagnostics) {
      let actions: ReturnType<typeof diagnosticActions>;
      try {
        actions = diagnosticActions(d, input, options);
      } catch (error) {
        if (!options.onError) throw error;
        options.onError(error);
        continue;
      }
      if (!actions) continue;
      later.push(...actions.later);
      if (actions.fixes.length === 0) continue;
      out.push(...actions.fixes);
      const list = rulesInRange.get(actions.rule) ?? [];
      list.push(actions.fixes[0]!.diagnostics![0]!);
      rulesInRange.set(actions.rule, list);
    }
    for (const [rule, ds] of rulesInRange) {
      const fixes = firstFixes(input, (f) => f.rule === rule, false);
      if (fixes.length < 2) continue;
      const { edits } = mergeFixes(fixes);
      out.push({ title: `Fix all ${rule} problems`, kind: CodeActionKind.QuickFix, diagnostics: ds, edit: plainWorkspaceEdit(edits, options.uri) });
    }
    // Several findings of one rule on a line would each offer the same "Ignore here": offer it once.
    const seen = new Set<string>();
    for (const action of later) {
      const key = action.title + JSON.stringify(action.edit);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(action);
    }
  }
  if (wants(options.only, FIX_ALL_KIND, false)) {
    const edits = fixAllEdits(input);
    if (edits.length > 0) out.push({ title: 'Fix all safe Postwright problems', kind: FIX_ALL_KIND, edit: plainWorkspaceEdit(edits, options.uri) });
  }
  return out;
}
