// Rule docs offline: every diagnostic's link (its code's target) is pointed at the rule's page
// shipped in the extension (docs/rules/<id>.md) instead of the web, so "Learn more" works with the
// network off. The server cannot do this itself: it runs for other editors too, and LSP's
// codeDescription.href must be a URI the editor can open (VS Code refuses command: links there),
// so the client rewrites it to a file URI VS Code opens in an editor.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** The rule ids whose page the extension ships. */
export async function bundledRuleDocs(extensionUri: vscode.Uri): Promise<ReadonlySet<string>> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(extensionUri, 'docs', 'rules'));
    return new Set(entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => name.slice(0, -3)));
  } catch {
    return new Set();
  }
}

function pointAtBundledDocs(diagnostics: readonly vscode.Diagnostic[], extensionUri: vscode.Uri, ids: ReadonlySet<string>): void {
  for (const d of diagnostics) {
    const code = d.code;
    if (!/postwright/i.test(d.source ?? '') || typeof code !== 'object' || code === null) continue;
    const id = String(code.value);
    if (ids.has(id)) d.code = { value: code.value, target: vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`) };
  }
}

/** Language client middleware that rewrites rule links, for pushed and pulled diagnostics alike. */
export function ruleDocsMiddleware(extensionUri: vscode.Uri, ids: ReadonlySet<string>): Middleware {
  return {
    handleDiagnostics(uri, diagnostics, next) {
      pointAtBundledDocs(diagnostics, extensionUri, ids);
      next(uri, diagnostics);
    },
    async provideDiagnostics(document, previousResultId, token, next) {
      const report = await next(document, previousResultId, token);
      if (report && 'items' in report && Array.isArray(report.items)) pointAtBundledDocs(report.items, extensionUri, ids);
      return report;
    },
  };
}
