// Postwright's own LSP extensions, declared once for both ends: the client (client/src) sends
// these typed requests and notifications and the server (server/src/lsp) handles them. Method
// names live here and nowhere else (test/unit/protocol-methods.test.ts checks that).
//
// Only types and vscode-jsonrpc's RequestType/NotificationType, so the client bundle pulls in no
// server code.
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ExportParams, ExportResult, ReportParams } from './export/index.ts';
import type { ReportData } from './report/model.ts';

// ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────

/** What the client passes in `initialize`'s initializationOptions. All optional for other editors. */
export interface PostwrightInitializationOptions {
  /** True when the workspace is trusted: only then is `.postwright.json` read. Default false. */
  trusted?: boolean;
  /** Settings for clients that cannot answer workspace/configuration: the `postwright` section. */
  settings?: unknown;
  /** More language ids to analyse besides job-posting and its aliases. */
  languageIds?: unknown;
  /**
   * True when the client runs REVEAL_INSERTED_COMMAND itself: quick fixes that insert a block then
   * carry it as their command, which an editor runs after applying the edit.
   */
  revealInserted?: boolean;
}

export interface TrustParams {
  trusted: boolean;
}
/** Client → server: the workspace trust state changed (VS Code onDidGrantWorkspaceTrust). */
export const TrustNotification = new NotificationType<TrustParams>('postwright/trust');

// ── Export and report ───────────────────────────────────────────────────────────────────────────

export type { ExportParams, ExportResult, ReportParams };
export type ReportResult = ReportData & { uri: string; version: number };

/** Client → server: the posting as JSON-LD, an HTML page or Markdown; null when not analysable. */
export const ExportRequest = new RequestType<ExportParams, ExportResult | null, void>('postwright/exportJsonLd');
/** Client → server: the posting report (the webview and the status bar); null when not analysable. */
export const ReportRequest = new RequestType<ReportParams, ReportResult | null, void>('postwright/report');

// ── Templates ("New Posting from Template", "Insert Section…") ─────────────────────────────────

export interface TemplatesParams {
  /** The active posting, if any: its detected profile is listed first. */
  textDocument?: { uri: string };
}
export interface TemplatesResult {
  profiles: Array<{ id: string; name: string }>;
  /** Every role family (facts/roles.ts order); the optional fields are additions older clients ignore. */
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

/** Client → server: the profiles and role families to choose from. */
export const TemplatesRequest = new RequestType<TemplatesParams, TemplatesResult, void>('postwright/templates');

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
/** Client → server: a whole posting for a profile and role family, as a snippet. */
export const SkeletonRequest = new RequestType<SkeletonParams, SkeletonResult | null, void>('postwright/skeleton');

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
/** Client → server: the section kinds of a posting, missing ones first. */
export const SectionsRequest = new RequestType<SectionsParams, SectionsResult | null, void>('postwright/sections');

export interface SectionInsertParams {
  textDocument: { uri: string };
  kind: string;
}
export interface SectionInsertResult {
  position: { line: number; character: number };
  snippet: string;
  text: string;
}
/** Client → server: where and what to insert for a section kind (at its canonical place). */
export const SectionInsertRequest = new RequestType<SectionInsertParams, SectionInsertResult | null, void>('postwright/sectionInsert');

// ── Diagnostics and code actions ────────────────────────────────────────────────────────────────

/** Code action kind of "fix all safe Postwright problems" (editor.codeActionsOnSave). */
export const FIX_ALL_KIND = 'source.fixAll.postwright';

/**
 * Client command a quick fix that inserts lines carries (when the client asked for it): select
 * `selection` unless the cursor is already inside the inserted text (an editor that inserted the
 * snippet put it on the first placeholder), then scroll the lines and the cursor into view.
 */
export const REVEAL_INSERTED_COMMAND = 'postwright.revealInserted';
export interface RevealInsertedArgs {
  uri: string;
  /** Where the inserted text starts and the line it ends on, in the document after the edit. */
  start: { line: number; character: number };
  lastLine: number;
  /** The first placeholder's default text, or an empty range at the first line with a word. */
  selection: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/**
 * The command a code action becomes for a client that takes only Command[] from textDocument/codeAction
 * (no codeActionLiteralSupport): its one argument is the WorkspaceEdit, which the server sends back
 * with workspace/applyEdit when the client executes it.
 */
export const APPLY_EDIT_COMMAND = 'postwright.applyWorkspaceEdit';

/** What a diagnostic's `data` carries, so code actions need no re-analysis. */
export interface DiagnosticData {
  rule: string;
  kind: string | null;
  fixes: Array<{
    title: string;
    edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>;
    snippet?: boolean;
    safe?: boolean;
  }>;
  /** spelling: the unknown word, for an "Add to dictionary" code action. */
  word?: string;
}

/** The base of the link on every diagnostic's code (codeDescription.href). */
// ── Check All Postings ─────────────────────────────────────────────────────────────────────────

export interface CheckPostingParams {
  /** The posting's uri (its settings and .postwright.json are those of this resource). */
  uri: string;
  /** Its text, read by the client (any file system, virtual ones included). */
  text: string;
}
export interface CheckPostingResult {
  diagnostics: Diagnostic[];
}
/** Client → server: the diagnostics of a posting that is not open, for the workspace-wide check. */
export const CheckPostingRequest = new RequestType<CheckPostingParams, CheckPostingResult | null, void>('postwright/checkPosting');

/** The code of the one diagnostic a blank posting gets: an invitation to start from a template (the client offers the command). */
export const BLANK_POSTING_CODE = 'start-from-template';

export const DOCS_BASE_URL = 'https://github.com/postwright/postwright/blob/main/';
