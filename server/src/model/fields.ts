// Header-field labels: the label/value facts at the top of a posting (Job Number, Salary Range…).
import type { FieldKey } from './posting.ts';
import { isAsciiDigit, isAsciiLetter, normalizeLabel } from './text.ts';

/** Known labels (normalised), matched against the END of a label so "CPS Non-Union Job Grade" is a job grade. */
const LABELS: Array<[string, FieldKey]> = [
  ['job title', 'job_title'],
  ['position title', 'job_title'],
  ['working title', 'job_title'],
  ['class title', 'job_title'],
  ['title', 'job_title'],
  ['position', 'job_title'],
  ['job number', 'job_number'],
  ['job no', 'job_number'],
  ['job id', 'job_number'],
  ['posting id', 'job_number'],
  ['posting number', 'job_number'],
  ['requisition', 'job_number'],
  ['requisition number', 'job_number'],
  ['requisition id', 'job_number'],
  ['req id', 'job_number'],
  ['vacancy number', 'job_number'],
  ['posting date', 'posting_date'],
  ['date posted', 'posting_date'],
  ['posted', 'posting_date'],
  ['posted on', 'posting_date'],
  ['open date', 'posting_date'],
  ['opening date', 'posting_date'],
  ['closing date', 'closing_date'],
  ['close date', 'closing_date'],
  ['deadline', 'closing_date'],
  ['application deadline', 'closing_date'],
  ['apply by', 'closing_date'],
  ['expiration date', 'closing_date'],
  ['close', 'closing_date'],
  ['location', 'location'],
  ['primary location', 'location'],
  ['work location', 'location'],
  ['job location', 'location'],
  ['worksite', 'location'],
  ['school', 'location'],
  ['organization', 'organization'],
  ['employer', 'organization'],
  ['organization name', 'organization'],
  ['district', 'organization'],
  // Job boards name the employer "Company" whatever it is ("Company:" / "Richmond Middle School").
  ['company', 'organization'],
  ['company name', 'organization'],
  ['hiring organization', 'organization'],
  ['employer name', 'organization'],
  ['department', 'department'],
  ['division', 'department'],
  ['office', 'department'],
  ['reports to', 'reports_to'],
  ['reporting', 'reports_to'],
  ['reporting relationship', 'reports_to'],
  ['supervisor', 'reports_to'],
  ['immediate supervisor', 'reports_to'],
  ['immediate supervisors', 'reports_to'],
  ['salary range', 'salary_range'],
  ['pay range', 'salary_range'],
  ['salary', 'salary'],
  ['annual salary', 'salary'],
  ['pay rate', 'salary'],
  ['hourly rate', 'salary'],
  ['compensation', 'salary'],
  ['pay scale', 'salary'],
  ['job grade', 'job_grade'],
  ['pay grade', 'job_grade'],
  ['salary grade', 'job_grade'],
  ['grade', 'job_grade'],
  ['position type', 'position_type'],
  ['employment type', 'employment_type'],
  ['job type', 'employment_type'],
  ['employment status', 'employment_type'],
  ['overtime status', 'overtime_status'],
  ['flsa status', 'overtime_status'],
  ['flsa', 'overtime_status'],
  ['exempt status', 'overtime_status'],
  ['exemption status', 'overtime_status'],
  ['wage hour status', 'overtime_status'],
  ['class code', 'class_code'],
  ['job code', 'class_code'],
  ['job class', 'class_code'],
  ['schedule', 'schedule'],
  ['work schedule', 'schedule'],
  ['hours', 'schedule'],
  ['work hours', 'schedule'],
  ['work days', 'schedule'],
  ['work year', 'schedule'],
  ['length of work year', 'schedule'],
  ['contract length', 'schedule'],
  ['start date', 'start_date'],
  ['anticipated start date', 'start_date'],
  ['date available', 'start_date'],
  // TalentEd's print view names the shift this way ("Shift Type" / "Substitute").
  ['shift type', 'schedule'],
];

const BY_LABEL = new Map(LABELS);

/** Whether the label as a whole is a known field label ("Work Days", "FLSA STATUS"), with no guessing from its last words. */
export function isFieldLabel(label: string): boolean {
  return BY_LABEL.has(normalizeLabel(label));
}

/** The field key for a label, or null. Tries the whole label, then its last three, two and one words. */
export function fieldKey(label: string): FieldKey | null {
  const norm = normalizeLabel(label);
  if (!norm) return null;
  const direct = BY_LABEL.get(norm);
  if (direct) return direct;
  // The last `take` words of norm.split(' ') joined again are what follows its take-th last space:
  // cut out directly (fieldKey runs on every label the parser looks at: no word array per call).
  let spaces = 0;
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) === 32) spaces++;
  if (spaces + 1 > 6) return null;
  for (let take = Math.min(3, spaces); take >= 1; take--) {
    let at = norm.length;
    for (let t = 0; t < take; t++) at = norm.lastIndexOf(' ', at - 1);
    const tail = norm.slice(at + 1);
    const key = BY_LABEL.get(tail);
    // A one-word tail only counts for distinctive words ("Grade"), not for "Office" or "School".
    if (key && (take > 1 || tail === 'grade' || tail === 'salary' || tail === 'location' || tail === 'deadline')) return key;
  }
  return null;
}

