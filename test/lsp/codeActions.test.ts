// Code actions over stdio: the missing-residency quick fix of seed 002, every fix touching only its
// range, fixing every seed until nothing fixable is left, snippet edits for clients that take them,
// and source.fixAll.postwright.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expandSnippet } from '../../server/src/facts/snippet.ts';
import { LspClient, ROOT, seedFiles, type PublishDiagnostics } from './client.ts';

type Pos = { line: number; character: number };
type Range = { start: Pos; end: Pos };
interface Edit {
  range: Range;
  newText?: string;
  snippet?: { kind: string; value: string };
}
interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: unknown[];
  edit?: { changes?: Record<string, Edit[]>; documentChanges?: Array<{ textDocument: { uri: string; version: number | null }; edits: Edit[] }> };
}

const seedText = (n: string): string => readFileSync(resolve(ROOT, 'seeds', n), 'utf8');
const CHICAGO_RESIDENCY = 'employees are required to live within the geographic boundaries of the City of Chicago within six months of their CPS hire date';

function offsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function apply(text: string, edits: Edit[]): { text: string; first: number; last: number; tail: number } {
  const starts = offsets(text);
  const off = (p: Pos) => starts[p.line]! + p.character;
  const sorted = edits.map((e, i) => ({ s: off(e.range.start), e: off(e.range.end), t: e.newText ?? e.snippet?.value ?? '', i })).sort((a, b) => a.s - b.s || a.i - b.i);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    assert.ok(e.s >= at, 'overlapping edits');
    out += text.slice(at, e.s) + e.t;
    at = e.e;
  }
  out += text.slice(at);
  return { text: out, first: Math.min(...sorted.map((e) => e.s)), last: Math.max(...sorted.map((e) => e.e)), tail: text.length - Math.max(...sorted.map((e) => e.e)) };
}

function editsOf(action: Action, uri: string): Edit[] {
  return action.edit?.changes?.[uri] ?? action.edit?.documentChanges?.[0]?.edits ?? [];
}

describe('LSP code actions', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: false });
  });
  after(async () => {
    await client?.stop();
  });

  it('announces quickfix and source.fixAll.postwright', () => {
    const cap = client.capabilities.codeActionProvider as { codeActionKinds?: string[] };
    assert.deepEqual(cap.codeActionKinds, ['quickfix', 'source.fixAll.postwright']);
  });

  it('seed 002: the missing-residency diagnostic has a quick fix inserting the Chicago residency paragraph', async () => {
    const uri = 'untitled:seed-002.posting';
    const text = seedText('002_86e6df5227fcbacc.txt');
    await client.open(uri, text, 'job-posting', 1);
    const published = await client.waitForVersion(uri, 1);
    const d = published.diagnostics.find((x) => x.code === 'missing-section' && (x.data as { kind?: string }).kind === 'residency');
    assert.ok(d, 'no missing-residency diagnostic');
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, 'no preferred quick fix');
    const result = apply(text, editsOf(fix, uri));
    assert.ok(result.text.includes(CHICAGO_RESIDENCY));
    await client.close(uri);
  });

  for (const name of seedFiles()) {
    it(`${name}: each fix leaves all other text byte for byte; fixing everything leaves nothing fixable`, async () => {
      const uri = `untitled:fix-${name}.posting`;
      let text = seedText(name);
      let version = 1;
      await client.open(uri, text, 'job-posting', version);
      let published: PublishDiagnostics = await client.waitForVersion(uri, version);
      // Every offered fix, one at a time: text outside its edits is unchanged.
      for (const d of published.diagnostics) {
        const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
        for (const a of actions) {
          const edits = editsOf(a, uri);
          assert.ok(edits.length > 0, `${a.title}: no edits`);
          const r = apply(text, edits);
          assert.equal(r.text.slice(0, r.first), text.slice(0, r.first), `${a.title}: text before the edit changed`);
          assert.equal(r.text.slice(r.text.length - r.tail), text.slice(text.length - r.tail), `${a.title}: text after the edit changed`);
        }
      }
      // Apply the preferred fix of each diagnostic (non-overlapping), re-lint, repeat.
      for (let round = 0; round < 10; round++) {
        const fixable = published.diagnostics.filter((d) => ((d.data as { fixes?: unknown[] })?.fixes ?? []).length > 0);
        if (fixable.length === 0) break;
        const all: Edit[] = [];
        for (const d of fixable) {
          const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
          const preferred = actions.find((a) => a.isPreferred && a.diagnostics?.length === 1);
          if (!preferred) continue;
          const edits = editsOf(preferred, uri);
          const clash = edits.some((e) => all.some((t) => t.range.start.line <= e.range.end.line && e.range.start.line <= t.range.end.line && !(e.range.start.line === e.range.end.line && t.range.start.line === t.range.end.line && (e.range.start.character === e.range.end.character || t.range.start.character === t.range.end.character) && JSON.stringify(e.range) === JSON.stringify(t.range))));
          if (!clash) all.push(...edits);
        }
        text = apply(text, all).text;
        await client.change(uri, ++version, [{ text }]);
        published = await client.waitForVersion(uri, version);
      }
      const left = published.diagnostics.filter((d) => ((d.data as { fixes?: unknown[] })?.fixes ?? []).length > 0);
      assert.deepEqual(left.map((d) => `${String(d.code)}: ${d.message}`), []);
      await client.close(uri);
    });
  }

  it('source.fixAll.postwright edits do not overlap and apply cleanly', async () => {
    const uri = 'untitled:fixall.posting';
    const text = seedText('000_e8a81316217f8c6b.txt');
    await client.open(uri, text, 'job-posting', 1);
    await client.waitForVersion(uri, 1);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.ok(actions.every((a) => a.kind === 'source.fixAll.postwright'));
    for (const a of actions) apply(text, editsOf(a, uri));
    await client.close(uri);
  });
});

