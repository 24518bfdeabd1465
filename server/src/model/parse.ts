// Text → Posting, in one linear pass over the lines. Each line is read once (blank, title,
// heading, field, bullet, paragraph, stray, junk) and grouped into sections as it goes; the only
// look-ahead is "the next non-blank line", precomputed backwards so the pass stays O(n), and a
// bounded look at the first few lines for the title.
import type { LineInfo, Posting, Title } from './posting.ts';
import { FIELD_LABELS, fieldKey, splitGluedLabel, splitLabel, splitPaddedLabel } from './fields.ts';
import { isBoardFacetLabel, isJunkLine, isListingStamp, isScreeningQuestionNumber } from './junk.ts';
import { isDocumentLabel, namesNoJob, planTitle, readFrontMatter, readsAsJobTitle } from './header.ts';
import { BULLET, STRAY, TABLE_RESIDUE, HAS_LETTER, isDateLine, isRuleLine, isUpperStart, range, trimBounds } from './lines.ts';
import { finish, type Builder } from './sections.ts';
import { MAX_LABEL_WORDS, addBlock, addField, makeField, open, type ParseState } from './parseState.ts';
import { fieldBlockAt, nextText, readValueBelow, startsBlock } from './nearby.ts';
import { readAlternatingField } from './alternating.ts';
import { readBullet, readFieldOrInlineHeading, readHeading, readHeaderLine, readTitleLine } from './body.ts';
import { readRunOnHeading } from './headingLines.ts';
import { readParagraph } from './paragraph.ts';
import { readSubHeading } from './subheadings.ts';
import { splitLines, wordCount } from './text.ts';
import { postingRoleFamily } from './roles.ts';
import { flatCopy } from './boundedMap.ts';

export function parse(text: string): Posting {
  const run = prepareParse(text);
  parseLines(run, 0);
  return postingOf(run, finish(run.st.sections, run.st.lines, run.st.trimmed));
}

/** Where the title is when lines above it are page text or a letterhead (planned at the first line). */
export interface TitlePlan {
  titleLine: number;
  titleIsField: boolean;
  organizationLines: ReadonlySet<number>;
  /** Other facts above the title (fields, a job category, a date): header lines. */
  factLines: ReadonlySet<number>;
}

/** One parse in progress: the text split into lines, the per-line tables, the state of the pass. */
export interface ParseRun {
  text: string;
  lineStarts: number[];
  eol: Posting['eol'];
  frontMatter: Posting['frontMatter'];
  st: ParseState;
  plan: TitlePlan;
}

/**
 * The posting of a finished run with its sections closed. An incremental parse passes the title,
 * fields and junk of the whole document (kept from above the restart); the role family is read
 * from those, once per parse.
 */
export function postingOf(run: ParseRun, sections: Posting['sections'], title = run.st.title, fields = run.st.fields, junk = run.st.junk): Posting {
  const { text, lineStarts, eol, frontMatter, st } = run;
  const roleFamily = postingRoleFamily(title?.text ?? fields.find((f) => f.key === 'job_title' && f.value.trim() !== '')?.value ?? null, st.lines);
  return { text, lines: st.lines, lineStarts, eol, lineInfo: st.lineInfo, frontMatter, title, fields, sections, junk, roleFamily };
}

/**
 * Splits the text and builds the per-line tables (bounds, next line with content) a pass reads.
 * `previous`: the state of the previous version's pass (the incremental parser, model/reparse.ts):
 * the lines an edit left as they were (the common head and tail) are then that version's strings
 * with their tables, and the edited lines are flat copies (boundedMap.ts), so that no version's
 * whole text is kept alive by the lines and parts a later version reuses.
 */
