// Every contributed setting declares its scope, so VS Code offers it per folder where the server
// reads it per document (resource) and keeps window-wide ones out of folder settings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { scope?: string }> } };
};

describe('contributed settings', () => {
  it('each declares a scope; the analysis settings are per resource', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const [key, property] of Object.entries(properties)) {
      assert.ok(['application', 'machine', 'window', 'resource', 'language-overridable', 'machine-overridable'].includes(property.scope ?? ''), `${key} has no valid scope`);
    }
    assert.equal(properties['postwright.rules']?.scope, 'resource');
    assert.equal(properties['postwright.profile']?.scope, 'resource');
  });
});
