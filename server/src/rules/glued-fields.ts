// Two header fields run together on one line ("Posting ID: 552778290Posted: 2020-05-21"), and the
// same copy-and-paste loss inside text: words, sentences and labels glued together (glued-words.ts).
import type { Field } from '../model/posting.ts';
import type { Rule, RuleFinding, TextEdit } from './types.ts';
import { textLines } from '../facts/prose.ts';
import { gluesIn } from './glued-words.ts';
import { bool, contentStart, lineRange, range } from '../facts/util.ts';

// Fallback when the parser did not split: a known label glued to the previous value.
const GLUED =
  /(?<=[0-9a-z)\]])(?:Posted|Date Posted|Posting Date|Posting ID|Job ID|Job Number|Location|Closing Date|Close Date|Deadline|Salary|Job Type|Employment Type|Department|Reports To|Start Date|Open Date) ?:/g;
const FIELD_START = /^\s*[A-Za-z][A-Za-z .#/&-]{0,40}:\s*\S/;

export const gluedFields: Rule = {
  meta: {
    id: 'glued-fields',
    description:
      'Two header fields run together on one line, or words glued together by a copy and paste ("behaviorThe", "TitleCustodian").',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        words: {
          type: 'boolean',
          description: 'Also report words glued together ("behaviorThe").',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      fields: "Fields run together: '{{text}}' holds {{count}} fields on one line.",
      words: "Words run together: '{{text}}'; a space or line break was lost in a copy and paste.",
      wordsMore: "Words run together: '{{text}}' and {{more}} more on this line; a space or line break was lost in a copy and paste.",
    },
    docs: 'docs/rules/glued-fields.md',
    fixable: 'safe',
  },
  check(posting, ctx) {
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
        messageId: 'fields',
        data: { text: text.trim(), count: at.length + 1 },
        range: lineRange(posting, line),
        fixes: [{ title: 'Put each field on its own line', edits, safe: true }],
      });
    }
    if (bool(ctx.options.words, true)) out.push(...gluedWords(posting, cuts));
    return out.sort((a, b) => a.range.start.line - b.range.start.line);
  },
};

/** One finding per line with words glued together (lines already split as fields excepted). */
function gluedWords(posting: Parameters<Rule['check']>[0], cuts: ReadonlyMap<number, number[]>): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const i of textLines(posting)) {
    const text = posting.lines[i]!;
    const fieldCuts = cuts.get(i) ?? [];
    const glues = gluesIn(text, contentStart(posting, i)).filter((g) => !fieldCuts.includes(g.at));
    if (!glues.length) continue;
    const first = glues[0]!;
    const start = Math.max(0, text.lastIndexOf(first.text, first.at) >= 0 ? text.lastIndexOf(first.text, first.at) : first.at);
    out.push({
      messageId: glues.length > 1 ? 'wordsMore' : 'words',
      data: { text: first.text, more: glues.length - 1 },
      range: range(i, start, i, Math.min(text.length, start + first.text.length)),
      fixes: [
        {
          title: glues.length > 1 ? 'Separate the glued words' : `Separate '${first.text}'`,
          edits: glues.map((g) => ({ range: range(i, g.at, i, g.at), newText: g.insert })),
          safe: false,
        },
      ],
    });
  }
  return out;
}
