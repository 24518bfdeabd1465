// `lint --fix` for one posting: fix the text, encode it back in the file's own encoding, and
// replace the file only if nothing else changed it since it was read (see writeFile.ts). Files are
// handled one at a time (read → fix → check → write), so the window for a concurrent save is the
// time one file takes, and even that window is checked.
import type { AnalysisOptions } from '../analysis.ts';
import { applySafeFixes, MAX_POSTING_BYTES, type PostingSource } from './files.ts';
import { canEncode, encodeText, encodingLabel } from './textEncoding.ts';
import { replacePosting, snapshotOf } from './writeFile.ts';

export type FixOutcome =
  /** Fixes were applied and the file written; `text` is the fixed text. */
  | { status: 'fixed'; fixes: number; text: string }
  /** Nothing to fix. */
  | { status: 'clean'; text: string }
  /** Fixes were found but the file was left as it is, for `reason`; `text` is the text as read. */
  | { status: 'not-fixed'; reason: string; text: string };

export async function fixPostingFile(source: PostingSource, text: string, options: AnalysisOptions, opts: { backup: boolean }): Promise<FixOutcome> {
  const result = applySafeFixes(text, options);
  if (result.fixed === 0 || result.text === text) return { status: 'clean', text };
  const { decoded } = source;
  const label = encodingLabel(decoded.encoding);
  // The bytes outside the fixed spans must come back exactly: refuse a file whose decoding does not round-trip.
  if (!decoded.roundTrips) return { status: 'not-fixed', reason: `its ${label} bytes would not be written back exactly`, text };
  if (!canEncode(result.text, decoded.encoding)) return { status: 'not-fixed', reason: `a fix needs characters ${label} cannot hold`, text };
  let snapshot;
  try {
    snapshot = await snapshotOf(source.path, source.bytes, source.stat);
  } catch {
    return { status: 'not-fixed', reason: 'it changed since it was read (saved meanwhile?)', text };
  }
  const written = await replacePosting(snapshot, source.bytes, encodeText(result.text, decoded.encoding), {
    maxBytes: MAX_POSTING_BYTES,
    ...(opts.backup ? { backupPath: `${source.path}.bak` } : {}),
  });
  if (!written.ok) return { status: 'not-fixed', reason: written.reason, text };
  return { status: 'fixed', fixes: result.fixed, text: result.text };
}
