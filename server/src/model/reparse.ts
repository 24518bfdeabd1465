// The editor's parser: after a small edit it parses again only from a section start a little above
// the edit to the first section start below it where the pass is back in the state it was in last
// time, and keeps the rest of the previous parse (moved by the lines the edit added or removed).
// The result is the posting parse() gives for the same text, part for part (test/props).
//
// Why this works: parse() is one pass over the lines whose state between lines is small (the zone,
// the section being filled, whether a summary was seen, fields taken from lines ahead); it looks at
// most a few lines with content ahead (nearby.ts, FIELD_BLOCK_WINDOW) and only at the line above
// behind. Right after a line opens a new top-level section that state is recorded (a checkpoint).
// Lines far enough above the edit were read exactly as before, so the pass restarts at the last
// checkpoint at least RESTART_MARGIN lines with content above the edit, in that checkpoint's state;
// below the edit it stops at the first checkpoint whose state equals the one recorded there last
// time (same section as far as it is built, same zone, same line reading): from there the pass
// would repeat the previous one line for line. Anything that does not fit (an edit near the top,
// in the title or front matter, a section that never settles) parses the whole text again.
//
// One instance per open document (the session owns it); it keeps the last posting and its
// checkpoints, one small record per section.
import type { Posting, Section } from './posting.ts';
import { finish, type Builder } from './sections.ts';
import { commonEnds, parseLines, postingOf, prepareParse, type ParseRun } from './parse.ts';
import type { ParseState, Zone } from './parseState.ts';
import { FieldShifter, sameBlock, sameField, sameHeading, sameLineInfo, shiftLineInfo, shiftRange } from './shift.ts';

/**
 * Lines with content between a restart checkpoint and the edit: more than the pass ever looks
 * ahead (a field block's window of 5 lines, a title's value on the next line), with room to spare.
 */
const RESTART_MARGIN = 8;

/** The state of the pass right after `line` opened a top-level section (before the next line). */
interface Checkpoint {
  line: number;
  zone: Zone;
  /** Index of the section in Posting.sections. */
  section: number;
  /** Fields and junk ranges of the posting up to here (the section's own fields are the last of them). */
  fields: number;
  junk: number;
  /** A section before this one read as a summary (the pass asks when a paragraph follows a header block). */
  summaryBefore: boolean;
  /** The section's builder then: its scalars, and how many of its blocks and fields it held. */
  kind: Builder['kind'];
  lastLine: number;
  blocks: number;
  ownFields: number;
  bullets: number;
  contentDecides: boolean;
  junkSection: boolean;
  closed: boolean;
  inherits: boolean;
}

interface Parsed {
  posting: Posting;
  checkpoints: Checkpoint[];
  /** The pass's per-line tables: the next version reuses them for the lines the edit left as they were. */
  tables: Pick<ParseState, 'lines' | 'trimmed' | 'texts' | 'words'>;
}

/** Stands in for the sections above a restart in the pass's one look back at them ("a summary yet?"). */
function summaryStandIn(): Builder {
  return { kind: 'summary', heading: null, line: -1, lastLine: -1, blocks: [], fields: [], bullets: 0, contentDecides: false, junk: false, level: 1, parent: null };
}

/** Records checkpoints while a pass runs; `firstIndex` is the posting index of the pass's first builder. */
class Recorder {
  readonly checkpoints: Checkpoint[] = [];
  private seen = 0;
  private summary: boolean;
  constructor(
    private readonly run: ParseRun,
    private readonly firstIndex: number,
    private readonly fieldsBefore: number,
    private readonly junkBefore: number,
    /** Builders at the start of st.sections that are not the pass's own (the stand-in). */
    private readonly skip: number,
  ) {
    this.summary = run.st.sections.slice(0, skip).some((b) => b.kind === 'summary');
    this.seen = skip;
  }

  /** The checkpoint of the state before line i, or null when line i-1 opened no top-level section or the state is not one to resume from. */
  at(i: number): Checkpoint | null {
    const { st, plan } = this.run;
    const builders = st.sections;
    // A builder's kind changes only while it is the current one: those before the last are settled.
    for (; this.seen < builders.length - 1; this.seen++) if (builders[this.seen]!.kind === 'summary') this.summary = true;
    const cur = st.current;
    const line = i - 1;
    if (!cur || cur.line !== line || cur.level !== 1 || cur !== builders[builders.length - 1] || st.zone === 'start' || line <= plan.titleLine) return null;
    if (this.run.frontMatter && line <= this.run.frontMatter.endLine) return null;
    const ahead = st.nextNonBlank[line]!;
    if (ahead < st.lines.length && st.consumed[ahead]) return null;
    // The section's fields must be the last ones taken, so that the posting's list splits there.
    const own = cur.fields.length;
    for (let k = 0; k < own; k++) if (st.fields[st.fields.length - own + k] !== cur.fields[k]) return null;
    const checkpoint: Checkpoint = {
      line,
      zone: st.zone,
      section: this.firstIndex + builders.length - 1 - this.skip,
      fields: this.fieldsBefore + st.fields.length,
      junk: this.junkBefore + st.junk.length,
      summaryBefore: this.summary,
      kind: cur.kind,
      lastLine: cur.lastLine,
      blocks: cur.blocks.length,
      ownFields: own,
      bullets: cur.bullets,
      contentDecides: cur.contentDecides,
      junkSection: cur.junk,
      closed: !!cur.closed,
      inherits: !!cur.inherits,
    };
    this.checkpoints.push(checkpoint);
    return checkpoint;
  }
}

