// Pay facts read once per posting: the figures in salary lines, ranges, open-ended wording.
import type { Posting, Range } from '../model/posting.ts';
import { junkLines } from './junk.ts';
import { lineFacts, lowerOf } from './memo.ts';
import { presenceOf } from './presence.ts';
import { range } from './util.ts';

export interface Figure {
  value: number;
  line: number;
  start: number;
  end: number;
}

export interface PayRange {
  min: Figure;
  max: Figure;
}

export interface PayFacts {
  /** Lines that talk about pay (salary sections, salary fields, sentences with a pay figure). */
  lines: number[];
  figures: Figure[];
  ranges: PayRange[];
  /** "up to $90,000", "starting at $50,000". */
  openEnded: Array<{ line: number; range: Range; text: string }>;
  /** First line that points to a salary schedule or scale ("per the salary schedule", a link to one), else null. */
  schedule: number | null;
}

// A dollar amount, a grouped number ("115,000.00") or a rate in dollars and cents with no sign
// ("27.56 - 27.56" under a Compensation: label) in a pay line, but not cents-shaped hours, days or a
// share of time ("7.50 hours", "0.50 FTE"). Linear: one quantifier per run, a bounded look-ahead.
const AMOUNT =
  /\$ ?\d[\d,]{0,15}(?:\.\d{1,2})?(?: ?[kK]\b)?|\b\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?\b|\b\d{1,3}\.\d\d\b(?!\s?(?:%|(?:percent|hours?|hrs?|days?|weeks?|months?|years?|fte)\b))/gi;
// The unit may stand after each figure of a range ("$19.33/hour - $27.22/hour", "$40,000 per year to
// $52,000 per year"): the first figure's unit does not make it a single figure. (The unit group is
// written out in both patterns: literals only, no pattern built at run time.)
const BETWEEN = /^(?:\s?(?:\/|per\s|an?\s)\s?(?:hour|hr|day|week|month|year|yr|annum)\.?)?\s*(?:-|–|—|to|through)\s*$/i;
/** Money a benefit pays ("up to $500 towards continuing education"), not the job's pay. */
const BENEFIT_MONEY =
  /\b(?:towards?|reimburse|reimbursement|allowance|bonus|bonuses|relocation|tuition|continuing education|professional development|referral)\b/i;
const OPEN_ENDED = /\b(?:up to|starting (?:at|from)|as much as|as high as|minimum of|at least) \$ ?\d/gi;
const RANGE_AFTER = /^[\d,.]{0,15}(?: ?[kK])?(?:\s?(?:\/|per\s|an?\s)\s?(?:hour|hr|day|week|month|year|yr|annum)\.?)?\s?(?:to|through|-|–|—)\s?\$?\d/i;
/** Money the applicant pays or is repaid (a $49 fingerprinting fee), not the job's pay: words next to the figure. */
const NOT_PAY = /\b(?:fees?|fingerprint\w*|background checks?|costs?|charges?|deposits?|reimburs\w*|penalt(?:y|ies)|fines?)\b/i;
const NEAR = 24;
const SCHEDULE = /\b(?:salary|pay|compensation|wage)[ _-](?:schedules?|scales?)\b/i;
function mayNameSchedule(lower: string): boolean {
  return lower.includes('schedule') || lower.includes('scale');
}
const PAY_WORD =
  /\b(?:salary|salaries|pay|paid|wages?|rate|compensation|stipend|hourly|hour|hr|annual|annually|year|yr|range|starting|step|grade|earn)\b/i;

const cache = new WeakMap<Posting, PayFacts>();

export function parseAmount(text: string): number {
  let digits = '';
  let k = false;
  for (const ch of text) {
    if ((ch >= '0' && ch <= '9') || ch === '.') digits += ch;
    else if (ch === 'k' || ch === 'K') k = true;
  }
  const v = Number.parseFloat(digits);
  return Number.isFinite(v) ? (k ? v * 1000 : v) : NaN;
}

export function payFacts(posting: Posting): PayFacts {
  const hit = cache.get(posting);
  if (hit) return hit;
  const junk = junkLines(posting);
  const set = new Set<number>();
  for (const s of posting.sections) {
    if (s.kind !== 'salary') continue;
    for (let l = s.line; l <= s.endLine && l < posting.lines.length; l++) set.add(l);
  }
  for (const f of posting.fields) {
    if (f.key !== 'salary' && f.key !== 'salary_range') continue;
    for (let l = f.line; l <= f.range.end.line && l < posting.lines.length; l++) set.add(l);
  }
  for (const l of presenceOf(posting).salaryLines) {
    const t = posting.lines[l]!;
    if (t.includes('$') ? PAY_WORD.test(t) : true) set.add(l);
  }
  const lines = [...set].filter((l) => !junk[l]).sort((a, b) => a - b);
  const figures: Figure[] = [];
  const ranges: PayRange[] = [];
  const openEnded: PayFacts['openEnded'] = [];
  for (const line of lines) {
    const text = posting.lines[line]!;
    if (text.length > 5000) continue;
    let prev: Figure | null = null;
    AMOUNT.lastIndex = 0;
    for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
      const value = parseAmount(m[0]);
      if (!Number.isFinite(value) || value < 7) continue; // "$5" stipends aside, tiny numbers are not pay
      if (NOT_PAY.test(text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR))) continue;
      const fig: Figure = { value, line, start: m.index, end: m.index + m[0].length };
      figures.push(fig);
      if (prev && BETWEEN.test(text.slice(prev.end, fig.start))) {
        ranges.push({ min: prev, max: fig });
        prev = null; // "$50,342 to $62,536 and $53,954 to $67,046": two ranges, not three
        continue;
      }
      prev = fig;
    }
    if (BENEFIT_MONEY.test(text)) continue;
    OPEN_ENDED.lastIndex = 0;
    for (let m = OPEN_ENDED.exec(text); m; m = OPEN_ENDED.exec(text)) {
      // "starting at $X to $Y", "minimum of $X - $Y" state a range after all
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (RANGE_AFTER.test(after)) continue;
      const end = m.index + m[0].length;
      let e = end;
      while (e < text.length && /[\d,.]/.test(text[e]!)) e++;
      openEnded.push({ line, range: range(line, m.index, line, e), text: text.slice(m.index, e) });
    }
  }
  let schedule: number | null = null;
  const lineRecords = lineFacts(posting);
  for (let l = 0; l < posting.lines.length && schedule === null; l++) {
    const t = posting.lines[l]!;
    // Every SCHEDULE match holds "schedule" or "scale" in some case: an indexOf on the memoised lower
    // case passes over the lines without either before the pattern is tried.
    if (!junk[l] && t.length <= 5000 && mayNameSchedule(lowerOf(lineRecords[l]!)) && SCHEDULE.test(t)) schedule = l;
  }
  const facts: PayFacts = { lines, figures, ranges, openEnded, schedule };
  cache.set(posting, facts);
  return facts;
}
