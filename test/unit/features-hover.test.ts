import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import { hover } from '../../server/src/features/hover.ts';
import { escapeMarkdown } from '../../server/src/facts/escape.ts';
import { FIELD_DOCS, KIND_DOCS } from '../../server/src/features/kindDocs.ts';
import { SECTION_KINDS } from '../../server/src/model/posting.ts';
import type { Profile } from '../../server/src/profiles/types.ts';
import { fixture } from '../lsp/fixtures/posting.ts';
import { parse } from '../../server/src/model/parse.ts';

const profile: Profile = {
  id: 'test',
  name: 'Test District',
  state: 'IL',
  detect: [],
  required: ['education', 'salary'],
  recommended: ['summary'],
  order: [],
  boilerplate: {},
};

function text(h: ReturnType<typeof hover>): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

describe('features/hover', () => {
  it("explains a heading: purpose, contents, and the profile's requirement", () => {
    const h = hover(fixture(), { line: 8, character: 3 }, profile);
    const value = text(h);
    assert.match(value, /Education Required/);
    assert.match(value, /`education`/);
    assert.ok(value.includes(KIND_DOCS.education.purpose));
    assert.match(value, /Required by the \*\*Test District\*\* profile/);
    assert.deepEqual(h!.range, fixture().sections[3].heading!.range);
  });

  it('follows the role the title names, as missing-section does (no degree asked of a custodian)', () => {
    const posting = parse('Custodian\n\nEducation\n- High school diploma.\n');
    const value = text(hover(posting, { line: 2, character: 1 }, profile));
    assert.match(value, /Not required by the \*\*Test District\*\* profile for a custodian posting/);
  });

  it('says when the profile only recommends or does not require a kind', () => {
    assert.match(text(hover(fixture(), { line: 5, character: 0 }, profile)), /Recommended by/);
    const noProfileLine = text(hover(fixture(), { line: 5, character: 0 }));
    assert.doesNotMatch(noProfileLine, /profile/);
  });

  it('treats the whole heading line as the heading, but not inline content', () => {
    assert.match(text(hover(fixture(), { line: 11, character: 2 }, profile)), /`salary`/);
    assert.equal(hover(fixture(), { line: 11, character: 15 }, profile), null);
  });

  it('explains a field label', () => {
    const value = text(hover(fixture(), { line: 2, character: 4 }));
    assert.match(value, /Job Number/);
    assert.ok(value.includes(FIELD_DOCS.job_number.description));
    // On the value it is not the label.
    assert.equal(hover(fixture(), { line: 2, character: 14 }), null);
  });

  it('explains the title line', () => {
    assert.match(text(hover(fixture(), { line: 0, character: 5 })), /`title`/);
  });

  it('is null on body text and blank lines', () => {
    assert.equal(hover(fixture(), { line: 6, character: 5 }), null);
    assert.equal(hover(fixture(), { line: 1, character: 0 }), null);
  });

  it('has a specific text for every kind', () => {
    for (const kind of SECTION_KINDS) {
      const doc = KIND_DOCS[kind];
      assert.ok(doc.label && doc.purpose.length > 20 && doc.holds.length >= 1 && doc.headings.length >= 1, kind);
    }
    const purposes = new Set(SECTION_KINDS.map((k) => KIND_DOCS[k].purpose));
    assert.equal(purposes.size, SECTION_KINDS.length, 'each kind has its own purpose text');
  });

  it('escapes markdown in user text', () => {
    assert.equal(escapeMarkdown('**Pay** [link](x) _a_'), '\\*\\*Pay\\*\\* \\[link\\]\\(x\\) \\_a\\_');
  });
});
