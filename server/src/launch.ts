// dist/server.js, what editors start (`node dist/server.js --stdio`, or over IPC from the VS Code
// client): loads the server bundle, dist/server-main.js (server/src/main.ts), and nothing else.
//
// Why not a plain require: Node reads a required file with one growing malloc'd buffer, and
// freeing its last ~2 MB block raises glibc's dynamic mmap threshold to ~2 MB and its trim
// threshold to ~4 MB for the rest of the process. From then on memory the server frees (parser and
// compiler scratch space, message buffers) stays in the process instead of going back to the
// system: measured with bench/memory.ts, ~7-10 MB more resident memory after typing into a 12 KB
// posting. Reading the bundle here in 64 KB pieces (below the 128 KB default threshold) keeps
// glibc's defaults. The bundle then runs as a CommonJS module exactly as require would run it
// (bundleModule.ts: same file name, so stack traces and __dirname are unchanged). It imports nothing
// from the project but bundleModule.ts: whatever it imports is bundled into this file.
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { compileBundle } from './bundleModule.ts';

const BUNDLE = join(__dirname, 'server-main.js');
const PIECE = 64 * 1024;

/** The file's text, read in pieces so no single buffer is large (see above). */
function readInPieces(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const piece = Buffer.allocUnsafe(PIECE);
    const decoder = new StringDecoder('utf8');
    let text = '';
    for (let n = readSync(fd, piece, 0, PIECE, null); n > 0; n = readSync(fd, piece, 0, PIECE, null))
      text += decoder.write(piece.subarray(0, n));
    return text + decoder.end();
  } finally {
    closeSync(fd);
  }
}

compileBundle(BUNDLE, readInPieces(BUNDLE)).run(module);
