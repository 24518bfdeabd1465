import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_003, activateExtension, closeAll, open, postwrightDiagnostics, ruleOf, waitFor } from './helpers.ts';

suite('settings', () => {
  suiteSetup(activateExtension);
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('postwright').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  test('postwright.rules changes a diagnostic\'s severity and can turn its rule off', async () => {
    const { document } = await open(`${SEED_003}.posting`);
    const hisHer = () => postwrightDiagnostics(document.uri).find((d) => /his\/her/i.test(d.message));
    const original = await waitFor("the 'his/her' diagnostic", hisHer);
    const rule = ruleOf(original);
    assert.ok(rule, 'the diagnostic has no rule id (code)');
    const target = original.severity === vscode.DiagnosticSeverity.Error ? 'info' : 'error';
    const expected = target === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Information;
    const config = () => vscode.workspace.getConfiguration('postwright');

    await config().update('rules', { [rule]: target }, vscode.ConfigurationTarget.Workspace);
    await waitFor(`the ${rule} diagnostic to become ${target}`, () => hisHer()?.severity === expected);

    await config().update('rules', { [rule]: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(`the ${rule} diagnostic to go away when the rule is off`, () => !hisHer());

    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(`the ${rule} diagnostic to come back with its default severity`, () => hisHer()?.severity === original.severity);
  });
});
