import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

ruleTable('garbled-text', {
  valid: [
    doc('Teacher', 'Students build pride and self-confidence.', 'Benefits & pay: see <https://example.org>.'),
    doc('Teacher', 'Salary: <Title> is template-text\'s, not garbled.'),
    doc('Teacher', 'Âge is not mojibake inside a word; R&D; is not an entity.'),
  ],
  invalid: [
    { text: doc('Coach', 'students should be taught in a way that builds pride. Â'), expect: ['Â'] },
    { text: doc('Helper', '<p>JOB TITLE: Helper</p> <p>REPORTS TO: Manager</p>'), expect: ['<p>'] },
    { text: doc('Helper', 'The district’s mission', 'The districtâ€™s mission&nbsp;today'), expect: ['â€™'] },
    { text: doc('Helper', 'Use &#39;safe&#39; tools<br/>daily'), expect: ['&#39;'] },
  ],
}, test);

test('garbled-text: the fix repairs mojibake and entities only, and says how many more', () => {
  const text = doc('Helper', 'The districtâ€™s mission&nbsp;is <b>clear</b>');
  const [f] = run('garbled-text', text);
  assert.match(f!.message, /and 3 more/);
  assert.equal(applyEdits(text, f!.fixes[0]!.edits), doc('Helper', 'The district’s mission is <b>clear</b>'));
  assert.equal(f!.fixes[0]!.safe, true);
});
