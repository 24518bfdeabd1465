// Properties of completion and code actions: for random, mutated and hostile postings
// and any position, neither throws (checked without their safety nets); every completion edit
// replaces only the typed prefix on the cursor's line; applying any offered fix or completion
// changes only the text in its range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { analyze } from '../../server/src/analysis.ts';
import { completeItems } from '../../server/src/features/completion.ts';
import { applyTextEdits, buildActions, editInDocument, editsConflict, fixAllEdits, mergeFixes, safeFixes } from '../../server/src/features/codeActions.ts';
import { toDiagnostics } from '../../server/src/features/diagnostics.ts';
import { expandSnippet } from '../../server/src/facts/snippet.ts';
import { anyText, budget, lineLengths, mutatedSeed } from './inputs.ts';
import { lostWords, rangeText, words } from '../rules/helpers.ts';

const URI = 'file:///p.posting';
const TODAY = '2026-11-23';

function offsetOf(text: string, p: { line: number; character: number }): number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      i++;
      starts.push(i + 1);
    } else if (c === 10 || c === 13) starts.push(i + 1);
  }
  return (starts[p.line] ?? text.length) + p.character;
}

/** Applies edits and checks that only the text between the first start and the last end changed. */
function checkOnlyRange(text: string, edits: readonly TextEdit[], what: string): void {
  const out = applyTextEdits(text, edits);
  const s = Math.min(...edits.map((e) => offsetOf(text, e.range.start)));
  const e = Math.max(...edits.map((x) => offsetOf(text, x.range.end)));
  assert.equal(out.slice(0, s), text.slice(0, s), `${what}: text before the edit changed`);
  assert.equal(out.slice(out.length - (text.length - e)), text.slice(e), `${what}: text after the edit changed`);
}

function editsOf(a: CodeAction): TextEdit[] {
  return a.edit?.changes?.[URI] ?? [];
}

const position = fc.record({ line: fc.integer({ min: -2, max: 120 }), character: fc.integer({ min: -2, max: 300 }) });

test('completion never throws, and its edits replace only the typed prefix', () => {
  fc.assert(
    fc.property(anyText, fc.array(position, { minLength: 1, maxLength: 6 }), fc.boolean(), (text, positions, snippets) => {
      const a = analyze(text, { today: TODAY });
      const lens = lineLengths(text);
      for (const p of positions) {
        const items = completeItems(a, p, { today: TODAY, snippetSupport: snippets });
        if (items.length === 0) continue;
        assert.ok(p.line >= 0 && p.line < lens.length, 'items for a position outside the document');
        const ch = Math.max(0, Math.min(p.character, lens[p.line]!));
        for (const it of items) {
          const e = it.textEdit as TextEdit;
          assert.equal(e.range.end.line, p.line);
          assert.equal(e.range.end.character, ch, 'the edit must end at the cursor');
          assert.equal(e.range.start.line, p.line);
          assert.ok(e.range.start.character >= 0 && e.range.start.character <= ch);
          assert.equal(typeof it.sortText, 'string');
          const plain = { range: e.range, newText: snippets ? expandSnippet(e.newText) : e.newText };
          checkOnlyRange(text, [plain], `completion "${it.label}"`);
        }
      }
    }),
    budget(150, 15000),
  );
});

test('completion at every line start of mutated seeds never throws', () => {
  fc.assert(
    fc.property(mutatedSeed, (text) => {
      const a = analyze(text, { today: TODAY });
      for (let line = 0; line < a.posting.lines.length; line += 3) completeItems(a, { line, character: 0 }, { today: TODAY });
    }),
    budget(60, 15000),
  );
});

