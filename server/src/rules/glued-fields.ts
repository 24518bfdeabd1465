// Two header fields run together on one line ("Posting ID: 552778290Posted: 2020-05-21"), and the
// same copy-and-paste loss inside text: words, sentences and labels glued together (glued-words.ts).
import type { Field } from '../model/posting.ts';
import type { Rule, RuleFinding, TextEdit } from './types.ts';
import { textLines } from '../facts/prose.ts';
import { headingAtLineEnd } from '../model/lines.ts';
import { gluesIn, holdsKnownMixed } from './glued-words.ts';
import { bool, contentStart, lineRange, range } from '../facts/util.ts';
import { isFieldLabel } from '../model/fields.ts';
import { isRegexSpace } from '../facts/words.ts';
import { kindForHeading } from '../model/catalog.ts';
import { isDocumentLabel, readsAsJobTitle } from '../model/header.ts';

// Fallback when the parser did not split: a known label glued to the previous value.
const GLUED =
  /(?<=[0-9a-z)\]])(?:Posted|Date Posted|Posting Date|Posting ID|Job ID|Job Number|Location|Closing Date|Close Date|Deadline|Salary|Job Type|Employment Type|Department|Reports To|Start Date|Open Date) ?:/g;
const FIELD_START = /^\s*[A-Za-z][A-Za-z .#/&-]{0,40}:\s*\S/;
const LABEL_WORD = /^[A-Za-z][A-Za-z/&#-]*$/;
const ALL_CAPS = /^[A-Z][A-Z/&#-]+$/;

/**
 * Field labels later on a line that starts with a field, after a space: a flattened two-column
 * table ("DIVISION: Leadership and Planning GRADE: Instructional"), a second field typed on the
 * same line ("Position: Teacher (Grades PK-3) Location: To Be Determined"). A label is the shortest
 * run of words before the colon that names a known field, widened over words of the same case
 * ("WORK DAYS", "FLSA STATUS"); it starts with a capital and follows a value. Returns the label starts.
 */
export function spacedFieldCuts(text: string): number[] {
  const out: number[] = [];
  let from = text.indexOf(':');
  if (from < 0 || text.length > 400) return out;
  for (let colon = text.indexOf(':', from + 1); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    // The words between the previous label's colon and this one, with where each starts.
    const words: Array<{ w: string; at: number }> = [];
    // Only the last stretch before the colon can hold the label (and a value before it): each colon reads a bounded window.
    // Its words are the runs of non-space characters (\S+), split by character code: no regular expression per word.
    for (let i = Math.max(from + 1, colon - 120); i < colon; ) {
      if (isRegexSpace(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const at = i;
      while (i < colon && !isRegexSpace(text.charCodeAt(i))) i++;
      words.push({ w: text.slice(at, i), at });
    }
    const label = (first: number): string => words.slice(first).map((x) => x.w).join(' ');
    let first = -1;
    for (let take = 1; take <= Math.min(3, words.length - 1) && first < 0; take++) {
      if (!LABEL_WORD.test(words[words.length - take]!.w)) break;
      if (isFieldLabel(label(words.length - take))) first = words.length - take;
    }
    if (first < 0 || !/^[A-Z]/.test(words[first]!.w)) continue;
    const caps = ALL_CAPS.test(words[words.length - 1]!.w);
    // Widen over capitalised words of the label's case while they still make a known label ("Pay Grade").
    const widens = (i: number): boolean => {
      const w = words[i]!.w;
      return LABEL_WORD.test(w) && /^[A-Z]/.test(w) && ALL_CAPS.test(w) === caps && isFieldLabel(label(i));
    };
    while (first > 1 && widens(first - 1)) first--;
    // The whole stretch is one label ("For Colorado Residents: Application Deadline: …"): no value in between.
    if (first === 1 && widens(0)) continue;
    // A wide gap before the label is a padded column layout, set out on purpose ("Job Title:   Custodian      Wage/Hour Status: …").
    if (/ {3}|\t/.test(text.slice(words[first - 1]!.at, words[first]!.at))) continue;
    out.push(words[first]!.at);
    from = colon;
  }
  return out;
}

// A board's block label on the title line: "Job Opening Information Teaching Assistant",
// "Position Details School Nurse". The label ends in one of these words or is a document label.
const BLOCK_LABEL = /^(?:job|position|posting|vacancy)(?: opening| posting| vacancy)? (?:information|details)$/i;

/** Where the title starts after a block label glued to it on the title line, or -1. */
export function titleLabelCut(title: string): number {
  const words = title.split(' ');
  for (let take = 2; take <= Math.min(4, words.length - 1); take++) {
    const label = words.slice(0, take).join(' ');
    if (!BLOCK_LABEL.test(label) && !isDocumentLabel(label)) continue;
    const rest = words.slice(take).join(' ');
    if (readsAsJobTitle(rest)) return label.length + 1;
  }
  return -1;
}

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
        headings: {
          type: 'boolean',
          description: 'Also report a heading run onto the end of a paragraph ("… on your feet. Essential Functions") or glued to its text ("Education and ExperienceAt least …").',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      fields: "Fields run together: '{{text}}' holds {{count}} fields on one line.",
      words: "Words run together: '{{text}}'; a space or line break was lost in a copy and paste.",
      wordsMore: "Words run together: '{{text}}' and {{more}} more on this line; a space or line break was lost in a copy and paste.",
      titleLabel: "The label '{{label}}' is run into the title '{{title}}'; put the title on a line of its own.",
      headingEnd: "The heading '{{heading}}' is run onto the end of the paragraph; put it on a line of its own.",
      headingStart: "The heading '{{heading}}' is glued to its text ('{{text}}'); put the text on the next line.",
      fieldsBlock: "Fields run together on lines {{first}}-{{last}}: '{{text}}' and {{more}} more lines hold two fields or more (a flattened table).",
      labelsBlock: "Labels run into their values on lines {{first}}-{{last}}: '{{text}}' and {{more}} more (a print view lost the space after each label).",
    },
    docs: 'docs/rules/glued-fields.md',
    fixable: 'safe',
    scope: 'section',
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
      for (const at of spacedFieldCuts(text)) if (!found.includes(at)) found.push(at);
      if (found.length) cuts.set(i, found.sort((a, b) => a - b));
    }
    const out: RuleFinding[] = [];
    for (const [line, at] of [...cuts].sort((a, b) => a[0] - b[0])) {
      const text = posting.lines[line]!;
      let indent = '';
      for (const ch of text) {
        if (ch !== ' ' && ch !== '\t') break;
        indent += ch;
      }
      // A label after a space (a flattened table) gives its space up to the line break; the label's start is read, so that fix is not safe.
      const spaceBefore = (c: number): number => {
        let b = c;
        while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
        return b;
      };
      const edits: TextEdit[] = at.map((c) => ({ range: range(line, spaceBefore(c), line, c), newText: posting.eol + indent }));
      const spaced = at.some((c) => spaceBefore(c) < c);
      out.push({
        messageId: 'fields',
        data: { text: text.trim(), count: at.length + 1 },
        range: lineRange(posting, line),
        fixes: [{ title: 'Put each field on its own line', edits, safe: !spaced }],
      });
    }
    const title = posting.title;
    const titleCut = title && !cuts.has(title.line) ? titleLabelCut(title.text) : -1;
    if (title && titleCut > 0) {
      const at = title.range.start.character + titleCut;
      out.push({
        messageId: 'titleLabel',
        data: { label: title.text.slice(0, titleCut - 1), title: title.text.slice(titleCut) },
        range: range(title.line, title.range.start.character, title.line, title.range.end.character),
        fixes: [{ title: 'Put the title on its own line', edits: [{ range: range(title.line, at - 1, title.line, at), newText: posting.eol }], safe: false }],
      });
      cuts.set(title.line, [at]);
    }
    // Lines whose one glue is a label run into its value at the line's start ("Start Date08/16/2019"): rows of a print view's field table.
    const heads = new Set<RuleFinding>();
    if (bool(ctx.options.words, true)) out.push(...gluedWords(posting, cuts, heads));
    if (bool(ctx.options.headings, true)) {
      // A line whose words are already reported glued ("TitleSubstitute") is not reported twice.
      const reported = new Set(out.map((f) => f.range.start.line));
      out.push(...gluedHeadings(posting, cuts).filter((f) => !reported.has(f.range.start.line)));
    }
    return inBlocks(
      out.sort((a, b) => a.range.start.line - b.range.start.line),
      heads,
    );
  },
};

/**
 * How far apart (in lines) two lines of one flattened table may be: a print view's field table
 * leaves a blank line or a short cell ("Applications Accepted") between its rows.
 */
const BLOCK_GAP = 5;

/** The block a finding belongs to: fields side by side, a label glued to its value at the line start, or none. */
function blockOf(f: RuleFinding, heads: ReadonlySet<RuleFinding>): 'fieldsBlock' | 'labelsBlock' | null {
  if (f.messageId === 'fields') return 'fieldsBlock';
  return heads.has(f) ? 'labelsBlock' : null;
}

/**
 * One finding per flattened table, not one per row: runs of findings of one block kind, each within
 * BLOCK_GAP lines of the last, become one finding over the run with every row's fix. Linear.
 */
function inBlocks(sorted: RuleFinding[], heads: ReadonlySet<RuleFinding>): RuleFinding[] {
  const out: RuleFinding[] = [];
  let run: RuleFinding[] = [];
  const flush = (): void => {
    if (run.length === 1) out.push(run[0]!);
    else if (run.length > 1) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const fixes = run.map((f) => f.fixes?.[0]).filter((x) => x !== undefined);
      out.push({
        messageId: blockOf(first, heads)!,
        data: { first: first.range.start.line + 1, last: last.range.end.line + 1, text: String(first.data?.['text'] ?? ''), more: run.length - 1 },
        range: { start: first.range.start, end: last.range.end },
        fixes: [{ title: 'Separate every glued label and field of the table', edits: fixes.flatMap((x) => x.edits), safe: fixes.every((x) => x.safe === true) }],
      });
    }
    run = [];
  };
  for (const f of sorted) {
    const block = blockOf(f, heads);
    const prev = run[run.length - 1];
    if (block && prev && blockOf(prev, heads) === block && f.range.start.line - prev.range.end.line <= BLOCK_GAP) {
      run.push(f);
      continue;
    }
    flush();
    if (block) run.push(f);
    else out.push(f);
  }
  flush();
  return out;
}

/** One finding per line with words glued together (lines already split as fields excepted). */
function gluedWords(posting: Parameters<Rule['check']>[0], cuts: ReadonlyMap<number, number[]>, heads: Set<RuleFinding>): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let iAt = 0, iList = textLines(posting); iAt < iList.length; iAt++) {
    const i = iList[iAt]!;
    const text = posting.lines[i]!;
    const fieldCuts = cuts.get(i) ?? [];
    const glues = gluesIn(text, contentStart(posting, i)).filter((g) => !fieldCuts.includes(g.at));
    if (!glues.length) continue;
    const first = glues[0]!;
    const start = Math.max(0, text.lastIndexOf(first.text, first.at) >= 0 ? text.lastIndexOf(first.text, first.at) : first.at);
    const finding: RuleFinding = {
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
    };
    out.push(finding);
    if (glues.length === 1 && first.insert === ': ') heads.add(finding);
  }
  return out;
}

