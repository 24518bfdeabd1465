import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_003, activateExtension, closeAll, open, waitFor } from './helpers.ts';

suite('posting report', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAll);

  test('Postwright: Show Posting Report opens a webview', async () => {
    await open(`${SEED_003}.posting`);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('postwright.showReport'), 'command postwright.showReport is not registered');
    await vscode.commands.executeCommand('postwright.showReport');
    const tab = await waitFor('a report webview tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /report/i.test(t.label)),
    );
    assert.ok(tab.label.length > 0);
  });
});
