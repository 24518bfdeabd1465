// Saying "not here" over stdio, as a writer meets it: a directive silences a finding; "Ignore here"
// and "Disable in this file" edits apply cleanly and the finding is gone after; workspace-file
// actions edit .postwright.json (created when absent) only in a trusted workspace with a folder.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyTextEdits } from '../../server/src/features/codeActions.ts';
import { fileUri, LspClient, type PublishDiagnostics } from './client.ts';

type Diagnostic = PublishDiagnostics['diagnostics'][number];
interface Edit {
  range: Diagnostic['range'];
  newText: string;
}
interface Action {
  title: string;
  edit?: { changes?: Record<string, Edit[]>; documentChanges?: Array<{ kind?: string; uri?: string; textDocument?: { uri: string }; edits?: Edit[] }> };
}

const POSTING = ['Teacher', '', 'Responsibilities', '- Teach the the students every day.', '- Grade the the papers on time.', ''].join('\n');

function repeated(p: PublishDiagnostics): Diagnostic[] {
  return p.diagnostics.filter((d) => d.code === 'repeated-word');
}

describe('LSP suppression', () => {
  let dir: string;
  let client: LspClient;
  let untrusted: LspClient;
  let version = 1;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-suppress-'));
    const folders = [{ uri: fileUri(dir), name: 'w' }];
    client = await LspClient.start({ pull: false, workspaceFolders: folders, initializationOptions: { trusted: true }, capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, workspaceFolders: true } } });
    untrusted = await LspClient.start({ pull: false, workspaceFolders: folders, initializationOptions: { trusted: false } });
  });
  after(async () => {
    await client?.stop();
    await untrusted?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openAndWait(c: LspClient, uri: string, text: string): Promise<PublishDiagnostics> {
    version++;
    await c.open(uri, text, 'job-posting', version);
    return c.waitForVersion(uri, version);
  }

  it('a next-line directive silences the finding below it and nothing else', async () => {
    const uri = fileUri(join(dir, 'directive.posting'));
    const text = POSTING.replace('- Teach', '// postwright-disable-next-line repeated-word\n- Teach');
    const p = await openAndWait(client, uri, text);
    assert.deepEqual(
      repeated(p).map((d) => d.range.start.line),
      [5],
      'only the second repeated word (line 5) is left',
    );
    assert.equal(p.diagnostics.filter((d) => d.range.start.line === 3).length, 0, 'nothing is reported on the directive line');
  });

  it('"Ignore here" and "Disable in this file" apply cleanly and the finding is gone after', async () => {
    const uri = fileUri(join(dir, 'actions.posting'));
    const p = await openAndWait(client, uri, POSTING);
    const first = repeated(p)[0]!;
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } });
    const titles = actions.map((a) => a.title);
    for (const t of ['Ignore repeated-word here', 'Disable repeated-word in this file', 'Disable repeated-word in this workspace']) assert.ok(titles.includes(t), `${t} in ${titles.join(' | ')}`);

    const ignore = actions.find((a) => a.title === 'Ignore repeated-word here')!;
    const ignored = applyTextEdits(POSTING, ignore.edit!.changes![uri]!);
    assert.equal(ignored, POSTING.replace('- Teach', '// postwright-disable-next-line repeated-word\n- Teach'), 'one line inserted above, every other byte kept');
    const after1 = await openAndWait(client, fileUri(join(dir, 'ignored.posting')), ignored);
    assert.deepEqual(repeated(after1).map((d) => d.range.start.line), [5]);

    const disable = actions.find((a) => a.title === 'Disable repeated-word in this file')!;
    const disabled = applyTextEdits(POSTING, disable.edit!.changes![uri]!);
    assert.equal(disabled, `---\ndisable: [repeated-word]\n---\n${POSTING}`);
    const after2 = await openAndWait(client, fileUri(join(dir, 'disabled.posting')), disabled);
    assert.deepEqual(repeated(after2), []);
    assert.equal(after2.diagnostics.filter((d) => d.code === 'duplicate-title' || d.range.start.line < 3).length, 0, 'the front matter is not read as the title or a field');
  });

  it('"Disable in this workspace" creates .postwright.json, and edits it in place once it exists', async () => {
    const uri = fileUri(join(dir, 'workspace.posting'));
    const p = await openAndWait(client, uri, POSTING);
    const first = repeated(p)[0]!;
    const ask = () => client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } });
    const configUri = fileUri(join(dir, '.postwright.json'));
    const create = (await ask()).find((a) => a.title === 'Disable repeated-word in this workspace')!;
    const changes = create.edit!.documentChanges!;
    assert.equal(changes[0]!.kind, 'create');
    assert.equal(changes[0]!.uri, configUri);
    assert.equal(JSON.parse(changes[1]!.edits![0]!.newText).rules['repeated-word'], 'off');

    const existing = '{\n\t"//": "team settings",\n\t"rules": { "spelling": "info" }\n}\n';
    writeFileSync(join(dir, '.postwright.json'), existing);
    const edit = (await ask()).find((a) => a.title === 'Disable repeated-word in this workspace')!;
    const after = applyTextEdits(existing, edit.edit!.changes![configUri]!);
    assert.deepEqual(JSON.parse(after), { '//': 'team settings', rules: { spelling: 'info', 'repeated-word': 'off' } });
    assert.ok(after.startsWith('{\n\t"//": "team settings",\n\t"rules": { "spelling": "info"'), `the rest of the file is kept:\n${after}`);
  });

  it('offers no workspace-file action in an untrusted workspace', async () => {
    const uri = fileUri(join(dir, 'untrusted.posting'));
    const p = await openAndWait(untrusted, uri, POSTING);
    const first = repeated(p)[0]!;
    const titles = (await untrusted.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } })).map((a) => a.title);
    assert.ok(titles.includes('Ignore repeated-word here'), titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('workspace') || t.includes('dictionary')), titles.join(' | '));
  });
});
