// The same section twice (two "Education Required:" headings, two job summaries), and a heading
// written again on the next line ("Essential Job Functions" / "Essential Job Functions:"), which a
// form's field label and the template's own heading leave behind.
import type { Posting, Section, SectionKind } from '../model/posting.ts';
import type { Rule, RuleFinding } from './types.ts';
import { normalizeTitle } from './duplicate-title.ts';
import { KIND_NAMES } from './missing-section.ts';
import { lineRange } from '../facts/util.ts';
import { factsFor, lineFacts } from '../facts/memo.ts';

/** normalizeTitle, kept with the text's line facts (the editor asks again on every keystroke). */
function normalized(text: string): string {
  const f = factsFor(text);
  return (f.norm ??= normalizeTitle(f.text));
}

/** The first non-blank line of a section after its heading, when it repeats the heading's words; else -1. */
function repeatedHeadingLine(posting: Posting, s: Section, label: string): number {
  if (!label || s.heading!.inlineContent) return -1;
  const facts = lineFacts(posting);
  for (let l = s.heading!.range.start.line + 1; l <= s.endLine && l < posting.lines.length; l++) {
    const t = posting.lines[l]!;
    if (t.trim() === '') continue;
    return t.length <= 200 && (facts[l]!.norm ??= normalizeTitle(facts[l]!.text)) === label ? l : -1;
  }
  return -1;
}

/** Kinds a posting has once; a second heading of one of these is a duplicate even when worded differently. */
const SINGLE: ReadonlySet<SectionKind> = new Set(['summary', 'education', 'experience', 'ksa', 'residency', 'responsibilities']);
const NEVER: ReadonlySet<SectionKind> = new Set(['title', 'header', 'other']);

export const duplicateSection: Rule = {
  meta: {
    id: 'duplicate-section',
    description: 'A section that appears twice.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        sameKind: {
          type: 'boolean',
          description: 'Also report two different headings of one single-use kind ("Job Summary" and "Position Summary").',
          default: false,
        },
      },
      additionalProperties: false,
    },
    messages: {
      repeatedHeading: "Repeated heading: '{{heading}}' repeats the heading on line {{line}}.",
      duplicate: "Duplicate section: '{{heading}}' repeats the {{kindName}} section '{{first}}' on line {{line}}.",
    },
    docs: 'docs/rules/duplicate-section.md',
    fixable: false,
  },
  check(posting, ctx) {
    const byKind = new Map<SectionKind, number>();
    const byLabel = new Map<string, number>();
    const out: RuleFinding[] = [];
    const secs = posting.sections;
    for (let i = 0; i < secs.length; i++) {
      const s = secs[i]!;
      if (!s.heading || NEVER.has(s.kind)) continue;
      const label = normalized(s.heading.label);
      const again = repeatedHeadingLine(posting, s, label);
      if (again >= 0) {
        out.push({
          messageId: 'repeatedHeading',
          data: { heading: posting.lines[again]!.trim(), line: s.heading.range.start.line + 1 },
          range: lineRange(posting, again),
          kind: s.kind,
        });
      }
      const sameLabel = byLabel.get(label);
      const sameKind = byKind.get(s.kind);
      let first: number | undefined;
      if (sameLabel !== undefined && label) first = sameLabel;
      else if (
        ctx.options.sameKind !== false &&
        SINGLE.has(s.kind) &&
        sameKind !== undefined &&
        secs[sameKind]!.heading!.style !== 'sentence' &&
        s.heading.style !== 'sentence'
      )
        first = sameKind;
      if (first !== undefined) {
        const f = secs[first]!;
        out.push({
          messageId: 'duplicate',
          data: { heading: s.heading.label, kindName: KIND_NAMES[s.kind], first: f.heading!.label, line: f.line + 1 },
          range: s.heading.range,
          kind: s.kind,
        });
        continue;
      }
      if (label && !byLabel.has(label)) byLabel.set(label, i);
      if (!byKind.has(s.kind)) byKind.set(s.kind, i);
    }
    return out;
  },
};
