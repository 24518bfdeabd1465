// The thin client: start the Postwright language server (dist/server.js over IPC) for job postings
// and forward settings, the .postwright.json watcher and workspace trust to it. Everything else
// lives in the server. activate/deactivate only; the state lives in one PostwrightContext.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { TrustNotification, type PostwrightInitializationOptions } from '../../server/src/protocol.ts';
import { registerCommands } from './commands/index.ts';
import { PostwrightContext } from './context.ts';
import { registerStatusBar } from './statusBar.ts';
import { bundledRuleDocs, ruleDocsMiddleware } from './ruleDocs.ts';
import { registerBlankPostingAction } from './blankPosting.ts';
import { registerRevealCommand } from './revealFix.ts';
import { registerCheckAllCleanup } from './commands/checkAll.ts';
import { POSTING_DOCUMENT_SELECTOR } from './documentSelector.ts';

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * The context of the active extension. VS Code calls deactivate() without arguments, so this one
 * reference is how deactivate finds what activate started.
 */
let active: PostwrightContext | undefined;

/** Restarts a crashed server up to MAX_RESTARTS times in RESTART_WINDOW_MS; reports to the output channel only. */
class RestartingErrorHandler implements ErrorHandler {
  private restarts: number[] = [];

  constructor(private readonly output: vscode.LogOutputChannel) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.output.error(`Connection error (${count ?? 1}): ${error.message}`);
    return { action: count !== undefined && count > 3 ? ErrorAction.Shutdown : ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < RESTART_WINDOW_MS);
    this.restarts.push(now);
    if (this.restarts.length <= MAX_RESTARTS) {
      this.output.warn(`The Postwright language server stopped unexpectedly; restarting (${this.restarts.length}/${MAX_RESTARTS}).`);
      return { action: CloseAction.Restart, handled: true };
    }
    this.output.error(
      `The Postwright language server stopped ${this.restarts.length} times in 3 minutes and will not be restarted. Run "Postwright: Restart Language Server" to try again.`,
    );
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Postwright', { log: true });
  const traceOutput = vscode.window.createOutputChannel('Postwright Trace', { log: true });
  context.subscriptions.push(output, traceOutput);

  const module = context.asAbsolutePath('dist/server.js');
  // Small young-generation semi-spaces (V8's default grows them to 16 MB each while the server
  // keeps a posting per open document alive across keystrokes): about 15 MB less resident memory
  // after 1,000 edits, at no measurable cost in keystroke latency (docs/performance.md).
  const execArgv = ['--max-semi-space-size=2'];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6009'] } },
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/.postwright.json');
  context.subscriptions.push(watcher);

  const clientOptions: LanguageClientOptions = {
    documentSelector: POSTING_DOCUMENT_SELECTOR,
    middleware: ruleDocsMiddleware(context.extensionUri, await bundledRuleDocs(context.extensionUri)),
    synchronize: { configurationSection: 'postwright', fileEvents: watcher },
    // A function, so a restarted server gets the trust state of the moment.
    initializationOptions: (): PostwrightInitializationOptions => ({ trusted: vscode.workspace.isTrusted, revealInserted: true }),
    outputChannel: output,
    traceOutputChannel: traceOutput,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: new RestartingErrorHandler(output),
    connectionOptions: { maxRestartCount: MAX_RESTARTS },
  };

  const ctx = new PostwrightContext(context, output);
  active = ctx;
  context.subscriptions.push(ctx);
  ctx.client = new LanguageClient('postwright', 'Postwright', serverOptions, clientOptions);
  ctx.track(vscode.workspace.onDidGrantWorkspaceTrust(() => ctx.notify(TrustNotification, { trusted: true })));
  registerCommands(ctx);
  registerStatusBar(ctx);
  registerBlankPostingAction(ctx);
  registerRevealCommand(ctx);
  registerCheckAllCleanup(ctx);

  try {
    await ctx.client.start();
  } catch (error) {
    output.error(`The Postwright language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  const ctx = active;
  active = undefined;
  await ctx?.stop();
}
