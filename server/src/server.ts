// The Postwright language server: the only module that knows the connection. It wires LSP
// messages to the pure services (analysis, features/*) and owns the policy around them: which
// transport, how settings and the workspace .postwright.json are read, when diagnostics are
// computed (pull, or pushed after a short debounce — never both), and that no handler can crash
// the process.
//
// Transports: started by the VS Code client over IPC (`--node-ipc`, passed by vscode-languageclient);
// `--stdio` for other editors (the default when no transport is given); `--socket=PORT` and
// `--pipe=NAME` as vscode-languageserver supports them.
//
// Adding a feature: write the pure service in server/src/features/<name>.ts, then add an entry to
// the `features` table below (capabilities + handler registration). The table has marked
// registration points for completion, code actions (incl. source.fixAll.postwright), executeCommand
// and the custom requests postwright/exportJsonLd and postwright/report.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../../package.json';
import { analyze, type Analysis, type AnalysisOptions } from './analysis.ts';
import { AnalysisCache } from './features/cache.ts';
import { notAnalysedDiagnostic, toDiagnostics } from './features/diagnostics.ts';
import { foldingRanges } from './features/folding.ts';
import { notAnalysableReason } from './features/guard.ts';
import { hover } from './features/hover.ts';
import { TRUST_NOTIFICATION, type PostwrightInitializationOptions, type TrustParams } from './features/protocol.ts';
import { documentSymbols, flatSymbols } from './features/symbols.ts';
import { EXPORT_FORMATS, exportPosting, type ExportFormat, type ExportParams, type ExportResult, type ReportParams } from './export/index.ts';
import { EXPORT_JSON_LD_REQUEST, REPORT_REQUEST } from './features/protocol.ts';
import { buildReport, type ReportData } from './report/model.ts';
import type { Posting } from './model/posting.ts';
import { rules } from './rules/index.ts';
import { readSettings, readWorkspaceConfigFile, type WorkspaceConfig } from './settings.ts';
// Completion, code actions and templates (issue 4).
import { complete, COMPLETION_TRIGGER_CHARACTERS } from './features/completion.ts';
import { codeActions, CODE_ACTION_KINDS } from './features/codeActions.ts';
import { expandSnippet } from './features/snippet.ts';
import { allProfiles, findProfile } from './profiles/index.ts';
import type { SectionKind } from './model/posting.ts';
import { roleFamilies, setUserLibrary, skeletonFor } from './templates/index.ts';
import { sectionChoices, sectionInsertion } from './templates/insert.ts';
import { loadTemplateFolders, templatePathsOf } from './templates/loader.ts';
import { localToday } from './templates/render.ts';
import {
  SECTION_INSERT_REQUEST,
  SECTIONS_REQUEST,
  SKELETON_REQUEST,
  TEMPLATES_REQUEST,
  type SectionInsertParams,
  type SectionInsertResult,
  type SectionsParams,
  type SectionsResult,
  type SkeletonParams,
  type SkeletonResult,
  type TemplatesParams,
  type TemplatesResult,
} from './templates/protocol.ts';

const VERSION: string = (packageJson as { version?: string }).version ?? '0.0.0';

