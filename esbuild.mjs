// Bundles the thin client, the language server and the CLI into dist/.
// One bundle each keeps the .vsix small and the server's cold start fast (no module resolution at run time).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// The spelling rule's dictionary (server/src/rules/dictionary.ts) is read at run time from
// dist/dictionary-en/: copied, not embedded, so it ships once and only loads when the rule runs.
mkdirSync('dist/dictionary-en', { recursive: true });
for (const file of ['index.aff', 'index.dic', 'license']) copyFileSync(`node_modules/dictionary-en/${file}`, `dist/dictionary-en/${file}`);

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
