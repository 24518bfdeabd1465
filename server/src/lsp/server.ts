// The language server on a given connection: creates the Session, answers the lifecycle
// (initialize, initialized, shutdown) and installs the handlers. It neither creates the connection
// nor touches the process, so tests can run it in-process on an in-memory pair of streams
// (server/src/main.ts picks the transport for the real thing).
import { MarkupKind, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver/node';
import type { PostwrightInitializationOptions } from '../protocol.ts';
import { sectionOf } from './configuration.ts';
import { registerConfigurationHandlers, startConfiguration } from './handlers/configuration.ts';
import { registerCustomRequests } from './handlers/custom.ts';
import { languageFeatures } from './handlers/language.ts';
import { Session } from './session.ts';
import { loadEnglishDictionary } from '../rules/dictionary.ts';

export interface ServerOptions {
  /** Reported in serverInfo and the log. */
  version: string;
}

/** Starts serving on `connection` (which must not be listening yet) and returns the session. */
export function startServer(connection: Connection, options: ServerOptions): Session {
  const session = new Session(connection, options.version);
  const { client, config, log } = session;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities ?? {};
    const init = (params.initializationOptions ?? {}) as PostwrightInitializationOptions;
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

    config.trusted = init.trusted === true;
    client.revealInserted = init.revealInserted === true;
    config.pushedSettings = sectionOf(init.settings);
    if (Array.isArray(init.languageIds)) for (const id of init.languageIds) if (typeof id === 'string') session.languageIds.add(id);

    if (Array.isArray(params.workspaceFolders) && params.workspaceFolders.length) config.folders = params.workspaceFolders.map((f) => f.uri);
    else if (typeof params.rootUri === 'string') config.folders = [params.rootUri];

    let capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    };
    for (const feature of languageFeatures) {
      try {
        capabilities = { ...capabilities, ...feature.capabilities(caps, session) };
        feature.register(session);
      } catch (error) {
        log.error(`postwright: feature ${feature.name} failed to register`, error);
      }
    }
    registerCustomRequests(session);
    if (client.workspaceFolders) capabilities.workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
    return { capabilities, serverInfo: { name: 'postwright', version: options.version } };
  });

  connection.onInitialized(
    session.notification('initialized', () => {
      log.info(
        `postwright ${options.version}: ${client.pullDiagnostics ? 'pull' : 'push'} diagnostics; workspace ${config.trusted ? 'trusted' : 'not trusted'}; ${config.folders.length} folder(s)`,
      );
      loadSpellingInBackground(session);
      return startConfiguration(session);
    }),
  );

  connection.onShutdown(() => {
    session.config.learning.dispose();
    session.diagnostics.dispose();
  });

  registerConfigurationHandlers(session);
  session.diagnostics.register();
  session.documents.listen(connection);
  connection.listen();
  return session;
}

/**
 * Spelling is on by default, but its word list takes a moment to load (tens of milliseconds idle, a
 * few hundred on a loaded machine): it loads after initialize without holding any keystroke's
 * analysis (the rule reports nothing until then), and the diagnostics are computed again once it is
 * in. The documents' kept rule results are dropped too: they hold spelling's empty findings.
 */
function loadSpellingInBackground(session: Session): void {
  const started = performance.now();
  loadEnglishDictionary().then(
    (checker) => {
      if (!checker) {
        session.log.info('postwright: the spelling dictionary was not found; spelling reports nothing');
        return;
      }
      session.log.info(`postwright: spelling dictionary loaded (${Math.round(performance.now() - started)} ms)`);
      for (const editing of session.editing.values()) editing.ruleResults.reset();
      session.diagnostics.refreshAll();
    },
    (error: unknown) => session.log.error('postwright: loading the spelling dictionary failed', error),
  );
}
