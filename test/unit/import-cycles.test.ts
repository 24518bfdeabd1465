// No import cycles in client/src or server/src: a cycle makes initialisation order depend on which
// module is loaded first, and usually means two layers that should be one, or a missing third.
// Only imports that exist at run time count: `import type` / `export type` are erased by esbuild
// and cannot affect load order (the Session and the services it owns name each other's types).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';

const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;
const TYPE_ONLY = /^\s*(?:import|export)\s+type\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Run-time relative imports of `file` that resolve to TypeScript files. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)]
    .filter((m) => !TYPE_ONLY.test(m[0]))
    .map((m) => normalize(join(dirname(file), m[1] ?? m[2]!)))
    .filter((target) => target.endsWith('.ts') && existsSync(target));
}

/** One cycle (as a path of files) if the graph has any, else null. Depth-first, three colours. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('import graph', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    assert.deepEqual(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), ['a', 'b', 'c', 'a']);
    assert.equal(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', []]])), null);
  });

  for (const root of [join('server', 'src'), join('client', 'src')]) {
    it(`${root} has no import cycles`, () => {
      const graph = new Map(sourceFiles(root).map((file) => [file, importsOf(file)]));
      const cycle = findCycle(graph);
      assert.equal(cycle, null, cycle ? `cycle: ${cycle.join(' → ')}` : '');
    });
  }
});
