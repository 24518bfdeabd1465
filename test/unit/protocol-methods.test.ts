// Postwright's own LSP methods are declared once, in server/src/protocol.ts, as typed
// RequestType/NotificationType; client and server use those objects. A quoted 'postwright/…'
// method name anywhere else in client/src or server/src is a second declaration that can drift.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as protocol from '../../server/src/protocol.ts';

const PROTOCOL_MODULE = join('server', 'src', 'protocol.ts');
const QUOTED_METHOD = /(['"`])postwright\/[A-Za-z]+\1/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('custom protocol', () => {
  it('no quoted postwright/ method name outside server/src/protocol.ts', () => {
    const offenders = [...sourceFiles(join('server', 'src')), ...sourceFiles(join('client', 'src'))]
      .filter((file) => file !== PROTOCOL_MODULE)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(QUOTED_METHOD)].map((m) => `${file}: ${m[0]}`));
    assert.deepEqual(offenders, []);
  });

  it('declares every method once, as a typed request or notification', () => {
    const methods = Object.values(protocol as Record<string, unknown>)
      .filter((value): value is { method: string } => typeof value === 'object' && value !== null && typeof (value as { method?: unknown }).method === 'string')
      .map((type) => type.method);
    assert.deepEqual(new Set(methods).size, methods.length);
    for (const method of ['postwright/trust', 'postwright/exportJsonLd', 'postwright/report', 'postwright/templates', 'postwright/skeleton', 'postwright/sections', 'postwright/sectionInsert']) {
      assert.ok(methods.includes(method), `${method} is declared`);
    }
    const declared = readFileSync(PROTOCOL_MODULE, 'utf8').match(QUOTED_METHOD) ?? [];
    assert.equal(declared.length, methods.length, 'every quoted method in the protocol module is an exported type');
  });
});
