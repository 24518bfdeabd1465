// Settings per resource over stdio: in a multi-root workspace each folder has its own
// postwright.rules, so the server must ask workspace/configuration with the document's uri as
// scopeUri, keep the answer per document, and ask again after didChangeConfiguration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { LspClient, ROOT, seedFiles } from './client.ts';

const seedText = readFileSync(resolve(ROOT, 'seeds', seedFiles()[0]!), 'utf8');
const folderA = 'file:///tmp/postwright-folder-a';
const folderB = 'file:///tmp/postwright-folder-b';

describe('LSP settings per folder', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('two postings in two folders with different settings get different diagnostics', async () => {
    // Folder A turns off every rule that fires on the seed; folder B keeps the defaults.
    const probe = await LspClient.start({ configuration: true, settings: {} });
    const probeUri = `${folderB}/probe.posting`;
    await probe.open(probeUri, seedText);
    const defaults = await probe.waitForVersion(probeUri, 1);
    await probe.stop();
    const firing = [...new Set(defaults.diagnostics.map((d) => String(d.code)))];
    assert.ok(firing.length > 0, 'the seed has findings with default settings');

    let silenceA = Object.fromEntries(firing.map((id) => [id, 'off']));
    client = await LspClient.start({
      configuration: true,
      workspaceFolders: [
        { uri: folderA, name: 'a' },
        { uri: folderB, name: 'b' },
      ],
      settingsFor: (scopeUri) => (scopeUri?.startsWith(`${folderA}/`) ? { rules: silenceA } : {}),
    });
    const uriA = `${folderA}/posting.posting`;
    const uriB = `${folderB}/posting.posting`;
    await client.open(uriA, seedText);
    await client.open(uriB, seedText);
    const a = await client.waitForVersion(uriA, 1);
    const b = await client.waitForVersion(uriB, 1);
    assert.deepEqual(
      a.diagnostics.map((d) => d.code),
      [],
      'folder A turns those rules off',
    );
    assert.deepEqual([...new Set(b.diagnostics.map((d) => String(d.code)))].sort(), [...firing].sort(), 'folder B keeps the defaults');
    assert.ok(client.configurationScopes.includes(uriA) && client.configurationScopes.includes(uriB), 'asked with each document as scopeUri');

    // A settings change is asked for again per document: folder A back to the defaults.
    silenceA = {};
    const published = client.published.length;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const again = await client.waitForDiagnostics(uriA, (p) => p.diagnostics.length > 0);
    assert.ok(client.published.length > published);
    assert.deepEqual([...new Set(again.diagnostics.map((d) => String(d.code)))].sort(), [...firing].sort());
  });
});
