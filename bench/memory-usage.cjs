// Preloaded (`node --require bench/memory-usage.cjs dist/server.js --stdio`) only by
// `bench/memory.ts --breakdown`, to see where the server's resident memory goes: on SIGUSR2 it
// writes one line to standard error, `memory-usage {json}`, with process.memoryUsage() and V8's
// heap spaces, measured as they are and again after a full collection. The figures the bench
// reports as results come from plain `node dist/server.js --stdio`, without this file.
'use strict';
const v8 = require('node:v8');
const vm = require('node:vm');

function snapshot() {
  const spaces = {};
  for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name] = { size: s.space_size, used: s.space_used_size };
  return { ...process.memoryUsage(), spaces };
}

process.on('SIGUSR2', () => {
  const live = snapshot();
  v8.setFlagsFromString('--expose-gc');
  vm.runInNewContext('gc')();
  const collected = snapshot();
  process.stderr.write(`memory-usage ${JSON.stringify({ live, collected })}\n`);
});
