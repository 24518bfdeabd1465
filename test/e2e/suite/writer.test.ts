// The writer's editor inside VS Code's extension host: role-aware bullets, a quick fix that lands in
// view, rule docs that open offline, the walkthrough, a blank posting's invitation, Check All Postings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, KIND_WORDS, SEED_003, activateExtension, closeAll, labels, missingSectionKind, openCopy, postwrightDiagnostics, ruleOf, waitFor, waitForDiagnostics, workspaceUri } from './helpers.ts';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Writes `text` as workspace file `name` and opens it. */
async function openText(name: string, text: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  await vscode.workspace.fs.writeFile(workspaceUri(name), new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  return { document, editor };
}

/** The bullet suggestions at "- " on the last line of a posting titled `title` (what Ctrl+Space shows). */
async function bulletsFor(title: string, name: string): Promise<string[]> {
  const { document } = await openText(name, `${title}\nLakeview Unified School District\n\nResponsibilities:\n- Report to the supervisor each morning.\n- `);
  await waitForDiagnostics(document.uri);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(5, 2));
  return list.items.map(labelOf);
}

const PRINCIPAL_SUPPORT = /principal|leadership team/i;

/** Seed 003 with forty more duties in its list: long enough that a section inserted after them starts out of view. */
async function longPosting(): Promise<string> {
  const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(`${SEED_003}.posting`))).split('\n');
  let end = lines.findIndex((l) => l.startsWith('- '));
  assert.ok(end >= 0, 'seed 003 has no bullet list');
  while (lines[end + 1]?.startsWith('- ')) end++;
  const duties = Array.from({ length: 40 }, (_, i) => `- Reviews the progress of learning network ${i + 1} with its Assistant Superintendent each quarter.`);
  return [...lines.slice(0, end + 1), ...duties, ...lines.slice(end + 1)].join('\n');
}