export function prepareParse(text: string, previous?: Pick<ParseState, 'lines' | 'trimmed' | 'texts' | 'words'>): ParseRun {
  const { lines, lineStarts, eol } = splitLines(text);
  const n = lines.length;
  const lineInfo: LineInfo[] = new Array(n);
  const trimmed: Array<[number, number]> = new Array(n);
  // Each line's trimmed text and word count, read once here: every handler and look-ahead reuses them.
  const texts: string[] = new Array(n);
  const wordCounts = new Int32Array(n);
  const [head, tail] = previous ? commonEnds(lines, previous.lines) : [0, n];
  const by = previous ? n - previous.lines.length : 0;
  for (let i = 0; i < n; i++) {
    const j = i < head ? i : i >= n - tail ? i - by : -1;
    if (previous && j >= 0) {
      lines[i] = previous.lines[j]!;
      trimmed[i] = previous.trimmed[j]!;
      texts[i] = previous.texts[j]!;
      wordCounts[i] = previous.words[j]!;
    } else {
      if (previous) lines[i] = flatCopy(lines[i]!);
      const bounds = trimBounds(lines[i]!);
      trimmed[i] = bounds;
      texts[i] = bounds[0] < bounds[1] ? lines[i]!.slice(bounds[0], bounds[1]) : '';
      wordCounts[i] = wordCount(texts[i]!);
    }
    lineInfo[i] = { line: i, text: lines[i]!, kind: 'blank', indent: trimmed[i]![0] };
  }
  // nextNonBlank[i]: the first line after i with content (blank lines and table residue skipped), or n.
  const nextNonBlank = new Int32Array(n + 1);
  nextNonBlank[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    if (i + 1 >= n) {
      nextNonBlank[i] = n;
      continue;
    }
    const s = trimmed[i + 1]![0];
    const e = trimmed[i + 1]![1];
    const hasContent = s < e && !TABLE_RESIDUE.test(texts[i + 1]!);
    nextNonBlank[i] = hasContent ? i + 1 : nextNonBlank[i + 1]!;
  }

  const frontMatter = readFrontMatter(lines);
  const st: ParseState = { lines, trimmed, texts, words: wordCounts, lineInfo, nextNonBlank, consumed: new Uint8Array(n), sections: [], fields: [], junk: [], title: null, current: null, zone: 'start' };
  return { text, lineStarts, eol, frontMatter, st, plan: { titleLine: -1, titleIsField: false, organizationLines: new Set(), factLines: new Set() } };
}

/** How many lines at the start and (not overlapping those) at the end of `lines` equal those of `before`. */
export function commonEnds(lines: readonly string[], before: readonly string[]): [number, number] {
  const common = Math.min(lines.length, before.length);
  let head = 0;
  while (head < common && lines[head] === before[head]) head++;
  let tail = 0;
  while (tail < common - head && lines[lines.length - 1 - tail] === before[before.length - 1 - tail]) tail++;
  return [head, tail];
}

/**
 * The linear pass from line `from` on. `stopAt`, when given, is asked before each line whether the
 * pass ends there (the incremental parser stops once the state matches its previous parse).
 * Returns the line the pass stopped before (the line count when it ran to the end).
 */
