import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_000, activateExtension, closeAll, labels, open, waitFor } from './helpers.ts';

const norm = (s: string) => s.toLowerCase().replace(/[\s:.\-–—]+$/g, '').replace(/\s+/g, ' ').trim();

suite('outline / document symbols', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAll);

  test('seed 000: the outline lists its labelled section headings at their lines', async () => {
    const { document } = await open(`${SEED_000}.posting`);
    const symbols = await waitFor('document symbols', async () => {
      const found = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      );
      return found && found.length > 0 ? found : undefined;
    });
    const flat: { name: string; line: number }[] = [];
    const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation) => {
      const range = 'range' in s ? s.range : s.location.range;
      flat.push({ name: norm(s.name), line: range.start.line });
      if ('children' in s) s.children.forEach(walk);
    };
    symbols.forEach(walk);
    const headed = labels(SEED_000).sections.filter((s) => s.heading);
    const matched = headed.filter((s) => flat.some((f) => f.name.startsWith(norm(s.heading!).slice(0, 20)) && f.line === s.line - 1));
    assert.ok(
      matched.length >= Math.ceil(headed.length * 0.6),
      `only ${matched.length} of ${headed.length} labelled headings are in the outline at their lines; outline: ${JSON.stringify(flat.slice(0, 40))}`,
    );
  });
});
