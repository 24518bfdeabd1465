// A status bar item for the active posting: its district profile and its findings count (from the
// diagnostics VS Code already has). Clicking it opens the posting report. Hidden for other files.
import * as vscode from 'vscode';
import { ReportRequest } from '../../server/src/protocol.ts';
import type { PostwrightContext } from './context.ts';
import { isPosting } from './postings.ts';

const DEBOUNCE_MS = 250;

function counts(uri: vscode.Uri): { errors: number; warnings: number; notes: number } {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const d of vscode.languages.getDiagnostics(uri)) {
    if (!/postwright/i.test(d.source ?? '')) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}

/** "1 warning", "2 warnings": counts in words a writer reads, translated through vscode.l10n. */
export function countWords(n: number, one: string, many: string): string {
  return n === 1 ? vscode.l10n.t('1 {0}', one) : vscode.l10n.t('{0} {1}', n, many);
}

function findingsSentence(c: { errors: number; warnings: number; notes: number }): string {
  return [
    countWords(c.errors, vscode.l10n.t('error'), vscode.l10n.t('errors')),
    countWords(c.warnings, vscode.l10n.t('warning'), vscode.l10n.t('warnings')),
    countWords(c.notes, vscode.l10n.t('note'), vscode.l10n.t('notes')),
  ].join(', ');
}

export function registerStatusBar(ctx: PostwrightContext): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('postwright.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Postwright';
  item.command = 'postwright.showReport';
  ctx.track(item);
  /** Profile name by document URI and version, so typing does not re-ask the server each keystroke. */
  const profiles = new Map<string, { version: number; name: string; state: string | null }>();
  let timer: NodeJS.Timeout | undefined;

  const render = (doc: vscode.TextDocument, profile?: { name: string; state: string | null }) => {
    const c = counts(doc.uri);
    const total = c.errors + c.warnings + c.notes;
    const name = profile ? profile.name : 'Postwright';
    item.text = `$(checklist) ${name}  $(error) ${c.errors} $(warning) ${c.warnings}${c.notes ? ` $(info) ${c.notes}` : ''}`;
    const tip = new vscode.MarkdownString(
      `**Postwright** — profile: ${profile ? `${profile.name}${profile.state ? ` (${profile.state})` : ''}` : 'not known yet'}\n\n${countWords(total, vscode.l10n.t('finding'), vscode.l10n.t('findings'))}: ${findingsSentence(c)}.\n\n${vscode.l10n.t('Click to open the posting report.')}`,
    );
    item.tooltip = tip;
    item.accessibilityInformation = { label: vscode.l10n.t('Postwright: profile {0}, {1}. Open the posting report.', name, findingsSentence(c)) };
    item.show();
  };

  const update = async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!isPosting(doc)) {
      item.hide();
      return;
    }
    const key = doc.uri.toString();
    const known = profiles.get(key);
    render(doc, known);
    try {
      const report = await ctx.request(ReportRequest, { uri: key });
      if (report) profiles.set(key, { version: report.version, name: report.profile.name, state: report.profile.state });
    } catch {
      return; // server not running yet: the counts alone are shown
    }
    if (vscode.window.activeTextEditor?.document.uri.toString() === key) render(doc, profiles.get(key));
  };
  const schedule = (delay = DEBOUNCE_MS) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void update();
    }, delay);
  };

  [
    vscode.window.onDidChangeActiveTextEditor(() => schedule(0)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) schedule();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => profiles.delete(doc.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('postwright')) {
        profiles.clear();
        schedule();
      }
    }),
    { dispose: () => timer && clearTimeout(timer) },
  ].forEach((d) => ctx.track(d));
  schedule(0);
  return item;
}
