// Preloaded (`node --require bench/peak-rss.cjs …`) into a process the bench times: at exit it
// writes the process's peak resident memory (KB) to file descriptor 3, which the bench opened as a
// pipe. Costs one tiny require, so the timed run and the memory figure come from the same process.
'use strict';
const { writeSync } = require('node:fs');
process.on('exit', () => {
  try {
    writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // fd 3 not open: started without the bench
  }
});