// ── Command line ────────────────────────────────────────────────────────────────────────────────

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const argv = process.argv.slice(2);
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(
    [
      `postwright-language-server ${VERSION}`,
      '',
      'Usage: postwright-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]',
      '',
      'Speaks the Language Server Protocol for job postings (*.posting). Standard input/output is',
      'the default transport. Pass initializationOptions {"trusted": true} to let the server read',
      'the workspace .postwright.json; settings come from workspace/configuration (section',
      '"postwright"), or from initializationOptions.settings for clients that cannot answer it.',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
if (!argv.some((a) => TRANSPORT_FLAGS.some((flag) => a === flag || a.startsWith(`${flag}=`)))) {
  // Forked with an IPC channel (but without the flag): use it; otherwise standard input/output.
  process.argv.push(typeof process.send === 'function' ? '--node-ipc' : '--stdio');
}

// ── Connection and state ────────────────────────────────────────────────────────────────────────

const connection: Connection = createConnection();
const documents = new TextDocuments(TextDocument);

/** What was decided in `initialize` from the client's capabilities. */
const client = {
  pullDiagnostics: false,
  diagnosticRefresh: false,
  configurationPull: false,
  configurationDynamic: false,
  watchedFilesDynamic: false,
  workspaceFolders: false,
  hierarchicalSymbols: false,
  hoverMarkdown: true,
  foldingRangeLimit: undefined as number | undefined,
};

/** Language ids this server analyses (extended by initializationOptions.languageIds). */
const languageIds = new Set(['job-posting', 'posting', 'jobposting', 'job_posting']);
let trusted = false;
let folders: string[] = [];
/** Settings pushed by clients that cannot answer workspace/configuration. */
let pushedSettings: unknown = undefined;
let baseOptions: AnalysisOptions = {};
/** Workspace folder URI → its .postwright.json (null when absent or unreadable). */
const workspaceConfigs = new Map<string, WorkspaceConfig | null>();
/** Origin → the problems last reported from it (so each is shown once). */
const shownProblems = new Map<string, Set<string>>();
const rulesById = new Map(rules.map((r) => [r.id, r]));

type Entry = { analysis: Analysis; reason?: undefined } | { analysis?: undefined; reason: string };
const cache = new AnalysisCache<Entry>();

// ── Logging and guards ──────────────────────────────────────────────────────────────────────────

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

const log = {
  info: (message: string) => connection.console.info(message),
  warn: (message: string) => connection.console.warn(message),
  error: (message: string, error?: unknown) =>
    connection.console.error(error === undefined ? message : `${message}: ${describe(error)}`),
};

const cancelled = () => new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'Request cancelled');

/**
 * Wraps a request handler: a cancelled request gets RequestCancelled, an exception is logged and
 * answered with `fallback` (an empty result), so no request can take the server down.
 */
function request<P, R>(
  name: string,
  fallback: R,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<never>> {
  return async (params, token) => {
    if (token?.isCancellationRequested) return cancelled();
    try {
      const result = await handler(params, token);
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (error) {
      if (error instanceof ResponseError) return error as ResponseError<never>;
      log.error(`postwright: ${name} failed`, error);
      return fallback;
    }
  };
}

/** Wraps a notification handler: exceptions (sync or async) are logged, never thrown. */
function notification<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const result = handler(params);
      if (result && typeof (result as Promise<void>).catch === 'function') {
        (result as Promise<void>).catch((error: unknown) => log.error(`postwright: ${name} failed`, error));
      }
    } catch (error) {
      log.error(`postwright: ${name} failed`, error);
    }
  };
}

// Last line of defence: anything that escapes a handler is logged and the server keeps serving.
process.on('uncaughtException', (error) => {
  try {
    log.error('postwright: uncaught exception', error);
  } catch {
    /* the connection itself is gone */
  }
});
process.on('unhandledRejection', (reason) => {
  try {
    log.error('postwright: unhandled rejection', reason);
  } catch {
    /* the connection itself is gone */
  }
});

// ── Documents and analysis ──────────────────────────────────────────────────────────────────────

function accepts(doc: TextDocument): boolean {
  return languageIds.has(doc.languageId) || doc.uri.toLowerCase().endsWith('.posting');
}

/** The open, analysable document named by `params.textDocument.uri`, else null. */
function documentOf(params: unknown): TextDocument | null {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') return null;
  const doc = documents.get(uri);
  return doc && accepts(doc) ? doc : null;
}

function workspaceConfigFor(uri: string): WorkspaceConfig | null {
  let best: string | null = null;
  for (const folder of workspaceConfigs.keys()) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    if (uri.startsWith(prefix) && (best === null || folder.length > best.length)) best = folder;
  }
  return best === null ? null : (workspaceConfigs.get(best) ?? null);
}

