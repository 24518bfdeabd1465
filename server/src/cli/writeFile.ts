// Writing files from the CLI without losing anything: `lint --fix` rewriting postings (with an
// optional FILE.bak), `export`/`report -o`, and `init` writing .postwright.json.
//
// The rules, and why:
// - A symbolic link is never replaced and never written through by accident: a posting or output
//   that is a link has its target written (the link stays a link); a FILE.bak that is a link or not
//   a regular file is refused. New files are opened with O_EXCL (no link followed) and temp files
//   get an unguessable name in the target's own folder.
// - The file keeps its mode, owner and hard links: a file with several links, or whose owner or
//   group the temp file cannot take, is written in place instead of replaced by a rename.
// - A file without write permission is not written, even by root (who ignores permissions): root
//   is held to the mode bits.
// - A posting is rewritten only if it is still exactly what was read (same inode, size, mtime and
//   SHA-256), checked right before the write, so a save made meanwhile in an editor is not lost.
// - Failures are reasons about the file the user named ("read-only"), never about a temp file.
import { createHash, randomBytes } from 'node:crypto';
import { constants, promises as fs, type BigIntStats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ioReason, readRegularFile } from '../regularFile.ts';

export type WriteOutcome = { ok: true } | { ok: false; reason: string };

/** What was read from a file that may be rewritten: enough to prove later that it did not change. */
export interface ReadSnapshot {
  /** The file's real path (symbolic links resolved): what is written. */
  realPath: string;
  stat: BigIntStats;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A snapshot of `path` as just read (bytes and the fstat of the descriptor they came from). */
export async function snapshotOf(path: string, bytes: Uint8Array, stat: BigIntStats): Promise<ReadSnapshot> {
  return { realPath: await fs.realpath(path), stat, sha256: sha256(bytes) };
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Whether the user may write the file; for root, whether any write bit is set at all. */
async function writable(realPath: string, stat: BigIntStats): Promise<boolean> {
  if (isRoot()) return (Number(stat.mode) & 0o222) !== 0;
  try {
    await fs.access(realPath, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

/**
 * Test-only hook: with POSTWRIGHT_TEST_PAUSE_BEFORE_WRITE=DIR, the rewrite of NAME stops right
 * before its last "unchanged since read" check, creates DIR/paused-NAME and waits (at most 10 s) for
 * DIR/resume-NAME. The regression test for concurrent saves edits the posting in that pause;
 * nothing else sets the variable.
 */
async function pauseForTest(realPath: string): Promise<void> {
  const dir = process.env.POSTWRIGHT_TEST_PAUSE_BEFORE_WRITE;
  if (!dir) return;
  await fs.writeFile(join(dir, `paused-${basename(realPath)}`), '');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      await fs.rm(join(dir, `resume-${basename(realPath)}`));
      return;
    } catch {
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 20));
    }
  }
}

async function writeAll(handle: fs.FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) offset += (await handle.write(bytes, offset, bytes.length - offset, offset)).bytesWritten;
}

/**
 * A temp file beside `path` with `bytes` and the mode, owner and group of `like`. With `ownerRequired`
 * a temp file that cannot take the owner and group is given up ('cannot': the caller writes in place).
 */
async function tempFileBeside(path: string, bytes: Uint8Array, like: BigIntStats, ownerRequired: boolean): Promise<string | 'cannot'> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
  } catch {
    return 'cannot';
  }
  let ok = false;
  try {
    await writeAll(handle, bytes);
    const own = await handle.stat({ bigint: true });
    if (own.uid !== like.uid || own.gid !== like.gid) {
      try {
        await handle.chown(Number(like.uid), Number(like.gid));
      } catch (error) {
        if (ownerRequired) throw error;
      }
    }
    // After chown, which clears set-id bits.
    await handle.chmod(Number(like.mode) & 0o7777);
    await handle.sync();
    ok = true;
  } catch {
    ok = false;
  } finally {
    await handle.close();
    if (!ok) await fs.rm(tmp, { force: true });
  }
  return ok ? tmp : 'cannot';
}

/** Rewrites the content of the existing regular file at `realPath` in place (same inode). */
async function writeInPlace(realPath: string, stat: BigIntStats, bytes: Uint8Array): Promise<WriteOutcome> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(realPath, constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return { ok: false, reason: ioReason(error) };
  }
  try {
    const now = await handle.stat({ bigint: true });
    if (now.ino !== stat.ino || now.dev !== stat.dev) return { ok: false, reason: 'it was replaced while being written' };
    await writeAll(handle, bytes);
    await handle.truncate(bytes.length);
    await handle.sync();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: ioReason(error) };
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the content of the existing regular file `realPath` (stat: as it is now), keeping mode,
 * owner and hard links: a temp file renamed over it when the file has one link and the temp file
 * could take its owner and mode, else a write in place.
 */