test('code actions never throw; applying any offered fix changes only its range; fix-all edits never overlap', () => {
  fc.assert(
    fc.property(anyText, fc.boolean(), (text, snippetEdits) => {
      const a = analyze(text, { today: TODAY });
      const diagnostics = toDiagnostics(a.findings);
      const actions = buildActions(a, diagnostics, { uri: URI, version: 1, snippetEdits, only: undefined });
      for (const action of actions) {
        let edits = editsOf(action);
        if (edits.length === 0 && action.edit?.documentChanges) {
          const dc = action.edit.documentChanges[0] as { edits: Array<{ range: TextEdit['range']; newText?: string; snippet?: { value: string } }> };
          edits = dc.edits.map((e) => ({ range: e.range, newText: e.newText ?? expandSnippet(e.snippet!.value) }));
        }
        assert.ok(edits.length > 0, `${action.title}: an action without edits`);
        checkOnlyRange(text, edits, action.title);
        if (edits.length === 1) {
          const e = edits[0]!;
          const out = applyTextEdits(text, edits);
          assert.equal(out, text.slice(0, offsetOf(text, e.range.start)) + e.newText + text.slice(offsetOf(text, e.range.end)));
        }
      }
      const all = fixAllEdits(a);
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) assert.ok(!editsConflict(all[i]!, all[j]!), 'overlapping fix-all edits');
      if (all.length) applyTextEdits(text, all);
      buildActions(a, diagnostics, { uri: URI, only: ['source'] });
    }),
    budget(150, 15000),
  );
});

test('a skeleton on a nearly empty line never swallows or glues to the writer\'s text', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[ \t]{0,3}[A-Za-z-]{0,8}[ \t]{0,3}$/), fc.constantFrom('\n', '\r\n'), fc.nat(2), fc.boolean(), (lineText, eol, blanks, snippets) => {
      const text = eol.repeat(blanks) + lineText;
      const a = analyze(text, { today: TODAY });
      const items = completeItems(a, { line: blanks, character: lineText.length }, { today: TODAY, snippetSupport: snippets }).filter((i) => i.label.startsWith('New posting'));
      for (const it of items) {
        const e = it.textEdit as TextEdit;
        const replaced = lineText.slice(e.range.start.character, e.range.end.character);
        // only a word the writer is typing to pick this item, one that starts a word of its filter text
        if (replaced) assert.ok(/^[A-Za-z-]+$/.test(replaced) && it.filterText!.toLowerCase().split(' ').some((w) => w.startsWith(replaced.toLowerCase())), `${it.label} replaces '${replaced}'`);
        const out = applyTextEdits(text, [{ range: e.range, newText: snippets ? expandSnippet(e.newText) : e.newText }]).split(/\r\n|\n/);
        const kept = lineText.slice(0, e.range.start.character);
        // the writer's text stays whole on its line, and the skeleton starts on a line of its own
        const wrote = kept.trim() !== '';
        if (wrote) assert.equal(out[blanks], kept, `${it.label}: the writer's line changed`);
        const first = wrote ? out[blanks + 1]! : out[blanks]!;
        assert.equal(first.trim(), 'Job Title', `${it.label}: the skeleton's first line is glued to '${kept}'`);
      }
    }),
    budget(200, 10000),
  );
});

test('every fix of every finding edits inside the document; safe fixes lose no word they do not declare', () => {
  fc.assert(
    fc.property(mutatedSeed, (text) => {
      const a = analyze(text, { today: TODAY });
      for (const f of a.findings) for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(editInDocument(a.posting, e), `${f.rule} '${fix.title}' edits outside the document`);
      const { edits, taken } = mergeFixes(safeFixes(a));
      if (!edits.length) return;
      const after = applyTextEdits(text, edits);
      const declared = taken.flatMap((fix) => (fix.removes ?? []).flatMap((r) => words(rangeText(a.posting.lines, r))));
      for (const [w, n] of lostWords(text, after)) assert.ok(declared.filter((d) => d === w).length >= n, `Fix All loses '${w}' (${taken.map((x) => x.title).join(' | ')})`);
    }),
    budget(80, 15000),
  );
});
