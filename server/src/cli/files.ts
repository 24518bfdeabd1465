// Shared file handling for the CLI commands: expanding FILE arguments (files, folders, globs, `-`
// for standard input), reading a posting safely, finding the .postwright.json that applies, and
// writing a file atomically (temp file + rename, optional .bak).
import { promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { analyze, type Analysis, type AnalysisOptions } from '../analysis.ts';
import { applyTextEdits, editInDocument, mergeFixes } from '../features/codeActions.ts';
import { notAnalysableReason, stripBom } from '../features/guard.ts';
import { readWorkspaceConfig, type WorkspaceConfig } from '../settings.ts';
import type { CliIO } from './types.ts';

/** Extensions a folder argument is searched for. */
export const POSTING_EXTENSIONS = ['.posting', '.txt'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
const MAX_FILES = 100_000;

const GLOB_CHARS = /[*?[{]/;

export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

const REGEX_SPECIAL = /[.+^$()|\\{}[\]*?]/;

/** One glob character class ("[abc]", "[!a-z]") from `i` (at '['), or null when it is not closed. */
function globClass(glob: string, i: number): { source: string; next: number } | null {
  let j = i + 1;
  let negate = false;
  if (glob[j] === '!' || glob[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  const first = j;
  for (; j < glob.length; j++) {
    const c = glob[j]!;
    if (c === ']' && j > first) break;
    if (c === '/') return null;
    // A range keeps its dash when it is ordered ("a-z"); anything else is a literal character.
    if (c === '-' && j > first && j + 1 < glob.length && glob[j + 1] !== ']' && glob[j - 1]! <= glob[j + 1]!) body += '-';
    else body += `\\${c === '-' ? '-' : c}`.replace(/^\\(\w)$/, '$1');
  }
  if (j >= glob.length) return null;
  return { source: `[${negate ? '^' : ''}${body}${negate ? '/' : ''}]`, next: j };
}

/**
 * A glob as the source of a RegExp over '/'-separated paths, every literal character escaped:
 * `**` any folders, `*` within a name, `?`, `[abc]`, `{a,b}`. An unclosed `[` or `{` is literal.
 * Safe on long paths however many stars: within a name each `*` before the last matches the
 * shortest text up to the next piece, atomically (a lookahead plus a back-reference), which is the
 * classic greedy wildcard algorithm and cannot backtrack.
 */
export function escapeGlob(glob: string): string {
  let groups = 0;
  const segment = (seg: string): string => {
    // Pieces between stars, each already translated; stars collapse.
    const pieces: string[] = [''];
    let braces = 0;
    for (let i = 0; i < seg.length; i++) {
      const c = seg[i]!;
      const last = pieces.length - 1;
      if (c === '*' && braces > 0) {
        pieces[last] += '[^/]*'; // inside {a*,b}: a plain star (rare; short alternatives)
        continue;
      }
      if (c === '*') {
        if (pieces[last] !== '' || last === 0) pieces.push('');
        continue;
      }
      if (c === '?') pieces[last] += '[^/]';
      else if (c === '[') {
        const cls = globClass(seg, i);
        if (cls) {
          pieces[last] += cls.source;
          i = cls.next;
        } else pieces[last] += '\\[';
      } else if (c === '{' && seg.indexOf('}', i) > i) {
        braces++;
        pieces[last] += '(?:';
      } else if (c === '}' && braces > 0) {
        braces--;
        pieces[last] += ')';
      } else if (c === ',' && braces > 0) pieces[last] += '|';
      else pieces[last] += REGEX_SPECIAL.test(c) ? `\\${c}` : c;
    }
    if (pieces.length === 1) return pieces[0]!;
    let out = pieces[0]!;
    for (let k = 1; k < pieces.length - 1; k++) {
      groups++;
      out += `(?=([^/]*?${pieces[k]}))\\${groups}`;
    }
    return `${out}[^/]*${pieces[pieces.length - 1]}`;
  };
  const parts = glob.split('/');
  let re = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const lastPart = i === parts.length - 1;
    if (part === '**') {
      re += lastPart ? '.*' : '(?:[^/]*/)*';
      continue;
    }
    re += segment(part) + (lastPart ? '' : '/');
  }
  return `^${re}$`;
}

/** A glob as a RegExp (see escapeGlob); a glob that still does not compile matches only itself. */
export function globToRegExp(glob: string): RegExp {
  try {
    return new RegExp(escapeGlob(glob));
  } catch {
    return new RegExp(`^${escapeRegExp(glob)}$`);
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

async function walk(dir: string, out: string[], filter: (path: string) => boolean): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    // Synchronous on purpose: a CLI pass over hundreds of small files otherwise waits on the thread pool per file.
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (out.length >= MAX_FILES) return;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(path, out, filter);
    } else if (e.isFile() && filter(path)) out.push(path);
  }
}

export interface Expanded {
  /** Paths as the user would write them (relative to cwd when given so), plus '-' for stdin. */
  files: string[];
  /** Arguments that matched nothing (a missing file is kept in `files` so reading reports it). */
  unmatched: string[];
}

/**
 * Expands FILE arguments: a folder → every *.posting and *.txt below it (node_modules, .git, dist
 * skipped); a glob (`seeds/*.txt`, `postings/**\/*.posting`) → matching files; `-` → standard
 * input; anything else is kept as a file path. Duplicates are dropped, order is kept.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = f === '-' ? '-' : resolve(cwd, f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    const abs = resolve(cwd, arg);
    let stat: import('node:fs').Stats | null = null;
    try {
      stat = statSync(abs);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      await walk(abs, found, (p) => POSTING_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(ext)));
      if (found.length === 0) unmatched.push(arg);
      for (const f of found) add(isAbsolute(arg) ? f : relative(cwd, f) || f);
      continue;
    }
    if (stat || !isGlob(arg)) {
      add(arg);
      continue;
    }
    // A glob: walk from the longest folder prefix without glob characters.
    const norm = arg.split(sep).join('/');
    const parts = norm.split('/');
    const fixed: string[] = [];
    for (const p of parts) {
      if (isGlob(p)) break;
      fixed.push(p);
    }
    const baseRel = fixed.join('/') || '.';
    const base = resolve(cwd, baseRel);
    const re = globToRegExp(isAbsolute(norm) ? norm : resolve(cwd, norm).split(sep).join('/'));
    const found: string[] = [];
    await walk(base, found, (p) => re.test(p.split(sep).join('/')));
    if (found.length === 0) unmatched.push(arg);
    for (const f of found) add(isAbsolute(arg) ? f : relative(cwd, f));
  }
  return { files, unmatched };
}

const decoder = new TextDecoder('utf-8');

/** Reads a posting (or standard input for '-') as text, or explains in one line why it cannot. */
export async function readPosting(file: string, io: CliIO): Promise<{ text: string } | { error: string }> {
  let text: string;
  if (file === '-') {
    try {
      text = await io.readStdin();
    } catch (error) {
      return { error: `cannot read standard input: ${(error as Error)?.message ?? String(error)}` };
    }
  } else {
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(io.cwd, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException)?.code;
      const why =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((error as Error)?.message ?? String(error));
      return { error: `${file}: ${why}` };
    }
    if (bytes.includes(0)) return { error: `${file}: binary file (contains NUL bytes)` };
    text = decoder.decode(bytes);
  }
  const reason = notAnalysableReason(text);
  if (reason) return { error: `${file === '-' ? 'standard input' : file}: not analysed: ${reason}` };
  return { text: stripBom(text) };
}

/** The nearest .postwright.json at or above `dir`, parsed, with its problems; null when there is none. */
export async function findWorkspaceConfig(dir: string): Promise<{ path: string; config: WorkspaceConfig | null; problems: string[] } | null> {
  let d = resolve(dir);
  for (let i = 0; i < 64; i++) {
    const path = join(d, '.postwright.json');
    try {
      const text = await fs.readFile(path, 'utf8');
      return { path, ...readWorkspaceConfig(text) };
    } catch {
      /* not here */
    }
    const up = dirname(d);
    if (up === d) return null;
    d = up;
  }
  return null;
}

/** AnalysisOptions for a CLI run: --profile, the nearest .postwright.json (unless --no-config). */
export async function cliAnalysisOptions(io: CliIO, opts: { profile?: string; config?: boolean; today?: string }): Promise<{ options: AnalysisOptions; problems: string[] }> {
  const options: AnalysisOptions = {};
  const problems: string[] = [];
  if (opts.profile) options.profile = opts.profile;
  if (opts.today) options.today = opts.today;
  if (opts.config !== false) {
    const found = await findWorkspaceConfig(io.cwd);
    if (found) {
      options.workspace = found.config;
      for (const p of found.problems) problems.push(p.startsWith('.postwright.json') ? `${relative(io.cwd, found.path) || found.path}${p.slice('.postwright.json'.length)}` : p);
    }
  }
  return { options, problems };
}

/**
 * Writes `text` to `path` atomically: a temp file in the same folder, fsync, then rename over the
 * original (keeping its mode). With `backup`, the original is first copied to `path.bak`.
 */
export async function writeAtomic(path: string, text: string, opts: { backup?: boolean } = {}): Promise<void> {
  const dir = dirname(path);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(path)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  if (opts.backup) await fs.copyFile(path, `${path}.bak`);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  const handle = await fs.open(tmp, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (mode !== undefined) await fs.chmod(tmp, mode);
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

/** Parses `--name value` / `--name=value`; returns the value and the index of the last argument used. */
export function optionValue(args: readonly string[], i: number, name: string): { value: string | undefined; next: number } | null {
  const arg = args[i]!;
  if (arg === name) return { value: args[i + 1], next: i + 1 };
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), next: i };
  return null;
}

/**
 * Applies every safe fix (Fix.safe, the same set as source.fixAll.postwright) to `text`, re-analysing
 * after each pass so fixes that touched the same lines get their turn; at most `maxPasses` passes.
 * Returns the fixed text and how many fixes were applied.
 */
export function applySafeFixes(text: string, options: AnalysisOptions, maxPasses = 10): { text: string; fixed: number } {
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const analysis = analyze(text, options);
    const { edits, taken } = mergeFixes(analysis.findings.flatMap((f) => {
      const fix = f.fixes?.find((x) => x.safe === true && x.edits.length > 0 && x.edits.every((e) => editInDocument(analysis.posting, e)));
      return fix ? [fix] : [];
    }));
    if (edits.length === 0) break;
    const next = applyTextEdits(text, edits);
    if (next === text) break;
    text = next;
    fixed += taken.length;
  }
  return { text, fixed };
}

/**
 * For the one-file commands (export, report): reads the posting and analyses it with the CLI's
 * settings. Read errors and settings problems go to standard error as `postwright <command>: …`;
 * null means the file could not be read.
 */
export async function analyzeOneFile(command: string, file: string, io: CliIO, opts: { profile?: string; config?: boolean; today?: string }): Promise<Analysis | null> {
  const read = await readPosting(file, io);
  if ('error' in read) {
    io.stderr(`postwright ${command}: ${read.error}\n`);
    return null;
  }
  const { options, problems } = await cliAnalysisOptions(io, opts);
  for (const p of problems) io.stderr(`postwright ${command}: ${p}\n`);
  return analyze(read.text, options);
}

/** Writes a command's result to `output` (atomically) or, without one, to standard output. */
export async function writeResult(io: CliIO, output: string | undefined, text: string): Promise<void> {
  if (output) await writeAtomic(resolve(io.cwd, output), text);
  else io.stdout(text);
}
