// Expanding the CLI's FILE arguments: files, folders, globs (picomatch) and `-` for standard input.
//
// Dot-files and dot-folders (`.history/`, `.git/`, editor backups) are skipped by folder walks and
// globs, as in a shell: `lint --fix postings/` must not rewrite an editor's history copies. A dot
// path named on the command line (`.drafts/a.posting`, `.drafts`) is still read, and so is a glob
// that spells the dot itself (`.drafts/*.posting`).
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/** Extensions a folder argument is searched for. */
export const POSTING_EXTENSIONS = ['.posting', '.txt'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'out']);
const MAX_FILES = 100_000;

/**
 * picomatch compiles `*` to a lazy `[^/]*?` and `**` to a lazy "any folders" group, which
 * backtrack polynomially: twelve stars in one name take minutes on a 200-character path. Globs are
 * held to a few of each (a name with more stars is better written as a folder plus a filter).
 */
const MAX_STARS_PER_NAME = 2;
const MAX_GLOBSTARS = 2;

export function isGlob(arg: string): boolean {
  return picomatch.scan(arg).isGlob;
}

/** Why a glob is refused (too many wildcards to match in linear time), or null. */
export function globProblem(glob: string): string | null {
  const names = glob.split('/');
  if (names.filter((n) => n === '**').length > MAX_GLOBSTARS) return `more than ${MAX_GLOBSTARS} '**' in one glob`;
  if (names.some((n) => n !== '**' && (n.match(/\*/g)?.length ?? 0) > MAX_STARS_PER_NAME)) return `more than ${MAX_STARS_PER_NAME} '*' in one name`;
  return null;
}

const NEVER = /$^/;

/** A glob over '/'-separated paths as a RegExp (dot-files only where the glob spells the dot); a refused or invalid glob matches nothing. */
export function globToRegExp(glob: string): RegExp {
  if (globProblem(glob)) return NEVER;
  try {
    return picomatch.makeRe(glob, { dot: false });
  } catch {
    return NEVER;
  }
}

function walk(dir: string, out: string[], keep: (path: string) => boolean, dotEntries: boolean): void {
  let entries: Dirent[];
  try {
    // Synchronous on purpose: a CLI pass over hundreds of small files otherwise waits on the thread pool per file.
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (out.length >= MAX_FILES) return;
    if (!dotEntries && e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && e.name !== '.git') walk(path, out, keep, dotEntries);
    } else if (e.isFile() && keep(path)) out.push(path);
  }
}

export interface Expanded {
  /** Paths as the user would write them (relative to cwd when given so), plus '-' for stdin. */
  files: string[];
  /** Arguments that matched nothing (a missing file is kept in `files` so reading reports it). */
  unmatched: string[];
  /** Globs refused, with why. */
  refused: string[];
}

/**
 * Expands FILE arguments: a folder → every *.posting and *.txt below it (dot-entries, node_modules
 * and dist skipped); a glob (`seeds/*.txt`, `postings/**\/*.posting`) → matching files; `-` →
 * standard input; anything else is kept as a file path. Duplicates are dropped, order is kept.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const refused: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = f === '-' ? '-' : resolve(cwd, f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  const shown = (arg: string, f: string) => (isAbsolute(arg) ? f : relative(cwd, f) || f);
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    let stat: Stats | null;
    try {
      stat = statSync(resolve(cwd, arg));
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      walk(resolve(cwd, arg), found, (p) => POSTING_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(ext)), false);
      if (found.length === 0) unmatched.push(arg);
      for (const f of found) add(shown(arg, f));
      continue;
    }
    if (stat || !isGlob(arg)) {
      add(arg);
      continue;
    }
    const norm = arg.split(sep).join('/');
    const problem = globProblem(norm);
    if (problem) {
      refused.push(`${arg}: glob refused: ${problem}`);
      continue;
    }
    // Walk from the glob's folder part; match paths as the glob is written (relative to cwd or
    // absolute), so glob characters in the cwd's own name do not count. Dot-folders are entered
    // only when the glob spells a dot name.
    const { base, glob } = picomatch.scan(norm);
    const matcher = globToRegExp(norm);
    const asWritten = (p: string) => (isAbsolute(norm) ? p : relative(cwd, p)).split(sep).join('/');
    const found: string[] = [];
    walk(resolve(cwd, base || '.'), found, (p) => matcher.test(asWritten(p)), /(^|\/)\./.test(glob));
    if (found.length === 0) unmatched.push(arg);
    for (const f of found) add(shown(arg, f));
  }
  return { files, unmatched, refused };
}
