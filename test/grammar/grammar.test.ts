// The TextMate grammar (syntaxes/job-posting.tmLanguage.json): the scope assertions in
// test/grammar/fixtures/*.posting through the vscode-tmgrammar-test CLI, plus what that tool cannot
// see: CRLF lines, the seed hand labels, linear time on long lines, recheck on every regex, and the
// language configuration (word pattern, bullet continuation).
//
// Fixture format: the first line is `# SYNTAX TEST "text.posting" "description"`; `#` is the comment
// token the tool takes from that header (the language's own comment is `//`, so `#` stays free). A line starting
// with `#` followed by `^` or `<-` is an assertion about the source line above it; every other line
// (Markdown headings `# …` included) is posting text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { check } from 'recheck';
import { assertLinear } from '../props/inputs.ts';

const root = join(import.meta.dirname, '..', '..');
const fixturesDir = join(import.meta.dirname, 'fixtures');
const grammarPath = join(root, 'syntaxes', 'job-posting.tmLanguage.json');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// vscode-tmgrammar-test

const toolPackage = require.resolve('vscode-tmgrammar-test/package.json');
const toolBin = (JSON.parse(readFileSync(toolPackage, 'utf8')) as { bin: Record<string, string> }).bin['vscode-tmgrammar-test']!;
const toolEntry = join(dirname(toolPackage), toolBin);

/** Runs the CLI with the project's package.json (which contributes the grammar) on the given globs. */
function runTool(...globs: string[]) {
  const result = spawnSync(process.execPath, [toolEntry, '--config', join(root, 'package.json'), ...globs], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, error: result.error };
}

const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.posting')).sort();

test('fixtures exist, each with the text.posting header and assertions', () => {
  assert.ok(fixtures.length >= 5, `expected the grammar fixtures in ${fixturesDir}`);
  for (const f of fixtures) {
    const lines = readFileSync(join(fixturesDir, f), 'utf8').split(/\r?\n/);
    assert.match(lines[0]!, /^# SYNTAX TEST "text\.posting" "[^"]+"$/, `${f}: header line`);
    const assertions = lines.filter((l) => /^#\s*(\^|<~*-+)/.test(l)).length;
    assert.ok(assertions >= 10, `${f}: only ${assertions} assertions`);
  }
});

test('vscode-tmgrammar-test: every scope assertion in test/grammar/fixtures passes', () => {
  const { status, output, error } = runTool('test/grammar/fixtures/*.posting');
  assert.equal(error, undefined, String(error));
  assert.equal(status, 0, `vscode-tmgrammar-test reported failures:\n${output}`);
  assert.doesNotMatch(output, /✖|ERROR/, output);
  for (const f of fixtures) assert.ok(output.includes(`✓ test/grammar/fixtures/${f}`), `${f} was not run:\n${output}`);
});

test('vscode-tmgrammar-test: a wrong assertion makes the run fail (the harness can fail)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'postwright-grammar-'));
  try {
    // "ANNUAL SALARY" is a heading, so claiming it is a field label must be reported.
    writeFileSync(join(dir, 'wrong.posting'), '# SYNTAX TEST "text.posting" "deliberately wrong"\nANNUAL SALARY\n#<------------- entity.name.tag.field.posting\n');
    const { status, output } = runTool(join(dir, '*.posting'));
    assert.notEqual(status, 0, `a wrong assertion passed:\n${output}`);
    assert.match(output, /✖[^\n]*wrong\.posting failed/);
    assert.match(output, /missing required scopes: entity\.name\.tag\.field\.posting/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// Direct tokenization with vscode-textmate (the engine VS Code uses), loaded from the tool's own
// dependencies so this test needs nothing the project does not already install.

interface Token { startIndex: number; endIndex: number; scopes: string[] }
interface Grammar { tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown } }
interface TextMate {
  INITIAL: unknown;
  parseRawGrammar(content: string, path: string): unknown;
  Registry: new (options: unknown) => { loadGrammar(scope: string): Promise<Grammar | null> };
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => unknown;
  OnigString: new (s: string) => unknown;
}

const toolRequire = createRequire(toolPackage);
const tm = toolRequire('vscode-textmate') as TextMate;
const onig = toolRequire('vscode-oniguruma') as Oniguruma;

let grammarPromise: Promise<Grammar> | null = null;
function loadGrammar(): Promise<Grammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(join(dirname(toolRequire.resolve('vscode-oniguruma')), 'onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new tm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
        createOnigString: (s: string) => new onig.OnigString(s),
      }),
      loadGrammar: async (scope: string) => (scope === 'text.posting' ? tm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
    });
    const grammar = await registry.loadGrammar('text.posting');
    assert.ok(grammar, 'text.posting did not load');
    return grammar;
  })();
  return grammarPromise;
}

