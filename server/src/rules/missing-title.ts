// The posting never names the job on a line of its own: no title line at the top and no "Job
// Title:" field anywhere, so a reader (and a job board's listing) has only the prose to guess from.
// A LinkedIn copy that starts with the board's "About the job" is left alone: the board shows the
// title above the copied text, so its absence from the copy is not the writer's gap.
import type { Rule } from './types.ts';
import { documentRange, firstContentLine, range } from '../facts/util.ts';
import { isBoardPreamble } from '../model/header.ts';

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
