// The parser's working state and the small operations every line handler shares: open a section,
// add a field or a block, start a heading (as a section or a sub-heading). One state per parse.
import type { Block, Field, FieldKey, Heading, LineInfo, Range, SectionKind, Title } from './posting.ts';
import { fieldKey, findGluedLabel, paddedFieldAt, splitLabel } from './fields.ts';
import { isSpace, range } from './lines.ts';
import { factorOf, parentFor, type Builder } from './sections.ts';
import { headingKind } from './decide.ts';

export const MAX_LABEL_WORDS = 6;

export type Zone = 'start' | 'header' | 'body';

export interface ParseState {
  lines: string[];
  trimmed: Array<[number, number]>;
  /** texts[i]: line i without its surrounding spaces (lines[i] cut at trimmed[i]), cut once for every reader. */
  texts: string[];
  /** words[i]: the number of words of texts[i]. */
  words: Int32Array;
  lineInfo: LineInfo[];
  /** nextNonBlank[i]: the first line after i that is neither blank nor table residue (or n). */
  nextNonBlank: Int32Array;
  consumed: Uint8Array;
  sections: Builder[];
  fields: Field[];
  junk: Range[];
  title: Title | null;
  current: Builder | null;
  zone: Zone;
}

export function open(st: ParseState, kind: SectionKind, line: number, heading: Heading | null, contentDecides = false, isJunk = false): Builder {
  const b: Builder = { kind, heading, line, lastLine: line, blocks: [], fields: [], bullets: 0, contentDecides, junk: isJunk, level: 1, parent: null };
  // Two readers may open a section on the same line (a job-title field starts a second field block,
  // then the field reader opens its header there): the later one is the section; the earlier,
  // still empty, would end before it starts.
  const cur = st.current;
  if (cur && cur.line === line && cur.blocks.length === 0 && cur.fields.length === 0 && st.sections[st.sections.length - 1] === cur) st.sections.pop();
  else if (kind === 'header' && !heading && cur && captionsFields(st, cur, line)) {
    // A heading of no known kind right above a block of header fields, with nothing under it
    // ("POSITION HIGHLIGHTS", the title repeated in capitals over the fields): the block's caption,
    // where the header starts.
    b.line = cur.line;
    b.heading = cur.heading;
    st.sections.pop();
  }
  st.current = b;
  st.sections.push(b);
  return b;
}

function captionsFields(st: ParseState, cur: Builder, line: number): boolean {
  const h = cur.heading;
  return cur.kind === 'other' && !cur.junk && cur.level === 1 && h !== null && h.style !== 'sentence' && cur.blocks.length === 0 && cur.fields.length === 0 && st.sections[st.sections.length - 1] === cur && st.nextNonBlank[h.range.end.line] === line;
}

/** The current header section, or a new one starting at this line. */
export function headerAt(st: ParseState, line: number): Builder {
  const cur = st.current;
  return cur && cur.kind === 'header' ? cur : open(st, 'header', line, null);
}

export function addField(st: ParseState, section: Builder, field: Field): void {
  section.fields.push(field);
  st.fields.push(field);
}

export function makeField(st: ParseState, name: string, key: FieldKey | null, line: number, nameStart: number, nameEnd: number, valueLine: number, valueStart: number, valueEnd: number): Field {
  return {
    name,
    key,
    value: st.lines[valueLine]!.slice(valueStart, valueEnd),
    line,
    nameRange: range(line, nameStart, line, nameEnd),
    valueRange: range(valueLine, valueStart, valueLine, valueEnd),
    range: range(line, nameStart, valueLine, valueEnd),
  };
}

/**
 * Adds "Label: value" on one line to the section, with the fields that follow it on the same line:
 * glued ("552778290Posted: …") or set in padded columns ("Custodian      Wage/Hour Status: Nonexempt").
 */
export function addInlineFields(st: ParseState, section: Builder, i: number, label: string, labelStart: number, labelEnd: number, valueStart: number, valueEnd: number): void {
  const raw = st.lines[i]!;
  let from = valueStart;
  let name = label;
  let nameStart = labelStart;
  let nameEnd = labelEnd;
  for (let guard = 0; guard < 8; guard++) {
    const value = raw.slice(from, valueEnd);
    const glued = findGluedLabel(value);
    const column = glued > 0 ? -1 : paddedFieldAt(value);
    const cut = glued > 0 ? glued : column;
    const rest = cut > 0 ? splitLabel(raw, from + cut, MAX_LABEL_WORDS) : null;
    if (!rest || rest.valueEnd > valueEnd) {
      addField(st, section, makeField(st, name, fieldKey(name), i, nameStart, nameEnd, i, from, valueEnd));
      return;
    }
    let firstEnd = from + cut;
    while (firstEnd > from && isSpace(raw.charCodeAt(firstEnd - 1))) firstEnd--;
    addField(st, section, makeField(st, name, fieldKey(name), i, nameStart, nameEnd, i, from, firstEnd));
    if (glued > 0) {
      const second = makeField(st, rest.label, fieldKey(rest.label), i, rest.labelStart, rest.labelEnd, i, rest.valueStart, rest.valueEnd);
      second.glued = true;
      addField(st, section, second);
      return;
    }
    name = rest.label;
    nameStart = rest.labelStart;
    nameEnd = rest.labelEnd;
    from = rest.valueStart;
  }
}