/** Tokenizes lines in order (state carried over), returning each line's tokens. */
function tokenizeLines(grammar: Grammar, lines: string[]): Token[][] {
  let state = tm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens;
  });
}

/** The scopes at each character of the first `length` characters, as strings. */
function scopesByChar(tokens: Token[], length: number): string[] {
  const out: string[] = [];
  for (const t of tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, length); i++) out[i] = t.scopes.join(' ');
  return out;
}

const lineHas = (tokens: Token[], scope: string) => tokens.some((t) => t.scopes.includes(scope));

test('grammar file: scope name, package.json contribution, includes resolve, every scope ends in .posting', () => {
  const raw = JSON.parse(readFileSync(grammarPath, 'utf8')) as { scopeName: string; repository: Record<string, unknown> };
  assert.equal(raw.scopeName, 'text.posting');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { grammars: Array<{ language: string; scopeName: string; path: string }> } };
  assert.deepEqual(pkg.contributes.grammars.find((g) => g.scopeName === 'text.posting'), { language: 'job-posting', scopeName: 'text.posting', path: './syntaxes/job-posting.tmLanguage.json' });
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (node === raw && key === 'name') continue; // the grammar's display name, not a scope
      if (key === 'include' && typeof value === 'string' && value.startsWith('#')) assert.ok(value.slice(1) in raw.repository, `unknown include ${value}`);
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
        for (const scope of value.split(/\s+/)) assert.match(scope, /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.posting$/, `scope ${scope}`);
      }
      walk(value);
    }
  };
  walk(raw);
});

test('CRLF: a line with its trailing \\r gets the same scopes as without it (City of LA bulletins)', async () => {
  const grammar = await loadGrammar();
  const corpus = join(root, 'test', 'corpus', 'postings');
  const crlfFiles = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().filter((f) => readFileSync(join(corpus, f), 'utf8').includes('\r\n'));
  assert.ok(crlfFiles.length >= 30, `expected the CRLF bulletins, found ${crlfFiles.length}`);
  let headings = 0;
  for (const f of crlfFiles) {
    const withCr = readFileSync(join(corpus, f), 'utf8').split('\n');
    const withoutCr = withCr.map((l) => l.replace(/\r$/, ''));
    const a = tokenizeLines(grammar, withCr);
    const b = tokenizeLines(grammar, withoutCr);
    withoutCr.forEach((line, i) => {
      assert.deepEqual(scopesByChar(a[i]!, line.length), scopesByChar(b[i]!, line.length), `${f}:${i + 1} ${JSON.stringify(line)}`);
      if (lineHas(b[i]!, 'markup.heading.posting')) headings++;
    });
  }
  assert.ok(headings >= 200, `only ${headings} heading lines in the bulletins`);
});

test('seeds: every hand-labelled heading line is a heading (or, with content after the colon, a field)', async () => {
  const grammar = await loadGrammar();
  const labels = JSON.parse(readFileSync(join(root, 'seeds', 'labels.json'), 'utf8')) as {
    postings: Record<string, { sections: Array<{ heading: string | null; line: number; kind: string }> }>;
  };
  let checked = 0;
  for (const [file, label] of Object.entries(labels.postings)) {
    const lines = readFileSync(join(root, 'seeds', file), 'utf8').split(/\r?\n/);
    const tokens = tokenizeLines(grammar, lines);
    for (const section of label.sections) {
      if (!section.heading || section.kind === 'title') continue;
      const i = section.line - 1;
      const text = lines[i]!.trim();
      const colon = text.indexOf(':');
      const expected = colon >= 0 && /\S/.test(text.slice(colon + 1)) ? 'meta.field.posting' : 'markup.heading.posting';
      assert.ok(lineHas(tokens[i]!, expected), `${file}:${section.line} ${JSON.stringify(text)} should be ${expected}`);
      checked++;
    }
  }
  assert.ok(checked >= 25, `only ${checked} labelled headings checked`);
});

