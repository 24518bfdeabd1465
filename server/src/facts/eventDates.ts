// Dates that date a posting besides its deadline: the day the job starts, the day of an
// examination the applicant must sit, and the day the job description was last revised or
// approved. Once the first two have gone by, the posting is stale (nobody can start on 2/2/2026 or
// sit the January 2017 exam on 2026-12-03); a description revised long ago may no longer describe
// the job. past-date reads these; the rules decide what is old.
import type { Posting } from '../model/posting.ts';
import { textLines } from './prose.ts';
import { lineFacts, lineReading, lowerOf, type LineFacts } from './memo.ts';
import { parseDate } from './dates.ts';

export type EventKind = 'start' | 'exam';

export interface EventDate {
  kind: EventKind;
  line: number;
  start: number;
  end: number;
  written: string;
  iso: string;
}

// The cue names the event; its date follows closely, on the same line ("Position Start Date
// 2/2/2026", "Bookkeeper II (Exam Date Jan 23, 2019)", "DATE OF EXAMINATION: Saturday, JANUARY 21,
// 2017") or, when the cue stands alone, on the next text line. "Date Available" is the Frontline
// field for the start date. Each alternative starts with a fixed word, so matching stays linear.
const EVENT_CUE =
  /\b(?:(?:(?:position|anticipated|expected|tentative|projected|employment)\s+)?start(?:ing)?\s+date|date\s+available|exam(?:ination)?\s+date|date\s+of\s+(?:the\s+)?(?:exam(?:ination)?|written\s+test))\b\s*:?\s*/i;

// Words that every cue holds, checked on the lower-cased line before the pattern runs.
const GATE = ['start', 'available', 'exam', 'written test'];

/** How far after the cue the date may start: a weekday may stand between ("Saturday, JANUARY 21, 2017"). */
const NEAR = 45;

function kindOf(cue: string): EventKind {
  return /exam|test/i.test(cue) ? 'exam' : 'start';
}

/** The date in the first `NEAR` characters of `after`, where it starts, and how it is written. */
function dateNear(after: string): { iso: string; offset: number; written: string } | null {
  const near = after.slice(0, NEAR);
  const iso = parseDate(near);
  if (!iso) return null;
  const offset = near.length - near.trimStart().length;
  // Quote up to the closing parenthesis or the end of the date phrase, not the words after it.
  const stop = near.search(/[)\]]|[.;](?:\s|$)/);
  const phrase = (stop > 0 ? near.slice(0, stop) : near).trim();
  // A date ends with a digit; words glued on after it ("08/11/2025 Substitute Custodian") are not part of it.
  const last = phrase.search(/\d\D*$/);
  return { iso, offset, written: last >= 0 ? phrase.slice(0, last + 1) : phrase };
}

/** A line's event cue: its kind, where the value starts, and the date after it (null: the cue stands alone on its line). */
interface EventCue {
  kind: EventKind;
  from: number;
  date: { iso: string; offset: number; written: string } | null;
  alone: boolean;
}

/** The event cue of a line's text, or null (a reading of the text alone, kept with the line's facts). */
function eventCueOf(f: LineFacts): EventCue | null {
  const lower = lowerOf(f);
  if (!GATE.some((g) => lower.includes(g))) return null;
  const text = f.text;
  if (text.length > 2000) return null;
  const cue = EVENT_CUE.exec(text);
  if (!cue) return null;
  const from = cue.index + cue[0].length;
  const kind = kindOf(cue[0]);
  if (text.slice(from).trim() === '') return { kind, from, date: null, alone: true };
  return { kind, from, date: dateNear(text.slice(from)), alone: false };
}

/** A line's text as the value of a cue alone on the line above: a short date, or null. */
function eventValueOf(f: LineFacts): { iso: string; offset: number; written: string } | null {
  return f.text.trim().length <= NEAR ? dateNear(f.text) : null;
}

