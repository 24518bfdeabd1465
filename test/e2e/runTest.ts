// Desktop route (the @vscode/test-electron layout): downloads VS Code desktop and runs the Mocha
// suite (dist/test/e2e/suite) in its extension host against a temp workspace of seed postings.
// Needs a network that reaches update.code.visualstudio.com; on these machines use the code-server
// route instead (test/e2e/codeserver.test.ts runs the same suite). Run:
//   node test/e2e/build.mjs && node dist/test/e2e/runTest.js
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { EXT_ROOT, ROOT, makeTempDir, makeWorkspace } from './lib/codeServer.ts';

async function main(): Promise<void> {
  const home = makeTempDir('postwright-desktop-');
  const workspace = makeWorkspace(join(home, 'workspace'));
  const results = join(home, 'results.json');
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: EXT_ROOT,
    extensionTestsPath: join(ROOT, 'dist', 'test', 'e2e', 'suite', 'index.js'),
    extensionTestsEnv: { POSTWRIGHT_ROOT: ROOT, POSTWRIGHT_E2E_RESULTS: results },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      join(home, 'user-data'),
      '--extensions-dir',
      join(home, 'extensions'),
    ],
  });
  console.log(`results: ${results}`);
}

main().catch((error) => {
  console.error('extension-host tests failed:', error);
  process.exit(1);
});
