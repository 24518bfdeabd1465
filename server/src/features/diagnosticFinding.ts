// Which finding of the current analysis a client's diagnostic stands for. Clients echo diagnostics
// back in codeAction requests, but not faithfully: Neovim 0.7 rebuilds them from its own store
// (range columns in bytes, not UTF-16), some clients drop `data`, and a hand-built request may
// leave out the range or the message. The server's own finding is the authority on range, fixes
// and word; the echoed diagnostic only has to say which one it means.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Range } from '../model/posting.ts';
import type { Finding } from '../rules/types.ts';

type Position = { line: number; character: number };

function isPosition(p: unknown): p is Position {
  const q = p as Position | null | undefined;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.character) && q.line >= 0 && q.character >= 0;
}

/** The diagnostic's range when it is a well-formed one, else null. */
export function validRange(range: unknown): Range | null {
  const r = range as Range | null | undefined;
  return r && isPosition(r.start) && isPosition(r.end) ? { start: r.start, end: r.end } : null;
}

/** The rule a diagnostic names: data.rule, else a string code. */
export function ruleOfDiagnostic(d: Diagnostic): string | null {
  const data = d.data as { rule?: unknown } | undefined;
  if (typeof data?.rule === 'string') return data.rule;
  return typeof d.code === 'string' ? d.code : null;
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** The one candidate, or the one whose start is nearest `at` on its line; null when that is a tie. */
function nearest(candidates: readonly Finding[], at: Position | null): Finding | null {
  if (candidates.length === 1) return candidates[0]!;
  if (!at || candidates.length === 0) return null;
  const distance = (f: Finding): number => Math.abs(f.range.start.character - at.character);
  const sorted = [...candidates].sort((a, b) => distance(a) - distance(b));
  return distance(sorted[0]!) < distance(sorted[1]!) ? sorted[0]! : null;
}

/**
 * The finding of `rule` that `d` stands for, else null. Tried in order: the same range (and the
 * same message when the diagnostic has one); the same message on the same start line (columns may
 * be counted differently by the client); the same message anywhere when the diagnostic has no range;
 * the same start line when it has no message. Ties that the section kind or the column cannot break
 * give null: a wrong match would offer another finding's fix.
 */
export function findingOfDiagnostic(d: Diagnostic, rule: string, findings: readonly Finding[]): Finding | null {
  const ofRule = findings.filter((f) => f.rule === rule);
  if (ofRule.length === 0) return null;
  const range = validRange(d.range);
  const message = typeof d.message === 'string' && d.message !== '' ? d.message : null;
  const kind = (d.data as { kind?: unknown } | undefined)?.kind;
  const byKind = (list: Finding[]): Finding[] => (typeof kind === 'string' && list.length > 1 ? list.filter((f) => f.kind === kind) : list);

  if (range) {
    const exact = ofRule.filter((f) => samePosition(f.range.start, range.start) && samePosition(f.range.end, range.end) && (!message || f.message === message));
    if (exact.length > 0) return exact[0]!;
  }
  const sameMessage = message ? ofRule.filter((f) => f.message === message) : ofRule;
  const onLine = range ? sameMessage.filter((f) => f.range.start.line === range.start.line) : sameMessage;
  return nearest(byKind(onLine), range?.start ?? null);
}