/** Start and examination dates the posting names, in line order (the first date after each cue). */
export function eventDates(posting: Posting): EventDate[] {
  const out: EventDate[] = [];
  const facts = lineFacts(posting);
  const lines = textLines(posting);
  for (let k = 0; k < lines.length; k++) {
    const i = lines[k]!;
    const cue = lineReading(facts[i]!, 'eventCue', eventCueOf);
    if (!cue) continue;
    const kind = cue.kind;
    if (cue.alone) {
      // A cue alone on its line: the value is the next text line, and only when it is a short date.
      const next = lines[k + 1];
      if (next === undefined) continue;
      const d = lineReading(facts[next]!, 'eventValue', eventValueOf);
      if (d) out.push({ kind, line: next, start: d.offset, end: d.offset + d.written.length, written: d.written, iso: d.iso });
      continue;
    }
    const d = cue.date;
    const from = cue.from;
    if (d) out.push({ kind, line: i, start: from + d.offset, end: from + d.offset + d.written.length, written: d.written, iso: d.iso });
  }
  return out;
}

export interface Revision {
  line: number;
  start: number;
  end: number;
  written: string;
  year: number;
}

// A revision or approval stamp at the start of a line ("Revised May 2025", "DATE: Revised November
// 2009", "Date Revised: October 9th, 2024", "BOARD APPROVED: 12/21/2012"). A sentence that mentions
// approval ("approved by the state") is not a stamp, so the cue must open the line.
const REVISION_CUE =
  /^\s*(?:date\s*:\s*)?(?:(?:date|last)\s+revised|revised(?:\s+(?:date|on))?|revision\s+date|(?:board\s+)?approved(?:\s+(?:date|on))?|adopted(?:\s+(?:date|on))?)\b\s*:?\s*/i;
/**
 * A revision date's field label anywhere on a line: a job-description form puts several stamps on
 * one row ("ORIGINATION DATE: 3/28/1989 LAST REVISION DATE: 01/2015", "REVISION / REVIEW DATE:
 * February 25, 2014"). The label and its colon make it a stamp, not a sentence.
 */
const REVISION_LABEL = /\b(?:last\s+)?(?:revision|revised)(?:\s*\/\s*review(?:ed)?)?\s+date\s*:\s*/i;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/;

/** A date or year at the start of `value`: where it starts, how it is written, its year; or null. */
function stampOf(value: string): { offset: number; written: string; year: number } | null {
  const near = value.slice(0, NEAR);
  const iso = parseDate(near);
  const year = iso ? Number(iso.slice(0, 4)) : Number(YEAR.exec(near)?.[1] ?? NaN);
  if (!Number.isFinite(year)) return null;
  const offset = near.length - near.trimStart().length;
  return { offset, written: near.trim(), year };
}

/** A line's revision cue: where its value starts and the stamp there (alone: the value is the next line); or null. */
interface RevisionCue {
  from: number;
  alone: boolean;
  stamp: { offset: number; written: string; year: number } | null;
}

/** The revision cue of a line's text, or null (a reading of the text alone, kept with the line's facts). */
function revisionCueOf(f: LineFacts): RevisionCue | null {
  const lower = lowerOf(f);
  if (!lower.includes('revis') && !lower.includes('approved') && !lower.includes('adopted')) return null;
  const text = f.text;
  if (text.length > 200) return null; // a stamp is short; a paragraph that opens with "Approved" is not one
  const cue = REVISION_CUE.exec(text) ?? REVISION_LABEL.exec(text);
  if (!cue) return null;
  const from = cue.index + cue[0].length;
  const value = text.slice(from);
  return { from, alone: value.trim() === '', stamp: stampOf(value) };
}

/** The newest revision or approval stamp of the posting (the text is as old as its newest revision), or null. */
export function latestRevision(posting: Posting): Revision | null {
  let best: Revision | null = null;
  const facts = lineFacts(posting);
  const lines = textLines(posting);
  for (let k = 0; k < lines.length; k++) {
    const i = lines[k]!;
    const cue = lineReading(facts[i]!, 'revisionCue', revisionCueOf);
    if (!cue) continue;
    let line = i;
    let from = cue.from;
    let stamp = cue.stamp;
    if (cue.alone && lines[k + 1] !== undefined) {
      line = lines[k + 1]!;
      stamp = lineReading(facts[line]!, 'revisionValue', (g) => stampOf(g.text));
      from = 0;
    }
    if (!stamp) continue;
    const { year, offset, written } = stamp;
    if (best && year <= best.year) continue;
    best = { line, start: from + offset, end: from + offset + written.length, written, year };
  }
  return best;
}
