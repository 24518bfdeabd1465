// After a quick fix that inserts a section, the writer sees it: the fix's code action gets a
// follow-up command (VS Code runs it after applying the edit) that puts the cursor on the inserted
// section's first placeholder, or its first line, and scrolls it into view. Without it, a section
// inserted at the end of a long posting lands out of sight while the cursor stays on line 1.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import type { PostwrightContext } from './context.ts';

export const REVEAL_COMMAND = 'postwright.revealInsertedSection';

/** The first inserted text of a workspace edit in `uri`: where it starts and how many lines it has. */
function firstInsertion(edit: vscode.WorkspaceEdit | undefined, uri: vscode.Uri): { start: vscode.Position; lines: number; text: string } | undefined {
  if (!edit) return undefined;
  for (const [target, edits] of edit.entries()) {
    if (target.toString() !== uri.toString()) continue;
    for (const e of edits as Array<vscode.TextEdit | vscode.SnippetTextEdit>) {
      const text = e instanceof vscode.SnippetTextEdit ? e.snippet.value : e.newText;
      if (text.includes('\n')) return { start: e.range.start, lines: text.split('\n').length, text };
    }
  }
  return undefined;
}

export function revealFixMiddleware(): Middleware {
  return {
    async provideCodeActions(document, range, context, token, next) {
      const actions = await next(document, range, context, token);
      for (const a of actions ?? []) {
        if (!(a instanceof vscode.CodeAction) || a.command) continue;
        const inserted = firstInsertion(a.edit, document.uri);
        if (inserted) a.command = { command: REVEAL_COMMAND, title: '', arguments: [document.uri.toString(), inserted.start.line, inserted.lines] };
      }
      return actions;
    },
  };
}

/** The follow-up command: cursor to the first placeholder (a snippet left it there) or the section's first line, in view. */
export function registerRevealCommand(ctx: PostwrightContext): void {
  ctx.track(
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: string, line: number, lines: number) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
      if (!editor || typeof line !== 'number') return;
      const last = Math.min(editor.document.lineCount - 1, line + Math.max(1, lines) - 1);
      const inside = editor.selection.active.line >= line && editor.selection.active.line <= last;
      if (!inside) {
        // A plain edit (no snippet): the first non-blank inserted line, which is the heading.
        let first = line;
        while (first < last && editor.document.lineAt(first).isEmptyOrWhitespace) first++;
        const text = editor.document.lineAt(first).range;
        editor.selection = new vscode.Selection(text.start, text.end);
      }
      editor.revealRange(new vscode.Range(editor.selection.active.line, 0, last, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
}
