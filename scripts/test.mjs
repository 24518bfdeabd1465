#!/usr/bin/env node
// Runs node's test runner over the project's TypeScript tests (through tsx, since Node 20 cannot
// strip types itself). Groups: unit, rules, lsp, grammar, props, e2e, nvim; default all but e2e/nvim
// unless --all is given. Node 20's --test takes no globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const all = args.includes('--all');
const named = args.filter((a) => !a.startsWith('--'));
const groups = named.length ? named : all ? ['unit', 'rules', 'lsp', 'grammar', 'props', 'e2e', 'nvim'] : ['unit', 'rules', 'lsp', 'grammar', 'props'];

function testsIn(dir) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    // suite/ holds the Mocha files that run inside the VS Code extension host, not under node --test.
    if (statSync(path).isDirectory()) {
      if (name !== 'suite' && name !== 'fixtures') out = out.concat(testsIn(path));
    }
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const files = groups.flatMap((g) => testsIn(join('test', g)));
if (files.length === 0) {
  console.error(`no test files in ${groups.join(', ')}`);
  process.exit(1);
}
// The CLI's compile cache (server/src/cliLaunch.ts) goes to a folder of this run, not the user's.
const cacheDir = mkdtempSync(join(tmpdir(), 'postwright-test-cache-'));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, POSTWRIGHT_CACHE_DIR: cacheDir } },
);
rmSync(cacheDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
