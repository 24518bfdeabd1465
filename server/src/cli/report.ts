// `postwright report [--format text|html|json] [--profile ID] [-o FILE] FILE`
//
// The posting report (required sections, pay transparency, length and bullets, reading grade,
// gender-coded balance, findings by rule): the same data and page as the VS Code report view.
// html is a self-contained page with a strict Content-Security-Policy (no scripts, no network).
// Exit codes: 0 written; 1 the file could not be read; 2 usage error.
import { randomBytes } from 'node:crypto';
import { renderReportHtml } from '../report/html.ts';
import { buildReport, LENGTH_GUIDANCE, type ReportData } from '../report/model.ts';
import { analyzeOneFile, optionValue, writeResult } from './files.ts';
import type { CliCommand } from './types.ts';

export const REPORT_USAGE = `Usage: postwright report [--format text|html|json] [--profile ID] [-o FILE] FILE
  FILE             a posting, or - for standard input
  --format, -f     text (default), html (a self-contained page) or json (the report data)
  --profile ID     district profile (default: .postwright.json, else detected from the text)
  --output, -o     write to FILE instead of standard output
  --today DATE     judge pay-transparency laws as of DATE (yyyy-mm-dd)
  --no-config      do not read .postwright.json
Exit codes: 0 written, 1 unreadable file, 2 usage error.`;

export function reportText(r: ReportData, source: string): string {
  const out: string[] = [];
  out.push(`${source}: ${r.title ?? '(no title)'}`);
  out.push(`  profile: ${r.profile.name}${r.profile.state ? ` (${r.profile.state})` : ''}`);
  out.push('  sections:');
  if (r.checklist.length === 0) out.push('    (none required)');
  for (const c of r.checklist) out.push(`    ${c.present ? '✓' : c.level === 'required' ? '✗' : '-'} ${c.label} (${c.level})${c.present && c.line !== null ? `, line ${c.line + 1}` : c.present ? '' : ': missing'}`);
  const p = r.pay;
  if (p.state) out.push(`  place: ${p.why}`);
  out.push(`  pay transparency: ${p.law ? `${p.state}: ${p.status === 'ok' ? 'ok' : 'incomplete'} (${p.law.name})` : p.note}`);
  for (const c of p.checks) out.push(`    ${c.ok ? '✓' : '✗'} ${c.label}${c.line !== null ? `, line ${c.line + 1}` : ''}`);
  const l = r.length;
  out.push(`  length: ${l.words} words (${l.status}; guidance ${LENGTH_GUIDANCE.minWords}–${LENGTH_GUIDANCE.maxWords}), ${Math.round(l.bulletShare * 100)}% in bullets, ${l.wordsPerSentence} words per sentence`);
  out.push(`  reading grade: ${r.readability.grade} (Flesch–Kincaid)`);
  out.push(`  gender-coded: ${r.gender.masculineTotal} masculine, ${r.gender.feminineTotal} feminine (${r.gender.balance})`);
  out.push(`  findings: ${r.totals.all} (${r.totals.error} errors, ${r.totals.warning} warnings, ${r.totals.info + r.totals.hint} notes)`);
  for (const g of r.findings) {
    out.push(`    ${g.rule} (${g.findings.length}, ${g.severity})`);
    for (const f of g.findings) out.push(`      ${f.line + 1}:${f.character + 1} ${f.message}`);
  }
  return `${out.join('\n')}\n`;
}

export const reportCommand: CliCommand = async (args, io) => {
  let format: 'text' | 'html' | 'json' = 'text';
  let profile: string | undefined;
  let output: string | undefined;
  let today: string | undefined;
  let config = true;
  const files: string[] = [];
  const usage = (message: string) => {
    io.stderr(`postwright report: ${message}\n${REPORT_USAGE}\n`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      io.stdout(`${REPORT_USAGE}\n`);
      return 0;
    }
    if (arg === '--no-config') {
      config = false;
      continue;
    }
    const f = optionValue(args, i, '--format') ?? optionValue(args, i, '-f');
    const p = optionValue(args, i, '--profile');
    const o = optionValue(args, i, '--output') ?? optionValue(args, i, '-o');
    const t = optionValue(args, i, '--today');
    if (f) {
      if (f.value !== 'text' && f.value !== 'html' && f.value !== 'json') return usage('--format must be text, html or json');
      format = f.value;
      i = f.next;
    } else if (p) {
      if (!p.value) return usage('--profile needs a profile id');
      profile = p.value;
      i = p.next;
    } else if (o) {
      if (!o.value) return usage('--output needs a file name');
      output = o.value;
      i = o.next;
    } else if (t) {
      if (!t.value || !/^\d{4}-\d{2}-\d{2}$/.test(t.value)) return usage('--today must be a date like 2025-04-18');
      today = t.value;
      i = t.next;
    } else return usage(`unknown option ${arg}`);
  }
  if (files.length !== 1) return usage(files.length === 0 ? 'no file given' : 'report takes one file');
  const file = files[0]!;
  const analysis = await analyzeOneFile('report', file, io, { ...(profile ? { profile } : {}), config, ...(today ? { today } : {}) });
  if (!analysis) return 1;
  const report = buildReport(analysis, today ? { today } : {});
  const source = file === '-' ? 'standard input' : file;
  const text =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'html'
        ? renderReportHtml(report, { nonce: randomBytes(16).toString('base64'), interactive: false, source })
        : reportText(report, source);
  await writeResult(io, output, text);
  return 0;
};
