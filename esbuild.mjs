// Bundles the thin client, the language server and the CLI into dist/.
// One bundle each keeps the .vsix small and the server's cold start fast (no module resolution at run time).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { asciiOnly } from './scripts/ascii-only.mjs';
import { WORD_LIST_FILE, wordFormsText } from './server/src/rules/dictionaryForms.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Bundles are rewritten ASCII-only after each build (see scripts/ascii-only.mjs: one non-ASCII
// character in a regex literal made V8 keep the server's source as UTF-16, ~1.7 MB more heap).
// An escape is longer than the character it replaces: on those few lines the source map's columns
// after it are off by a few characters.
const asciiBundles = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      const file = build.initialOptions.outfile;
      const code = readFileSync(file, 'utf8');
      const ascii = asciiOnly(code);
      if (ascii !== code) writeFileSync(file, ascii);
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose require('./impl/…') calls esbuild cannot follow; its ES build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  plugins: [asciiBundles],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // dist/server.js is the small launcher editors start; it loads the server itself, dist/server-main.js (see server/src/launch.ts).
  { ...common, entryPoints: ['server/src/launch.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, sourcemap: false },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server-main.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js' },
];

// dist/cli.js is the `postwright` command: a small launcher that loads the CLI, dist/cli-main.js, with
// a V8 code cache (see server/src/cliLaunch.ts). Built after dist/cli-main.js: the cache's key holds
// the bundle's SHA-256, taken here once instead of at every start.
const cliLauncher = () => ({
  ...common,
  entryPoints: ['server/src/cliLaunch.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: false,
  define: { CLI_BUNDLE_SHA256: JSON.stringify(createHash('sha256').update(readFileSync('dist/cli-main.js')).digest('hex').slice(0, 16)) },
});

// The spelling rule's dictionary (server/src/rules/dictionary.ts) is read at run time from
// dist/dictionary-en/: copied, not embedded, so it ships once and only loads when the rule runs.
mkdirSync('dist/dictionary-en', { recursive: true });
for (const file of ['index.aff', 'index.dic', 'license']) copyFileSync(`node_modules/dictionary-en/${file}`, `dist/dictionary-en/${file}`);
// The forms nspell knows, one a line: the rule reads this list into a Set in a tenth of the time
// nspell takes to build the dictionary (server/src/rules/dictionaryForms.mjs).
writeFileSync(
  `dist/dictionary-en/${WORD_LIST_FILE}`,
  wordFormsText(readFileSync('node_modules/dictionary-en/index.aff'), readFileSync('node_modules/dictionary-en/index.dic')),
);

await Promise.all(builds.map((options) => esbuild.build(options)));
await esbuild.build(cliLauncher());
if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
  // The launcher keeps the digest of the first build: the bundle's size and modification time,
  // also in the cache's key, keep a rebuilt bundle from meeting an older cache.
}
