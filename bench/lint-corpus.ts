// How often each rule fires over the corpus (300 real postings) and the seeds: read it for noise.
// Usage: node --import tsx bench/lint-corpus.ts [--show RULE] [--today yyyy-mm-dd]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis.ts';
import { rules } from '../server/src/rules/index.ts';

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const today = args.includes('--today') ? args[args.indexOf('--today') + 1] : undefined;
const root = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

const groups: Array<[string, string[]]> = [
  ['corpus', files(join(root, 'test/corpus/postings'))],
  ['seeds', files(join(root, 'seeds'))],
];

for (const [name, list] of groups) {
  const findings = new Map<string, number>();
  const docs = new Map<string, number>();
  const missing = new Map<string, number>();
  const profiles = new Map<string, number>();
  let total = 0;
  const t0 = performance.now();
  for (const file of list) {
    const a = analyze(readFileSync(file, 'utf8'), today ? { today } : {});
    profiles.set(a.profile.id, (profiles.get(a.profile.id) ?? 0) + 1);
    for (const k of a.missing) missing.set(k, (missing.get(k) ?? 0) + 1);
    const seen = new Set<string>();
    for (const f of a.findings) {
      total++;
      findings.set(f.rule, (findings.get(f.rule) ?? 0) + 1);
      seen.add(f.rule);
      if (show && f.rule === show) {
        const line = a.posting.lines[f.range.start.line] ?? '';
        console.log(`${file.slice(root.length + 1)}:${f.range.start.line + 1}: ${f.message.slice(0, 140)}\n    | ${line.trim().slice(0, 140)}`);
      }
    }
    for (const r of seen) docs.set(r, (docs.get(r) ?? 0) + 1);
  }
  const ms = performance.now() - t0;
  console.log(`\n${name}: ${list.length} postings, ${total} findings, ${(ms / list.length).toFixed(2)} ms per posting`);
  console.log(`profiles: ${[...profiles].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log('rule                          postings  findings');
  for (const r of rules) {
    console.log(`${r.meta.id.padEnd(30)}${String(docs.get(r.meta.id) ?? 0).padStart(8)}${String(findings.get(r.meta.id) ?? 0).padStart(10)}`);
  }
  console.log(`missing kinds: ${[...missing].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
