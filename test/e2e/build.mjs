#!/usr/bin/env node
// Bundles the extension-host suite (test/e2e/suite/*.ts) and the desktop launcher (runTest.ts)
// into dist/test/e2e/ as CommonJS, with 'vscode' and 'mocha' left to the runtime.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'test', 'e2e');
const suiteDir = join(root, 'test', 'e2e', 'suite');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['vscode', 'mocha', '@vscode/test-electron'],
};

rmSync(out, { recursive: true, force: true });
const suiteEntries = readdirSync(suiteDir)
  .filter((n) => n === 'index.ts' || n.endsWith('.test.ts'))
  .map((n) => join(suiteDir, n));
await Promise.all([
  esbuild.build({ ...common, entryPoints: suiteEntries, outdir: join(out, 'suite') }),
  esbuild.build({ ...common, entryPoints: [join(root, 'test', 'e2e', 'runTest.ts')], outfile: join(out, 'runTest.js') }),
]);
console.log(`built ${suiteEntries.length} suite files and runTest.js into ${out}`);
