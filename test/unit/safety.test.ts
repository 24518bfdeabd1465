// Safety: Postwright never executes code, never reaches the network and the language server never
// writes files. Checked on the TypeScript source (import graph from the entry points, with the
// compiler's own parser), and on the bundles in dist/ for what the bundled libraries pull in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'server', 'src');

interface ModuleFacts {
  file: string;
  imports: Array<{ spec: string; line: number }>;
  calls: Array<{ name: string; line: number; text: string }>;
  /** Calls of fs functions: through a binding of the fs module (fs.writeFile) or a named import. */
  fsCalls: Array<{ name: string; line: number; text: string }>;
}

const FS_MODULES = /^(?:node:)?fs(?:\/promises)?$/;

const WRITE_APIS = new Set([
  'writeFile',
  'writeFileSync',
  'appendFile',
  'appendFileSync',
  'createWriteStream',
  'mkdir',
  'mkdirSync',
  'mkdtemp',
  'mkdtempSync',
  'rm',
  'rmSync',
  'rmdir',
  'rmdirSync',
  'unlink',
  'unlinkSync',
  'rename',
  'renameSync',
  'copyFile',
  'copyFileSync',
  'cp',
  'cpSync',
  'truncate',
  'truncateSync',
  'symlink',
  'symlinkSync',
  'chmod',
  'chmodSync',
  'utimes',
  'utimesSync',
  'open',
  'openSync',
]);
const EXEC_APIS = new Set([
  'eval',
  'Function',
  'spawn',
  'spawnSync',
  'exec',
  'execSync',
  'execFile',
  'execFileSync',
  'fork',
  'fetch',
  'runInNewContext',
  'runInThisContext',
  'compileFunction',
]);
const FORBIDDEN_MODULES = /^(?:node:)?(?:child_process|http|https|http2|net|tls|dgram|dns|vm|worker_threads|cluster|inspector)$/;

function facts(file: string): ModuleFacts {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: ModuleFacts = { file, imports: [], calls: [], fsCalls: [] };
  // Names bound to the fs module (or its promises) and fs functions imported by name.
  const fsNamespaces = new Set<string>();
  const fsFunctions = new Map<string, string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !FS_MODULES.test(st.moduleSpecifier.text)) continue;
    const clause = st.importClause;
    if (!clause) continue;
    if (clause.name) fsNamespaces.add(clause.name.text);
    const nb = clause.namedBindings;
    if (nb && ts.isNamespaceImport(nb)) fsNamespaces.add(nb.name.text);
    if (nb && ts.isNamedImports(nb)) {
      for (const el of nb.elements) {
        const imported = (el.propertyName ?? el.name).text;
        if (imported === 'promises') fsNamespaces.add(el.name.text);
        else fsFunctions.set(el.name.text, imported);
      }
    }
  }
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      // Type-only imports bring no code along.
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
      if (!typeOnly) out.imports.push({ spec: node.moduleSpecifier.text, line: lineOf(node) });
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      // require('x') and import('x') count as imports.
      if (
        ts.isCallExpression(node) &&
        (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require'))
      ) {
        const arg = node.arguments[0];
        out.imports.push({ spec: arg && ts.isStringLiteral(arg) ? arg.text : '<dynamic>', line: lineOf(node) });
      }
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
      if (name) out.calls.push({ name, line: lineOf(node), text: node.getText(sf).slice(0, 80) });
      // fs.x(...), fs.promises.x(...), or x(...) imported from fs.
      let fsName: string | null = null;
      if (ts.isPropertyAccessExpression(callee)) {
        const recv = callee.expression;
        if (ts.isIdentifier(recv) && fsNamespaces.has(recv.text)) fsName = callee.name.text;
        if (
          ts.isPropertyAccessExpression(recv) &&
          recv.name.text === 'promises' &&
          ts.isIdentifier(recv.expression) &&
          fsNamespaces.has(recv.expression.text)
        )
          fsName = callee.name.text;
      } else if (ts.isIdentifier(callee) && fsFunctions.has(callee.text)) fsName = fsFunctions.get(callee.text)!;
      if (fsName) out.fsCalls.push({ name: fsName, line: lineOf(node), text: node.getText(sf).slice(0, 80) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Every project module reachable by value imports from `entry` (node_modules not followed). */
function reachable(entry: string): ModuleFacts[] {
  const seen = new Map<string, ModuleFacts>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    const f = facts(file);
    seen.set(file, f);
    for (const { spec } of f.imports) if (spec.startsWith('.') && spec.endsWith('.ts')) queue.push(resolve(dirname(file), spec));
  }
  return [...seen.values()];
}

function allSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? allSources(p) : p.endsWith('.ts') ? [p] : [];
    });
}

