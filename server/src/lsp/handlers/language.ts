// Standard LSP language features: each entry announces its capabilities (given what the client
// supports) and installs its handler. The work is in the pure services of server/src/features.
//
// Adding a language feature: write the service in server/src/features/<name>.ts, then add an
// entry to `languageFeatures` below, wrapping the handler in session.request(...).
import { MarkupKind, type ClientCapabilities, type DocumentDiagnosticReport, type ServerCapabilities, type WorkspaceEdit } from 'vscode-languageserver/node';
import { APPLY_EDIT_COMMAND } from '../../protocol.ts';
import { asCommands, codeActions, CODE_ACTION_KINDS } from '../../features/codeActions.ts';
import { complete, COMPLETION_TRIGGER_CHARACTERS } from '../../features/completion.ts';
import { foldingRanges } from '../../features/folding.ts';
import { hover } from '../../features/hover.ts';
import { documentSymbols, flatSymbols } from '../../features/symbols.ts';
import { semanticTokens, SEMANTIC_TOKENS_LEGEND } from '../../features/semanticTokens.ts';
import { allProfiles } from '../../profiles/index.ts';
import { localToday } from '../../templates/render.ts';
import { clampPosition, type Session } from '../session.ts';

export interface Feature {
  /** Shown in the log. */
  name: string;
  /** The server capabilities this feature adds, given what the client supports. */
  capabilities(caps: ClientCapabilities, session: Session): ServerCapabilities;
  /** Installs the handlers on the connection (wrap each in session.request / session.notification). */
  register(session: Session): void;
}

