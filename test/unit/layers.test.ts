// The server's folders form layers, each importing only from its own layer or the ones below:
//   model, protocol.ts, regularFile.ts, version.ts → facts → profiles → rules → templates
//   → analysis.ts, settings.ts → features, export, report → lsp, cli, cli.ts, main.ts
// Type-only imports (`import type`, `export type`) are not counted: they vanish at build time, and
// protocol.ts names the result types of the features it carries. Every value import is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = join(import.meta.dirname, '..', '..', 'server', 'src');

/** Layer of a file, by its path under server/src (first folder, or the file name at the top). */
export const LAYERS: ReadonlyArray<readonly string[]> = [
  ['model', 'protocol.ts', 'regularFile.ts', 'version.ts'],
  ['facts'],
  ['profiles'],
  ['rules'],
  ['templates'],
  ['analysis.ts', 'ruleResults.ts', 'settings.ts', 'suppression.ts'],
  ['features', 'export', 'report'],
  ['lsp', 'cli', 'cli.ts', 'main.ts', 'heapFlags.ts', 'launch.ts', 'cliLaunch.ts', 'bundleModule.ts'],
];

function layerOf(rel: string): number {
  const top = rel.split('/')[0]!;
  const i = LAYERS.findIndex((l) => l.includes(top));
  if (i < 0) throw new Error(`${rel}: not in any layer; add ${top} to LAYERS and to docs/architecture.md`);
  return i;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : name.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'/gm;

/** Value imports of a source text: [specifier]; `import type`/`export type` and all-`type` braces skipped. */
export function valueImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (m[2]) continue;
    const braces = /\{([^}]*)\}/.exec(m[0]);
    const names = braces
      ? braces[1]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    const defaultOrStar = !braces || /^\s*(import|export)\s+[\w*]/.test(m[0].replace(/^\s*(import|export)\s+\{/, ''));
    if (braces && !defaultOrStar && names.every((n) => n.startsWith('type '))) continue;
    out.push(m[3]!);
  }
  return out;
}

function upwardImports(): string[] {
  const bad: string[] = [];
  for (const file of filesUnder(src)) {
    const rel = relative(src, file).replace(/\\/g, '/');
    const from = layerOf(rel);
    for (const spec of valueImports(readFileSync(file, 'utf8'))) {
      const target = relative(src, resolve(dirname(file), spec)).replace(/\\/g, '/');
      if (target.startsWith('..')) continue; // package.json and the like, outside the server
      const to = layerOf(target);
      if (to > from) bad.push(`${rel} (${LAYERS[from]!.join('/')}) imports ${target} (${LAYERS[to]!.join('/')})`);
    }
  }
  return bad;
}

test('no server module imports from a layer above its own (type-only imports excluded)', () => {
  assert.deepEqual(upwardImports(), []);
});

test('the import scan sees value imports and skips type-only ones', () => {
  const text = [
    "import type { A } from '../rules/types.ts';",
    "import { type B, type C } from '../rules/types.ts';",
    "import { D, type E } from '../rules/x.ts';",
    "import F from './library.json';",
    "export { G } from '../y.ts';",
    "export type { H } from '../z.ts';",
  ].join('\n');
  assert.deepEqual(valueImports(text), ['../rules/x.ts', './library.json', '../y.ts']);
});
