// A heading with nothing under it ("Knowledge, Skills and Abilities :" followed by the next heading).
import type { Posting, Section, SectionKind } from '../model/posting.ts';
import type { Rule, RuleFinding } from './types.ts';
import { deleteLinesEdit, firstContentLine, lineKind, lineRange } from '../facts/util.ts';
import { isContentKind } from '../facts/content.ts';
import { KIND_NAMES } from './missing-section.ts';
import { kindForHeading } from '../model/catalog.ts';
import { fieldKey } from '../model/fields.ts';
import { nextText } from '../facts/column.ts';

/** Kinds that sit under an umbrella heading ("…must possess the following qualifications:"). */
const SUBKINDS: ReadonlySet<SectionKind> = new Set([
  'education',
  'licensure',
  'experience',
  'ksa',
  'preferred',
  'conditions',
  'residency',
  'qualifications',
]);
/** What a duties heading may stand over as its own sub-sections: the conditions and the skills the duties call for. */
const DUTY_SUBKINDS: ReadonlySet<SectionKind> = new Set(['conditions', 'ksa']);
const REQUIREMENTS: ReadonlySet<SectionKind> = new Set(['education', 'licensure', 'experience']);
const UMBRELLAS: ReadonlySet<SectionKind> = new Set([
  'qualifications',
  'conditions',
  'responsibilities',
  'about_district',
  'other',
  'how_to_apply',
  'salary',
  'benefits',
]);

const STATEMENT = /\bequal (?:employment )?opp|\bemployer\b/i;

/**
 * True when every line after the heading, up to the section's end, is blank. The parser folds a
 * heading-like line that opens no section of its own ("Teaching License (Required)" under
 * "License/Certification:") into the section above without making it a block or a field, so the
 * section's `empty` flag alone would call that section empty and the fix would delete the line.
 */
function nothingUnderHeading(posting: Posting, s: Section): boolean {
  const last = Math.min(s.endLine, posting.lines.length - 1);
  for (let l = s.heading!.range.end.line + 1; l <= last; l++) if (posting.lines[l]!.trim() !== '') return false;
  return true;
}

/**
 * A heading line the parser folded into the section above rather than opening a section with it
 * ("TECHNICAL SKILLS:" between "LANGUAGE SKILLS:" and "MATHEMATICAL SKILLS:"), that ends in a colon:
 * the colon promises content, so a line like "Teaching License (Required)" under
 * "License/Certification:", an item read as a heading, is never one. A lead-in sentence is not one either.
 */
function isFoldedColonHeading(posting: Posting, l: number, sectionStarts: ReadonlySet<number>): boolean {
  if (sectionStarts.has(l) || lineKind(posting, l) !== 'heading' || !posting.lines[l]!.trimEnd().endsWith(':')) return false;
  // A sentence read as a heading ("… must possess the following qualifications :") leads into what follows.
  return !isLeadInSentence(posting.lines[l]!);
}

/**
 * Folded colon headings (see isFoldedColonHeading) with nothing under them: the next text is another
 * heading line, a section start, or the end of the posting. Also a section's own heading whose
 * first text is such a folded heading that is its peer, not its sub-heading ("REASONING ABILITY:"
 * over "INTERPERSONAL SKILLS:"; "QUALIFICATIONS:" over "Required:" is an umbrella). Linear.
 */
