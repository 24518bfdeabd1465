import { test } from 'node:test';
import { doc, ruleTable } from './helpers.ts';

const duties = (...lines: string[]) => ['Bus Mechanic', '', 'Essential Duties:', ...lines].join('\n');

ruleTable('mixed-verb-forms', {
  valid: [
    duties('- Plans and presents safety trainings for drivers.', '- Inspects and repairs brakes.'),
    // nouns joined to a plural: no verb has a bare form here
    duties('- Records and data entry for the fleet.', '- Tools and equipment are kept clean.'),
    // the second word has no third-person form the dictionary knows
    duties('- Orders and stocks parts. Maintains and updates logs.'),
    // outside the duty list the same words are nouns
    doc('Bus Mechanic', 'Benefits and leave are described in the handbook.'),
  ],
  invalid: [
    { text: duties('- Diagnoses and repair engines and transmissions.'), expect: ['Diagnoses and repair'] },
    { text: duties('- Keeps the shop tidy. Orders or receive parts as needed.'), expect: ['Orders or receive'] },
    { text: duties('1. Schedules and carry out preventive maintenance.'), expect: ['Schedules and carry'] },
  ],
}, test);

// The finding in full: its message, and the quick fix that writes the third-person form.
ruleTable('mixed-verb-forms', {
  valid: [],
  invalid: [
    {
      text: duties('- Diagnoses and repair engines.'),
      expect: ['Diagnoses and repair'],
      errors: [{ line: 4, messageId: 'mixed', data: { first: 'Diagnoses', joiner: 'and', second: 'repair', fixed: 'repairs' } }],
      output: duties('- Diagnoses and repairs engines.'),
    },
  ],
}, test);
