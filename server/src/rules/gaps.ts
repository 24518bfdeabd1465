// One gap, one finding. Several rules can report the same absent content: a posting with no pay
// under a pay-transparency law, a "Responsibilities" heading with nothing under it and no duties
// anywhere else. The writer has one thing to fix, so analyze() keeps one finding per gap (the rule
// first in GAP_PRECEDENCE says what is wrong; it sits where a member points at a place, such as the
// empty heading, rather than at the whole document) and folds the others into it as related
// information. Findings share a gap when they name a common kind in `gaps`; a finding naming several
// kinds (no pay range and no benefits) joins their groups. An empty heading leads over the missing
// content it stands for: a reviewer names the place ("RESPONSIBILITIES: with nothing under it"), and
// the fix (fill or delete the heading) is there.
import type { Range } from '../model/posting.ts';
import type { Finding, Severity } from './types.ts';

/** Which rule's finding speaks for a gap among equally severe ones: a law's demand, then the empty heading, then the missing content. */
export const GAP_PRECEDENCE: readonly string[] = ['pay-transparency', 'empty-section', 'missing-section'];

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

function rank(rule: string): number {
  const i = GAP_PRECEDENCE.indexOf(rule);
  return i < 0 ? GAP_PRECEDENCE.length : i;
}

/**
 * The findings with each group of same-gap findings folded into one; order otherwise kept. `whole`:
 * the range findings about the whole document use (a member with another range gives the place).
 * Linear in the findings.
 */
export function foldGaps(findings: readonly Finding[], whole: Range): Finding[] {
  const gapped = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.gaps && f.gaps.length > 0);
  if (gapped.length < 2) return [...findings];
  // Union-find over findings, joined through the kinds they name.
  const parent = gapped.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byKind = new Map<string, number>();
  gapped.forEach(({ f }, i) => {
    for (const k of f.gaps!) {
      const j = byKind.get(k);
      if (j === undefined) byKind.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, number[]>();
  gapped.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const replace = new Map<number, Finding | null>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // The most severe member leads (an empty heading's warning over a recommended kind's information), then the precedence.
    const sorted = [...members].sort(
      (a, b) =>
        SEVERITY_RANK[gapped[a]!.f.severity] - SEVERITY_RANK[gapped[b]!.f.severity] || rank(gapped[a]!.f.rule) - rank(gapped[b]!.f.rule) || gapped[a]!.i - gapped[b]!.i,
    );
    const lead = gapped[sorted[0]!]!.f;
    const rest = sorted.slice(1).map((m) => gapped[m]!.f);
    const severity = [lead, ...rest].reduce<Severity>(
      (s, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[s] ? f.severity : s),
      lead.severity,
    );
    const gaps = [...new Set([lead, ...rest].flatMap((f) => f.gaps ?? []))];
    const related = [
      ...(lead.related ?? []),
      ...rest.map((f) => ({ rule: f.rule, message: f.message, range: f.range })),
      ...rest.flatMap((f) => f.related ?? []),
    ];
    const fixes = [lead, ...rest].flatMap((f) => f.fixes ?? []);
    const range = [lead, ...rest].find((f) => !sameRange(f.range, whole))?.range ?? lead.range;
    replace.set(gapped[sorted[0]!]!.i, { ...lead, range, severity, gaps, related, ...(fixes.length ? { fixes } : {}) });
    for (const m of sorted.slice(1)) replace.set(gapped[m]!.i, null);
  }
  const out: Finding[] = [];
  findings.forEach((f, i) => {
    const r = replace.get(i);
    if (r === undefined) out.push(f);
    else if (r) out.push(r);
  });
  return out;
}
