// The writer's editor in code-server, checked as a person sees it: role-aware bullets on Ctrl+Space,
// a quick fix that leaves the inserted section on screen, the Getting Started walkthrough, and a
// rule link that opens the bundled page with the browser cut off from everything but code-server.
// Each check takes the page of a running workbench; codeserver.test.ts runs them and screenshots.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, Request } from 'playwright-core';
import { KIND_WORDS } from '../kindWords.ts';
import { activeTab, closeWidgets, filterProblems, goToLine, isPostwright, openFile, parkPointer, saveActiveEditor, waitForProblem, waitUntil, type Problem } from './workbench.ts';

/** A posting for `title` whose Responsibilities list ends in an empty bullet: where a writer asks for the next duty. */
export function rolePosting(title: string): string {
  return `${title}\nLakeview Unified School District\n\nResponsibilities:\n- Report to the supervisor each morning.\n- `;
}

/** Seed text with forty more duties after its first bullet list, so a section inserted below them starts out of view. */
export function longPosting(seed: string): string {
  const lines = seed.split('\n');
  let end = lines.findIndex((l) => l.startsWith('- '));
  assert.ok(end >= 0, 'the seed has no bullet list');
  while (lines[end + 1]?.startsWith('- ')) end++;
  const duties = Array.from({ length: 40 }, (_, i) => `- Reviews the progress of learning network ${i + 1} with its Assistant Superintendent each quarter.`);
  return [...lines.slice(0, end + 1), ...duties, ...lines.slice(end + 1)].join('\n');
}

const focusedEditor = (page: Page): Locator => page.locator('.editor-instance .monaco-editor.focused');

/** Ctrl+Space at the end of the posting's last (empty) bullet: the suggestion labels shown, the list left open. */
export async function suggestAtEnd(page: Page, name: string): Promise<string[]> {
  await openFile(page, name);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+Space');
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor();
  // The list fills as the server answers: wait until two reads agree.
  let last = '';
  return waitUntil(page, 'the suggestion list to settle', async () => {
    const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    const now = labels.join('\n');
    const settled = now === last && labels.length > 0;
    last = now;
    return settled ? labels : undefined;
  });
}

/** Whether the element's box lies inside the focused editor's visible area (both ways). */
async function onScreen(page: Page, element: Locator): Promise<boolean> {
  const view = await focusedEditor(page).locator('.overflow-guard').boundingBox();
  const box = await element.boundingBox();
  if (!view || !box) return false;
  return box.x >= view.x - 1 && box.y >= view.y - 1 && box.x + Math.min(box.width, 40) <= view.x + view.width + 1 && box.y + box.height <= view.y + view.height + 1;
}

/**
 * Ctrl+. on the title of a long posting, then the fix that adds the section `kind` (inserted far
 * below, its first placeholder along a long line): the placeholder is selected, and the heading and
 * the cursor are on screen with nothing scrolled sideways. Saves the file to read what was inserted.
 */