/** True when the pass's state `now` (`by` lines further on) is the one recorded in `then` of the previous parse. */
function sameState(now: Checkpoint, cur: Builder, then: Checkpoint, thenSection: Section, by: number): boolean {
  if (
    now.zone !== then.zone ||
    now.summaryBefore !== then.summaryBefore ||
    now.kind !== then.kind ||
    now.lastLine !== then.lastLine + by ||
    now.blocks !== then.blocks ||
    now.ownFields !== then.ownFields ||
    now.bullets !== then.bullets ||
    now.contentDecides !== then.contentDecides ||
    now.junkSection !== then.junkSection ||
    now.closed !== then.closed ||
    now.inherits !== then.inherits ||
    !sameHeading(cur.heading, thenSection.heading, by)
  ) {
    return false;
  }
  for (let k = 0; k < now.blocks; k++) if (!sameBlock(cur.blocks[k]!, thenSection.blocks[k]!, by)) return false;
  for (let k = 0; k < now.ownFields; k++) if (!sameField(cur.fields[k]!, thenSection.fields[k]!, by)) return false;
  return true;
}

export class IncrementalParser {
  private last: Parsed | null = null;
  /** How many parses reused the previous one, and how many read the whole text (tests and benches read these). */
  readonly counts = { reused: 0, whole: 0 };

  /** The posting of `text`, equal to parse(text), reusing the previous call's parse where the edit left it as it was. */
  parse(text: string): Posting {
    try {
      let parsed = this.last ? this.reparse(this.last, text) : null;
      if (parsed) {
        this.counts.reused++;
      } else {
        parsed = full(text);
        this.counts.whole++;
      }
      this.last = parsed;
      return parsed.posting;
    } catch (error) {
      this.last = null;
      throw error;
    }
  }

  /** Forgets the previous parse (the document closed, or memory is short). */
  reset(): void {
    this.last = null;
  }

  private reparse(last: Parsed, text: string): Parsed | null {
    const old = last.posting;
    const run = prepareParse(text, last.tables);
    // Front matter is read from the top before the pass; an edit that changes it changes every line it covers.
    if (JSON.stringify(run.frontMatter) !== JSON.stringify(old.frontMatter)) return null;
    const { st } = run;
    const lines = st.lines;
    const oldLines = old.lines;
    const n = lines.length;
    // The edited lines: [first, n - tail) now, [first, oldLines.length - tail) before.
    const [first, tail] = commonEnds(lines, oldLines);
    const by = n - oldLines.length;
    const editEnd = n - tail;
    // The restart: the last checkpoint far enough above the edit.
    const restart = restartBefore(last.checkpoints, run, first);
    if (!restart) return null;
    const restartSection = old.sections[restart.section]!;
    for (let k = 0; k <= restart.line; k++) st.lineInfo[k] = old.lineInfo[k]!;
    st.zone = restart.zone;
    st.title = old.title;
    const builder: Builder = {
      kind: restart.kind,
      heading: restartSection.heading,
      line: restart.line,
      lastLine: restart.lastLine,
      blocks: restartSection.blocks.slice(0, restart.blocks),
      fields: restartSection.fields.slice(0, restart.ownFields),
      bullets: restart.bullets,
      contentDecides: restart.contentDecides,
      junk: restart.junkSection,
      level: 1,
      parent: null,
    };
    if (restart.closed) builder.closed = true;
    if (restart.inherits) builder.inherits = true;
    const skip = restart.summaryBefore ? 1 : 0;
    if (skip) st.sections.push(summaryStandIn());
    st.sections.push(builder);
    st.current = builder;
    // The restart's own fields are in the posting's list already: the pass's list holds what it adds.
    const recorder = new Recorder(run, restart.section, restart.fields, restart.junk, skip);
    const oldByLine = new Map<number, Checkpoint>();
    for (const c of last.checkpoints) if (c.line >= editEnd - by) oldByLine.set(c.line, c);
    let resume: Checkpoint | null = null;
    let resumeNow: Checkpoint | null = null;
    parseLines(run, restart.line + 1, (i) => {
      const now = recorder.at(i);
      if (!now || now.line < editEnd) return false;
      const then = oldByLine.get(now.line - by);
      if (!then || !sameLineInfo(st.lineInfo[now.line]!, old.lineInfo[then.line]!, by)) return false;
      if (!sameState(now, st.current!, then, old.sections[then.section]!, by)) return false;
      resume = then;
      resumeNow = now;
      return true;
    });
    return splice(run, old, last.checkpoints, restart, recorder, resume, resumeNow, by, skip);
  }
}