function optionsFor(uri: string): AnalysisOptions {
  return { ...baseOptions, workspace: workspaceConfigFor(uri) };
}

/** The cached analysis of the document's current version, computed on first use. */
function entryFor(doc: TextDocument): Entry {
  return cache.get(doc.uri, doc.version, () => {
    const text = doc.getText();
    const reason = notAnalysableReason(text);
    if (reason) return { reason };
    try {
      return { analysis: analyze(text, optionsFor(doc.uri)) };
    } catch (error) {
      log.error(`postwright: analysis of ${doc.uri} failed`, error);
      return { reason: 'internal error while analysing (see the Postwright output)' };
    }
  });
}

function postingOf(doc: TextDocument): Posting | null {
  return entryFor(doc).analysis?.posting ?? null;
}

/** A client position made safe: numbers checked, line and character clamped into the document. */
function clampPosition(posting: Posting, position: unknown): Position | null {
  const p = position as { line?: unknown; character?: unknown } | null | undefined;
  if (!p || typeof p.line !== 'number' || typeof p.character !== 'number' || !Number.isFinite(p.line) || !Number.isFinite(p.character)) {
    return null;
  }
  const lastLine = Math.max(0, posting.lines.length - 1);
  const line = Math.min(Math.max(0, Math.floor(p.line)), lastLine);
  const character = Math.min(Math.max(0, Math.floor(p.character)), (posting.lines[line] ?? '').length);
  return { line, character };
}

function diagnosticsOf(doc: TextDocument, token?: CancellationToken): Diagnostic[] | null {
  const entry = entryFor(doc);
  if (!entry.analysis) return [notAnalysedDiagnostic(entry.reason)];
  if (token?.isCancellationRequested) return null;
  return toDiagnostics(entry.analysis.findings, rulesById);
}

// ── Diagnostics: pull (client decides when) or push (coalesced), chosen in initialize ─────────

// Analysis of a normal posting takes about a millisecond, so a keystroke is answered at once: a
// zero-delay timer still lets a burst of queued didChange messages coalesce into one push. Only
// very large documents wait for typing to pause.
const LARGE_DOCUMENT_CHARS = 200_000;
const LARGE_DOCUMENT_DEBOUNCE_MS = 150;
function pushDelay(doc: TextDocument): number {
  return doc.getText().length > LARGE_DOCUMENT_CHARS ? LARGE_DOCUMENT_DEBOUNCE_MS : 0;
}
const pushTimers = new Map<string, NodeJS.Timeout>();
const justOpened = new Set<string>();

function schedulePush(uri: string, delay: number): void {
  const pending = pushTimers.get(uri);
  if (pending) clearTimeout(pending);
  pushTimers.set(
    uri,
    setTimeout(() => {
      pushTimers.delete(uri);
      void pushNow(uri);
    }, delay),
  );
}

async function pushNow(uri: string): Promise<void> {
  try {
    await whenSettingsReady();
    const doc = documents.get(uri);
    if (!doc || !accepts(doc)) return;
    const diagnostics = diagnosticsOf(doc) ?? [];
    // The document may have changed or closed meanwhile; a newer push is then already scheduled.
    if (documents.get(uri)?.version !== doc.version) return;
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  } catch (error) {
    log.error(`postwright: publishing diagnostics for ${uri} failed`, error);
  }
}

/** Settings or workspace config changed: drop cached analyses and have diagnostics recomputed. */
function refreshDiagnostics(): void {
  cache.invalidateAll();
  if (client.pullDiagnostics) {
    if (client.diagnosticRefresh) {
      connection.languages.diagnostics.refresh().catch((error: unknown) => log.error('postwright: diagnostic refresh failed', error));
    }
  } else {
    for (const doc of documents.all()) if (accepts(doc)) schedulePush(doc.uri, 0);
  }
}

documents.onDidOpen(
  notification('didOpen', (event) => {
    if (accepts(event.document)) justOpened.add(event.document.uri);
  }),
);