describe('LSP code actions: snippet edits', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: false, capabilities: { workspace: { workspaceEdit: { snippetEditSupport: true, documentChanges: true }, workspaceFolders: true } } });
  });
  after(async () => {
    await client?.stop();
  });

  it('a missing-section fix arrives as a SnippetTextEdit in a versioned document edit', async () => {
    const uri = 'untitled:snippet-fix.posting';
    await client.open(uri, seedText('003_45e4fa1758b6089c.txt'), 'job-posting', 4);
    const published = await client.waitForVersion(uri, 4);
    const d = published.diagnostics.find((x) => x.code === 'missing-section');
    assert.ok(d);
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const change = actions[0]!.edit!.documentChanges![0]!;
    assert.equal(change.textDocument.version, 4);
    assert.ok(change.edits.some((e) => e.snippet?.kind === 'snippet'));
  });
});

describe('LSP code actions: the reveal command after an inserted section', () => {
  interface Reveal {
    uri: string;
    start: Pos;
    lastLine: number;
    selection: Range;
  }
  type Commanded = Action & { command?: { command: string; arguments?: Reveal[] } };
  const text = seedText('003_45e4fa1758b6089c.txt');

  async function missingSectionActions(client: LspClient, uri: string): Promise<Commanded[]> {
    await client.open(uri, text, 'job-posting', 1);
    const published = await client.waitForVersion(uri, 1);
    const diagnostics = published.diagnostics.filter((x) => x.code === 'missing-section');
    assert.ok(diagnostics.length > 0, 'seed 003 has a missing-section finding');
    return client.request<Commanded[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } });
  }

  it('a client that runs the command gets it on each section fix, pointing at the first placeholder inside the inserted lines', async () => {
    const client = await LspClient.start({
      pull: false,
      initializationOptions: { revealInserted: true },
      capabilities: { workspace: { workspaceEdit: { snippetEditSupport: true, documentChanges: true } } },
    });
    try {
      const uri = 'untitled:reveal.posting';
      const fixes = (await missingSectionActions(client, uri)).filter((a) => /^Add an? /.test(a.title));
      assert.ok(fixes.length > 0);
      for (const fix of fixes) {
        assert.equal(fix.command?.command, 'postwright.revealInserted', `${fix.title} has no reveal command`);
        const reveal = fix.command.arguments![0]!;
        assert.equal(reveal.uri, uri);
        const edits = editsOf(fix, uri);
        const snippetText = edits.find((e) => e.snippet)!.snippet!.value;
        const inserted = expandSnippet(snippetText);
        // What the editor shows once the snippet is in, every placeholder at its default.
        const after = apply(text, edits.map((e) => ({ range: e.range, newText: e.newText ?? expandSnippet(e.snippet!.value) }))).text.split('\n');
        const shown = after.slice(reveal.start.line, reveal.lastLine + 1).join('\n');
        assert.ok(shown.includes(inserted.trim()), `${fix.title}: lines ${reveal.start.line}-${reveal.lastLine} do not hold the inserted section:\n${shown}`);
        assert.ok(reveal.lastLine - reveal.start.line <= inserted.split('\n').length - 1, `${fix.title}: lines ${reveal.start.line}-${reveal.lastLine} are more than it inserted`);
        const { start, end } = reveal.selection;
        assert.ok(reveal.start.line <= start.line && end.line <= reveal.lastLine, `${fix.title}: the selection ${JSON.stringify(reveal.selection)} is outside lines ${reveal.start.line}-${reveal.lastLine}`);
        assert.equal(start.line, end.line);
        const selected = after[start.line]!.slice(start.character, end.character);
        if (/\$\{?1/.test(snippetText)) {
          assert.ok(selected.length > 0 && (snippetText.includes(`\${1:${selected}`) || snippetText.includes(`\${1|${selected}`)), `${fix.title}: "${selected}" is not the first placeholder of ${snippetText}`);
        } else assert.ok(after[start.line]!.trim().length > 0, `${fix.title}: the cursor is not on a line with words`);
      }
      await client.close(uri);
    } finally {
      await client.stop();
    }
  });

  it('a client that did not ask for it (Neovim, Helix, …) gets no command', async () => {
    const client = await LspClient.start({ pull: false });
    try {
      const actions = await missingSectionActions(client, 'untitled:no-reveal.posting');
      assert.ok(actions.length > 0);
      assert.ok(actions.every((a) => !a.command), JSON.stringify(actions.map((a) => a.command)));
    } finally {
      await client.stop();
    }
  });
});
