// Completion over stdio, driven as an editor would: headings for missing sections, header values,
// skeletons in an empty file, and a whole posting built from an empty file by accepting
// suggestions only. (Completion latency is measured in bench/, not here.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient, ROOT, seedFiles, type PublishDiagnostics } from './client.ts';

interface Item {
  label: string;
  kind?: number;
  sortText?: string;
  filterText?: string;
  insertTextFormat?: number;
  documentation?: { kind: string; value: string };
  textEdit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
}
interface List {
  isIncomplete: boolean;
  items: Item[];
}

const seedText = (n: string): string => readFileSync(resolve(ROOT, 'seeds', n), 'utf8');
const bySort = (items: Item[]): Item[] => [...items].sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : 1));

/** Applies one text edit to a text (LF lines). */
function applyEdit(text: string, e: NonNullable<Item['textEdit']>): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, off(e.range.start)) + e.newText + text.slice(off(e.range.end));
}

describe('LSP completion (client without snippet support)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: false });
  });
  after(async () => {
    await client?.stop();
  });

  it('announces completion with trigger characters', () => {
    const cp = client.capabilities.completionProvider as { triggerCharacters?: string[] };
    assert.ok(cp);
    assert.ok(cp.triggerCharacters?.includes(':'));
  });

  it('seed 003: an empty line after the duties offers the required Education and Equal Employment Opportunity sections first', async () => {
    const uri = 'untitled:seed-003.posting';
    await client.open(uri, seedText('003_45e4fa1758b6089c.txt'), 'job-posting', 1);
    // An empty line after the last duty (line 17, 1-based) — as the writer presses Enter there.
    await client.change(uri, 2, [{ range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } }, text: '\n' }]);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: 17, character: 0 } });
    const items = bySort(list.items);
    assert.deepEqual(items.slice(0, 2).map((i) => i.label), ['Education', 'Equal Employment Opportunity']);
    for (const i of items) {
      assert.equal(i.insertTextFormat, 1, 'plain text for a client without snippet support');
      assert.doesNotMatch(i.textEdit!.newText, /\$\{\d/);
      assert.equal(i.documentation?.kind, 'markdown');
    }
    await client.close(uri);
  });

  it('offers Exempt / Non-Exempt after "Overtime Status:"', async () => {
    const uri = 'untitled:header.posting';
    await client.open(uri, 'Teacher\n\nOvertime Status: \n\nJob Summary\nTeaches.\n', 'job-posting', 1);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 17 }, context: { triggerKind: 2, triggerCharacter: ':' } });
    assert.deepEqual(list.items.map((i) => i.label), ['Exempt', 'Non-Exempt']);
    await client.close(uri);
  });

  for (const profile of ['generic', 'chicago']) {
    it(`from an empty file, accepting only suggestions gives a ${profile} posting with no missing-section diagnostic`, async () => {
      const uri = `untitled:empty-${profile}.posting`;
      let text = '';
      let version = 1;
      await client.open(uri, text, 'job-posting', version);
      const skeletons = (await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } })).items;
      const skeleton = skeletons.find((i) => i.filterText?.startsWith(`posting ${profile} `));
      assert.ok(skeleton, `no ${profile} skeleton`);
      text = applyEdit(text, skeleton.textEdit!);
      await client.change(uri, ++version, [{ text }]);
      let last: PublishDiagnostics = await client.waitForVersion(uri, version);
      for (let round = 0; round < 20 && last.diagnostics.some((d) => d.code === 'missing-section'); round++) {
        if (!text.endsWith('\n')) text += '\n';
        await client.change(uri, ++version, [{ text }]);
        const line = text.split('\n').length - 1;
        const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line, character: 0 } });
        const heading = bySort(list.items.filter((i) => i.kind === 9))[0];
        assert.ok(heading, 'a section is missing but no heading is offered');
        text = applyEdit(text, heading.textEdit!);
        await client.change(uri, ++version, [{ text }]);
        last = await client.waitForVersion(uri, version);
      }
      assert.deepEqual(last.diagnostics.filter((d) => d.code === 'missing-section').map((d) => d.message), []);
      if (profile === 'chicago') assert.match(text, /live within the geographic boundaries of the City of Chicago/);
      await client.close(uri);
    });
  }

  it('answers completion anywhere in the seeds (latency lives in bench/: npm run bench -- --only stdio)', async () => {
    for (const name of seedFiles()) {
      const uri = `untitled:lat-${name}.posting`;
      const text = seedText(name);
      await client.open(uri, text, 'job-posting', 1);
      const lines = text.split('\n');
      for (let k = 0; k < 60; k++) {
        const line = (k * 7) % lines.length;
        const items = await client.request<unknown>('textDocument/completion', { textDocument: { uri }, position: { line, character: k % 2 ? 0 : lines[line]!.length } });
        // An answer (a list or null), never an error: the request resolves.
        assert.ok(items === null || Array.isArray(items) || typeof items === 'object', `${name} line ${line}`);
      }
      await client.close(uri);
    }
  });
});