export function parseLines(run: ParseRun, from: number, stopAt?: (i: number) => boolean): number {
  const { st, plan } = run;
  const { lines, trimmed, lineInfo, texts, words: wordCounts } = st;
  const n = lines.length;
  const fmEnd = run.frontMatter ? run.frontMatter.endLine : -1;
  for (let i = from; i < n; i++) {
    if (stopAt?.(i)) return i;
    if (i <= fmEnd) {
      lineInfo[i]!.kind = 'field';
      continue;
    }
    if (st.consumed[i]) continue;
    const s = trimmed[i]![0];
    const e = trimmed[i]![1];
    if (s >= e) continue;
    const raw = lines[i]!;
    const t = texts[i]!;
    const info = lineInfo[i]!;
    const words = wordCounts[i]!;

    // 1. The title: the first line that reads as one, past page text, a letterhead or a document label.
    // (Planned once: the lines above a planned title are read by the plan, not planned again.)
    if (st.zone === 'start' && i > plan.titleLine) {
      const titlePlan = planTitle(lines, trimmed, st.nextNonBlank, i);
      const noJob = titlePlan ? null : namesNoJob(t);
      if (noJob) {
        // The employer's name or a school year with no line below it that names the job (the plan read
        // them): a header block opens, and the posting has no title line.
        info.kind = 'field';
        st.zone = 'header';
        const b = open(st, 'header', i, null);
        if (noJob === 'organization') addField(st, b, makeField(st, FIELD_LABELS.organization, 'organization', i, s, s, i, s, e));
        b.lastLine = i;
        continue;
      }
      if (!titlePlan) {
        // Page text ("Site logo", "Employer Active") is never the title, even with nothing better below it.
        if (!isJunkLine(t) && readTitleLine(st, i, s, e, words, false)) continue;
      } else if (titlePlan.titleLine < 0) {
        // A copy that starts with the board's "About the job": no title in the text.
        info.kind = 'junk';
        st.junk.push(range(i, s, i, e));
        open(st, 'other', i, null, false, true).closed = true;
        // The board shows the title above its "About the job"; a copy that kept it has it alone on the
        // next line (a "Title: …" field there is the description's own header).
        const next = nextText(st, i);
        st.zone = readsAsJobTitle(next) && !splitLabel(next, 0, MAX_LABEL_WORDS) ? 'start' : 'header';
        continue;
      } else {
        plan.titleLine = titlePlan.titleLine;
        plan.titleIsField = titlePlan.field;
        plan.organizationLines = new Set(titlePlan.organizationLines);
        plan.factLines = new Set(titlePlan.factLines);
      }
    }
    if (i < plan.titleLine) {
      // Lines above the title: the employer's name and other facts make a header block, anything else page text.
      const org = plan.organizationLines.has(i);
      const fact = org || plan.factLines.has(i);
      const cur = st.current;
      // Only text a job board is known to add is junk (the rules offer to delete it); a document label or a note is kept.
      const pageText = !fact && isJunkLine(t);
      if (pageText) st.junk.push(range(i, s, i, e));
      info.kind = fact ? 'field' : pageText ? 'junk' : 'paragraph';
      // A document label ("Job Description") joins whatever block is above it.
      const b = cur && (cur.kind === (fact ? 'header' : 'other') || (!fact && isDocumentLabel(t))) ? cur : open(st, fact ? 'header' : 'other', i, null);
      if (org) addField(st, b, makeField(st, FIELD_LABELS.organization, 'organization', i, s, s, i, s, e));
      else if (fact) addFactAboveTitle(st, b, i, s, e);
      b.lastLine = i;
      continue;
    }
    if (i === plan.titleLine) {
      st.zone = 'start';
      if (plan.titleIsField) readFieldTitle(st, i, s, e, splitLabel(raw, s, MAX_LABEL_WORDS)!);
      else readTitleLine(st, i, s, e, words, true);
      continue;
    }

    // 2. Job-board page text, and an application form's numbered screening questions: their own 'other' section, which keeps what follows until a real heading.
    const screening = isScreeningQuestionNumber(t, nextText(st, i));
    if (screening && st.current?.junk) {
      // The next question of the same form: it stays in the form's section.
      info.kind = 'paragraph';
      st.current.lastLine = i;
      continue;
    }
    if (screening || (isJunkLine(t) && !(st.current?.kind === 'header' && isListingStamp(t)))) {
      info.kind = 'junk';
      st.junk.push(range(i, s, i, e));
      const cur = st.current;
      if (!cur || !cur.junk) open(st, 'other', i, null, false, true);
      st.current!.lastLine = i;
      // The facet's value below its label: the board's category for the job, page text too.
      const next = st.nextNonBlank[i]!;
      if (isBoardFacetLabel(t) && next < n && wordCount(texts[next]!) <= MAX_FACET_VALUE_WORDS && !splitLabel(lines[next]!, trimmed[next]![0], MAX_LABEL_WORDS)) {
        st.consumed[next] = 1;
        lineInfo[next]!.kind = 'junk';
        st.junk.push(range(next, trimmed[next]![0], next, trimmed[next]![1]));
        st.current!.lastLine = next;
      }
      // Page text among the header fields ("Save job") does not end the header block.
      if (st.zone === 'start') st.zone = 'body';
      continue;
    }

    // 3. A line of punctuation only, or a flattened table's cell borders and check boxes.
    if (STRAY.test(t) || TABLE_RESIDUE.test(t)) {
      info.kind = 'stray';
      // Above everything else it belongs to no section yet: it opens one of page text, as junk does,
      // so every line of the posting is in a section (a stray mark later joins the section it is in).
      // It is closed at once: what follows is read as if the mark were not there.
      if (!st.current) {
        open(st, 'other', i, null, false, true).lastLine = i;
        st.current = null;
      }
      continue;
    }

    // A rule of underscores or asterisks set apart by a blank line ("______", "*******") divides the
    // posting: it starts a part of its own, and what follows is read afresh (a setext underline, right
    // under its text, is not one).
    // (The line stays a line of text: the stray-line rule reports it as a divider.)
    if (isRuleLine(t) && startsBlock(st, i) && st.current) {
      info.kind = 'paragraph';
      const part = open(st, 'other', i, null);
      addBlock(st, part, 'paragraph', i, s, e, null);
      part.closed = true;
      continue;
    }

    // 4. A block of label/value lines in the body (a job board's fields after the posting, or set as a list) is a header block.
    if (st.zone === 'body' && fieldBlockAt(st, i)) st.zone = 'header';

    // 5. Bullets (a field written as a bullet in a header block stays a field).
    const bullet = BULLET.exec(t);
    if (bullet && readBullet(st, i, s, e, bullet[0])) continue;

    // A known label alone on its line among label/value lines ("Salary" / "$19.50 Hourly"): a field, whatever kind its words name.
    if (readAlternatingField(st, i, s, e)) continue;

    // 6. Headings marked as such (Markdown, bold), fields and headings with content on their line.
    if (readHeading(st, i, s, e, words, 'marked')) continue;
    // A lettered or Roman-numbered label ("B. Experience Desired: …", "IV. Evaluation: …") is read past its marker.
    const split = splitLabel(raw, s + (LETTER_MARKER.exec(t)?.[0].length ?? 0), MAX_LABEL_WORDS);
    // The job's title field after other fields, the title read already: the job description's own block of fields
    // begins ("TITLE:" / "Elementary School Counselor" under the board's Position Type, Date Posted, Location).
    if (split && st.title !== null && fieldKey(split.label) === 'job_title') startSecondFieldBlock(st, i);
    if (split && HAS_LETTER.test(split.label) && isUpperStart(split.label) && readFieldOrInlineHeading(st, i, s, e, split)) continue;
    // A Word template's colon-less field, its value set off by spaces ("REPORTS TO      Building Principal").
    const padded = split ? null : splitPaddedLabel(raw, s);
    if (padded && readFieldOrInlineHeading(st, i, s, e, padded)) continue;
    // A print view's label run into its value ("TitleSubstitute Bus Operators", "Posting ID467").
    const glued = split || padded ? null : splitGluedLabel(raw, s);
    if (glued && readFieldOrInlineHeading(st, i, s, e, glued)) continue;
    if (!split && readHeaderLine(st, i, s, e, words, 'split-style')) continue;

    // 7. Headings without a field shape, then ALL-CAPS headings run on into their text.
    if (readHeading(st, i, s, e, words, split ? 'split' : 'plain')) continue;
    if (readRunOnHeading(st, i, s, e)) continue;

    // 8. Short unlabelled lines in the header block: organization, location, employment type.
    if (readHeaderLine(st, i, s, e, words, 'unlabelled')) continue;

    // 9. A short name over a list or a paragraph inside a section: a sub-heading.
    if (readSubHeading(st, i, s, e, words)) continue;

    // 10. Paragraphs: they join the current section unless their content opens a section of its own.
    readParagraph(st, i, s, e, words);
  }
  return n;
}

