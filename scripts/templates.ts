// `npm run generate [folder…]` (alias `npm run templates`): learns the template library from
// seeds/, the corpus's school-district postings and the development set's tune postings (and any
// extra folders of postings) with the project's own parser, and writes
// server/src/templates/library.json and snippets/job-posting.json; from the rule registry it writes
// the settings schemas, the README's rule table and docs/rules/README.md (scripts/rule-files.ts).
// Deterministic: same inputs, same bytes. `--check` writes nothing and exits 1 when the committed files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTemplateFiles, readLibrarySources, readPostingFolder } from '../server/src/templates/generate.ts';
import { generateRuleFiles } from './rule-files.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const extra = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));

const docs = [...readLibrarySources(root), ...extra.flatMap((f) => readPostingFolder(f))];
const files = { ...generateTemplateFiles(docs), ...generateRuleFiles((rel) => readFileSync(join(root, rel), 'utf8')) };
let stale = 0;
for (const [rel, text] of Object.entries(files)) {
  const path = join(root, rel);
  let old: string | null;
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
console.log(`${docs.length} postings read`);
if (check && stale) process.exit(1);
