// Bullet completion follows the posting's role family: a custodian's Responsibilities offer custodial
// duties, a bus driver's driving duties, and neither ever offers a principal's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeItems } from '../../server/src/features/completion.ts';
import { parse } from '../../server/src/model/parse.ts';
import { generic } from '../../server/src/profiles/builtin.ts';
import { BUILTIN_TEMPLATES } from '../../server/src/templates/index.ts';

const TODAY = '2026-11-23';

function bulletLabelsAt(title: string): string[] {
  const text = `${title}\nSpringfield Public Schools\n\nResponsibilities:\n- Report to the supervisor each morning.\n- \n`;
  const posting = parse(text);
  return completeItems({ posting, profile: generic, templates: BUILTIN_TEMPLATES }, { line: 5, character: 2 }, { today: TODAY }).map((i) => i.label);
}

const PRINCIPAL_SUPPORT = /principal|leadership teams/i;

describe('completion: bullets follow the role family of the title', () => {
  it("a custodian's Responsibilities offer cleaning duties, never principal support", () => {
    const labels = bulletLabelsAt('Custodian');
    assert.ok(labels.some((l) => /clean/i.test(l)), labels.join('\n'));
    assert.ok(!labels.some((l) => PRINCIPAL_SUPPORT.test(l)), labels.join('\n'));
  });
  it("a bus driver's Responsibilities offer driving and safety duties, never principal support", () => {
    const labels = bulletLabelsAt('School Bus Driver');
    assert.ok(labels.some((l) => /\bbus\b|traffic/i.test(l)), labels.join('\n'));
    assert.ok(!labels.some((l) => /clean.*restroom|chalkboard/i.test(l)), labels.join('\n'));
    assert.ok(!labels.some((l) => PRINCIPAL_SUPPORT.test(l)), labels.join('\n'));
  });
  it('a title no family claims gets no family’s duties (not every family’s)', () => {
    const labels = bulletLabelsAt('Crossing Guard');
    assert.ok(!labels.some((l) => PRINCIPAL_SUPPORT.test(l) || /\bbus\b|chalkboard/i.test(l)), labels.join('\n'));
  });
});