test('source: nothing in server/src or client/src imports process-spawning or network modules, or evaluates code', () => {
  const problems: string[] = [];
  for (const file of [...allSources(src), ...allSources(join(root, 'client', 'src'))]) {
    const f = facts(file);
    const rel = relative(root, file);
    // The launchers run their bundle through node:vm (bundleModule.ts; the CLI with a code cache): next tests.
    const launcherVm = (spec: string) => rel === join('server', 'src', 'bundleModule.ts') && spec === 'node:vm';
    for (const i of f.imports)
      if ((FORBIDDEN_MODULES.test(i.spec) && !launcherVm(i.spec)) || i.spec === '<dynamic>') problems.push(`${rel}:${i.line} imports ${i.spec}`);
    for (const c of f.calls) {
      if (
        c.name === 'eval' ||
        c.name === 'Function' ||
        c.name === 'fetch' ||
        c.name === 'runInNewContext' ||
        (c.name === 'runInThisContext' && rel !== join('server', 'src', 'bundleModule.ts')) ||
        c.name === 'compileFunction'
      )
        problems.push(`${rel}:${c.line} calls ${c.text}`);
      if (c.name === '_compile') problems.push(`${rel}:${c.line} calls ${c.text}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('source: the launchers run only the bundle beside them, and import nothing of the project but bundleModule.ts', () => {
  const server = facts(join(src, 'launch.ts'));
  assert.deepEqual(
    server.imports.map((i) => i.spec),
    ['node:fs', 'node:path', 'node:string_decoder', './bundleModule.ts'],
  );
  assert.match(readFileSync(join(src, 'launch.ts'), 'utf8'), /^const BUNDLE = join\(__dirname, 'server-main\.js'\);$/m);
  assert.match(readFileSync(join(src, 'launch.ts'), 'utf8'), /^compileBundle\(BUNDLE, readInPieces\(BUNDLE\)\)\.run\(module\);$/m);
  const cli = facts(join(src, 'cliLaunch.ts'));
  assert.deepEqual(
    cli.imports.map((i) => i.spec).filter((s) => !s.startsWith('node:')),
    ['./bundleModule.ts'],
  );
  const cliText = readFileSync(join(src, 'cliLaunch.ts'), 'utf8');
  assert.match(cliText, /^const BUNDLE = join\(__dirname, 'cli-main\.js'\);$/m);
  assert.match(cliText, /^const bundle = compileBundle\(BUNDLE, source\.toString\('utf8'\), cached\);$/m);
  assert.match(cliText, /^const source = readFileSync\(BUNDLE\);$/m);
  const runner = facts(join(src, 'bundleModule.ts'));
  assert.deepEqual(
    runner.imports.map((i) => i.spec),
    ['node:module', 'node:path', 'node:vm'],
  );
  assert.equal(runner.calls.filter((c) => c.name === 'runInThisContext').length, 1);
});

test('source: the language server (everything main.ts reaches) never writes files or spawns processes', () => {
  const entry = join(src, 'main.ts');
  if (!existsSync(entry)) return;
  const modules = reachable(entry);
  assert.ok(modules.length > 3, 'followed the import graph');
  const problems: string[] = [];
  for (const m of modules) {
    const rel = relative(root, m.file);
    for (const c of m.fsCalls) {
      // An open whose flags are spelled read-only (O_RDONLY, no write or create flag) only reads.
      const readOnlyOpen =
        (c.name === 'open' || c.name === 'openSync') &&
        /\bO_RDONLY\b/.test(c.text) &&
        !/O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND/.test(c.text);
      if (WRITE_APIS.has(c.name) && !readOnlyOpen) problems.push(`${rel}:${c.line} ${c.text}`);
    }
    for (const c of m.calls)
      if (
        EXEC_APIS.has(c.name) &&
        /^(?:eval|Function|fetch|spawn|spawnSync|execSync|execFile|execFileSync|fork)$/.test(c.name) &&
        !/\.exec\(/.test(c.text)
      )
        problems.push(`${rel}:${c.line} ${c.text}`);
    for (const i of m.imports) if (FORBIDDEN_MODULES.test(i.spec)) problems.push(`${rel}:${i.line} imports ${i.spec}`);
    // vscode-languageserver's Files helpers spawn npm/yarn to find global modules: never used.
    if (/\bFiles\.(?:resolve|resolveGlobalNodePath|resolveGlobalYarnPath|resolveModulePath)\b/.test(readFileSync(m.file, 'utf8')))
      problems.push(`${rel} uses vscode-languageserver Files.* (spawns npm/yarn)`);
  }
  assert.deepEqual(problems, [], `the server must not write files, spawn processes or open connections:\n${problems.join('\n')}`);
});

test('source: CLI file writes happen only in the --fix / init / report paths', () => {
  const problems: string[] = [];
  for (const file of allSources(join(src, 'cli')).concat(existsSync(join(src, 'cli.ts')) ? [join(src, 'cli.ts')] : [])) {
    const rel = relative(root, file);
    const text = readFileSync(file, 'utf8');
    for (const c of facts(file).fsCalls) {
      if (!WRITE_APIS.has(c.name) || c.name === 'open' || c.name === 'openSync') continue;
      // The only allowed writer is the atomic-write helper and the commands that exist to write.
      const allowed =
        /(?:^|\/)(?:files|fix|init|report)\.ts$/.test(rel) || /--fix|--write|--output|\binit\b|\breport\b/.test(text.slice(0, 2000));
      if (!allowed) problems.push(`${rel}:${c.line} ${c.text}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('bundles: dist/server.js and dist/server-main.js reach child_process only through vscode-languageserver Files helpers, net only for --socket/--pipe', (t) => {
  const bundles = [join(root, 'dist', 'server.js'), join(root, 'dist', 'server-main.js')];
  if (!bundles.every((b) => existsSync(b))) {
    t.skip('dist/server.js or dist/server-main.js not built (npm run build)');
    return;
  }
  const text = bundles.map((b) => readFileSync(b, 'utf8')).join('\n');
  const requires = [...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
  const external = [...new Set(requires)].filter((r) => FORBIDDEN_MODULES.test(r));
  // What each forbidden module is allowed for, by the library code around its require().
  const allowed: Record<string, RegExp> = {
    child_process: /resolveGlobalNodePath|resolveModulePath/, // vscode-languageserver/lib/node/files.js, never called
    net: /createServerPipeTransport|createClientSocketTransport|createServer\(|generateRandomPipeName/, // vscode-jsonrpc socket/pipe transports
    'node:net': /createServerPipeTransport|createClientSocketTransport/,
    // The launcher runs the server bundle as a CommonJS module (bundleModule.ts, one Script).
    'node:vm': /function compileBundle\(file, text, cachedData\)/,
  };
  const problems: string[] = [];
  for (const mod of external) {
    const rule = allowed[mod];
    if (!rule || !rule.test(text)) problems.push(`dist/server.js requires ${mod}`);
  }
  for (const http of ['http', 'https', 'node:http', 'node:https', 'tls', 'dgram'])
    if (requires.includes(http)) problems.push(`dist/server.js requires ${http}`);
  assert.deepEqual(problems, []);
  assert.ok(!codeFromStrings(text), "no eval or new Function in the server bundle (but ajv compiling the rules' own option schemas)");
});

/**
 * Whether the bundle turns strings into code. Ajv (the options validator) compiles the rules' own
 * JSON Schemas, which ship in the bundle, with one `new Function` in its compile step; settings are
 * data checked by those validators, never compiled. Any other eval or Function constructor fails.
 */
function codeFromStrings(text: string): boolean {
  const withoutAjv = text.replaceAll('const makeValidate = new Function(', '');
  return /\beval\(|new Function\(/.test(withoutAjv);
}

test('bundles: dist/cli.js and dist/cli-main.js require no process-spawning or network modules', (t) => {
  const bundles = ['cli.js', 'cli-main.js'].map((name) => join(root, 'dist', name));
  if (!bundles.every((b) => existsSync(b))) {
    t.skip('dist/cli.js or dist/cli-main.js not built (npm run build)');
    return;
  }
  const required = (text: string) => [...new Set([...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))];
  const [launcher, main] = bundles.map((b) => readFileSync(b, 'utf8')) as [string, string];
  assert.deepEqual(required(main).filter((r) => FORBIDDEN_MODULES.test(r)), []);
  // The launcher uses node:vm for the one Script it compiles (the bundle beside it, with its code cache).
  assert.deepEqual(required(launcher).filter((r) => FORBIDDEN_MODULES.test(r)), ['node:vm']);
  const text = launcher + '\n' + main;
  assert.ok(!codeFromStrings(text), "no eval or new Function in the CLI bundle (but ajv compiling the rules' own option schemas)");
});