/** Human label for a key, used for fields read from unlabelled header lines and for completion. */
export const FIELD_LABELS: Record<FieldKey, string> = {
  job_title: 'Job Title',
  job_number: 'Job Number',
  posting_date: 'Posting Date',
  closing_date: 'Closing Date',
  location: 'Location',
  organization: 'Organization',
  department: 'Department',
  reports_to: 'Reports To',
  salary_range: 'Salary Range',
  salary: 'Salary',
  job_grade: 'Job Grade',
  position_type: 'Position Type',
  employment_type: 'Employment Type',
  overtime_status: 'Overtime Status',
  class_code: 'Class Code',
  schedule: 'Schedule',
  start_date: 'Start Date',
};

/** Capitalised labels that, glued onto a value with no space ("552778290Posted:"), start a second field. */
export const GLUE_LABELS = [
  'Posted',
  'Posting Date',
  'Date Posted',
  'Closing Date',
  'Location',
  'Salary',
  'Salary Range',
  'Job Number',
  'Job ID',
  'Posting ID',
  'Department',
  'Reports To',
  'Job Type',
  'Employment Type',
  'Position Type',
  'Grade',
  'Schedule',
  'Start Date',
  'Deadline',
];

export interface LabelSplit {
  /** Label as written, without the colon and surrounding spaces. */
  label: string;
  labelStart: number;
  labelEnd: number;
  /** Where the value starts (after the colon and spaces); equals text.length when there is no value. */
  valueStart: number;
  valueEnd: number;
}

/**
 * Splits "Label: value" / "Label : value" / "Label:" at the first colon that ends a short label.
 * A colon inside a time ("5:36") does not count: the label colon must be followed by a space or the end.
 */
export function splitLabel(text: string, from: number, maxLabelWords = 8): LabelSplit | null {
  let words = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      if (i > from && text[i - 1] !== ' ' && text[i - 1] !== '\t') words++;
      if (words > maxLabelWords + 1) return null;
      continue;
    }
    if (c === ':') {
      const next = i + 1 < text.length ? text[i + 1] : ' ';
      if (next !== ' ' && next !== '\t' && next !== '\u00a0') {
        // "http://", "5:36": not a label colon; a label never contains one. A job board that drops
        // the space after the colon ("Salary:$17.11", "Job Category:Bus Driver") still writes a label.
        return unspacedColon(text, from, i);
      }
      let labelEnd = i;
      while (labelEnd > from && (text[labelEnd - 1] === ' ' || text[labelEnd - 1] === '\t')) labelEnd--;
      if (labelEnd === from) return null;
      let valueStart = i + 1;
      while (valueStart < text.length && (text[valueStart] === ' ' || text[valueStart] === '\t' || text[valueStart] === '\u00a0')) valueStart++;
      let valueEnd = text.length;
      while (valueEnd > valueStart && (text[valueEnd - 1] === ' ' || text[valueEnd - 1] === '\t')) valueEnd--;
      return { label: text.slice(from, labelEnd), labelStart: from, labelEnd, valueStart, valueEnd };
    }
    if (c === '.' || c === '?' || c === '!' || c === ';') return null;
  }
  return null;
}

/**
 * The words a whole value never ends on: an article, a preposition or a conjunction ("Close Date:
 * 11:59 PM on", "… as issued by the"); the rest of the value is on the lines below or was lost.
 * The parser (a padded column going on below) and empty-field (a value cut off) read the same list.
 * Lower case only: "Pay Grade: A" and "Sign In" end whole.
 */
const DANGLING_END = /(?:^|\s)(?:the|a|an|of|and|or|by|to|for|in|with|as|at|on|from|until|through)$/;

/** The word a value stops on mid-phrase (with the space before it), or null when the value reads whole. */
export function danglingEnd(value: string): string | null {
  return DANGLING_END.exec(value)?.[0] ?? null;
}

/** How many characters a label glued to its value at a line's start may have ("Anticipated Start Date"). */
const GLUED_LABEL_MAX = 30;
/** One-word labels that name a field glued to a value; "School", "Office", "Position" begin names too ("SchoolSpring"). */
const GLUED_ONE_WORD = new Set(['title', 'salary', 'location', 'deadline', 'schedule', 'compensation']);

/**
 * "Label:value" with no space after the colon: a label of capitalised words ending in a letter,
 * then a capital, "$" or (after a label the header knows) a digit. Not a web address ("http://"),
 * a time ("5:36") or a ratio: those have no letter before the colon or no capital after it.
 */
