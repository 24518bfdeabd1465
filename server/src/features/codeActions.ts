// Code actions: pure functions of the cached analysis and the request's diagnostics.
//   - one quickfix per fix of each diagnostic in range (the fixes travel in diagnostic.data, put
//     there by features/diagnostics.ts; findings of the cached analysis are the fallback);
//   - "Fix all <rule> problems" when a rule has more than one fixable finding;
//   - source.fixAll.postwright: every safe fix at once, no two edits overlapping.
// Snippet fixes (a missing section's template) become SnippetTextEdits for clients that support
// them in workspace edits (LSP 3.18 workspace.workspaceEdit.snippetEditSupport), else plain text
// with every placeholder at its default. A fix that inserts lines carries the client's reveal
// command when the client asked for it (features/revealInserted.ts says where the lines land).
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Posting, Range } from '../model/posting.ts';
import type { Finding, Fix, TextEdit } from '../rules/types.ts';
import { expandSnippet, hasSnippetSyntax } from '../facts/snippet.ts';
import { FIX_ALL_KIND, REVEAL_INSERTED_COMMAND, type RevealInsertedArgs } from '../protocol.ts';
import type { Suppressions } from '../suppression.ts';
import { rulesById } from '../rules/index.ts';
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
}

function sameRange(a: Range, b: Range): boolean {
  return cmp(a.start, b.start) === 0 && cmp(a.end, b.end) === 0;
}

function fixesOf(d: Diagnostic, input: CodeActionInput): DiagnosticFixes | null {
  const data = d.data as { rule?: unknown; fixes?: unknown } | undefined;
  const rule = typeof data?.rule === 'string' ? data.rule : typeof d.code === 'string' ? d.code : null;
  if (!rule) return null;
  if (data && Array.isArray(data.fixes)) {
    const fixes = data.fixes.filter((f): f is Fix => validFix(input.posting, f));
    return { rule, fixes };
  }
  // No data (a client that drops it): find the finding in the cached analysis.
  const f = input.findings.find((x) => x.rule === rule && sameRange(x.range, d.range) && x.message === d.message);
  return { rule, fixes: (f?.fixes ?? []).filter((x) => validFix(input.posting, x)) };
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

/** Code actions for a range. Pure; never throws. */
export function codeActions(input: CodeActionInput, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  try {
    return buildActions(input, diagnostics, options);
  } catch {
    return [];
  }
}

/** The same without the safety net, for tests that check nothing throws in the first place. */
export function buildActions(input: CodeActionInput, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const out: CodeAction[] = [];
  if (wants(options.only, CodeActionKind.QuickFix, true)) {
    const rulesInRange = new Map<string, Diagnostic[]>();
    // The "not here" actions come after every fix.
    const later: CodeAction[] = [];
    for (const d of diagnostics) {
      if (d.source !== undefined && d.source !== 'postwright') continue;
      const df = fixesOf(d, input);
      if (!df) continue;
      if (input.suppressions && rulesById.has(df.rule)) {
        const word = (d.data as { word?: unknown } | undefined)?.word;
        later.push(...suppressActions({ posting: input.posting, suppressions: input.suppressions }, d, df.rule, typeof word === 'string' ? word : undefined, options));
      }
      if (df.fixes.length === 0) continue;
      df.fixes.forEach((fix, i) => {
        const action: CodeAction = {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: workspaceEdit(fix, options),
        };
        if (i === 0) action.isPreferred = true;
        const block = options.revealInserted ? insertedBlock(fix) : null;
        if (block) {
          const args: RevealInsertedArgs = { uri: options.uri, ...block };
          action.command = { title: 'Show the inserted text', command: REVEAL_INSERTED_COMMAND, arguments: [args] };
        }
        out.push(action);
      });
      const list = rulesInRange.get(df.rule) ?? [];
      list.push(d);
      rulesInRange.set(df.rule, list);
    }
    for (const [rule, ds] of rulesInRange) {
      const fixes = firstFixes(input, (f) => f.rule === rule, false);
      if (fixes.length < 2) continue;
      const { edits } = mergeFixes(fixes);
      out.push({ title: `Fix all ${rule} problems`, kind: CodeActionKind.QuickFix, diagnostics: ds, edit: plainWorkspaceEdit(edits, options.uri) });
    }
    out.push(...later);
  }
  if (wants(options.only, FIX_ALL_KIND, false)) {
    const edits = fixAllEdits(input);
    if (edits.length > 0) out.push({ title: 'Fix all safe Postwright problems', kind: FIX_ALL_KIND, edit: plainWorkspaceEdit(edits, options.uri) });
  }
  return out;
}
