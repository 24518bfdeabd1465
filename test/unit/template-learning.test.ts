// Background template learning (server/src/lsp/templateLearning.ts) in process: a run waits until
// the host is idle, a newer request aborts the older run, an old run that finishes late never
// installs its library over a newer one, and switching learning off installs the built-in library.
// The host and (where noted) the loader are fakes whose every step the test releases by hand, so
// nothing depends on timing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_PROFILES } from '../../server/src/profiles/index.ts';
import { BUILTIN_TEMPLATES, type Templates } from '../../server/src/templates/index.ts';
import { loadTemplateFolders, type LoadOptions, type LoadResult } from '../../server/src/templates/loader.ts';
import type { TemplateLibrary } from '../../server/src/templates/types.ts';
import { TemplateLearning, type LearningHost, type LearningRequest } from '../../server/src/lsp/templateLearning.ts';

function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

interface FakeHost extends LearningHost {
  logs: string[];
  installed: Array<{ templates: Templates; result: LoadResult | null }>;
  /** While set, whenIdle waits for it (the server: diagnostics waiting to be published). */
  gate: Promise<void> | null;
  idleCalls: number;
}

/** A host that records what it is told; whenIdle resolves at once unless `gate` is set. */
function fakeHost(): FakeHost {
  const host: FakeHost = {
    logs: [],
    installed: [],
    gate: null,
    idleCalls: 0,
    info: (m) => host.logs.push(m),
    error: (m, e) => host.logs.push(`${m}: ${String(e)}`),
    whenIdle: () => {
      host.idleCalls++;
      return host.gate ?? Promise.resolve();
    },
    install: (templates, result) => host.installed.push({ templates, result }),
  };
  return host;
}

const request = (path: string): LearningRequest => ({ paths: [path], baseDirs: [], profiles: BUILTIN_PROFILES });

/** A learned library that says where it came from (its `sources`). */
function libraryFrom(name: string): TemplateLibrary {
  return { version: 2, sources: [name], profiles: {}, families: [] };
}

test('a newer request supersedes a run in progress; the old run finishing late installs nothing', async () => {
  const host = fakeHost();
  const releaseA = deferred();
  const signals: AbortSignal[] = [];
  // A loader that ignores its signal on purpose: the learner itself must not install a stale result.
  const load = async (paths: readonly string[], _b: readonly string[], _p: unknown, options: LoadOptions): Promise<LoadResult> => {
    signals.push(options.signal!);
    if (paths[0] === '/a') await releaseA.promise;
    return { library: libraryFrom(paths[0]!), files: 1, problems: [], cancelled: false };
  };
  const learning = new TemplateLearning(host, load);
  const runA = learning.sync(request('/a'));
  while (signals.length === 0) await new Promise((r) => setImmediate(r)); // run A is inside the loader
  const runB = learning.sync(request('/b'));
  assert.equal(signals[0]!.aborted, true, 'the older run is aborted');
  await runB;
  releaseA.resolve();
  await runA;
  assert.deepEqual(
    host.installed.map((i) => i.templates.user?.sources),
    [['/b']],
    'only the newest run installs a library',
  );
  assert.ok(host.logs.some((m) => /template learning \(run 1\) cancelled/.test(m)), host.logs.join('\n'));
  assert.ok(host.logs.some((m) => /learned templates \(run 2\)/.test(m)), host.logs.join('\n'));
});

test('the same request twice is one run; null installs the built-in library and stops the run', async () => {
  const host = fakeHost();
  let loads = 0;
  const hold = deferred();
  const load = async (paths: readonly string[], _b: readonly string[], _p: unknown, options: LoadOptions): Promise<LoadResult> => {
    loads++;
    await hold.promise;
    return options.signal?.aborted ? { library: null, files: 0, problems: [], cancelled: true } : { library: libraryFrom(paths[0]!), files: 1, problems: [], cancelled: false };
  };
  const learning = new TemplateLearning(host, load);
  const first = learning.sync(request('/a'));
  const again = learning.sync(request('/a'));
  assert.equal(first, again, 'the second call joins the run in progress');
  while (loads === 0) await new Promise((r) => setImmediate(r));
  void learning.sync(null);
  assert.equal(host.installed.length, 1);
  assert.equal(host.installed[0]!.templates, BUILTIN_TEMPLATES);
  hold.resolve();
  await first;
  assert.equal(loads, 1);
  assert.equal(host.installed.length, 1, 'the stopped run installs nothing');
});

test('a run waits while the host is busy (diagnostics to publish) before it starts', async () => {
  const host = fakeHost();
  const busy = deferred();
  host.gate = busy.promise;
  let loads = 0;
  const load = async (paths: readonly string[]): Promise<LoadResult> => {
    loads++;
    return { library: libraryFrom(paths[0]!), files: 1, problems: [], cancelled: false };
  };
  const learning = new TemplateLearning(host, load);
  const run = learning.sync(request('/a'));
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  assert.equal(loads, 0, 'nothing is read while the host is busy');
  assert.ok(host.idleCalls >= 1);
  host.gate = null;
  busy.resolve();
  await run;
  assert.equal(loads, 1);
  assert.deepEqual(host.installed.map((i) => i.templates.user?.sources), [['/a']]);
});

test('with the real loader: a setting change mid-learning leaves only the new folder learned', async () => {
  const corpusDir = join(import.meta.dirname, '../corpus/postings');
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 30)
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const root = mkdtempSync(join(tmpdir(), 'postwright-learning-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  try {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(a);
    mkdirSync(b);
    corpus.forEach((text, i) => writeFileSync(join(a, `p-${String(i).padStart(2, '0')}.posting`), text));
    writeFileSync(join(a, 'zz-alpha.posting'), 'Teacher\n\nResponsibilities:\n- Coordinate the alpha wing recess schedule with every grade team\n');
    writeFileSync(join(b, 'bravo.posting'), 'Teacher\n\nResponsibilities:\n- Coordinate the bravo wing recess schedule with every grade team\n');

    const host = fakeHost();
    // The host lets run 1 read five files, then stays busy until the test has changed the setting.
    const busy = deferred();
    let idleCallsBeforeBusy = 0;
    host.whenIdle = () => {
      host.idleCalls++;
      if (host.gate) return host.gate;
      if (++idleCallsBeforeBusy > 6) host.gate = busy.promise;
      return host.gate ?? Promise.resolve();
    };
    const reads: string[] = [];
    const learning = new TemplateLearning(host, (paths, baseDirs, profiles, options) => {
      reads.push(paths[0]!);
      return loadTemplateFolders(paths, baseDirs, profiles, options);
    });
    const run1 = learning.sync(request(a));
    while (!host.gate) await new Promise((r) => setImmediate(r)); // run 1 is mid-folder, held
    host.gate = null;
    idleCallsBeforeBusy = -1_000_000; // run 2 is never held
    const run2 = learning.sync(request(b));
    busy.resolve();
    await Promise.all([run1, run2]);
    assert.deepEqual(reads, [a, b]);
    assert.equal(host.installed.length, 1, host.logs.join('\n'));
    const installed = host.installed[0]!.templates;
    const bullets = installed.userBullets('responsibilities', 'generic').map((x) => x.suggestion.text);
    assert.ok(bullets.some((t) => t.includes('bravo wing')), bullets.join(' | '));
    assert.ok(!bullets.some((t) => t.includes('alpha wing')), 'nothing of the old folder is kept');
    assert.deepEqual(installed.user?.sources, ['bravo.posting']);
    assert.ok(host.logs.some((m) => /template learning \(run 1\) cancelled/.test(m)), host.logs.join('\n'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