describe('LSP completion (client with snippet support)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: true, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } }, diagnostic: {} } } });
  });
  after(async () => {
    await client?.stop();
  });

  it('inserts headings with their template as a snippet', async () => {
    const uri = 'untitled:snip.posting';
    await client.open(uri, 'Teacher\n\nJob Summary\nTeaches.\n\n', 'job-posting', 1);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 0 } });
    const edu = list.items.find((i) => i.label === 'Education')!;
    assert.equal(edu.insertTextFormat, 2);
    assert.match(edu.textEdit!.newText, /\$\{1\|Bachelor's,Master's,Doctorate\|\}/);
  });
});

describe('LSP template requests and user template folders', () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    dir = mkdtempSync(join(tmpdir(), 'pw-lsp-templates-'));
    writeFileSync(join(dir, 'librarian.posting'), 'School Librarian\n\nResponsibilities:\n- Curate a diverse and inclusive library collection for all readers\n');
    client = await LspClient.start({ pull: false, configuration: true, settings: { templates: { paths: [dir] } }, initializationOptions: { trusted: true } });
  });
  after(async () => {
    await client?.stop();
    const { rmSync } = await import('node:fs');
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists profiles and role families, and returns skeletons', async () => {
    const t = await client.request<{ profiles: Array<{ id: string }>; families: Array<{ id: string }> }>('postwright/templates', {});
    assert.deepEqual(t.profiles.map((p) => p.id).sort(), ['chicago', 'generic', 'philadelphia', 'worcester']);
    assert.ok(t.families.some((f) => f.id === 'teacher'));
    const s = await client.request<{ snippet: string; text: string }>('postwright/skeleton', { profile: 'worcester', family: 'leadership' });
    assert.match(s.text, /ESSENTIAL DUTIES AND RESPONSIBILITIES:/);
  });

  it("names the active posting's role family and lists it first, with a description", async () => {
    const uri = 'untitled:bus.posting';
    await client.open(uri, 'School Bus Driver\n\nResponsibilities\n- Follow all traffic laws\n', 'job-posting', 1);
    const t = await client.request<{ family?: string | null; families: Array<{ id: string; description?: string }> }>('postwright/templates', { textDocument: { uri } });
    assert.equal(t.family, 'bus-driver');
    assert.equal(t.families[0]?.id, 'bus-driver');
    assert.match(t.families[0]?.description ?? '', /duties from \d+ postings?/);
    await client.close(uri);
  });

  it('lists sections missing first and inserts one at its canonical place', async () => {
    const uri = 'untitled:sections.posting';
    const text = readFileSync(resolve(ROOT, 'seeds', '003_45e4fa1758b6089c.txt'), 'utf8');
    await client.open(uri, text, 'job-posting', 1);
    const s = await client.request<{ profile: string; items: Array<{ kind: string; missing: boolean; status: string }> }>('postwright/sections', { textDocument: { uri } });
    assert.equal(s.profile, 'philadelphia');
    assert.deepEqual(s.items.slice(0, 3).map((i) => i.kind), ['education', 'eeo', 'licensure']);
    const firstPresent = s.items.findIndex((i) => !i.missing);
    assert.ok(s.items.slice(firstPresent).every((i) => !i.missing), 'missing kinds come first');
    const ins = await client.request<{ position: { line: number; character: number }; text: string }>('postwright/sectionInsert', { textDocument: { uri }, kind: 'education' });
    assert.equal(ins.position.line, 17, 'after the Essential Functions');
    assert.match(ins.text, /^\nEducation\n/);
    await client.close(uri);
  });

  it('suggests bullets learned from postwright.templates.paths in a trusted workspace', async () => {
    const uri = 'untitled:user-templates.posting';
    await client.open(uri, 'Teacher\n\nResponsibilities\n- Teach\n- ', 'job-posting', 1);
    // The folder is learned in the background after the first diagnostics; the server logs when.
    await client.waitForLog((m) => /learned templates \(run \d+\) from 1 posting/.test(m.message), 60_000);
    const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 2 } });
    const found = list.items.some((it) => it.label.startsWith('Curate a diverse and inclusive library collection'));
    assert.ok(found, 'the user bullet is not suggested');
  });
});
