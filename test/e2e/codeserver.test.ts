// Postwright in real VS Code, on this machine: code-server (VS Code 1.100 web workbench + server)
// driven by Debian's Chromium through playwright-core, checking what a writer sees. Three editors:
//   1. the packaged extension (.vsix) in a trusted workspace: one test() per feature;
//   2. the same in Restricted Mode (workspace trust left on);
//   3. the Mocha extension-host suite (test/e2e/suite) run inside code-server's extension host.
// Every wait is on page or file state with a deadline; code-server and Chromium are always stopped.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  EXT_ROOT,
  ROOT,
  assertBuilt,
  descendantsMatching,
  ensureCodeServer,
  makeTempDir,
  makeWorkspace,
  packageVsix,
  postingName,
  seedLabels,
  seedText,
  startCodeServer,
  writeWorkspaceSettings,
  type CodeServer,
} from './lib/codeServer.ts';
import { KIND_WORDS } from './kindWords.ts';
import { screenshot, withPage } from './lib/shots.ts';
import { longPosting, openRuleLinkOffline, openWalkthrough, quickFixInView, rolePosting, suggestAtEnd } from './lib/writerChecks.ts';
import {
  activeTab,
  activeWebview,
  filterProblems,
  goToLine,
  isPostwright,
  languageStatus,
  launchBrowser,
  newWorkbenchPage,
  openFile,
  runCommand,
  saveActiveEditor,
  showProblems,
  waitForNoProblem,
  waitForProblem,
  waitUntil,
  type Problem,
} from './lib/workbench.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SEED_003 = '003_45e4fa1758b6089c.txt';
const SEED_000 = '000_e8a81316217f8c6b.txt';
const P003 = postingName(SEED_003);
const P000 = postingName(SEED_000);

const MISSING_003 = seedLabels(SEED_003).missing;

/** The kind a missing-section finding names, if the problem is one. */
function missingKind(p: Problem, kinds = MISSING_003): string | undefined {
  if (!isPostwright(p)) return undefined;
  if (!/missing|absent|lacks|\bno\b|does not (have|include|state)/i.test(`${p.code} ${p.message}`)) return undefined;
  return kinds.find((k) => KIND_WORDS[k]?.test(p.message));
}
const isHisHer = (p: Problem) => isPostwright(p) && /his\/her/i.test(p.message);

function buildSuite(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'test', 'e2e', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, `test/e2e/build.mjs failed:\n${result.stdout}\n${result.stderr}`);
}

const home = makeTempDir('postwright-e2e-');
let vsix: string | undefined;
let packagingError: Error | undefined;

before(() => {
  assertBuilt();
  ensureCodeServer();
  try {
    vsix = packageVsix(home);
  } catch (error) {
    packagingError = error as Error;
  }
});

after(() => {
  if (!process.env.POSTWRIGHT_E2E_KEEP) rmSync(home, { recursive: true, force: true });
});

/** The payload that loads the extension from source when there is no .vsix to install. */
function devPayload(server: CodeServer): [string, string][] | undefined {
  return vsix ? undefined : [['extensionDevelopmentPath', server.remoteUri(EXT_ROOT)]];
}

