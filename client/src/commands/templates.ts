// "Postwright: New Posting from Template" and "Postwright: Insert Section…": quick picks over the
// server's template requests (declared in server/src/protocol.ts); the text is inserted as a snippet
// so the writer tabs through the placeholders. Registered through the command table (commands/index.ts).
import * as vscode from 'vscode';
import { SectionInsertRequest, SectionsRequest, SkeletonRequest, TemplatesRequest, type TemplatesParams } from '../../../server/src/protocol.ts';
import type { CommandHandler, PostwrightContext } from '../context.ts';
import { POSTING_LANGUAGE } from '../postings.ts';

function activePosting(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === POSTING_LANGUAGE ? editor : undefined;
}

async function newPostingFromTemplate(ctx: PostwrightContext): Promise<void> {
  const client = ctx.runningClient();
  if (!client) return;
  const active = activePosting();
  const params: TemplatesParams = active ? { textDocument: { uri: active.document.uri.toString() } } : {};
  const choices = await client.sendRequest(TemplatesRequest, params);
  const profile = await vscode.window.showQuickPick(
    choices.profiles.map((p) => ({ label: p.id === 'generic' ? vscode.l10n.t('Generic US school district') : p.name, description: p.id, id: p.id })),
    { title: vscode.l10n.t('New Posting from Template (1/2): district'), placeHolder: vscode.l10n.t('The district whose headings and required sections to use') },
  );
  if (!profile) return;
  // The active posting's family comes first (the server orders them); each says where its duties come from.
  const family = await vscode.window.showQuickPick(
    [
      ...choices.families.map((f) => ({ label: f.label, description: f.description ?? f.title, detail: f.id === choices.family ? vscode.l10n.t('The role of the open posting') : undefined, id: f.id as string | null })),
      { label: vscode.l10n.t('Any role'), description: vscode.l10n.t('duties left as placeholders'), detail: undefined, id: null as string | null },
    ],
    { title: vscode.l10n.t('New Posting from Template (2/2): role'), placeHolder: vscode.l10n.t('The kind of job: its typical duties and requirements to start from') },
  );
  if (!family) return;
  const skeleton = await client.sendRequest(SkeletonRequest, { profile: profile.id, family: family.id });
  if (!skeleton) return;
  // An empty .posting file the writer just created is filled in place; otherwise a new Untitled posting.
  const editor = active && active.document.getText().trim() === '' ? active : await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: POSTING_LANGUAGE, content: '' }));
  const whole = new vscode.Range(new vscode.Position(0, 0), editor.document.lineAt(editor.document.lineCount - 1).range.end);
  await editor.insertSnippet(new vscode.SnippetString(skeleton.snippet), whole);
}

async function insertSection(ctx: PostwrightContext): Promise<void> {
  const client = ctx.runningClient();
  if (!client) return;
  const editor = activePosting();
  if (!editor) {
    void vscode.window.showInformationMessage('Postwright: open a job posting (.posting) to insert a section.');
    return;
  }
  const uri = editor.document.uri.toString();
  const sections = await client.sendRequest(SectionsRequest, { textDocument: { uri } });
  if (!sections || sections.items.length === 0) return;
  const pick = await vscode.window.showQuickPick(
    sections.items.map((s) => ({ label: s.heading, description: s.status, detail: s.kind.replace(/_/g, ' '), sectionKind: s.kind })),
    { title: `Insert Section (${sections.profile} profile)`, placeHolder: 'Missing sections are listed first', matchOnDetail: true },
  );
  if (!pick) return;
  const result = await client.sendRequest(SectionInsertRequest, { textDocument: { uri }, kind: pick.sectionKind });
  if (!result) return;
  const position = new vscode.Position(result.position.line, result.position.character);
  await editor.insertSnippet(new vscode.SnippetString(result.snippet), position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The template commands, spread into the command table in commands.ts. */
export const templateCommands: Record<string, CommandHandler> = {
  'postwright.newPostingFromTemplate': (ctx) => newPostingFromTemplate(ctx),
  'postwright.insertSection': (ctx) => insertSection(ctx),
};
