// Diagnostics over stdio, both modes: a client without pull support gets debounced pushes (never a
// diagnosticProvider), a client with pull support gets textDocument/diagnostic answers (never a push).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient, ROOT, seedFiles, type PublishDiagnostics } from './client.ts';

const seed = seedFiles()[0];
const seedText = readFileSync(resolve(ROOT, 'seeds', seed), 'utf8');
const DOCS = /^https:\/\/github\.com\/postwright\/postwright\/blob\/main\/docs\/rules\/[a-z0-9-]+\.md$/;

function checkShape(diagnostics: PublishDiagnostics['diagnostics']): void {
  for (const d of diagnostics) {
    assert.equal(d.source, 'postwright');
    if (d.code === undefined) continue; // only the "not analysed" note has no rule
    assert.equal(typeof d.code, 'string');
    assert.match(d.codeDescription?.href ?? '', DOCS);
    assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4);
    const data = d.data as { rule: string; fixes: unknown[] };
    assert.equal(data.rule, d.code);
    assert.ok(Array.isArray(data.fixes));
  }
}

describe('LSP diagnostics: push client', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: false });
  });
  after(async () => {
    await client?.stop();
  });

  it('publishes after didOpen and again after didChange, for the new version', async () => {
    const uri = 'untitled:push-1.posting';
    await client.open(uri, seedText, 'job-posting', 1);
    const first = await client.waitForVersion(uri, 1);
    checkShape(first.diagnostics);
    await client.change(uri, 2, [{ text: 'Teacher\n\nNothing else.\n' }]);
    const second = await client.waitForVersion(uri, 2);
    checkShape(second.diagnostics);
    // A NUL byte makes the document "binary": exactly one note, nothing else.
    await client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\u0000' }]);
    const third = await client.waitForVersion(uri, 3);
    assert.equal(third.diagnostics.length, 1);
    assert.match(third.diagnostics[0].message, /not analysed: .*NUL/);
    assert.equal(third.diagnostics[0].severity, 3);
  });

  it('a burst of changes: never publishes an older version after a newer one, and ends on the last', async () => {
    const uri = 'untitled:push-burst.posting';
    await client.open(uri, seedText, 'job-posting', 1);
    await client.waitForVersion(uri, 1);
    // Ten edits written back to back, as a fast typist's client sends them.
    const edits: Array<Promise<unknown>> = [];
    for (let v = 2; v <= 11; v++) {
      edits.push(client.change(uri, v, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }]));
    }
    await Promise.all(edits);
    await client.waitForVersion(uri, 11);
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version as number);
    // How many versions are published depends on timing: a quick analysis has no push delay (see
    // test/unit/push-delay.test.ts for when pushes wait and coalesce), so only the order is asserted.
    // The same version may be published again (the spelling dictionary, loaded in the background,
    // re-checks open documents), never an older one after a newer.
    for (let k = 1; k < versions.length; k++) assert.ok(versions[k]! >= versions[k - 1]!, `version ${versions[k]} published after ${versions[k - 1]}`);
    assert.equal(versions[versions.length - 1], 11);
  });

  it('clears diagnostics on close', async () => {
    const uri = 'untitled:push-close.posting';
    await client.open(uri, '\u0000binary', 'job-posting', 1);
    const opened = await client.waitForVersion(uri, 1);
    assert.equal(opened.diagnostics.length, 1);
    const cleared = client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.close(uri);
    await cleared;
  });

  it('huge documents get one "not analysed" note', async () => {
    const uri = 'untitled:huge.posting';
    const big = `Teacher\n${'All work and no play makes a long posting.\n'.repeat(130_000)}`;
    assert.ok(big.length > 5 * 1024 * 1024);
    await client.open(uri, big, 'job-posting', 1);
    const result = await client.waitForVersion(uri, 1);
    assert.equal(result.diagnostics.length, 1);
    assert.match(result.diagnostics[0].message, /not analysed: .*too large/);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);
    await client.close(uri);
  });

  it('ignores documents of other languages', async () => {
    const uri = 'untitled:notes.md';
    await client.open(uri, '# Notes\n\u0000', 'markdown', 1);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);
    // A job posting opened after it is published; the markdown file never is.
    const other = 'untitled:after-md.posting';
    await client.open(other, 'Teacher\n', 'job-posting', 1);
    await client.waitForVersion(other, 1);
    assert.ok(!client.published.some((p) => p.uri === uri));
  });

  it('re-publishes open documents when the settings change', async () => {
    const uri = 'untitled:settings.posting';
    await client.open(uri, seedText, 'job-posting', 1);
    await client.waitForVersion(uri, 1);
    const count = client.published.filter((p) => p.uri === uri).length;
    const again = client.waitForDiagnostics(uri, () => client.published.filter((p) => p.uri === uri).length > count);
    await client.notify('workspace/didChangeConfiguration', { settings: { postwright: { profile: 'generic' } } });
    const republished = await again;
    assert.equal(republished.version, 1);
  });
});

describe('LSP diagnostics: pull client', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: true, configuration: true, settings: { profile: 'auto' } });
  });
  after(async () => {
    await client?.stop();
  });

  it('offers a diagnosticProvider', () => {
    const provider = client.capabilities.diagnosticProvider as { interFileDependencies: boolean; workspaceDiagnostics: boolean };
    assert.ok(provider);
    assert.equal(provider.interFileDependencies, false);
    assert.equal(provider.workspaceDiagnostics, false);
  });

  it('answers textDocument/diagnostic, and "unchanged" for the same version', async () => {
    const uri = 'untitled:pull-1.posting';
    await client.open(uri, seedText, 'job-posting', 1);
    const report = await client.request<{ kind: string; resultId?: string; items: PublishDiagnostics['diagnostics'] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    checkShape(report.items);
    assert.ok(report.resultId);
    const again = await client.request<{ kind: string; resultId?: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    assert.equal(again.kind, 'unchanged');
    assert.equal(again.resultId, report.resultId);
    await client.change(uri, 2, [{ text: '\u0000' }]);
    const changed = await client.request<{ kind: string; items: PublishDiagnostics['diagnostics'] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    assert.equal(changed.kind, 'full');
    assert.equal(changed.items.length, 1);
    assert.match(changed.items[0].message, /not analysed/);
  });

  it('answers an empty report for unknown documents', async () => {
    const report = await client.request<{ kind: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: 'untitled:never-opened.posting' } });
    assert.deepEqual(report, { kind: 'full', items: [] });
  });

  it('asks the client to refresh when the settings change, and never pushes', async () => {
    const refreshed = client.waitForRefresh();
    client.settings = { profile: 'generic' };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    // The pull client may have got a watcher/configuration registration, but never a push.
    assert.equal(client.published.length, 0, 'a pull client must not get publishDiagnostics');
    assert.ok(client.refreshRequests >= 1);
  });

  it('asks for the postwright section and registers for configuration and .postwright.json changes', () => {
    const methods = (client.registrations as Array<{ method: string; registerOptions?: { watchers?: Array<{ globPattern: string }> } }>).map((r) => r.method);
    assert.ok(methods.includes('workspace/didChangeConfiguration'));
    const watch = (client.registrations as Array<{ method: string; registerOptions?: { watchers?: Array<{ globPattern: string }> } }>).find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.equal(watch?.registerOptions?.watchers?.[0]?.globPattern, '**/.postwright.json');
  });
});
