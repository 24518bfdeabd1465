// gluesIn finds a field label glued to what comes before it only after a digit, a letter or ")"
// (the character is checked in code, not by a lookbehind that would be tried at every position),
// and skips lines that cannot hold a camel-case or a sentence glue before running those patterns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gluesIn } from '../../server/src/rules/glued-words.ts';

const at = (text: string, from = 0) => gluesIn(text, from).map((g) => [g.at, g.text]);

test('gluesIn: a label glued after a digit, a letter or a closing parenthesis, in any case', () => {
  assert.deepEqual(at('District 103JOB TITLE: Custodian'), [[12, '103JOB']]);
  assert.deepEqual(at('Req 2400134104Start Date 07/27/2026'), [[14, '2400134104Start']]);
  assert.deepEqual(at('Lincoln (K-5)Location: Main St'), [[13, '(K-5)Location:']]);
  assert.deepEqual(at('ABCreports to: Principal'), [[3, 'ABCreports']]);
});

test('gluesIn: a label after a space, a hyphen or at the line start is not glued', () => {
  assert.deepEqual(at('Job Title: Custodian'), []);
  assert.deepEqual(at('See the posting date: 5/1'), []);
  assert.deepEqual(at('Pre-close date: 5/1'), []);
  assert.deepEqual(at('location: Denver'), []);
});

test('gluesIn: a rejected label does not hide a glued one later on the line', () => {
  assert.deepEqual(at('the job id: 7 and 12job id: 8'), [[20, '12job']]);
  assert.deepEqual(at('x department division: 4'), []);
});

test('gluesIn: camel-case and sentence glues, and lines without them', () => {
  assert.deepEqual(at('managing behaviorThe Board'), [[17, 'behaviorThe']]);
  assert.deepEqual(at('by the Board of Education.Take part'), [[26, 'Education.Take']]);
  assert.deepEqual(at('Use PowerSchool and U.S.Army records. Then go.'), []);
  assert.deepEqual(at('plain text with no glue at all'), []);
  assert.deepEqual(at('- TitleCustodian', 2), [[7, 'TitleCustodian']]);
});
