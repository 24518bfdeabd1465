// The pure parts of suppression: comment scanning keeps every position, directive scopes, the
// front-matter list, fixes that would touch a directive, and the edits of the "not here" actions
// (each applied, re-analysed, and checked byte for byte).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis.ts';
import { applyTextEdits, codeActions } from '../../server/src/features/codeActions.ts';
import { toDiagnostics } from '../../server/src/features/diagnostics.ts';
import { applySuppressions, scanComments } from '../../server/src/suppression.ts';
import type { TextEdit } from '../../server/src/rules/types.ts';

const TODAY = '2026-01-01';
const URI = 'file:///w/a.posting';
const CONFIG_URI = 'file:///w/.postwright.json';

// These tests use spelling as a rule to silence; they set its severity so the expected configs hold.
const SPELLING_ON = { spelling: 'info' };

function rules(text: string, rule: string): number[] {
  return analyze(text, { today: TODAY, rules: SPELLING_ON })
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line);
}

function action(text: string, rule: string, title: string, config: string | null = null): { text: string; config?: string } {
  const a = analyze(text, { today: TODAY, rules: SPELLING_ON });
  const d = toDiagnostics(a.findings).find((x) => x.code === rule)!;
  assert.ok(d, `a ${rule} finding`);
  const found = codeActions(a, [d], { uri: URI, workspaceConfig: { uri: CONFIG_URI, text: config, canCreate: true } }).find((x) => x.title === title);
  assert.ok(found, `no action '${title}'`);
  const changes = found.edit!.changes ?? {};
  return { text: applyTextEdits(text, (changes[URI] ?? []) as TextEdit[]), ...(changes[CONFIG_URI] ? { config: applyTextEdits(config ?? '', changes[CONFIG_URI] as TextEdit[]) } : {}) };
}

describe('scanComments', () => {
  it('blanks comments to spaces of the same length, keeps URLs, line endings and the front matter', () => {
    const text = '---\nnote: // not a comment\n---\r\nApply at https://x.org // kept\r\n  // gone\nGrade. // postwright-disable-line spelling\n';
    const scan = scanComments(text);
    assert.equal(scan.blanked.length, text.length);
    const blank = (n: number) => ' '.repeat(n);
    assert.equal(scan.blanked, `---\nnote: // not a comment\n---\r\nApply at https://x.org // kept\r\n${blank(9)}\nGrade. ${blank(35)}\n`);
    assert.deepEqual([...scan.commentLines], [4]);
    assert.deepEqual(scan.directives.map((d) => [d.kind, d.line, d.ids]), [['disable-line', 5, ['spelling']]]);
  });

  it('counts lines across lone CR, LF and CR LF breaks, and reads a comment on the last line with no break after it', () => {
    const text = 'a\rb // x\n\n// postwright-disable-next-line y\r\nc\r// last';
    const scan = scanComments(text);
    assert.equal(scan.blanked, `a\rb // x\n\n${' '.repeat(33)}\r\nc\r${' '.repeat(7)}`);
    assert.deepEqual([...scan.commentLines], [3, 5]);
    assert.deepEqual(scan.directives.map((d) => [d.kind, d.line, d.ids]), [['disable-next-line', 3, ['y']]]);
  });

  it('reads ids separated by commas or spaces, up to a reason', () => {
    const [d] = scanComments('x\n// postwright-disable-next-line a, b c -- because\n').directives;
    assert.deepEqual(d!.ids, ['a', 'b', 'c']);
    assert.equal(d!.idsEnd, '// postwright-disable-next-line a, b c'.length);
  });
});

describe('directives and the front matter', () => {
  const body = 'Teacher\n\nDuties\n- Teach the the class.\n- Plan the the day.\n';
  it('no ids silences every rule on the next line', () => {
    assert.deepEqual(rules(body, 'repeated-word'), [3, 4]);
    assert.deepEqual(rules(body.replace('- Teach', '// postwright-disable-next-line\n- Teach'), 'repeated-word'), [5]);
  });
  it('stacked directives both apply to the next content line', () => {
    const text = body.replace('- Teach', '// postwright-disable-next-line spelling\n// postwright-disable-next-line repeated-word\n- Teach');
    assert.deepEqual(rules(text, 'repeated-word'), [6]);
  });
  it('a block without enable runs to the end; enable with other ids leaves it on', () => {
    assert.deepEqual(rules(`// postwright-disable repeated-word\n${body}`, 'repeated-word'), []);
    assert.deepEqual(rules(body.replace('- Plan', '// postwright-enable spelling\n- Plan').replace('- Teach', '// postwright-disable\n- Teach'), 'repeated-word'), []);
  });
  it('front matter disable: [a, b] and bare a, b', () => {
    assert.deepEqual(rules(`---\ndisable: [spelling, repeated-word]\n---\n${body}`, 'repeated-word'), []);
    assert.deepEqual(rules(`---\ndisable: repeated-word\n---\n${body}`, 'repeated-word'), []);
    const hints = analyze(`---\ndisable: [nope]\n---\n${body}`, { today: TODAY }).findings.filter((f) => f.rule === 'unknown-rule');
    assert.deepEqual(hints.map((h) => [h.range.start.line, h.range.start.character, h.range.end.character]), [[1, 10, 14]]);
  });
  it('a fix whose edit would remove a directive is taken off its finding; other fixes stay', () => {
    const text = 'Teacher\n// postwright-disable-next-line spelling\nTeach. // postwright-disable-line age-coded\n';
    const scan = scanComments(text);
    const s = { scan, fileDisabled: new Set<string>(), frontMatterEnd: -1, allowed: new Set<string>() };
    const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
    const fix = (title: string, range: ReturnType<typeof r>) => ({ title, edits: [{ range, newText: '' }], safe: true });
    const finding = { rule: 'stray-line', severity: 'info' as const, message: 'm', range: r(0, 0, 0, 7), kind: null, fixes: [fix('spans the comment line', r(0, 7, 2, 0)), fix('eats the trailing directive', r(2, 5, 2, 20)), fix('keeps to the title', r(0, 0, 0, 3))] };
    const [kept] = applySuppressions([finding], s, scan.blanked.split('\n'));
    assert.deepEqual(kept!.fixes!.map((f) => f.title), ['keeps to the title']);
  });
});

