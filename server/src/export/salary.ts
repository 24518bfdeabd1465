// Pay as structured data: the figures and ranges the pay-transparency rules already read
// (facts/pay.ts), plus the unit the posting states (per hour, annual…). Nothing is guessed beyond
// what the magnitude makes plain: a $183,818 salary is yearly, $32.50 is hourly; anything between is
// reported without a unit.
import type { Posting } from '../model/posting.ts';
import { payFacts, type Figure } from '../facts/pay.ts';
import { sectionAt } from '../facts/util.ts';

export type PayUnit = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface Salary {
  currency: 'USD';
  /** A range… */
  minValue?: number;
  maxValue?: number;
  /** …or a single figure. */
  value?: number;
  unit: PayUnit | null;
  /** "up to $90,000", "starting at $50,000": only one end is known. */
  openEnded: 'max' | 'min' | null;
  /** 0-based line of the figure. */
  line: number;
  /** The figure(s) as written. */
  text: string;
}

const UNIT_PATTERNS: Array<[PayUnit, RegExp]> = [
  ['HOUR', /\bhourly\b|\bper (?:hour|hr)\b|\/ ?(?:hour|hr)\b|\ban hour\b|\bhr\.?\s*$/i],
  ['DAY', /\bdaily (?:rate|pay|wage)\b|\bper (?:day|diem)\b|\/ ?day\b|\ba day\b/i],
  ['WEEK', /\bweekly\b|\bper week\b|\/ ?(?:week|wk)\b/i],
  ['MONTH', /\bmonthly\b|\bper month\b|\/ ?(?:month|mo)\b/i],
  ['YEAR', /\bannual(?:ly)?\b|\bper (?:year|annum)\b|\/ ?(?:year|yr)\b|\byearly\b|\ba year\b|\bsalary\b|\bsalaries\b/i],
];

function unitIn(text: string): PayUnit | null {
  for (const [unit, re] of UNIT_PATTERNS) if (re.test(text)) return unit;
  return null;
}

/** The words around a figure that may state its unit: its line, its field label, its section heading. */
function contextOf(posting: Posting, line: number): string[] {
  const out = [posting.lines[line] ?? ''];
  for (const f of posting.fields) {
    if (line >= f.line && line <= f.range.end.line) out.push(f.name);
  }
  const s = sectionAt(posting, line);
  if (s?.heading) out.push(s.heading.label);
  return out;
}

function unitByMagnitude(value: number): PayUnit | null {
  if (value >= 15000) return 'YEAR';
  if (value <= 300) return 'HOUR';
  return null;
}

function unitFor(posting: Posting, line: number, value: number): PayUnit | null {
  for (const text of contextOf(posting, line)) {
    const u = unitIn(text);
    // "Salary" names a salary but says nothing of hours: an hourly-sized figure is not yearly.
    if (u === 'YEAR' && value <= 300 && !/annual|year|yr|annum/i.test(text)) continue;
    if (u) return u;
  }
  return unitByMagnitude(value);
}

function written(posting: Posting, a: Figure, b?: Figure): string {
  const line = posting.lines[a.line] ?? '';
  return b && b.line === a.line ? line.slice(a.start, b.end) : line.slice(a.start, a.end);
}

/** The posting's pay, or null when it states none. The first range wins over single figures. */
export function extractSalary(posting: Posting): Salary | null {
  const facts = payFacts(posting);
  const range = facts.ranges.find((r) => r.max.value >= r.min.value && r.min.value > 0);
  if (range) {
    return {
      currency: 'USD',
      minValue: range.min.value,
      maxValue: range.max.value,
      unit: unitFor(posting, range.min.line, range.min.value),
      openEnded: null,
      line: range.min.line,
      text: written(posting, range.min, range.max),
    };
  }
  const figure = facts.figures[0];
  if (!figure) return null;
  const open = facts.openEnded.find((o) => o.line === figure.line && o.range.end.character >= figure.end);
  const upTo = open ? /^(?:up to|as much as|as high as)/i.test(open.text) : false;
  const base = { currency: 'USD' as const, unit: unitFor(posting, figure.line, figure.value), line: figure.line, text: written(posting, figure) };
  if (open) return upTo ? { ...base, maxValue: figure.value, openEnded: 'max' } : { ...base, minValue: figure.value, openEnded: 'min' };
  return { ...base, value: figure.value, openEnded: null };
}