function emptyFoldedHeadings(posting: Posting): { line: number; label: string; kind: SectionKind }[] {
  const starts = new Set(posting.sections.map((s) => s.line));
  const out: { line: number; label: string; kind: SectionKind }[] = [];
  const n = posting.lines.length;
  const isHeadingLine = (l: number): boolean => {
    const k = lineKind(posting, l);
    return k === 'heading' || (starts.has(l) && k !== 'paragraph' && k !== 'bullet');
  };
  for (const s of posting.sections) {
    if (!s.heading || s.kind === 'title' || s.kind === 'header') continue;
    const first = nextText(posting, s.heading.range.end.line);
    if (first >= 0 && first <= s.endLine && isFoldedColonHeading(posting, first, starts) && s.heading.text.trimEnd().endsWith(':')) {
      const sub = kindForHeading(labelOf(posting.lines[first]!));
      const umbrella = !sub?.known || (UMBRELLAS.has(s.kind) && SUBKINDS.has(sub.kind)) || (REQUIREMENTS.has(s.kind) && REQUIREMENTS.has(sub.kind));
      if (!umbrella) out.push({ line: s.line, label: s.heading.label, kind: s.kind });
    }
    for (let l = s.heading.range.end.line + 1; l <= Math.min(s.endLine, n - 1); l++) {
      if (!isFoldedColonHeading(posting, l, starts)) continue;
      const next = nextText(posting, l);
      if (next >= 0 && !isHeadingLine(next)) continue;
      const label = labelOf(posting.lines[l]!);
      const match = kindForHeading(label);
      // Only a heading the catalog knows: an unknown one may be a list's lead-in or an item.
      if (match?.known) out.push({ line: l, label, kind: match.kind });
    }
  }
  return out;
}

/** A heading line's label: its text without the closing colon. */
function labelOf(text: string): string {
  const t = text.trim();
  return t.endsWith(':') ? t.slice(0, -1).trimEnd() : t;
}

/** A sentence announcing a list: it ends in a colon, or in "one of the following …" / "the following." ("the following day" is no list). */
export const ANNOUNCES = /:\s*$|\b(?:one|all|each|any|both|either|some) of the following\b[^.:;]{0,80}\.\s*$|\bthe following\.\s*$/i;
/** The two words every announcement but a closing colon holds (ANNOUNCES's case rules). */
const FOLLOWING = /following/i;

/**
 * ANNOUNCES.test(line), without running it on every sentence of a posting at every keystroke: it
 * can only match a line whose last character before trailing spaces (\s and trimEnd() agree on
 * what a space is) is a colon (then it does) or a full stop after the word "following".
 */
export function announcesList(line: string): boolean {
  const end = line.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (last === 58) return true; // ':'
  return last === 46 && FOLLOWING.test(end) && ANNOUNCES.test(line); // '.'
}

/** Blank lines looked past for the list an announcement promises. */
const LIST_REACH = 3;

/**
 * Sentences that announce a list with no list after them: the next text (past a few blank lines) is
 * a heading, another announcement, or the end of the posting. A paragraph only: a field label
 * ("Reports To:") or a heading ending in a colon is not an announcement. Linear.
 */
function emptyAnnouncements(posting: Posting): number[] {
  const out: number[] = [];
  const n = posting.lines.length;
  // The first section starting at each line, built once: a search of every section per announcement was quadratic in a long posting.
  let byLine: Map<number, Section> | undefined;
  const secAt = (l: number): Section | undefined => {
    if (!byLine) {
      byLine = new Map();
      for (const s of posting.sections) if (!byLine.has(s.line)) byLine.set(s.line, s);
    }
    return byLine.get(l);
  };
  const announces = (l: number): boolean => lineKind(posting, l) === 'paragraph' && posting.lines[l]!.length <= 2000 && announcesList(posting.lines[l]!);
  for (let i = 0; i < n; i++) {
    if (!announces(i)) continue;
    let j = i + 1;
    while (j < n && j - i <= LIST_REACH + 1 && posting.lines[j]!.trim() === '') j++;
    if (j < n && posting.lines[j]!.trim() === '') continue; // a long gap: not judged
    // A heading the catalog knows starts the next section; an unknown one may be the list's first item read as a heading.
    const k = j < n ? lineKind(posting, j) : 'blank';
    const known = j < n && (k === 'heading' || k === 'heading-inline') && secAt(j)?.heading?.label !== undefined && kindForHeading(secAt(j)!.heading!.label)?.known === true;
    if (j >= n || known || announces(j)) out.push(i);
  }
  return out;
}

