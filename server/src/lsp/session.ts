// One language-server session: everything the server knows between `initialize` and `exit` —
// the open documents, the analysis cache, what the client can do, and the services for settings
// and diagnostics scheduling. Handlers (lsp/handlers/*) receive the session; nothing is kept at
// module level, so a test can run several sessions in one process.
import { TextDocuments, type CancellationToken, type Connection, type Diagnostic, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../analysis.ts';
import { IncrementalParser } from '../model/reparse.ts';
import { RuleResults } from '../ruleResults.ts';
import { AnalysisCache } from '../features/cache.ts';
import { blankPostingDiagnostic, notAnalysedDiagnostic, toDiagnostics } from '../features/diagnostics.ts';
import { notAnalysableReason } from '../features/guard.ts';
import type { Posting } from '../model/posting.ts';
import { rulesById } from '../rules/index.ts';
import { BUILTIN_TEMPLATES, type Templates } from '../templates/index.ts';
import { Configuration } from './configuration.ts';
import { DiagnosticScheduler } from './diagnostics.ts';
import { EditedDocuments } from './editedDocument.ts';
import { guardNotification, guardRequest, Log, type GuardedRequest } from './guards.ts';

/** What was decided in `initialize` from the client's capabilities. */
export interface ClientSupport {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configurationPull: boolean;
  configurationDynamic: boolean;
  watchedFilesDynamic: boolean;
  workspaceFolders: boolean;
  hierarchicalSymbols: boolean;
  hoverMarkdown: boolean;
  foldingRangeLimit: number | undefined;
  completionSnippets: boolean;
  completionMarkdown: boolean;
  snippetEdits: boolean;
  /** The client can create a file inside a workspace edit (resourceOperations includes 'create'). */
  createFiles: boolean;
  /** The client runs REVEAL_INSERTED_COMMAND (initializationOptions.revealInserted). */
  revealInserted: boolean;
  /** textDocument/codeAction may answer CodeAction literals (else only Commands). */
  codeActionLiterals: boolean;
  /** The client applies workspace/applyEdit requests. */
  applyEdit: boolean;
  /** Completion items may carry labelDetails (else the description goes into detail). */
  completionLabelDetails: boolean;
}

export type Entry = { analysis: Analysis; reason?: undefined } | { analysis?: undefined; reason: string };

export class Session {
  /** Open documents; an edit joins the text only when it is read (editedDocument.ts). */
  readonly documents = new TextDocuments(EditedDocuments);
  readonly log: Log;
  readonly client: ClientSupport = {
    pullDiagnostics: false,
    diagnosticRefresh: false,
    configurationPull: false,
    configurationDynamic: false,
    watchedFilesDynamic: false,
    workspaceFolders: false,
    hierarchicalSymbols: false,
    hoverMarkdown: true,
    foldingRangeLimit: undefined,
    completionSnippets: false,
    completionMarkdown: true,
    snippetEdits: false,
    createFiles: false,
    revealInserted: false,
    codeActionLiterals: true,
    applyEdit: false,
    completionLabelDetails: true,
  };
  /** Language ids this server analyses (extended by initializationOptions.languageIds). */
  readonly languageIds = new Set(['job-posting', 'posting', 'jobposting', 'job_posting']);
  readonly cache = new AnalysisCache<Entry>();
  /**
   * Each open document's parser and rule results: after an edit it parses again only around the
   * edit and keeps the rest of the previous version's parse (model/reparse.ts; the same posting a
   * whole parse gives), and the rules that declare a line or section scope run again only on the
   * regions the edit changed (ruleResults.ts; the same findings). Dropped when the document closes.
   */
  readonly editing = new Map<string, { parser: IncrementalParser; ruleResults: RuleResults }>();
  readonly rulesById = rulesById;
  readonly config: Configuration;
  readonly diagnostics: DiagnosticScheduler;
  /**
   * The template library analyses, completions and the template requests use: the built-in one,
   * with the writer's learned layer once background learning installs it (config.learning).
   * postwright.templates.paths is a window setting, so one library serves every folder.
   */
  templates: Templates = BUILTIN_TEMPLATES;

  constructor(
    readonly connection: Connection,
    readonly version: string,
  ) {
    this.log = new Log(connection);
    this.config = new Configuration(this);
    this.diagnostics = new DiagnosticScheduler(this);
  }

  /** A request handler wrapped so that it can neither throw nor ignore cancellation. */
  request<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>): GuardedRequest<P, R> {
    return guardRequest(this.log, name, fallback, handler);
  }

  notification<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
    return guardNotification(this.log, name, handler);
  }

  accepts(doc: TextDocument): boolean {
    return this.languageIds.has(doc.languageId) || doc.uri.toLowerCase().endsWith('.posting');
  }

  /** The open, analysable document named by `params.textDocument.uri`, else null. */
  documentOf(params: unknown): TextDocument | null {
    const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
    return this.documentAt(uri);
  }

  /** The open, analysable document with this uri, else null. */
  documentAt(uri: unknown): TextDocument | null {
    if (typeof uri !== 'string') return null;
    const doc = this.documents.get(uri);
    return doc && this.accepts(doc) ? doc : null;
  }

  /**
   * The document of `params` once its settings are known (settings are per resource and are asked
   * of the client asynchronously; an analysis made before would be cached with the wrong ones).
   */
  async readyDocumentOf(params: unknown): Promise<TextDocument | null> {
    const doc = this.documentOf(params);
    if (!doc) return null;
    await this.config.settingsFor(doc.uri);
    return this.documentOf(params);
  }

  /** The cached analysis of the document's current version, computed on first use. */
  entryFor(doc: TextDocument): Entry {
    return this.cache.get(doc.uri, doc.version, () => {
      const text = doc.getText();
      const reason = notAnalysableReason(text);
      if (reason) return { reason };
      try {
        let editing = this.editing.get(doc.uri);
        if (!editing) this.editing.set(doc.uri, (editing = { parser: new IncrementalParser(), ruleResults: new RuleResults() }));
        const { parser, ruleResults } = editing;
        return { analysis: analyze(text, { ...this.config.optionsFor(doc.uri), parse: (blanked) => parser.parse(blanked), ruleResults }) };
      } catch (error) {
        this.log.error(`postwright: analysis of ${doc.uri} failed`, error);
        return { reason: 'internal error while analysing (see the Postwright output)' };
      }
    });
  }

  postingOf(doc: TextDocument): Posting | null {
    return this.entryFor(doc).analysis?.posting ?? null;
  }

  diagnosticsOf(doc: TextDocument, token?: CancellationToken): Diagnostic[] | null {
    const entry = this.entryFor(doc);
    if (token?.isCancellationRequested) return null;
    return this.diagnosticsOfEntry(entry, doc.uri);
  }

  /** The diagnostics of a posting that is not open (Check All Postings): analysed, never cached. */
  async diagnosticsOfText(uri: string, text: string): Promise<Diagnostic[]> {
    await this.config.settingsFor(uri);
    const reason = notAnalysableReason(text);
    if (reason) return this.diagnosticsOfEntry({ reason }, uri);
    return this.diagnosticsOfEntry({ analysis: analyze(text, this.config.optionsFor(uri)) }, uri);
  }

  private diagnosticsOfEntry(entry: Entry, uri: string): Diagnostic[] {
    if (!entry.analysis) return [notAnalysedDiagnostic(entry.reason)];
    if (entry.analysis.posting.lines.every((l) => l.trim() === '')) return [blankPostingDiagnostic()];
    return toDiagnostics(entry.analysis.findings, this.rulesById, uri);
  }
}

/** A client position made safe: numbers checked, line and character clamped into the document. */
export function clampPosition(posting: Posting, position: unknown): Position | null {
  const p = position as { line?: unknown; character?: unknown } | null | undefined;
  if (!p || typeof p.line !== 'number' || typeof p.character !== 'number' || !Number.isFinite(p.line) || !Number.isFinite(p.character)) {
    return null;
  }
  const lastLine = Math.max(0, posting.lines.length - 1);
  const line = Math.min(Math.max(0, Math.floor(p.line)), lastLine);
  const character = Math.min(Math.max(0, Math.floor(p.character)), (posting.lines[line] ?? '').length);
  return { line, character };
}
