// Shared file handling for the CLI commands: reading a posting (in its own encoding) or standard
// input, finding the .postwright.json that applies, applying the safe fixes, and writing a
// command's result. Expanding FILE arguments is in inputs.ts, writing files safely in writeFile.ts.
import { type BigIntStats } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { analyze, type Analysis, type AnalysisOptions } from '../analysis.ts';
import { applyTextEdits, editInDocument, mergeFixes } from '../features/codeActions.ts';
import { MAX_ANALYSED_CHARS, notAnalysableReason, stripBom } from '../features/guard.ts';
import { readRegularFileSync } from '../regularFile.ts';
import { readWorkspaceConfigFile, type WorkspaceConfig } from '../settings.ts';
import { decodeText, type DecodedText } from './textEncoding.ts';
import type { CliIO } from './types.ts';
import { writeOutputFile } from './writeFile.ts';

export { expandInputs, globToRegExp, isGlob, POSTING_EXTENSIONS, type Expanded } from './inputs.ts';

/** Postings above this many bytes are not read (the analysis stops at MAX_ANALYSED_CHARS anyway). */
export const MAX_POSTING_BYTES = 4 * MAX_ANALYSED_CHARS;

/** A posting file as read: its bytes and the fstat they were read under (to prove before a rewrite that it did not change), and its encoding. */
export interface PostingSource {
  /** Absolute path as named (not resolved through links). */
  path: string;
  bytes: Buffer;
  stat: BigIntStats;
  decoded: DecodedText;
}

/** `text` (already without its byte-order mark), or why it is not analysed. */
function analysable(name: string, text: string): { text: string } | { error: string } {
  const reason = notAnalysableReason(text);
  return reason ? { error: `${name}: not analysed: ${reason}` } : { text };
}

/**
 * Reads a posting (or standard input for '-') as text, or explains in one line why it cannot. Files
 * are read only when regular (a FIFO or a device is refused without blocking) and decoded in their
 * own encoding (UTF-8, UTF-16 with a byte-order mark, Windows-1252: see textEncoding.ts).
 */
export async function readPosting(file: string, io: CliIO): Promise<{ text: string; source?: PostingSource } | { error: string }> {
  if (file === '-') {
    let input: string | Uint8Array;
    try {
      input = await io.readStdin();
    } catch (error) {
      return { error: `cannot read standard input: ${(error as Error)?.message ?? String(error)}` };
    }
    if (typeof input === 'string') return analysable('standard input', stripBom(input));
    const decoded = decodeText(input);
    return 'error' in decoded ? { error: `standard input: ${decoded.error}` } : analysable('standard input', decoded.text);
  }
  const path = resolve(io.cwd, file);
  const read = readRegularFileSync(path, MAX_POSTING_BYTES);
  if ('problem' in read) return { error: `${file}: ${read.reason}` };
  const decoded = decodeText(read.bytes);
  if ('error' in decoded) return { error: `${file}: ${decoded.error}` };
  const result = analysable(file, decoded.text);
  return 'error' in result ? result : { text: result.text, source: { path, bytes: read.bytes, stat: read.stat, decoded } };
}

/**
 * The nearest .postwright.json at or above `dir`, read and validated, with its problems; null when
 * there is none. A file that is there but cannot be used (not a regular file, too large, not JSON)
 * ends the search with config null: a parent folder's settings are not silently used instead.
 */
export async function findWorkspaceConfig(dir: string): Promise<{ path: string; config: WorkspaceConfig | null; problems: string[] } | null> {
  let d = resolve(dir);
  for (let i = 0; i < 64; i++) {
    const path = join(d, '.postwright.json');
    const found = await readWorkspaceConfigFile(path);
    if (found) return { path, ...found };
    const up = dirname(d);
    if (up === d) return null;
    d = up;
  }
  return null;
}

export interface CliSetup {
  options: AnalysisOptions;
  problems: string[];
  /** A .postwright.json applies but could not be read or parsed: the run uses defaults and exits 2. */
  configUnusable: boolean;
}

/** AnalysisOptions for a CLI run: --profile, the nearest .postwright.json (unless --no-config). */
export async function cliAnalysisOptions(io: CliIO, opts: { profile?: string; config?: boolean; today?: string }): Promise<CliSetup> {
  const options: AnalysisOptions = {};
  const problems: string[] = [];
  let configUnusable = false;
  if (opts.profile) options.profile = opts.profile;
  if (opts.today) options.today = opts.today;
  if (opts.config !== false) {
    const found = await findWorkspaceConfig(io.cwd);
    if (found) {
      options.workspace = found.config;
      configUnusable = found.config === null;
      for (const p of found.problems) problems.push(p.startsWith('.postwright.json') ? `${relative(io.cwd, found.path) || found.path}${p.slice('.postwright.json'.length)}` : p);
    }
  }
  return { options, problems, configUnusable };
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
 * null means the file, or the .postwright.json that applies, could not be read (exit code 2).
 */
export async function analyzeOneFile(command: string, file: string, io: CliIO, opts: { profile?: string; config?: boolean; today?: string }): Promise<Analysis | null> {
  const read = await readPosting(file, io);
  if ('error' in read) {
    io.stderr(`postwright ${command}: ${read.error}\n`);
    return null;
  }
  const { options, problems, configUnusable } = await cliAnalysisOptions(io, opts);
  for (const p of problems) io.stderr(`postwright ${command}: ${p}\n`);
  if (configUnusable) return null;
  return analyze(read.text, options);
}

/**
 * Writes a command's result to `output` (a new file, or an existing regular file replaced keeping
 * its mode, owner and links; see writeFile.ts) or, without one, to standard output. False, after a
 * message naming the output, when it could not be written.
 */
export async function writeResult(command: string, io: CliIO, output: string | undefined, text: string): Promise<boolean> {
  if (!output) {
    io.stdout(text);
    return true;
  }
  const written = await writeOutputFile(resolve(io.cwd, output), Buffer.from(text, 'utf8'), { overwrite: true });
  if (!written.ok) io.stderr(`postwright ${command}: cannot write ${output}: ${written.reason}\n`);
  return written.ok;
}
