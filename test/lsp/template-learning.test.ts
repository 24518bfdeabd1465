// Templates learned from postwright.templates.paths, over stdio with the real server: learning
// happens in the background, after the first diagnostics; a settings change supersedes a run; once
// learned, completion offers the writer's own bullets. Order is read from the order of the
// server's notifications (publishDiagnostics and its log lines), never from timing. To make that
// order certain, the test client holds some workspace/configuration answers until it has sent
// what must come first (the server cannot start learning before its settings are answered).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILTIN_TEMPLATES } from '../../server/src/templates/index.ts';
import { LspClient, ROOT, type PublishDiagnostics } from './client.ts';

type List = { items: Array<{ label: string }> };

/** Learning many large postings takes seconds on a loaded machine: wait long, but only for events. */
const LEARNING_TIMEOUT = 180_000;

const LIBRARIAN_BULLET = 'Curate a diverse and inclusive library collection for all readers';

/** ~200 KB of real posting text (the corpus, concatenated). */
function bigPosting(): string {
  const dir = resolve(ROOT, 'test/corpus/postings');
  let text = '';
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    if (text.length > 200_000) break;
    text += readFileSync(join(dir, f), 'utf8') + '\n\n';
  }
  return text.slice(0, 200_000);
}

/** A folder of `count` large postings, plus the small ones given (name → text). */
function templateFolder(parent: string, name: string, count: number, small: Record<string, string>): string {
  const dir = join(parent, name);
  mkdirSync(dir);
  const big = bigPosting();
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `big-${String(i).padStart(2, '0')}.posting`), `Posting ${i}\n\n${big}`);
  for (const [file, text] of Object.entries(small)) writeFileSync(join(dir, file), text);
  return dir;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolvePromise!: () => void;
  const promise = new Promise<void>((r) => (resolvePromise = r));
  return { promise, resolve: resolvePromise };
}

const isPublishFor = (uri: string) => (e: LspClient['events'][number]) => e.method === 'textDocument/publishDiagnostics' && (e.params as PublishDiagnostics).uri === uri;
const isLog = (pattern: RegExp) => (e: LspClient['events'][number]) => e.method === 'window/logMessage' && pattern.test(e.params.message);

/** Diagnostics for `uri` published after event number `index` (waits for them when none came yet). */
async function publishAfter(client: LspClient, uri: string, index: number): Promise<void> {
  if (client.events.slice(index + 1).some(isPublishFor(uri))) return;
  await client.waitForDiagnostics(uri, () => true, { timeout: LEARNING_TIMEOUT });
}

async function bulletLabels(client: LspClient, uri: string): Promise<string[]> {
  const list = await client.request<List>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 2 } });
  return list.items.map((i) => i.label);
}

const TEACHER = 'Teacher\n\nResponsibilities\n- Teach\n- ';

describe('LSP: templates are learned in the background', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pw-lsp-learning-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('publishes the first diagnostics before learning, then refreshes and completes with the learned bullets', async () => {
    // 30 postings of 200 KB (6 MB): more than the loader keeps for learning; the librarian's is read first.
    const dir = templateFolder(root, 'many', 30, { '000-librarian.posting': `School Librarian\n\nResponsibilities:\n- ${LIBRARIAN_BULLET}\n` });
    assert.ok(!BUILTIN_TEMPLATES.bulletSuggestions('responsibilities').some((b) => b.text === LIBRARIAN_BULLET), 'the bullet is not built in');
    const opened = deferred();
    const settings = { templates: { paths: [dir] } };
    const client = await LspClient.start({
      configuration: true,
      initializationOptions: { trusted: true },
      // The window settings (which start learning) are answered only once the posting is open.
      settingsFor: (scopeUri) => (scopeUri === undefined ? opened.promise.then(() => settings) : settings),
    });
    try {
      const uri = 'untitled:learning-order.posting';
      // A librarian's posting: its role family's bullets come from the writer's librarian posting
      // (the large ones are no librarian's), so the learned bullet is among the first offered.
      await client.open(uri, 'School Librarian\n\nResponsibilities\n- Catalog new books\n- ');
      opened.resolve();
      await client.waitForLog((m) => /learned templates \(run 1\) from \d+ posting/.test(m.message), LEARNING_TIMEOUT);
      const firstPublish = client.events.findIndex(isPublishFor(uri));
      const queued = client.events.findIndex(isLog(/will be learned .*\(run 1\)/));
      const started = client.events.findIndex(isLog(/learning templates \(run 1\)/));
      const learned = client.events.findIndex(isLog(/learned templates \(run 1\)/));
      assert.ok(firstPublish >= 0 && queued >= 0 && started >= 0, client.logs.map((l) => l.message).join('\n'));
      assert.ok(firstPublish < started, `the first diagnostics (event ${firstPublish}) come before learning starts (event ${started})`);
      assert.ok(started < learned);
      // Learning was bounded: the loader says which cap stopped it.
      await client.waitForMessage((m) => /templates are learned from the first 2 MB/.test(m.message), LEARNING_TIMEOUT);

      await publishAfter(client, uri, learned);
      const labels = await bulletLabels(client, uri);
      assert.ok(
        labels.some((l) => l.startsWith('Curate a diverse and inclusive library collection')),
        `the learned bullet is offered: ${labels.join(' | ')}`,
      );
      assert.equal(client.logs.filter((l) => /learned templates/.test(l.message)).length, 1, 'one run');
    } finally {
      await client.stop();
    }
  });

  it('a settings change supersedes the run in progress: only the new folder is learned', async () => {
    const alpha = templateFolder(root, 'alpha', 20, { '000-alpha.posting': 'Teacher\n\nResponsibilities:\n- Coordinate the alpha wing recess schedule with every grade team\n' });
    const bravo = templateFolder(root, 'bravo', 0, { 'bravo.posting': 'Teacher\n\nResponsibilities:\n- Coordinate the bravo wing recess schedule with every grade team\n' });
    const opened = deferred();
    const released = deferred();
    let settings = { templates: { paths: [alpha] } };
    const client = await LspClient.start({
      configuration: true,
      initializationOptions: { trusted: true },
      // Window settings wait for the posting to be open; the posting's own settings are held until
      // the test releases them, so its diagnostics stay pending and the first run cannot go on.
      settingsFor: (scopeUri) => (scopeUri === undefined ? opened.promise.then(() => settings) : released.promise.then(() => settings)),
    });
    try {
      const uri = 'untitled:learning-switch.posting';
      await client.open(uri, TEACHER);
      opened.resolve();
      await client.waitForLog((m) => /will be learned .*\(run 1\)/.test(m.message), LEARNING_TIMEOUT);
      settings = { templates: { paths: [bravo] } };
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.waitForLog((m) => /will be learned .*\(run 2\)/.test(m.message), LEARNING_TIMEOUT);
      released.resolve();
      await client.waitForLog((m) => /learned templates \(run 2\)/.test(m.message), LEARNING_TIMEOUT);
      const learned = client.events.findIndex(isLog(/learned templates \(run 2\)/));
      const logs = client.logs.map((l) => l.message);
      assert.ok(logs.some((m) => /template learning \(run 1\) cancelled/.test(m)), logs.join('\n'));
      assert.ok(!logs.some((m) => /learned templates \(run 1\)/.test(m)), 'the first run never installs a library');

      await publishAfter(client, uri, learned);
      const labels = await bulletLabels(client, uri);
      assert.ok(labels.some((l) => l.includes('bravo wing')), labels.join(' | '));
      assert.ok(!labels.some((l) => l.includes('alpha wing')), 'nothing of the first folder is offered');
    } finally {
      await client.stop();
    }
  });
});
