// Text job boards wrap around a posting, copied along with it: "Read Full Description",
// "Discover Similar Jobs", "Confirmed 7 hours ago", related-job lists, newsletter blurbs, and the
// scraped-title question "What are the responsibilities and job description for … position at …?".
import type { Posting, Range } from '../model/posting.ts';
import { junkLines } from '../facts/junk.ts';
import { normalizeTitle } from './duplicate-title.ts';
import type { Fix, Rule, RuleFinding } from './types.ts';
import { deleteLinesEdit, firstContentLine, isSpaceCode, lineRange, linesRange, range, sectionAt } from '../facts/util.ts';
import { isScreeningQuestionNumber } from '../model/junk.ts';
import { lostLinkAt } from '../model/links.ts';

const QUESTION_PREFIX = 'what are the responsibilities and job description for ';
const QUESTION_MIDDLE = ' position at ';

/**
 * The parts of "What are the responsibilities and job description for the X (Q) position at Y?",
 * as character offsets into the line: the title X, its trailing parenthetical Q (a school or
 * quadrant: not part of the title, but the posting's own information), and the organization Y.
 * Everything else on the line is the job board's wording.
 */
export interface QuestionParts {
  title: string;
  titleStart: number;
  titleEnd: number;
  /** End of the parenthetical after the title (= titleEnd when there is none). */
  qualifierEnd: number;
  organization: string;
  orgStart: number;
  orgEnd: number;
}

