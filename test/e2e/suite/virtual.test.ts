// A posting on a file system that is not the disk: an in-memory FileSystemProvider registered in
// this extension host, the way a virtual workspace's provider (vscode-vfs, remote hubs) serves
// files. package.json declares virtualWorkspaces "limited": such postings must be checked and fixed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_003, activateExtension, closeAll, postwrightDiagnostics, waitFor, workspaceUri } from './helpers.ts';

const SCHEME = 'postwright-memfs';

/** Just enough of a file system: files in one flat map, the root as the only directory. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: file.mtime, size: file.data.byteLength };
  }
  readDirectory(): [string, vscode.FileType][] {
    return [...this.files.keys()].map((path) => [path.slice(1), vscode.FileType.File]);
  }
  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('flat file system');
  }
  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file.data;
  }
  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    const existed = this.files.has(uri.path);
    this.files.set(uri.path, { data: content, mtime: Date.now() });
    this.changed.fire([{ type: existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }
  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions('flat file system');
  }
}

suite('virtual file systems', () => {
  let registration: vscode.Disposable | undefined;
  suiteSetup(async () => {
    await activateExtension();
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, new MemoryFileSystem(), { isCaseSensitive: true });
  });
  suiteTeardown(async () => {
    await closeAll();
    registration?.dispose();
  });

  test('a posting on a non-disk file system is checked, and its quick fix applies', async () => {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${SEED_003}.posting` });
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceUri(`${SEED_003}.posting`)));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'job-posting', 'a .posting file gets the language on any file system');
    await vscode.window.showTextDocument(document, { preview: false });
    const found = await waitFor("a Postwright diagnostic about 'his/her' on the virtual posting", () =>
      postwrightDiagnostics(uri).find((d) => /his\/her/i.test(d.message)),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, found.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /their/.test(a.title) && a.edit);
    assert.ok(fix?.edit, `no quick fix with an edit: ${actions.map((a) => a.title).join(' | ')}`);
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), before.replace(/his\/her/i, 'their'));
    await waitFor("the 'his/her' diagnostic to go away", () => !postwrightDiagnostics(uri).some((d) => /his\/her/i.test(d.message)));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
