// V8 heap settings for the long-running language server, applied before anything else is loaded
// (main.ts imports this module first, and esbuild keeps import order in the bundle).
//
// Why: typing makes short-lived garbage (one analysis per keystroke). With V8's defaults the young
// generation doubles its semi-spaces and the old generation grows well past the live data, and
// neither shrinks back: 1,000 edits into a 12 KB posting took the process from ~96 MB to ~160 MB
// RSS while live data stayed ~26 MB. `--optimize-for-size` keeps both generations smaller (measured
// with bench/memory.ts: ~109 MB after the same edits; keystroke latency unchanged). The server is
// started as a plain `node dist/server.js`, so the flag cannot come from the command line; V8 reads
// it at run time for heap sizing decisions made after this point. `--max-semi-space-size` set here
// has no effect (the new space is already configured), which is why it is not used; but the growth
// factor is read each time the young generation would grow, so `--semi-space-growth-factor=1` keeps
// it at its starting size (1 MB a semi-space) instead of doubling to 4-8 MB while typing: measured
// with bench/memory.ts, 69 MB instead of 72-74 MB after 1,000 edits of a 12 KB posting, typing
// latency within the machine's noise. (`--no-concurrent-recompilation`, which saved ~8 MB from the
// command line, does nothing when set here: the compiler thread exists by then.)
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--optimize-for-size');
setFlagsFromString('--semi-space-growth-factor=1');
