// "Postwright: Export JSON-LD" (and HTML / Markdown): asks the server for the export of the posting
// and opens it beside the posting as an untitled document, listing the Google fields that could not
// be filled (they are reported, never invented).
import * as vscode from 'vscode';
import type { ExportFormat } from '../../../server/src/export/index.ts';
import { ExportRequest } from '../../../server/src/protocol.ts';
import type { PostwrightContext } from '../context.ts';
import { targetPosting } from '../postings.ts';

const LABELS: Record<ExportFormat, string> = { jsonld: 'JSON-LD', html: 'HTML page', markdown: 'Markdown' };

export async function exportPosting(ctx: PostwrightContext, format: ExportFormat, arg?: unknown): Promise<void> {
  const doc = await targetPosting(arg);
  if (!doc) {
    void vscode.window.showInformationMessage('Postwright: open a job posting (.posting) to export it.');
    return;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Postwright: exporting ${LABELS[format]}…`, cancellable: false },
    () => ctx.request(ExportRequest, { uri: doc.uri.toString(), format }),
  );
  if (!result) {
    void vscode.window.showWarningMessage('Postwright: this posting could not be analysed, so nothing was exported.');
    return;
  }
  const out = await vscode.workspace.openTextDocument({ language: result.language, content: result.content });
  await vscode.window.showTextDocument(out, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  if (result.missing.length) {
    ctx.output.info(`Export of ${doc.uri.fsPath || doc.uri.toString()} (${LABELS[format]}): fields Google for Jobs will lack:`);
    for (const m of result.missing) ctx.output.info(`  ${m.level} ${m.field}: ${m.message}`);
    const required = result.missing.filter((m) => m.level === 'required');
    const text = required.length
      ? `Postwright: ${required.length} required JobPosting field${required.length === 1 ? '' : 's'} missing (${required.map((m) => m.field).join(', ')}); ${result.missing.length - required.length} recommended.`
      : `Postwright: all required JobPosting fields filled; ${result.missing.length} recommended field${result.missing.length === 1 ? '' : 's'} missing (${result.missing.map((m) => m.field).join(', ')}).`;
    const choice = await (required.length ? vscode.window.showWarningMessage(text, 'Show Details') : vscode.window.showInformationMessage(text, 'Show Details'));
    if (choice === 'Show Details') ctx.output.show(true);
  }
}

export const exportJsonLd = (ctx: PostwrightContext, arg?: unknown) => exportPosting(ctx, 'jsonld', arg);
export const exportHtml = (ctx: PostwrightContext, arg?: unknown) => exportPosting(ctx, 'html', arg);
export const exportMarkdown = (ctx: PostwrightContext, arg?: unknown) => exportPosting(ctx, 'markdown', arg);
