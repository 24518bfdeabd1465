// Where a fix's inserted lines land and what an editor selects in them (the reveal command's
// arguments), checked against the text the edits actually produce.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextEdits, plainEdits } from '../../server/src/features/codeActions.ts';
import { insertedBlock } from '../../server/src/features/revealInserted.ts';
import { firstPlaceholder } from '../../server/src/facts/snippet.ts';
import type { Fix } from '../../server/src/rules/types.ts';

const at = (line: number, character: number) => ({ line, character });
const insert = (line: number, character: number, newText: string) => ({ range: { start: at(line, character), end: at(line, character) }, newText });

/** The text the reveal would select, in the document after the fix. */
function selected(text: string, fix: Fix): { lines: string[]; selection: string; block: string } {
  const block = insertedBlock(fix);
  assert.ok(block);
  const lines = applyTextEdits(text, plainEdits(fix)).split(/\r\n|\n/);
  const { start, end } = block.selection;
  assert.equal(start.line, end.line);
  return { lines, selection: lines[start.line]!.slice(start.character, end.character), block: lines.slice(block.start.line, block.lastLine + 1).join('\n') };
}

describe('firstPlaceholder', () => {
  it('is the lowest tab stop above 0, in the expanded text', () => {
    assert.deepEqual(firstPlaceholder('a ${2:bb} ${1:ccc} d'), { start: 5, end: 8 });
    assert.deepEqual(firstPlaceholder('- ${1|Bachelor\'s,Master\'s|} degree'), { start: 2, end: 12 });
    assert.deepEqual(firstPlaceholder('x $0 ${1:y}'), { start: 2 + 1, end: 4 });
    assert.deepEqual(firstPlaceholder('end here$0'), { start: 8, end: 8 });
    assert.equal(firstPlaceholder('no stops \\$1 here'), null);
  });
  it('counts escaped characters and variable fallbacks as the text they insert', () => {
    assert.deepEqual(firstPlaceholder('\\$5 ${X:ab} ${1:cd}'), { start: 6, end: 8 });
  });
});

describe('insertedBlock', () => {
  it('a section inserted after a long line: the first placeholder, on its own line, far along it', () => {
    const text = `Title\n${'word '.repeat(100)}\nLast line`;
    const fix: Fix = { title: 'Add', snippet: true, edits: [insert(2, 9, '\n\nEqual Opportunity\nContact ${1:the Office of Human Resources}.\n')] };
    const { selection, block } = selected(text, fix);
    assert.equal(selection, 'the Office of Human Resources');
    assert.match(block, /Last line\n\nEqual Opportunity\nContact the Office/);
  });
  it('a plain insertion puts the cursor at its first line with words', () => {
    const text = 'Title\n\nDuties\n- Sweep.\n';
    const fix: Fix = { title: 'Add', edits: [insert(1, 0, '\nEducation\n- A diploma.\n')] };
    const block = insertedBlock(fix)!;
    assert.deepEqual(block.selection, { start: at(2, 0), end: at(2, 0) });
    assert.equal(applyTextEdits(text, plainEdits(fix)).split('\n')[2], 'Education');
    assert.equal(block.lastLine, 3);
  });
  it('follows the edits before it: lines added or removed above, text changed earlier on the same line', () => {
    const text = 'Title\nhis/her job\nA B\nEnd';
    const fix: Fix = {
      title: 'Two edits',
      snippet: true,
      edits: [
        insert(2, 2, 'x\ny\nz ${1:first} w\n'),
        { range: { start: at(1, 0), end: at(2, 1) }, newText: 'their job\nA longer' },
        { range: { start: at(0, 0), end: at(0, 5) }, newText: 'T\nT2' },
      ],
    };
    assert.equal(selected(text, fix).selection, 'first');
  });
  it('reads Windows line ends', () => {
    const text = 'Title\r\nDuties\r\n- Sweep.';
    const fix: Fix = { title: 'Add', snippet: true, edits: [insert(2, 8, '\r\n\r\nSalary\r\n${1:\\$40,000} a year\r\n')] };
    const { selection } = selected(text, fix);
    assert.equal(selection, '$40,000');
  });
  it('a fix that adds no line has nothing to reveal', () => {
    assert.equal(insertedBlock({ title: 'their', edits: [{ range: { start: at(1, 0), end: at(1, 7) }, newText: 'their' }] }), null);
  });
});
