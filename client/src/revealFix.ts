// After a quick fix that inserts a section, the writer sees it. The server gives such a fix a
// follow-up command (VS Code runs a code action's command after applying its edit) that says where
// the inserted lines are and what to select. The server computes it because only it sees the
// snippet: the vscode.WorkspaceEdit the client receives hides SnippetTextEdits from entries()/get(),
// so a client middleware cannot tell where a snippet went. VS Code inserts the snippet in snippet
// mode only when the document's editor is the one applying it; otherwise (another editor group
// focused, the Problems panel) it inserts plain text and moves neither cursor nor view. The command
// handles both: it keeps a cursor the snippet left inside the lines, else selects the first
// placeholder's default, then scrolls the lines and the selection into view (VS Code's own snippet
// reveal scrolls only until the placeholder touches the edge, which can leave the heading hidden).
import * as vscode from 'vscode';
import { REVEAL_INSERTED_COMMAND, type RevealInsertedArgs } from '../../server/src/protocol.ts';
import type { PostwrightContext } from './context.ts';

function revealInserted(args: RevealInsertedArgs | undefined): void {
  if (!args || typeof args.uri !== 'string' || !args.start || typeof args.lastLine !== 'number' || !args.selection) return;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === args.uri);
  if (!editor) return;
  const document = editor.document;
  const inserted = document.validateRange(new vscode.Range(args.start.line, args.start.character, args.lastLine, Number.MAX_SAFE_INTEGER));
  if (!inserted.contains(editor.selection)) {
    const { start, end } = args.selection;
    const wanted = document.validateRange(new vscode.Range(start.line, start.character, end.line, end.character));
    editor.selection = new vscode.Selection(wanted.start, wanted.end);
  }
  // The whole block when it fits (its start otherwise), from column 0; then the selection itself,
  // which is already in view unless the block is taller than the editor (or, with word wrap off,
  // the placeholder sits far along a long line).
  editor.revealRange(new vscode.Range(inserted.start.line, 0, inserted.end.line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerRevealCommand(ctx: PostwrightContext): void {
  ctx.track(vscode.commands.registerCommand(REVEAL_INSERTED_COMMAND, revealInserted));
}
