// Dates as postings write them, read into ISO 8601 calendar dates (yyyy-mm-dd). No time zone is
// ever guessed: a time of day in the source ("5:36:37 PM") is dropped, since a date alone is valid
// ISO 8601 and a wrong offset would be worse than none.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// "Apr 18, 2025", "April 18th 2025", "Apr. 18, 2025, 5:36:37 PM"
const NAMED_MDY = new RegExp(`\\b${MONTH_NAME}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
// "18 April 2025"
const NAMED_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_NAME}\\.?,? (\\d{4})\\b`, 'i');
// A month name ending a text ("November", "Nov.") and a month name or year opening one (", 2025",
// " May 2026"): the parts of a date around a word that stands for its day ("November TBD, 2025").
const MONTH_AT_END = new RegExp(`\\b${MONTH_NAME}\\.?\\s*$`, 'i');
const MONTH_OR_YEAR_AT_START = new RegExp(`^,?\\s*(?:(?:19|20)\\d\\d\\b|${MONTH_NAME}\\b)`, 'i');
// "2020-05-21", "2020/05/21", "2025-04-18T17:36:37Z"
const ISO = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/;
// "04/18/2025", "01-08-16", "4.18.25" (US month-first)
const NUMERIC_MDY = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** yyyy-mm-dd when the parts make a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A two-digit year: 00–69 → 2000s, 70–99 → 1900s. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/**
 * The first date written in `text`, as yyyy-mm-dd, or null. Reads "Apr 18, 2025, 5:36:37 PM",
 * "January 7, 2020", "18 April 2025", "2020-05-21", "04/18/2025" and "01-08-16" (month first, as US
 * postings write it; a first number over 12 is read as the day).
 */
export function parseDate(text: string): string | null {
  if (!text || text.length > 2000) text = (text ?? '').slice(0, 2000);
  let m = ISO.exec(text);
  if (m) {
    const d = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  m = NAMED_MDY.exec(text);
  if (m) {
    const d = isoDate(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
    if (d) return d;
  }
  m = NAMED_DMY.exec(text);
  if (m) {
    const d = isoDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
    if (d) return d;
  }
  m = NUMERIC_MDY.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fullYear(m[3]!);
    const d = isoDate(y, a, b) ?? (a > 12 ? isoDate(y, b, a) : null);
    if (d) return d;
  }
  return null;
}

/** True when text[start, end) stands for the day of a date whose month or year is written next to it ("November TBD, 2025", "TBD May 2026"). */
export function standsForDay(text: string, start: number, end: number): boolean {
  return MONTH_AT_END.test(text.slice(Math.max(0, start - 12), start)) || MONTH_OR_YEAR_AT_START.test(text.slice(end, end + 12));
}
