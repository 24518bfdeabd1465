// Text job boards wrap around a posting, copied along with it: "Read Full Description",
// "Discover Similar Jobs", "Confirmed 7 hours ago", related-job lists, newsletter blurbs, and the
// scraped-title question "What are the responsibilities and job description for … position at …?".
import type { Posting } from '../model/posting.ts';
import { junkLines } from './content.ts';
import type { Rule, RuleFinding } from './types.ts';
import { deleteLinesEdit, lineRange, linesRange } from './util.ts';

const QUESTION_PREFIX = 'what are the responsibilities and job description for ';
const QUESTION_MIDDLE = ' position at ';

/** "What are the responsibilities and job description for the X position at Y?" → X, or null. */
export function questionTitle(line: string): string | null {
  const t = line.trim();
  if (t.length > 600 || !t.toLowerCase().startsWith(QUESTION_PREFIX) || !t.endsWith('?')) return null;
  const at = t.toLowerCase().lastIndexOf(QUESTION_MIDDLE);
  if (at < QUESTION_PREFIX.length) return null;
  let title = t.slice(QUESTION_PREFIX.length, at).trim();
  for (const article of ['the ', 'a ', 'an ']) if (title.toLowerCase().startsWith(article)) title = title.slice(article.length);
  // a trailing parenthetical names a school or quadrant, not part of the title
  if (title.endsWith(')')) {
    const open = title.lastIndexOf('(');
    if (open > 0) title = title.slice(0, open).trim();
  }
  return title || null;
}

function firstContentLine(posting: Posting): number {
  for (let i = 0; i < posting.lines.length; i++) {
    if (posting.frontMatter && i >= posting.frontMatter.line && i <= posting.frontMatter.endLine) continue;
    if (posting.lines[i]!.trim() !== '') return i;
  }
  return -1;
}

export const jobBoardJunk: Rule = {
  id: 'job-board-junk',
  defaultSeverity: 'warning',
  description: 'Job-board page text copied along with the posting.',
  docs: 'docs/rules/job-board-junk.md',
  options: {},
  check(posting) {
    const out: RuleFinding[] = [];
    // The scraped-title question.
    const tl = posting.title?.wrappedBy === 'job-board-question' ? posting.title.line : firstContentLine(posting);
    if (tl >= 0) {
      const title = posting.title?.wrappedBy === 'job-board-question' ? posting.title.text : questionTitle(posting.lines[tl]!);
      if (title) {
        const r = lineRange(posting, tl);
        out.push({
          message: `The first line is a job board's question wrapped around the title; the title is '${title}'.`,
          range: r,
          kind: 'title',
          fixes: [{ title: `Replace the line with '${title}'`, edits: [{ range: r, newText: title }], safe: true }],
        });
      }
    }
    // Runs of junk lines (blank lines inside a run are part of it).
    const junk = junkLines(posting);
    const n = posting.lines.length;
    for (let i = 0; i < n; i++) {
      if (!junk[i]) continue;
      let last = i;
      let j = i + 1;
      while (j < n) {
        if (junk[j]) last = j;
        else if (posting.lines[j]!.trim() !== '') break;
        j++;
      }
      const count = last - i + 1;
      const what = posting.lines[i]!.trim();
      out.push({
        message:
          count > 1
            ? `Job-board page text (lines ${i + 1}-${last + 1}, from '${what.length > 60 ? what.slice(0, 57) + '…' : what}') is not part of the posting.`
            : `Job-board page text: '${what.length > 60 ? what.slice(0, 57) + '…' : what}' is not part of the posting.`,
        range: count > 1 ? linesRange(posting, i, last) : lineRange(posting, i),
        fixes: [{ title: count > 1 ? 'Remove the job-board text' : `Remove '${what.slice(0, 40)}'`, edits: [deleteLinesEdit(posting, i, last)], safe: true }],
      });
      i = last;
    }
    return out;
  },
};

