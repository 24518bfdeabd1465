// `postwright lint [--format text|json|sarif] [--profile ID] [--today yyyy-mm-dd] [--no-config]
//                  [--fix [--backup]] [--max-warnings N] FILES/GLOBS...`
//
// Exit codes (the table in README.md, the same for every command): 0 no error-severity finding;
// 1 at least one error-severity finding (or more warnings than --max-warnings); 2 a usage error, a
// .postwright.json that cannot be used, or some file that could not be read (or, with --fix,
// written): one line on stderr per file, no stack, and the other files are still checked.
// --fix applies the safe fixes (job-board text, stray lines, glued fields, a repeated title,
// his/her → their) one file at a time, writes each file back in its own encoding, byte-order mark
// and line endings, skips (with a message) files it must not or cannot write, and reports on the
// fixed text; a summary says what was and was not fixed.
//
// JSON, exactly: an array (even for one file) of
//   {"file": str, "profile": str, "missing": [kind...], "diagnostics": [{"rule": str,
//    "severity": "error"|"warning"|"info"|"hint", "message": str, "line": int, "column": int,
//    "endLine": int, "endColumn": int, "kind": str|null}]}
// with 1-based lines and columns (columns in UTF-16 code units, the editor's own unit).
import { VERSION } from '../version.ts';
import { analyze, resolveRules, type Analysis, type AnalysisOptions } from '../analysis.ts';
import { rules } from '../rules/index.ts';
import { ISO_DAY } from '../templates/render.ts';
import type { Finding } from '../rules/types.ts';
import { parseCommandArgs, stringOption } from './args.ts';
import { cliAnalysisOptions, expandInputs, readPosting } from './files.ts';
import { fixPostingFile } from './fix.ts';
import { toSarif } from './sarif.ts';
import type { CliCommand } from './types.ts';


