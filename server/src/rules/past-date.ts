// Dates that have gone by: a closing date or application deadline before today (or before the
// posting's own date), and a posting that hires for a school year already over. A reviewer flags
// them before a posting is published or re-posted; a copy kept for the record has them by nature,
// which is why the rule speaks as information unless a setting raises it.
import type { Posting } from '../model/posting.ts';
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from '../facts/prose.ts';
import { bool, firstContentLine, num, range } from '../facts/util.ts';
import { lineFacts, lineReading, lowerOf, type LineFacts } from '../facts/memo.ts';
import { parseDate } from '../facts/dates.ts';
import { DEADLINE_LABEL_START, isDeadlineLabel, isDeadlineOnly, isDeadlineValue } from '../facts/deadline.ts';
import { eventDates, latestRevision } from '../facts/eventDates.ts';

// A deadline said in a sentence: the date comes after the cue ("Application materials are due by
// February 28, 2018", "Applications must be in by Friday, January 23, 2026").
const DEADLINE_CUE =
  /\b(?:deadline(?: (?:to apply|for applications|is))?|due (?:by|on|no later than)|(?:received|submitted|postmarked|in) (?:by|no later than)|apply by|closes? on|closing date(?: for applications| is)?)\b[:\s]*/i;

// A school year named as the one the job is for: "for the 2025-2026 school year", "(SY 2023-2024)",
// "24-25 school year", "2025-26 SY", "(FY2021-2022)" (a district's fiscal year is its school year). Two four-digit years or a four- and a two-digit one, one apart.
const SCHOOL_YEAR =
  /\b(?:(?:20)?(\d\d)\s?[-–/]\s?(?:20)?(\d\d)\s+(?:school|academic)[- ]year\b|(?:20)?(\d\d)\s?[-–/]\s?(?:20)?(\d\d)\s+SY\b|\b(?:SY|FY)\s?(?:20)?(\d\d)\s?[-–/]\s?(?:20)?(\d\d)\b)/gi;

// On the title line a school year or a term needs no "school year" words: the title names what the
// job is for ("2023-24 FOOD SERVICE ASSISTANT", "2019-2020 Substitute Bus Drivers", "LONG TERM SUB
// FALL 2024"). Elsewhere a bare "2023-2024" may be a pay schedule's or a history's.
const TITLE_SCHOOL_YEAR = /\b(?:20)?(\d\d)\s?[-–/]\s?(?:20)?(\d\d)\b/g;
const TITLE_TERM = /\b(fall|autumn|spring|summer|winter)\s+(20\d\d)\b/i;

/** The lines of the title: the title section's, else the first line with text. */
function titleLines(posting: Posting): number[] {
  const t = posting.sections.find((s) => s.kind === 'title');
  if (t) {
    const out: number[] = [];
    for (let l = t.line; l <= Math.min(t.endLine, t.line + 2); l++) out.push(l);
    return out;
  }
  const first = firstContentLine(posting);
  return first >= 0 && first < posting.lines.length ? [first] : [];
}

/** The years a SCHOOL_YEAR match names, as [first, second] two-digit numbers, when they are one apart. */
function yearsOf(m: RegExpExecArray): [number, number] | null {
  const a = Number(m[1] ?? m[3] ?? m[5]);
  const b = Number(m[2] ?? m[4] ?? m[6]);
  return (a + 1) % 100 === b ? [a, b] : null;
}

/** A school year ends with June: the year after its last June is over. */
function schoolYearOver(endYear2: number, today: string): boolean {
  return today > `20${endYear2 < 10 ? `0${endYear2}` : endYear2}-06-30`;
}

interface Dated {
  line: number;
  start: number;
  end: number;
  written: string;
  iso: string;
}

/** A deadline date on a line, without the line number. */
type LineDated = Omit<Dated, 'line'>;

// Readings of one line's text alone, kept with the line's facts (facts/memo.ts lineReading): at a
// keystroke only the edited line is read again.

/** A deadline label and its date on one line that the parser did not take as a field (false: not such a line). */
function ownDeadlineOf(f: LineFacts): LineDated | null | false {
  const text = f.text;
  // No colon: "Close Date 10/14/2025 11:59:00 PM", "AVAILABLE BEFORE 8/18/2025".
  const own = DEADLINE_LABEL_START.exec(text);
  if (!(own && own[0].length < text.length && isDeadlineOnly(text))) return false;
  const iso = parseDate(text.slice(own[0].length));
  return iso ? { start: own[0].length, end: text.trimEnd().length, written: text.slice(own[0].length).trim(), iso } : null;
}

/** The line as the value of a deadline label above it (false: not a deadline value). */
function deadlineValueOf(f: LineFacts): LineDated | null | false {
  const text = f.text;
  if (!isDeadlineValue(text)) return false;
  const iso = parseDate(text);
  const start = text.length - text.trimStart().length;
  return iso ? { start, end: text.trimEnd().length, written: text.trim(), iso } : null;
}