/** Fields and lines a header block holds before a job-title field starts another block (fewer: the employer's name over its fields). */
const SECOND_BLOCK_FIELDS = 2;
const SECOND_BLOCK_LINES = 3;

/**
 * A job-title field (line i) after a block of fields, the posting's title read already: the job description's
 * own block of fields begins ("TITLE:" / "Elementary School Counselor" under the board's Position Type, Date
 * Posted, Location). The employer's name right above it is that block's letterhead and moves to it.
 */
function startSecondFieldBlock(st: ParseState, i: number): void {
  const cur = st.current;
  if (!cur || cur.kind !== 'header' || cur.fields.length < SECOND_BLOCK_FIELDS || i - cur.line < SECOND_BLOCK_LINES) return;
  const last = cur.fields[cur.fields.length - 1]!;
  const letterhead = last.key === 'organization' && last.line > cur.line && st.nextNonBlank[last.line] === i && cur.fields.length > SECOND_BLOCK_FIELDS;
  if (!letterhead) {
    open(st, 'header', i, null);
    return;
  }
  cur.fields.pop();
  open(st, 'header', last.line, null).fields.push(last);
}

/** Longer than this, the line under a board's facet label is not its value. */
const MAX_FACET_VALUE_WORDS = 6;

/** An outline marker before a capitalised label: one capital letter or a Roman numeral, a period or parenthesis, a space. */
const LETTER_MARKER = /^(?:[A-Z]|[IVX]{2,4})[.)] (?=[A-Z])/;

