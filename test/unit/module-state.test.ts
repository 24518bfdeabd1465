// No module keeps mutable state (docs/architecture.md): what a session knows lives in its Session,
// so two sessions in one process never see each other's settings or templates. This scans
// server/src and client/src for top-level `let`/`var` bindings and allows only the few named here,
// each with the reason it is not state. (Module-level Maps and WeakMaps are memos keyed by a parsed
// posting or a line's text; test/lsp/in-process.test.ts checks that sessions stay apart.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** file:binding → why it may stay at module level. */
const ALLOWED: Record<string, string> = {
  'server/src/facts/memo.ts:epoch': 'the age of per-line memo entries: memoisation that changes no answer',
  'server/src/facts/memo.ts:blockIds': 'ids of memoised block facts: identity within the memo only',
  'server/src/rules/dictionary.ts:shared': 'the spelling dictionary, loaded once and never changed',
  'client/src/extension.ts:active': 'VS Code calls deactivate() without arguments; the one way back to the context',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : name.endsWith('.ts') ? [p] : [];
  });
}

const TOP_LEVEL_LET = /^(?:export )?(?:let|var) (\w+)/gm;

test('no top-level mutable bindings in server/src or client/src beyond the allowed ones', () => {
  const found: string[] = [];
  for (const file of [...filesUnder(join(ROOT, 'server', 'src')), ...filesUnder(join(ROOT, 'client', 'src'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(TOP_LEVEL_LET)) found.push(`${relative(ROOT, file)}:${m[1]}`);
  }
  const unexpected = found.filter((f) => !(f in ALLOWED));
  assert.deepEqual(unexpected, [], 'move these into the object that owns them (a Session, a class instance)');
  const stale = Object.keys(ALLOWED).filter((k) => !found.includes(k));
  assert.deepEqual(stale, [], 'allowed bindings that no longer exist: drop them from ALLOWED');
});

test('the scan sees a top-level let and skips indented ones', () => {
  const sample = 'let a = 1;\nexport let b = 2;\nfunction f() {\n  let c = 3;\n}\n';
  assert.deepEqual(
    [...sample.matchAll(TOP_LEVEL_LET)].map((m) => m[1]),
    ['a', 'b'],
  );
});
