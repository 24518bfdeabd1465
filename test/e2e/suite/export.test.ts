import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_003, activateExtension, closeAll, open, waitFor } from './helpers.ts';

suite('export JSON-LD', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAll);

  test('Postwright: Export JSON-LD opens the JobPosting beside the posting', async () => {
    await open(`${SEED_003}.posting`);
    // Not awaited: the command ends on a notification listing missing fields, which waits for the writer.
    void vscode.commands.executeCommand('postwright.exportJsonLd');
    const doc = await waitFor('an exported JSON-LD document', () =>
      vscode.workspace.textDocuments.find((d) => d.isUntitled && d.languageId === 'json' && d.getText().includes('"JobPosting"')),
    );
    const data = JSON.parse(doc.getText()) as { '@type': string; title: string; hiringOrganization: { name: string }; datePosted: string };
    assert.equal(data['@type'], 'JobPosting');
    assert.equal(data.title, 'Chief Schools Officer');
    assert.equal(data.hiringOrganization.name, 'School District of Philadelphia');
    assert.equal(data.datePosted, '2020-01-07');
    // Close the untitled result without a save prompt.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
