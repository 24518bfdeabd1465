import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_003, activateExtension, closeAll, labels, missingSectionKind, open, postwrightDiagnostics, ruleOf, waitFor } from './helpers.ts';

suite('diagnostics', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAll);

  test("seed 003: 'his/her' is flagged on line 4", async () => {
    const { document } = await open(`${SEED_003}.posting`);
    const found = await waitFor("a Postwright diagnostic about 'his/her'", () =>
      postwrightDiagnostics(document.uri).find((d) => /his\/her/i.test(d.message)),
    );
    assert.equal(found.range.start.line, 3, `expected line 4 (0-based 3), got ${found.range.start.line}`);
    assert.equal(document.getText(found.range).toLowerCase().includes('his/her'), true, `range covers '${document.getText(found.range)}'`);
    assert.ok(ruleOf(found), 'the diagnostic carries its rule id as code');
  });

  test('seed 003: a missing-section finding names a missing kind', async () => {
    const { document } = await open(`${SEED_003}.posting`);
    const { missing } = labels(SEED_003);
    const found = await waitFor('a missing-section diagnostic naming a kind', () =>
      postwrightDiagnostics(document.uri).find((d) => missingSectionKind(d, missing)),
    );
    assert.ok(found.message.length > 10);
  });

  test('diagnostics follow edits: a new his/her line is flagged, removing it clears it', async () => {
    const { document, editor } = await open(`${SEED_003}.posting`);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\nThe candidate brings his/her own laptop.\n'));
    const line = [...Array(document.lineCount).keys()].find((i) => document.lineAt(i).text.includes('brings his/her own laptop'));
    assert.ok(line !== undefined, 'the edit did not land');
    await waitFor('a his/her diagnostic on the inserted line', () =>
      postwrightDiagnostics(document.uri).find((d) => /his\/her/i.test(d.message) && d.range.start.line === line),
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the inserted line\'s diagnostic to go away', () =>
      !postwrightDiagnostics(document.uri).some((d) => d.range.start.line === line),
    );
  });
});
