// `postwright outline [--format text|json] FILE...` — the parsed outline of each posting: title,
// header fields and sections with their kinds and 1-based lines. `-` reads standard input.
//
// JSON (always an array, one entry per file read):
//   [{"file": str, "title": str|null, "fields": [{"name": str, "value": str, "line": int}],
//     "sections": [{"heading": str|null, "line": int, "endLine": int, "kind": str}]}]
// A file that is missing, unreadable or binary gives a one-line error on stderr and exit code 2
// (the other files are still printed), as do bad arguments (the table in README.md).
import { parse } from '../model/parse.ts';
import type { Posting } from '../model/posting.ts';
import { parseCommandArgs, stringOption } from './args.ts';
import { readPosting } from './files.ts';
import type { CliCommand } from './types.ts';

export interface OutlineJson {
  file: string;
  title: string | null;
  fields: Array<{ name: string; value: string; line: number }>;
  sections: Array<{ heading: string | null; line: number; endLine: number; kind: string }>;
}

export const OUTLINE_USAGE = 'Usage: postwright outline [--format text|json] FILE... (- reads standard input)';

/** The outline of one parsed posting, lines 1-based. */
export function outlineOf(file: string, posting: Posting): OutlineJson {
  return {
    file,
    title: posting.title ? posting.title.text : null,
    fields: posting.fields.map((f) => ({ name: f.name, value: f.value, line: f.line + 1 })),
    sections: posting.sections.map((s) => ({
      heading:
        s.kind === 'title'
          ? (posting.lines[s.line] ?? '').trim() || null
          : s.heading
            ? s.heading.text.trim()
            : null,
      line: s.line + 1,
      endLine: s.endLine + 1,
      kind: s.kind,
    })),
  };
}

export function outlineText(o: OutlineJson): string {
  const out: string[] = [o.file];
  out.push(`  title: ${o.title ?? '(none)'}`);
  if (o.fields.length) {
    out.push('  fields:');
    const width = Math.max(...o.fields.map((f) => String(f.line).length));
    for (const f of o.fields) out.push(`    ${String(f.line).padStart(width)}  ${f.name}: ${f.value}`);
  }
  out.push('  sections:');
  if (o.sections.length === 0) out.push('    (none)');
  const width = Math.max(1, ...o.sections.map((s) => `${s.line}-${s.endLine}`.length));
  const kindWidth = Math.max(1, ...o.sections.map((s) => s.kind.length));
  for (const s of o.sections) {
    const heading = s.heading === null ? '(no heading)' : s.heading.length > 100 ? `${s.heading.slice(0, 99)}…` : s.heading;
    out.push(`    ${`${s.line}-${s.endLine}`.padEnd(width)}  ${s.kind.padEnd(kindWidth)}  ${heading}`);
  }
  return out.join('\n');
}

export const outline: CliCommand = async (args, io) => {
  const parsed = parseCommandArgs(args, { format: { type: 'string' } });
  if ('error' in parsed) {
    io.stderr(`postwright outline: ${parsed.error}\n${OUTLINE_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(`${OUTLINE_USAGE}\n`);
    return 0;
  }
  const format = stringOption(parsed, 'format') ?? 'text';
  if (format !== 'json' && format !== 'text') {
    io.stderr(`postwright outline: --format must be json or text\n${OUTLINE_USAGE}\n`);
    return 2;
  }
  const files = parsed.positionals;
  if (files.length === 0) {
    io.stderr(`postwright outline: no files given\n${OUTLINE_USAGE}\n`);
    return 2;
  }

  const results: OutlineJson[] = [];
  let failed = false;
  for (const file of files) {
    const read = await readPosting(file, io);
    if ('error' in read) {
      io.stderr(`postwright outline: ${read.error.replace(/[\r\n]+/g, ' ')}\n`);
      failed = true;
      continue;
    }
    try {
      results.push(outlineOf(file, parse(read.text)));
    } catch (error) {
      io.stderr(`postwright outline: ${file}: internal error: ${(error as Error)?.message ?? String(error)}\n`);
      failed = true;
    }
  }
  if (format === 'json') io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else if (results.length) io.stdout(`${results.map(outlineText).join('\n\n')}\n`);
  return failed ? 2 : 0;
};
