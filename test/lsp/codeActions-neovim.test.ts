// Code actions for a client that does not echo diagnostics back the way VS Code does. The client
// announces Neovim 0.7's own initialize capabilities (captured from a real run, in fixtures/) and
// sends codeAction requests shaped as Neovim 0.7 builds them:
//   - from vim.diagnostic's store, `user_data.lsp` keeps only code, codeDescription and data: no
//     range, no message, no source (what a plugin or script reading that field sends);
//   - vim.lsp.buf.code_action() rebuilds the diagnostic from the store: range columns in bytes (not
//     UTF-16), message, severity, source, code and the data kept in user_data.lsp;
//   - a client that drops `data` altogether.
// The server must find its own finding in each case and offer its fixes with the finding's range.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyTextEdits } from '../../server/src/features/codeActions.ts';
import { APPLY_EDIT_COMMAND } from '../../server/src/protocol.ts';
import { fileUri, LspClient, type PublishDiagnostics } from './client.ts';

type Diagnostic = PublishDiagnostics['diagnostics'][number];
type Edit = { range: Diagnostic['range']; newText: string };
interface Action {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, Edit[]>; documentChanges?: Array<{ textDocument?: { uri: string }; edits?: Edit[] }> };
}

const NEOVIM_CAPABILITIES = JSON.parse(readFileSync(resolve(__dirname, 'fixtures', 'neovim-0.7-capabilities.json'), 'utf8')) as Record<string, unknown>;

// A non-ASCII character before the finding on its line: bytes and UTF-16 columns differ there.
const POSTING = ['Food Service Assistant – Café Program', '', 'Responsibilities', '- Prepares entrées for the café line and keeps his/her station clean.', '- Serves students at lunch.', ''].join('\n');
const LINES = POSTING.split('\n');

/** The byte column Neovim stores for a UTF-16 column. */
const byteColumn = (line: number, character: number): number => Buffer.byteLength(LINES[line]!.slice(0, character), 'utf8');

/** What vim.diagnostic keeps of an LSP diagnostic in user_data.lsp (Neovim 0.7, diagnostic_lsp_to_vim). */
function userDataLsp(d: Diagnostic): Record<string, unknown> {
  return { code: d.code, codeDescription: d.codeDescription, data: d.data };
}

/** The diagnostic vim.lsp.buf.code_action() sends (Neovim 0.7, diagnostic_vim_to_lsp): byte columns. */
function rebuiltByNeovim(d: Diagnostic): Record<string, unknown> {
  const { start, end } = d.range;
  return {
    ...userDataLsp(d),
    range: { start: { line: start.line, character: byteColumn(start.line, start.character) }, end: { line: end.line, character: byteColumn(end.line, end.character) } },
    severity: d.severity,
    message: d.message,
    source: d.source,
    code: d.code,
  };
}

function editsOf(action: Action, uri: string): Edit[] {
  return action.edit?.changes?.[uri] ?? action.edit?.documentChanges?.find((c) => c.textDocument?.uri === uri)?.edits ?? [];
}