test('linear time in Oniguruma: long adversarial lines tokenize in time linear in their length; the whole corpus tokenizes', async () => {
  // recheck models JavaScript's engine; VS Code runs Oniguruma, which backtracks quadratically where
  // JavaScript does not (a bounded repeat of a variable-length group, (?:[ \t]+\S+){0,4}, took 8 s on an
  // 80,000-character "Job Number ////…" line). So time the real engine on lines built to make each
  // rule fail late, at 25,000 and 100,000 characters: a linear rule takes ~4 times as long on the
  // longer line, a quadratic one ~16 times (assertLinear's ratio, not a wall-clock bound).
  const grammar = await loadGrammar();
  const builders: Array<[string, (rep: (s: string) => string, n: number) => string]> = [
    ['colon heading that never ends in a colon', (rep) => 'A' + rep(' a') + ' b'],
    ['spaces then no colon', (rep) => 'Label' + rep(' ') + 'x'],
    ['known label then spaces', (rep) => 'CPS Non-Union Job' + rep(' ') + 'x'],
    ['known label then a long word', (rep) => 'Job Number ' + rep('/')],
    ['known label then tabs', (rep) => 'Job Number ' + rep('\t') + '\u0001'],
    ['five-word label then a long word', (rep) => 'Job Number Of The ' + rep('x') + ':'],
    ['label words then no value', (rep) => 'Job ' + rep('Number ') + ':'],
    ['ALL CAPS ending in lower case', (rep) => 'ANNUAL' + rep(' X') + 'x'],
    ['ALL CAPS with tabs', (_rep, n) => 'OCNM O' + ' X'.repeat(n / 4) + 'M' + '\tU'.repeat(n / 4) + '\u0000'],
    ['ALL CAPS hyphenated', (rep) => '- ' + rep('AB-')],
    ['dash rule', (rep) => 'JOB DESCRIPTION ' + rep('-') + 'x'],
    ['known heading then noise', (rep) => 'Job Summary' + rep(' -') + 'x'],
    ['email-like run', (rep) => rep('a.') + 'a'],
    ['email-like with @', (rep) => rep('a') + '@' + rep('b.')],
    ['thousands without cents', (rep) => '1' + rep(',000')],
    ['commas', (rep) => 'A' + rep(',') + 'x'],
    ['dollars', (rep) => rep('$1')],
    ['dollar signs', (rep) => '# ' + rep('$') + 'x'],
    ['url of dots', (rep) => 'http://' + rep('.')],
    ['url of quotes', (rep) => ': ' + rep("'") + ':'],
    ['urls back to back', (rep) => rep('http://')],
    ['split value', (rep) => ':' + rep(' ') + 'x'],
    ['bullet with long body', (rep) => '- ' + rep('word ')],
    ['numbered item with slashes', (rep) => '1. ' + rep('1/')],
    ['slashes', (rep) => 'A' + rep('1/') + '.'],
    ['dashes and digits', (rep) => '1. ' + rep('-') + '\u0000'],
    ['months', (rep) => rep('May ')],
    ['month-like words', (rep) => '# ' + rep('Ab ')],
    ['markdown heading', (rep) => rep('#')],
    ['colons', (rep) => 'Job Number ' + rep(' :') + '.'],
  ];
  for (const [what, build] of builders) {
    const line = (n: number) => build((s) => s.repeat(Math.ceil(n / s.length)), n);
    assertLinear(line, (text: string) => grammar.tokenizeLine(text, tm.INITIAL), 25_000, `${what}: `, 2);
  }

  const corpus = join(root, 'test', 'corpus', 'postings');
  let total = 0;
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt'))) total += tokenizeLines(grammar, readFileSync(join(corpus, f), 'utf8').split(/\r?\n/)).length;
  assert.ok(total > 20_000, `${total} corpus lines`);
});

// ---------------------------------------------------------------------------------------------
// recheck: every regex in the grammar and the language configuration is ReDoS-safe.

