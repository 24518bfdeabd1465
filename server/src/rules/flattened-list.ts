// A numbered list that lost its line breaks: items run together on one line ("1. A high school
// diploma. 2. Must be 21 years of age. 3. …", "4. Help install … 5. Help organize …"), or an item
// numbered twice ("1. 1. Install, set up …") when a list was pasted over an editor's own numbering.
// The reader sees a wall of text where the writer made a list.
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from '../facts/prose.ts';
import { lineRange, num, range } from '../facts/util.ts';

// An item number: one or two digits, a full stop, a space, then a capital (or an opening
// parenthesis or quote) — at the start of the line, or after a sentence end or a colon. "1) …; 2) …"
// is an enumeration written into a sentence on purpose, and is left alone.
const ITEM = /(?:^\s*(?:[-•*]\s*)?|[.:!?]\s+)(\d{1,2})\.\s+(?=[A-Z("'“])/g;
// The same item number twice at the start of a line: "1. 1. Install …".
const TWICE = /^(\s*)((\d{1,2})[.)]\s+)(\d{1,2})[.)]\s+(?=\S)/;

/** The item numbers on a line, in order, with where each stands. */
function itemsOn(text: string): Array<{ n: number; at: number }> {
  const out: Array<{ n: number; at: number }> = [];
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) out.push({ n: Number(m[1]), at: m.index + m[0].search(/\d/) });
  return out;
}

export const flattenedList: Rule = {
  meta: {
    id: 'flattened-list',
    description: 'Numbered list items run together on one line ("1. … 2. … 3. …"), or an item numbered twice ("1. 1.").',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        minItems: {
          type: 'integer',
          description: 'How many numbered items in sequence on one line make a flattened list.',
          default: 2,
          minimum: 2,
        },
      },
      additionalProperties: false,
    },
    messages: {
      runTogether: 'List items {{first}}–{{last}} run together on one line; put each item on a line of its own.',
      numberedTwice: "Item numbered twice: '{{text}}'; one number was left from the editor's own list numbering.",
    },
    docs: 'docs/rules/flattened-list.md',
    fixable: 'suggestion',
    scope: 'line',
  },
  check(posting, ctx) {
    const minItems = Math.max(2, num(ctx.options.minItems, 2));
    const out: RuleFinding[] = [];
    for (let iAt = 0, iList = textLines(posting); iAt < iList.length; iAt++) {
      const i = iList[iAt]!;
      const text = posting.lines[i]!;
      if (text.length > 20000) continue;
      const twice = TWICE.exec(text);
      if (twice && twice[3] === twice[4]) {
        const start = twice[1]!.length;
        out.push({
          messageId: 'numberedTwice',
          data: { text: twice[0].trim() },
          range: range(i, start, i, twice[0].trimEnd().length),
          fixes: [{ title: `Remove the extra '${twice[2]!.trim()}'`, edits: [{ range: range(i, start, i, start + twice[2]!.length), newText: '' }], safe: false }],
        });
        continue;
      }
      // The longest run of consecutive item numbers (k, k+1, …) on the line.
      const items = itemsOn(text);
      let bestStart = 0;
      let bestLength = 0;
      for (let k = 0, start = 0; k < items.length; k++) {
        if (k > 0 && items[k]!.n !== items[k - 1]!.n + 1) start = k;
        if (k - start + 1 > bestLength) [bestStart, bestLength] = [start, k - start + 1];
      }
      if (bestLength < minItems) continue;
      const best = items.slice(bestStart, bestStart + bestLength);
      out.push({
        messageId: 'runTogether',
        data: { first: best[0]!.n, last: best[best.length - 1]!.n },
        range: lineRange(posting, i),
        fixes: [
          {
            title: 'Put each item on its own line',
            edits: best.slice(1).map((it) => {
              let b = it.at;
              while (b > 0 && text[b - 1] === ' ') b--;
              return { range: range(i, b, i, it.at), newText: posting.eol };
            }),
            safe: false,
          },
        ],
      });
    }
    return out;
  },
};
