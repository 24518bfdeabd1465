import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis.ts';
import { toDiagnostic } from '../../server/src/features/diagnostics.ts';
import { doc, ruleTable, run } from './helpers.ts';
import { isTypoOf } from '../../server/src/rules/spelling.ts';
import { englishDictionary } from '../../server/src/rules/dictionary.ts';

ruleTable('spelling', {
  valid: [
    doc('Teacher', 'The teacher plans lessons and grades student work.'),
    // words with letters outside ASCII are whole words, never cut at the accent ('entr' + 'es')
    doc('Cook', 'Prepares entrées for the café line with Ms. Nuñez and reviews each résumé.'),
    // ... also when an accent, or a letter outside the Basic Multilingual Plane, joins a slip's
    // letters across a hyphen or an apostrophe ('teachr' alone is a slip, see below)
    doc('Cook', 'Works with é-teachr and teachr-é, teachr’ñ and 𝐀teachr and teachr𝐀 staff.'),
    // school and HR vocabulary, hyphenated prefixes, possessives
    doc('Aide', 'The paraeducator supports IEP goals, pre-trip checks and the district’s co-curricular programs.'),
    // 'de-' as a prefix: crisis de-escalation is a behaviour-support skill postings ask for
    doc('Aide', 'Uses de-escalation strategies with students in crisis.'),
    // names: capitalised mid-sentence, a line that is not a sentence, a capitalised pair
    doc('Teacher', 'Located in St. Helens, apply to Duanesburg schools.', 'Henrico, VA 23223', 'Colton School District (4 day week)'),
    // acronyms, addresses, numbers, words with digits, mixed case
    doc('Teacher', 'Apply at https://sthelens.tedk12.com/hire or hr@examplek12.org by 5pm; use PowerSchool and NMPED forms.'),
    // long all-caps words that are words or no slip from one (an agency's name), and short acronyms
    doc('Custodian', 'GENERAL RESPONSIBILITIES', 'Report to the WESTBROOK facilities office; follow OSHA and NIOSH rules.'),
    // a long capitalised surname one slip from a word is a name, not a slip
    doc('Clerk', 'Contact: Jan Hollidays', 'Questions go to the office.'),
  ],
  invalid: [
    { text: doc('Substitute', 'A fee of $50 for intitial licensure is due.'), expect: ['intitial'] },
    { text: doc('Teacher', 'Applicants with recentteaching experience apply.'), expect: ['recentteaching'], options: { typosOnly: false } },
    { text: doc('Teacher', 'Onlline training is required.'), expect: ['Onlline'] },
    { text: doc('Cook', 'Works with the teachr and the é staff.'), expect: ['teachr'] },
    // a slip in a long all-caps heading word or notice, its suggestion in capitals
    { text: doc('Clerk', 'ESSENTIAL FUNCATIONS', 'Files the records of the MUNCIPAL office.'), expect: ['MUNCIPAL', 'FUNCATIONS'] },
  ],
}, test);

test('spelling: a slip in a long all-caps word suggests the word in capitals', () => {
  const [f] = run('spelling', doc('Clerk', 'CIVIL SERVICE COMMISION', 'Files the records.'));
  assert.equal(f?.data?.word, 'COMMISION');
  assert.ok(f?.fixes?.some((x) => x.edits[0]!.newText === 'COMMISSION'));
});

test('spelling: the words option accepts the user\'s words, in any case', () => {
  assert.deepEqual(run('spelling', doc('Teacher', 'The teacher plans intitial lessons.'), { options: { words: ['Intitial'] } }), []);
});

test('spelling: workspace and user word lists are joined', () => {
  const text = doc('Teacher', 'Plans intitial lessons and onlline forms.');
  const found = (workspace: string[], user: string[]) =>
    analyze(text, { today: '2026-06-01', workspace: { rules: { spelling: { severity: 'info', words: workspace } } }, rules: { spelling: { words: user } } }).findings.filter((f) => f.rule === 'spelling').map((f) => f.data?.word);
  assert.deepEqual(found(['intitial'], []), ['onlline']);
  assert.deepEqual(found(['intitial'], ['onlline']), []);
  assert.deepEqual(found([], ['onlline']), ['intitial']);
});