/** The lines of `after` that are not in `before` (same start and end, inserted between). */
function insertedLines(before: string, after: string): { first: number; last: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  let first = 0;
  while (first < a.length && a[first] === b[first]) first++;
  let tail = 0;
  while (tail < a.length - first && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { first, last: b.length - 1 - tail };
}

function inView(editor: vscode.TextEditor, line: number): boolean {
  return editor.visibleRanges.some((r) => r.start.line <= line && line <= r.end.line);
}

function firstLineWithWords(document: vscode.TextDocument, from: number): number {
  let line = from;
  while (line < document.lineCount - 1 && document.lineAt(line).isEmptyOrWhitespace) line++;
  return line;
}

suite('writer', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAll);

  test("Ctrl+Space in a custodian's Responsibilities offers custodial duties, never principal support", async () => {
    const labels = await bulletsFor('Head Custodian', 'role-custodian.posting');
    assert.ok(labels.some((l) => /clean|restroom|floor/i.test(l)), `no custodial duty offered: ${labels.join(' | ')}`);
    assert.ok(!labels.some((l) => PRINCIPAL_SUPPORT.test(l)), `principal support offered to a custodian: ${labels.join(' | ')}`);
  });

  test("Ctrl+Space in a bus driver's Responsibilities offers driving and safety duties", async () => {
    const labels = await bulletsFor('School Bus Driver', 'role-bus.posting');
    assert.ok(labels.some((l) => /\bbus\b|traffic|drive|safety/i.test(l)), `no driving duty offered: ${labels.join(' | ')}`);
    assert.ok(!labels.some((l) => PRINCIPAL_SUPPORT.test(l)), `principal support offered to a bus driver: ${labels.join(' | ')}`);
  });

  test('a quick fix that inserts a section far below leaves it in view, its first placeholder selected', async () => {
    const { document, editor } = await openText('reveal-long.posting', await longPosting());
    const diagnostic = await waitFor('a missing-section diagnostic', () => postwrightDiagnostics(document.uri).find((d) => missingSectionKind(d, labels(SEED_003).missing)));
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor('the top of the posting in view', () => editor.visibleRanges[0]?.start.line === 0);
    const lastShown = editor.visibleRanges.at(-1)!.end.line;
    const before = document.getText();
    // What Ctrl+. and Enter do: VS Code applies the preferred quick fix's edit, then its command.
    await vscode.commands.executeCommand('editor.action.codeAction', { kind: vscode.CodeActionKind.QuickFix.value, apply: 'first', preferred: true });
    await waitFor('the section to be inserted', () => document.getText() !== before);
    const inserted = insertedLines(before, document.getText());
    assert.ok(inserted.last > inserted.first, `the fix did not insert a section: ${JSON.stringify(inserted)}`);
    assert.ok(inserted.first > lastShown, `the section went in at line ${inserted.first + 1}, already in view (to line ${lastShown + 1}): this check could not fail`);
    const selection = await waitFor('the selection inside the inserted section', () => {
      const s = editor.selection;
      return s.start.line >= inserted.first && s.end.line <= inserted.last && s;
    });
    assert.ok(!selection.isEmpty && document.getText(selection).trim().length > 0, `the selection is not a placeholder: "${document.getText(selection)}"`);
    await waitFor(`the cursor (line ${selection.active.line + 1}) in view`, () => inView(editor, selection.active.line));
    const heading = firstLineWithWords(document, inserted.first);
    assert.ok(inView(editor, heading), `the inserted heading (line ${heading + 1}) is out of view: ${JSON.stringify(editor.visibleRanges)}`);
  });

  test('applied while another editor has the focus (inserted as plain text), the fix still selects its first placeholder, far along a long line, in view', async () => {
    const { document, editor } = await openText('reveal-behind.posting', await longPosting());
    const diagnostic = await waitFor('a missing equal-opportunity statement', () => postwrightDiagnostics(document.uri).find((d) => missingSectionKind(d, ['eeo'])));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && /^Add /.test(a.title) && KIND_WORDS.eeo!.test(a.title));
    assert.ok(fix?.edit, `no quick fix that adds the statement: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.command?.command, 'postwright.revealInserted', 'the quick fix has no command to show what it inserted');
    // Another editor beside it takes the focus: VS Code then inserts the snippet as plain text.
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'notes' });
    await vscode.window.showTextDocument(other, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false });
    await waitFor('the other editor active', () => vscode.window.activeTextEditor?.document === other);
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    await waitFor('the section to be inserted', () => document.getText() !== before);
    const inserted = insertedLines(before, document.getText());
    const selection = editor.selection;
    assert.ok(selection.start.line >= inserted.first && selection.end.line <= inserted.last, `the selection (line ${selection.start.line + 1}) is not in the inserted lines ${inserted.first + 1}-${inserted.last + 1}`);
    assert.ok(!selection.isEmpty, 'no placeholder selected');
    assert.ok(selection.start.character > 200, `the placeholder is at column ${selection.start.character + 1}: not the long-line case this test is for`);
    await waitFor(`the cursor (line ${selection.active.line + 1}) in view`, () => inView(editor, selection.active.line));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test("a diagnostic's rule link opens the rule's page bundled in the extension (no network)", async () => {
    const { document } = await openCopy(SEED_003, 'ruledoc');
    const diagnostics = await waitForDiagnostics(document.uri);
    const linked = diagnostics.find((d) => typeof d.code === 'object' && d.code !== null);
    assert.ok(linked && typeof linked.code === 'object');
    const target = linked.code.target;
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(target.scheme, extension.extensionUri.scheme, `the link is ${target.toString()}`);
    assert.ok(target.path.endsWith(`/docs/rules/${ruleOf(linked)}.md`), `the link is ${target.toString()}`);
    await vscode.commands.executeCommand('vscode.open', target);
    const opened = await waitFor('the rule page in an editor', () => vscode.window.activeTextEditor?.document.uri.path === target.path && vscode.window.activeTextEditor.document);
    assert.match(opened.getText(), /^#/m);
  });

  test('the walkthrough is contributed with its steps, their pages shipped, and opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const walkthroughs = (extension.packageJSON as { contributes: { walkthroughs: Array<{ id: string; steps: Array<{ media: { markdown: string } }> }> } }).contributes.walkthroughs;
    assert.equal(walkthroughs.length, 1);
    for (const step of walkthroughs[0]!.steps) await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown));
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthroughs[0]!.id}`, false);
    await vscode.commands.executeCommand('postwright.openSample');
    const sample = await waitFor('the sample posting', () => vscode.window.activeTextEditor?.document.languageId === 'job-posting' && vscode.window.activeTextEditor.document);
    assert.match(sample.getText(), /Custodian/);
    await waitFor('a missing-section finding on the sample', () => postwrightDiagnostics(sample.uri).some((d) => missingSectionKind(d, ['eeo'])));
  });

  test('a blank posting gets one invitation to start from a template, with the action', async () => {
    const { document } = await openText('blank.posting', '');
    const [only, ...rest] = await waitForDiagnostics(document.uri);
    assert.equal(rest.length, 0, 'a blank posting gets one diagnostic');
    assert.equal(only!.severity, vscode.DiagnosticSeverity.Information);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, only!.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((a) => a.command?.command === 'postwright.newPostingFromTemplate'), actions.map((a) => a.title).join(' | '));
  });

  test('Check All Postings fills the Problems panel for postings that are not open', async () => {
    await closeAll();
    const closed = workspaceUri(`${SEED_003}.posting`);
    await vscode.commands.executeCommand('postwright.checkAllPostings');
    await waitFor(`problems for ${closed.path}`, () => postwrightDiagnostics(closed).length > 0);
  });
});
