// Reads a file only when it is a regular file, and only up to a size bound: the one reader for
// .postwright.json (CLI and language server) and for postings the CLI reads.
//
// Why this shape: a stat() before readFile() is a check and a use on two different things. A FIFO
// named .postwright.json blocks the open itself, and a symbolic link to /dev/zero passes a size
// check (size 0) and then reads without end. So the file is opened first with O_NONBLOCK (an open
// of a FIFO returns at once), the *open descriptor* is fstat'ed (what is read is what was checked),
// and the read stops after maxBytes + 1 bytes (a file that grows while read cannot allocate without
// bound either).
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, type BigIntStats } from 'node:fs';

export interface RegularFileContent {
  bytes: Buffer;
  /** fstat of the descriptor the bytes were read from (bigint: nanosecond mtimes compare exactly). */
  stat: BigIntStats;
}

export interface RegularFileProblem {
  /** missing: nothing at the path (callers often treat that as "no file", not an error). */
  problem: 'missing' | 'not-regular' | 'too-large' | 'unreadable';
  /** A short phrase for a message: "no such file", "not a regular file (a FIFO)", … */
  reason: string;
}

function kindOf(stat: BigIntStats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A one-line reason for a failed open or read. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EDQUOT') return 'disk quota exceeded';
  const message = (error as Error)?.message ?? String(error);
  return message.split('\n')[0]!;
}

function openProblem(error: unknown): RegularFileProblem {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'missing', reason: 'no such file' };
  return { problem: 'unreadable', reason: ioReason(error) };
}

/** Why a descriptor with this fstat is not read (not a regular file, too large), or null. */
function statProblem(stat: BigIntStats, maxBytes: number): RegularFileProblem | null {
  if (!stat.isFile()) return { problem: 'not-regular', reason: stat.isDirectory() ? 'is a directory' : `not a regular file (${kindOf(stat)})` };
  return stat.size > BigInt(maxBytes) ? tooLarge(maxBytes) : null;
}

function tooLarge(maxBytes: number): RegularFileProblem {
  return { problem: 'too-large', reason: `larger than ${sizeText(maxBytes)}` };
}

/** The buffer a read goes into: never more than maxBytes + 1 bytes, as the size can change after the fstat. */
function readBuffer(stat: BigIntStats, maxBytes: number): Buffer {
  return Buffer.allocUnsafe(Math.min(maxBytes + 1, Number(stat.size) + 64 * 1024));
}

/** The bytes read into `buffer` (length of them), or why they are not used. */
function readResult(buffer: Buffer, length: number, stat: BigIntStats, maxBytes: number): RegularFileContent | RegularFileProblem {
  if (length > maxBytes) return tooLarge(maxBytes);
  if (length === buffer.length) return { problem: 'unreadable', reason: 'it grew while it was read' };
  return { bytes: Buffer.from(buffer.subarray(0, length)), stat };
}

/** Reads `path` if it is a regular file of at most `maxBytes` bytes (symbolic links are followed). */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFileContent | RegularFileProblem> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return openProblem(error);
  }
  try {
    const stat = await handle.stat({ bigint: true });
    const refused = statProblem(stat, maxBytes);
    if (refused) return refused;
    // Read to the end, but never more than maxBytes + 1 bytes: the size can change after the fstat.
    const buffer = readBuffer(stat, maxBytes);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return readResult(buffer, length, stat, maxBytes);
  } catch (error) {
    return { problem: 'unreadable', reason: ioReason(error) };
  } finally {
    await handle.close();
  }
}

/**
 * readRegularFile without the thread pool, for the CLI: a run over hundreds of small postings
 * otherwise waits on five round trips per file (open, fstat, two reads, close) between analyses.
 * The same checks in the same order (O_NONBLOCK open, fstat of the descriptor, bounded read).
 */
export function readRegularFileSync(path: string, maxBytes: number): RegularFileContent | RegularFileProblem {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return openProblem(error);
  }
  try {
    const stat = fstatSync(fd, { bigint: true });
    const refused = statProblem(stat, maxBytes);
    if (refused) return refused;
    const buffer = readBuffer(stat, maxBytes);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return readResult(buffer, length, stat, maxBytes);
  } catch (error) {
    return { problem: 'unreadable', reason: ioReason(error) };
  } finally {
    closeSync(fd);
  }
}

/** Strips a leading byte-order mark (Notepad and PowerShell 5 start UTF-8 files with one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
