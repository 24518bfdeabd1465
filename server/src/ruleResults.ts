// The findings of one open document's last analysis, kept per region of its text so that the next
// analysis (after a keystroke) runs a rule only where the edit could change what it reports.
//
// A region is the lines above the first top-level section, or one top-level section with its
// sub-sections. After an edit each region of the new posting is matched with the region of the
// previous posting it was (the same start line above the edit, moved by the lines the edit added
// or removed below it) and compared part for part: lines, line readings, sections, fields and junk,
// all moved by that many lines. A rule declares what its findings depend on (RuleMeta.scope):
// - 'line' or 'section' rules are run again on a posting with every other line blanked (and the
//   other regions' sections, fields and junk left out): 'line' rules on the changed regions only,
//   'section' rules on the changed regions and their neighbours, with one more region of context
//   on each side. The findings of the regions they were not asked about are the previous ones,
//   moved with their region.
// - 'document' rules run on the whole posting every time.
// When anything a rule is given besides the posting changed (profile, options, severity, the day,
// the title, the front matter, the template library), the rule runs on the whole posting again.
// The result is the same findings, in the same order per position, as running every rule on the
// whole posting (test/props/incremental-rules.test.ts).
import type { Field, LineInfo, Posting, Range, Section } from './model/posting.ts';
import { sameBlock, sameField, sameHeading, sameLineInfo, sameRange, shiftRange } from './model/shift.ts';
import type { Finding, RuleScope } from './rules/types.ts';
import { junkLines } from './facts/junk.ts';

/** A posting's lines cut into regions, and which sections, fields and junk ranges start in each. */
interface Regions {
  /** First line of each region; region k is [starts[k], starts[k + 1]) (the last one to the end). */
  starts: number[];
  lineCount: number;
  /** Indices in Posting.sections, by region. */
  sections: number[][];
  fields: Field[][];
  junk: Range[][];
  /** The region of each line. */
  regionOfLine: Int32Array;
  /** Which lines are job-board text (facts/junk.ts): a list of related jobs runs on over headings, so this is read whole. */
  junkLines: Uint8Array;
  /** Regions always shown to a rule run on part of the posting: the top (title, first sections), which rules read for the whole. */
  head: number;
}

/** Postings shorter than this (lines) are analysed whole, nothing kept. */
const MIN_LINES = 400;

/** Regions at the top shown in every partial run (and the title's). */
const HEAD_REGIONS = 3;

const NONE: readonly Finding[] = [];

function regionsOf(posting: Posting): Regions {
  const n = posting.lines.length;
  const starts = [0];
  for (const s of posting.sections) if (s.level === 1 && s.line > starts[starts.length - 1]! && s.line < n) starts.push(s.line);
  const regionOfLine = new Int32Array(n);
  for (let k = 0; k < starts.length; k++) regionOfLine.fill(k, starts[k]!, starts[k + 1] ?? n);
  const at = (line: number) => regionOfLine[Math.min(Math.max(line, 0), n - 1)] ?? 0;
  const sections = starts.map((): number[] => []);
  const fields = starts.map((): Field[] => []);
  const junk = starts.map((): Range[] => []);
  posting.sections.forEach((s, i) => sections[at(s.line)]!.push(i));
  for (const f of posting.fields) fields[at(f.range.start.line)]!.push(f);
  for (const j of posting.junk) junk[at(j.start.line)]!.push(j);
  const head = Math.max(HEAD_REGIONS, posting.title ? at(posting.title.line) + 1 : 0);
  return { starts, lineCount: n, sections, fields, junk, regionOfLine, junkLines: junkLines(posting), head };
}

function regionEnd(r: Regions, k: number): number {
  return r.starts[k + 1] ?? r.lineCount;
}

const SECTION_KEYS = new Set(['kind', 'heading', 'line', 'endLine', 'range', 'bodyRange', 'blocks', 'fields', 'empty', 'level', 'parent']);

