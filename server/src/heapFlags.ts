// V8 heap settings for the long-running language server, applied before anything else is loaded
// (main.ts imports this module first, and esbuild keeps import order in the bundle).
//
// Why: typing makes short-lived garbage (one analysis per keystroke). With V8's defaults the young
// generation doubles its semi-spaces while typing; `--semi-space-growth-factor=1` keeps it at its
// starting size (1 MB a semi-space) instead of doubling to 4-8 MB: measured with bench/memory.ts,
// 69 MB instead of 72-74 MB after 1,000 edits of a 12 KB posting, typing latency within the
// machine's noise. The server is started as a plain `node dist/server.js`, so the flag cannot come
// from the command line; the growth factor is read each time the young generation would grow, so
// setting it here works (`--max-semi-space-size` set here has no effect: the new space is already
// configured; `--no-concurrent-recompilation`, which saved ~8 MB from the command line, does nothing
// here either: the compiler thread exists by then).
//
// `--optimize-for-size` was set here too (it kept the old generation small: ~109 MB instead of
// ~160 MB after 1,000 edits of a 12 KB posting, before the launcher and the ASCII bundles took
// most of that memory away). It is not any more: it made V8 collect the old generation far more
// often, and a keystroke in a 200 KB posting cost 73 ms of server CPU with it and 25 ms without
// (bench/memory.ts, the same build and minute: keystroke → diagnostics median 100 → 34 ms), while
// the resident memory after 1,000 edits stayed within its aims (12 KB: 71 → 70 MB; 200 KB:
// 83 → 123 MB, aim < 150 MB). docs/performance.md has the runs.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