/** Words a sentence read as a heading has at least, and the share of them starting lower-case. */
const LEAD_IN_WORDS = 6;
const LEAD_IN_LOWER = 0.6;

/**
 * A sentence that ends in a colon, read as a heading ("The employee pays every cost tied to these
 * requirements:"): many words, most of them lower-case, as a sentence has and a heading does not.
 * Under a heading, it is the section's first line, not a sub-heading that leaves the section empty.
 */
function isLeadInSentence(label: string): boolean {
  const words = label.trim().split(/\s+/);
  if (words.length < LEAD_IN_WORDS) return false;
  let lower = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) lower++;
  }
  return lower / words.length >= LEAD_IN_LOWER;
}

/**
 * True when the section's heading is the value of a bare field label right above it ("Location:" /
 * "Early Education and Support"): a job board's details block, one label and one value a line.
 */
function isValueOfLabelAbove(posting: Posting, prev: Section | undefined, s: Section): boolean {
  if (!prev?.heading || !prev.heading.text.trimEnd().endsWith(':') || fieldKey(prev.heading.label) === null) return false;
  if (!nothingUnderHeading(posting, prev)) return false;
  return s.line === prev.heading.range.end.line + 1 + blankRun(posting, prev.heading.range.end.line + 1);
}

/**
 * A duties heading heads the conditions and skills of the duties at most; straight over a heading
 * the catalog knows for a requirement it has lost its list ("ESSENTIAL DUTIES:" / "EDUCATION and/or
 * EXPERIENCE: …"). A lead-in sentence read as the next heading ("The nurse does the following:") is
 * the duties' first line, not a requirement.
 */
function lostDutyList(s: Section, next: Section, dutiesElsewhere: boolean): boolean {
  if (s.kind !== 'responsibilities' || !next.heading) return false;
  // Skills and working conditions state no duty: over them, with no duty stated anywhere in the
  // posting, the duties heading has lost its list ("Essential Functions:" / "Skills, Knowledge, and Abilities:").
  if (DUTY_SUBKINDS.has(next.kind)) return !dutiesElsewhere;
  return kindForHeading(next.heading.label)?.known === true;
}