async function overwrite(realPath: string, stat: BigIntStats, bytes: Uint8Array): Promise<WriteOutcome> {
  if (stat.nlink === 1n) {
    const tmp = await tempFileBeside(realPath, bytes, stat, true);
    if (tmp !== 'cannot') {
      try {
        await fs.rename(tmp, realPath);
        return { ok: true };
      } catch (error) {
        await fs.rm(tmp, { force: true });
        return { ok: false, reason: ioReason(error) };
      }
    }
  }
  return writeInPlace(realPath, stat, bytes);
}

/** Writes `bytes` to the backup path `bakPath`, refusing a link or a non-regular file there. */
async function writeBackup(bakPath: string, bytes: Uint8Array, like: BigIntStats): Promise<WriteOutcome> {
  try {
    const existing = await fs.lstat(bakPath);
    if (existing.isSymbolicLink()) return { ok: false, reason: `${basename(bakPath)} is a symbolic link; not writing the backup through it` };
    if (!existing.isFile()) return { ok: false, reason: `${basename(bakPath)} exists and is not a regular file` };
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT') return { ok: false, reason: `cannot write ${basename(bakPath)}: ${ioReason(error)}` };
  }
  // The backup takes the original's owner where it can; not being able to is no reason to skip the fix.
  const tmp = await tempFileBeside(bakPath, bytes, like, false);
  if (tmp === 'cannot') return { ok: false, reason: `cannot write ${basename(bakPath)}` };
  try {
    // rename replaces a directory entry: even a link put there since the check is replaced, not followed.
    await fs.rename(tmp, bakPath);
    return { ok: true };
  } catch (error) {
    await fs.rm(tmp, { force: true });
    return { ok: false, reason: `cannot write ${basename(bakPath)}: ${ioReason(error)}` };
  }
}

/**
 * Rewrites a posting that was read as `original` (snapshot) with `bytes`, if it is writable and
 * still unchanged; with `backupPath`, first saves the original bytes there.
 */
export async function replacePosting(snapshot: ReadSnapshot, original: Uint8Array, bytes: Uint8Array, opts: { backupPath?: string; maxBytes: number }): Promise<WriteOutcome> {
  const { realPath, stat } = snapshot;
  if (!(await writable(realPath, stat))) return { ok: false, reason: 'read-only' };
  if (opts.backupPath) {
    const backup = await writeBackup(opts.backupPath, original, stat);
    if (!backup.ok) return backup;
  }
  await pauseForTest(realPath);
  const now = await readRegularFile(realPath, opts.maxBytes);
  if ('problem' in now || !sameFile(now.stat, stat) || sha256(now.bytes) !== snapshot.sha256) return { ok: false, reason: 'it changed since it was read (saved meanwhile?)' };
  return overwrite(realPath, now.stat, bytes);
}

/**
 * Writes an output file (export/report -o, init's .postwright.json): a new file is created with
 * O_EXCL; an existing one is replaced only with `overwrite` and only if it is a writable regular
 * file (through a symbolic link, its target), keeping mode, owner and links.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array, opts: { overwrite: boolean }): Promise<WriteOutcome | { ok: false; reason: string; exists: true }> {
  try {
    const handle = await fs.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o666);
    let written = false;
    try {
      await writeAll(handle, bytes);
      await handle.sync();
      written = true;
    } finally {
      await handle.close();
      // A half-written new file (disk full) is removed rather than left looking like output.
      if (!written) await fs.rm(path, { force: true });
    }
    return { ok: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code !== 'EEXIST') return { ok: false, reason: ioReason(error) };
  }
  if (!opts.overwrite) return { ok: false, reason: 'already exists', exists: true };
  let realPath: string;
  let stat: BigIntStats;
  try {
    realPath = await fs.realpath(path);
    stat = await fs.stat(realPath, { bigint: true });
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'a symbolic link to a missing file' : ioReason(error) };
  }
  if (!stat.isFile()) return { ok: false, reason: stat.isDirectory() ? 'is a directory' : 'not a regular file' };
  if (!(await writable(realPath, stat))) return { ok: false, reason: 'read-only' };
  return overwrite(realPath, stat, bytes);
}
