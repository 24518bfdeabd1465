// Playwright helpers for the VS Code web workbench served by code-server: what a writer does with
// keyboard and mouse, and what they can read on screen. Every wait is on page state, with a deadline.
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './codeServer.ts';

export const UI_TIMEOUT = Number(process.env.POSTWRIGHT_E2E_UI_TIMEOUT ?? 30_000);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

export async function newWorkbenchPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(url, { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The explorer lists the workspace once the remote connection is up.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Runs a command through the command palette (F1), by its title as shown there. */
export async function runCommand(page: Page, title: string, options: { keepWidgets?: boolean } = {}): Promise<void> {
  // Escape closes stray widgets, but would also clear a focused filter box: callers there pass keepWidgets.
  if (!options.keepWidgets) await closeWidgets(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await parkPointer(page);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Moves the pointer to empty explorer space, so no tab or status-bar hover pops up where a click left it. */
export async function parkPointer(page: Page): Promise<void> {
  await page.mouse.move(150, 640);
}

/** Closes the quick input, suggest widget or menus that may be open. */
export async function closeWidgets(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const open = await page.locator('.quick-input-widget:visible, .suggest-widget.visible, .action-widget:visible, .context-view:visible').count();
    if (!open) return;
    await page.keyboard.press('Escape');
  }
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor tab is active and focused. */
export async function openFile(page: Page, name: string): Promise<void> {
  await closeWidgets(page);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await parkPointer(page);
  await activeTab(page, name).waitFor({ state: 'visible' });
  const focused = page.locator('.editor-instance .monaco-editor.focused');
  // On a loaded machine the tab can be active while the keyboard focus stayed elsewhere (a
  // notification, the closing Quick Open): put it in the editor the way a writer would.
  const inTime = await focused.waitFor({ state: 'visible', timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  if (!inTime) await focusEditor(page);
}

/** Puts the keyboard focus back in the active editor (e.g. after typing in a panel's filter box). */
export async function focusEditor(page: Page, options: { keepWidgets?: boolean } = {}): Promise<void> {
  await runCommand(page, 'View: Focus Active Editor Group', options);
  await page.locator('.editor-instance .monaco-editor.focused').waitFor({ state: 'visible' });
}

export function activeTab(page: Page, name: string): Locator {
  return page.locator('.tabs-container .tab.active', { hasText: name });
}

/** The language mode shown in the status bar ("Job Posting"). */
export function languageStatus(page: Page): Locator {
  return page.locator('[id="status.editor.mode"]');
}

/** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column. */
export async function goToLine(page: Page, line: number, column = 1): Promise<void> {
  await closeWidgets(page);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
}

export async function saveActiveEditor(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
}

// ---- Problems panel ----

export interface Problem {
  severity: 'error' | 'warning' | 'info' | 'hint' | 'unknown';
  message: string;
  /** 1-based, as the panel shows it. */
  line: number;
  column: number;
  source: string;
  /** The rule id shown next to the source ("postwright(gendered-language)"). */
  code: string;
  file: string;
}

/** Shows the Problems panel (Ctrl+Shift+M) unless it is showing. */
export async function showProblems(page: Page): Promise<Locator> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await closeWidgets(page);
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible' });
  }
  return panel;
}

/** Narrows the Problems panel to one file (its filter box accepts a glob), then puts the focus back in the editor. */
export async function filterProblems(page: Page, glob: string): Promise<void> {
  await showProblems(page);
  const input = page.locator('.part.panel .viewpane-filter input:visible, .part.panel .markers-panel-action-filter input:visible').first();
  // fill() sets the value in one step (typing key by key races the panel's re-filtering); re-fill if it did not stick.
  await waitUntil(page, `the Problems filter to read ${glob}`, async () => {
    if ((await input.inputValue()) === glob) return true;
    await input.fill(glob);
    return false;
  });
  // The panel applies the filter after a short debounce: wait until every file row is the one asked for.
  const name = glob.replace(/^\*\*\//, '');
  await waitUntil(page, `the Problems panel to show only ${name}`, async () => {
    const files = await page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
      rows.map((r) => /problems? in file (.+?) of folder/i.exec(r.getAttribute('aria-label') ?? '')?.[1]).filter(Boolean),
    );
    return files.length > 0 && files.every((f) => f === name);
  });
  await focusEditor(page, { keepWidgets: true });
}

const PROBLEM_ROWS = '.markers-panel .monaco-list-row';

function parseProblems(rows: { label: string; source: string; code: string }[]): Problem[] {
  const out: Problem[] = [];
  let file = '';
  for (const row of rows) {
    const fileRow = /problems? in file (.+?) of folder/i.exec(row.label);
    if (fileRow) {
      file = fileRow[1];
      continue;
    }
    const m = /^(Error|Warning|Info|Information|Hint)?:?\s*([\s\S]*?) at line (\d+) and character (\d+)\.(?: generated by (.+))?$/i.exec(row.label);
    if (!m) continue;
    const sev = (m[1] ?? '').toLowerCase();
    out.push({
      severity: sev === 'information' ? 'info' : ((['error', 'warning', 'info', 'hint'].includes(sev) ? sev : 'unknown') as Problem['severity']),
      message: m[2],
      line: Number(m[3]),
      column: Number(m[4]),
      source: row.source || m[5] || '',
      code: row.code.replace(/^\(|\)$/g, ''),
      file,
    });
  }
  return out;
}

async function snapshotProblems(page: Page): Promise<{ problems: Problem[]; signature: string }> {
  const rows = await page.locator(PROBLEM_ROWS).evaluateAll((els) =>
    els.map((r) => ({
      label: r.getAttribute('aria-label') ?? '',
      source: r.querySelector('.marker-source')?.textContent ?? '',
      code: r.querySelector('.marker-code')?.textContent ?? '',
    })),
  );
  return { problems: parseProblems(rows), signature: rows.map((r) => r.label).join('\n') };
}

/**
 * Reads the Problems panel rows (the ones rendered). A marker row's aria-label reads
 * "Warning: <message> at line 4 and character 9. generated by postwright"; file rows
 * ("3 problems in file x.posting of folder .") set the file for the rows under them.
 */
export async function readProblems(page: Page): Promise<Problem[]> {
  return (await snapshotProblems(page)).problems;
}

/** Resolves when the Problems rows may have changed: the page's next DOM change, or after `timeoutMs`. */
async function problemsChanged(page: Page, _signature: string, timeoutMs: number): Promise<void> {
  await nextDomChange(page, Math.max(1, Math.min(1000, timeoutMs)));
}

function describeProblems(problems: Problem[]): string {
  return problems.map((p) => `  ${p.severity} ${p.file}:${p.line}:${p.column} ${p.message} [${p.source}${p.code ? `(${p.code})` : ''}]`).join('\n') || '  (nothing)';
}

/** Waits until a Problems row satisfies `match`, re-reading the panel whenever it changes. */
export async function waitForProblem(page: Page, what: string, match: (p: Problem) => boolean, timeoutMs = UI_TIMEOUT): Promise<Problem> {
  await showProblems(page);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { problems, signature } = await snapshotProblems(page);
    const found = problems.find(match);
    if (found) return found;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for a Problems entry: ${what}; the panel shows:\n${describeProblems(problems)}`);
    await problemsChanged(page, signature, Math.min(2000, deadline - Date.now()));
  }
}

/** Waits until no Problems row satisfies `match`. */
export async function waitForNoProblem(page: Page, what: string, match: (p: Problem) => boolean, timeoutMs = UI_TIMEOUT): Promise<void> {
  await showProblems(page);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { problems, signature } = await snapshotProblems(page);
    if (!problems.some(match)) return;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for this Problems entry to go: ${what}; the panel shows:\n${describeProblems(problems)}`);
    await problemsChanged(page, signature, Math.min(2000, deadline - Date.now()));
  }
}

/** Resolves at the page's next DOM change, or after `maxMs` (so callers re-check state as it changes). */
export async function nextDomChange(page: Page, maxMs = 1000): Promise<void> {
  await page
    .evaluate((ms) => {
      const g = globalThis as unknown as { MutationObserver: new (cb: () => void) => { observe(t: unknown, o: object): void; disconnect(): void }; document: { body: unknown } };
      return new Promise<void>((resolve) => {
        const observer = new g.MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(g.document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve();
        }, ms);
      });
    }, maxMs)
    .catch(() => undefined);
}

/** Waits until `probe` returns a truthy value, re-checking on every DOM change; throws after `timeoutMs`. */
export async function waitUntil<T>(page: Page, what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = UI_TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await nextDomChange(page, Math.min(1000, deadline - Date.now()));
  }
}

export const isPostwright = (p: Problem) => /postwright/i.test(p.source);

// ---- Webviews ----

/** The content frame of the active webview (VS Code nests it: iframe.webview > iframe#active-frame). */
export function activeWebview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}