export const languageFeatures: Feature[] = [
  {
    name: 'documentSymbol',
    capabilities: () => ({ documentSymbolProvider: { label: 'Postwright' } }),
    register(session) {
      session.connection.onDocumentSymbol(
        session.request('documentSymbol', [], async (params) => {
          const doc = await session.readyDocumentOf(params);
          const posting = doc && session.postingOf(doc);
          if (!doc || !posting) return [];
          const symbols = documentSymbols(posting);
          return session.client.hierarchicalSymbols ? symbols : flatSymbols(symbols, doc.uri);
        }),
      );
    },
  },
  {
    name: 'semanticTokens',
    capabilities: () => ({ semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } }),
    register(session) {
      session.connection.languages.semanticTokens.on(
        session.request('semanticTokens', { data: [] }, async (params) => {
          const doc = await session.readyDocumentOf(params);
          const posting = doc && session.postingOf(doc);
          return posting ? semanticTokens(posting) : { data: [] };
        }),
      );
    },
  },
  {
    name: 'foldingRange',
    capabilities: () => ({ foldingRangeProvider: true }),
    register(session) {
      session.connection.onFoldingRanges(
        session.request('foldingRange', [], async (params) => {
          const doc = await session.readyDocumentOf(params);
          const posting = doc && session.postingOf(doc);
          return posting ? foldingRanges(posting, session.client.foldingRangeLimit) : [];
        }),
      );
    },
  },
  {
    name: 'hover',
    capabilities: () => ({ hoverProvider: true }),
    register(session) {
      session.connection.onHover(
        session.request('hover', null, async (params) => {
          const doc = await session.readyDocumentOf(params);
          const analysis = doc && session.entryFor(doc).analysis;
          if (!analysis) return null;
          const position = clampPosition(analysis.posting, params?.position);
          if (!position) return null;
          const result = hover(analysis.posting, position, analysis.profile);
          if (result && !session.client.hoverMarkdown && typeof result.contents === 'object' && 'kind' in result.contents) {
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
      caps.textDocument?.diagnostic ? { diagnosticProvider: { identifier: 'postwright', interFileDependencies: false, workspaceDiagnostics: false } } : {},
    register(session) {
      if (!session.client.pullDiagnostics) return; // push mode is driven by document events (lsp/diagnostics.ts)
      session.connection.languages.diagnostics.on(
        session.request<{ textDocument?: { uri?: string }; previousResultId?: string }, DocumentDiagnosticReport>(
          'textDocument/diagnostic',
          { kind: 'full', items: [] },
          async (params, token) => {
            await session.config.whenReady();
            const doc = await session.readyDocumentOf(params);
            if (!doc) return { kind: 'full', items: [] };
            const resultId = `${doc.version}.${session.cache.generation}`;
            if (params.previousResultId === resultId && session.cache.peek(doc.uri, doc.version)) return { kind: 'unchanged', resultId };
            const items = session.diagnosticsOf(doc, token);
            if (items === null) return { kind: 'full', items: [] }; // cancelled: the wrapper answers RequestCancelled
            return { kind: 'full', resultId, items };
          },
        ),
      );
    },
  },
  {
    name: 'completion',
    capabilities: (caps, session) => {
      const item = caps.textDocument?.completion?.completionItem;
      session.client.completionSnippets = !!item?.snippetSupport;
      session.client.completionLabelDetails = !!item?.labelDetailsSupport;
      const formats = item?.documentationFormat;
      session.client.completionMarkdown = !Array.isArray(formats) || formats.length === 0 || formats.includes(MarkupKind.Markdown);
      return { completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false } };
    },
    register(session) {
      session.connection.onCompletion(
        session.request('completion', null, async (params) => {
          const doc = await session.readyDocumentOf(params);
          const analysis = doc && session.entryFor(doc).analysis;
          if (!doc || !analysis) return null;
          const position = clampPosition(analysis.posting, params?.position);
          if (!position) return null;
          return complete(analysis, position, {
            snippetSupport: session.client.completionSnippets,
            labelDetails: session.client.completionLabelDetails,
            markdown: session.client.completionMarkdown,
            today: localToday(),
            profiles: allProfiles(session.config.workspaceConfigFor(doc.uri)?.profiles ?? []),
          });
        }),
      );
    },
  },
  {
    name: 'codeAction',
    capabilities: (caps, session) => {
      const workspaceEdit = caps.workspace?.workspaceEdit;
      // Resource operations exist only inside documentChanges: a client that lists them takes both
      // (Neovim 0.7 lists them without saying documentChanges).
      const documentChanges = !!workspaceEdit?.documentChanges || (workspaceEdit?.resourceOperations?.length ?? 0) > 0;
      session.client.snippetEdits = documentChanges && !!(workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
      session.client.createFiles = documentChanges && !!workspaceEdit?.resourceOperations?.includes('create');
      session.client.codeActionLiterals = !!caps.textDocument?.codeAction?.codeActionLiteralSupport;
      session.client.applyEdit = !!caps.workspace?.applyEdit;
      if (session.client.codeActionLiterals) return { codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false } };
      // CodeActionOptions are only for clients with literal support; the others get Commands that
      // the server carries out with workspace/applyEdit, or no code actions when they cannot apply one.
      if (!session.client.applyEdit) return {};
      return { codeActionProvider: true, executeCommandProvider: { commands: [APPLY_EDIT_COMMAND] } };
    },
    register(session) {
      if (!session.client.codeActionLiterals) {
        if (!session.client.applyEdit) return;
        session.connection.onExecuteCommand(
          session.request('executeCommand', null, async (params) => {
            const edit = params?.command === APPLY_EDIT_COMMAND ? (params.arguments?.[0] as WorkspaceEdit | undefined) : undefined;
            if (edit && typeof edit === 'object') await session.connection.workspace.applyEdit(edit);
            return null;
          }),
        );
      }
      session.connection.onCodeAction(
        session.request('codeAction', [], async (params) => {
          const doc = await session.readyDocumentOf(params);
          const analysis = doc && session.entryFor(doc).analysis;
          if (!doc || !analysis) return [];
          const diagnostics = Array.isArray(params?.context?.diagnostics) ? params.context.diagnostics : [];
          const only = Array.isArray(params?.context?.only) ? params.context.only : undefined;
          // The workspace file is read only when there is a finding to offer its actions on.
          const workspaceConfig = diagnostics.length > 0 ? await session.config.workspaceConfigTarget(doc.uri, session.client.createFiles) : null;
          const actions = codeActions(analysis, diagnostics, {
            uri: doc.uri,
            version: doc.version,
            snippetEdits: session.client.snippetEdits,
            revealInserted: session.client.revealInserted,
            only,
            workspaceConfig,
            onError: (error) => session.log.error(`postwright: a code action for ${doc.uri} failed`, error),
          });
          return session.client.codeActionLiterals ? actions : asCommands(actions, APPLY_EDIT_COMMAND);
        }),
      );
    },
  },
];
