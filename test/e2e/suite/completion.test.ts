import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { KIND_WORDS, SEED_003, activateExtension, closeAll, labels, missingSectionKind, openCopy, postwrightDiagnostics, waitFor, waitForDiagnostics } from './helpers.ts';

function insertTextOf(item: vscode.CompletionItem): string {
  const text = item.insertText ?? (typeof item.label === 'string' ? item.label : item.label.label);
  return typeof text === 'string' ? text : text.value;
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : `${item.label.label} ${item.label.description ?? ''}`;
}

suite('completion', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAll);

  test('at a blank line, section templates for missing kinds are offered, and accepting one inserts it', async () => {
    const { document, editor } = await openCopy(SEED_003, 'completion');
    await waitForDiagnostics(document.uri);
    const { missing } = labels(SEED_003);
    // A blank line at the end of the posting.
    const end = document.lineAt(document.lineCount - 1);
    await editor.edit((e) => e.insert(end.range.end, end.isEmptyOrWhitespace ? '\n' : '\n\n'));
    const position = new vscode.Position(document.lineCount - 1, 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const templates = list.items.filter((item) => {
      const text = `${labelOf(item)} ${item.detail ?? ''}`;
      return missing.some((k) => KIND_WORDS[k]?.test(text)) && insertTextOf(item).trim().length > 0;
    });
    assert.ok(templates.length > 0, `no section-template completions for the missing kinds ${missing.join(', ')}; got: ${list.items.map(labelOf).slice(0, 30).join(' | ')}`);

    // Prefer a template for a kind the posting lacks, and accept it as the editor would.
    const item = templates[0];
    const kind = missing.find((k) => KIND_WORDS[k]?.test(`${labelOf(item)} ${item.detail ?? ''}`))!;
    editor.selection = new vscode.Selection(position, position);
    const before = document.getText();
    const raw = item.insertText ?? labelOf(item);
    const snippet = typeof raw === 'string' ? new vscode.SnippetString(raw.replace(/\$/g, '\\$')) : raw;
    const range = item.range ? ('inserting' in item.range ? item.range.inserting : item.range) : new vscode.Range(position, position);
    const replaced = document.getText(range).length;
    const start = document.offsetAt(range.start);
    assert.ok(await editor.insertSnippet(snippet, range), 'the template could not be inserted');
    const inserted = document.getText().slice(start, start + document.getText().length - before.length + replaced);
    assert.ok(inserted.includes('\n'), `the template is one line only: ${JSON.stringify(inserted)}`);
    assert.ok(KIND_WORDS[kind].test(inserted), `the inserted text does not name ${kind}: ${JSON.stringify(inserted)}`);
    await waitFor(`the missing-section finding for ${kind} to go away after inserting its template`, () =>
      !postwrightDiagnostics(document.uri).some((d) => missingSectionKind(d, [kind])),
    );
  });
});