/** "Job Title: Bus Driver" (or "Position Title:" with the value below) as the title line. */
function readFieldTitle(st: ParseState, i: number, s: number, e: number, split: NonNullable<ReturnType<typeof splitLabel>>): void {
  const info = st.lineInfo[i]!;
  let valueLine = i;
  let vs = split.valueStart;
  let ve = split.valueEnd;
  if (vs >= ve) {
    const next = st.nextNonBlank[i]!;
    if (next < st.lines.length) {
      valueLine = next;
      [vs, ve] = st.trimmed[next]!;
      st.consumed[next] = 1;
      st.lineInfo[next]!.kind = 'title';
    }
  }
  const title: Title = { text: st.lines[valueLine]!.slice(vs, ve), line: valueLine, range: range(valueLine, vs, valueLine, ve) };
  st.title = title;
  info.kind = 'title';
  const b = open(st, 'title', i, { text: st.texts[i]!, label: title.text, range: range(i, s, i, e), style: 'colon' });
  // The field stays a field too: rules compare it with the fields below ("Reports To: Director of Transportation").
  addField(st, b, makeField(st, split.label, 'job_title', i, split.labelStart, split.labelEnd, valueLine, vs, ve));
  b.lastLine = valueLine;
  st.zone = 'header';
}

/** A fact above the title: a field ("DEPARTMENT: Operational Services") or an unlabelled line (a category, a date). */
function addFactAboveTitle(st: ParseState, b: Builder, i: number, s: number, e: number): void {
  const split = splitLabel(st.lines[i]!, s, MAX_LABEL_WORDS);
  // "Position Type:" with its value on the next line (the plan read that line as the value too).
  if (split && split.valueStart >= split.valueEnd && readValueBelow(st, i, split, fieldKey(split.label))) return;
  if (split) addField(st, b, makeField(st, split.label, fieldKey(split.label), i, split.labelStart, split.labelEnd, i, split.valueStart, split.valueEnd));
  else if (isDateLine(st.texts[i]!)) addField(st, b, makeField(st, FIELD_LABELS.posting_date, 'posting_date', i, s, s, i, s, e));
}
