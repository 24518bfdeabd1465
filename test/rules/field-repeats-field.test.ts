import { test } from 'node:test';
import { doc, ruleTable } from './helpers.ts';

ruleTable('field-repeats-field', {
  valid: [
    doc('Custodian', 'REPORTS TO: Head Custodian', 'SUPERVISES: None', 'LIMITS OF AUTHORITY: None'),
    doc('Custodian', 'REPORTS TO: Head Custodian', 'SUPERVISES: Custodial staff'),
    // the title repeated as a field is normal; only the reports-to field may not hold it
    doc('Bus Driver', 'Job Title: Bus Driver', 'Position: Bus Driver', 'Reports To: Transportation Director'),
  ],
  invalid: [
    { text: doc('Custodian', '', 'REPORTS TO: Head Custodian', 'LIMITS OF AUTHORITY: Head Custodian', 'FLSA: Non-exempt'), expect: ['Head Custodian'] },
    { text: doc('Principal', 'Reports to: Superintendent', 'Supervisory Responsibilities: superintendent.'), expect: ['superintendent.'] },
    { text: doc('Director', 'Job Title: Director of Transportation', 'Reports To: Director of Transportation'), expect: ['Director of Transportation'] },
  ],
}, test);

// The findings in full: line, messageId, data and what the first fix leaves.
ruleTable('field-repeats-field', {
  valid: [],
  invalid: [
    {
      text: doc('Custodian', '', 'REPORTS TO: Head Custodian', 'LIMITS OF AUTHORITY: Head Custodian', 'FLSA: Non-exempt'),
      expect: ['Head Custodian'],
      errors: [{ line: 4, messageId: 'oversees', data: { value: 'Head Custodian', label: 'LIMITS OF AUTHORITY' } }],
      output: null,
    },
  ],
}, test);
