import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

ruleTable('garbled-text', {
  valid: [
    doc('Teacher', 'Students build pride and self-confidence.', 'Benefits & pay: see <https://example.org>.'),
    doc('Teacher', 'Salary: <Title> is template-text\'s, not garbled.'),
    doc('Teacher', 'Âge is not mojibake inside a word; R&D; is not an entity.'),
    // emphasis bound to its words, a footnote star and a divider of asterisks are not stray markers
    doc('Aide', '**Apply by Friday.**', 'Stipend paid in June*', '', '* * *', '*****'),
  ],
  invalid: [
    { text: doc('Coach', 'students should be taught in a way that builds pride. Â'), expect: ['Â'] },
    { text: doc('Helper', '<p>JOB TITLE: Helper</p> <p>REPORTS TO: Manager</p>'), expect: ['<p>'] },
    { text: doc('Helper', 'The district’s mission', 'The districtâ€™s mission&nbsp;today'), expect: ['â€™'] },
    { text: doc('Helper', 'Use &#39;safe&#39; tools<br/>daily'), expect: ['&#39;'] },
    { text: doc('Aide', 'Starting ** hourly wage: $17.10'), expect: ['** '] },
  ],
}, test);

test('garbled-text: the fix repairs mojibake and entities only, and says how many more', () => {
  const text = doc('Helper', 'The districtâ€™s mission&nbsp;is <b>clear</b>');
  const [f] = run('garbled-text', text);
  assert.match(f!.message, /and 3 more/);
  assert.equal(applyEdits(text, f!.fixes[0]!.edits), doc('Helper', 'The district’s mission is <b>clear</b>'));
  assert.equal(f!.fixes[0]!.safe, true);
});

// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('garbled-text', {
  valid: [],
  invalid: [
    {
      text: doc('Helper', 'The district’s mission', 'The districtâ€™s mission&nbsp;today'),
      expect: ['â€™'],
      errors: [{ line: 3, messageId: 'garbledMore', data: { text: 'â€™', more: 1, kinds: 'mis-decoded characters and an HTML entity' } }],
      output: doc('Helper', 'The district’s mission', 'The district’s mission today'),
    },
    {
      // a lone mis-decoded character has no safe repair
      text: doc('Coach', 'students should be taught in a way that builds pride. Â'),
      expect: ['Â'],
      errors: [{ line: 2, messageId: 'garbled', data: { text: 'Â', more: 0, kinds: 'mis-decoded characters' } }],
      output: null,
    },
  ],
}, test);

test('garbled-text: a stray bold marker goes with one of its spaces', () => {
  const text = doc('Aide', 'Starting ** hourly wage: $17.10');
  const [f] = run('garbled-text', text);
  assert.equal(applyEdits(text, f!.fixes[0]!.edits), doc('Aide', 'Starting hourly wage: $17.10'));
  assert.match(f!.message, /'\*\*' \(a stray Markdown bold marker\)/);
});

test('garbled-text: the same garble on many lines is one warning; the later lines are information with their repair', () => {
  const text = doc('Custodian', 'Keeps the gym clean.Â', 'Â', '- Â Sweeps the halls.', 'The floors are waxed<br/>in June.');
  const found = run('garbled-text', text);
  assert.deepEqual(
    found.map((f) => [f.line, f.severity ?? 'warning', f.messageId]),
    [
      [2, 'warning', 'garbled'],
      [3, 'info', 'again'],
      [4, 'info', 'again'],
      // another kind of garble (an HTML tag) is its own warning
      [5, 'warning', 'garbled'],
    ],
  );
  assert.match(found[1]!.message, /as line 2/);
  const curly = run('garbled-text', doc('Aide', 'The aideâ€™s day', 'The roomâ€™s door'));
  assert.equal(curly[1]!.severity, 'info');
  assert.equal(applyEdits(doc('Aide', 'The aideâ€™s day', 'The roomâ€™s door'), curly[1]!.fixes[0]!.edits), doc('Aide', 'The aideâ€™s day', 'The room’s door'));
});
