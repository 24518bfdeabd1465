// `postwright lint [--format text|json|sarif] [--profile ID] [--today yyyy-mm-dd] [--no-config]
//                  [--fix [--backup]] [--max-warnings N] FILES/GLOBS...`
//
// Exit codes: 0 no error-severity finding; 1 at least one error-severity finding (or more warnings
// than --max-warnings); 2 usage errors (unknown flag, no files, a missing, unreadable or binary
// file: one line on stderr each, no stack). --fix applies the safe fixes (job-board text, stray
// lines, glued fields, a repeated title, his/her → their) and writes each file atomically, then
// reports on the fixed text.
//
// JSON, exactly: an array (even for one file) of
//   {"file": str, "profile": str, "missing": [kind...], "diagnostics": [{"rule": str,
//    "severity": "error"|"warning"|"info"|"hint", "message": str, "line": int, "column": int,
//    "endLine": int, "endColumn": int, "kind": str|null}]}
// with 1-based lines and columns (columns in UTF-16 code units, the editor's own unit).
import packageJson from '../../../package.json';
import { analyze, type Analysis, type AnalysisOptions } from '../analysis.ts';
import { rules } from '../rules/index.ts';
import type { Finding } from '../rules/types.ts';
import { applySafeFixes, cliAnalysisOptions, expandInputs, optionValue, readPosting, writeAtomic } from './files.ts';
import { resolve } from 'node:path';
import { toSarif } from './sarif.ts';
import type { CliCommand } from './types.ts';

const VERSION: string = (packageJson as { version?: string }).version ?? '0.0.0';

export const LINT_USAGE = `Usage: postwright lint [--format text|json|sarif] [--profile ID] [--today YYYY-MM-DD] [--no-config]
                       [--fix [--backup]] [--max-warnings N] FILES/GLOBS...
  FILES may be files, folders (every .posting and .txt below), globs (seeds/*.txt, postings/**/*.posting) or - for standard input.
  --fix applies the safe fixes and rewrites the files (--backup keeps the original as FILE.bak).
  Exit code: 0 clean, 1 an error-severity finding or more warnings than --max-warnings, 2 a usage error.
`;

export interface LintDiagnosticJson {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: string | null;
}

export interface LintFileJson {
  file: string;
  profile: string;
  missing: string[];
  diagnostics: LintDiagnosticJson[];
}

export function diagnosticJson(f: Finding): LintDiagnosticJson {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    kind: f.kind ?? null,
  };
}

export function lintJson(file: string, a: Analysis): LintFileJson {
  return { file, profile: a.profile.id, missing: [...a.missing], diagnostics: a.findings.map(diagnosticJson) };
}

