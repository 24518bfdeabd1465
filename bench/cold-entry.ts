// Run in a fresh process by bench/cold.ts (bundled by esbuild first, like dist/): times loading the
// analysis code, the first analyze() of a posting in the process, the second (another posting: the
// JIT is warmer, the memos do not apply) and the same posting again (warm: the memos apply).
// argv: FILE OTHER_FILE [dictionary-first]. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/analysis.ts';
import { englishDictionary } from '../server/src/rules/dictionary.ts';

// Set by the bundle's banner (bench/cold.ts), before any module of the bundle is evaluated.
const load = performance.now() - (globalThis as { benchStart?: number }).benchStart!;
const [file, other, mode] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const otherText = readFileSync(other!, 'utf8');
const options = { today: '2025-06-01' };
let dictionary = NaN;
if (mode === 'dictionary-first') {
  const d0 = performance.now();
  englishDictionary();
  dictionary = performance.now() - d0;
}
const time = (fn: () => unknown) => {
  const s = performance.now();
  fn();
  return performance.now() - s;
};
const first = time(() => analyze(text, options));
const second = time(() => analyze(otherText, options));
const again: number[] = [];
for (let i = 0; i < 20; i++) again.push(time(() => analyze(text, options)));
again.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ load, dictionary, first, second, warm: again[10] }) + '\n');