/** The last checkpoint with RESTART_MARGIN lines with content between it and line `first`, if any. */
function restartBefore(checkpoints: Checkpoint[], run: ParseRun, first: number): Checkpoint | null {
  const next = run.st.nextNonBlank;
  for (let k = checkpoints.length - 1; k >= 0; k--) {
    const c = checkpoints[k]!;
    if (c.line >= first) continue;
    let j = c.line;
    for (let step = 0; step < RESTART_MARGIN && j < first; step++) j = next[j]!;
    if (j < first) return c;
  }
  return null;
}

/** The new posting: the old one above the restart, the pass's part, the old one (moved) from the resume on. */
function splice(
  run: ParseRun,
  old: Posting,
  oldCheckpoints: Checkpoint[],
  restart: Checkpoint,
  recorder: Recorder,
  resume: Checkpoint | null,
  resumeNow: Checkpoint | null,
  by: number,
  skip: number,
): Parsed {
  const { st } = run;
  const builders = st.sections.slice(skip);
  const checkpoints = oldCheckpoints.filter((c) => c.line <= restart.line);
  // (The pass records the restart again, first: it is kept from the previous parse.)
  const made = recorder.checkpoints.filter((c) => c.line > restart.line);
  const sectionsAbove = old.sections.slice(0, restart.section);
  const fieldsAbove = old.fields.slice(0, restart.fields);
  const junkAbove = old.junk.slice(0, restart.junk);
  if (!resume || !resumeNow) {
    // The pass ran to the end.
    checkpoints.push(...made);
    const sections = [...sectionsAbove, ...withParentsFrom(finish(builders, st.lines, st.trimmed), restart.section)];
    return { posting: postingOf(run, sections, old.title, [...fieldsAbove, ...st.fields], [...junkAbove, ...st.junk]), checkpoints, tables: tablesOf(st) };
  }
  const r: Checkpoint = resume;
  const rn: Checkpoint = resumeNow;
  // The pass's last builder is the resume's section, which the old parse holds complete: close the others.
  const mine = withParentsFrom(finish(builders, st.lines, st.trimmed).slice(0, -1), restart.section);
  const passFields = st.fields.slice(0, st.fields.length - rn.ownFields);
  const bySections = rn.section - r.section;
  const byFields = rn.fields - r.fields;
  const byJunk = rn.junk - r.junk;
  const shifter = new FieldShifter(by);
  const fieldsBeyond = old.fields.slice(r.fields - r.ownFields).map((f) => shifter.field(f));
  const sectionsBeyond = old.sections.slice(r.section).map((s) => shifter.section(s, bySections));
  const junkBeyond = old.junk.slice(r.junk).map((j) => (by === 0 ? j : shiftRange(j, by)));
  for (let k = rn.line + 1; k < st.lines.length; k++) st.lineInfo[k] = shiftLineInfo(old.lineInfo[k - by]!, by);
  checkpoints.push(...made.filter((c) => c.line < rn.line));
  const moved = by !== 0 || bySections !== 0 || byFields !== 0 || byJunk !== 0;
  for (const c of oldCheckpoints) {
    if (c.line < r.line) continue;
    // Checkpoints are never changed once made: one the edit did not move is kept as it is.
    checkpoints.push(moved ? { ...c, line: c.line + by, lastLine: c.lastLine + by, section: c.section + bySections, fields: c.fields + byFields, junk: c.junk + byJunk } : c);
  }
  const sections = [...sectionsAbove, ...mine, ...sectionsBeyond];
  const fields = [...fieldsAbove, ...passFields, ...fieldsBeyond];
  const junk = [...junkAbove, ...st.junk, ...junkBeyond];
  return { posting: postingOf(run, sections, old.title, fields, junk), checkpoints, tables: tablesOf(st) };
}

/** Sections closed from a pass that started at posting index `from`: their parent indices are posting indices. */
function withParentsFrom(sections: Section[], from: number): Section[] {
  if (from === 0) return sections;
  for (const s of sections) if (s.parent !== undefined) s.parent += from;
  return sections;
}

/** What the next version's prepareParse reuses (only these: the rest of the pass's state is not kept). */
function tablesOf(st: ParseState): Parsed['tables'] {
  return { lines: st.lines, trimmed: st.trimmed, texts: st.texts, words: st.words };
}

/** A whole parse, with its checkpoints. */
function full(text: string): Parsed {
  const run = prepareParse(text);
  const recorder = new Recorder(run, 0, 0, 0, 0);
  parseLines(run, 0, (i) => {
    recorder.at(i);
    return false;
  });
  const { st } = run;
  return { posting: postingOf(run, finish(st.sections, st.lines, st.trimmed)), checkpoints: recorder.checkpoints, tables: tablesOf(st) };
}
