// Learns templates from the user's own past postings (postwright.templates.paths): the .posting
// and .txt files directly in each folder. The server calls this only in a trusted workspace, in
// the background (after the first diagnostics); the result is layered over the built-in library.
// Everything is bounded: entries visited (skipped ones count), bytes read, bytes kept for learning;
// the loader yields between files and stops when its AbortSignal fires.
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Profile } from '../profiles/types.ts';
import { buildSteps, type SourceDoc } from './build.ts';
import type { TemplateLibrary } from './types.ts';

/** Directory entries visited in all folders, whatever they are (skipped files count too). */
export const MAX_FILES = 500;
/** A file larger than this is not a posting: skipped without reading. */
export const MAX_FILE_BYTES = 256 * 1024;
/** Bytes read in all (files rejected after reading count too). */
export const MAX_BYTES_READ = 8 * 1024 * 1024;
/** Characters of posting text kept for learning (each is parsed, then learned from, in steps). */
export const MAX_CHARS_KEPT = 2 * 1024 * 1024;
/** Names listed per folder (then sorted, so which files are visited does not depend on the disk's order). */
const MAX_LISTED = 10_000;
const POSTING_FILE = /\.(?:posting|txt)$/i;

export interface LoadResult {
  /** The learned library, or null when no folder held a posting (or the load was cancelled). */
  library: TemplateLibrary | null;
  /** Postings read. */
  files: number;
  problems: string[];
  /** True when the signal stopped the load (library is then null; nothing should be applied). */
  cancelled: boolean;
}

export interface LoadOptions {
  /** Aborting stops the load between two files (or before learning); the result is then `cancelled`. */
  signal?: AbortSignal;
  /**
   * Awaited between two files, after the yield to the event loop: the server passes "until no
   * diagnostics wait to be published", so learning only ever takes the time nobody is waiting for.
   */
  pause?: () => Promise<void>;
}

/** The folder paths from the raw `postwright` settings section (templates.paths), as strings. */
export function templatePathsOf(settings: unknown): string[] {
  const s = settings as { templates?: { paths?: unknown }; 'templates.paths'?: unknown } | null | undefined;
  const raw = s?.templates?.paths ?? s?.['templates.paths'];
  return Array.isArray(raw) ? raw.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim()) : [];
}

/** Resolves "~/…" and relative paths (against the first base folder). */
export function resolveFolder(path: string, baseDirs: readonly string[]): string {
  if (path === '~' || path.startsWith('~/')) return join(homedir(), path.slice(1));
  if (isAbsolute(path)) return path;
  return resolve(baseDirs[0] ?? process.cwd(), path);
}

/** The names in a folder, at most `limit` of them (read lazily: a huge folder is not listed whole), sorted. */
async function namesIn(folder: string, limit: number): Promise<string[]> {
  const names: string[] = [];
  const dir = await fs.opendir(folder);
  try {
    for await (const entry of dir) {
      if (names.length >= limit) break;
      names.push(entry.name);
    }
  } finally {
    await dir.close().catch(() => undefined);
  }
  return names.sort();
}

/**
 * Reads the folders and learns a library from them. Never throws; problems are reported as text.
 * Yields to the event loop between files; `options.signal` cancels.
 */
export async function loadTemplateFolders(paths: readonly string[], baseDirs: readonly string[], profiles: readonly Profile[], options: LoadOptions = {}): Promise<LoadResult> {
  const { signal, pause } = options;
  const problems: string[] = [];
  const docs: SourceDoc[] = [];
  const cancelled = (): LoadResult => ({ library: null, files: docs.length, problems, cancelled: true });
  let visited = 0;
  let bytesRead = 0;
  let charsKept = 0;
  let tooLarge = 0;
  let stopped: string | null = null;
  for (const p of paths) {
    if (stopped) break;
    const folder = resolveFolder(p, baseDirs);
    let names: string[];
    try {
      names = await namesIn(folder, MAX_LISTED);
    } catch {
      problems.push(`postwright.templates.paths: cannot read the folder ${folder}.`);
      continue;
    }
    for (const name of names) {
      if (signal?.aborted) return cancelled();
      if (visited >= MAX_FILES) {
        stopped = `postwright.templates.paths: only the first ${MAX_FILES} files are looked at.`;
        break;
      }
      visited++;
      if (!POSTING_FILE.test(name) || /^readme\b/i.test(name)) continue;
      // Before each file that costs I/O: let waiting work run, then check the signal again.
      await yieldToEventLoop();
      if (pause) await pause();
      if (signal?.aborted) return cancelled();
      const path = join(folder, name);
      try {
        const st = await fs.stat(path);
        if (!st.isFile()) continue;
        if (st.size > MAX_FILE_BYTES) {
          tooLarge++;
          continue;
        }
        if (bytesRead + st.size > MAX_BYTES_READ) {
          stopped = `postwright.templates.paths: only the first ${MAX_BYTES_READ / 1024 / 1024} MB of files are read.`;
          break;
        }
        bytesRead += st.size;
        let text = await fs.readFile(path, 'utf8');
        if (text.includes('\u0000')) continue;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        if (charsKept + text.length > MAX_CHARS_KEPT) {
          stopped = `postwright.templates.paths: templates are learned from the first ${MAX_CHARS_KEPT / 1024 / 1024} MB of postings only.`;
          break;
        }
        charsKept += text.length;
        docs.push({ name, text });
      } catch {
        // unreadable file: skipped
      }
    }
  }
  if (tooLarge) problems.push(`postwright.templates.paths: ${tooLarge} file(s) over ${MAX_FILE_BYTES / 1024} KB skipped (a posting is far smaller).`);
  if (stopped) problems.push(stopped);
  if (signal?.aborted) return cancelled();
  if (docs.length === 0) return { library: null, files: 0, problems, cancelled: false };
  try {
    // Learning runs step by step (a posting, a profile), yielding and pausing between steps like
    // the reading above, so no one step holds the event loop for the whole build.
    const steps = buildSteps(docs, { profiles, generic: false });
    let step = steps.next();
    while (!step.done) {
      await yieldToEventLoop();
      if (pause) await pause();
      if (signal?.aborted) return cancelled();
      step = steps.next();
    }
    // The learned library is plain data; a JSON copy keeps none of the source texts alive (strings
    // cut from them would otherwise hold every whole file).
    const library = JSON.parse(JSON.stringify(step.value)) as TemplateLibrary;
    return { library, files: docs.length, problems, cancelled: false };
  } catch (error) {
    problems.push(`postwright.templates.paths: learning templates failed: ${String(error)}`);
    return { library: null, files: docs.length, problems, cancelled: false };
  }
}
