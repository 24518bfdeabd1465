// A new, blank posting over stdio: one information diagnostic inviting to start from a template, not
// a warning per missing section; the first words typed bring the ordinary checks back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspClient } from './client.ts';

describe('LSP: a blank posting is invited, not scolded', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: false });
  });
  after(async () => {
    await client?.stop();
  });

  it('publishes one information diagnostic with the start-from-template code for blank text', async () => {
    const uri = 'untitled:blank.posting';
    await client.open(uri, '\n  \n\n', 'job-posting', 1);
    const p = await client.waitForVersion(uri, 1);
    assert.equal(p.diagnostics.length, 1, JSON.stringify(p.diagnostics));
    const [d] = p.diagnostics as Array<{ severity: number; code: string; message: string }>;
    assert.equal(d!.severity, 3);
    assert.equal(d!.code, 'start-from-template');
    assert.match(d!.message, /template/);
    await client.change(uri, 2, [{ text: 'Custodian\n\nResponsibilities:\n' }]);
    const q = await client.waitForVersion(uri, 2);
    assert.ok(!q.diagnostics.some((x) => (x as { code?: string }).code === 'start-from-template'));
    assert.ok(q.diagnostics.length > 0, 'a posting with text is checked');
    await client.close(uri);
  });
});
