// Inserted headings follow the posting's own heading style: ALL CAPS with a colon in a posting that
// writes them so, Title Case in one that does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../server/src/model/parse.ts';
import { generic } from '../../server/src/profiles/builtin.ts';
import { headingStyleOf, styleHeading } from '../../server/src/facts/headingStyle.ts';
import { sectionInsertion } from '../../server/src/features/sectionInsert.ts';
import { BUILTIN_TEMPLATES } from '../../server/src/templates/index.ts';

const CAPS = 'Head Custodian\nLakeview Schools\n\nJOB SUMMARY:\nKeeps the school clean.\n\nRESPONSIBILITIES:\n- Clean floors\n\nQUALIFICATIONS:\n- Diploma\n';
const TITLE = 'Head Custodian\nLakeview Schools\n\nJob Summary\nKeeps the school clean.\n\nResponsibilities\n- Clean floors\n\nQualifications\n- Diploma\n';

describe('heading style of a posting', () => {
  it('reads ALL CAPS with colon, and Title Case without', () => {
    assert.deepEqual(headingStyleOf(parse(CAPS)), { case: 'upper', colon: true });
    assert.deepEqual(headingStyleOf(parse(TITLE)), { case: 'title', colon: false });
    assert.equal(headingStyleOf(parse('Head Custodian\n')), null);
  });
  it('writes a template heading in that style', () => {
    assert.equal(styleHeading('Equal Employment Opportunity', { case: 'upper', colon: true }), 'EQUAL EMPLOYMENT OPPORTUNITY:');
    assert.equal(styleHeading('EQUAL EMPLOYMENT OPPORTUNITY:', { case: 'title', colon: false }), 'Equal Employment Opportunity');
    assert.equal(styleHeading('How to Apply', null), 'How to Apply');
  });
  it('Insert Section uses the posting’s style for the inserted heading', () => {
    const caps = sectionInsertion({ posting: parse(CAPS), profile: generic, templates: BUILTIN_TEMPLATES }, 'eeo', '2026-11-23').text;
    assert.match(caps, /\n[A-Z ]+:\n/, caps);
    const title = sectionInsertion({ posting: parse(TITLE), profile: generic, templates: BUILTIN_TEMPLATES }, 'eeo', '2026-11-23').text;
    assert.match(title, /\n(?:[A-Z][a-z]+ ?)+\n/, title);
    assert.doesNotMatch(title, /^[^a-z\n]+:?$/m);
  });
});