export function addBlock(st: ParseState, section: Builder, type: Block['type'], i: number, start: number, end: number, kindOf: SectionKind | null): void {
  section.blocks.push({ type, text: st.lines[i]!.slice(start, end), line: i, endLine: i, range: range(i, start, i, end), contentKind: kindOf });
  section.lastLine = i;
}

/**
 * Starts the section a heading opens. A job-description factor ("Report Preparation:") becomes a
 * sub-heading of the section it sits in, of that section's kind; a demand or environment factor
 * sits under a conditions section, or opens one.
 */
export function startHeading(st: ParseState, i: number, heading: Heading, kind: SectionKind, contentDecides: boolean): Builder {
  st.zone = 'body';
  const cur = st.current;
  const factor = factorOf(heading.label);
  // A second heading of the same kind right under the first ("Other Requirements :" then "…must
  // possess the following qualifications :") belongs to the same section.
  if (!factor && cur && cur.heading && cur.kind === kind && cur.blocks.length === 0 && cur.fields.length === 0 && !cur.junk) {
    cur.lastLine = i;
    return cur;
  }
  const parent = factor ? parentFor(cur) : null;
  const nestsIn = factor ? null : nestingParent(cur, heading, kind);
  if (nestsIn) {
    // A part of the section above: a requirement under "Qualifications:" keeps its own kind; a
    // second heading of the section's own kind ("General Cleaning Responsibilities") takes the section's.
    const b = sub(open(st, kind, i, heading, contentDecides), nestsIn);
    if (kind === nestsIn.kind) b.inherits = true;
    return b;
  }
  if (factor === 'condition') {
    const b = open(st, 'conditions', i, heading);
    if (parent && parent.kind === 'conditions') sub(b, parent);
    return b;
  }
  if (factor === 'factor' && parent) return startSubHeading(st, i, heading, parent);
  return open(st, kind, i, heading, contentDecides);
}

/** The requirement kinds a "Qualifications" / "Requirements" heading holds as its parts. */
const REQUIREMENT_PARTS = new Set<SectionKind>(['education', 'licensure', 'experience', 'ksa']);

/**
 * The level-1 section a new heading is a part of, or null when it opens a section of its own: a
 * requirement heading ("Education:", "Skills, Knowledge and Abilities:") under a qualifications
 * heading that has no text of its own, or a heading that only narrows the section's own kind ("General Cleaning Responsibilities"
 * under "ESSENTIAL FUNCTIONS:", once the section has content) — a heading that is wholly a catalog entry
 * ("Responsibilities") starts afresh.
 */
function nestingParent(cur: Builder | null, heading: Heading, kind: SectionKind): Builder | null {
  const top = parentFor(cur);
  // (A sentence that introduces a list, "…must possess the following qualifications:", heads no parts.)
  if (!top || !top.heading || top.contentDecides || top.heading.style === 'sentence' || heading.style === 'markdown' || heading.style === 'sentence') return null;
  // (Only under a qualifications heading with no text of its own: after its own list, a requirement heading is a section of its own.)
  // (Right under the heading, or after a part already nested: an introducing sentence between makes the parts sections of their own.)
  if (top.kind === 'qualifications' && REQUIREMENT_PARTS.has(kind)) return top.blocks.length === 0 && (cur !== top || top.lastLine === top.line) ? top : null;
  // (A run of inline headings of one kind, "PERSONAL CHARACTERISTICS: …" / "INSTRUCTIONAL ABILITY: …", are siblings.)
  if (kind !== top.kind || kind === 'other' || heading.inlineContent || (top.blocks.length === 0 && cur === top)) return null;
  const match = headingKind(heading.label.endsWith(':') ? heading.label.slice(0, -1) : heading.label);
  return match && !match.exact ? top : null;
}

/** Opens a sub-heading (level 2) of the parent's kind inside the parent section. */
export function startSubHeading(st: ParseState, i: number, heading: Heading, parent: Builder): Builder {
  const b = sub(open(st, parent.kind, i, heading), parent);
  b.inherits = true;
  return b;
}

function sub(b: Builder, parent: Builder): Builder {
  b.level = 2;
  b.parent = parent;
  return b;
}
