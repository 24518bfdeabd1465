// "Postwright: Show Posting Report": a webview beside the editor with the report of one posting
// (required sections, pay transparency, length and bullets, reading grade, gender-coded balance,
// findings by rule). The server builds the report data (postwright/report); the page is rendered by
// the same renderer as `postwright report --format html`. It follows the active posting, updates as
// the writer types (debounced), and its line links reveal the line in the editor.
//
// Security: no network and no local resources (localResourceRoots: []); scripts only for the line
// links, under a CSP of default-src 'none' with a fresh nonce per page.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ReportRequest, type ReportResult } from '../../../server/src/protocol.ts';
import { escapeHtml } from '../../../server/src/facts/escape.ts';
import { renderReportBody, renderReportHtml, type ReportMessage, type ReportUpdate } from '../../../server/src/report/html.ts';
import type { PostwrightContext } from '../context.ts';
import { isPosting, targetPosting } from '../postings.ts';

export const REPORT_VIEW_TYPE = 'postwright.report';
const DEBOUNCE_MS = 300;

function fileName(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}

export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** True once the page's script said it is ready for update messages. */
  private ready = false;
  private generation = 0;

  private constructor(
    private readonly ctx: PostwrightContext,
    private readonly panel: vscode.WebviewPanel,
    private uri: vscode.Uri,
    private column: vscode.ViewColumn | undefined,
  ) {
    panel.onDidDispose(() => this.dispose(), null, this.disposables);
    panel.webview.onDidReceiveMessage((m: ReportMessage) => this.onMessage(m), null, this.disposables);
    let wasVisible = panel.visible;
    panel.onDidChangeViewState(
      (e) => {
        // A hidden webview loses its page (no retainContextWhenHidden): render afresh when shown again.
        const visible = e.webviewPanel.visible;
        if (visible && !wasVisible) {
          this.ready = false;
          this.schedule(0);
        }
        wasVisible = visible;
      },
      null,
      this.disposables,
    );
    vscode.workspace.onDidChangeTextDocument(
      (e) => {
        if (e.document.uri.toString() === this.uri.toString() && e.contentChanges.length) this.schedule(DEBOUNCE_MS);
      },
      null,
      this.disposables,
    );
    vscode.window.onDidChangeActiveTextEditor(
      (editor) => {
        if (editor && isPosting(editor.document) && editor.document.uri.toString() !== this.uri.toString()) {
          this.uri = editor.document.uri;
          this.column = editor.viewColumn;
          this.panel.title = `Posting Report: ${fileName(this.uri)}`;
          this.schedule(0);
        }
      },
      null,
      this.disposables,
    );
    // Settings or .postwright.json changes reach the report through new diagnostics.
    vscode.languages.onDidChangeDiagnostics(
      (e) => {
        if (e.uris.some((u) => u.toString() === this.uri.toString())) this.schedule(DEBOUNCE_MS);
      },
      null,
      this.disposables,
    );
  }

  /** Opens (or reveals and retargets) the report for `doc` beside its editor. */
  static async show(ctx: PostwrightContext, doc: vscode.TextDocument): Promise<ReportPanel> {
    const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.window.activeTextEditor?.viewColumn;
    const existing = ReportPanel.current;
    if (existing) {
      existing.uri = doc.uri;
      existing.column = column;
      existing.panel.title = `Posting Report: ${fileName(doc.uri)}`;
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      await existing.refresh(true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      REPORT_VIEW_TYPE,
      `Posting Report: ${fileName(doc.uri)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, enableForms: false, localResourceRoots: [], retainContextWhenHidden: false },
    );
    const report = new ReportPanel(ctx, panel, doc.uri, column);
    ReportPanel.current = report;
    panel.webview.html = loadingPage(panel.webview.cspSource);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Postwright: building the posting report…' }, () => report.refresh(true));
    return report;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh(false);
    }, delay);
  }

  /** Asks the server for the report and shows it (a full page the first time, then body updates). */
  async refresh(full: boolean): Promise<void> {
    const gen = ++this.generation;
    let data: ReportResult | null;
    try {
      data = await this.ctx.request(ReportRequest, { uri: this.uri.toString() });
    } catch (error) {
      this.ctx.output.error(`Posting report failed: ${error instanceof Error ? error.message : String(error)}`);
      data = null;
    }
    if (gen !== this.generation || !ReportPanel.current) return; // a newer refresh is under way, or closed
    const source = fileName(this.uri);
    if (!data) {
      this.ready = false;
      this.panel.webview.html = messagePage(this.panel.webview.cspSource, `${source}: this posting could not be analysed. See the Postwright output.`);
      return;
    }
    if (full || !this.ready) {
      this.ready = false;
      const nonce = randomBytes(16).toString('base64');
      this.panel.webview.html = renderReportHtml(data, { nonce, cspSource: this.panel.webview.cspSource, interactive: true, source });
    } else {
      const update: ReportUpdate = { type: 'update', body: renderReportBody(data, true, source) };
      void this.panel.webview.postMessage(update);
    }
  }

  private async onMessage(m: ReportMessage): Promise<void> {
    if (!m || typeof m !== 'object') return;
    if (m.type === 'ready') {
      this.ready = true;
      return;
    }
    if (m.type === 'reveal' && Number.isInteger(m.line) && m.line >= 0) {
      const doc = await vscode.workspace.openTextDocument(this.uri);
      const line = Math.min(m.line, doc.lineCount - 1);
      const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? this.column ?? vscode.ViewColumn.One, preserveFocus: false });
      const start = doc.lineAt(line).firstNonWhitespaceCharacterIndex;
      editor.selection = new vscode.Selection(line, start, line, start);
      editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function staticPage(cspSource: string, body: string): string {
  const nonce = randomBytes(16).toString('base64');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'"><style nonce="${nonce}">body{color:var(--vscode-foreground);font-family:var(--vscode-font-family);padding:1rem}</style></head><body>${body}</body></html>`;
}

function loadingPage(cspSource: string): string {
  return staticPage(cspSource, '<p>Building the posting report…</p>');
}

function messagePage(cspSource: string, message: string): string {
  return staticPage(cspSource, `<p>${escapeHtml(message)}</p>`);
}

/** The command: opens the report for the active posting (or the Uri given by a menu). */
export async function showReport(ctx: PostwrightContext, arg?: unknown): Promise<void> {
  const doc = await targetPosting(arg);
  if (!doc) {
    void vscode.window.showInformationMessage('Postwright: open a job posting (.posting) to see its report.');
    return;
  }
  await ReportPanel.show(ctx, doc);
}
