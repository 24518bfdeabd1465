import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { KIND_WORDS, SEED_003, activateExtension, closeAll, labels, missingSectionKind, openCopy, postwrightDiagnostics, waitFor } from './helpers.ts';

suite('quick fix', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAll);

  test('a missing-section finding has a quick fix that inserts the section', async () => {
    const { document } = await openCopy(SEED_003, 'quickfix');
    const { missing } = labels(SEED_003);
    const diagnostic = await waitFor('a missing-section diagnostic', () => postwrightDiagnostics(document.uri).find((d) => missingSectionKind(d, missing)));
    const kind = missingSectionKind(diagnostic, missing)!;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
      10,
    );
    const fixes = actions.filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a);
    const fix = fixes.find((a) => (a.diagnostics ?? []).some((d) => d.message === diagnostic.message) && (a.edit || a.command)) ?? fixes.find((a) => KIND_WORDS[kind].test(a.title));
    assert.ok(fix, `no quick fix for "${diagnostic.message}"; actions: ${actions.map((a) => a.title).join(' | ')}`);
    const before = document.getText().length;
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit did not apply');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    await waitFor('the document to change', () => document.getText().length > before);
    await waitFor(`the missing-section finding for ${kind} to go away`, () => !postwrightDiagnostics(document.uri).some((d) => missingSectionKind(d, [kind])));
  });
});
