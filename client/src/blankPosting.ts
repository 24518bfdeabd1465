// A blank posting gets one invitation from the server (code BLANK_POSTING_CODE); the light bulb on it
// offers "Start from a template…", which runs "New Posting from Template" and fills the empty file.
import * as vscode from 'vscode';
import { BLANK_POSTING_CODE } from '../../server/src/protocol.ts';
import type { PostwrightContext } from './context.ts';
import { POSTING_LANGUAGE } from './postings.ts';

function isInvitation(d: vscode.Diagnostic): boolean {
  const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
  return code === BLANK_POSTING_CODE;
}

export function registerBlankPostingAction(ctx: PostwrightContext): void {
  ctx.track(
    vscode.languages.registerCodeActionsProvider(
      { language: POSTING_LANGUAGE },
      {
        provideCodeActions(_document, _range, context) {
          const invitation = context.diagnostics.find(isInvitation);
          if (!invitation) return [];
          const action = new vscode.CodeAction(vscode.l10n.t('Start from a template…'), vscode.CodeActionKind.QuickFix);
          action.diagnostics = [invitation];
          action.isPreferred = true;
          action.command = { command: 'postwright.newPostingFromTemplate', title: vscode.l10n.t('Start from a template…') };
          return [action];
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );
}
