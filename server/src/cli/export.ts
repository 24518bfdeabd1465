// `postwright export [--format jsonld|html|markdown] [--profile ID] [-o FILE] [--strict] FILE`
//
// Writes the posting as schema.org JobPosting JSON-LD (default), a clean publishable HTML page (with
// the same JSON-LD embedded) or Markdown, to standard output or -o FILE. What Google requires or
// recommends but the posting does not state is listed on standard error (never invented).
// Exit codes (the table in README.md): 0 written; 1 --strict and a required field is missing;
// 2 a usage error, a file that could not be read, an unusable .postwright.json, or -o not written.
import { EXPORT_FORMATS, exportPosting, type ExportFormat } from '../export/index.ts';
import { startCommand, stringOption } from './args.ts';
import { analyzeOneFile, writeResult } from './files.ts';
import type { CliCommand } from './types.ts';

export const EXPORT_USAGE = `Usage: postwright export [--format jsonld|html|markdown] [--profile ID] [-o FILE] [--strict] [--quiet] FILE
  FILE             a posting, or - for standard input
  --format, -f     jsonld (schema.org JobPosting, default), html (publishable page) or markdown
  --profile ID     district profile (default: .postwright.json, else detected from the text)
  --output, -o     write to FILE instead of standard output
  --strict         exit 1 when a field Google requires is missing
  --quiet, -q      do not list missing fields on standard error
  --no-config      do not read .postwright.json
Exit codes: 0 written, 1 (with --strict) a required field missing,
  2 usage error, unreadable file or .postwright.json, or the output not written.`;

const EXPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  profile: { type: 'string' },
  output: { type: 'string', short: 'o' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-config': { type: 'boolean' },
} as const;

export const exportCommand: CliCommand = async (args, io) => {
  const start = startCommand('export', EXPORT_USAGE, args, EXPORT_OPTIONS, io);
  if ('exit' in start) return start.exit;
  const { parsed, usage } = start;
  const given = stringOption(parsed, 'format') ?? 'jsonld';
  const v = given === 'json-ld' || given === 'json' ? 'jsonld' : given === 'md' ? 'markdown' : given;
  if (!(EXPORT_FORMATS as readonly string[]).includes(v)) return usage('--format must be jsonld, html or markdown');
  const format = v as ExportFormat;
  const profile = stringOption(parsed, 'profile');
  const output = stringOption(parsed, 'output');
  const files = parsed.positionals;
  if (files.length !== 1) return usage(files.length === 0 ? 'no file given' : 'export takes one file');
  const file = files[0]!;
  const analysis = await analyzeOneFile('export', file, io, { ...(profile ? { profile } : {}), config: !parsed.values['no-config'] });
  if (!analysis) return 2;
  const result = exportPosting(analysis, format);
  if (!(await writeResult('export', io, output, result.content))) return 2;
  const name = file === '-' ? 'standard input' : file;
  if (!parsed.values.quiet) {
    for (const m of result.missing) io.stderr(`postwright export: ${name}: ${m.level} ${m.field} missing: ${m.message}\n`);
    for (const p of result.problems) if (!result.missing.some((m) => p.includes(m.field))) io.stderr(`postwright export: ${name}: ${p}\n`);
  }
  return parsed.values.strict && result.missing.some((m) => m.level === 'required') ? 1 : 0;
};