documents.onDidChangeContent(
  notification('didChange', (event) => {
    const doc = event.document;
    if (!accepts(doc)) return;
    const delay = justOpened.delete(doc.uri) ? 0 : pushDelay(doc);
    if (!client.pullDiagnostics) schedulePush(doc.uri, delay);
  }),
);

documents.onDidClose(
  notification('didClose', (event) => {
    const uri = event.document.uri;
    justOpened.delete(uri);
    cache.delete(uri);
    const pending = pushTimers.get(uri);
    if (pending) clearTimeout(pending);
    pushTimers.delete(uri);
    if (!client.pullDiagnostics && accepts(event.document)) {
      connection.sendDiagnostics({ uri, diagnostics: [] }).catch((error: unknown) => log.error('postwright: clearing diagnostics failed', error));
    }
  }),
);

// ── Settings, trust and .postwright.json ────────────────────────────────────────────────────────

/**
 * Shows each settings problem once: a non-modal warning plus the log. A problem that persists over
 * reloads is not shown again; one that went away and comes back is. `origin` groups the problems
 * of one source ("settings", or the path of a .postwright.json).
 */
function reportProblems(problems: readonly string[], origin: string): void {
  const previous = shownProblems.get(origin) ?? new Set<string>();
  shownProblems.set(origin, new Set(problems));
  const fresh = problems.filter((p) => !previous.has(p));
  if (fresh.length === 0) return;
  for (const p of fresh) log.warn(`postwright: ${origin}: ${p}`);
  const text = fresh.length === 1 ? fresh[0] : `${fresh.length} problems: ${fresh.join(' ')}`;
  // window/showMessage (a notification): a non-modal toast that waits for nobody. (The
  // connection.window.showWarningMessage helper sends window/showMessageRequest instead.)
  connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Postwright: ${text}` }).catch((error: unknown) =>
    log.error('postwright: showing a warning failed', error),
  );
}

/** `settings` as sent in didChangeConfiguration / initializationOptions: `{postwright: {...}}` or the section itself. */
function sectionOf(settings: unknown): unknown {
  if (settings && typeof settings === 'object' && 'postwright' in settings) return (settings as { postwright: unknown }).postwright;
  return settings;
}

async function loadSettings(): Promise<void> {
  let raw: unknown = pushedSettings;
  if (client.configurationPull) {
    try {
      raw = await connection.workspace.getConfiguration({ section: 'postwright' });
    } catch (error) {
      log.error('postwright: workspace/configuration failed; using defaults', error);
      raw = pushedSettings;
    }
  }
  let result: ReturnType<typeof readSettings>;
  try {
    result = readSettings(raw ?? {});
  } catch (error) {
    log.error('postwright: reading settings failed; using defaults', error);
    result = { options: {}, problems: ['the settings could not be read; defaults are used'] };
  }
  baseOptions = result.options;
  reportProblems(result.problems, 'settings');
  templateState.paths = templatePathsOf(raw);
  await syncUserTemplates();
}

async function loadWorkspaceConfigs(): Promise<void> {
  workspaceConfigs.clear();
  await syncUserTemplates();
  // Workspace files are read only in a workspace the client declares trusted, and only from a
  // folder on disk (never in virtual workspaces). Nothing is ever written.
  if (!trusted) return;
  for (const folder of folders) {
    if (!folder.startsWith('file:')) continue;
    let path: string;
    try {
      path = join(fileURLToPath(folder), '.postwright.json');
    } catch {
      continue;
    }
    let read: Awaited<ReturnType<typeof readWorkspaceConfigFile>>;
    try {
      read = await readWorkspaceConfigFile(path);
    } catch (error) {
      log.error(`postwright: reading ${path} failed`, error);
      continue;
    }
    if (!read) {
      shownProblems.delete(path);
      continue;
    }
    workspaceConfigs.set(folder, read.config);
    reportProblems(read.problems, path);
  }
}

let reloadChain: Promise<void> = Promise.resolve();
let reloadPending = false;

/** Reloads settings (and, when asked, workspace configs), then refreshes diagnostics; coalesced. */
function reload(what: { settings?: boolean; workspace?: boolean }): Promise<void> {
  const todo = { settings: !!what.settings, workspace: !!what.workspace };
  reloadChain = reloadChain.then(async () => {
    if (todo.settings) await loadSettings();
    if (todo.workspace) await loadWorkspaceConfigs();
    if (!reloadPending) {
      reloadPending = true;
      queueMicrotask(() => {
        reloadPending = false;
        refreshDiagnostics();
      });
    }
  }).catch((error: unknown) => log.error('postwright: reloading settings failed', error));
  return reloadChain;
}

let resolveSettingsReady: () => void = () => undefined;
/** Resolves once the first settings load finished (or gave up), so the first diagnostics use them. */
const settingsReady = new Promise<void>((resolve) => {
  resolveSettingsReady = resolve;
});

/** settingsReady, but never waiting more than 2 s (a client that never sends `initialized`). */
function whenSettingsReady(): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([settingsReady, new Promise((resolve) => (timer = setTimeout(resolve, 2000)))]).finally(() => clearTimeout(timer));
}

connection.onDidChangeConfiguration(
  notification('didChangeConfiguration', (params) => {
    if (!client.configurationPull) pushedSettings = sectionOf(params?.settings);
    return reload({ settings: true });
  }),
);

connection.onDidChangeWatchedFiles(
  notification('didChangeWatchedFiles', (params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    if (changes.some((c) => typeof c?.uri === 'string' && /(^|[\\/])\.postwright\.json$/.test(c.uri))) {
      return reload({ workspace: true });
    }
    return undefined;
  }),
);

connection.onNotification(
  TRUST_NOTIFICATION,
  notification<TrustParams>(TRUST_NOTIFICATION, (params) => {
    const next = params?.trusted === true;
    if (next === trusted) return undefined;
    trusted = next;
    log.info(`postwright: workspace is ${trusted ? 'trusted' : 'not trusted'}`);
    return reload({ workspace: true });
  }),
);

// ── User templates (postwright.templates.paths; trusted workspaces only) ─────────────────────────

const templateState = {
  completionSnippets: false,
  completionMarkdown: true,
  snippetEdits: false,
  /** The folders last read from settings. */
  paths: [] as string[],
  /** What the current user library was learned from ("" = none), to skip needless reloads. */
  loadedKey: '',
};

/** Learns templates from the configured folders (only when trusted), or drops them. */
async function syncUserTemplates(): Promise<void> {
  const dirs = folders.filter((f) => f.startsWith('file:')).map((f) => {
    try {
      return fileURLToPath(f);
    } catch {
      return '';
    }
  });
  const key = trusted && templateState.paths.length ? JSON.stringify([templateState.paths, dirs]) : '';
  if (key === templateState.loadedKey) return;
  templateState.loadedKey = key;
  if (!key) {
    setUserLibrary(null);
    return;
  }
  const profiles = allProfiles([...workspaceConfigs.values()].flatMap((c) => c?.profiles ?? []));
  const result = await loadTemplateFolders(templateState.paths, dirs.filter((d) => d), profiles);
  setUserLibrary(result.library);
  if (result.library) log.info(`postwright: learned templates from ${result.files} posting(s) in postwright.templates.paths`);
  reportProblems(result.problems, 'postwright.templates.paths');
}

// ── Features ────────────────────────────────────────────────────────────────────────────────────

interface Feature {
  /** Shown in the log. */
  name: string;
  /** The server capabilities this feature adds, given what the client supports. */
  capabilities(caps: ClientCapabilities): ServerCapabilities;
  /** Installs the handlers on the connection (wrap each in `request`/`notification`). */
  register(): void;
}

const features: Feature[] = [
  {
    name: 'documentSymbol',
    capabilities: () => ({ documentSymbolProvider: { label: 'Postwright' } }),
    register() {
      connection.onDocumentSymbol(
        request('documentSymbol', [], (params) => {
          const doc = documentOf(params);
          const posting = doc && postingOf(doc);
          if (!doc || !posting) return [];
          const symbols = documentSymbols(posting);
          return client.hierarchicalSymbols ? symbols : flatSymbols(symbols, doc.uri);
        }),
      );
    },
  },
  {
    name: 'foldingRange',
    capabilities: () => ({ foldingRangeProvider: true }),
    register() {
      connection.onFoldingRanges(
        request('foldingRange', [], (params) => {
          const doc = documentOf(params);
          const posting = doc && postingOf(doc);
          return posting ? foldingRanges(posting, client.foldingRangeLimit) : [];
        }),
      );
    },
  },
  {
    name: 'hover',
    capabilities: () => ({ hoverProvider: true }),
    register() {
      connection.onHover(
        request('hover', null, (params) => {
          const doc = documentOf(params);
          const analysis = doc && entryFor(doc).analysis;
          if (!analysis) return null;
          const position = clampPosition(analysis.posting, params?.position);
          if (!position) return null;
          const result = hover(analysis.posting, position, analysis.profile);
          if (result && !client.hoverMarkdown && typeof result.contents === 'object' && 'kind' in result.contents) {
            result.contents = { kind: MarkupKind.PlainText, value: result.contents.value.replace(/\\(.)/g, '$1').replace(/\*\*|`|_/g, '') };
          }
          return result;
        }),
      );
    },
  },
  {
    name: 'diagnostics',
    capabilities: (caps) =>
      caps.textDocument?.diagnostic
        ? { diagnosticProvider: { identifier: 'postwright', interFileDependencies: false, workspaceDiagnostics: false } }
        : {},
    register() {
      if (!client.pullDiagnostics) return; // push mode is driven by document events above
      connection.languages.diagnostics.on(
        request<{ textDocument?: { uri?: string }; previousResultId?: string }, DocumentDiagnosticReport>(
          'textDocument/diagnostic',
          { kind: 'full', items: [] },
          async (params, token) => {
            await whenSettingsReady();
            const doc = documentOf(params);
            if (!doc) return { kind: 'full', items: [] };
            const resultId = `${doc.version}.${cache.generation}`;
            if (params.previousResultId === resultId && cache.peek(doc.uri, doc.version)) return { kind: 'unchanged', resultId };
            const items = diagnosticsOf(doc, token);
            if (items === null) return { kind: 'full', items: [] }; // cancelled: the wrapper answers RequestCancelled
            return { kind: 'full', resultId, items };
          },
        ),
      );
    },
  },
  // ── Completion, code actions, template requests (issue 4): thin; the work is in features/ and templates/.
  {
    name: 'completion',
    capabilities: (caps) => {
      const item = caps.textDocument?.completion?.completionItem;
      templateState.completionSnippets = !!item?.snippetSupport;
      const formats = item?.documentationFormat;
      templateState.completionMarkdown = !Array.isArray(formats) || formats.length === 0 || formats.includes(MarkupKind.Markdown);
      return { completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false } };
    },
    register() {
      connection.onCompletion(
        request('completion', null, (params) => {
          const doc = documentOf(params);
          const analysis = doc && entryFor(doc).analysis;
          if (!analysis) return null;
          const position = clampPosition(analysis.posting, params?.position);
          if (!position) return null;
          return complete(analysis, position, {
            snippetSupport: templateState.completionSnippets,
            markdown: templateState.completionMarkdown,
            today: localToday(),
            profiles: allProfiles(workspaceConfigFor(doc.uri)?.profiles ?? []),
          });
        }),
      );
    },
  },
  {
    name: 'codeAction',
    capabilities: (caps) => {
      templateState.snippetEdits = !!(caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
      return { codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false } };
    },
    register() {
      connection.onCodeAction(
        request('codeAction', [], (params) => {
          const doc = documentOf(params);
          const analysis = doc && entryFor(doc).analysis;
          if (!doc || !analysis) return [];
          const diagnostics = Array.isArray(params?.context?.diagnostics) ? params.context.diagnostics : [];
          const only = Array.isArray(params?.context?.only) ? params.context.only : undefined;
          return codeActions(analysis, diagnostics, { uri: doc.uri, version: doc.version, snippetEdits: templateState.snippetEdits, only });
        }),
      );
    },
  },
  {
    name: 'templates',
    capabilities: () => ({}),
    register() {
      connection.onRequest(
        TEMPLATES_REQUEST,
        request<TemplatesParams, TemplatesResult>(TEMPLATES_REQUEST, { profiles: [], families: [] }, (params) => {
          const doc = params?.textDocument ? documentOf(params) : null;
          const profiles = allProfiles(doc ? (workspaceConfigFor(doc.uri)?.profiles ?? []) : []);
          const detected = doc ? entryFor(doc).analysis?.profile.id : undefined;
          const ordered = detected ? [...profiles.filter((p) => p.id === detected), ...profiles.filter((p) => p.id !== detected)] : profiles;
          return {
            profiles: ordered.map((p) => ({ id: p.id, name: p.name })),
            families: roleFamilies().map((f) => ({ id: f.id, label: f.label, title: f.title })),
          };
        }),
      );
      connection.onRequest(
        SKELETON_REQUEST,
        request<SkeletonParams, SkeletonResult | null>(SKELETON_REQUEST, null, (params) => {
          const profiles = allProfiles([...workspaceConfigs.values()].flatMap((c) => c?.profiles ?? []));
          const profile = findProfile(typeof params?.profile === 'string' ? params.profile : 'generic', profiles) ?? findProfile('generic', profiles);
          if (!profile) return null;
          const snippet = skeletonFor(profile, typeof params?.family === 'string' ? params.family : null, { today: localToday() });
          return { snippet, text: expandSnippet(snippet) };
        }),
      );
      connection.onRequest(
        SECTIONS_REQUEST,
        request<SectionsParams, SectionsResult | null>(SECTIONS_REQUEST, null, (params) => {
          const doc = documentOf(params);
          const analysis = doc && entryFor(doc).analysis;
          return analysis ? { profile: analysis.profile.id, items: sectionChoices(analysis) } : null;
        }),
      );
      connection.onRequest(
        SECTION_INSERT_REQUEST,
        request<SectionInsertParams, SectionInsertResult | null>(SECTION_INSERT_REQUEST, null, (params) => {
          const doc = documentOf(params);
          const analysis = doc && entryFor(doc).analysis;
          if (!analysis || typeof params?.kind !== 'string') return null;
          if (!sectionChoices(analysis).some((c) => c.kind === params.kind)) return null;
          return sectionInsertion(analysis.posting, analysis.profile, params.kind as SectionKind, localToday());
        }),
      );
    },
  },
  // ── Registration points for features other engineers add ──────────────────────────────────
  // completion:     capabilities → { completionProvider: { triggerCharacters: [...], resolveProvider } }
  //                 register     → connection.onCompletion(request('completion', null, ...)) reading entryFor(doc)
  // codeAction:     capabilities → { codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] } }
  //                 (FIX_ALL_KIND = 'source.fixAll.postwright' in features/protocol.ts; fixes are in
  //                 each diagnostic's `data` — DiagnosticData — so no re-analysis is needed)
  //                 register     → connection.onCodeAction(request('codeAction', [], ...))
  // executeCommand: capabilities → { executeCommandProvider: { commands: ['postwright.…'] } }
  //                 register     → connection.onExecuteCommand(request('executeCommand', null, ...))
  // custom:         register     → connection.onRequest(EXPORT_JSON_LD_REQUEST, request(...)),
  //                                connection.onRequest(REPORT_REQUEST, request(...))
  //                 (method names in features/protocol.ts)
  {
    // Issue 7: structured-data export and the posting report for the client's commands and webview.
    name: 'exportAndReport',
    capabilities: () => ({}),
    register() {
      const analysisOf = (uri: unknown): Analysis | null => {
        const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
        return doc && accepts(doc) ? (entryFor(doc).analysis ?? null) : null;
      };
      connection.onRequest(
        EXPORT_JSON_LD_REQUEST,
        request<ExportParams, ExportResult | null>(EXPORT_JSON_LD_REQUEST, null, async (params) => {
          await whenSettingsReady();
          const analysis = analysisOf(params?.uri);
          if (!analysis) return null;
          const format: ExportFormat = (EXPORT_FORMATS as readonly unknown[]).includes(params?.format) ? (params.format as ExportFormat) : 'jsonld';
          return exportPosting(analysis, format);
        }),
      );
      connection.onRequest(
        REPORT_REQUEST,
        request<ReportParams, (ReportData & { uri: string; version: number }) | null>(REPORT_REQUEST, null, async (params) => {
          await whenSettingsReady();
          const doc = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
          const analysis = analysisOf(params?.uri);
          if (!doc || !analysis) return null;
          return { ...buildReport(analysis), uri: doc.uri, version: doc.version };
        }),
      );
    },
  },
];

