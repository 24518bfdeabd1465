// Mocha entry point for the extension-host suite (the @vscode/test-electron layout). VS Code loads
// this module in its extension host and calls run(). It runs every *.test.js next to it and, when
// POSTWRIGHT_E2E_RESULTS names a file, writes the results there as JSON (the code-server driver reads it).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface SuiteResult {
  title: string;
  file: string | undefined;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number | undefined;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.POSTWRIGHT_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const name of readdirSync(__dirname).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(join(__dirname, name));
  }
  const results: SuiteResult[] = [];
  const write = (extra: Record<string, unknown>) => {
    const out = process.env.POSTWRIGHT_E2E_RESULTS;
    if (out) writeFileSync(out, JSON.stringify({ results, ...extra }, null, 2));
  };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        write({ done: true, failures });
        if (failures > 0) reject(new Error(`${failures} extension-host tests failed`));
        else resolve();
      });
      runner.on('pass', (t) => results.push({ title: t.fullTitle(), file: t.file, state: 'passed', durationMs: t.duration }));
      runner.on('fail', (t, err: Error) =>
        results.push({ title: t.fullTitle(), file: t.file, state: 'failed', durationMs: t.duration, error: String(err?.stack ?? err) }),
      );
      runner.on('pending', (t) => results.push({ title: t.fullTitle(), file: t.file, state: 'pending', durationMs: undefined }));
    } catch (err) {
      write({ done: true, failures: -1, error: String((err as Error)?.stack ?? err) });
      reject(err);
    }
  });
}