/** One line per finding: file:line:col severity message [rule]. */
export function lintText(file: string, a: Analysis): string {
  let out = '';
  for (const f of a.findings) out += `${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.rule}]\n`;
  return out;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const lint: CliCommand = async (args, io) => {
  let format: 'text' | 'json' | 'sarif' = 'text';
  let profile: string | undefined;
  let today: string | undefined;
  let config = true;
  let fix = false;
  let backup = false;
  let maxWarnings: number | null = null;
  const inputs: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      io.stdout(LINT_USAGE);
      return 0;
    }
    if (arg === '--no-config') {
      config = false;
      continue;
    }
    if (arg === '--fix') {
      fix = true;
      continue;
    }
    if (arg === '--backup') {
      backup = true;
      continue;
    }
    const maxw = optionValue(args, i, '--max-warnings');
    if (maxw) {
      if (maxw.value === undefined || !/^\d{1,9}$/.test(maxw.value)) {
        io.stderr(`postwright lint: --max-warnings needs a whole number${maxw.value === undefined ? '' : `, not '${maxw.value}'`}\n`);
        return 2;
      }
      maxWarnings = Number(maxw.value);
      i = maxw.next;
      continue;
    }
    const fmt = optionValue(args, i, '--format') ?? optionValue(args, i, '-f');
    if (fmt) {
      if (fmt.value !== 'text' && fmt.value !== 'json' && fmt.value !== 'sarif') {
        io.stderr(`postwright lint: --format must be text, json or sarif${fmt.value === undefined ? '' : `, not '${fmt.value}'`}\n`);
        return 2;
      }
      format = fmt.value;
      i = fmt.next;
      continue;
    }
    const prof = optionValue(args, i, '--profile');
    if (prof) {
      if (!prof.value || prof.value.startsWith('-')) {
        io.stderr('postwright lint: --profile needs a profile id (auto, generic, chicago, philadelphia, worcester, or one from .postwright.json)\n');
        return 2;
      }
      profile = prof.value;
      i = prof.next;
      continue;
    }
    const day = optionValue(args, i, '--today');
    if (day) {
      if (!day.value || !ISO_DAY.test(day.value)) {
        io.stderr('postwright lint: --today needs a date as YYYY-MM-DD\n');
        return 2;
      }
      today = day.value;
      i = day.next;
      continue;
    }
    io.stderr(`postwright lint: unknown option '${arg}' (see postwright lint --help)\n`);
    return 2;
  }
  if (inputs.length === 0) {
    io.stderr('postwright lint: no files given (see postwright lint --help)\n');
    return 2;
  }
  if (backup && !fix) {
    io.stderr('postwright lint: --backup only goes with --fix\n');
    return 2;
  }
  if (fix && inputs.includes('-')) {
    io.stderr('postwright lint: --fix cannot rewrite standard input; give file names\n');
    return 2;
  }
  try {
    const { files, unmatched } = await expandInputs(inputs, io.cwd);
    const errors: string[] = unmatched.map((u) => `${u}: no files match`);
    const texts: Array<{ file: string; text: string }> = [];
    for (const file of files) {
      const read = await readPosting(file, io);
      if ('error' in read) errors.push(read.error);
      else texts.push({ file, text: read.text });
    }
    if (errors.length) {
      for (const e of errors) io.stderr(`postwright lint: ${e}\n`);
      return 2;
    }
    const setup = await cliAnalysisOptions(io, { ...(profile ? { profile } : {}), config, ...(today ? { today } : {}) });
    for (const p of setup.problems) io.stderr(`postwright lint: ${p}\n`);
    const options: AnalysisOptions = setup.options;
    if (profile && profile !== 'auto') {
      const known = ['generic', 'chicago', 'philadelphia', 'worcester', ...(options.workspace?.profiles ?? []).map((p) => p.id)];
      if (!known.some((k) => k.toLowerCase() === profile!.toLowerCase())) {
        io.stderr(`postwright lint: unknown profile '${profile}' (known: auto, ${known.join(', ')})\n`);
        return 2;
      }
    }
    let failed = false;
    let fixedProblems = 0;
    let fixedFiles = 0;
    const results: Array<{ file: string; analysis: Analysis }> = [];
    for (const item of texts) {
      const { file } = item;
      let text = item.text;
      if (fix) {
        const r = applySafeFixes(text, options);
        if (r.fixed > 0 && r.text !== text) {
          await writeAtomic(resolve(io.cwd, file), r.text, { backup });
          text = r.text;
          fixedProblems += r.fixed;
          fixedFiles++;
        }
      }
      const analysis = analyze(text, options);
      if (analysis.findings.some((f) => f.severity === 'error')) failed = true;
      results.push({ file, analysis });
    }
    if (fixedFiles > 0) io.stderr(`postwright lint: fixed ${fixedProblems} problem${fixedProblems === 1 ? '' : 's'} in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}\n`);
    if (format === 'json') io.stdout(JSON.stringify(results.map((r) => lintJson(r.file, r.analysis)), null, 2) + '\n');
    else if (format === 'sarif') {
      io.stdout(JSON.stringify(toSarif(results.map((r) => ({ file: r.file, findings: r.analysis.findings })), { cwd: io.cwd, version: VERSION, rules }), null, 2) + '\n');
    } else {
      let out = '';
      const counts = { error: 0, warning: 0, info: 0, hint: 0 };
      for (const r of results) {
        out += lintText(r.file, r.analysis);
        for (const f of r.analysis.findings) counts[f.severity]++;
      }
      const total = counts.error + counts.warning + counts.info + counts.hint;
      out += `${results.length} file${results.length === 1 ? '' : 's'} checked: ${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info${counts.hint ? `, ${counts.hint} hint` : ''})\n`;
      io.stdout(out);
    }
    if (maxWarnings !== null) {
      const warnings = results.reduce((n, r) => n + r.analysis.findings.filter((f) => f.severity === 'warning').length, 0);
      if (warnings > maxWarnings) {
        io.stderr(`postwright lint: too many warnings (${warnings}, --max-warnings ${maxWarnings})\n`);
        failed = true;
      }
    }
    return failed ? 1 : 0;
  } catch (error) {
    io.stderr(`postwright lint: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
};