/** A deadline said in a sentence on the line, or null. */
function deadlineSentenceOf(f: LineFacts): LineDated | null {
  const lower = lowerOf(f);
  // Cheap gate: every cue holds one of these.
  if (
    !lower.includes('deadline') &&
    !lower.includes(' by ') &&
    !lower.includes('due ') &&
    !lower.includes('clos') &&
    !lower.includes('no later')
  )
    return null;
  const text = f.text;
  if (text.length > 2000) return null;
  const cue = DEADLINE_CUE.exec(text);
  if (!cue) return null;
  const from = cue.index + cue[0].length;
  // The date must follow the cue closely (a weekday may stand between): not a date later in a long sentence.
  let after = text.slice(from, from + 40);
  const iso = parseDate(after);
  if (!iso) return null;
  // Quote the deadline up to the sentence's end, not the words after it.
  const stop = after.search(/[.;](?:\s|$)/);
  if (stop > 0) after = after.slice(0, stop);
  const end = from + after.trimEnd().length;
  return { start: cue.index, end, written: text.slice(cue.index, end).trim(), iso };
}

const isDeadlineLabelLine = (f: LineFacts) => isDeadlineLabel(f.text);

/** Closing dates: each closing-date field's value, and each deadline sentence's date, in line order. */
function closingDates(posting: Posting): Dated[] {
  const out: Dated[] = [];
  const fieldLines = new Set<number>();
  for (const f of posting.fields) {
    if (f.key !== 'closing_date') continue;
    fieldLines.add(f.line);
    const iso = parseDate(f.value);
    if (!iso) continue;
    const v = f.valueRange;
    out.push({
      line: v.start.line,
      start: v.start.character,
      end: v.start.line === v.end.line ? v.end.character : v.start.character + f.value.length,
      written: f.value.trim(),
      iso,
    });
  }
  const facts = lineFacts(posting);
  let prev = -1;
  for (const i of textLines(posting)) {
    // A deadline label alone on its line (a heading, or a field whose value sits on the next line).
    const under = prev >= 0 && lineReading(facts[prev]!, 'deadlineLabel', isDeadlineLabelLine);
    prev = i;
    if (fieldLines.has(i)) continue;
    const own = lineReading(facts[i]!, 'ownDeadline', ownDeadlineOf);
    if (own !== false) {
      if (own) out.push({ line: i, ...own });
      continue;
    }
    if (under) {
      const value = lineReading(facts[i]!, 'deadlineValue', deadlineValueOf);
      if (value !== false) {
        if (value) out.push({ line: i, ...value });
        continue;
      }
    }
    const sentence = lineReading(facts[i]!, 'deadlineSentence', deadlineSentenceOf);
    if (sentence) out.push({ line: i, ...sentence });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** A school year named on a line: where its years are written, and its second year (two digits). */
interface NamedYear {
  start: number;
  end: number;
  written: string;
  end2: number;
}

const NO_YEARS: readonly NamedYear[] = [];

/** The school years a line's text names, in order (those whose two years are one apart). */
function schoolYearsOf(f: LineFacts): readonly NamedYear[] {
  const lower = lowerOf(f);
  if (!lower.includes(' year') && !lower.includes('sy') && !lower.includes('fy')) return NO_YEARS;
  const text = f.text;
  if (text.length > 2000) return NO_YEARS;
  let out: NamedYear[] | null = null;
  SCHOOL_YEAR.lastIndex = 0;
  for (let m = SCHOOL_YEAR.exec(text); m; m = SCHOOL_YEAR.exec(text)) {
    const years = yearsOf(m);
    if (!years) continue;
    const y = /\d[\d\s–/-]*\d/.exec(m[0])!;
    (out ??= []).push({ start: m.index + y.index, end: m.index + y.index + y[0].length, written: y[0], end2: years[1] });
  }
  return out ?? NO_YEARS;
}

export const pastDate: Rule = {
  meta: {
    id: 'past-date',
    description:
      'A closing date, start date or exam date that has passed (or a closing date before the posting date), hiring for a school year that is over, and a job description not revised for years.',
    defaultSeverity: 'info',
    schema: {
      type: 'object',
      properties: {
        closingDate: {
          type: 'boolean',
          description: 'Report a closing date or application deadline before today or before the posting date.',
          default: true,
        },
        schoolYear: {
          type: 'boolean',
          description: 'Report a posting whose latest named school year ("for the 2024-2025 school year", or "2023-24" on the title line) ended before today, and a title naming a term ("FALL 2024") whose year is over.',
          default: true,
        },
        eventDate: {
          type: 'boolean',
          description: 'Report a start date ("Start Date", "Date Available") or examination date that has passed.',
          default: true,
        },
        revisedYears: {
          type: 'integer',
          description: 'Report a job description whose newest revision or approval stamp ("Revised November 2009", "Board Approved: 12/21/2012") is at least this many years old; 0 turns the check off.',
          default: 10,
          minimum: 0,
        },
      },
      additionalProperties: false,
    },
    messages: {
      closed: "The closing date '{{written}}' ({{iso}}) has passed (today is {{today}}); update it before the posting is published again.",
      beforePosted: "The closing date '{{written}}' ({{iso}}) comes before the posting date ({{posted}}).",
      schoolYear: "The posting is for the '{{written}}' school year, which ended in June 20{{end}}; name the school year the job is for.",
      eventPassed: "The {{what}} '{{written}}' ({{iso}}) has passed (today is {{today}}); update it before the posting is published again.",
      termOver: "The title names '{{written}}', a term that is over (today is {{today}}); name the term the job is for.",
      revisedLongAgo: "The job description was last revised or approved in {{year}}, {{age}} years ago; check that it still describes the job.",
    },
    docs: 'docs/rules/past-date.md',
    fixable: false,
  },
  check(posting, ctx) {
    const out: RuleFinding[] = [];
    if (bool(ctx.options.closingDate, true)) {
      const postedField = posting.fields.find((f) => f.key === 'posting_date');
      const posted = postedField ? parseDate(postedField.value) : null;
      // One finding per date: a field block repeated lower down, or a sentence restating the field, is the same deadline.
      const seen = new Set<string>();
      for (const d of closingDates(posting)) {
        if (seen.has(d.iso)) continue;
        seen.add(d.iso);
        const where = range(d.line, d.start, d.line, d.end);
        if (posted && d.iso < posted)
          out.push({ messageId: 'beforePosted', data: { written: d.written, iso: d.iso, posted }, range: where, kind: 'how_to_apply' });
        else if (d.iso < ctx.today)
          out.push({ messageId: 'closed', data: { written: d.written, iso: d.iso, today: ctx.today }, range: where, kind: 'how_to_apply' });
      }
    }
    if (bool(ctx.options.eventDate, true)) {
      // Each passed date once: a start date restated lower down is the same problem.
      const seen = new Set<string>();
      for (const d of eventDates(posting)) {
        if (d.iso >= ctx.today || seen.has(d.kind + d.iso)) continue;
        seen.add(d.kind + d.iso);
        out.push({
          messageId: 'eventPassed',
          data: { what: d.kind === 'exam' ? 'examination date' : 'start date', written: d.written, iso: d.iso, today: ctx.today },
          range: range(d.line, d.start, d.line, d.end),
          kind: null,
        });
      }
    }
    const years = num(ctx.options.revisedYears, 10);
    if (years > 0) {
      const r = latestRevision(posting);
      const age = r ? Number(ctx.today.slice(0, 4)) - r.year : 0;
      if (r && age >= years)
        out.push({ messageId: 'revisedLongAgo', data: { year: String(r.year), age: String(age) }, range: range(r.line, r.start, r.line, r.end), kind: null });
    }
    if (bool(ctx.options.schoolYear, true)) {
      // The latest school year the posting names is the one it hires for; earlier ones are history
      // ("subs who worked 20 days in the 2023-2024 school year"). Reported once, where it is first named.
      let best: { line: number; start: number; end: number; written: string; end2: number } | null = null;
      const facts = lineFacts(posting);
      for (const i of textLines(posting)) {
        for (const named of lineReading(facts[i]!, 'schoolYears', schoolYearsOf)) {
          if (best && named.end2 <= best.end2) continue;
          best = { line: i, ...named };
        }
      }
      for (const i of titleLines(posting)) {
        const text = posting.lines[i] ?? '';
        if (text.length > 300) continue;
        TITLE_SCHOOL_YEAR.lastIndex = 0;
        for (let m = TITLE_SCHOOL_YEAR.exec(text); m; m = TITLE_SCHOOL_YEAR.exec(text)) {
          const a = Number(m[1]);
          const b = Number(m[2]);
          // A four-digit first year ("2023-24", "2019-2020"): "10-12" is a range of grades or hours.
          if ((a + 1) % 100 !== b || !/^20\d\d/.test(m[0]) || (best && b <= best.end2)) continue;
          best = { line: i, start: m.index, end: m.index + m[0].length, written: m[0], end2: b };
        }
      }
      if (best && schoolYearOver(best.end2, ctx.today)) {
        out.push({
          messageId: 'schoolYear',
          data: { written: best.written, end: best.end2 < 10 ? `0${best.end2}` : String(best.end2) },
          range: range(best.line, best.start, best.line, best.end),
          kind: null,
        });
      }
    }
    if (bool(ctx.options.schoolYear, true)) {
      // A term the title names ("FALL 2024"): over once its year is.
      for (const i of titleLines(posting)) {
        const text = posting.lines[i] ?? '';
        const m = text.length <= 300 ? TITLE_TERM.exec(text) : null;
        if (!m || ctx.today <= `${m[2]}-12-31`) continue;
        out.push({ messageId: 'termOver', data: { written: m[0], today: ctx.today }, range: range(i, m.index, i, m.index + m[0].length), kind: null });
        break;
      }
    }
    return out;
  },
};