function blankRun(posting: Posting, from: number): number {
  let n = 0;
  while (from + n < posting.lines.length && posting.lines[from + n]!.trim() === '') n++;
  return n;
}

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    description: 'A section heading with no content under it.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        announcedLists: {
          type: 'boolean',
          description: 'Also report a sentence that announces a list ("… must submit the following:") with no list after it.',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      empty: "Empty section: '{{heading}}' ({{kindName}}) has no content.",
      announced: "Empty list: '{{text}}' announces a list, but none follows; the list was lost in a copy.",
    },
    docs: 'docs/rules/empty-section.md',
    fixable: 'suggestion',
  },
  check(posting, ctx) {
    const out: RuleFinding[] = [];
    const secs = posting.sections;
    for (let i = 0; i < secs.length; i++) {
      const s = secs[i]!;
      if (!s.heading || s.kind === 'title' || s.kind === 'header') continue;
      if (!s.empty || s.blocks.length || s.fields.length || s.heading.inlineContent) continue;
      if (!nothingUnderHeading(posting, s)) continue;
      const next = secs[i + 1];
      // "AN EQUAL EMPLOYMENT OPPORTUNITY EMPLOYER": the heading is the statement itself.
      if (s.kind === 'eeo' && STATEMENT.test(s.heading.label)) continue;
      // A wrapper heading on the first line ("About the job") over the posting's own headings.
      if (next?.heading && i <= 1 && s.line === firstContentLine(posting)) continue;
      // An ALL CAPS notice of five words or more ("THIS EXAMINATION IS TO BE GIVEN ONLY") is a statement, not a heading.
      if (s.kind === 'other' && s.heading.style === 'caps' && s.heading.label.split(/\s+/).length >= 5) continue;
      // An ALL CAPS heading wrapped over two lines (one ending in a colon, "WORK EXPERIENCE:", is whole).
      if (next?.heading && s.heading.style === 'caps' && next.heading.style === 'caps' && next.line === s.line + 1 && !s.heading.text.trimEnd().endsWith(':')) continue;
      // An umbrella heading directly followed by its sub-sections is not empty.
      if (next && next.line <= s.endLine + 1 + blankRun(posting, s.endLine + 1)) {
        if (next.kind === s.kind) continue; // "About the job" → "General Description"
        if (UMBRELLAS.has(s.kind) && SUBKINDS.has(next.kind) && !lostDutyList(s, next, ctx.presence.first.has('responsibilities'))) continue;
        // "Education, Training And Experience Requirement" over "Certification/License:"
        if (REQUIREMENTS.has(s.kind) && REQUIREMENTS.has(next.kind)) continue;
        if (next.kind === 'other' && next.heading) continue; // an unknown heading reads as a sub-heading ("How To Apply" → "TEACHING STAFF")
        if (s.kind === 'other' && next.heading) continue; // "Additional Information" over "Minimum annual salary:"
      }
      // A document's own title over its block of fields ("JOB REQUIREMENTS ANALYSIS" / "POSITION
      // TITLE: …", a job description appended to the vacancy notice): a label, not an empty section.
      if (next?.kind === 'header' && !next.heading && next.line <= s.endLine + 1 + blankRun(posting, s.endLine + 1) && s.heading.style === 'caps') continue;
      // A sentence ending in a colon read as the next heading is this section's first line.
      if (next?.heading && next.line <= s.endLine + 1 + blankRun(posting, s.endLine + 1) && isLeadInSentence(next.heading.label)) continue;
      // The value of a bare field label above ("Location:" / "Early Education and Support") read as a heading.
      if (isValueOfLabelAbove(posting, secs[i - 1], s)) continue;
      // A heading at the very end of the text is a section being written; still report it, it is empty.
      out.push({
        messageId: 'empty',
        data: { heading: s.heading.label, kindName: KIND_NAMES[s.kind] },
        range: s.heading.range,
        kind: s.kind,
        // Nothing of the kind anywhere else either: the same gap as a missing section (rules/gaps.ts folds them).
        ...(isContentKind(s.kind) && !ctx.presence.first.has(s.kind) ? { gaps: [s.kind] } : {}),
        fixes: [
          {
            title: `Delete the empty '${s.heading.label}' heading`,
            edits: [deleteLinesEdit(posting, s.line, s.heading.range.end.line)],
            safe: false,
          },
        ],
      });
    }
    // A set, not a search of the findings per heading: a posting of many repeated headings has as many findings.
    const reported = new Set(out.map((f) => f.range.start.line));
    for (const h of emptyFoldedHeadings(posting)) {
      if (reported.has(h.line)) continue;
      out.push({
        messageId: 'empty',
        data: { heading: h.label, kindName: KIND_NAMES[h.kind] },
        range: lineRange(posting, h.line),
        kind: h.kind,
        fixes: [{ title: `Delete the empty '${h.label}' heading`, edits: [deleteLinesEdit(posting, h.line, h.line)], safe: false }],
      });
    }
    if (ctx.options.announcedLists !== false) {
      for (const l of emptyAnnouncements(posting)) {
        const t = posting.lines[l]!.trim();
        // Information: a list read as a heading, or a list in a picture the copy left out, looks the same.
        out.push({ messageId: 'announced', data: { text: t.length > 60 ? `…${t.slice(-57)}` : t }, range: lineRange(posting, l), severity: 'info' });
      }
    }
    return out.sort((a, b) => a.range.start.line - b.range.start.line);
  },
};