function regexesIn(node: unknown, path: string, out: Array<{ path: string; source: string; flags: string }>, keys: string[]) {
  if (Array.isArray(node)) node.forEach((x, i) => regexesIn(x, `${path}[${i}]`, out, keys));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (keys.includes(key) && typeof value === 'string') out.push({ path: `${path}.${key}`, source: value, flags: '' });
      else if (keys.includes(key) && value && typeof value === 'object' && typeof (value as { pattern?: unknown }).pattern === 'string') {
        const v = value as { pattern: string; flags?: string };
        out.push({ path: `${path}.${key}`, source: v.pattern, flags: v.flags ?? '' });
      } else regexesIn(value, `${path}.${key}`, out, keys);
    }
  }
  return out;
}

test('recheck: every grammar and language-configuration regex is safe (linear time)', { timeout: 180_000 }, async () => {
  const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
  const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));
  const all = [
    ...regexesIn(grammar, 'grammar', [], ['match', 'begin', 'end', 'while']),
    ...regexesIn(config, 'language-configuration', [], ['wordPattern', 'beforeText', 'afterText', 'previousLineText', 'start', 'end']),
  ];
  assert.ok(all.length >= 25, `found only ${all.length} regexes`);
  const unsafe: string[] = [];
  for (const { path, source, flags } of all) {
    // A fixed seed: recheck's fuzzer is random, and an unseeded run can flip verdicts under load.
    const result = await check(source, flags, { randomSeed: 1, timeout: 60_000 });
    if (result.status !== 'safe') unsafe.push(`${path}: ${result.status} ${JSON.stringify(result.status === 'vulnerable' ? result.complexity : result.error)}`);
  }
  assert.deepEqual(unsafe, []);
});

// ---------------------------------------------------------------------------------------------
// language-configuration.json, read the way VS Code reads it: a string regex gets no flags, an
// object { pattern, flags } gets its flags.

interface EnterRule { beforeText: string; action: { indent: string; appendText?: string } }
const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8')) as {
  wordPattern: { pattern: string; flags: string };
  onEnterRules: EnterRule[];
  comments?: unknown;
};

test('language configuration: Enter continues a bullet with the same marker, and not an empty bullet', () => {
  const rules = config.onEnterRules.map((r) => ({ re: new RegExp(r.beforeText, ''), rule: r }));
  for (const marker of ['-', '•', '*', '◦', '○', '▪', '●', '–']) {
    for (const line of [`${marker} Develop annual plans`, `    ${marker} Develop annual plans`, `${marker}\tBachelor's degree`]) {
      const hits = rules.filter((r) => r.re.test(line));
      assert.equal(hits.length, 1, `${JSON.stringify(line)}: ${hits.length} rules`);
      assert.equal(hits[0]!.rule.action.appendText, `${marker} `, JSON.stringify(line));
      assert.equal(hits[0]!.rule.action.indent, 'none');
    }
    assert.equal(rules.filter((r) => r.re.test(`${marker} `)).length, 0, `empty ${marker} bullet continued`);
  }
  for (const line of ['-----', 'Plain sentence - with a dash.', '-Experience as a teacher', '**bold** text', '1. Numbered']) {
    assert.equal(rules.filter((r) => r.re.test(line)).length, 0, `${JSON.stringify(line)} continued as a bullet`);
  }
  assert.deepEqual(config.comments, { lineComment: '//' }, 'Ctrl+/ toggles the // comment that postwright-disable directives are written in');
});

test('language configuration: the word pattern (with its u flag) selects prose words', () => {
  assert.equal(config.wordPattern.flags, 'u', '\\p{…} needs the u flag; VS Code compiles a plain string without flags');
  const words = (s: string) => s.match(new RegExp(config.wordPattern.pattern, `g${config.wordPattern.flags}`)) ?? [];
  assert.deepEqual(words('Director’s part-time role, naïve “quotes” (PEL) students’ S11'), ['Director’s', 'part-time', 'role', 'naïve', 'quotes', 'PEL', 'students', 'S11']);
  assert.deepEqual(words('$115,000.00 - $153,000.00 on 2020-05-21 at cps.edu.'), ['115,000.00', '153,000.00', 'on', '2020-05-21', 'at', 'cps.edu']);
});
