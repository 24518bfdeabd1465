import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, doc, ruleTable, run } from './helpers.ts';

test('stray-line: a lone full stop', () => {
  const text = doc('Manager', '', 'Summary text here.', '', '    .', '', 'Responsibilities:');
  const found = run('stray-line', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.equal(applyEdits(text, found[0]!.fixes[0]!.edits), doc('Manager', '', 'Summary text here.', '', '', 'Responsibilities:'));
});

test('stray-line: sentences and bullets pass', () => {
  assert.deepEqual(run('stray-line', doc('Manager', '', 'Summary text here.', '- A bullet.')), []);
});

test('stray-line: a bullet marker split from every item is one finding for the list, with one fix for all', () => {
  const text = doc('Cook', '', 'DUTIES', '-', 'Help prepare foods.', '-', 'Follow the schedule.', '-', 'Work the serving line.');
  const found = run('stray-line', text);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 4);
  assert.match(found[0]!.message, /on 3 lines \(4-8\)/);
  assert.equal(
    applyEdits(text, found[0]!.fixes[0]!.edits),
    doc('Cook', '', 'DUTIES', 'Help prepare foods.', 'Follow the schedule.', 'Work the serving line.'),
  );
});

test('stray-line: table borders, some adjacent, are one block; a different mark or a far one starts another', () => {
  const text = doc(
    'Custodian',
    '|',
    'File Number: 605',
    '|',
    '|',
    '|',
    'Job Objectives',
    '|',
    '',
    '.',
    'One.',
    'Two.',
    'Three.',
    'Four.',
    '.',
  );
  const found = run('stray-line', text);
  assert.deepEqual(
    found.map((f) => f.line),
    [2, 10, 15],
  );
  assert.equal(
    applyEdits(text, found[0]!.fixes[0]!.edits),
    doc('Custodian', 'File Number: 605', 'Job Objectives', '', '.', 'One.', 'Two.', 'Three.', 'Four.', '.'),
  );
  assert.equal(run('stray-line', text, { options: { maxLinesBetween: 4 } }).length, 2);
});
test('stray-line: lone "|" lines far apart are one flattened table, reported once where its bordered rows start', () => {
  const text = doc(
    'Summer Aide',
    'Post: | Summer aide |',
    'Term: | July to August |',
    'Sites:',
    'North Campus',
    'South Campus',
    '|',
    'Duties:',
    'Helps students in small groups.',
    'Keeps attendance.',
    'Sets up the room.',
    'Cleans up the room.',
    '|',
    'Requirements:',
    '|',
  );
  const found = run('stray-line', text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.equal(found[0]!.line, 2);
  assert.match(found[0]!.message, /^Table residue: .* from line 2, with '\|' alone on 3 line\(s\) \(7-15\)/);
  // the fix deletes the lone lines only; the bordered rows keep their text
  assert.equal(
    applyEdits(text, found[0]!.fixes[0]!.edits),
    doc('Summer Aide', 'Post: | Summer aide |', 'Term: | July to August |', 'Sites:', 'North Campus', 'South Campus', 'Duties:', 'Helps students in small groups.', 'Keeps attendance.', 'Sets up the room.', 'Cleans up the room.', 'Requirements:'),
  );
  // without bordered rows the lone "|" lines are still one block, on the first of them
  const bare = doc('Summer Aide', 'Sites:', '|', 'North Campus', 'South Campus', 'East Campus', 'West Campus', 'Mid Campus', '|');
  assert.deepEqual(run('stray-line', bare).map((f) => f.line), [3]);
});

ruleTable(
  'stray-line',
  {
    valid: [doc('Manager', '', 'Summary text here.', '- A bullet.')],
    invalid: [
      {
        text: doc('Manager', '', 'Summary text here.', '', '    .', '', 'Responsibilities:'),
        expect: ['.'],
        errors: [{ line: 5, messageId: 'stray', data: { text: '.', count: 1, first: 5, last: 5 } }],
        output: doc('Manager', '', 'Summary text here.', '', '', 'Responsibilities:'),
      },
    ],
  },
  test,
);

test('stray-line: a divider line (ten or more of one mark) is a leftover; a Markdown underline is not', () => {
  const text = doc(
    'Teacher',
    '',
    'Duties',
    'Teaches.',
    '',
    '   ****************************************   ',
    '',
    'Benefits',
    'Health plan.',
    '',
    '_______________________________',
  );
  const found = run('stray-line', text);
  assert.deepEqual(
    found.map((f) => [f.line, f.messageId]),
    [
      [6, 'divider'],
      [11, 'divider'],
    ],
  );
  assert.equal(
    applyEdits(text, found[0]!.fixes[0]!.edits),
    doc('Teacher', '', 'Duties', 'Teaches.', '', '', 'Benefits', 'Health plan.', '', '_______________________________'),
  );
  for (const kept of [doc('Teacher', '', 'Duties', '----------', 'Teaches.'), doc('Teacher', '', 'Pay: $40,000 — $50,000')]) {
    assert.deepEqual(run('stray-line', kept), [], kept);
  }
});

// An answer ("Not Applicable", "None specified") standing alone after a finished paragraph: its label was lost.
ruleTable('stray-line', {
  valid: [
    doc('Teacher', '', 'Budget Responsibility:', '', 'N/A'),
    doc('Teacher', '', 'Requirements', '', 'None'),
    // a flattened row of fields ending in a bare label: the answer is that field's value
    doc('Clerk', '', 'Operates a District Vehicle No Supervises Staff No Overnight Travel', '', 'N/A'),
    doc('Teacher', '', 'Certification: None required.'),
  ],
  invalid: [
    {
      text: doc('Custodian', '', 'Primary Purpose:', 'Keeps the buildings clean and safe so that classes can run every day.', '', '', 'None specified', '', 'Duties', '- Sweeps floors.'),
      expect: ['None specified'],
      errors: [{ line: 7, messageId: 'answer', data: { text: 'None specified' } }],
      output: doc('Custodian', '', 'Primary Purpose:', 'Keeps the buildings clean and safe so that classes can run every day.', '', '', '', 'Duties', '- Sweeps floors.'),
    },
  ],
}, test);
ruleTable('stray-line', { valid: [doc('Custodian', '', 'Primary Purpose:', 'Keeps the buildings clean and safe so that classes can run every day.', '', 'None specified')], invalid: [], options: { answers: false } }, test);
