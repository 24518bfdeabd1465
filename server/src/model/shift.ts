// Moving parsed parts down or up by a number of lines (the incremental parser reuses the parse of
// the lines after an edit, which moved when the edit added or removed lines), and comparing a part
// with another that sits that many lines away. Pure; a shifted part is a copy, the original stays.
import type { Block, Field, Heading, LineInfo, Range, Section } from './posting.ts';

export function shiftRange(r: Range, by: number): Range {
  return { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
}

export function shiftHeading(h: Heading, by: number): Heading {
  const out: Heading = { ...h, range: shiftRange(h.range, by) };
  if (h.inlineContent) out.inlineContent = { text: h.inlineContent.text, range: shiftRange(h.inlineContent.range, by) };
  return out;
}

export function shiftBlock(b: Block, by: number): Block {
  return { ...b, line: b.line + by, endLine: b.endLine + by, range: shiftRange(b.range, by) };
}

export function shiftLineInfo(info: LineInfo, by: number): LineInfo {
  return by === 0 ? info : { ...info, line: info.line + by };
}

/**
 * Shifts fields keeping their identity across the posting: a field is one object in
 * `Posting.fields` and in its section's `fields`, and stays one object once shifted.
 */
export class FieldShifter {
  private readonly done = new Map<Field, Field>();
  constructor(private readonly by: number) {}

  field(f: Field): Field {
    if (this.by === 0) return f;
    let out = this.done.get(f);
    if (!out) {
      const by = this.by;
      out = { ...f, line: f.line + by, nameRange: shiftRange(f.nameRange, by), valueRange: shiftRange(f.valueRange, by), range: shiftRange(f.range, by) };
      this.done.set(f, out);
    }
    return out;
  }

  /** The section `by` lines and `bySections` sections further on (its parent index moves with it). */
  section(s: Section, bySections: number): Section {
    const by = this.by;
    if (by === 0 && (bySections === 0 || s.parent === undefined)) return s;
    if (by === 0) return { ...s, parent: s.parent! + bySections };
    const out: Section = {
      ...s,
      heading: s.heading ? shiftHeading(s.heading, by) : null,
      line: s.line + by,
      endLine: s.endLine + by,
      range: shiftRange(s.range, by),
      bodyRange: s.bodyRange ? shiftRange(s.bodyRange, by) : null,
      blocks: s.blocks.map((b) => shiftBlock(b, by)),
      fields: s.fields.map((f) => this.field(f)),
    };
    if (s.parent !== undefined) out.parent = s.parent + bySections;
    return out;
  }
}

/** True when range a is range b moved `by` lines. */
export function sameRange(a: Range, b: Range, by: number): boolean {
  return (
    a.start.line === b.start.line + by && a.end.line === b.end.line + by && a.start.character === b.start.character && a.end.character === b.end.character
  );
}

export function sameHeading(a: Heading | null, b: Heading | null, by: number): boolean {
  if (!a || !b) return a === b;
  if (a.text !== b.text || a.label !== b.label || a.style !== b.style || !sameRange(a.range, b.range, by)) return false;
  const ai = a.inlineContent;
  const bi = b.inlineContent;
  if (!ai || !bi) return ai === bi;
  return ai.text === bi.text && sameRange(ai.range, bi.range, by);
}

export function sameBlock(a: Block, b: Block, by: number): boolean {
  return a.type === b.type && a.text === b.text && a.line === b.line + by && a.endLine === b.endLine + by && a.contentKind === b.contentKind && sameRange(a.range, b.range, by);
}

export function sameField(a: Field, b: Field, by: number): boolean {
  return (
    a.name === b.name &&
    a.key === b.key &&
    a.value === b.value &&
    a.line === b.line + by &&
    !!a.glued === !!b.glued &&
    sameRange(a.nameRange, b.nameRange, by) &&
    sameRange(a.valueRange, b.valueRange, by) &&
    sameRange(a.range, b.range, by)
  );
}

export function sameLineInfo(a: LineInfo, b: LineInfo, by: number): boolean {
  return a.line === b.line + by && a.text === b.text && a.kind === b.kind && a.indent === b.indent && a.bulletMarker === b.bulletMarker && a.contentStart === b.contentStart;
}