export function questionParts(line: string): QuestionParts | null {
  if (line.length > 700) return null;
  let s = 0;
  let e = line.length;
  while (s < e && isSpaceCode(line.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(line.charCodeAt(e - 1))) e--;
  const lower = line.slice(0, e).toLowerCase();
  if (lower.length !== e) return null; // a letter whose lower case is longer would shift the offsets
  if (e - s > 600 || !lower.startsWith(QUESTION_PREFIX, s) || line[e - 1] !== '?') return null;
  const at = lower.lastIndexOf(QUESTION_MIDDLE);
  let titleStart = s + QUESTION_PREFIX.length;
  if (at < titleStart) return null;
  for (const article of ['the ', 'a ', 'an ']) {
    if (lower.startsWith(article, titleStart)) {
      titleStart += article.length;
      break;
    }
  }
  let qualifierEnd = at;
  while (qualifierEnd > titleStart && isSpaceCode(line.charCodeAt(qualifierEnd - 1))) qualifierEnd--;
  let titleEnd = qualifierEnd;
  if (line[qualifierEnd - 1] === ')') {
    const open = line.lastIndexOf('(', qualifierEnd - 1);
    if (open > titleStart) {
      titleEnd = open;
      while (titleEnd > titleStart && isSpaceCode(line.charCodeAt(titleEnd - 1))) titleEnd--;
    }
  }
  const title = line.slice(titleStart, titleEnd);
  if (!title.trim()) return null;
  let orgStart = at + QUESTION_MIDDLE.length;
  let orgEnd = e - 1;
  while (orgStart < orgEnd && isSpaceCode(line.charCodeAt(orgStart))) orgStart++;
  while (orgEnd > orgStart && isSpaceCode(line.charCodeAt(orgEnd - 1))) orgEnd--;
  return { title, titleStart, titleEnd, qualifierEnd, organization: line.slice(orgStart, orgEnd), orgStart, orgEnd };
}

/**
 * True when another line of the posting names the organization (as a run of whole words). Job-board
 * lines do not count: fix-all deletes them too ("- Teacher, Worcester Public Schools" in a list of
 * related jobs).
 */
function namedElsewhere(posting: Posting, organization: string, except: number): boolean {
  const want = normalizeTitle(organization);
  if (!want) return true;
  const junk = junkLines(posting);
  for (let i = 0; i < posting.lines.length; i++) {
    if (i === except || junk[i] || posting.lines[i]!.length < organization.length) continue;
    if ((' ' + normalizeTitle(posting.lines[i]!) + ' ').includes(' ' + want + ' ')) return true;
  }
  return false;
}

/**
 * The fix of the question line: the title keeps its parenthetical, and the organization stays on a
 * line of its own unless another line names it. Only the job board's own words are removed (they are
 * listed in `removes`), so the fix is safe.
 */
function questionFix(posting: Posting, line: number, q: QuestionParts): Fix {
  const text = posting.lines[line]!;
  const r = lineRange(posting, line);
  const keepOrg = q.organization !== '' && !namedElsewhere(posting, q.organization, line);
  const heading = text.slice(q.titleStart, q.qualifierEnd);
  const newText = keepOrg ? heading + posting.eol + q.organization : heading;
  const removes = [
    range(line, r.start.character, line, q.titleStart),
    range(line, q.qualifierEnd, line, keepOrg ? q.orgStart : r.end.character),
  ];
  if (keepOrg) removes.push(range(line, q.orgEnd, line, r.end.character));
  return {
    title: keepOrg ? `Replace the line with '${heading}' and '${q.organization}' on the next line` : `Replace the line with '${heading}'`,
    edits: [{ range: r, newText }],
    safe: true,
    removes,
  };
}

// Link text whose link was lost ("Click here to see …"): model/links.ts, where the parser reads it as page text too.

/** The junk lines of a run (the blank lines between them hold no words). */
function junkRanges(posting: Posting, junk: Uint8Array, first: number, last: number): Range[] {
  const out: Range[] = [];
  for (let l = first; l <= last; l++) if (junk[l]) out.push(lineRange(posting, l));
  return out;
}

/**
 * An application form's screening questions pasted under the posting ("01" / "Have you ever been
 * convicted of a felony?" / "Yes" / "No" … "Required Question"): the parser keeps the form in one
 * section from its first question number. Returns the form's last junk line, or -1 when `line` does
 * not start one.
 */
function screeningFormEnd(posting: Posting, junk: Uint8Array, line: number): number {
  let next = line + 1;
  while (next < posting.lines.length && posting.lines[next]!.trim() === '') next++;
  if (!isScreeningQuestionNumber(posting.lines[line]!.trim(), next < posting.lines.length ? posting.lines[next]!.trim() : '')) return -1;
  const s = sectionAt(posting, line);
  if (!s || s.heading || s.line !== line) return -1;
  let last = line;
  for (let l = line + 1; l <= s.endLine; l++) if (junk[l]) last = l;
  return last;
}

export const jobBoardJunk: Rule = {
  meta: {
    id: 'job-board-junk',
    description: 'Job-board page text copied along with the posting.',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      question: "The first line is a job board's question wrapped around the title; the title is '{{title}}'.",
      junkLines: "Job-board page text (lines {{first}}-{{last}}, from '{{text}}') is not part of the posting.",
      junkLine: "Job-board page text: '{{text}}' is not part of the posting.",
      screeningForm: "Lines {{first}}-{{last}} are the application form's screening questions, not part of the posting.",
      lostLink: "'{{text}}' is link text whose link was lost in the copy; give the address or say where to find it.",
    },
    docs: 'docs/rules/job-board-junk.md',
    fixable: 'safe',
  },
  check(posting) {
    const out: RuleFinding[] = [];
    // The scraped-title question.
    const tl = posting.title?.wrappedBy === 'job-board-question' ? posting.title.line : firstContentLine(posting);
    const question = tl >= 0 ? questionParts(posting.lines[tl]!) : null;
    if (question) {
      const title = posting.title?.wrappedBy === 'job-board-question' ? posting.title.text : question.title;
      out.push({
        messageId: 'question',
        data: { title },
        range: lineRange(posting, tl),
        kind: 'title',
        fixes: [questionFix(posting, tl, question)],
      });
    }
    // Runs of junk lines (blank lines inside a run are part of it).
    const junk = junkLines(posting);
    const n = posting.lines.length;
    for (let i = 0; i < n; i++) {
      if (!junk[i]) continue;
      let last = i;
      const form = screeningFormEnd(posting, junk, i);
      let j = i + 1;
      while (j < n) {
        if (junk[j]) last = j;
        else if (posting.lines[j]!.trim() !== '') break;
        j++;
      }
      const what = posting.lines[i]!.trim();
      if (form > last) {
        // The whole form is one finding; its questions and answers are the form's words, not the posting's.
        out.push({
          messageId: 'screeningForm',
          data: { first: i + 1, last: form + 1 },
          range: linesRange(posting, i, form),
          fixes: [
            {
              title: 'Remove the application form',
              edits: [deleteLinesEdit(posting, i, form)],
              safe: true,
              removes: [linesRange(posting, i, form)],
            },
          ],
        });
        i = form;
        continue;
      }
      const count = last - i + 1;
      out.push({
        messageId: count > 1 ? 'junkLines' : 'junkLine',
        data: { first: i + 1, last: last + 1, text: what.length > 60 ? what.slice(0, 57) + '…' : what },
        range: count > 1 ? linesRange(posting, i, last) : lineRange(posting, i),
        fixes: [
          {
            title: count > 1 ? 'Remove the job-board text' : `Remove '${what.slice(0, 40)}'`,
            edits: [deleteLinesEdit(posting, i, last)],
            safe: true,
            removes: junkRanges(posting, junk, i, last),
          },
        ],
      });
      i = last;
    }
    // Link text without its link, on the posting's own lines.
    for (let i = 0; i < n; i++) {
      if (junk[i]) continue;
      // The next text line is looked for only behind link text: no rescan of blank runs per line.
      const at = lostLinkAt(posting.lines[i]!, () => {
        let next = i + 1;
        while (next < n && posting.lines[next]!.trim() === '') next++;
        return next < n ? posting.lines[next]! : '';
      });
      if (at)
        out.push({
          messageId: 'lostLink',
          data: { text: posting.lines[i]!.slice(at.start, at.end) },
          range: range(i, at.start, i, at.end),
        });
    }
    return out;
  },
};
