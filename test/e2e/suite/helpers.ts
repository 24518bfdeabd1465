// Shared helpers for the extension-host suite: opening seed postings from the test workspace
// (the runner copies seeds/*.txt there as *.posting), and waiting on editor state with a deadline.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';
import { KIND_WORDS } from '../kindWords.ts';

export const EXTENSION_ID = 'postwright.postwright';
export const SEED_003 = '003_45e4fa1758b6089c';
export const SEED_000 = '000_e8a81316217f8c6b';

export { KIND_WORDS };

function repoRoot(): string {
  // Bundled to dist/test/e2e/suite/*.js: the repository is four levels up.
  for (const candidate of [process.env.POSTWRIGHT_ROOT, resolve(__dirname, '..', '..', '..', '..'), resolve(__dirname, '..', '..', '..')]) {
    if (candidate && existsSync(join(candidate, 'seeds', 'labels.json'))) return candidate;
  }
  throw new Error('cannot find the repository (seeds/labels.json); set POSTWRIGHT_ROOT');
}

export interface SeedLabels {
  sections: { heading: string | null; line: number; kind: string }[];
  missing: string[];
  present: string[];
}

export function labels(seed: string): SeedLabels {
  const all = JSON.parse(readFileSync(join(repoRoot(), 'seeds', 'labels.json'), 'utf8')) as { postings: Record<string, SeedLabels> };
  const found = all.postings[`${seed}.txt`];
  assert.ok(found, `no labels for ${seed}`);
  return found;
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder holding the seed postings');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this window`);
  await extension.activate();
  return extension;
}

/** Opens workspace file `name` (a seed copy) in an editor. */
export async function open(name: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  return { document, editor };
}

/** Writes a fresh copy of a seed posting under a new name (for tests that edit) and opens it. */
export async function openCopy(seed: string, prefix: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const source = await vscode.workspace.fs.readFile(workspaceUri(`${seed}.posting`));
  const name = `${prefix}-${seed}.posting`;
  await vscode.workspace.fs.writeFile(workspaceUri(name), source);
  return open(name);
}

/**
 * Resolves with probe()'s value once it is truthy. Re-checks whenever diagnostics or documents
 * change, and every 100 ms (for state with no event); rejects after `timeoutMs`.
 */
export function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    let done = false;
    let busy = false;
    const disposables: vscode.Disposable[] = [];
    const finish = (error: Error | null, value?: T) => {
      if (done) return;
      done = true;
      clearInterval(interval);
      clearTimeout(timer);
      for (const d of disposables) d.dispose();
      if (error) reject(error);
      else resolvePromise(value as T);
    };
    const check = async () => {
      if (done || busy) return;
      busy = true;
      try {
        const value = await probe();
        if (value) finish(null, value);
      } catch (error) {
        finish(error as Error);
      } finally {
        busy = false;
      }
    };
    const interval = setInterval(check, 100);
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    disposables.push(vscode.languages.onDidChangeDiagnostics(check), vscode.workspace.onDidChangeTextDocument(check));
    void check();
  });
}

export function isPostwright(d: vscode.Diagnostic): boolean {
  return /postwright/i.test(d.source ?? '');
}

export function postwrightDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(isPostwright);
}

export function ruleOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return String(typeof code === 'object' ? code.value : code);
}

/** A missing-section finding: its rule id or its message says "missing", and it names a kind. */
export function missingSectionKind(d: vscode.Diagnostic, kinds: string[]): string | undefined {
  if (!/missing|absent|lacks|\bno\b|does not (have|include|state)/i.test(`${ruleOf(d)} ${d.message}`)) return undefined;
  return kinds.find((k) => KIND_WORDS[k]?.test(d.message));
}

export async function waitForDiagnostics(uri: vscode.Uri, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`Postwright diagnostics for ${uri.path}`, () => {
    const found = postwrightDiagnostics(uri);
    return found.length > 0 ? found : undefined;
  }, timeoutMs);
}

/** Closes every editor; edited copies are saved first so no save prompt can block the run. */
export async function closeAll(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