/** Section a is section b moved `by` lines; parents compared relative to each region's first section. */
function sameSection(a: Section, b: Section, by: number, aBase: number, bBase: number): boolean {
  // The incremental parser hands on the sections an edit did not move as the same objects.
  if (a === b && by === 0 && (a.parent === undefined || aBase === bBase)) return true;
  if (a.kind !== b.kind || a.level !== b.level || a.empty !== b.empty || a.line !== b.line + by || a.endLine !== b.endLine + by) return false;
  if (!sameRange(a.range, b.range, by) || !sameHeading(a.heading, b.heading, by)) return false;
  if (a.bodyRange === null || b.bodyRange === null ? a.bodyRange !== b.bodyRange : !sameRange(a.bodyRange, b.bodyRange, by)) return false;
  if (a.parent === undefined || b.parent === undefined ? a.parent !== b.parent : a.parent - aBase !== b.parent - bBase) return false;
  if (a.blocks.length !== b.blocks.length || a.fields.length !== b.fields.length) return false;
  for (let i = 0; i < a.blocks.length; i++) if (!sameBlock(a.blocks[i]!, b.blocks[i]!, by)) return false;
  for (let i = 0; i < a.fields.length; i++) if (!sameField(a.fields[i]!, b.fields[i]!, by)) return false;
  // Parts a later parser adds to a section are compared as they are (they hold no line numbers yet).
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (SECTION_KEYS.has(key)) continue;
    if (JSON.stringify((a as unknown as Record<string, unknown>)[key]) !== JSON.stringify((b as unknown as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Region k of posting `now` is region j of posting `then` moved `by` lines, part for part. */
function sameRegion(now: Posting, nr: Regions, k: number, then: Posting, tr: Regions, j: number, by: number): boolean {
  const start = nr.starts[k]!;
  const end = regionEnd(nr, k);
  if (tr.starts[j]! + by !== start || regionEnd(tr, j) + by !== end) return false;
  const hasInfo = now.lineInfo.length === now.lines.length && then.lineInfo.length === then.lines.length;
  if (!hasInfo && now.lineInfo.length + then.lineInfo.length > 0) return false;
  for (let i = start; i < end; i++) {
    if (now.lines[i] !== then.lines[i - by] || nr.junkLines[i] !== tr.junkLines[i - by]) return false;
    // Line readings the incremental parser kept are the same objects when nothing moved.
    if (hasInfo && (by !== 0 || now.lineInfo[i] !== then.lineInfo[i]) && !sameLineInfo(now.lineInfo[i]!, then.lineInfo[i - by]!, by)) return false;
  }
  const ns = nr.sections[k]!;
  const ts = tr.sections[j]!;
  if (ns.length !== ts.length) return false;
  for (let i = 0; i < ns.length; i++) if (!sameSection(now.sections[ns[i]!]!, then.sections[ts[i]!]!, by, ns[0]!, ts[0]!)) return false;
  const nf = nr.fields[k]!;
  const tf = tr.fields[j]!;
  if (nf.length !== tf.length) return false;
  for (let i = 0; i < nf.length; i++) if (!sameField(nf[i]!, tf[i]!, by)) return false;
  const nj = nr.junk[k]!;
  const tj = tr.junk[j]!;
  if (nj.length !== tj.length) return false;
  for (let i = 0; i < nj.length; i++) if (!sameRange(nj[i]!, tj[i]!, by)) return false;
  return true;
}

function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const out: Finding = { ...f, range: shiftRange(f.range, by) };
  if (f.fixes) {
    out.fixes = f.fixes.map((fix) => {
      const moved = { ...fix, edits: fix.edits.map((e) => ({ ...e, range: shiftRange(e.range, by) })) };
      if (fix.removes) moved.removes = fix.removes.map((r) => shiftRange(r, by));
      return moved;
    });
  }
  if (f.related) out.related = f.related.map((r) => ({ ...r, range: shiftRange(r.range, by) }));
  return out;
}

/** What one rule reported last time, by region of the last posting, and the settings it ran with. */
interface RuleRecord {
  key: string;
  byRegion: ReadonlyArray<readonly Finding[]>;
}

interface Last {
  posting: Posting;
  regions: Regions;
  context: string;
  templates: object;
  rules: Map<string, RuleRecord>;
}

/** One open document's rule results (the session keeps one per document, next to its parser). */
export class RuleResults {
  private last: Last | null = null;

  /** `minLines`: postings shorter than this are analysed whole (tests pass 0 to exercise the partial runs on short ones). */
  constructor(private readonly minLines = MIN_LINES) {}

  /** @internal the blank line readings of the partial postings */
  readonly blank = new BlankInfos();
  /** Rule runs on part of the posting and on the whole of it (tests and benches read these). */
  readonly counts = { partial: 0, whole: 0, reused: 0 };

  /**
   * Starts the rule runs of an analysis of `posting`. `context`: everything besides the posting
   * that every rule is given (profile, day, title, front matter…), as a string; `templates`: the
   * template library the rules' section templates come from (compared by identity).
   */
  begin(posting: Posting, context: string, templates: object): RulePass | null {
    // A short posting is analysed whole: comparing and masking it costs about what it saves.
    if (posting.lines.length < this.minLines) {
      this.last = null;
      return null;
    }
    const last = this.last && this.last.context === context && this.last.templates === templates ? this.last : null;
    return new RulePass(this, last, posting, context, templates);
  }

  /** Forgets the kept results (the document closed, or memory is short). */
  reset(): void {
    this.last = null;
  }

  /** @internal RulePass.commit */
  keep(last: Last): void {
    this.last = last;
  }
}

/** The rule runs of one analysis. */
export class RulePass {
  private readonly regions: Regions;
  /** For each region of the new posting: the previous region it is, and by how many lines it moved (-1: changed). */
  private readonly was: Int32Array;
  private readonly by: Int32Array;
  private readonly rules = new Map<string, RuleRecord>();
  /** The posting the partial runs read (built on first use; null: none can be exact, run whole). */
  private masked: Posting | null | undefined;
  /** askedFor's answer by reach: the same for every rule of that reach in this pass. */
  private readonly asked = new Map<number, readonly boolean[]>();

  constructor(
    private readonly owner: RuleResults,
    private readonly prev: Last | null,
    private readonly posting: Posting,
    private readonly context: string,
    private readonly templates: object,
  ) {
    this.regions = regionsOf(posting);
    const count = this.regions.starts.length;
    this.was = new Int32Array(count).fill(-1);
    this.by = new Int32Array(count);
    if (!prev) return;
    const tr = prev.regions;
    const byStart = new Map<number, number>();
    tr.starts.forEach((s, j) => byStart.set(s, j));
    const moved = posting.lines.length - prev.posting.lines.length;
    for (let k = 0; k < count; k++) {
      const start = this.regions.starts[k]!;
      for (const by of moved === 0 ? [0] : [0, moved]) {
        const j = byStart.get(start - by);
        if (j !== undefined && sameRegion(posting, this.regions, k, prev.posting, tr, j, by)) {
          this.was[k] = j;
          this.by[k] = by;
          break;
        }
      }
    }
  }

  /**
   * The findings of one rule: `run` on the whole posting, or on the part the edit could change with
   * the rest kept from last time. `key`: the rule's settings (severity and options) as a string.
   */
  findings(id: string, scope: RuleScope | undefined, key: string, run: (posting: Posting) => Finding[]): Finding[] {
    const old = this.prev?.rules.get(id);
    const reach = scope === 'line' ? 0 : scope === 'section' ? 1 : -1;
    if (reach < 0 || !old || old.key !== key) return this.whole(id, key, run, reach >= 0);
    const count = this.regions.starts.length;
    const asked = this.askedFor(reach);
    const any = asked.includes(true);
    const byRegion: Array<readonly Finding[]> = new Array<readonly Finding[]>(count);
    if (any) {
      const part = this.maskedPosting();
      if (!part) return this.whole(id, key, run, true);
      this.owner.counts.partial++;
      const fresh = bucket(detach(run(part)), this.regions);
      for (let k = 0; k < count; k++) if (asked[k]) byRegion[k] = fresh[k] ?? NONE;
    } else {
      this.owner.counts.reused++;
    }
    const out: Finding[] = [];
    for (let k = 0; k < count; k++) {
      if (!asked[k]) {
        const before = old.byRegion[this.was[k]!] ?? NONE;
        const by = this.by[k]!;
        byRegion[k] = by === 0 || before.length === 0 ? before : before.map((f) => shiftFinding(f, by));
      }
      for (const f of byRegion[k]!) out.push(f);
    }
    this.rules.set(id, { key, byRegion });
    return out;
  }

  /**
   * The regions a rule of this reach must be run on again: those that are not a previous region,
   * or whose neighbours within the reach are not that region's previous neighbours (changed, gone
   * or new).
   */
  private askedFor(reach: number): readonly boolean[] {
    const known = this.asked.get(reach);
    if (known) return known;
    const count = this.regions.starts.length;
    const oldCount = this.prev ? this.prev.regions.starts.length : 0;
    const asked = new Array<boolean>(count).fill(false);
    for (let k = 0; k < count; k++) {
      const j = this.was[k]!;
      if (j < 0) {
        asked[k] = true;
        continue;
      }
      for (let d = -reach; d <= reach && !asked[k]; d++) {
        const inNew = k + d >= 0 && k + d < count;
        const inOld = j + d >= 0 && j + d < oldCount;
        if (inNew !== inOld || (inNew && this.was[k + d] !== j + d)) asked[k] = true;
      }
    }
    this.asked.set(reach, asked);
    return asked;
  }

  /** Keeps this analysis's results for the next one. */
  commit(): void {
    this.owner.keep({ posting: this.posting, regions: this.regions, context: this.context, templates: this.templates, rules: this.rules });
  }

  private whole(id: string, key: string, run: (posting: Posting) => Finding[], keep: boolean): Finding[] {
    const found = run(this.posting);
    if (!keep) return found;
    this.owner.counts.whole++;
    const kept = detach(found);
    this.rules.set(id, { key, byRegion: bucket(kept, this.regions) });
    return kept;
  }

  /**
   * The posting partial runs read: the lines of the regions a section rule is asked about, one
   * region of context on each side, and the head, with every other line blanked. Line rules read
   * the same posting (a few more lines than they need, but the per-posting facts of rules and
   * facts/ are then built once).
   */
  private maskedPosting(): Posting | null {
    if (this.masked !== undefined) return this.masked;
    const { posting, regions } = this;
    const count = regions.starts.length;
    const asked = this.askedFor(1);
    const shown: boolean[] = new Array<boolean>(count).fill(false);
    for (let k = 0; k < count; k++) if (asked[k]) for (let d = -1; d <= 1; d++) if (k + d >= 0 && k + d < count) shown[k + d] = true;
    for (let k = 0; k < Math.min(regions.head, count); k++) shown[k] = true;
    this.masked = mask(posting, regions, shown, this.owner.blank);
    return this.masked;
  }
}

/** Blank line readings by line number, made once per document and shared by its partial postings (they are never changed). */
class BlankInfos {
  private readonly made: LineInfo[] = [];
  at(line: number): LineInfo {
    for (let i = this.made.length; i <= line; i++) this.made.push({ line: i, text: '', kind: 'blank', indent: 0 });
    return this.made[line]!;
  }
}

/**
 * The posting with the lines of the regions not shown blanked and their sections and fields left
 * out; its junk is the whole posting's junk lines that are shown. Null when that cannot be exact:
 * a section's parent would be left out, or the blanked posting reads other lines as junk.
 */
function mask(posting: Posting, regions: Regions, shown: boolean[], blank: BlankInfos): Posting | null {
  const n = posting.lines.length;
  const lines = new Array<string>(n);
  const hasInfo = posting.lineInfo.length === n;
  const lineInfo = hasInfo ? new Array<LineInfo>(n) : posting.lineInfo;
  const junk: Range[] = [];
  const isJunk = regions.junkLines;
  for (let i = 0; i < n; i++) {
    const on = shown[regions.regionOfLine[i]!]!;
    lines[i] = on ? posting.lines[i]! : '';
    if (hasInfo) lineInfo[i] = on ? posting.lineInfo[i]! : blank.at(i);
    if (on && isJunk[i]) {
      const last = junk[junk.length - 1];
      if (last && last.end.line === i - 1) last.end = { line: i, character: posting.lines[i]!.length };
      else junk.push({ start: { line: i, character: 0 }, end: { line: i, character: posting.lines[i]!.length } });
    }
  }
  const on = (line: number) => shown[regions.regionOfLine[Math.min(Math.max(line, 0), n - 1)] ?? 0]!;
  const index = new Map<number, number>();
  const sections: Section[] = [];
  for (let i = 0; i < posting.sections.length; i++) {
    const s = posting.sections[i]!;
    if (!on(s.line)) continue;
    index.set(i, sections.length);
    if (s.parent === undefined) {
      sections.push(s);
      continue;
    }
    const parent = index.get(s.parent);
    if (parent === undefined) return null;
    sections.push(parent === s.parent ? s : { ...s, parent });
  }
  const masked: Posting = { ...posting, lines, lineInfo, sections, fields: posting.fields.filter((f) => on(f.range.start.line)), junk };
  const maskedJunk = junkLines(masked);
  for (let i = 0; i < n; i++) if (maskedJunk[i] !== (on(i) ? isJunk[i] : 0)) return null;
  return masked;
}

/**
 * Findings by the region of their first line, each region's in the order they came; a region
 * without findings has no entry (read as NONE): a large posting has thousands of regions and most
 * rules find nothing in most of them, so an empty array for each, for every rule at every
 * keystroke, was the largest allocation of this file.
 */
function bucket(findings: readonly Finding[], regions: Regions): Array<readonly Finding[]> {
  const out = new Array<Finding[]>(regions.starts.length);
  const n = regions.lineCount;
  for (const f of findings) {
    const k = regions.regionOfLine[Math.min(Math.max(f.range.start.line, 0), n - 1)] ?? 0;
    (out[k] ??= []).push(f);
  }
  return out;
}

/**
 * Copies of the findings that share no string with the posting: a kept finding's message or word
 * sliced from a line would keep that whole version of the document alive as long as it is kept.
 */
function detach(findings: Finding[]): Finding[] {
  return findings.length === 0 ? findings : structuredClone(findings);
}
