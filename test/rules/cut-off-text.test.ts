import { test } from 'node:test';
import { doc, ruleTable } from './helpers.ts';

ruleTable(
  'cut-off-text',
  {
    valid: [
      // a complete sentence, a list of alternatives ending in 'or'/'and', a hard-wrapped sentence
      doc('Teacher', '', 'Benefits', 'To learn more details, visit our website.'),
      doc('Teacher', '', 'Qualifications', "- A bachelor's degree; or", '- Five years of experience; and', '- A license.'),
      doc('Teacher', '', 'Summary', 'The teacher keeps the', 'principal informed.'),
      // a form label with an empty value is empty-field's, balanced parentheses pass
      doc('Teacher', '', 'Approval', 'Job Description Prepared By'),
      doc('Teacher', '', 'Summary', 'Holds a license (or is eligible for one) in Virginia.'),
    ],
    invalid: [
      { text: doc('Teacher', '', 'Benefits', 'We offer a wide variety of benefits.', '', 'To learn more details, visit our'), expect: ['our'] },
      { text: doc('Teacher', '', 'Summary', 'Their role calls for, among other things, an', '', ' understanding of children.'), expect: ['an'] },
      { text: doc('Superintendent', '', 'How to Apply', 'Fill out an application (available at Applications that are not complete may not be considered.'), expect: ['('] },
      { text: doc('Superintendent', '', 'Summary', 'The complete job description is on the district website ('), expect: ['('] },
    ],
  },
  test,
);
