// Learns templates from the user's own past postings (postwright.templates.paths): every .posting
// and .txt file directly in each folder (at most MAX_FILES in all, 1 MB each). The server calls
// this only in a trusted workspace; the result is layered over the built-in library.
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { Profile } from '../profiles/types.ts';
import { buildLibrary, type SourceDoc } from './build.ts';
import type { TemplateLibrary } from './types.ts';

export const MAX_FILES = 500;
export const MAX_FILE_BYTES = 1024 * 1024;
const POSTING_FILE = /\.(?:posting|txt)$/i;

export interface LoadResult {
  /** The learned library, or null when no folder held a posting. */
  library: TemplateLibrary | null;
  /** Postings read. */
  files: number;
  problems: string[];
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

/** Reads the folders and learns a library from them. Never throws; problems are reported as text. */
export async function loadTemplateFolders(paths: readonly string[], baseDirs: readonly string[], profiles: readonly Profile[]): Promise<LoadResult> {
  const problems: string[] = [];
  const docs: SourceDoc[] = [];
  for (const p of paths) {
    const folder = resolveFolder(p, baseDirs);
    let names: string[];
    try {
      names = (await fs.readdir(folder)).sort();
    } catch {
      problems.push(`postwright.templates.paths: cannot read the folder ${folder}.`);
      continue;
    }
    for (const name of names) {
      if (!POSTING_FILE.test(name) || /^readme\b/i.test(name)) continue;
      if (docs.length >= MAX_FILES) {
        problems.push(`postwright.templates.paths: only the first ${MAX_FILES} postings are read.`);
        break;
      }
      const path = join(folder, name);
      try {
        const st = await fs.stat(path);
        if (!st.isFile() || st.size > MAX_FILE_BYTES) continue;
        const text = await fs.readFile(path, 'utf8');
        if (text.includes('\u0000')) continue;
        docs.push({ name, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
      } catch {
        // unreadable file: skipped
      }
    }
  }
  if (docs.length === 0) return { library: null, files: 0, problems };
  try {
    return { library: buildLibrary(docs, { profiles, generic: false }), files: docs.length, problems };
  } catch (error) {
    problems.push(`postwright.templates.paths: learning templates failed: ${String(error)}`);
    return { library: null, files: docs.length, problems };
  }
}
