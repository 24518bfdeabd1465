// "Postwright: Check All Postings": the Problems panel for every .posting in the workspace.
//
// The client reads each closed posting (workspace.fs: any file system, virtual ones included) and
// asks the server for its diagnostics (CheckPostingRequest), then keeps them in its own collection.
// Opening every file as a document instead would make the language client sync, and keep in memory,
// hundreds of documents the writer never opened, and their problems would vanish as VS Code
// disposes unused documents. Postings open in a tab are skipped: the language client covers them.
import * as vscode from 'vscode';
import { CheckPostingRequest } from '../../../server/src/protocol.ts';
import type { PostwrightContext } from '../context.ts';

/** Every posting in the workspace, folders whose name starts with a dot (.git, .vscode-test) left out. */
const POSTINGS = '**/*.posting';
const DOT_FOLDERS = '**/.*/**';

export async function checkAllPostings(ctx: PostwrightContext): Promise<void> {
  const client = ctx.runningClient();
  if (!client) return;
  const files = await vscode.workspace.findFiles(POSTINGS, DOT_FOLDERS);
  if (files.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postwright: no .posting files in this workspace.'));
    return;
  }
  // Postings in an editor tab: the language client reports those (documents merely loaded are not).
  const open = new Set(
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap((t) => (t.input instanceof vscode.TabInputText ? [t.input.uri.toString()] : [])),
  );
  const decoder = new TextDecoder('utf-8');
  let checked = 0;
  let problems = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Postwright: checking postings'), cancellable: true },
    async (progress, token) => {
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        if (open.has(uri.toString())) {
          checked++;
          continue;
        }
        let text: string;
        try {
          text = decoder.decode(await vscode.workspace.fs.readFile(uri));
        } catch (error) {
          ctx.output.warn(`Check All Postings: cannot read ${uri.toString()}: ${String(error)}`);
          continue;
        }
        const result = await client.sendRequest(CheckPostingRequest, { uri: uri.toString(), text });
        if (!result) continue;
        const diagnostics = await client.protocol2CodeConverter.asDiagnostics(result.diagnostics);
        ctx.workspaceDiagnostics.set(uri, diagnostics);
        problems += diagnostics.length;
        checked++;
      }
    },
  );
  ctx.output.info(`Check All Postings: ${checked} of ${files.length} postings checked, ${problems} problems in closed postings.`);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** Drops a posting's workspace-check problems when it opens: from then on the language client reports it. */
export function registerCheckAllCleanup(ctx: PostwrightContext): void {
  ctx.track(vscode.workspace.onDidOpenTextDocument((doc) => ctx.workspaceDiagnostics.delete(doc.uri)));
}
