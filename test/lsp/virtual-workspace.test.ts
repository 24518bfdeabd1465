// Postings in a virtual workspace (a vscode-vfs:// folder, as GitHub Repositories opens one) over
// stdio: the server works from the editor's buffers and from text the client reads, so open
// postings get diagnostics, quick fixes and completion, and Check All Postings checks a closed one;
// the workspace's own files are on no disk the server can reach, so no action offers to edit
// .postwright.json. This is what package.json's "virtualWorkspaces": "limited" promises.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CheckPostingRequest } from '../../server/src/protocol.ts';
import { LspClient } from './client.ts';

const FOLDER = 'vscode-vfs://github/example-district/postings';
const POSTING = ['Custodian', '', 'Responsibilities', '- Cleans his/her assigned rooms and hallways.', '- Empties trash daily.', ''].join('\n');

describe('LSP in a virtual workspace (vscode-vfs)', () => {
  let client: LspClient;
  const uri = `${FOLDER}/custodian.posting`;

  before(async () => {
    client = await LspClient.start({
      pull: false,
      workspaceFolders: [{ uri: FOLDER, name: 'postings' }],
      initializationOptions: { trusted: true },
      capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, workspaceFolders: true, configuration: true } },
    });
    await client.open(uri, POSTING, 'job-posting', 1);
  });
  after(async () => {
    await client?.stop();
  });

  it('an open posting gets diagnostics, and its quick fix, but no action on a workspace file it cannot reach', async () => {
    const published = await client.waitForVersion(uri, 1);
    const d = published.diagnostics.find((x) => x.code === 'gendered-pronoun');
    assert.ok(d, `no gendered-pronoun diagnostic: ${published.diagnostics.map((x) => x.code).join(', ')}`);
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes("Replace 'his/her' with 'their'"), titles.join(' | '));
    assert.ok(titles.includes('Disable gendered-pronoun in this file'), titles.join(' | '));
    assert.deepEqual(
      titles.filter((t) => /workspace|dictionary/.test(t)),
      [],
      'a .postwright.json in a virtual folder is not on a disk the server reads',
    );
  });

  it('completion works at a blank line', async () => {
    const list = await client.request<{ items: unknown[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 0 } });
    assert.ok(list.items.length > 0);
  });

  it('Check All Postings checks a closed virtual posting from the text the client read', async () => {
    const result = await client.request<{ diagnostics: Array<{ code?: string }> } | null>(CheckPostingRequest.method, { uri: `${FOLDER}/closed.posting`, text: POSTING });
    assert.ok(result, 'no result');
    assert.ok(result.diagnostics.some((x) => x.code === 'gendered-pronoun'));
  });

  it('nothing was logged as an error', () => {
    assert.deepEqual(
      client.logs.filter((l) => l.type === 1).map((l) => l.message),
      [],
    );
  });
});
