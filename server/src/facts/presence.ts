// Presence by content: for each content kind, where the posting states it: its own section, inside
// a section of another kind (a degree bullet under Qualifications, a pay sentence in the summary, a
// residency clause under Conditions), or a header field (`Salary: $52,000`). One linear pass,
// computed once per analysis (analyze() hands it to the rules as RuleContext.presence and keeps it
// as Analysis.presence); missing-section, pay-transparency, pay facts, the report and hover all
// judge presence from it, so they never disagree.
import type { Posting, Range, Section } from '../model/posting.ts';
import { isProseLine, lineKind, lineRange, sectionIndexByLine } from './util.ts';
import { lineFacts } from './memo.ts';
import { CONTENT_KINDS, EEO, isContentKind, lineContentKinds, PAY_ON_HEADING, type ContentKind } from './content.ts';
import { junkLines } from './junk.ts';
import { dutiesInProse, dutyListInside } from './duties.ts';
import { kindForHeading } from '../model/catalog.ts';
import { namesApplyMeans } from './deadline.ts';

/** Where a statement of a kind is. */
export type Where = 'section' | 'inside' | 'field';

/** One place the posting states content of a kind. */
export interface Statement {
  kind: ContentKind;
  where: Where;
  /** First and last line (0-based, inclusive). */
  line: number;
  endLine: number;
  range: Range;
  /** What shows it, as written: the heading, the field, or the sentence (at most EVIDENCE_MAX characters). */
  evidence: string;
}

export interface Presence {
  /**
   * The statements of each kind, in line order: every section of the kind, every block the parser
   * classified, every field; sentences are read up to the kind's first statement (no more regex work
   * than the question "is it there?" needs), except salary, whose every sentence is kept (pay.ts).
   */
  statements: ReadonlyMap<ContentKind, readonly Statement[]>;
  /** The first statement of each kind present. */
  first: ReadonlyMap<ContentKind, Statement>;
  /** Lines with a pay sentence, every one (pay.ts reads its figures from them). */
  salaryLines: readonly number[];
  /** Junk lines (the parser's plus the job-board lists junk.ts recognises). */
  junk: Uint8Array;
  present: ContentKind[];
  missing: ContentKind[];
}

/** Evidence text is cut here: enough to recognise the sentence in a hover or the report. */
export const EVIDENCE_MAX = 80;

const cache = new WeakMap<Posting, Presence>();

function sectionHasContent(s: Section): boolean {
  return s.blocks.length > 0 || s.fields.length > 0 || !!s.heading?.inlineContent || (!s.empty && s.bodyRange !== null);
}

/** Requirement kinds whose headings often name more than they hold ("Education/Certification", "Education/Training"). */
const REQUIREMENT_KINDS = new Set<string>(['education', 'licensure', 'experience']);

/**
 * True when a requirement section's every block states another kind ("Education/Certification:" over
 * "Clear and valid driver's license"): the heading's kind is not stated there, and its lines are read
 * sentence by sentence like any other (a degree named there still counts).
 */
function statesOnlyOtherKinds(s: Section): boolean {
  return REQUIREMENT_KINDS.has(s.kind) && s.blocks.length > 0 && s.blocks.every((b) => b.contentKind !== null && b.contentKind !== s.kind);
}

/** True when the section is itself a statement of its kind: a content kind, something under it, and that something of its kind. */
function statesOwnKind(s: Section): boolean {
  return isContentKind(s.kind) && sectionHasContent(s) && !statesOnlyOtherKinds(s);
}

/** A line this long holds a run-together posting (every heading and field on one line), not a paragraph. */
const RUN_TOGETHER = 400;
/** Characters before a colon read for the heading that ends there. */
const LABEL_REACH = 60;

/**
 * Headings inside a run-together line ("…PrincipalPAY GRADE: …ESSENTIAL DUTIES:1. Plans …"): for
 * each colon, the longest stretch before it that starts a word (or a capital glued to the text
 * before) and that the catalog knows exactly as a heading of a content kind. Each kind once, with
 * where its heading is. Linear: each colon reads at most LABEL_REACH characters.
 */
function headingsInRunTogether(text: string): Array<{ kind: ContentKind; start: number; end: number }> {
  const out: Array<{ kind: ContentKind; start: number; end: number }> = [];
  const seen = new Set<string>();
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const from = Math.max(0, colon - LABEL_REACH);
    for (let s = from; s < colon - 2; s++) {
      const c = text.charCodeAt(s);
      const prev = s > 0 ? text.charCodeAt(s - 1) : 32;
      const upper = c >= 65 && c <= 90;
      // A start: a capital after a space, or a capital glued to a lower-case letter or digit ("LeadershipSALARY", "2400Start").
      if (!upper || !(prev === 32 || prev === 9 || (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57) || s === 0)) continue;
      const h = kindForHeading(text.slice(s, colon));
      if (h?.exact && isContentKind(h.kind) && !seen.has(h.kind)) {
        seen.add(h.kind);
        out.push({ kind: h.kind, start: s, end: colon + 1 });
      }
      if (h?.exact) break;
    }
  }
  return out;
}

