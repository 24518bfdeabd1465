// Completion as a pure function of the analysis and a position.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver';
import { analyze } from '../../server/src/analysis.ts';
import { complete, headingCandidates, type CompletionInput } from '../../server/src/features/completion.ts';
import { applyTextEdits } from '../../server/src/features/codeActions.ts';
import { expandSnippet } from '../../server/src/facts/snippet.ts';
import { parse } from '../../server/src/model/parse.ts';
import { BUILTIN_PROFILES, chicago, generic, philadelphia } from '../../server/src/profiles/builtin.ts';
import type { Profile } from '../../server/src/profiles/types.ts';
import { BUILTIN_TEMPLATES } from '../../server/src/templates/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TODAY = '2026-11-23';
const seed = (n: string): string => readFileSync(join(ROOT, 'seeds', n), 'utf8');

function input(text: string, profile: Profile): CompletionInput {
  return { posting: parse(text), profile, templates: BUILTIN_TEMPLATES };
}

function edit(it: CompletionItem): TextEdit {
  return it.textEdit as TextEdit;
}

function accept(text: string, it: CompletionItem): string {
  const e = edit(it);
  return applyTextEdits(text, [{ range: e.range, newText: expandSnippet(e.newText) }]);
}

function withLine(text: string, at: number, line: string): string {
  const lines = text.split('\n');
  lines.splice(at, 0, line);
  return lines.join('\n');
}

describe('completion: headings between sections', () => {
  it('seed 003: an empty line after the duties offers the required Education and Equal Employment Opportunity first', () => {
    const text = withLine(seed('003_45e4fa1758b6089c.txt'), 17, '');
    const items = complete(input(text, philadelphia), { line: 17, character: 0 }, { today: TODAY }).items;
    const sorted = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
    assert.equal(sorted[0]!.label, 'Education');
    assert.equal(sorted[1]!.label, 'Equal Employment Opportunity');
    assert.equal(sorted[0]!.labelDetails?.description, 'required · missing');
    // The inserted text is heading + template; the next line is not blank, so a line break follows.
    assert.match(edit(sorted[0]!).newText, /^Education\n- \$\{1\|Bachelor's,Master's,Doctorate\|\} degree/);
    assert.ok(edit(sorted[0]!).newText.endsWith('\n'));
    // Present kinds are not offered as new sections.
    assert.ok(!items.some((i) => i.label === 'Essential Functions'));
  });

  it('orders required, then recommended, then the rest, each in canonical order', () => {
    const cands = headingCandidates(input('Teacher\n\nJob Summary\nTeach.\n', chicago));
    const tiers = cands.map((c) => c.tier);
    assert.deepEqual(tiers, [...tiers].sort());
    const required = cands.filter((c) => c.tier === 0).map((c) => c.kind);
    assert.deepEqual(required, chicago.order.filter((k) => required.includes(k)));
    assert.ok(required.includes('residency'));
  });

  it('replaces only the typed prefix', () => {
    const text = 'Teacher\n\nJob Summary\nTeach.\n\n  Edu';
    const items = complete(input(text, generic), { line: 5, character: 5 }, { today: TODAY }).items;
    const e = edit(items.find((i) => i.label === 'Education')!);
    assert.deepEqual(e.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 5 } });
  });

  it('gives every item a Markdown preview and a sortText', () => {
    const text = withLine(seed('002_86e6df5227fcbacc.txt'), 19, '');
    const items = complete(input(text, chicago), { line: 19, character: 0 }, { today: TODAY }).items;
    assert.ok(items.length > 5);
    for (const i of items) {
      assert.equal((i.documentation as MarkupContent).kind, 'markdown');
      assert.ok((i.documentation as MarkupContent).value.includes('```'));
      assert.ok(i.sortText);
    }
  });

  it('expands snippets for clients without snippet support', () => {
    const text = 'Teacher\n\nJob Summary\nTeach.\n\n';
    const items = complete(input(text, generic), { line: 5, character: 0 }, { today: TODAY, snippetSupport: false }).items;
    for (const i of items) {
      assert.equal(i.insertTextFormat, 1);
      assert.doesNotMatch(edit(i).newText, /\$\{\d/);
    }
  });
});

describe('completion: header fields', () => {
  const text = 'Teacher\n\nJob Number: 12\n\n\nJob Summary\nTeach.\n';
  it('offers labels not yet present', () => {
    const items = complete(input(text, generic), { line: 3, character: 0 }, { today: TODAY }).items;
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('Posting Date'));
    assert.ok(labels.includes('Overtime Status'));
    assert.ok(!labels.includes('Job Number'));
  });

  it('offers values after a label colon, replacing the typed value', () => {
    const t = 'Teacher\n\nOvertime Status: Ex\n\nJob Summary\nTeach.\n';
    const items = complete(input(t, generic), { line: 2, character: 19 }, { today: TODAY }).items;
    assert.deepEqual(items.map((i) => i.label), ['Exempt', 'Non-Exempt']);
    assert.deepEqual(edit(items[0]!).range, { start: { line: 2, character: 17 }, end: { line: 2, character: 19 } });
    const pos = complete(input('Teacher\n\nPosition Type: \n', generic), { line: 2, character: 15 }, { today: TODAY }).items;
    assert.deepEqual(pos.slice(0, 2).map((i) => i.label), ['Full-time', 'Part-time']);
  });

  it("offers today's date in the posting's date style, also for the split style", () => {
    const s1 = seed('001_49ad812661e1454e.txt');
    const t = s1.replace('Job Number:\n', 'Closing Date:\n\n: \n\nJob Number:\n');
    const lines = t.split('\n');
    const line = lines.indexOf(': ');
    const items = complete(input(t, chicago), { line, character: 2 }, { today: TODAY }).items;
    assert.ok(items.some((i) => i.label === 'Nov 23, 2026'), items.map((i) => i.label).join(', '));
    const iso = complete(input('T\n\nPosted: 2020-05-21\nPosting Date: \n', generic), { line: 3, character: 14 }, { today: TODAY }).items;
    assert.deepEqual(iso.map((i) => i.label), ['2026-11-23']);
  });

  it('offers a salary range placeholder', () => {
    const items = complete(input('T\n\nSalary Range: \n', generic), { line: 2, character: 14 }, { today: TODAY }).items;
    assert.equal(edit(items[0]!).newText, '\\$${1:minimum} - \\$${2:maximum}');
  });
});

