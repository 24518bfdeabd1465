// The bundles are ASCII-only (esbuild.mjs rewrites them with scripts/ascii-only.mjs), so V8 keeps
// the server's source as one byte a character. The rewrite must not change what the code means:
// regular expressions with non-ASCII characters match exactly as before, with and without the u flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asciiOnly } from '../../scripts/ascii-only.mjs';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** The value of a JavaScript expression (the test's own literals, rewritten). */
function evaluate(expression: string): unknown {
  return new Function(`return (${expression});`)() as unknown;
}

test('asciiOnly: escapes every non-ASCII code unit and keeps ASCII text byte for byte', () => {
  const code = 'const dash = /[–—-]/; // “quoted”\nconst plain = "a\\\\b";';
  const out = asciiOnly(code);
  assert.match(out, /^[\x00-\x7f]*$/);
  assert.equal(out, 'const dash = /[\\u2013\\u2014-]/; // \\u201Cquoted\\u201D\nconst plain = "a\\\\b";');
  assert.equal(asciiOnly('plain ASCII'), 'plain ASCII');
});

test('asciiOnly: regular expressions match the same strings after the rewrite', () => {
  const cases: Array<[string, string[]]> = [
    ['/^[‘’]s$/', ['’s', '‘s', "'s"]],
    ['/résumé|cv/i', ['RÉSUMÉ', 'resume', 'CV']],
    ['/^\\—$/', ['—', '\\—', '-']], // an identity escape of a non-ASCII character
    ['/^\\\\—$/', ['\\—', '—']], // an escaped backslash, then the character
    ['/^😀$/u', ['😀', '\ud83d']],
    ['/^[😀x]$/u', ['😀', 'x', '\ude00']],
    ['/^😀$/', ['😀']],
  ];
  for (const [literal, inputs] of cases) {
    const before = evaluate(literal) as RegExp;
    const after = evaluate(asciiOnly(literal)) as RegExp;
    assert.match(asciiOnly(literal), /^[\x00-\x7f]*$/);
    for (const input of inputs) assert.equal(after.test(input), before.test(input), `${literal} on ${JSON.stringify(input)}`);
    assert.equal(after.flags, before.flags);
  }
});

test('bundles in dist/ are ASCII-only', (t) => {
  const bundles = ['server.js', 'server-main.js', 'cli.js', 'client.js'].map((f) => join(dist, f)).filter((f) => existsSync(f));
  if (bundles.length === 0) {
    t.skip('dist/ not built (npm run build)');
    return;
  }
  for (const file of bundles) {
    const text = readFileSync(file, 'latin1');
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `${file}: non-ASCII byte at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`);
  }
});