/** Whitespace that the collapse below would change: a run of two, or one that is not a plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

function cut(text: string): string {
  let t = text.slice(0, EVIDENCE_MAX * 4).trim();
  // Most evidence is one line with single spaces, where the collapse gives the same text: a test
  // allocates nothing, the replace a new string (it matches every single space).
  if (UNEVEN_SPACE.test(t)) t = t.replace(/\s+/g, ' ');
  return t.length > EVIDENCE_MAX ? `${t.slice(0, EVIDENCE_MAX - 1)}…` : t;
}

/** Where the posting states each content kind. Linear; cached with the posting, so every reader shares one pass. */
export function presenceOf(posting: Posting): Presence {
  const cached = cache.get(posting);
  if (cached) return cached;
  const junk = junkLines(posting);
  const statements = new Map<ContentKind, Statement[]>();
  const first = new Map<ContentKind, Statement>();
  const salaryLines: number[] = [];
  // Kinds (bit per CONTENT_KINDS index) a classified block or a field already states on each line: a sentence there adds nothing.
  const statedOn = new Int32Array(posting.lines.length);
  const mark = (kind: ContentKind, from: number, to: number): void => {
    const bit = 1 << CONTENT_KINDS.indexOf(kind);
    for (let l = from; l <= to && l < statedOn.length; l++) statedOn[l]! |= bit;
  };
  const add = (st: Statement): void => {
    let list = statements.get(st.kind);
    if (!list) statements.set(st.kind, (list = []));
    list.push(st);
    const prev = first.get(st.kind);
    if (!prev || st.line < prev.line) first.set(st.kind, st);
  };
  // Header fields first: a block or sentence on a field's line restates the field.
  for (const f of posting.fields) {
    if (junk[f.line] || f.value.trim() === '') continue;
    const kind: ContentKind | null =
      f.key === 'salary' || f.key === 'salary_range' || isPayGradeField(f.key, f.name, f.value) ? 'salary' : f.key === 'closing_date' ? 'how_to_apply' : null;
    if (!kind) continue;
    add({ kind, where: 'field', line: f.line, endLine: f.range.end.line, range: f.range, evidence: cut(`${f.name}: ${f.value}`) });
    mark(kind, f.line, f.range.end.line);
  }
  // Sections of a kind with something under them; classified blocks elsewhere.
  for (const s of posting.sections) {
    // An unheaded section opening on job-board text states its kind only through the blocks after it.
    const firstOwn = !s.heading && junk[s.line] ? s.blocks.find((b) => !junk[b.line]) : s.blocks[0];
    if (!s.heading && junk[s.line] && !firstOwn) continue;
    const own = statesOwnKind(s);
    if (own) {
      const evidence = s.heading ? s.heading.text : (firstOwn?.text ?? posting.lines[s.line] ?? '');
      add({
        kind: s.kind as ContentKind,
        where: 'section',
        line: s.line,
        endLine: s.endLine,
        range: s.heading?.range ?? s.range,
        evidence: cut(evidence),
      });
    }
    for (let bi = 0; bi < s.blocks.length; bi++) {
      const b = s.blocks[bi]!;
      if (junk[b.line] || !isContentKind(b.contentKind) || (own && b.contentKind === s.kind)) continue;
      if (statedOn[b.line]! & (1 << CONTENT_KINDS.indexOf(b.contentKind))) continue;
      add({ kind: b.contentKind, where: 'inside', line: b.line, endLine: b.endLine, range: b.range, evidence: cut(b.text) });
      mark(b.contentKind, b.line, b.endLine);
    }
  }
  // Duties listed under another kind's heading ("JOB GOAL:" over "Carry out the pre-trip inspection …",
  // a summary going on with "Monitors … / Gives … / Collects …", a paragraph "The teacher writes
  // lesson plans … The teacher works with …"): responsibilities stated inside.
  if (!first.has('responsibilities')) {
    const duties = dutyListInside(posting, junk) ?? dutiesInProse(posting, junk);
    if (duties) {
      add({ kind: 'responsibilities', where: 'inside', line: duties.line, endLine: duties.endLine, range: duties.range, evidence: cut(duties.text) });
      mark('responsibilities', duties.line, duties.endLine);
    }
  }
  // Sentences, bullets and inline heading text anywhere else.
  const titleLine = posting.title ? posting.title.line : -1;
  const facts = lineFacts(posting);
  const secIdx = sectionIndexByLine(posting);
  let current = 0;
  // A kind already stated on an earlier line needs no more regex work (salary keeps every line).
  const done = (kind: ContentKind): boolean => kind !== 'salary' && (first.get(kind)?.line ?? Infinity) < current;
  for (let i = 0; i < posting.lines.length; i++) {
    if (junk[i]) continue;
    const k = lineKind(posting, i);
    if (k === 'blank' || k === 'stray' || k === 'junk') continue;
    const s = secIdx[i]! >= 0 ? posting.sections[secIdx[i]!] : undefined;
    const sectionKind = s?.kind ?? null;
    let start = 0;
    let inline: string | null = null;
    if (k === 'heading' || k === 'title' || i === titleLine) {
      const text = posting.lines[i]!;
      // "AN EQUAL OPPORTUNITY EMPLOYER" as a heading is the statement itself; so is pay that a
      // heading or title line states ("Salary Commensurate With Experience", "… - $24.50 Per Hour").
      if (k === 'heading' && sectionKind !== 'eeo' && !first.has('eeo') && EEO.test(text)) {
        add({ kind: 'eeo', where: 'inside', line: i, endLine: i, range: lineRange(posting, i), evidence: cut(text) });
      }
      if (!first.has('salary') && text.length <= RUN_TOGETHER && PAY_ON_HEADING.test(text)) {
        add({ kind: 'salary', where: 'inside', line: i, endLine: i, range: lineRange(posting, i), evidence: cut(text) });
        salaryLines.push(i);
      }
      continue;
    }
    if (k === 'heading-inline') {
      const inl = s?.heading?.inlineContent;
      const h = s?.heading?.range;
      // Read whole: a column of the line is not a position in the inline text.
      if (inl) inline = inl.text;
      else if (h && h.end.line === i && h.end.character < posting.lines[i]!.length) {
        start = h.end.character; // the text after the heading became a block of its own
      } else continue;
    } else if (isProseLine(posting, i)) {
      start = posting.lineInfo[i]?.contentStart ?? 0;
    }
    current = i;
    // Indexed: this runs for every line, often before it is optimised, where for-of allocates per step.
    const kinds = lineContentKinds(facts[i]!, start, inline, done);
    for (let c = 0; c < kinds.length; c++) {
      const kind = kinds[c]!;
      if (kind === 'salary') salaryLines.push(i);
      // Inside the kind's own section the section is the statement.
      if ((kind === sectionKind && statesOwnKind(s!)) || statedOn[i]! & (1 << CONTENT_KINDS.indexOf(kind))) continue;
      add({ kind, where: 'inside', line: i, endLine: i, range: lineRange(posting, i), evidence: cut(inline ?? posting.lines[i]!) });
    }
  }
  // A posting run together on one line: its headings, glued among the text, still say which kinds it states.
  for (let i = 0; i < posting.lines.length; i++) {
    const text = posting.lines[i]!;
    if (junk[i] || text.length < RUN_TOGETHER || text.length > 20000) continue;
    for (const h of headingsInRunTogether(text)) {
      if (first.has(h.kind)) continue;
      add({ kind: h.kind, where: 'inside', line: i, endLine: i, range: lineRange(posting, i), evidence: cut(text.slice(h.start, h.start + EVIDENCE_MAX)) });
    }
  }
  for (const list of statements.values()) list.sort((a, b) => a.line - b.line);
  // How to apply is present only where some line (job-board text aside: a board's Apply button is the
  // board's) names a way, place or document to apply with. A closing date, or a sentence that only
  // says to apply ("invites you to apply", "Applications must be in by Friday"), says when or that,
  // not how: its statements stay (missing-section quotes them), the kind is not present.
  if (first.has('how_to_apply') && !namesAnyApplyMeans(posting, junk)) first.delete('how_to_apply');
  const present: ContentKind[] = [];
  const missing: ContentKind[] = [];
  for (const k of CONTENT_KINDS) (first.has(k) ? present : missing).push(k);
  const presence: Presence = { statements, first, salaryLines, junk, present, missing };
  cache.set(posting, presence);
  return presence;
}

