// Every rule in the registry has its RuleTester-style table (ruleTable in helpers.ts) in
// test/rules/<id>.test.ts: valid postings it passes, invalid ones with the findings it must make.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/rules/index.ts';

test('every registered rule has a valid/invalid table in test/rules/<id>.test.ts', () => {
  const without = rules
    .map((r) => r.meta.id)
    .filter((id) => {
      const file = join(import.meta.dirname, `${id}.test.ts`);
      // ruleTable( then the id as its first argument, however the call is formatted
      return !existsSync(file) || !new RegExp(`ruleTable\\(\\s*'${id}'`).test(readFileSync(file, 'utf8'));
    });
  assert.deepEqual(without, []);
});
