// SARIF 2.1.0 output for `postwright lint --format sarif` (GitHub code scanning, Azure DevOps and
// other CI viewers). One run; every rule that ran is described in tool.driver.rules; each finding
// is a result with a 1-based region in UTF-16 code units (the LSP's own unit), and safe fixes are
// included as SARIF fixes.
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, Rule, Severity } from '../rules/types.ts';
import type { Range } from '../model/posting.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFO_URI = 'https://github.com/postwright/postwright';
const DOCS_BASE = 'https://github.com/postwright/postwright/blob/main/';

export interface SarifInput {
  /** The path as given on the command line ('-' for standard input). */
  file: string;
  findings: Finding[];
}

export interface SarifOptions {
  cwd: string;
  version: string;
  /** Every rule that could report (so viewers can show descriptions); unknown ids get a stub. */
  rules: readonly Rule[];
  /** Files that could not be read: reported as tool notifications. */
  errors?: Array<{ file: string; message: string }>;
}

type Level = 'error' | 'warning' | 'note' | 'none';

export function sarifLevel(s: Severity): Level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

function ruleName(id: string): string {
  return id
    .split(/[-_.]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** A file's URI in SARIF: relative to %SRCROOT% (the cwd) when inside it, else an absolute file URI. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (file === '-') return { uri: 'stdin' };
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  return { uri: pathToFileURL(abs).href };
}

function region(r: Range): Record<string, number> {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

export function toSarif(inputs: readonly SarifInput[], options: SarifOptions): Record<string, unknown> {
  const ruleIndex = new Map<string, number>();
  const rules: Array<Record<string, unknown>> = [];
  const describe = (id: string, rule?: Rule) => {
    if (ruleIndex.has(id)) return;
    ruleIndex.set(id, rules.length);
    const entry: Record<string, unknown> = { id, name: ruleName(id) };
    if (rule) {
      entry.shortDescription = { text: rule.meta.description };
      entry.helpUri = `${DOCS_BASE}${rule.meta.docs}`;
      const severity = rule.meta.defaultSeverity;
      entry.defaultConfiguration = severity === 'off' ? { enabled: false, level: 'note' } : { level: sarifLevel(severity) };
    } else entry.shortDescription = { text: id };
    rules.push(entry);
  };
  for (const r of options.rules) describe(r.meta.id, r);
  const artifacts: Array<Record<string, unknown>> = [];
  const results: Array<Record<string, unknown>> = [];
  inputs.forEach((input, artifactIndex) => {
    const location = artifactLocation(input.file, options.cwd);
    artifacts.push({ location, mimeType: 'text/plain', sourceLanguage: 'job-posting' });
    for (const f of input.findings) {
      describe(f.rule);
      const physical = { artifactLocation: { ...location, index: artifactIndex }, region: region(f.range) };
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule)!,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: physical }],
      };
      if (f.kind) result.properties = { sectionKind: f.kind };
      const fixes = (f.fixes ?? []).filter((x) => x.safe && !x.snippet && x.edits.length > 0);
      if (fixes.length) {
        result.fixes = fixes.map((x) => ({
          description: { text: x.title },
          artifactChanges: [
            {
              artifactLocation: { ...location, index: artifactIndex },
              replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
            },
          ],
        }));
      }
      results.push(result);
    }
  });
  const notifications = (options.errors ?? []).map((e) => ({
    level: 'error',
    message: { text: e.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, options.cwd) } }],
  }));
  const cwdUri = pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Postwright',
            semanticVersion: options.version,
            version: options.version,
            informationUri: INFO_URI,
            rules,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { SRCROOT: { uri: cwdUri } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
