// The extension's command table. Each entry is a command id (declared in package.json
// contributes.commands) and what it does; `registerCommands` wires them all. Later features add
// entries here (new posting from template, export JSON-LD, show report…).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportHtml, exportJsonLd, exportMarkdown } from './exportJsonLd.ts';
import { showReport } from './report.ts';
import { registerStatusBar } from './statusBar.ts';
import { templateCommands } from './templatePicker.ts';

export interface CommandContext {
  /** The running client, if any (undefined while stopped or starting). */
  client(): LanguageClient | undefined;
  /** Stops and starts the language server. */
  restart(): Promise<void>;
  output: vscode.LogOutputChannel;
}

export type CommandHandler = (ctx: CommandContext, ...args: unknown[]) => unknown;

export const commands: Record<string, CommandHandler> = {
  'postwright.restartServer': async (ctx) => {
    ctx.output.info('Restarting the Postwright language server…');
    await ctx.restart();
  },
  // Issue 7: structured data, publishable pages and the posting report.
  'postwright.exportJsonLd': (ctx, arg) => exportJsonLd(ctx, arg),
  'postwright.exportHtml': (ctx, arg) => exportHtml(ctx, arg),
  'postwright.exportMarkdown': (ctx, arg) => exportMarkdown(ctx, arg),
  'postwright.showReport': (ctx, arg) => showReport(ctx, arg),
  ...templateCommands, // Issue 4: New Posting from Template, Insert Section…
};

export function registerCommands(context: vscode.ExtensionContext, ctx: CommandContext): void {
  for (const [id, handler] of Object.entries(commands)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await handler(ctx, ...args);
        } catch (error) {
          // Errors go to the output channel and a non-modal notification, never a modal dialog.
          ctx.output.error(`${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          void vscode.window.showErrorMessage(`Postwright: ${id} failed. See the Postwright output for details.`);
          return undefined;
        }
      }),
    );
  }
  // Issue 7: the status bar item (profile + findings count; click → postwright.showReport).
  registerStatusBar(context, ctx);
}
