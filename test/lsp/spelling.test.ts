// Spelling over stdio: on by default, its word list loaded in the background after initialize (no
// keystroke waits for it), and the open postings checked again once it is in; a setting turns it off.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { LspClient } from './client.ts';

const TEXT = 'Library Aide\n\nThe aide shelves books and helps with clasroom reading groups.\n';
const spellingWords = (p: { diagnostics: Array<{ code?: string | number; data?: unknown }> }) =>
  p.diagnostics.filter((d) => d.code === 'spelling').map((d) => (d.data as { word?: string }).word);

describe('LSP spelling', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('reports a typing slip by default once the dictionary is loaded (push client)', async () => {
    client = await LspClient.start({ pull: false });
    const uri = 'untitled:spelling-push.posting';
    await client.open(uri, TEXT, 'job-posting', 1);
    const withSpelling = await client.waitForDiagnostics(uri, (p) => spellingWords(p).length > 0, { includePast: true });
    assert.deepEqual(spellingWords(withSpelling), ['clasroom']);
    await client.waitForLog((m) => /spelling dictionary loaded \(\d+ ms\)/.test(m.message));
  });

  it('asks a pull client to refresh when the dictionary is in, and then reports the slip', async () => {
    client = await LspClient.start({ pull: true });
    const uri = 'untitled:spelling-pull.posting';
    await client.open(uri, TEXT, 'job-posting', 1);
    await client.waitForLog((m) => /spelling dictionary loaded/.test(m.message));
    const report = (await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
      items: Array<{ code?: string | number; data?: unknown }>;
    };
    assert.deepEqual(spellingWords({ diagnostics: report.items }), ['clasroom']);
    assert.ok(client.refreshRequests >= 1, 'the server asked the client to pull again');
  });

  it('reports nothing when a setting turns spelling off', async () => {
    client = await LspClient.start({ pull: false, configuration: true, settings: { rules: { spelling: 'off' } } });
    const uri = 'untitled:spelling-off.posting';
    await client.open(uri, TEXT, 'job-posting', 1);
    await client.waitForLog((m) => /spelling dictionary loaded/.test(m.message));
    await client.change(uri, 2, [{ text: TEXT.replace('books', 'novels') }]);
    const second = await client.waitForVersion(uri, 2);
    assert.ok(second.diagnostics.length > 0, 'the posting is checked');
    assert.deepEqual(spellingWords(second), []);
  });
});
