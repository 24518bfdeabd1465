// Two header fields run together on one line ("Posting ID: 552778290Posted: 2020-05-21").
import type { Field } from '../model/posting.ts';
import type { Rule, RuleFinding, TextEdit } from './types.ts';
import { lineRange, range } from './util.ts';

// Fallback when the parser did not split: a known label glued to the previous value.
const GLUED = /(?<=[0-9a-z)\]])(?:Posted|Date Posted|Posting Date|Posting ID|Job ID|Job Number|Location|Closing Date|Close Date|Deadline|Salary|Job Type|Employment Type|Department|Reports To|Start Date|Open Date) ?:/g;
const FIELD_START = /^\s*[A-Za-z][A-Za-z .#/&-]{0,40}:\s*\S/;

export const gluedFields: Rule = {
  id: 'glued-fields',
  defaultSeverity: 'warning',
  description: 'Two header fields run together on one line.',
  docs: 'docs/rules/glued-fields.md',
  options: {},
  check(posting) {
    const byLine = new Map<number, Field[]>();
    for (const f of posting.fields) {
      if (!f.glued) continue;
      let arr = byLine.get(f.line);
      if (!arr) byLine.set(f.line, (arr = []));
      arr.push(f);
    }
    const cuts = new Map<number, number[]>();
    for (const [line, fields] of byLine) {
      const all = posting.fields.filter((f) => f.line === line || f.nameRange.start.line === line);
      const starts = [...new Set((all.length ? all : fields).map((f) => f.nameRange.start.character))].sort((a, b) => a - b);
      const text = posting.lines[line] ?? '';
      let indent = 0;
      while (indent < text.length && (text[indent] === ' ' || text[indent] === '\t')) indent++;
      const c = starts.filter((s) => s > indent);
      if (c.length) cuts.set(line, c);
    }
    for (let i = 0; i < posting.lines.length; i++) {
      if (cuts.has(i)) continue;
      const text = posting.lines[i]!;
      if (text.length > 400 || !FIELD_START.test(text)) continue;
      const found: number[] = [];
      GLUED.lastIndex = 0;
      for (let m = GLUED.exec(text); m; m = GLUED.exec(text)) found.push(m.index);
      if (found.length) cuts.set(i, found);
    }
    const out: RuleFinding[] = [];
    for (const [line, at] of [...cuts].sort((a, b) => a[0] - b[0])) {
      const text = posting.lines[line]!;
      let indent = '';
      for (const ch of text) {
        if (ch !== ' ' && ch !== '\t') break;
        indent += ch;
      }
      const edits: TextEdit[] = at.map((c) => ({ range: range(line, c, line, c), newText: posting.eol + indent }));
      out.push({
        message: `Fields run together: '${text.trim()}' holds ${at.length + 1} fields on one line.`,
        range: lineRange(posting, line),
        fixes: [{ title: 'Put each field on its own line', edits, safe: true }],
      });
    }
    return out;
  },
};
