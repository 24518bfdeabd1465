// postwright.templates.paths is bounded as the loader says: every directory entry visited counts
// toward the file cap (skipped ones too), bytes read and text kept for learning are capped, the
// learned library keeps none of the source texts, and an AbortSignal stops the load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_PROFILES } from '../../server/src/profiles/index.ts';
import { loadTemplateFolders, MAX_CHARS_KEPT, MAX_FILES } from '../../server/src/templates/loader.ts';

const corpusDir = join(import.meta.dirname, '../corpus/postings');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

function withFolder(fill: (dir: string) => void, run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'postwright-loader-'));
  fill(dir);
  return run(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('skipped files count toward the file cap', async () => {
  await withFolder(
    (dir) => {
      // 450 files that are not postings, sorted before 100 postings.
      for (let i = 0; i < 450; i++) writeFileSync(join(dir, `a-${String(i).padStart(3, '0')}.bin`), 'not a posting');
      for (let i = 0; i < 100; i++) writeFileSync(join(dir, `z-${String(i).padStart(3, '0')}.posting`), corpus[i]!);
    },
    async (dir) => {
      const result = await loadTemplateFolders([dir], [], BUILTIN_PROFILES);
      assert.equal(result.files, MAX_FILES - 450, 'only the postings within the first 500 entries are read');
      assert.ok(result.problems.some((p) => p.includes(`first ${MAX_FILES} files`)), result.problems.join(' | '));
      assert.ok(result.library);
    },
  );
});

test('many big postings: text kept for learning is capped, the library keeps none of it', async () => {
  // 60 postings of about 200 KB each (12 MB): each under the per-file cap, together far over the text cap.
  let big = '';
  for (const doc of corpus) {
    if (big.length > 200_000) break;
    big += doc + '\n\n';
  }
  big = big.slice(0, 200_000);
  await withFolder(
    (dir) => {
      for (let i = 0; i < 60; i++) writeFileSync(join(dir, `posting-${String(i).padStart(2, '0')}.txt`), `Posting ${i}\n\n` + big);
    },
    async (dir) => {
      const result = await loadTemplateFolders([dir], [], BUILTIN_PROFILES);
      assert.ok(result.files > 0);
      assert.ok(result.files * 200_000 <= MAX_CHARS_KEPT, `${result.files} postings of 200 KB kept for learning`);
      assert.ok(result.problems.some((p) => p.includes('MB')), result.problems.join(' | '));
      const size = JSON.stringify(result.library).length;
      assert.ok(size < 2_000_000, `the learned library is ${size} characters`);
    },
  );
});

test('an AbortSignal stops the load between files: nothing is learned', async () => {
  await withFolder(
    (dir) => {
      for (let i = 0; i < 50; i++) writeFileSync(join(dir, `p-${String(i).padStart(2, '0')}.posting`), corpus[i]!);
    },
    async (dir) => {
      const before = new AbortController();
      before.abort();
      const early = await loadTemplateFolders([dir], [], BUILTIN_PROFILES, { signal: before.signal });
      assert.deepEqual([early.cancelled, early.library, early.files], [true, null, 0]);

      const during = new AbortController();
      const pending = loadTemplateFolders([dir], [], BUILTIN_PROFILES, { signal: during.signal });
      setImmediate(() => during.abort()); // the loader yields between files, so this runs mid-load
      const result = await pending;
      assert.equal(result.cancelled, true);
      assert.equal(result.library, null);
      assert.ok(result.files < 50, `${result.files} files read before the abort took effect`);

      const full = await loadTemplateFolders([dir], [], BUILTIN_PROFILES);
      assert.deepEqual([full.cancelled, full.files], [false, 50]);
      assert.ok(full.library);
    },
  );
});

test('files rejected after reading (binary) count toward the bytes-read cap', async () => {
  await withFolder(
    (dir) => {
      // 34 files of 250 KB with a NUL byte (8.5 MB read, none kept), then one real posting.
      const binary = 'x'.repeat(250 * 1024 - 1) + '\u0000';
      for (let i = 0; i < 34; i++) writeFileSync(join(dir, `a-${String(i).padStart(2, '0')}.posting`), binary);
      writeFileSync(join(dir, 'z-real.posting'), corpus[0]!);
    },
    async (dir) => {
      const result = await loadTemplateFolders([dir], [], BUILTIN_PROFILES);
      assert.equal(result.files, 0, 'the real posting lies past the bytes-read cap');
      assert.equal(result.library, null);
      assert.ok(result.problems.some((p) => p.includes('MB of files are read')), result.problems.join(' | '));
    },
  );
});

test('the loader waits for `pause` before each posting file and each learning step', async () => {
  await withFolder(
    (dir) => {
      for (let i = 0; i < 5; i++) writeFileSync(join(dir, `p-${i}.posting`), corpus[i]!);
      writeFileSync(join(dir, 'notes.bin'), 'not a posting: no pause, no read');
    },
    async (dir) => {
      // Unpaused: one pause per posting file, then one per learning step.
      let calls = 0;
      const full = await loadTemplateFolders([dir], [], BUILTIN_PROFILES, { pause: async () => void calls++ });
      assert.equal(full.files, 5);
      assert.ok(calls > 5, `${calls} pauses`);

      // Held at the third pause (before the third file): nothing more is read until it resolves.
      const controller = new AbortController();
      let held = 0;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const pending = loadTemplateFolders([dir], [], BUILTIN_PROFILES, { signal: controller.signal, pause: () => (++held === 3 ? gate : Promise.resolve()) });
      while (held < 3) await new Promise((r) => setImmediate(r));
      controller.abort();
      release();
      const result = await pending;
      assert.deepEqual([result.cancelled, result.files], [true, 2]);
    },
  );
});
