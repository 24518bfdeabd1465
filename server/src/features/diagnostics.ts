// Findings → LSP diagnostics. Pure: the server decides when (pull or debounced push); this decides
// what. Each diagnostic carries source "postwright", the rule id as code, a link to the rule's docs
// page, and the finding's fixes in `data` so code actions never re-run the checks.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Finding, Rule, Severity } from '../rules/types.ts';
import { BLANK_POSTING_CODE, DOCS_BASE_URL, type DiagnosticData } from '../protocol.ts';

export const SOURCE = 'postwright';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The docs URL of a rule: its registry `docs` path when known, else docs/rules/<id>.md. */
export function docsUrl(ruleId: string, rulesById?: ReadonlyMap<string, { meta: Pick<Rule['meta'], 'docs'> }>): string {
  const path = rulesById?.get(ruleId)?.meta.docs ?? `docs/rules/${ruleId}.md`;
  return DOCS_BASE_URL + path.replace(/^\.?\//, '');
}

/**
 * One finding as a diagnostic. With the document's uri, findings folded into it (the same gap
 * reported by several rules) become relatedInformation; clients that do not show it still have
 * the leading finding's message.
 */
export function toDiagnostic(finding: Finding, rulesById?: ReadonlyMap<string, { meta: Pick<Rule['meta'], 'docs'> }>, uri?: string): Diagnostic {
  const data: DiagnosticData = { rule: finding.rule, kind: finding.kind ?? null, fixes: finding.fixes ?? [], ...(finding.data?.word ? { word: finding.data.word } : {}) };
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule, rulesById) },
    source: SOURCE,
    message: finding.message,
    data,
    ...(uri && finding.related?.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri, range: r.range }, message: `${r.rule}: ${r.message}` })) }
      : {}),
  };
}

export function toDiagnostics(findings: readonly Finding[], rulesById?: ReadonlyMap<string, { meta: Pick<Rule['meta'], 'docs'> }>, uri?: string): Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, rulesById, uri));
}

/** The one diagnostic a document gets when it is not analysed (binary, huge). */
export function notAnalysedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: `Postwright: not analysed: ${reason}.`,
  };
}

/**
 * What a blank posting gets instead of a warning for every missing section: one invitation to start
 * from a template. A new file is a beginning, not a list of faults.
 */
export function blankPostingDiagnostic(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: BLANK_POSTING_CODE,
    message: 'A new posting: start from a template (the light bulb, or "Postwright: New Posting from Template"), or type the job title on the first line.',
  };
}
