// Fixes never lose the writer's words, checked on every corpus posting and seed:
//   - Fix All (source.fixAll.postwright) and `lint --fix` apply only fixes whose lost words lie in the
//     spans the rule declares it removes (Fix.removes), in one pass and in repeated passes;
//   - their edits lie inside the document and never overlap;
//   - "Delete the empty 'X' heading" takes out the heading line and blank lines, nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis.ts';
import { lint } from '../../server/src/cli/lint.ts';
import { applyTextEdits, editInDocument, editsConflict, mergeFixes, safeFixes } from '../../server/src/features/codeActions.ts';
import type { Fix } from '../../server/src/rules/types.ts';
import { corpusAndSeeds, lostWords, rangeText, words } from './helpers.ts';

const files = corpusAndSeeds();
const TODAY = '2026-06-01';

/** The words of `lost` that no declared span accounts for, as "word×n". */
function unaccounted(lost: Map<string, number>, declared: readonly string[]): string[] {
  const allowed = new Map<string, number>();
  for (const w of declared) allowed.set(w, (allowed.get(w) ?? 0) + 1);
  const out: string[] = [];
  for (const [w, n] of lost) if (n > (allowed.get(w) ?? 0)) out.push(`${w}×${n - (allowed.get(w) ?? 0)}`);
  return out;
}

function declaredWords(lines: readonly string[], fixes: readonly Fix[]): string[] {
  return fixes.flatMap((f) => (f.removes ?? []).flatMap((r) => words(rangeText(lines, r))));
}

test('corpus + seeds: 305 files', () => {
  assert.equal(files.length, 305);
});

test('Fix All: every word a safe fix takes out is one its rule declares (one pass, all files)', () => {
  let applied = 0;
  const problems: string[] = [];
  for (const [name, text] of files) {
    const a = analyze(text, { today: TODAY });
    const { edits, taken } = mergeFixes(safeFixes(a));
    if (!edits.length) continue;
    applied += taken.length;
    const after = applyTextEdits(text, edits);
    const bad = unaccounted(lostWords(text, after), declaredWords(a.posting.lines, taken));
    if (bad.length) problems.push(`${name}: lost ${bad.join(', ')} (fixes: ${taken.map((f) => f.title).join(' | ')})`);
  }
  assert.deepEqual(problems, []);
  assert.ok(applied > 20, `only ${applied} safe fixes applied on the corpus`);
});

test('lint --fix: repeated passes of safe fixes lose no undeclared word either', () => {
  const problems: string[] = [];
  for (const [name, original] of files) {
    let text = original;
    for (let pass = 0; pass < 10; pass++) {
      const a = analyze(text, { today: TODAY });
      const { edits, taken } = mergeFixes(safeFixes(a));
      if (!edits.length) break;
      const next = applyTextEdits(text, edits);
      const bad = unaccounted(lostWords(text, next), declaredWords(a.posting.lines, taken));
      if (bad.length) problems.push(`${name} pass ${pass + 1}: lost ${bad.join(', ')}`);
      if (next === text) break;
      text = next;
    }
  }
  assert.deepEqual(problems, []);
});

test('every fix of every finding stays inside the document; Fix All edits never overlap', () => {
  const problems: string[] = [];
  for (const [name, text] of files) {
    const a = analyze(text, { today: TODAY });
    for (const f of a.findings) {
      for (const fix of f.fixes ?? []) {
        for (const e of fix.edits) if (!editInDocument(a.posting, e)) problems.push(`${name}: ${f.rule} '${fix.title}' edit outside the document`);
        for (const r of fix.removes ?? []) if (!editInDocument(a.posting, { range: r, newText: '' })) problems.push(`${name}: ${f.rule} '${fix.title}' declares a span outside the document`);
      }
    }
    const { edits } = mergeFixes(safeFixes(a));
    for (let i = 0; i + 1 < edits.length; i++) if (editsConflict(edits[i]!, edits[i + 1]!)) problems.push(`${name}: Fix All edits ${i} and ${i + 1} overlap`);
  }
  assert.deepEqual(problems, []);
});

test('seed 004: Fix All keeps "(Doherty and South Quadrants)" and the title', () => {
  const [, text] = files.find(([n]) => n.startsWith('004_'))!;
  const a = analyze(text, { today: TODAY });
  const after = applyTextEdits(text, mergeFixes(safeFixes(a)).edits);
  assert.equal(after.split('\n')[0], 'Executive Director of Instruction and School Leadership (Doherty and South Quadrants)');
  assert.ok(after.includes('Worcester Public Schools'));
});

test('empty-section: every delete-heading fix removes only the heading line and blank lines (all files)', () => {
  let fixes = 0;
  const problems: string[] = [];
  for (const [name, text] of files) {
    const a = analyze(text, { today: TODAY });
    for (const f of a.findings) {
      if (f.rule !== 'empty-section') continue;
      // A folded gap also carries the missing section's "Add …" fix; only the heading's own delete is checked here.
      for (const fix of (f.fixes ?? []).filter((x) => x.title.startsWith('Delete the empty'))) {
        fixes++;
        const before = text.split(/\r\n|\r|\n/);
        const after = applyTextEdits(text, fix.edits).split(/\r\n|\r|\n/);
        const kept = before.filter((l, i) => l.trim() !== '' && (i < f.range.start.line || i > f.range.end.line));
        const left = after.filter((l) => l.trim() !== '');
        if (JSON.stringify(kept) !== JSON.stringify(left)) {
          const gone = kept.filter((l) => !left.includes(l));
          problems.push(`${name}:${f.range.start.line + 1} '${fix.title}' also removes ${JSON.stringify(gone.slice(0, 3))}`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(fixes > 10, `only ${fixes} empty-section fixes on the corpus`);
});

test('lint --fix on seed 004 (as a user meets it): only the job board\'s question words go', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-fix-'));
  const [, text] = files.find(([n]) => n.startsWith('004_'))!;
  writeFileSync(join(dir, 'worcester.posting'), text);
  const code = await lint(['--fix', '--today', TODAY, 'worcester.posting'], { stdout: () => {}, stderr: () => {}, cwd: dir, readStdin: async () => '' });
  assert.equal(typeof code, 'number');
  const after = readFileSync(join(dir, 'worcester.posting'), 'utf8');
  assert.equal(after.split('\n')[0], 'Executive Director of Instruction and School Leadership (Doherty and South Quadrants)');
  const lost = [...lostWords(text, after)].flatMap(([w, n]) => Array<string>(n).fill(w)).sort();
  // "What are the responsibilities and job description for the … position at Worcester Public Schools?"
  // (the district is named again on the LOCATION line)
  assert.deepEqual(lost, ['and', 'are', 'at', 'description', 'for', 'job', 'position', 'public', 'responsibilities', 'schools', 'the', 'the', 'what', 'worcester']);
});
