// The push delay follows the document's measured analysis time, not its size: quick analyses are
// answered at once (a zero-delay timer, which still coalesces a queued burst), slow ones wait half
// their analysis time, never more than 150 ms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pushDelay } from '../../server/src/lsp/diagnostics.ts';

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
