// Settings over stdio: problems are shown once (non-modal warning), settings changes re-check open
// postings, and .postwright.json is read only once the client says the workspace is trusted.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, it } from 'node:test';
import { rules } from '../../server/src/rules/index.ts';
import { LspClient, ROOT, seedFiles } from './client.ts';

const seedText = readFileSync(resolve(ROOT, 'seeds', seedFiles()[0]), 'utf8');
const WARNING = 2;

describe('LSP settings', () => {
  let client: LspClient | undefined;
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'postwright-ws-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shows each settings problem once, as a non-modal warning', async () => {
    client = await LspClient.start({ initializationOptions: { settings: { postwright: { profile: 42 } } } });
    const first = await client.waitForMessage((m) => /postwright\.profile/.test(m.message));
    assert.equal(first.type, WARNING);
    // The same problem again: not shown again. A new problem: shown (and proves the reload ran).
    await client.notify('workspace/didChangeConfiguration', { settings: { postwright: { profile: 42 } } });
    await client.notify('workspace/didChangeConfiguration', { settings: { postwright: { profile: 42, rules: 'everything' } } });
    await client.waitForMessage((m) => /postwright\.rules/.test(m.message));
    assert.equal(client.messages.filter((m) => /postwright\.profile/.test(m.message)).length, 1);
  });

  it('re-checks open postings when settings change (push client with workspace/configuration)', async () => {
    client = await LspClient.start({ configuration: true, settings: {} });
    const uri = 'untitled:settings-push.posting';
    await client.open(uri, seedText);
    const before = await client.waitForVersion(uri, 1);
    assert.ok(before.diagnostics.length > 0, 'the seed has findings with default settings');
    client.settings = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, 'off'])) };
    const after = client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await after;
  });

  it('reads .postwright.json only when the workspace is trusted, and again when it changes', async () => {
    const config = join(dir, '.postwright.json');
    writeFileSync(config, '{ "profile": "generic", ');
    const folder = { uri: pathToFileURL(dir).href, name: 'ws' };
    client = await LspClient.start({ workspaceFolders: [folder], initializationOptions: { trusted: false } });
    // A settings problem arriving proves the initial load (settings, then workspace files) finished.
    await client.notify('workspace/didChangeConfiguration', { settings: { postwright: { profile: 42 } } });
    await client.waitForMessage((m) => /postwright\.profile/.test(m.message));
    assert.ok(!client.messages.some((m) => /not valid JSON/.test(m.message)), 'read .postwright.json in an untrusted workspace');

    await client.notify('postwright/trust', { trusted: true });
    const invalid = await client.waitForMessage((m) => /\.postwright\.json: not valid JSON/.test(m.message));
    assert.equal(invalid.type, WARNING);

    writeFileSync(config, JSON.stringify({ profile: 'generic', colour: 'blue' }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    await client.waitForMessage((m) => /unknown key 'colour'/.test(m.message));
  });

  it('reads .postwright.json at start when initializationOptions.trusted is true', async () => {
    writeFileSync(join(dir, '.postwright.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    client = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }], initializationOptions: { trusted: true } });
    await client.waitForMessage((m) => /no-such-rule/.test(m.message));
  });
});
