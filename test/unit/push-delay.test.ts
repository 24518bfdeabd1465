// The push delay follows the document's measured analysis time, not its size: quick analyses are
// answered at once (a zero-delay timer, which still coalesces a queued burst), slow ones wait half
// their analysis time, never more than 150 ms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuMsSince, pushDelay } from '../../server/src/lsp/diagnostics.ts';

test('no measurement yet, or a quick analysis: no delay', () => {
  assert.equal(pushDelay(undefined), 0);
  assert.equal(pushDelay(0.4), 0);
  assert.equal(pushDelay(16), 0);
  assert.equal(pushDelay(Number.NaN), 0);
});

test('a slow analysis: half its time, growing with it, capped at 150 ms', () => {
  assert.equal(pushDelay(40), 20);
  assert.equal(pushDelay(120), 60);
  assert.ok(pushDelay(200) > pushDelay(100));
  assert.equal(pushDelay(300), 150);
  assert.equal(pushDelay(5_000), 150);
});

test('the analysis time the delay follows is CPU time: time spent waiting (for a core, for I/O) is not counted', () => {
  const started = process.cpuUsage();
  // Blocks the thread without running: as a server that waits for a core on a busy machine.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  assert.ok(cpuMsSince(started) < 100, 'a blocked wait counts as (next to) no analysis time');
  const busy = process.cpuUsage();
  let x = 0;
  for (let i = 0; i < 5e7; i++) x = (x + i) % 7;
  assert.ok(x >= 0 && cpuMsSince(busy) > 0, 'work is counted');
});

test('a writer who does not outpace the analysis is answered at once; one who does waits', () => {
  // 40 ms analyses: a change 60 ms or more after the previous one keeps the share of a core within two thirds.
  assert.equal(pushDelay(40, 60), 0);
  assert.equal(pushDelay(40, 1_000), 0);
  assert.equal(pushDelay(40, 59), 20);
  assert.equal(pushDelay(40, 5), 20);
  assert.equal(pushDelay(40, undefined), 20);
  // A quick analysis never waits, however fast the changes come.
  assert.equal(pushDelay(10, 1), 0);
});