export const LINT_USAGE = `Usage: postwright lint [--format text|json|sarif] [--profile ID] [--today YYYY-MM-DD] [--no-config]
                       [--fix [--backup]] [--max-warnings N] FILES/GLOBS...
  FILES may be files, folders (every .posting and .txt below), globs (seeds/*.txt, postings/**/*.posting) or - for standard input.
  --fix applies the safe fixes and rewrites the files (--backup keeps the original as FILE.bak).
  Exit code: 0 clean, 1 an error-severity finding or more warnings than --max-warnings,
  2 a usage error, an unusable .postwright.json, or a file that could not be read (or fixed).
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
export function lintText(file: string, a: Pick<Analysis, 'findings'>): string {
  let out = '';
  for (const f of a.findings) out += `${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.rule}]\n`;
  return out;
}


const LINT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  profile: { type: 'string' },
  today: { type: 'string' },
  'no-config': { type: 'boolean' },
  fix: { type: 'boolean' },
  backup: { type: 'boolean' },
  'max-warnings': { type: 'string' },
} as const;

interface LintRun {
  format: 'text' | 'json' | 'sarif';
  profile: string | undefined;
  today: string | undefined;
  config: boolean;
  fix: boolean;
  backup: boolean;
  maxWarnings: number | null;
  inputs: string[];
}

/** The run's settings from the arguments, or the usage message (without the command prefix). */
function lintRun(args: string[]): LintRun | { error: string } | 'help' {
  const parsed = parseCommandArgs(args, LINT_OPTIONS);
  if ('error' in parsed) return { error: `${parsed.error} (see postwright lint --help)` };
  if (parsed.values.help) return 'help';
  const format = stringOption(parsed, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return { error: `--format must be text, json or sarif, not '${format}'` };
  const maxw = stringOption(parsed, 'max-warnings');
  if (maxw !== undefined && !/^\d{1,9}$/.test(maxw)) return { error: `--max-warnings needs a whole number, not '${maxw}'` };
  const today = stringOption(parsed, 'today');
  if (today !== undefined && !ISO_DAY.test(today)) return { error: '--today needs a date as YYYY-MM-DD' };
  const run: LintRun = {
    format,
    profile: stringOption(parsed, 'profile'),
    today,
    config: !parsed.values['no-config'],
    fix: parsed.values.fix === true,
    backup: parsed.values.backup === true,
    maxWarnings: maxw === undefined ? null : Number(maxw),
    inputs: parsed.positionals,
  };
  if (run.inputs.length === 0) return { error: 'no files given (see postwright lint --help)' };
  if (run.backup && !run.fix) return { error: '--backup only goes with --fix' };
  if (run.fix && run.inputs.includes('-')) return { error: '--fix cannot rewrite standard input; give file names' };
  return run;
}

/** What a run keeps of one file: the severities (exit code, counts) and its output in the run's format. */
interface LintResult {
  file: string;
  severities: Finding['severity'][];
  json?: LintFileJson;
  text?: string;
  findings?: Finding[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const lint: CliCommand = async (args, io) => {
  const run = lintRun(args);
  if (run === 'help') {
    io.stdout(LINT_USAGE);
    return 0;
  }
  if ('error' in run) {
    io.stderr(`postwright lint: ${run.error}\n`);
    return 2;
  }
  const { format, profile, fix, backup, maxWarnings } = run;
  const { files, unmatched, refused } = await expandInputs(run.inputs, io.cwd);
  const setup = await cliAnalysisOptions(io, { ...(profile ? { profile } : {}), config: run.config, ...(run.today ? { today: run.today } : {}) });
  for (const p of setup.problems) io.stderr(`postwright lint: ${p}\n`);
  // The same rules with the same settings for every file: resolved once for the run.
  const options: AnalysisOptions = { ...setup.options, resolvedRules: resolveRules(setup.options) };
  if (profile && profile !== 'auto') {
    const known = ['generic', 'chicago', 'philadelphia', 'worcester', ...(options.workspace?.profiles ?? []).map((p) => p.id)];
    if (!known.some((k) => k.toLowerCase() === profile.toLowerCase())) {
      io.stderr(`postwright lint: unknown profile '${profile}' (known: auto, ${known.join(', ')})\n`);
      return 2;
    }
  }
  // Some input could not be used: every other file is still checked, and the exit code is 2.
  let inputFailed = setup.configUnusable;
  for (const message of [...refused, ...unmatched.map((u) => `${u}: no files match`)]) {
    io.stderr(`postwright lint: ${message}\n`);
    inputFailed = true;
  }
  let fixedProblems = 0;
  let fixedFiles = 0;
  const notFixed: string[] = [];
  // Only what the output needs is kept per file, not the analysis: the parsed posting of each file
  // is dropped as soon as the next file is read, so a run over thousands of files holds one posting
  // at a time. The findings themselves are kept only for SARIF (their facts and fixes held about
  // 12 KB a file, 37 MB of live heap over 3,000 files): JSON keeps its output object, text its lines.
  const results: LintResult[] = [];
  for (const file of files) {
    const read = await readPosting(file, io);
    if ('error' in read) {
      io.stderr(`postwright lint: ${read.error}\n`);
      inputFailed = true;
      continue;
    }
    let text = read.text;
    if (fix && read.source) {
      const outcome = await fixPostingFile(read.source, text, options, { backup });
      text = outcome.text;
      if (outcome.status === 'fixed') {
        fixedProblems += outcome.fixes;
        fixedFiles++;
      } else if (outcome.status === 'not-fixed') {
        io.stderr(`postwright lint: ${file}: not fixed: ${outcome.reason}\n`);
        notFixed.push(`${file} (${outcome.reason})`);
        inputFailed = true;
      }
    }
    const analysis = analyze(text, options);
    const severities = analysis.findings.map((f) => f.severity);
    if (format === 'json') results.push({ file, severities, json: lintJson(file, analysis) });
    else if (format === 'sarif') results.push({ file, severities, findings: analysis.findings });
    else results.push({ file, severities, text: lintText(file, analysis) });
  }
  if (fixedFiles > 0 || notFixed.length > 0) {
    const done = fixedFiles > 0 ? `fixed ${plural(fixedProblems, 'problem')} in ${plural(fixedFiles, 'file')}` : 'fixed nothing';
    io.stderr(`postwright lint: ${done}${notFixed.length ? `; ${notFixed.length} not fixed: ${notFixed.join(', ')}` : ''}\n`);
  }
  let failed = results.some((r) => r.severities.includes('error'));
  if (format === 'json') io.stdout(JSON.stringify(results.map((r) => r.json), null, 2) + '\n');
  else if (format === 'sarif') {
    const inputs = results.map((r) => ({ file: r.file, findings: r.findings ?? [] }));
    io.stdout(JSON.stringify(toSarif(inputs, { cwd: io.cwd, version: VERSION, rules }), null, 2) + '\n');
  } else if (results.length > 0) {
    let out = '';
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const r of results) {
      out += r.text ?? '';
      for (const severity of r.severities) counts[severity]++;
    }
    const total = counts.error + counts.warning + counts.info + counts.hint;
    out += `${plural(results.length, 'file')} checked: ${plural(total, 'finding')} (${counts.error} error, ${counts.warning} warning, ${counts.info} info${counts.hint ? `, ${counts.hint} hint` : ''})\n`;
    io.stdout(out);
  }
  if (maxWarnings !== null) {
    const warnings = results.reduce((n, r) => n + r.severities.filter((severity) => severity === 'warning').length, 0);
    if (warnings > maxWarnings) {
      io.stderr(`postwright lint: too many warnings (${warnings}, --max-warnings ${maxWarnings})\n`);
      failed = true;
    }
  }
  return inputFailed ? 2 : failed ? 1 : 0;
};
