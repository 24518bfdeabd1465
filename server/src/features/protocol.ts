// Postwright's own LSP extensions: method names and parameter shapes shared by the client
// (client/src) and the server (server.ts). Types only plus string constants, so the client bundle
// does not pull in vscode-languageserver.

/** Client → server notification: the workspace trust state changed (VS Code onDidGrantWorkspaceTrust). */
export const TRUST_NOTIFICATION = 'postwright/trust';
export interface TrustParams {
  trusted: boolean;
}

/** What the client passes in `initialize`'s initializationOptions. All optional for other editors. */
export interface PostwrightInitializationOptions {
  /** True when the workspace is trusted: only then is `.postwright.json` read. Default false. */
  trusted?: boolean;
  /** Settings for clients that cannot answer workspace/configuration: the `postwright` section. */
  settings?: unknown;
}

/** Code action kind of "fix all safe Postwright problems" (editor.codeActionsOnSave). */
export const FIX_ALL_KIND = 'source.fixAll.postwright';

/** Custom requests other features add (registration points in server.ts). */
export const EXPORT_JSON_LD_REQUEST = 'postwright/exportJsonLd';
export const REPORT_REQUEST = 'postwright/report';

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
export const DOCS_BASE_URL = 'https://github.com/postwright/postwright/blob/main/';
