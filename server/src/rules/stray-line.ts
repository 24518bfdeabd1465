// A line holding only punctuation ("." alone), usually left from a paste. When the same mark stands
// alone again and again a few lines apart (a bullet marker split from each item, a flattened table's
// "|" cell borders), that is one problem with the block, reported once on its first line. A divider
// ("*****…", "_____…": a Word document's or web page's horizontal rule) is the same leftover.
import type { Posting } from '../model/posting.ts';
import type { Range } from '../model/posting.ts';
import type { Rule, RuleFinding, TextEdit } from './types.ts';
import { deleteLinesEdit, lineKind, lineRange, num } from '../facts/util.ts';

/** Stray lines of one run, in order. */
function runsOf(posting: Posting, maxGap: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let text = '';
  let gap = 0;
  for (let i = 0; i < posting.lines.length; i++) {
    const k = lineKind(posting, i);
    if (k === 'blank') continue;
    if (k !== 'stray') {
      gap++;
      continue;
    }
    const t = posting.lines[i]!.trim();
    if (run.length && t === text && gap <= maxGap) run.push(i);
    else {
      if (run.length) runs.push(run);
      run = [i];
      text = t;
    }
    gap = 0;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** A "|" cell border inside a line of text ("Status: | Open |"): the table the lone "|" lines came from. */
const CELL_BORDER = /(?:^|\s)\|(?:\s|$)/;

/**
 * Lone "|" lines are the borders of a flattened table however far apart they stand: every one of
 * them is one problem with the table. Merges the "|" runs into one, and returns the line the table
 * starts on: the first line with a cell border reached going up from the first lone "|", over at
 * most `maxGap` lines of text between bordered lines.
 */
function mergeTableRuns(posting: Posting, runs: number[][], maxGap: number): { runs: number[][]; table: number | null } {
  const pipes = runs.filter((r) => posting.lines[r[0]!]!.trim() === '|');
  if (!pipes.length) return { runs, table: null };
  const merged = pipes.flat().sort((a, b) => a - b);
  let table = merged[0]!;
  let gap = 0;
  for (let i = table - 1; i >= 0 && gap <= maxGap; i--) {
    const t = posting.lines[i]!;
    if (!t.trim()) continue;
    if (t.length <= 2000 && t.includes('|') && CELL_BORDER.test(t)) {
      table = i;
      gap = 0;
    } else gap++;
  }
  const rest = runs.filter((r) => posting.lines[r[0]!]!.trim() !== '|');
  return { runs: [...rest, merged].sort((a, b) => a[0]! - b[0]!), table };
}

/** A divider: ten or more of one mark ("*****…", "_____…"), a Word or web page's horizontal rule. */
const DIVIDER = /^([*_=~#-])\1{9,}$/;

/**
 * Divider lines, in order. A run of "=" or "-" right under a line of text is that line's underline
 * (a Markdown heading), not a divider.
 */
function dividers(posting: Posting): number[] {
  const out: number[] = [];
  for (let i = 0; i < posting.lines.length; i++) {
    const t = posting.lines[i]!.trim();
    if (t.length < 10 || t.length > 400 || !DIVIDER.test(t) || lineKind(posting, i) === 'heading') continue;
    if ((t[0] === '=' || t[0] === '-') && i > 0 && posting.lines[i - 1]!.trim() !== '') continue;
    out.push(i);
  }
  return out;
}

/** An answer that only makes sense after a label: "Not Applicable", "N/A", "None specified". */
const ANSWER = /^(?:not applicable|n\/a|none|none specified|not specified|none required)\.?$/i;
/** Lines looked back over (blank lines skipped) for the label an answer belongs to. */
const ANSWER_REACH = 3;

/**
 * Answers standing alone: the line before them (past blank lines) is a paragraph ending in a full
 * sentence, not a heading or a label, so the label they answered was lost in the copy ("None specified" right under
 * the summary paragraph, "Not Applicable" after the EEO statement). Linear.
 */
function orphanAnswers(posting: Posting): number[] {
  const out: number[] = [];
  for (let i = 0; i < posting.lines.length; i++) {
    const t = posting.lines[i]!.trim();
    if (t.length > 20 || !ANSWER.test(t)) continue;
    let prev = -1;
    for (let j = i - 1; j >= 0 && i - j <= ANSWER_REACH + 1; j--) {
      if (posting.lines[j]!.trim() !== '') {
        prev = j;
        break;
      }
    }
    if (prev < 0) continue; // a label far above, or the start of the text: not judged
    const k = lineKind(posting, prev);
    const before = posting.lines[prev]!.trimEnd();
    // Only after a finished sentence: a line ending in a bare label ("… Required Travel") is a flattened field row it answers.
    if (k === 'heading' || k === 'heading-inline' || before.length <= 40 || !/[.!?]["”)]?$/.test(before)) continue;
    out.push(i);
  }
  return out;
}

/** One delete per group of adjacent lines, so no two edits touch. */
function deleteEdits(posting: Posting, lines: number[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let a = 0; a < lines.length;) {
    let b = a;
    while (b + 1 < lines.length && lines[b + 1] === lines[b]! + 1) b++;
    edits.push(deleteLinesEdit(posting, lines[a]!, lines[b]!));
    a = b + 1;
  }
  return edits;
}

export const strayLine: Rule = {
  meta: {
    id: 'stray-line',
    description: 'A line holding only punctuation, a divider line, or an answer ("Not Applicable") whose label was lost.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        maxLinesBetween: {
          type: 'integer',
          description: 'Lines of text that may separate two lines holding the same mark for both to count as one block.',
          default: 3,
          minimum: 0,
        },
        answers: {
          type: 'boolean',
          description: 'Also report an answer such as "Not Applicable" or "None specified" standing alone after a paragraph: the label it answered was lost.',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      stray: "Stray line: '{{text}}' stands alone.",
      divider: "Divider line: a row of {{count}} '{{mark}}' left from a document or web page; a plain-text posting needs no divider.",
      answer: "Stray line: '{{text}}' answers no label or heading; the label it belonged to was lost in a copy.",
      table:
        "Table residue: a flattened table's '|' cell borders from line {{table}}, with '|' alone on {{count}} line(s) ({{first}}-{{last}}); remove the borders.",
      strayRun:
        "Stray lines: '{{text}}' stands alone on {{count}} lines ({{first}}-{{last}}), a bullet marker or table border split from its text.",
    },
    docs: 'docs/rules/stray-line.md',
    fixable: 'safe',
  },
  check(posting, ctx) {
    const out: RuleFinding[] = [];
    const maxGap = Math.max(0, num(ctx.options.maxLinesBetween, 3));
    const { runs, table } = mergeTableRuns(posting, runsOf(posting, maxGap), maxGap);
    for (const run of runs) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const text = posting.lines[first]!.trim();
      const removes: Range[] = run.map((l) => lineRange(posting, l));
      // The table's lone "|" lines sit on the table's first bordered line when its rows kept borders too.
      const isTable = text === '|' && table !== null && table < first;
      out.push({
        messageId: isTable ? 'table' : run.length > 1 ? 'strayRun' : 'stray',
        data: { text, count: run.length, first: first + 1, last: last + 1, ...(isTable ? { table: table + 1 } : {}) },
        range: lineRange(posting, isTable ? table : first),
        fixes: [
          {
            title: run.length > 1 ? `Delete the ${run.length} stray lines` : 'Delete the stray line',
            edits: deleteEdits(posting, run),
            safe: true,
            removes,
          },
        ],
      });
    }
    for (const l of dividers(posting)) {
      const t = posting.lines[l]!.trim();
      out.push({
        messageId: 'divider',
        data: { mark: t[0]!, count: t.length },
        range: lineRange(posting, l),
        fixes: [
          { title: 'Delete the divider line', edits: [deleteLinesEdit(posting, l, l)], safe: true, removes: [lineRange(posting, l)] },
        ],
      });
    }
    if (ctx.options.answers !== false) {
      for (const l of orphanAnswers(posting)) {
        out.push({
          messageId: 'answer',
          data: { text: posting.lines[l]!.trim() },
          range: lineRange(posting, l),
          fixes: [{ title: 'Delete the stray line', edits: [deleteLinesEdit(posting, l, l)], safe: false }],
        });
      }
    }
    out.sort((a, b) => a.range.start.line - b.range.start.line);
    return out;
  },
};
