// Code actions as pure functions: quick fixes from diagnostic data, fix-all per rule, the
// source.fixAll.postwright edit, snippet edits, and the promise that a fix touches only its range.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { analyze } from '../../server/src/analysis.ts';
import { applyTextEdits, codeActions, editsConflict, fixAllEdits, mergeFixes, plainEdits } from '../../server/src/features/codeActions.ts';
import { toDiagnostics } from '../../server/src/features/diagnostics.ts';
import { chicago } from '../../server/src/profiles/builtin.ts';
import type { Fix } from '../../server/src/rules/types.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TODAY = '2026-11-23';
const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seed = (n: string): string => readFileSync(join(ROOT, 'seeds', n), 'utf8');
const URI = 'file:///tmp/x.posting';

function editsOf(action: CodeAction): TextEdit[] {
  const changes = action.edit?.changes?.[URI];
  if (changes) return changes;
  const dc = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  return (dc?.edits ?? []) as TextEdit[];
}

function offset(text: string, p: { line: number; character: number }): number {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i]!.length + 1;
  return o + p.character;
}

/** Applying a fix changes nothing before its first edit's start and nothing after its last edit's end. */
function assertOnlyItsRange(text: string, fix: Fix, what: string): void {
  const edits = plainEdits(fix);
  const out = applyTextEdits(text, edits);
  const starts = edits.map((e) => offset(text, e.range.start));
  const ends = edits.map((e) => offset(text, e.range.end));
  const s = Math.min(...starts);
  const e = Math.max(...ends);
  assert.equal(out.slice(0, s), text.slice(0, s), `${what}: text before the edit changed`);
  assert.equal(out.slice(out.length - (text.length - e)), text.slice(e), `${what}: text after the edit changed`);
  if (edits.length === 1) {
    assert.equal(out, text.slice(0, s) + edits[0]!.newText + text.slice(e), `${what}: more than the edit changed`);
  }
}

describe('code actions: quick fixes', () => {
  it('seed 002: the missing-residency diagnostic has a fix inserting the Chicago residency paragraph', () => {
    const text = seed('002_86e6df5227fcbacc.txt');
    const a = analyze(text, { today: TODAY });
    assert.equal(a.profile.id, 'chicago');
    const diags = toDiagnostics(a.findings);
    const residency = diags.find((d) => d.code === 'missing-section' && (d.data as { kind?: string }).kind === 'residency');
    assert.ok(residency, 'no missing-residency diagnostic');
    const actions = codeActions(a, [residency], { uri: URI });
    const fix = actions.find((x) => x.kind === 'quickfix' && x.diagnostics?.includes(residency));
    assert.ok(fix, 'no quick fix');
    const after = applyTextEdits(text, editsOf(fix));
    assert.ok(after.includes(chicago.boilerplate.residency!), 'the residency paragraph is not inserted');
    assert.equal(fix.isPreferred, true);
  });

  it('offers "Fix all <rule> problems" when a rule has several fixable findings', () => {
    const text = seed('002_86e6df5227fcbacc.txt');
    const a = analyze(text, { today: TODAY });
    const diags = toDiagnostics(a.findings);
    const actions = codeActions(a, diags, { uri: URI });
    const all = actions.find((x) => x.title === 'Fix all missing-section problems');
    assert.ok(all);
    const out = applyTextEdits(text, editsOf(all));
    const again = analyze(out, { today: TODAY });
    assert.equal(again.findings.filter((f) => f.rule === 'missing-section').length, 0);
  });

  it('uses snippet text edits when the client supports them, plain text otherwise', () => {
    const text = seed('003_45e4fa1758b6089c.txt');
    const a = analyze(text, { today: TODAY });
    const d = toDiagnostics(a.findings).find((x) => x.code === 'missing-section')!;
    const snippetAction = codeActions(a, [d], { uri: URI, version: 3, snippetEdits: true })[0]!;
    const dc = snippetAction.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(dc.textDocument.version, 3);
    assert.ok(dc.edits.some((e) => 'snippet' in e));
    const plain = codeActions(a, [d], { uri: URI })[0]!;
    assert.ok(plain.edit!.changes![URI]!.every((e) => !/\$\{\d/.test(e.newText)));
  });

  it('falls back to the cached findings when a diagnostic comes back without data', () => {
    const text = seed('002_86e6df5227fcbacc.txt');
    const a = analyze(text, { today: TODAY });
    const d = toDiagnostics(a.findings).find((x) => x.code === 'missing-section')!;
    const stripped = { ...d, data: undefined };
    assert.ok(codeActions(a, [stripped], { uri: URI }).length > 0);
  });

  it('ignores fixes whose edits fall outside the document', () => {
    const text = 'Teacher\n';
    const a = analyze(text, { today: TODAY });
    const bad = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } }, message: 'x', source: 'postwright', code: 'r', data: { rule: 'r', kind: null, fixes: [{ title: 'bad', edits: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } }, newText: '' }] }] } };
    assert.deepEqual(codeActions(a, [bad], { uri: URI }), []);
  });
});