test('spelling: the finding carries the word to the diagnostic for "Add to dictionary"', () => {
  const text = doc('Teacher', 'The teacher plans intitial lessons.');
  // A warning by default; a writer may turn it off or change its severity.
  assert.deepEqual(
    analyze(text, { today: '2026-06-01' }).findings.filter((x) => x.rule === 'spelling').map((x) => x.severity),
    ['warning'],
  );
  assert.deepEqual(analyze(text, { today: '2026-06-01', rules: { spelling: 'off' } }).findings.filter((x) => x.rule === 'spelling'), []);
  const a = analyze(text, { today: '2026-06-01', rules: { spelling: 'info' } });
  const f = a.findings.find((x) => x.rule === 'spelling')!;
  assert.deepEqual(f.data, { word: 'intitial' });
  assert.equal(f.severity, 'info');
  assert.equal((toDiagnostic(f).data as { word?: string }).word, 'intitial');
  assert.ok(f.fixes?.some((x) => x.edits[0]!.newText === 'initial' && !x.safe));
});

test('spelling: by default only typing slips are reported; typosOnly: false reports every unknown word', () => {
  const text = doc('Teacher', 'Plans instuctional lessons, cetification reviews and quicklink forms for daycares.');
  assert.deepEqual(
    run('spelling', text).map((f) => f.text),
    ['instuctional', 'cetification'],
  );
  assert.deepEqual(
    run('spelling', text, { options: { typosOnly: false } }).map((f) => f.text),
    ['instuctional', 'cetification', 'quicklink'],
  );
});

test('spelling: isTypoOf tells slips from spelling variants', () => {
  for (const [word, suggestion] of [['plannin', 'planning'], ['onlline', 'online'], ['eoligible', 'eligible'], ['teh', 'the'], ['lassroom', 'classroom']])
    assert.equal(isTypoOf(word!, suggestion!), true, `${word} → ${suggestion}`);
  for (const [word, suggestion] of [
    ['daycares', 'daycare'],
    ['mathematic', 'mathematics'],
    ['counselling', 'counseling'],
    ['benefitted', 'benefited'],
    ['judgement', 'judgment'],
    ['theatre', 'theater'],
    ['daycares', "daycare's"],
    ['buddying', 'muddying'],
  ])
    assert.equal(isTypoOf(word!, suggestion!), false, `${word} → ${suggestion}`);
});
// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('spelling', {
  valid: [],
  invalid: [
    {
      text: doc('Substitute', 'A fee of $50 for intitial licensure is due.'),
      expect: ['intitial'],
      errors: [{ line: 2, messageId: 'unknownWithSuggestions', data: { word: 'intitial', suggestions: "'initial'" } }],
      output: doc('Substitute', 'A fee of $50 for initial licensure is due.'),
    },
  ],
}, test);

test('spelling: the dictionary finds the words one slip away, in the word\'s case, and knows case forms', () => {
  const checker = englishDictionary()!;
  assert.ok(checker.correct('classroom') && checker.correct('Classroom') && checker.correct('CLASSROOM'));
  assert.ok(checker.correct('district’s'), 'a curly apostrophe reads as a straight one');
  assert.ok(!checker.correct('clasroom') && !checker.correct('monday'), 'a name in lower case is not the name');
  assert.ok(checker.slips('clasroom').includes('classroom'), 'a letter left out');
  assert.ok(checker.slips('Teahcer').includes('Teacher'), 'two neighbours swapped, capital kept');
  assert.ok(checker.slips('scheduule').includes('schedule'), 'a letter too many');
  assert.ok(!checker.slips('budgetary').includes('budget'), 'two letters away is not a slip');
});

test('spelling: a capitalised slip at a sentence start is reported with a capitalised suggestion', () => {
  const found = run('spelling', doc('Teacher', 'Plans lessons. Instuctional aides help.'));
  assert.deepEqual(found.map((f) => f.text), ['Instuctional']);
  assert.match(found[0]!.message, /'Instructional'/);
});

test('spelling: header fields and headings: lower-case slips are reported, capitalised words (names, title case) are not', () => {
  const text = ['Bus Aide', '', 'Location: Marlow Ridge Elementry', 'Hours: varies by rout', 'Shift: two diferent shifts', '', 'Duties (if aplicable)', '', 'Rides the bus and helps students.'].join('\n');
  assert.deepEqual(run('spelling', text).map((f) => f.text), ['diferent', 'aplicable']);
});