describe('completion: bullets inside a section', () => {
  it('suggests bullets for the kind, without the ones present', () => {
    const text = seed('004_0b3bdf09dd92dd3e.txt');
    const lines = text.split('\n');
    lines.splice(27, 0, '- ');
    const t = lines.join('\n');
    const items = complete(input(t, BUILTIN_PROFILES[2]!), { line: 27, character: 2 }, { today: TODAY }).items;
    assert.ok(items.length > 0);
    const present = new Set(lines.map((l) => l.replace(/^- /, '').trim()));
    for (const i of items) assert.ok(!present.has(edit(i).newText), `repeats a present bullet: ${edit(i).newText}`);
    assert.deepEqual(edit(items[0]!).range.start, { line: 27, character: 2 });
  });

  it('a blank line at the end of a section offers bullets after the headings', () => {
    const text = withLine(seed('003_45e4fa1758b6089c.txt'), 17, '');
    const items = complete(input(text, philadelphia), { line: 17, character: 0 }, { today: TODAY }).items;
    const bullets = items.filter((i) => i.kind === 1);
    assert.ok(bullets.length === 0 || bullets.every((b) => b.sortText! > items.find((i) => i.label === 'Education')!.sortText!));
  });
});

describe('completion: empty document', () => {
  it("keeps the writer's text: 'ab' then two spaces, or 'ab' alone, stays on its line above the skeleton", () => {
    for (const text of ['ab  ', 'ab', '  ab\t', '\n\nab  \n']) {
      const line = text.split('\n').findIndex((l) => l.trim() !== '');
      const character = text.split('\n')[line]!.length;
      for (const snippetSupport of [true, false]) {
        const items = complete(input(text, generic), { line, character }, { today: TODAY, snippetSupport }).items;
        assert.equal(items.length, 4, JSON.stringify(text));
        for (const it of items) {
          const e = edit(it);
          assert.deepEqual(e.range, { start: { line, character }, end: { line, character } }, `${it.label}: replaces the writer's text`);
          const out = snippetSupport ? accept(text, it) : applyTextEdits(text, [e]);
          const lines = out.split('\n');
          assert.equal(lines[line], text.split('\n')[line], `${it.label}: the line with 'ab' changed`);
          assert.equal(lines[line + 1], 'Job Title', `${it.label}: the skeleton does not start on the next line`);
        }
      }
    }
  });

  it('replaces a word that starts the item\'s filter text ("post", "chic") and nothing more', () => {
    const items = complete(input('  post', generic), { line: 0, character: 6 }, { today: TODAY }).items;
    for (const it of items) assert.deepEqual(edit(it).range, { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } });
    const chic = complete(input('chic', generic), { line: 0, character: 4 }, { today: TODAY }).items;
    const chicago = chic.find((i) => i.label.includes('Chicago'))!;
    assert.equal(accept('chic', chicago).split('\n')[0], 'Job Title');
    const other = chic.find((i) => i.label.includes('Worcester'))!;
    assert.equal(accept('chic', other).split('\n')[0], 'chic');
  });

  it('offers a skeleton per profile', () => {
    const items = complete(input('', generic), { line: 0, character: 0 }, { today: TODAY }).items;
    assert.deepEqual(items.map((i) => i.label).sort(), ['New posting: Chicago Public Schools', 'New posting: School District of Philadelphia', 'New posting: Worcester Public Schools', 'New posting: generic US school district']);
  });

  for (const profile of [generic, chicago]) {
    it(`accepting only suggestions gives a ${profile.id} posting with no missing-section finding`, () => {
      let text = '';
      const skeletons = complete(input(text, generic), { line: 0, character: 0 }, { today: TODAY }).items;
      text = accept(text, skeletons.find((i) => i.filterText!.startsWith(`posting ${profile.id} `))!);
      for (let round = 0; round < 20; round++) {
        const a = analyze(text, { profile: profile.id, today: TODAY });
        if (!a.findings.some((f) => f.rule === 'missing-section')) break;
        const line = a.posting.lines.length - 1;
        if (a.posting.lines[line] !== '') text += '\n';
        const b = analyze(text, { profile: profile.id, today: TODAY });
        const items = complete(b, { line: b.posting.lines.length - 1, character: 0 }, { today: TODAY }).items.filter((i) => i.kind === 9);
        const first = [...items].sort((x, y) => (x.sortText! < y.sortText! ? -1 : 1))[0];
        assert.ok(first, 'no heading completion while a section is missing');
        text = accept(text, first);
      }
      const final = analyze(text, { profile: profile.id, today: TODAY });
      assert.deepEqual(final.findings.filter((f) => f.rule === 'missing-section').map((f) => f.message), []);
      for (const k of profile.required) assert.ok(final.posting.sections.some((s) => s.kind === k), `no ${k} section`);
    });
  }
});

describe('completion: robustness', () => {
  it('positions outside the document give no items and no throw', () => {
    const i = input('Teacher\n', generic);
    assert.deepEqual(complete(i, { line: 99, character: 0 }).items, []);
    assert.deepEqual(complete(i, { line: -1, character: -5 }).items, []);
  });

});