export async function quickFixInView(page: Page, workspace: string, name: string, kind: string): Promise<void> {
  const before = readFileSync(join(workspace, name), 'utf8');
  await openFile(page, name);
  await filterProblems(page, `**/${name}`);
  const problem = await waitForProblem(page, `the missing ${kind} finding`, (p: Problem) => p.file === name && isPostwright(p) && /missing/i.test(p.message) && KIND_WORDS[kind]!.test(p.message));
  await goToLine(page, problem.line, problem.column);
  await page.keyboard.press('Control+.');
  const actions = page.locator('.action-widget .monaco-list-row.action');
  await actions.first().waitFor();
  const titles = await actions.allTextContents();
  const title = titles.find((t) => /^Add /.test(t) && KIND_WORDS[kind]!.test(t));
  assert.ok(title, `no quick fix adding the ${kind} section: ${titles.join(' | ')}`);
  for (let i = 0; i < titles.length; i++) {
    if (((await page.locator('.action-widget .monaco-list-row.action.focused').textContent()) ?? '') === title) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.locator('.action-widget .monaco-list-row.action.focused', { hasText: title }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
  // The status bar reads "Ln 60, Col 431 (29 selected)" once the placeholder is selected.
  const status = page.locator('[id="status.editor.selection"]');
  const selected = await waitUntil(page, 'a selection after the fix', async () => /Ln (\d+), Col (\d+) \((\d+) selected\)/.exec((await status.textContent()) ?? ''));
  const cursorLine = Number(selected[1]) - 1;
  await saveActiveEditor(page);
  const after = readFileSync(join(workspace, name), 'utf8').split('\n');
  const old = before.split('\n');
  let first = 0;
  while (old[first] === after[first]) first++;
  while (after[first]?.trim() === '') first++;
  const heading = after[first]!.trim();
  assert.ok(KIND_WORDS[kind]!.test(heading), `the fix inserted "${heading}" where its heading should be`);
  assert.ok(first > 40, `the section went in at line ${first + 1}: too near the top for this check to fail`);
  assert.ok(cursorLine > first && cursorLine < first + after.length - old.length, `the cursor (line ${cursorLine + 1}) is not in the inserted section (from line ${first + 1})`);
  const editor = focusedEditor(page);
  await waitUntil(page, `the inserted heading "${heading}" on screen`, () => onScreen(page, editor.locator('.view-line', { hasText: heading }).first()));
  await waitUntil(page, 'the cursor on screen', () => onScreen(page, editor.locator('.cursors-layer .cursor').first()));
  // Monaco scrolls sideways by moving the lines, not the scrollable element.
  const lines = await editor.locator('.lines-content').boundingBox();
  const scrollable = await editor.locator('.monaco-scrollable-element.editor-scrollable').boundingBox();
  assert.ok(lines && scrollable && Math.abs(lines.x - scrollable.x) < 1, `the editor is scrolled sideways by ${scrollable && lines ? scrollable.x - lines.x : '?'} px`);
}

/** Opens the Getting Started walkthrough from the command palette, as Help → Welcome → Walkthroughs does. */
export async function openWalkthrough(page: Page, title: string): Promise<void> {
  await closeWidgets(page);
  // Not runCommand(): this command answers with a second quick pick (the walkthroughs) at once.
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>Welcome: Open Walkthrough...');
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().click();
  const choice = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  await choice.waitFor();
  await choice.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.gettingStartedContainer', { hasText: title }).first().waitFor();
  await parkPointer(page);
}

/** True for a request that stays on this machine (code-server, its webviews, data and blob URLs). */
function isLocal(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host.endsWith('.localhost');
  } catch {
    return false;
  }
}

/**
 * With every browser request that leaves this machine refused (the network off, as far as the
 * workbench can tell), clicks the rule link of a Postwright entry in the Problems panel: the rule's
 * page must open in an editor tab, no browser tab may open and no request may have gone for it.
 * Returns the rule id.
 */
export async function openRuleLinkOffline(page: Page, name: string): Promise<string> {
  const context = page.context();
  const tried: string[] = [];
  const popups: string[] = [];
  const onRequest = (request: Request) => {
    if (!isLocal(request.url())) tried.push(request.url());
  };
  const onPage = (p: Page) => popups.push(p.url());
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('internetdisconnected')));
  try {
    await openFile(page, name);
    await filterProblems(page, `**/${name}`);
    const problem = await waitForProblem(page, 'a Postwright finding with a rule link', (p) => p.file === name && isPostwright(p) && !!p.code);
    const row = page.locator('.markers-panel .monaco-list-row', { has: page.locator('.marker-code', { hasText: problem.code }) }).first();
    context.on('request', onRequest);
    context.on('page', onPage);
    // The code is drawn inside the link (a.monaco-link > .marker-code): a click on it follows the link.
    await row.locator('.marker-code').first().click();
    await activeTab(page, `${problem.code}.md`).waitFor();
    await page.locator('.editor-group-container.active .view-line', { hasText: /^#\s/ }).first().waitFor();
    assert.deepEqual(popups, [], 'the rule link opened a browser tab');
    const forTheDoc = tried.filter((u) => u.includes(problem.code) || /docs\/rules|github/i.test(u));
    assert.deepEqual(forTheDoc, [], 'opening the rule page went to the network');
    return problem.code;
  } finally {
    context.off('request', onRequest);
    context.off('page', onPage);
    await context.unroute('**/*');
  }
}
