// Run in a fresh process by bench/instructions.ts (bundled by esbuild first, like dist/), under
// valgrind: analyses the first N postings of a folder as `postwright lint` does (the rules resolved
// once for the run, a fixed day). argv: FOLDER N.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, resolveRules } from '../server/src/analysis.ts';

const [folder, count] = process.argv.slice(2);
const names = readdirSync(folder!)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, Number(count));
const options = { today: '2025-06-01', resolvedRules: resolveRules({ today: '2025-06-01' }) };
let findings = 0;
for (const name of names) findings += analyze(readFileSync(join(folder!, name), 'utf8'), options).findings.length;
process.stdout.write(`${names.length} postings, ${findings} findings\n`);
