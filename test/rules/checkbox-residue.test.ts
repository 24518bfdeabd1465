// checkbox-residue: a form's tick boxes flattened into text, one finding per block of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFound, doc, ruleTable, run } from './helpers.ts';

ruleTable('checkbox-residue', {
  valid: [
    doc('Custodian', '', 'FLSA Status: Non-Exempt', 'Status: Full Time'),
    // a signature line and a fill-in blank in a sentence are not boxes
    doc('Custodian', '', 'Employee signature: ____________', 'Return the form by ___ days after the offer.'),
    doc('Teacher', '', 'Duties', '- Reads aloud (daily) to the class.', '- Keeps [the] records.'),
    // a lone letter with no options above it
    doc('Teacher', '', 'Grade levels:', '', 'Section X', 'X'),
  ],
  invalid: [
    {
      text: doc('Custodian', '', 'FLSA Status: __ Exempt _X_ Non-Exempt'),
      expect: ['FLSA Status: __ Exempt _X_ Non-Exempt'],
      errors: [{ line: 3, messageId: 'boxes', data: { text: 'FLSA Status: __ Exempt _X_ Non-Exempt' } }],
    },
    { text: doc('Cook', '', 'Schedule: ☐ Full Time ☒ Part Time'), expect: ['Schedule: ☐ Full Time ☒ Part Time'] },
    { text: doc('Cook', '', 'Pay basis: [X] Hourly [ ] Salary'), expect: ['Pay basis: [X] Hourly [ ] Salary'] },
    {
      // rows of one form are one finding
      text: doc('Driver', '', 'Wage status: ___ Exempt _X_ Non-Exempt', 'Hours: _X_ Full Time ___ Part Time', '_X_ Hourly ___ Salary', '', 'Duties', 'Drives the route.'),
      expect: ['Wage status: ___ Exempt _X_ Non-Exempt\nHours: _X_ Full Time ___ Part Time\n_X_ Hourly ___ Salary'],
      errors: [{ line: 3, messageId: 'block', data: { first: 3, last: 5, text: 'Wage status: ___ Exempt _X_ Non-Exempt' } }],
    },
    {
      // a checkbox column copied one cell a line: the options, then the tick
      text: doc('Technician', '', 'FLSA Status:', 'EXEMPT', 'NON EXEMPT', 'X', 'Duties:', 'Repairs computers.'),
      expect: ['EXEMPT\nNON EXEMPT\nX'],
      errors: [{ line: 4, messageId: 'block', data: { first: 4, last: 6, text: 'EXEMPT' } }],
    },
  ],
}, test);

ruleTable('checkbox-residue', { valid: [doc('Technician', '', 'FLSA Status:', 'EXEMPT', 'NON EXEMPT', 'X', 'Duties:', 'Repairs computers.')], invalid: [], options: { optionColumns: false } }, test);

test('checkbox-residue: a directive on the line above silences it', () => {
  const text = doc('Cook', '', '// postwright-disable-next-line checkbox-residue', 'Schedule: ☐ Full Time ☒ Part Time');
  assert.equal(run('checkbox-residue', text).length, 1, 'the rule itself still sees the boxes');
  assert.deepEqual(analyzeFound(text).filter((f) => f.rule === 'checkbox-residue'), []);
});
