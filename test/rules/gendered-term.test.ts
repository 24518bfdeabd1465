import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, ruleTable, run } from './helpers.ts';

ruleTable(
  'gendered-term',
  {
    valid: [
      doc('Grounds Supervisor', 'Leads the grounds crew and schedules the mowing.'),
      // a licence grade, a sports position, craftsmanship, a surname after a title
      doc('Electrician', 'Holds a journeyman electrician license.'),
      doc('Football Coach', 'Coaches the offensive linemen and the defensive backs.'),
      doc('Carpenter', 'Shows fine craftsmanship in cabinet work.'),
      doc('Secretary', 'Reports to Dr. Foreman, the principal.'),
      // words that hold the letters and are not the terms
      doc('Manager', 'Manages the women’s and men’s athletic programs; handles human resources.'),
    ],
    invalid: [
      {
        text: doc('Custodian', 'Works under the direction of the custodial foreman.'),
        expect: ['foreman'],
        errors: [{ line: 2, messageId: 'term', data: { found: 'foreman', replacement: 'supervisor' } }],
        output: doc('Custodian', 'Works under the direction of the custodial supervisor.'),
      },
      { text: doc('Maintenance Worker', 'Assists the Tradesmen with repairs.'), expect: ['Tradesmen'] },
      { text: doc('Cafeteria Worker', 'Our lunch ladies serve 900 meals a day.'), expect: ['lunch ladies'] },
      { text: doc('Director', 'Plans manpower and man-hours for each project.'), expect: ['manpower', 'man-hours'] },
    ],
  },
  test,
);

test('gendered-term: the replacement keeps the capital', () => {
  const found = run('gendered-term', doc('Lead', 'Foreman: Custodial Services'));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.data?.replacement, 'Supervisor');
});
