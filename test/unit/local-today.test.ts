// "Today" is the writer's calendar day, not UTC's: at 20:00 in Los Angeles on June 30 it is already
// July 1 in UTC, and a pay-transparency law in force from July 1 must not be applied yet. Spawns the
// built CLI (as a user meets it) with TZ set and the clock fixed by a preload module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
// Virginia's pay-transparency law takes effect on 2026-07-01; this instant is 20:00 PDT on June 30.
const EVENING_BEFORE = '2026-07-01T03:00:00Z';

function lintAt(tz: string, now: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-today-'));
  const clock = join(dir, 'fixed-clock.mjs');
  writeFileSync(
    clock,
    `const fixed = Date.parse(${JSON.stringify(now)}); const Real = Date;
globalThis.Date = class extends Real { constructor(...a) { if (a.length === 0) super(fixed); else super(...a); } static now() { return fixed; } };\n`,
  );
  writeFileSync(join(dir, 'custodian.posting'), 'Custodian\nRichmond Public Schools\n\nResponsibilities\n- Clean the building.\n\nHow to Apply\nApply online.\n');
  writeFileSync(join(dir, '.postwright.json'), JSON.stringify({ rules: { 'pay-transparency': { state: 'VA' }, 'missing-section': 'off', length: 'off' } }));
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(clock).href, cli, 'lint', '--format', 'json', 'custodian.posting'], {
    cwd: dir,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  assert.equal(r.error, undefined);
  return r.stdout;
}

test('lint at 20:00 in Los Angeles the evening before a pay law takes effect does not apply the law yet', () => {
  assert.doesNotMatch(lintAt('America/Los_Angeles', EVENING_BEFORE), /pay-transparency/);
});

test('the same instant where it is already July 1 (UTC) applies the law: the clock is what decides', () => {
  assert.match(lintAt('UTC', EVENING_BEFORE), /pay-transparency/);
});
