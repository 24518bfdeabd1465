// The extension's state in one object: the language client, its output channels and everything
// to dispose on deactivation. Commands, the status bar and the report webview receive it instead
// of reaching for module-level variables.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NotificationType, RequestType } from 'vscode-jsonrpc';

export class PostwrightContext implements vscode.Disposable {
  /** The language client, once created (it may be stopped or starting). */
  client: LanguageClient | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /**
   * Problems of postings that are not open, from "Check All Postings". An open posting's problems
   * come from the language client; its entry here is dropped when it opens.
   */
  readonly workspaceDiagnostics: vscode.DiagnosticCollection;

  constructor(
    readonly extension: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {
    this.workspaceDiagnostics = this.track(vscode.languages.createDiagnosticCollection('postwright-workspace'));
  }

  /** Disposed with the context (on deactivation). */
  track<T extends vscode.Disposable>(disposable: T): T {
    this.disposables.push(disposable);
    return disposable;
  }

  /** Sends a typed request; throws a user-readable error when the server is not running. */
  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    const client = this.client;
    if (!client) throw new Error('The Postwright language server is not running. Run "Postwright: Restart Language Server".');
    if (!client.isRunning()) await client.start();
    // The generic P cannot be matched against the client's conditional RequestParam<P>; the
    // signature of this method keeps callers typed.
    return client.sendRequest(type, params as never);
  }

  /** Sends a typed notification when the server runs; failures go to the output channel. */
  notify<P>(type: NotificationType<P>, params: P): void {
    this.client?.sendNotification(type, params as never).catch((error: unknown) => this.output.error(`Sending ${type.method} failed: ${String(error)}`));
  }

  /** The running client, or undefined after telling the user it is not running. */
  runningClient(): LanguageClient | undefined {
    if (!this.client || !this.client.isRunning()) {
      void vscode.window.showWarningMessage('Postwright: the language server is not running.');
      return undefined;
    }
    return this.client;
  }

  async restart(): Promise<void> {
    if (this.client) await this.client.restart();
  }

  /** Stops the server (if running) and disposes everything tracked. */
  async stop(): Promise<void> {
    const running = this.client;
    this.client = undefined;
    try {
      await running?.stop();
    } catch {
      // Already stopped (e.g. after repeated crashes): nothing left to clean up.
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}

/** A command: its id is declared in package.json contributes.commands. */
export type CommandHandler = (ctx: PostwrightContext, ...args: unknown[]) => unknown;
