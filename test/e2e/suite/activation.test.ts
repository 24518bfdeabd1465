import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, SEED_003, closeAll, open, waitFor } from './helpers.ts';

suite('activation', () => {
  suiteTeardown(closeAll);

  test('a .posting file opens as Job Posting and activates Postwright', async () => {
    const { document } = await open(`${SEED_003}.posting`);
    assert.equal(document.languageId, 'job-posting');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await waitFor('the extension to activate on a .posting file', () => extension.isActive, 20_000);
  });
});
