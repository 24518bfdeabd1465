// The posting never names the job on a line of its own: no title line at the top and no "Job
// Title:" field anywhere, so a reader (and a job board's listing) has only the prose to guess from.
// A LinkedIn copy that starts with the board's "About the job" is left alone: the board shows the
// title above the copied text, so its absence from the copy is not the writer's gap.
import type { Rule } from './types.ts';
import { documentRange, firstContentLine, range } from '../facts/util.ts';
import { isBoardPreamble } from '../model/header.ts';
import type { Posting } from '../model/posting.ts';
import { textLines } from '../facts/prose.ts';
import { roleFamilyOf } from '../facts/roles.ts';
import { wordCount } from '../model/text.ts';

/** How far down the text a title line below page chrome is looked for (text lines, blanks not counted). */
const TITLE_REACH = 12;
/** A title line is short: more words make it a sentence. */
const TITLE_WORDS = 12;
// "Posting: School Bus Driver", "Vacancy - Cook": a board's label before the title.
const TITLE_PREFIX = /^\s*(?:posting|position|vacancy|job|opening)\s*[:\-–]\s*/i;

// A header field under the title ("Job Category:Bus Driver", "Location: Main Office").
const FIELD_LINE = /^[A-Z][A-Za-z /&-]{1,30}:/;

// The end of a sentence that names the job on the line below: "applicants for the position of:",
// "the following vacancy:", "seeks a qualified applicant for the role of:".
const ANNOUNCES_TITLE = /\b(?:position|positions|vacancy|vacancies|opening|job|role)(?: of)?:\s*$/i;

/**
 * True when one of the first text lines is a job title standing alone below page chrome the parser
 * kept above it (a board's menu, a school's phone and hours, a help-desk banner): a short line, not
 * a sentence or question, that names a school job ("Bus Route Drivers", "Special Education Aide
 * (Part-Time)"). The title is there; only the chrome above hides it from the parser.
 */
function titleBelowChrome(posting: Posting): boolean {
  const lines = textLines(posting);
  const blank = (i: number): boolean => i < 0 || i >= posting.lines.length || posting.lines[i]!.trim() === '';
  for (let k = 0; k < lines.length && k < TITLE_REACH; k++) {
    const i = lines[k]!;
    // A line of its own at the margin, with the posting's fields or a blank line under it: a line
    // inside a list or paragraph is an item, an indented one a wrapped value.
    // A sentence that announces the job on the next line ("… to apply for the position of:") sets
    // the title off on a line of its own too, though the copy may indent it.
    const announced = k > 0 && ANNOUNCES_TITLE.test(posting.lines[lines[k - 1]!]!);
    if (!announced && (!blank(i - 1) || /^\s/.test(posting.lines[i]!))) continue;
    if (!(blank(i + 1) || FIELD_LINE.test(posting.lines[i + 1]!))) continue;
    const text = posting.lines[i]!.trim().replace(TITLE_PREFIX, '');
    // Capitalised, no label or sentence punctuation: "Reports To: … Principal" is a field, "To substitute, you must…" a sentence.
    if (text.length > 160 || !/^[A-Z]/.test(text) || /[:;,.?!]$/.test(text) || text.includes(': ') || wordCount(text) > TITLE_WORDS) continue;
    if (roleFamilyOf(text).family !== 'other') return true;
  }
  return false;
}

// A title label anywhere: "Job Title:", "POSITION TITLE :", "Class Title", "<p>JOB TITLE: …" (a
// field the parser could not split still names the job).
const TITLE_LABEL = /\b(?:job|position|class|working|official|vacancy) title\b/i;

export const missingTitle: Rule = {
  meta: {
    id: 'missing-title',
    description: 'No job title: no title line at the top and no "Job Title:" field anywhere.',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      missing: 'No job title: the posting never names the job on a line of its own; put the title on the first line.',
    },
    docs: 'docs/rules/missing-title.md',
    fixable: 'suggestion',
  },
  check(posting) {
    if (posting.title) return [];
    const top = posting.frontMatter ? posting.frontMatter.endLine + 1 : 0;
    const first = firstContentLine(posting);
    if (first < 0 || isBoardPreamble(posting.lines[first]!.trim())) return [];
    if (posting.fields.some((f) => TITLE_LABEL.test(f.name) || f.key === 'job_title')) return [];
    if (posting.lines.some((l) => l.length < 2000 && TITLE_LABEL.test(l))) return [];
    if (titleBelowChrome(posting)) return [];
    return [
      {
        messageId: 'missing',
        data: {},
        range: documentRange(posting),
        kind: 'title',
        fixes: [{ title: 'Add a job title line', edits: [{ range: range(top, 0, top, 0), newText: '${1:Job title}' + posting.eol + posting.eol }], snippet: true, safe: false }],
      },
    ];
  },
};
