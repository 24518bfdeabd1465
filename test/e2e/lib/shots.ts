// Screenshots of the workbench, and the failure screenshot every code-server test leaves behind.
// They go outside tracked files so `npm test` leaves the tree clean; `npm run screenshots` sets
// POSTWRIGHT_SCREENSHOTS=docs/images to refresh the README's pictures.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT } from './codeServer.ts';
import { parkPointer } from './workbench.ts';

const SHOTS = process.env.POSTWRIGHT_SCREENSHOTS ?? join(ROOT, 'test-results', 'e2e', 'screenshots');
const FAILURE_SHOTS = join(ROOT, 'test-results', 'e2e');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await parkPointer(page); // no hover covering the view
  await page.locator('.workbench-hover-container').first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
  await page.screenshot({ path: join(SHOTS, name) });
}

/** Runs `body`; on failure saves a screenshot of the page to test-results/e2e/ and rethrows. */
export async function withPage(t: TestContext, page: Page | undefined, body: (page: Page) => Promise<void>): Promise<void> {
  assert.ok(page, 'the workbench did not load (see the before hook)');
  try {
    await body(page);
  } catch (error) {
    mkdirSync(FAILURE_SHOTS, { recursive: true });
    const file = join(FAILURE_SHOTS, `${t.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
    throw Object.assign(error as Error, { message: `${(error as Error).message}\n(screenshot: ${file})` });
  }
}
