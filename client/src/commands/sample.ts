// "Postwright: Open a Sample Posting" (the walkthrough's first step): a copy of the sample shipped in
// media/ as a new Untitled posting, so the writer can try fixes without touching the extension's file.
import * as vscode from 'vscode';
import type { PostwrightContext } from '../context.ts';
import { POSTING_LANGUAGE } from '../postings.ts';

export async function openSample(ctx: PostwrightContext): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ctx.extension.extensionUri, 'media', 'sample.posting'));
  const doc = await vscode.workspace.openTextDocument({ language: POSTING_LANGUAGE, content: new TextDecoder('utf-8').decode(bytes) });
  await vscode.window.showTextDocument(doc);
}