function unspacedColon(text: string, from: number, colon: number): LabelSplit | null {
  const next = text.charCodeAt(colon + 1);
  const capital = isCapital(next);
  const figure = next === 36 /* $ */ || isAsciiDigit(next);
  if (!isAsciiLetter(text.charCodeAt(colon - 1)) || !(capital || figure) || colon - from > GLUED_LABEL_MAX) return null;
  const label = text.slice(from, colon);
  if (!isLabelText(label) || (!capital && next !== 36 && fieldKey(label) === null)) return null;
  let valueEnd = text.length;
  while (valueEnd > colon + 1 && (text[valueEnd - 1] === ' ' || text[valueEnd - 1] === '\t')) valueEnd--;
  return { label, labelStart: from, labelEnd: colon, valueStart: colon + 1, valueEnd };
}

/**
 * A known label glued to its value at the start of a line, as a print view loses the cell border
 * between them: "TitleSubstitute Bus Operators", "Posting IDS19-20-46", "Expiration Date7/19/2019".
 * The label is written with a lower-case letter in it (an ALL-CAPS word is not cut) and runs straight
 * into a capital or a digit. Reads at most GLUED_LABEL_MAX characters.
 */
export function splitGluedLabel(text: string, from: number): LabelSplit | null {
  if (!isCapital(text.charCodeAt(from))) return null;
  const limit = Math.min(text.length - 1, from + GLUED_LABEL_MAX);
  let lower = false;
  for (let j = from + 1; j <= limit; j++) {
    const c = text.charCodeAt(j);
    const p = text.charCodeAt(j - 1);
    if (p >= 97 && p <= 122) lower = true;
    if (lower && isAsciiLetter(p) && (isCapital(c) || isAsciiDigit(c))) {
      const label = text.slice(from, j);
      const norm = normalizeLabel(label);
      if (BY_LABEL.has(norm) && (norm.includes(' ') || GLUED_ONE_WORD.has(norm))) {
        let valueEnd = text.length;
        while (valueEnd > j && (text[valueEnd - 1] === ' ' || text[valueEnd - 1] === '\t')) valueEnd--;
        return { label, labelStart: from, labelEnd: j, valueStart: j, valueEnd };
      }
    }
    // A label is letters and spaces: past anything else the line is text, not a glued label.
    if (!(isAsciiLetter(c) || c === 32)) return null;
  }
  return null;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}


/**
 * Finds a known label glued onto the end of a value ("552778290Posted: 2020-05-21"): returns the
 * offset (within value) where the glued label starts, or -1.
 */
export function findGluedLabel(value: string): number {
  for (let at = value.indexOf(':'); at > 0; at = value.indexOf(':', at + 1)) {
    if (at + 1 < value.length && value[at + 1] !== ' ') continue;
    for (const label of GLUE_LABELS) {
      const start = at - label.length;
      if (start <= 0) continue;
      if (value.startsWith(label, start)) {
        const before = value[start - 1];
        // Glued: a digit, a lower-case letter or a closing bracket runs straight into the label (as the
        // glued-fields rule reads it); a label after any other character is not split off ("㐀Salary:").
        if (isGlueBefore(before!)) return start;
      }
    }
  }
  return -1;
}

function isGlueBefore(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || ch === ')' || ch === ']';
}

/** Offset in a value of a second "Label:" set off by three or more spaces ("Custodian      Wage/Hour Status: Nonexempt"), or -1. */
export function paddedFieldAt(value: string): number {
  for (let at = value.indexOf('   '); at >= 0; at = value.indexOf('   ', at)) {
    let start = at;
    while (start < value.length && (value[start] === ' ' || value[start] === '\t')) start++;
    if (start >= value.length) return -1;
    const colon = value.indexOf(':', start);
    if (colon > start && colon - start <= 40 && isLabelText(value.slice(start, colon))) return start;
    at = start;
  }
  return -1;
}

/** The longest label a padded, colon-less field can have ("REPORTS TO" + spaces + value). */
const PADDED_LABEL_MAX = 40;

/**
 * Splits a Word template's colon-less field "REPORTS TO      Building Principal": a label the
 * header knows, a run of at least three spaces or a tab, the value. Null for anything else (a
 * sentence with wide spacing names no known label). Reads at most PADDED_LABEL_MAX characters.
 */
export function splitPaddedLabel(text: string, from: number): LabelSplit | null {
  const limit = Math.min(text.length, from + PADDED_LABEL_MAX);
  for (let i = from + 1; i < limit; i++) {
    if (!(text[i] === '\t' || (text[i] === ' ' && text[i + 1] === ' ' && text[i + 2] === ' '))) continue;
    const label = text.slice(from, i);
    if (!isLabelText(label) || fieldKey(label) === null) return null;
    let valueStart = i;
    while (valueStart < text.length && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
    let valueEnd = text.length;
    while (valueEnd > valueStart && (text[valueEnd - 1] === ' ' || text[valueEnd - 1] === '\t')) valueEnd--;
    return valueStart < valueEnd ? { label, labelStart: from, labelEnd: i, valueStart, valueEnd } : null;
  }
  return null;
}

/** Capitalised words, spaces and slashes only: "Wage/Hour Status". */
function isLabelText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  for (let i = 1; i < text.length; i++) {
    const d = text[i]!;
    if (!((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || d === ' ' || d === '/')) return false;
  }
  return true;
}
