// `postwright export [--format jsonld|html|markdown] [--profile ID] [-o FILE] [--strict] FILE`
//
// Writes the posting as schema.org JobPosting JSON-LD (default), a clean publishable HTML page (with
// the same JSON-LD embedded) or Markdown, to standard output or -o FILE. What Google requires or
// recommends but the posting does not state is listed on standard error (never invented).
// Exit codes: 0 written; 1 the file could not be read, or --strict and a required field is missing;
// 2 usage error.
import { EXPORT_FORMATS, exportPosting, type ExportFormat } from '../export/index.ts';
import { analyzeOneFile, optionValue, writeResult } from './files.ts';
import type { CliCommand } from './types.ts';

export const EXPORT_USAGE = `Usage: postwright export [--format jsonld|html|markdown] [--profile ID] [-o FILE] [--strict] [--quiet] FILE
  FILE             a posting, or - for standard input
  --format, -f     jsonld (schema.org JobPosting, default), html (publishable page) or markdown
  --profile ID     district profile (default: .postwright.json, else detected from the text)
  --output, -o     write to FILE instead of standard output
  --strict         exit 1 when a field Google requires is missing
  --quiet, -q      do not list missing fields on standard error
  --no-config      do not read .postwright.json
Exit codes: 0 written, 1 unreadable file or (with --strict) a required field missing, 2 usage error.`;

export const exportCommand: CliCommand = async (args, io) => {
  let format: ExportFormat = 'jsonld';
  let profile: string | undefined;
  let output: string | undefined;
  let strict = false;
  let quiet = false;
  let config = true;
  const files: string[] = [];
  const usage = (message: string) => {
    io.stderr(`postwright export: ${message}\n${EXPORT_USAGE}\n`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      io.stdout(`${EXPORT_USAGE}\n`);
      return 0;
    }
    if (arg === '--strict') strict = true;
    else if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--no-config') config = false;
    else {
      const f = optionValue(args, i, '--format') ?? optionValue(args, i, '-f');
      const p = optionValue(args, i, '--profile');
      const o = optionValue(args, i, '--output') ?? optionValue(args, i, '-o');
      if (f) {
        const v = f.value === 'json-ld' || f.value === 'json' ? 'jsonld' : f.value === 'md' ? 'markdown' : f.value;
        if (!v || !(EXPORT_FORMATS as readonly string[]).includes(v)) return usage('--format must be jsonld, html or markdown');
        format = v as ExportFormat;
        i = f.next;
      } else if (p) {
        if (!p.value) return usage('--profile needs a profile id');
        profile = p.value;
        i = p.next;
      } else if (o) {
        if (!o.value) return usage('--output needs a file name');
        output = o.value;
        i = o.next;
      } else return usage(`unknown option ${arg}`);
    }
  }
  if (files.length !== 1) return usage(files.length === 0 ? 'no file given' : 'export takes one file');
  const file = files[0]!;
  const analysis = await analyzeOneFile('export', file, io, { ...(profile ? { profile } : {}), config });
  if (!analysis) return 1;
  const result = exportPosting(analysis, format);
  await writeResult(io, output, result.content);
  const name = file === '-' ? 'standard input' : file;
  if (!quiet) {
    for (const m of result.missing) io.stderr(`postwright export: ${name}: ${m.level} ${m.field} missing: ${m.message}\n`);
    for (const p of result.problems) if (!result.missing.some((m) => p.includes(m.field))) io.stderr(`postwright export: ${name}: ${p}\n`);
  }
  return strict && result.missing.some((m) => m.level === 'required') ? 1 : 0;
};
