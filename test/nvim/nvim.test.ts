// The language server under a client nobody on the team wrote: Neovim 0.7's built-in LSP client,
// headless. A Lua script (fixtures/lsp-check.lua) starts `node dist/server.js --stdio`, opens a
// seed posting, waits for pushed diagnostics, asks for completion, code actions and symbols, and
// writes what it got as JSON. The diagnostics must match `postwright lint --format json`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = resolve(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const LUA = join(__dirname, 'fixtures', 'lsp-check.lua');
const NVIM = process.env.NVIM_BIN ?? 'nvim';
const TIMEOUT = 20_000;

interface NvimDiagnostic {
  line: number; // 0-based
  col: number;
  severity: number; // vim.diagnostic.severity: 1 error … 4 hint
  message: string;
  source?: string;
  code?: string | number;
}
interface NvimResult {
  ok: boolean;
  error?: string;
  log: string[];
  diagnostics: NvimDiagnostic[];
  completion?: { line: number; items: { label: string; kind?: number; detail?: string; insertText?: string }[] };
  codeActions: { title: string; kind?: string; edits: number; command?: unknown; forLine: number; forMessage: string }[];
  symbols: { name: string; kind: number; line?: number }[];
  /** The code action menu as a writer meets it (vim.lsp.buf.code_action() with a pick). */
  writerFix?: { line: number; offered: string[]; chosen?: string; before: string; after: string };
}

interface CliFinding {
  rule: string;
  line: number; // 1-based
  message: string;
  severity: string;
}

