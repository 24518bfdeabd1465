// `npm run eval -- --explain-findings`: the classes a findings tuner works by. False warnings
// (warnings no labelled finding explains) counted per Postwright rule, with how many sit on a line
// the label marks fine; missed findings counted per label rule, with how many are serious. Each
// class lists its postings and lines so that a fix can be checked against every case of the class.
import type { SetResult } from './run.ts';

interface ClassRow {
  name: string;
  count: number;
  /** Warnings on a fine line (false warnings) or serious findings (missed findings). */
  marked: number;
  where: string[];
}

function addTo(rows: Map<string, ClassRow>, name: string, marked: boolean, where: string): void {
  const row = rows.get(name) ?? { name, count: 0, marked: 0, where: [] };
  row.count++;
  if (marked) row.marked++;
  row.where.push(where);
  rows.set(name, row);
}

function render(title: string, markedName: string, rows: Map<string, ClassRow>): string[] {
  const sorted = [...rows.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const total = sorted.reduce((n, r) => n + r.count, 0);
  const out = [`  ${title} (${total})`, `    ${'class'.padEnd(28)} ${'count'.padStart(5)} ${markedName.padStart(8)}`];
  for (const r of sorted) {
    out.push(`    ${r.name.padEnd(28)} ${String(r.count).padStart(5)} ${String(r.marked).padStart(8)}`);
    for (const w of r.where) out.push(`        ${w}`);
  }
  return out;
}

/** The class table of one set: false warnings by rule, missed findings by label rule. */
export function explainFindings(set: SetResult): string {
  const falseWarnings = new Map<string, ClassRow>();
  const missed = new Map<string, ClassRow>();
  for (const p of set.postings) {
    for (const w of p.unmatchedWarnings) addTo(falseWarnings, w.rule, w.onFine, `${p.id}:${w.line}${w.onFine ? ' (fine)' : ''} ${w.message}`);
    for (const f of p.missedFindings) addTo(missed, f.rule, f.serious === true, `${p.id}:${f.line ?? 'doc'}${f.serious ? ' (serious)' : ''} ${f.note}`);
  }
  return [`${set.name}: findings by class`, ...render('false warnings by rule', 'on fine', falseWarnings), ...render('missed findings by label rule', 'serious', missed)].join('\n');
}
