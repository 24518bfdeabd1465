// A form's tick boxes flattened into text: "FLSA Status: ___ Exempt _X_ Non-Exempt", "☐ Full Time
// ☒ Part Time", "[X] Hourly [ ] Salary", or a checkbox table's column copied one cell a line
// ("EXEMPT" / "NON EXEMPT" / "X"), where the reader must work out which option is ticked, or cannot.
// One finding per block of such lines: a form has several rows of boxes, and they are one problem.
import type { Posting } from '../model/posting.ts';
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from '../facts/prose.ts';
import { bool, range } from '../facts/util.ts';

/** A box glyph, ticked or not, before an option word. */
const GLYPH_BOX = /[☐☑☒□■▢▣](?=\s?[A-Za-z])/;
/** A blank of underscores with a mark in it ("_X_", "__x__"), or an empty blank before an option word ("___ Exempt"). */
const UNDERSCORE_BOX = /(?:^|[\s:])_+[Xx✓✔]_+(?=\s?[A-Za-z]|\s*$)|(?:^|[\s:])_{2,}(?=\s?[A-Z])/;
/** A bracketed box, ticked or empty, before an option word ("[X] Hourly", "( ) Full Time"). */
const BRACKET_BOX = /(?:^|[\s:])(?:\[[ Xx✓✔]?\]|\([ Xx✓✔]\))(?=\s?[A-Z])/;
/** A line holding only a tick: the ticked cell of a checkbox column copied one cell a line. */
const LONE_MARK = /^\s*[Xx✓✔]\s*$/;
/** An option of such a column: a short label, no colon, no sentence ("EXEMPT", "Non Exempt", "Part-time"). */
const OPTION = /^\s*[A-Za-z][A-Za-z /-]{0,28}\s*$/;

/** How many lines apart two residue lines may be and still belong to one form block. */
const BLOCK_GAP = 2;
/** Options looked at above a lone tick. */
const MAX_OPTIONS = 4;

interface Residue {
  line: number;
  /** First line of the residue (an option column starts above its tick). */
  from: number;
  text: string;
}

function boxesOn(text: string): boolean {
  if (text.length > 2000) return false;
  return GLYPH_BOX.test(text) || (text.includes('_') && UNDERSCORE_BOX.test(text)) || ((text.includes('[') || text.includes('(')) && BRACKET_BOX.test(text));
}

/** The first option line above a lone tick, when at least two short options stand right above it; else -1. */
function optionColumnStart(posting: Posting, tick: number): number {
  let first = -1;
  let options = 0;
  for (let l = tick - 1; l >= 0 && options < MAX_OPTIONS; l--) {
    const t = posting.lines[l]!;
    if (t.trim() === '') continue;
    if (!OPTION.test(t) || LONE_MARK.test(t)) break;
    first = l;
    options++;
  }
  return options >= 2 ? first : -1;
}

export const checkboxResidue: Rule = {
  meta: {
    id: 'checkbox-residue',
    description: 'Tick boxes of a form flattened into text ("___ Exempt _X_ Non-Exempt", "☐ Full Time ☒ Part Time", a lone "X" under its options).',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        optionColumns: {
          type: 'boolean',
          description: 'Also report a checkbox column copied one cell a line: options, then a line holding only the tick ("EXEMPT" / "NON EXEMPT" / "X").',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      boxes: "Checkbox residue: '{{text}}' is a form's tick boxes flattened into text; write the chosen option instead.",
      block: "Checkbox residue on lines {{first}}-{{last}}: '{{text}}' and the lines after it are a form's tick boxes flattened into text; write the chosen options instead.",
    },
    docs: 'docs/rules/checkbox-residue.md',
    fixable: false,
    scope: 'section',
  },
  check(posting, ctx) {
    const columns = bool(ctx.options.optionColumns, true);
    const found: Residue[] = [];
    for (let iAt = 0, iList = textLines(posting); iAt < iList.length; iAt++) {
      const i = iList[iAt]!;
      const text = posting.lines[i]!;
      if (boxesOn(text)) found.push({ line: i, from: i, text: text.trim() });
      else if (columns && LONE_MARK.test(text)) {
        const from = optionColumnStart(posting, i);
        if (from >= 0) found.push({ line: i, from, text: posting.lines[from]!.trim() });
      }
    }
    const out: RuleFinding[] = [];
    let block: Residue[] = [];
    const flush = (): void => {
      if (!block.length) return;
      const first = block[0]!;
      const last = block[block.length - 1]!;
      const end = posting.lines[last.line]!.length;
      const oneLine = block.length === 1 && first.from === first.line;
      out.push({
        messageId: oneLine ? 'boxes' : 'block',
        data: oneLine ? { text: first.text } : { first: first.from + 1, last: last.line + 1, text: first.text },
        range: range(first.from, 0, last.line, end),
      });
      block = [];
    };
    for (const r of found) {
      const prev = block[block.length - 1];
      if (prev && r.from - prev.line > BLOCK_GAP) flush();
      block.push(r);
    }
    flush();
    return out;
  },
};
