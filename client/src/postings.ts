// Which VS Code documents are job postings, and which one a command means.
import * as vscode from 'vscode';

import { POSTING_LANGUAGE_ID } from './documentSelector.ts';

export const POSTING_LANGUAGE = POSTING_LANGUAGE_ID;

export function isPosting(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && (doc.languageId === POSTING_LANGUAGE || doc.uri.path.toLowerCase().endsWith('.posting'));
}

/** The posting the user means: the argument (a Uri from a menu), else the active or a visible posting. */
export async function targetPosting(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) {
    const doc = await vscode.workspace.openTextDocument(arg);
    return isPosting(doc) ? doc : undefined;
  }
  const doc = vscode.window.activeTextEditor?.document;
  if (isPosting(doc)) return doc;
  // The report webview may have focus: use the posting visible beside it.
  return vscode.window.visibleTextEditors.map((e) => e.document).find(isPosting);
}