describe('code actions: fix all', () => {
  it('source.fixAll.postwright is offered only when asked for', () => {
    const a = analyze(seed('000_e8a81316217f8c6b.txt'), { today: TODAY });
    assert.ok(!codeActions(a, [], { uri: URI }).some((x) => x.kind === 'source.fixAll.postwright'));
    const only = codeActions(a, [], { uri: URI, only: ['source.fixAll'] });
    assert.ok(only.every((x) => x.kind === 'source.fixAll.postwright'));
  });

  for (const name of SEEDS) {
    it(`${name}: every fix changes only its range`, () => {
      const text = seed(name);
      const a = analyze(text, { today: TODAY });
      for (const f of a.findings) for (const fix of f.fixes ?? []) assertOnlyItsRange(text, fix, `${f.rule}: ${fix.title}`);
    });

    it(`${name}: applying every fix and re-linting leaves no fixable finding`, () => {
      let text = seed(name);
      for (let round = 0; round < 10; round++) {
        const a = analyze(text, { today: TODAY });
        const fixes = a.findings.flatMap((f) => (f.fixes?.length ? [f.fixes[0]!] : []));
        if (fixes.length === 0) break;
        const { edits } = mergeFixes(fixes);
        text = applyTextEdits(text, edits);
      }
      const left = analyze(text, { today: TODAY }).findings.filter((f) => f.fixes?.length);
      assert.deepEqual(left.map((f) => `${f.rule}: ${f.message}`), []);
    });

    it(`${name}: the fix-all edits never overlap`, () => {
      const a = analyze(seed(name), { today: TODAY });
      const edits = fixAllEdits(a);
      for (let i = 0; i < edits.length; i++) for (let j = i + 1; j < edits.length; j++) assert.ok(!editsConflict(edits[i]!, edits[j]!));
      applyTextEdits(seed(name), edits);
    });
  }
});

describe('edit helpers', () => {
  const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
  it('detects conflicts; inserts at one point do not conflict', () => {
    assert.ok(editsConflict({ range: r(0, 0, 0, 5), newText: '' }, { range: r(0, 3, 0, 8), newText: '' }));
    assert.ok(!editsConflict({ range: r(0, 0, 0, 5), newText: '' }, { range: r(0, 5, 0, 8), newText: '' }));
    assert.ok(!editsConflict({ range: r(1, 0, 1, 0), newText: 'a' }, { range: r(1, 0, 1, 0), newText: 'b' }));
    assert.ok(editsConflict({ range: r(0, 2, 0, 2), newText: 'a' }, { range: r(0, 0, 0, 5), newText: '' }));
  });

  it('merges fixes in order, skipping a fix that overlaps', () => {
    const f = (title: string, range: ReturnType<typeof r>, newText: string): Fix => ({ title, edits: [{ range, newText }] });
    const { edits, taken } = mergeFixes([f('a', r(0, 0, 0, 2), 'X'), f('b', r(0, 1, 0, 3), 'Y'), f('c', r(1, 0, 1, 0), '1'), f('d', r(1, 0, 1, 0), '2')]);
    assert.deepEqual(taken.map((t) => t.title), ['a', 'c', 'd']);
    assert.equal(applyTextEdits('abcd\nef', edits), 'Xcd\n12ef');
  });

  it('applies edits over CRLF text', () => {
    assert.equal(applyTextEdits('ab\r\ncd', [{ range: r(1, 0, 1, 1), newText: 'X' }]), 'ab\r\nXd');
  });
});
