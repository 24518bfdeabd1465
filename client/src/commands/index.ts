// The extension's command table. Each entry is a command id (declared in package.json
// contributes.commands) and what it does; `registerCommands` wires them all. A new command goes in
// its own file under commands/ and gets one entry here.
import * as vscode from 'vscode';
import type { CommandHandler, PostwrightContext } from '../context.ts';
import { exportHtml, exportJsonLd, exportMarkdown } from './export.ts';
import { showReport } from './report.ts';
import { templateCommands } from './templates.ts';
import { checkAllPostings } from './checkAll.ts';
import { openSample } from './sample.ts';

export const commands: Record<string, CommandHandler> = {
  'postwright.restartServer': async (ctx) => {
    ctx.output.info('Restarting the Postwright language server…');
    await ctx.restart();
  },
  // Structured data, publishable pages and the posting report.
  'postwright.exportJsonLd': (ctx, arg) => exportJsonLd(ctx, arg),
  'postwright.exportHtml': (ctx, arg) => exportHtml(ctx, arg),
  'postwright.exportMarkdown': (ctx, arg) => exportMarkdown(ctx, arg),
  'postwright.showReport': (ctx, arg) => showReport(ctx, arg),
  'postwright.checkAllPostings': (ctx) => checkAllPostings(ctx),
  'postwright.openSample': (ctx) => openSample(ctx),
  ...templateCommands, // New Posting from Template, Insert Section…
};

export function registerCommands(ctx: PostwrightContext): void {
  for (const [id, handler] of Object.entries(commands)) {
    ctx.track(
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
}
