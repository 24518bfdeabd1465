// dist/cli.js, the `postwright` command: loads the CLI bundle, dist/cli-main.js (server/src/cli.ts),
// with a V8 code cache, and nothing else.
//
// Why: a one-posting `postwright lint` spent about 40% of its CPU time compiling the 1.9 MB
// bundle and the functions the run calls (bench/whole.ts, `npm run bench -- --only whole`). V8 can
// serialise what it compiled (Script#createCachedData) and take it back on the next run, which
// then skips that work. Node 20 has no built-in compile cache (module.enableCompileCache is Node 22),
// so this launcher does what it does: the first run of a command (lint, outline, …) compiles as
// usual and, as it exits, writes the cache of everything it compiled; later runs of that command
// read it. The cache is made by the Node that uses it (its key holds process.version and the arch)
// and V8 itself rejects a cache from another V8 or other flags, so a stale or foreign file costs a
// recompile, never a wrong result. The key also holds a SHA-256 of the bundle (V8 checks only the
// source's length), taken when esbuild.mjs builds it and written into this launcher, together with
// the bundle's size and modification time read at run time (a bundle rebuilt or edited after the
// launcher was built still gets its own key). Hashing the 2 MB bundle at every start cost ~40
// million instructions, 3% of a one-posting lint (docs/performance.md, Stop 24). Anything unusual
// (no writable cache folder, a read error, a rejected cache) means a plain compile;
// POSTWRIGHT_NO_COMPILE_CACHE=1 turns the cache off.
//
// Where: POSTWRIGHT_CACHE_DIR, else the user's cache folder (XDG_CACHE_HOME or ~/.cache on Linux,
// ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows), in `postwright/`. A per-user folder, not
// the shared temp folder: a cache planted there by another user would run as compiled code.
//
// It imports nothing from the project but bundleModule.ts: whatever it imports is bundled into this file.
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileBundle } from './bundleModule.ts';
import { setFlagsFromString } from 'node:v8';

// A CLI run is short: most of its functions run for a few hundred postings and it exits. With V8's
// default tiering budget (67,584 bytes of bytecode run before a function is considered for the
// optimising compiler), more than half the CPU time of a lint of 300 postings was on V8's
// background threads (TurboFan compiling and recompiling hundreds of functions), not on the main
// thread. 300,000 optimises only what stays hot: measured on 300 postings, about 30% less CPU time
// over all threads with the main thread's time unchanged (a higher budget, 1,000,000, cut the CPU
// as much but kept the main thread longer in unoptimised code); 1 and 3,000 postings within the
// noise (docs/performance.md). Set before the bundle is compiled; V8 folds the flags into the code
// cache's flag hash, so a cache made without it is rejected once and rewritten.
setFlagsFromString('--interrupt-budget=300000');

const BUNDLE = join(__dirname, 'cli-main.js');

/** The per-user folder the cache lives in, or null when the cache is off. */
function cacheFolder(env: NodeJS.ProcessEnv): string | null {
  if (env.POSTWRIGHT_NO_COMPILE_CACHE) return null;
  if (env.POSTWRIGHT_CACHE_DIR) return env.POSTWRIGHT_CACHE_DIR;
  if (process.platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'postwright', 'cache') : null;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'postwright');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'postwright');
}

// The first 16 hex digits of the bundle's SHA-256, defined by esbuild.mjs when it builds this file.
declare const CLI_BUNDLE_SHA256: string;

/** FNV-1a (32 bits) of `text` from `seed`, as 8 hex digits: mixes a short key, not a security hash. */
function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The cache file for this bundle, Node and command; null for --help, --version and the like (not worth a file). */
function cacheFile(folder: string | null, source: Buffer, command: string | undefined): string | null {
  if (!folder || !command || !/^[a-z]{1,16}$/.test(command)) return null;
  let stamp: string;
  try {
    const stat = statSync(BUNDLE);
    stamp = `${CLI_BUNDLE_SHA256}:${source.length}:${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch {
    return null;
  }
  const digest = fnv1a(stamp, 0x811c9dc5) + fnv1a(stamp, 0x9747b28c);
  return join(folder, `cli-${command}-${digest}-${process.version}-${process.arch}.v8cache`);
}

function readCache(file: string | null): Buffer | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache as one rename (a reader never sees half a file) and drops this command's older caches. */
function writeCache(file: string, data: Buffer): void {
  try {
    const folder = dirname(file);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, file);
    const prefix = file.slice(folder.length + 1).split('-').slice(0, 2).join('-') + '-';
    for (const name of readdirSync(folder))
      if (name.startsWith(prefix) && join(folder, name) !== file && name.endsWith('.v8cache')) unlinkSync(join(folder, name));
  } catch {
    // A cache that cannot be written is a slower next run, nothing more.
  }
}

const source = readFileSync(BUNDLE);
const file = cacheFile(cacheFolder(process.env), source, process.argv[2]);
const cached = readCache(file);
const bundle = compileBundle(BUNDLE, source.toString('utf8'), cached);
if (file && (!cached || bundle.script.cachedDataRejected))
  // At exit the cache holds the functions this run compiled too, not only the top level.
  process.once('exit', () => writeCache(file, bundle.script.createCachedData()));
bundle.run(module);