describe('the "not here" actions', () => {
  const body = 'Teacher\n\nDuties\n    - Teach the the class.\n';
  it('Ignore here: a directive above with the line\'s indentation; a second rule joins it', () => {
    const once = action(body, 'repeated-word', 'Ignore repeated-word here').text;
    assert.equal(once, 'Teacher\n\nDuties\n    // postwright-disable-next-line repeated-word\n    - Teach the the class.\n');
    assert.deepEqual(rules(once, 'repeated-word'), []);
    // 'clases' is a slip for 'classes' ('clas' would read as the singular of 'class': typosOnly passes it)
    const withSpelling = once.replace('class', 'clases');
    const twice = action(withSpelling, 'spelling', 'Ignore spelling here').text;
    assert.equal(twice, withSpelling.replace('line repeated-word', 'line repeated-word, spelling'));
    assert.deepEqual(rules(twice, 'spelling'), []);
  });
  it('Ignore here on the title: above line 0 keeps the title line, a byte-order mark stays first', () => {
    const text = '\uFEFFTeacher\r\n\r\nDuties\r\n- Teach.\r\n';
    const out = action(text, 'missing-section', 'Ignore missing-section here').text;
    assert.equal(out, '\uFEFF// postwright-disable-next-line missing-section\r\nTeacher\r\n\r\nDuties\r\n- Teach.\r\n');
    assert.equal(analyze(out, { today: TODAY }).posting.title?.text, 'Teacher');
  });
  it('Ignore here with front matter: below it, never inside', () => {
    const text = '---\nprofile: generic\n---\nTeacher\n\nDuties\n- Teach.\n';
    const out = action(text, 'missing-section', 'Ignore missing-section here').text;
    assert.equal(out, '---\nprofile: generic\n---\n// postwright-disable-next-line missing-section\nTeacher\n\nDuties\n- Teach.\n');
    assert.equal(analyze(out, { today: TODAY }).findings.filter((f) => f.rule === 'missing-section').length, 0);
  });
  it('Disable in this file: adds to an existing list, or a key to existing front matter, keeping every other byte', () => {
    const fm = (v: string) => `---\nprofile: generic\n${v}---\n${body}`;
    assert.equal(action(fm('disable: [spelling]\n'), 'repeated-word', 'Disable repeated-word in this file').text, fm('disable: [spelling, repeated-word]\n'));
    assert.equal(action(fm('disable: []\n'), 'repeated-word', 'Disable repeated-word in this file').text, fm('disable: [repeated-word]\n'));
    assert.equal(action(fm('disable: spelling  \n'), 'repeated-word', 'Disable repeated-word in this file').text, fm('disable: spelling, repeated-word  \n'));
    assert.equal(action(fm(''), 'repeated-word', 'Disable repeated-word in this file').text, fm('disable: [repeated-word]\n'));
  });
  it('workspace: add a word to spelling given as a severity, allow a phrase, keep the rest', () => {
    const config = '{\n  "profile": "generic",\n  "rules": {\n    "spelling": "info"\n  }\n}\n';
    const text = 'Teacher\n\nDuties\n- Teach the clases every day.\n';
    const added = action(text, 'spelling', "Add 'clases' to the dictionary", config).config!;
    assert.equal(added, '{\n  "profile": "generic",\n  "rules": {\n    "spelling": {\n      "severity": "info",\n      "words": [\n        "clases"\n      ]\n    }\n  }\n}\n');
    const again = action(text, 'spelling', "Allow 'clases' in this workspace", added).config!;
    assert.ok(again.startsWith(added.slice(0, added.lastIndexOf('\n}'))), again);
    assert.deepEqual(JSON.parse(again).allow, ['clases']);
    assert.equal(analyze(text, { today: TODAY, rules: SPELLING_ON, workspace: { allow: ['CLASES'] } }).findings.filter((f) => f.rule === 'spelling').length, 0);
  });
  it('no workspace actions without a workspace file target', () => {
    const a = analyze(body, { today: TODAY });
    const d = toDiagnostics(a.findings).find((x) => x.code === 'repeated-word')!;
    const titles = codeActions(a, [d], { uri: URI, workspaceConfig: null }).map((x) => x.title);
    assert.ok(titles.includes('Ignore repeated-word here'));
    assert.ok(!titles.some((t) => t.includes('workspace')), titles.join(' | '));
  });
});