// ── Lifecycle ───────────────────────────────────────────────────────────────────────────────────

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities ?? {};
  const init = (params.initializationOptions ?? {}) as PostwrightInitializationOptions & { languageIds?: unknown };
  client.pullDiagnostics = !!caps.textDocument?.diagnostic;
  client.diagnosticRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
  client.configurationPull = !!caps.workspace?.configuration;
  client.configurationDynamic = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  client.watchedFilesDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  client.workspaceFolders = !!caps.workspace?.workspaceFolders;
  client.hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
  const hoverFormats = caps.textDocument?.hover?.contentFormat;
  client.hoverMarkdown = !Array.isArray(hoverFormats) || hoverFormats.length === 0 || hoverFormats.includes(MarkupKind.Markdown);
  const limit = caps.textDocument?.foldingRange?.rangeLimit;
  client.foldingRangeLimit = typeof limit === 'number' && limit >= 0 ? limit : undefined;

  trusted = init.trusted === true;
  pushedSettings = sectionOf(init.settings);
  if (Array.isArray(init.languageIds)) for (const id of init.languageIds) if (typeof id === 'string') languageIds.add(id);

  if (Array.isArray(params.workspaceFolders) && params.workspaceFolders.length) folders = params.workspaceFolders.map((f) => f.uri);
  else if (typeof params.rootUri === 'string') folders = [params.rootUri];

  let capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  };
  for (const feature of features) {
    try {
      capabilities = { ...capabilities, ...feature.capabilities(caps) };
      feature.register();
    } catch (error) {
      log.error(`postwright: feature ${feature.name} failed to register`, error);
    }
  }
  if (client.workspaceFolders) capabilities.workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
  return { capabilities, serverInfo: { name: 'postwright', version: VERSION } };
});

connection.onInitialized(
  notification('initialized', async () => {
    log.info(
      `postwright ${VERSION}: ${client.pullDiagnostics ? 'pull' : 'push'} diagnostics; workspace ${trusted ? 'trusted' : 'not trusted'}; ${folders.length} folder(s)`,
    );
    if (client.configurationPull && client.configurationDynamic) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'postwright' }).catch((error: unknown) => log.error('postwright: registering for configuration changes failed', error));
    }
    if (client.watchedFilesDynamic) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.postwright.json' }] })
        .catch((error: unknown) => log.error('postwright: registering the .postwright.json watcher failed', error));
    }
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        notification('didChangeWorkspaceFolders', (event) => {
          const removed = new Set(event.removed.map((f) => f.uri));
          folders = folders.filter((f) => !removed.has(f)).concat(event.added.map((f) => f.uri));
          return reload({ workspace: true });
        }),
      );
    }
    try {
      await reload({ settings: true, workspace: true });
    } finally {
      resolveSettingsReady();
    }
  }),
);

connection.onShutdown(() => {
  for (const timer of pushTimers.values()) clearTimeout(timer);
  pushTimers.clear();
});

documents.listen(connection);
connection.listen();