describe('LSP code actions for a client shaped like Neovim 0.7', () => {
  let dir: string;
  let client: LspClient;
  let uri: string;
  let diagnostics: Diagnostic[];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-nvim-actions-'));
    const folders = [{ uri: fileUri(dir), name: 'w' }];
    client = await LspClient.start({ pull: false, workspaceFolders: folders, initializationOptions: { trusted: true }, capabilities: NEOVIM_CAPABILITIES });
    uri = fileUri(join(dir, 'cafe.posting'));
    await client.open(uri, POSTING, 'job-posting', 1);
    diagnostics = (await client.waitForVersion(uri, 1)).diagnostics;
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const pronoun = (): Diagnostic => {
    const d = diagnostics.find((x) => x.code === 'gendered-pronoun');
    assert.ok(d, `no gendered-pronoun diagnostic: ${diagnostics.map((x) => x.code).join(', ')}`);
    assert.notEqual(byteColumn(d.range.start.line, d.range.start.character), d.range.start.character, 'the fixture must put bytes and UTF-16 columns apart');
    return d;
  };

  it('a diagnostic as vim.diagnostic stores it (no range, no message) still gets its section fix', async () => {
    // Food service waives the degree (the role table), so the gap to fix is experience.
    const experience = diagnostics.find((x) => x.code === 'missing-section' && (x.data as { kind?: string }).kind === 'experience');
    assert.ok(experience, 'no missing-experience diagnostic');
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, context: { only: ['quickfix'], diagnostics: [userDataLsp(experience)] } });
    const fix = actions.find((a) => a.title === 'Add an experience requirement section');
    assert.ok(fix, `no experience fix among: ${actions.map((a) => a.title).join(' | ')}`);
    const after = applyTextEdits(POSTING, editsOf(fix, uri));
    assert.ok(after.startsWith(POSTING.trimEnd()), 'the fix keeps every word that was there');
    assert.match(after, /^Experience/m);
    // The echoed diagnostic is made whole with the finding's range.
    assert.deepEqual(fix.diagnostics?.[0]?.range, experience.range);
    assert.ok(actions.some((a) => a.title === 'Ignore missing-section here'), 'the finding has a place: Ignore here is offered');
  });

  it('vim.lsp.buf.code_action(): byte columns get the fix, and actions use the finding’s own range', async () => {
    const d = pronoun();
    const cursor = { line: d.range.start.line, character: d.range.start.character };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: cursor, end: cursor }, context: { diagnostics: [rebuiltByNeovim(d)] } });
    const replace = actions.find((a) => a.title === "Replace 'his/her' with 'their'");
    assert.ok(replace, `no replace fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(applyTextEdits(POSTING, editsOf(replace, uri)), POSTING.replace('his/her', 'their'));
    // The phrase offered comes from the finding's range, not from the client's byte columns.
    assert.ok(
      actions.some((a) => a.title === "Allow 'his/her' in this workspace"),
      `no Allow 'his/her' action among: ${actions.map((a) => a.title).join(' | ')}`,
    );
  });

  it('a client that drops data and counts columns in bytes still gets the fix', async () => {
    const d = pronoun();
    const withoutData = { ...rebuiltByNeovim(d), data: undefined };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [withoutData] } });
    const replace = actions.find((a) => a.title === "Replace 'his/her' with 'their'");
    assert.ok(replace, `no replace fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(applyTextEdits(POSTING, editsOf(replace, uri)), POSTING.replace('his/her', 'their'));
  });

  it('malformed diagnostics in the context do not cost a good one its fix', async () => {
    const d = pronoun();
    const broken = { code: 'gendered-pronoun', source: 'postwright', range: { start: 'x' }, message: 42, data: { rule: 'gendered-pronoun', fixes: 'not a list' } };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [null, broken, d] } });
    assert.ok(
      actions.some((a) => a.title === "Replace 'his/her' with 'their'"),
      `the good diagnostic lost its fix: ${actions.map((a) => a.title).join(' | ')}`,
    );
  });

  it('completion puts no labelDetails (Neovim 0.7 does not show them) and keeps their words in the detail', async () => {
    const list = await client.request<{ items: Array<{ label: string; detail?: string; labelDetails?: unknown }> }>('textDocument/completion', { textDocument: { uri }, position: { line: LINES.length - 1, character: 0 } });
    assert.ok(list.items.length > 0, 'no completion items');
    assert.deepEqual(
      list.items.filter((i) => i.labelDetails !== undefined).map((i) => i.label),
      [],
    );
    assert.ok(list.items.some((i) => /required|recommended|missing/.test(i.detail ?? '')), 'the section status is in the detail');
  });

  it('workspace edits that create .postwright.json are offered (Neovim 0.7 announces resourceOperations)', async () => {
    const d = pronoun();
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(actions.some((a) => a.title === 'Disable gendered-pronoun in this workspace'));
  });
});

describe('LSP code actions for a client that takes only Commands (no codeActionLiteralSupport)', () => {
  const text = ['Custodian', '', 'Responsibilities', '- Cleans his/her assigned rooms.', ''].join('\n');
  const uri = 'untitled:commands.posting';
  let client: LspClient;
  let blind: LspClient;
  const applied: Array<{ edit: { changes?: Record<string, Edit[]> } }> = [];

  before(async () => {
    const textDocument = { publishDiagnostics: { relatedInformation: true } };
    client = await LspClient.start({ pull: false, capabilities: { textDocument, workspace: { applyEdit: true } } });
    client.conn.onRequest('workspace/applyEdit', (params: { edit: { changes?: Record<string, Edit[]> } }) => {
      applied.push(params);
      return { applied: true };
    });
    blind = await LspClient.start({ pull: false, capabilities: { textDocument, workspace: {} } });
  });
  after(async () => {
    await client?.stop();
    await blind?.stop();
  });

  it('announces plain code actions and the command that applies them; a client that cannot apply edits gets none', () => {
    assert.equal(client.capabilities.codeActionProvider, true, 'CodeActionOptions are only for clients with literal support');
    assert.deepEqual((client.capabilities.executeCommandProvider as { commands?: string[] }).commands, [APPLY_EDIT_COMMAND]);
    assert.equal(blind.capabilities.codeActionProvider, undefined);
    assert.equal(blind.capabilities.executeCommandProvider, undefined);
  });

  it('the fix arrives as a Command; executing it sends the edit back with workspace/applyEdit', async () => {
    await client.open(uri, text, 'job-posting', 1);
    const d = (await client.waitForVersion(uri, 1)).diagnostics.find((x) => x.code === 'gendered-pronoun');
    assert.ok(d, 'no gendered-pronoun diagnostic');
    const commands = await client.request<Array<{ title: string; command: string; arguments?: unknown[]; edit?: unknown }>>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const replace = commands.find((c) => c.title === "Replace 'his/her' with 'their'");
    assert.ok(replace, `no replace command among: ${commands.map((c) => c.title).join(' | ')}`);
    assert.equal(replace.command, APPLY_EDIT_COMMAND);
    assert.ok(commands.every((c) => typeof c.command === 'string' && c.edit === undefined), 'only Commands, no CodeAction literals');
    await client.request('workspace/executeCommand', { command: replace.command, arguments: replace.arguments });
    assert.equal(applied.length, 1, 'the server asked the client to apply one edit');
    assert.equal(applyTextEdits(text, applied[0]!.edit.changes?.[uri] ?? []), text.replace('his/her', 'their'));
  });
});
