// `npm run templates [folder…]`: learns the template library from seeds/ (and any extra folders of
// postings) with the project's own parser, and writes server/src/templates/library.ts and
// snippets/job-posting.json. Deterministic: same inputs, same bytes. `--check` writes nothing and
// exits 1 when the committed files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTemplateFiles, readPostingFolder } from '../server/src/templates/generate.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const folders = [join(root, 'seeds'), ...args.filter((a) => !a.startsWith('--')).map((a) => resolve(a))];

const docs = folders.flatMap((f) => readPostingFolder(f));
const files = generateTemplateFiles(docs);
let stale = 0;
for (const [rel, text] of Object.entries(files)) {
  const path = join(root, rel);
  let old: string | null = null;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = null;
  }
  if (old === text) {
    console.log(`unchanged ${rel}`);
    continue;
  }
  stale++;
  if (check) console.log(`stale ${rel}`);
  else {
    writeFileSync(path, text);
    console.log(`wrote ${rel}`);
  }
}
console.log(`${docs.length} postings read from ${folders.length} folder(s)`);
if (check && stale) process.exit(1);
