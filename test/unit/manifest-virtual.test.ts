// The manifest's virtual-workspace claim against what the client does. package.json says
// "virtualWorkspaces": limited: open postings are checked on any file system, and the workspace's
// own files (.postwright.json, template folders) are not read there. That is only honest while the
// client hands the server documents of every scheme and never reads a file with Node's fs (which
// sees only the local disk); test/lsp/virtual-workspace.test.ts checks the server side over stdio.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { POSTING_DOCUMENT_SELECTOR, POSTING_LANGUAGE_ID } from '../../client/src/documentSelector.ts';

interface Manifest {
  activationEvents?: string[];
  capabilities?: { virtualWorkspaces?: boolean | { supported: boolean | 'limited'; description?: string } };
  contributes: { languages: Array<{ id: string; extensions?: string[] }> };
}
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('manifest: virtual workspaces', () => {
  const declared = manifest.capabilities?.virtualWorkspaces;
  const supported = typeof declared === 'object' ? declared.supported : declared;

  it('declares its virtual-workspace support, and says what is limited', () => {
    assert.ok(declared !== undefined, 'capabilities.virtualWorkspaces is not declared');
    assert.equal(supported, 'limited');
    const description = typeof declared === 'object' ? (declared.description ?? '') : '';
    assert.match(description, /\.postwright\.json/, 'the description names the workspace file that is not read');
    assert.match(description, /template folders/i, 'the description names the template folders that are not read');
  });

  it('the client hands the server postings of every scheme (virtual, untitled, file)', () => {
    assert.ok(supported !== false);
    assert.ok(Array.isArray(POSTING_DOCUMENT_SELECTOR) && POSTING_DOCUMENT_SELECTOR.length > 0);
    for (const filter of POSTING_DOCUMENT_SELECTOR) {
      assert.ok(typeof filter === 'object', 'a bare language string selects all schemes too, but say it as a filter');
      const f = filter as { language?: string; scheme?: string; pattern?: unknown };
      assert.equal(f.scheme, undefined, `a selector limited to scheme '${f.scheme}' leaves virtual workspaces unchecked`);
      assert.equal(f.pattern, undefined, 'a glob pattern selector matches paths on disk, not documents of every scheme');
      assert.equal(f.language, POSTING_LANGUAGE_ID);
    }
    const language = manifest.contributes.languages.find((l) => l.id === POSTING_LANGUAGE_ID);
    assert.ok(language, `package.json contributes no language '${POSTING_LANGUAGE_ID}'`);
    assert.ok(language.extensions?.includes('.posting'), '.posting files get the language on any file system');
    assert.ok(manifest.activationEvents?.includes(`onLanguage:${POSTING_LANGUAGE_ID}`), 'activation by language works on any file system');
  });

  it('the client never reads files with Node fs (it sees only the local disk); it uses workspace.fs', () => {
    const offenders = sourceFiles(join('client', 'src')).filter((file) => /from '(node:)?fs(\/promises)?'|require\('(node:)?fs/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
