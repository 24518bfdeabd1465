// `postwright report [--format text|html|json] [--profile ID] [-o FILE] FILE`
//
// The posting report (required sections, pay transparency, length and bullets, reading grade,
// gender-coded balance, findings by rule): the same data and page as the VS Code report view.
// html is a self-contained page with a strict Content-Security-Policy (no scripts, no network).
// Exit codes (the table in README.md): 0 written; 2 a usage error, a file that could not be read,
// an unusable .postwright.json, or -o not written.
import { randomBytes } from 'node:crypto';
import { renderReportHtml } from '../report/html.ts';
import { buildReport, LENGTH_GUIDANCE, type ReportData } from '../report/model.ts';
import { startCommand, stringOption } from './args.ts';
import { analyzeOneFile, writeResult } from './files.ts';
import { ISO_DAY } from '../templates/render.ts';
import type { CliCommand } from './types.ts';

export const REPORT_USAGE = `Usage: postwright report [--format text|html|json] [--profile ID] [-o FILE] FILE
  FILE             a posting, or - for standard input
  --format, -f     text (default), html (a self-contained page) or json (the report data)
  --profile ID     district profile (default: .postwright.json, else detected from the text)
  --output, -o     write to FILE instead of standard output
  --today DATE     judge pay-transparency laws as of DATE (yyyy-mm-dd)
  --no-config      do not read .postwright.json
Exit codes: 0 written, 2 usage error, unreadable file or .postwright.json, or the output not written.`;

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

const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  profile: { type: 'string' },
  output: { type: 'string', short: 'o' },
  today: { type: 'string' },
  'no-config': { type: 'boolean' },
} as const;

export const reportCommand: CliCommand = async (args, io) => {
  const start = startCommand('report', REPORT_USAGE, args, REPORT_OPTIONS, io);
  if ('exit' in start) return start.exit;
  const { parsed, usage } = start;
  const format = stringOption(parsed, 'format') ?? 'text';
  if (format !== 'text' && format !== 'html' && format !== 'json') return usage('--format must be text, html or json');
  const today = stringOption(parsed, 'today');
  if (today !== undefined && !ISO_DAY.test(today)) return usage('--today must be a date like 2025-04-18');
  const profile = stringOption(parsed, 'profile');
  const files = parsed.positionals;
  if (files.length !== 1) return usage(files.length === 0 ? 'no file given' : 'report takes one file');
  const file = files[0]!;
  const analysis = await analyzeOneFile('report', file, io, { ...(profile ? { profile } : {}), config: !parsed.values['no-config'], ...(today ? { today } : {}) });
  if (!analysis) return 2;
  const report = buildReport(analysis);
  const source = file === '-' ? 'standard input' : file;
  const text =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'html'
        ? renderReportHtml(report, { nonce: randomBytes(16).toString('base64'), interactive: false, source })
        : reportText(report, source);
  return (await writeResult('report', io, stringOption(parsed, 'output'), text)) ? 0 : 2;
};