/**
 * A field that states pay by a place on the district's scale rather than by figures ("GRADE: 2",
 * "Pay Grade: A-14", "Rate: PESPA Level 3", "Stipend: per the coaching schedule"): pay is stated
 * (the labels count it present; pay-transparency still asks for figures where a law does). A grade
 * taught is no pay grade: "Grade: 3rd", "Grade: K-5", "Grade: Middle School".
 */
const PAY_FIELD_NAME = /^(?:(?:pay|payment|pay ?rate|hourly|daily|wage) )?rate$|^stipend$|^(?:pay|wage|salary) (?:band|level|step|class)$|^band(?: (?:&|and) grade)?$/i;
const GRADE_TAUGHT = /^(?:grades? )?(?:\d{1,2} ?(?:st|nd|rd|th)\b|pre-?k\b|k(?:indergarten)?\b|\d{1,2} ?(?:-|–|through|to) ?\d{1,2}\b|(?:elementary|middle|junior|high|secondary|primary|intermediate)\b)/i;
function isPayGradeField(key: string | null, name: string, value: string): boolean {
  const v = value.trim();
  if (v === '' || /^_+$/.test(v)) return false;
  if (key === 'job_grade') return !GRADE_TAUGHT.test(v);
  return key === null && PAY_FIELD_NAME.test(name.trim());
}

function namesAnyApplyMeans(posting: Posting, junk: Uint8Array): boolean {
  for (let i = 0; i < posting.lines.length; i++) if (!junk[i] && namesApplyMeans(posting.lines[i]!)) return true;
  return false;
}