describe('code-server: Postwright as a writer sees it', { timeout: 5 * 60_000 }, () => {
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let workspace = '';

  before(async () => {
    const text = seedText(SEED_003);
    workspace = makeWorkspace(join(home, 'workspace'), {
      [`completion-${P003}`]: text,
      [`quickfix-${P003}`]: text,
      [`settings-${P003}`]: text,
      [`recovery-${P003}`]: text,
      'typing.posting': '',
      [`reveal-${P003}`]: longPosting(text),
      'custodian.posting': rolePosting('Head Custodian'),
      'bus-driver.posting': rolePosting('School Bus Driver'),
    });
    server = await startCodeServer({ workspace, vsix });
    browser = await launchBrowser();
    page = await newWorkbenchPage(browser, server.workbenchUrl(devPayload(server)));
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  test('packaging: vsce packages the extension and code-server installs the .vsix', () => {
    if (packagingError) throw packagingError;
    assert.ok(server);
    const installed = readdirSync(server.extensionsDir).filter((n) => n.startsWith('postwright.postwright-'));
    assert.equal(installed.length, 1, `the .vsix did not install into ${server.extensionsDir}: ${readdirSync(server.extensionsDir).join(', ')}`);
    const files = readdirSync(join(server.extensionsDir, installed[0]), { recursive: true }).map(String);
    for (const needed of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/server-main.js']) assert.ok(files.includes(needed), `${needed} is not in the .vsix`);
    const stray = files.filter((f) => /^(node_modules|server\/src|client\/src|test|seeds|bench)\//.test(f));
    assert.deepEqual(stray, [], 'the .vsix holds files the extension does not run');
    // The README's pictures are shown from the package (the Extensions view, offline): relative links to files it holds.
    const readme = files.find((f) => /^readme\.md$/i.test(f));
    assert.ok(readme, 'no README in the .vsix');
    const images = [...readFileSync(join(server.extensionsDir, installed[0], readme), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 5, `the README shows ${images.length} pictures`);
    for (const image of images) assert.ok(files.includes(image), `the README's picture ${image} is not a file in the .vsix`);
  });

  test('activation: a .posting file opens in Job Posting mode and activates Postwright', async (t) => {
    await withPage(t, page, async (page) => {
      await openFile(page, P003);
      await languageStatus(page).filter({ hasText: 'Job Posting' }).waitFor();
      await runCommand(page, 'Developer: Show Running Extensions');
      await page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Postwright' }).first().waitFor();
      await runCommand(page, 'View: Close Editor');
      await activeTab(page, P003).waitFor();
    });
  });

  test('typing: a title, Enter, a heading, Enter and a sentence leave exactly what was typed', async (t) => {
    await withPage(t, page, async (page) => {
      const name = 'typing.posting';
      // Another posting open, as a writer has: its words and sections are what a suggestion list would offer.
      await openFile(page, P003);
      await openFile(page, name);
      // Typed key by key at a writer's pace, so the server answers between keystrokes as it would for a person.
      // "Principal" is the start of "Principals" in the other posting: the word a suggestion list would offer, and Enter accept.
      const typed = ['Assistant Principal', 'Responsibilities', 'Support the principal in leading the school.'];
      for (const [i, line] of typed.entries()) {
        await page.keyboard.type(line, { delay: 35 });
        await sleep(150); // a pause at the end of a line, when a suggestion list would have opened
        assert.equal(await page.locator('.suggest-widget.visible').count(), 0, `a suggestion list opened while typing "${line}"`);
        if (i < typed.length - 1) await page.keyboard.press('Enter');
      }
      await saveActiveEditor(page);
      assert.equal(readFileSync(join(workspace, name), 'utf8'), typed.join('\n'));
      await screenshot(page, 'typing.png');
    });
  });

  test("diagnostics: seed 003's Problems show 'his/her' on line 4 and a missing-section finding naming a kind", async (t) => {
    await withPage(t, page, async (page) => {
      await openFile(page, P003);
      await filterProblems(page, `**/${P003}`);
      const hisHer = await waitForProblem(page, "a Postwright finding about 'his/her'", isHisHer);
      assert.equal(hisHer.line, 4, `'his/her' is flagged on line ${hisHer.line}, not 4`);
      assert.equal(hisHer.file, P003);
      const missing = await waitForProblem(page, `a missing-section finding naming one of ${MISSING_003.join(', ')}`, (p) => !!missingKind(p));
      assert.ok(missing.message.length > 10);
      await screenshot(page, 'diagnostics.png');
    });
  });

  test('outline: the Outline view lists the sections of seed 000', async (t) => {
    await withPage(t, page, async (page) => {
      await openFile(page, P000);
      await runCommand(page, 'Explorer: Focus on Outline View');
      const pane = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Outline"]') });
      const rows = pane.locator('.monaco-list-row');
      await rows.first().waitFor();
      // Give the outline room: fold the file list, and collapse the outline to its top-level sections.
      const explorerHeader = page.locator('.pane-header.expanded[aria-label^="Explorer Section"]');
      if (await explorerHeader.count()) await explorerHeader.first().click();
      await pane.locator('.pane-header').hover(); // the pane's title actions show on hover
      const collapse = pane.locator('.pane-header .action-label.codicon-collapse-all');
      if (await collapse.count()) await collapse.first().click({ force: true });
      const names = () => pane.locator('.monaco-list-row .label-name').allTextContents();
      const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:.…]+$/, '').trim();
      const headings = seedLabels(SEED_000)
        .sections.filter((s) => s.heading)
        .map((s) => norm(s.heading!).slice(0, 24));
      // The pane renders only the rows that fit; wait until they include at least three labelled headings.
      const enough = Math.min(3, headings.length);
      const shown = await waitUntil(page, `${enough} labelled headings of seed 000 in the Outline`, async () => {
        const now = (await names()).map(norm);
        return headings.filter((h) => now.some((n) => n.startsWith(h))).length >= enough ? now : undefined;
      }).catch(async (error: Error) => {
        throw new Error(`${error.message}; the Outline shows ${JSON.stringify((await names()).map(norm))}`);
      });
      assert.ok(shown.length > 0);
      await screenshot(page, 'outline.png');
      const folded = page.locator('.pane-header:not(.expanded)[aria-label^="Explorer Section"]');
      if (await folded.count()) await folded.first().click();
    });
  });

  test('completion: Ctrl+Space at a blank line offers section templates; accepting one inserts it', async (t) => {
    await withPage(t, page, async (page) => {
      const name = `completion-${P003}`;
      const file = join(workspace, name);
      const before = readFileSync(file, 'utf8');
      await openFile(page, name);
      await filterProblems(page, `**/${name}`);
      await waitForProblem(page, 'Postwright findings for the copy', isPostwright);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+Space');
      const suggestions = page.locator('.suggest-widget.visible .monaco-list-row');
      await suggestions.first().waitFor();
      const labels = await suggestions.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      const index = labels.findIndex((l) => MISSING_003.some((k) => KIND_WORDS[k].test(l)));
      assert.ok(index >= 0, `no section-template suggestion for a missing kind (${MISSING_003.join(', ')}); the list shows: ${labels.join(' | ')}`);
      const kind = MISSING_003.find((k) => KIND_WORDS[k].test(labels[index]))!;
      await screenshot(page, 'completion.png');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await page.locator('.suggest-widget.visible .monaco-list-row.focused', { hasText: labels[index].split(',')[0] }).waitFor();
      await page.keyboard.press('Enter');
      // A template whose first placeholder is a choice (the education template's degree, the salary
      // template's pay unit) opens the choice list at once, its text already inserted: close the list.
      // Nothing inserted fails the assertions below, so this hides no failure to accept.
      const widget = page.locator('.suggest-widget.visible');
      try {
        await widget.waitFor({ state: 'hidden', timeout: 5000 });
      } catch {
        await page.keyboard.press('Escape');
        await widget.waitFor({ state: 'hidden' });
      }
      await page.keyboard.press('Escape'); // leave snippet mode
      await saveActiveEditor(page);
      const after = readFileSync(file, 'utf8');
      const added = after.slice(before.trimEnd().length);
      assert.ok(KIND_WORDS[kind].test(added), `accepting "${labels[index]}" inserted ${JSON.stringify(added)}`);
      assert.ok(added.trim().includes('\n') || added.trim().length > 12, `the template is too small to be a section: ${JSON.stringify(added)}`);
      await waitForNoProblem(page, `the missing-section finding for ${kind}`, (p) => p.file === name && missingKind(p, [kind]) === kind);
    });
  });

  test('quick fix: Ctrl+. on a missing-section finding offers a fix that inserts the section', async (t) => {
    await withPage(t, page, async (page) => {
      const name = `quickfix-${P003}`;
      const file = join(workspace, name);
      const before = readFileSync(file, 'utf8');
      await openFile(page, name);
      await filterProblems(page, `**/${name}`);
      const problem = await waitForProblem(page, 'a missing-section finding', (p) => p.file === name && !!missingKind(p));
      const kind = missingKind(problem)!;
      await goToLine(page, problem.line, problem.column);
      await page.keyboard.press('Control+.');
      const actions = page.locator('.action-widget .monaco-list-row.action');
      await actions.first().waitFor();
      const titles = await actions.allTextContents();
      let index = titles.findIndex((tt) => KIND_WORDS[kind].test(tt) && /add|insert|missing/i.test(tt));
      if (index < 0) index = titles.findIndex((tt) => MISSING_003.some((k) => KIND_WORDS[k].test(tt)) && /add|insert/i.test(tt));
      assert.ok(index >= 0, `no quick fix that adds a missing section; the menu shows: ${titles.join(' | ')}`);
      const fixedKind = KIND_WORDS[kind].test(titles[index]) ? kind : MISSING_003.find((k) => KIND_WORDS[k].test(titles[index]))!;
      for (let i = 0; i < 20; i++) {
        if (((await page.locator('.action-widget .monaco-list-row.action.focused').textContent()) ?? '') === titles[index]) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.locator('.action-widget .monaco-list-row.action.focused', { hasText: titles[index] }).waitFor();
      await screenshot(page, 'quick-fix.png');
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden' });
      await page.keyboard.press('Escape'); // leave snippet mode if the fix was a snippet
      await saveActiveEditor(page);
      const after = readFileSync(file, 'utf8');
      assert.ok(after.length > before.length, 'the quick fix did not change the file');
      const added = after.split('\n').filter((l) => !before.includes(l)).join('\n');
      assert.ok(KIND_WORDS[fixedKind].test(added), `the quick fix "${titles[index]}" added ${JSON.stringify(added)}`);
      await waitForNoProblem(page, `the missing-section finding for ${fixedKind}`, (p) => p.file === name && missingKind(p, [fixedKind]) === fixedKind);
    });
  });

  test("role-aware completion: Ctrl+Space in a custodian's Responsibilities offers custodial duties, in a bus driver's driving and safety, never principal support", async (t) => {
    await withPage(t, page, async (page) => {
      const principal = /principal|leadership team/i;
      const custodian = await suggestAtEnd(page, 'custodian.posting');
      assert.ok(custodian.some((l) => /clean|restroom|floor/i.test(l)), `no custodial duty offered: ${custodian.join(' | ')}`);
      assert.ok(!custodian.some((l) => principal.test(l)), `principal support offered to a custodian: ${custodian.join(' | ')}`);
      await screenshot(page, 'role-completion.png');
      await page.keyboard.press('Escape');
      const driver = await suggestAtEnd(page, 'bus-driver.posting');
      assert.ok(driver.some((l) => /\bbus\b|traffic|driv|safety/i.test(l)), `no driving or safety duty offered: ${driver.join(' | ')}`);
      assert.ok(!driver.some((l) => principal.test(l)), `principal support offered to a bus driver: ${driver.join(' | ')}`);
      await page.keyboard.press('Escape');
    });
  });

  test('quick fix in view: the section inserted far below is on screen, its first placeholder (far along a long line) selected, nothing scrolled sideways', async (t) => {
    await withPage(t, page, async (page) => {
      await quickFixInView(page, workspace, `reveal-${P003}`, 'eeo');
      await screenshot(page, 'quick-fix-in-view.png');
      await page.keyboard.press('Escape');
    });
  });

  test('walkthrough: Help → Welcome opens "Write a job posting with Postwright"', async (t) => {
    await withPage(t, page, async (page) => {
      // Room for the steps (the Problems tests open the panel again).
      if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Toggle Panel Visibility');
      await page.locator('.part.panel').waitFor({ state: 'hidden' });
      await openWalkthrough(page, 'Write a job posting with Postwright');
      await screenshot(page, 'walkthrough.png');
      await runCommand(page, 'View: Close Editor');
    });
  });

  test("rule docs offline: a problem's rule link opens the rule's page shipped in the extension, with the browser's network cut", async (t) => {
    await withPage(t, page, async (page) => {
      const rule = await openRuleLinkOffline(page, P003);
      assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${rule}.md`)));
      await screenshot(page, 'rule-doc.png');
      await runCommand(page, 'View: Close Editor');
    });
  });

  test('settings: postwright.rules in settings.json changes the severity of a finding, and "off" hides it', async (t) => {
    await withPage(t, page, async (page) => {
      assert.ok(server);
      const name = `settings-${P003}`;
      await openFile(page, name);
      await filterProblems(page, `**/${name}`);
      const original = await waitForProblem(page, "the 'his/her' finding", (p) => p.file === name && isHisHer(p));
      const rule = original.code || ruleFromCli(join(workspace, name), /his\/her/i);
      assert.ok(rule, 'cannot tell the rule id of the his/her finding (no code in Problems, none from the CLI)');
      const target = original.severity === 'error' ? 'info' : 'error';
      try {
        writeWorkspaceSettings(workspace, { 'postwright.rules': { [rule]: target } });
        await waitForProblem(page, `the ${rule} finding as ${target}`, (p) => p.file === name && isHisHer(p) && p.severity === target);
        writeWorkspaceSettings(workspace, { 'postwright.rules': { [rule]: 'off' } });
        await waitForNoProblem(page, `the ${rule} finding (rule turned off)`, (p) => p.file === name && isHisHer(p));
      } finally {
        writeWorkspaceSettings(workspace, {});
      }
      await waitForProblem(page, `the ${rule} finding back at ${original.severity}`, (p) => p.file === name && isHisHer(p) && p.severity === original.severity);
    });
  });

  test('report: "Postwright: Show Posting Report" opens a webview with a checklist', async (t) => {
    await withPage(t, page, async (page) => {
      await openFile(page, P003);
      await runCommand(page, 'Postwright: Show Posting Report');
      const body = activeWebview(page).locator('body');
      await body.waitFor();
      const items = activeWebview(page).locator('input[type=checkbox], [role=checkbox], [role=listitem], li, tr');
      await items.nth(2).waitFor();
      const text = await body.innerText();
      assert.ok(MISSING_003.some((k) => KIND_WORDS[k].test(text)), `the report does not mention the kinds seed 003 lacks: ${text.slice(0, 500)}`);
      await screenshot(page, 'report.png');
      await runCommand(page, 'View: Close All Editors');
    });
  });

  test('recovery: when the language server dies, the client restarts it and diagnostics come back', async (t) => {
    await withPage(t, page, async (page) => {
      assert.ok(server?.process.pid);
      const name = `recovery-${P003}`;
      await openFile(page, name);
      await filterProblems(page, `**/${name}`);
      await waitForProblem(page, 'findings before the crash', (p) => p.file === name && isHisHer(p));
      const pattern = /dist\/server\.js/;
      const before = descendantsMatching(server.process.pid, pattern);
      assert.ok(before.length > 0, 'no dist/server.js process under this code-server');
      for (const pid of before) process.kill(pid, 'SIGKILL');
      const deadline = Date.now() + 30_000;
      let now: number[] = [];
      while (Date.now() < deadline) {
        now = descendantsMatching(server.process.pid, pattern).filter((pid) => !before.includes(pid));
        if (now.length) break;
        await sleep(200); // polling /proc for the new server process, bounded by the deadline
      }
      assert.ok(now.length > 0, 'the language server was not restarted within 30 s');
      // A fresh edit must be checked by the new server.
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Each principal reports to his/her network chief.');
      const lineCount = readFileSync(join(workspace, name), 'utf8').replace(/\n$/, '').split('\n').length;
      await waitForProblem(page, "a finding on the line typed after the restart", (p) => p.file === name && isHisHer(p) && p.line > lineCount - 1);
      await runCommand(page, 'File: Revert File');
    });
  });
});

/** The rule id the CLI gives the first finding whose message matches `message` (fallback when Problems shows no code). */
function ruleFromCli(file: string, message: RegExp): string {
  const result = spawnSync(process.execPath, [join(EXT_ROOT, 'dist', 'cli.js'), 'lint', '--format', 'json', file], { encoding: 'utf8' });
  try {
    const found: { rule?: string; ruleId?: string; message?: string }[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.message === 'string' && (typeof o.rule === 'string' || typeof o.ruleId === 'string')) found.push(o as never);
        Object.values(o).forEach(walk);
      }
    };
    walk(JSON.parse(result.stdout));
    const hit = found.find((f) => message.test(f.message ?? ''));
    return hit?.rule ?? hit?.ruleId ?? '';
  } catch {
    return '';
  }
}

describe('code-server Restricted Mode (workspace trust on)', { timeout: 3 * 60_000 }, () => {
  let server: CodeServer | undefined;
  let browser: Browser | undefined;

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  test('an untrusted folder opens in Restricted Mode and Postwright still reports diagnostics', async (t) => {
    const workspace = makeWorkspace(join(home, 'restricted'));
    server = await startCodeServer({ workspace, vsix, trust: true });
    browser = await launchBrowser();
    const page = await newWorkbenchPage(browser, server.workbenchUrl(devPayload(server)));
    await withPage(t, page, async (page) => {
      await page.locator('.statusbar-item, .monaco-workbench .window-title, .banner', { hasText: /Restricted Mode/i }).first().waitFor();
      await openFile(page, P003);
      await languageStatus(page).filter({ hasText: 'Job Posting' }).waitFor();
      await showProblems(page);
      const hisHer = await waitForProblem(page, "the 'his/her' finding in Restricted Mode", isHisHer);
      assert.equal(hisHer.line, 4);
    });
  });
});

interface SuiteResults {
  done?: boolean;
  failures?: number;
  error?: string;
  results: { title: string; state: string; error?: string; durationMs?: number }[];
}

describe('code-server extension host: the Mocha suite (test/e2e/suite)', { timeout: 5 * 60_000 }, () => {
  let server: CodeServer | undefined;
  let browser: Browser | undefined;

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  test('the extension-host suite passes inside code-server', async (t) => {
    buildSuite();
    const workspace = makeWorkspace(join(home, 'mocha'));
    const results = join(home, 'mocha-results.json');
    server = await startCodeServer({ workspace, env: { POSTWRIGHT_E2E_RESULTS: results, POSTWRIGHT_ROOT: ROOT } });
    browser = await launchBrowser();
    const url = server.workbenchUrl([
      ['extensionDevelopmentPath', server.remoteUri(EXT_ROOT)],
      ['extensionTestsPath', server.remoteUri(join(ROOT, 'dist', 'test', 'e2e', 'suite', 'index.js'))],
    ]);
    const page = await browser.newPage();
    await page.goto(url, { timeout: 60_000 });
    // The suite writes its results file when Mocha finishes; wait for it (bounded).
    const deadline = Date.now() + 4 * 60_000;
    let parsed: SuiteResults | undefined;
    while (Date.now() < deadline) {
      if (existsSync(results)) {
        try {
          parsed = JSON.parse(readFileSync(results, 'utf8')) as SuiteResults;
          if (parsed.done) break;
        } catch {
          /* being written */
        }
      }
      await sleep(250); // polling the results file, bounded by the deadline
    }
    assert.ok(parsed?.done, `the extension-host suite wrote no results within 4 minutes; code-server log:\n${server.logText().slice(-3000)}`);
    assert.ok(!parsed.error, parsed.error);
    assert.ok(parsed.results.length > 0, 'the extension-host suite ran no tests');
    for (const result of parsed.results) {
      await t.test(result.title, () => {
        if (result.state === 'failed') assert.fail(result.error ?? 'failed');
      });
    }
  });
});
