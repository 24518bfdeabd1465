// A line holding only punctuation ("." alone), usually left from a paste.
import type { Rule, RuleFinding } from './types.ts';
import { deleteLinesEdit, lineKind, lineRange } from '../facts/util.ts';

export const strayLine: Rule = {
  meta: {
    id: 'stray-line',
    description: 'A line holding only punctuation.',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      stray: "Stray line: '{{text}}' stands alone.",
    },
    docs: 'docs/rules/stray-line.md',
    fixable: 'safe',
  },
  check(posting) {
    const out: RuleFinding[] = [];
    for (let i = 0; i < posting.lines.length; i++) {
      if (lineKind(posting, i) !== 'stray') continue;
      const text = posting.lines[i]!.trim();
      out.push({
        messageId: 'stray',
        data: { text },
        range: lineRange(posting, i),
        fixes: [{ title: 'Delete the stray line', edits: [deleteLinesEdit(posting, i, i)], safe: true, removes: [lineRange(posting, i)] }],
      });
    }
    return out;
  },
};