/** Words a heading may hold in lower case ("Education and Experience", "Terms of Employment"). */
const HEADING_JOINERS = new Set(['and', 'of', 'or', 'to', 'for', 'the', '&', '/']);
/** At most this many words make a heading run onto a paragraph's end. */
const MAX_HEADING_WORDS = 6;

/**
 * True when the words read as a heading or a field label: capitalised words the catalog or the field
 * labels know. `strict` (a heading only set apart by its place at a line's end) asks for the catalog's
 * exact heading, a field label, capitals or a colon: "… required. Bachelors Degree Required" is the
 * next requirement, not a heading.
 */
function readsAsHeading(words: string, strict: boolean, colon = false): boolean {
  const list = words.split(/\s+/).filter(Boolean);
  if (!list.length || list.length > MAX_HEADING_WORDS) return false;
  if (!list.every((w) => /^[A-Z]/.test(w) || HEADING_JOINERS.has(w.toLowerCase()))) return false;
  if (isFieldLabel(words)) return true;
  const h = kindForHeading(words);
  if (!h?.known) return false;
  return !strict || h.exact || colon || words === words.toUpperCase();
}

// A heading at the line's start glued to the first word of its text ("Education and ExperienceAt least").
const HEAD = /^([A-Z][A-Za-z/&' ]{2,60}?[a-z])([A-Z][a-z]+)\b/;

/** Headings run onto a paragraph's end or glued to their text, one finding per line (lines split as fields excepted). */
function gluedHeadings(posting: Parameters<Rule['check']>[0], cuts: ReadonlyMap<number, number[]>): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let iAt = 0, iList = textLines(posting); iAt < iList.length; iAt++) {
    const i = iList[iAt]!;
    if (cuts.has(i)) continue;
    const text = posting.lines[i]!;
    if (text.length > 4000) continue;
    const tail = headingAtLineEnd(text);
    const heading = tail?.heading;
    if (tail && heading && readsAsHeading(heading, true, tail.colon)) {
      const at = text.lastIndexOf(heading);
      let gap = at;
      while (gap > 0 && (text[gap - 1] === ' ' || text[gap - 1] === '\t')) gap--;
      out.push({
        messageId: 'headingEnd',
        data: { heading },
        range: range(i, at, i, text.length),
        fixes: [{ title: `Put '${heading}' on a line of its own`, edits: [{ range: range(i, gap, i, at), newText: posting.eol }], safe: false }],
      });
      continue;
    }
    const from = contentStart(posting, i);
    const head = HEAD.exec(text.slice(from));
    if (head && !holdsKnownMixed(head[0]) && readsAsHeading(head[1]!, false)) {
      const at = from + head[1]!.length;
      out.push({
        messageId: 'headingStart',
        data: { heading: head[1]!, text: head[0] },
        range: range(i, from, i, from + head[0].length),
        fixes: [{ title: `Put the text after '${head[1]}' on the next line`, edits: [{ range: range(i, at, i, at), newText: posting.eol }], safe: false }],
      });
    }
  }
  return out;
}
