// A line holding only punctuation ("." alone), usually left from a paste.
import type { Rule, RuleFinding } from './types.ts';
import { deleteLinesEdit, lineKind, lineRange } from './util.ts';

export const strayLine: Rule = {
  id: 'stray-line',
  defaultSeverity: 'warning',
  description: 'A line holding only punctuation.',
  docs: 'docs/rules/stray-line.md',
  options: {},
  check(posting) {
    const out: RuleFinding[] = [];
    for (let i = 0; i < posting.lines.length; i++) {
      if (lineKind(posting, i) !== 'stray') continue;
      const text = posting.lines[i]!.trim();
      out.push({
        message: `Stray line: '${text}' stands alone.`,
        range: lineRange(posting, i),
        fixes: [{ title: 'Delete the stray line', edits: [deleteLinesEdit(posting, i, i)], safe: true, removes: [lineRange(posting, i)] }],
      });
    }
    return out;
  },
};
