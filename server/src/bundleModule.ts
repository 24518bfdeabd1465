// Runs a bundle beside a launcher (dist/server.js, dist/cli.js) as a CommonJS module, the way
// require would, through Node's documented vm and module APIs: the same file name (stack traces,
// __dirname and the dictionary path are unchanged), a require that resolves from the bundle, and
// optionally a V8 code cache. Imports only Node's own modules: it is bundled into each launcher.
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface CompiledBundle {
  /** The compiled script: `cachedDataRejected` and `createCachedData()` for a code cache. */
  readonly script: Script;
  /** Runs the bundle's top level once. */
  run(parent: NodeJS.Module): void;
}

/** Compiles the bundle's text (a leading `#!` line becomes a comment), with V8's cache if given. */
export function compileBundle(file: string, text: string, cachedData?: Buffer): CompiledBundle {
  const source = text.startsWith('#!') ? '//' + text.slice(2) : text;
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  return {
    script,
    run(parent) {
      const bundle = new Module(file, parent);
      bundle.filename = file;
      bundle.paths = parent.paths;
      const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
      wrapper.call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dirname(file));
    },
  };
}