/** Findings from `postwright lint --format json`, whatever the nesting ([{file, diagnostics|findings}] or a flat list). */
function cliFindings(file: string): CliFinding[] {
  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', file], { encoding: 'utf8', timeout: 60_000 });
  assert.ok(run.stdout.trim(), `postwright lint printed nothing (status ${run.status}): ${run.stderr}`);
  const found: CliFinding[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const rule = o.rule ?? o.ruleId;
      if (typeof rule === 'string' && typeof o.message === 'string') {
        const range = o.range as { start?: { line?: number } } | undefined;
        const line = typeof o.line === 'number' ? o.line : typeof range?.start?.line === 'number' ? range.start.line + 1 : NaN;
        found.push({ rule, line, message: o.message, severity: String(o.severity ?? '') });
        return;
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(JSON.parse(run.stdout));
  return found;
}

function runNvim(posting: string, out: string): NvimResult {
  const run = spawnSync(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${LUA}`], {
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'], // headless nvim must never wait on a terminal
    env: { ...process.env, POSTWRIGHT_SERVER: SERVER, POSTWRIGHT_POSTING: posting, POSTWRIGHT_OUT: out, POSTWRIGHT_TIMEOUT: String(TIMEOUT), POSTWRIGHT_NODE: process.execPath },
  });
  assert.ok(existsSync(out), `nvim wrote no result (status ${run.status}, signal ${run.signal}):\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
}

const SEEDS = ['003_45e4fa1758b6089c.txt', '000_e8a81316217f8c6b.txt'];
const ruleOf = (d: NvimDiagnostic) => String(d.code ?? '');

describe('Neovim 0.7 as the LSP client', { timeout: 5 * 60_000 }, () => {
  let dir = '';
  const results = new Map<string, NvimResult>();

  before(() => {
    assert.ok(existsSync(SERVER) && existsSync(CLI), 'dist/server.js or dist/cli.js is missing: run npm run build first');
    const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, `nvim is not installed (scripts/install-e2e-deps.sh installs it): ${version.error ?? version.stderr}`);
    dir = mkdtempSync(join(tmpdir(), 'postwright-nvim-'));
    for (const seed of SEEDS) {
      const posting = join(dir, seed.replace(/\.txt$/, '.posting'));
      writeFileSync(posting, readFileSync(join(ROOT, 'seeds', seed))); // a writable copy (seeds are read-only)
      results.set(seed, runNvim(posting, join(dir, `${seed}.json`)));
    }
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const seed of SEEDS) {
    test(`${seed}: the server pushes diagnostics, and they match postwright lint (rule and line)`, () => {
      const result = results.get(seed)!;
      assert.ok(result.ok, `the Neovim run failed: ${result.error}\n${result.log.join('\n')}`);
      assert.ok(result.diagnostics.length > 0, 'no diagnostics');
      const fromNvim = result.diagnostics.map((d) => `${ruleOf(d)}@${d.line + 1}`).sort();
      const fromCli = cliFindings(join(ROOT, 'seeds', seed))
        .map((f) => `${f.rule}@${f.line}`)
        .sort();
      assert.deepEqual(fromNvim, fromCli, 'Neovim and the CLI disagree on (rule@line)');
      for (const d of result.diagnostics) assert.match(d.source ?? '', /postwright/i, `diagnostic without source postwright: ${d.message}`);
    });
  }

  test("003: 'his/her' is flagged on line 4", () => {
    const result = results.get(SEEDS[0])!;
    const hit = result.diagnostics.find((d) => /his\/her/i.test(d.message));
    assert.ok(hit, `no his/her diagnostic: ${result.diagnostics.map((d) => d.message).join(' | ')}`);
    assert.equal(hit.line, 3);
  });

  test('003: completion at a blank line offers section templates', () => {
    const result = results.get(SEEDS[0])!;
    assert.ok(result.ok, result.error);
    const items = result.completion?.items ?? [];
    assert.ok(items.length > 0, `no completion items: ${result.log.join('\n')}`);
    const templates = items.filter((i) => /benefit|salary|equal|education|experience|licen|residen/i.test(`${i.label} ${i.detail ?? ''}`) && (i.insertText ?? i.label).length > 0);
    assert.ok(templates.length > 0, `no section templates among: ${items.map((i) => i.label).join(' | ')}`);
    // Snippet syntax is for clients that ask for it; check the template text is more than the label.
    assert.ok(templates.some((i) => (i.insertText ?? '').includes('\n')), 'no template inserts more than one line');
  });

  // The per-diagnostic requests send the diagnostic as vim.diagnostic stores it (user_data.lsp: code,
  // codeDescription and data, no range or message); the server finds its finding from what is there.
  test('003: a missing-section finding has a quick fix with an edit', () => {
    const result = results.get(SEEDS[0])!;
    assert.ok(result.ok, result.error);
    const fix = result.codeActions.find((a) => /missing/i.test(a.forMessage) && a.edits > 0);
    assert.ok(fix, `no quick fix with edits for a missing-section finding; actions: ${result.codeActions.map((a) => `${a.title} (${a.edits} edits)`).join(' | ')}; log: ${result.log.join('\n')}`);
  });

  test('003: vim.lsp.buf.code_action() on a missing-section line offers the section, and Neovim applies it keeping every line', () => {
    const result = results.get(SEEDS[0])!;
    assert.ok(result.ok, result.error);
    const fix = result.writerFix;
    assert.ok(fix, 'no missing-section diagnostic to put the cursor on');
    assert.ok(fix.chosen, `no "Add …" action offered; offered: ${fix.offered.join(' | ')}; log: ${result.log.join('\n')}`);
    const before = fix.before.split('\n');
    const after = fix.after.split('\n');
    assert.ok(after.length > before.length, `the buffer did not grow after choosing '${fix.chosen}'`);
    // Never lose a word: the old lines are all still there, in order.
    let at = 0;
    for (const line of before) {
      const found = after.indexOf(line, at);
      assert.ok(found >= 0, `line lost or changed by the fix: ${JSON.stringify(line)}`);
      at = found + 1;
    }
  });

  test('000: document symbols list the sections', () => {
    const result = results.get(SEEDS[1])!;
    assert.ok(result.ok, result.error);
    const names = result.symbols.map((s) => s.name.toLowerCase());
    assert.ok(names.some((n) => n.includes('education')), `symbols: ${names.join(' | ')}`);
    assert.ok(names.some((n) => n.includes('residency')), `symbols: ${names.join(' | ')}`);
  });
});
