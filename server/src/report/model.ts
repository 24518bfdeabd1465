// The posting report as data: a pure function of one analysis. The same data feeds the VS Code
// webview and `postwright report --format html|json`, so both always agree.
import type { Analysis } from '../analysis.ts';
import type { SectionKind } from '../model/posting.ts';
import { lawsFor, payLawKinds } from '../profiles/payLaws.ts';
import { isContentKind } from '../facts/content.ts';
import type { Where } from '../facts/presence.ts';
import { postingRole } from '../profiles/roleRequirements.ts';
import { countCoded } from '../rules/gender-coded-balance.ts';
import { KIND_NAMES, requiredKinds } from '../rules/missing-section.ts';
import { payFacts } from '../facts/pay.ts';
import { checkPayLaws, describePlace } from '../rules/pay-transparency.ts';
import { ISO_DAY } from '../templates/render.ts';
import { proseLines } from '../facts/prose.ts';
import { fleschKincaid, textStats } from '../rules/reading-level.ts';
import type { Severity } from '../rules/types.ts';
import { parseDate } from '../facts/dates.ts';

import { GRADE_GUIDANCE, LENGTH_GUIDANCE } from './guidance.ts';

export { GRADE_GUIDANCE, LENGTH_GUIDANCE } from './guidance.ts';

export interface ChecklistItem {
  kind: SectionKind;
  label: string;
  /** 'required' by the profile (or the state's pay law), or 'recommended'. */
  level: 'required' | 'recommended';
  present: boolean;
  /** 0-based line of the content, or of the place a missing section belongs (null: unknown). */
  line: number | null;
  /** Where the content is stated: its own section, inside another section, or a header field (null: absent). */
  where: Where | null;
  /** The words that show it, as written (null: absent). */
  evidence: string | null;
}

export interface PayCheck {
  label: string;
  ok: boolean;
  line: number | null;
}

export interface PayLawItem {
  name: string;
  place: string;
  effective: string;
  inForce: boolean;
  /** 'posting' laws are checked; the others only give the range on request or later. */
  demand: string;
  publicEmployers: string;
  source: string;
  covers: string;
  verified: boolean;
}

export interface PayReport {
  state: string | null;
  locality: string | null;
  /** Where the state came from: the rule's state setting, the profile, or the text. */
  stateFrom: 'setting' | 'profile' | 'text' | null;
  /** Why this state ("Virginia — from 'Richmond, VA' (line 3) …"). */
  why: string;
  /** The first law checked (kept for the CLI summary), or null. */
  law: { name: string; effective: string; inForce: boolean; source: string; covers: string } | null;
  /** Every law in the table for the place, checked or not. */
  laws: PayLawItem[];
  /** 'ok' when every check passes, 'incomplete' when one fails, 'no-law' when the state has no posting law in the table. */
  status: 'ok' | 'incomplete' | 'no-law' | 'unknown-state';
  checks: PayCheck[];
  note: string;
}

export interface LengthReport {
  words: number;
  bulletWords: number;
  /** Share of the words that are in bullets, 0..1. */
  bulletShare: number;
  sentences: number;
  wordsPerSentence: number;
  status: 'short' | 'ok' | 'long' | 'empty';
}

export interface ReadabilityReport {
  grade: number;
  status: 'ok' | 'hard' | 'empty';
}

export interface GenderReport {
  masculine: Array<{ word: string; count: number }>;
  feminine: Array<{ word: string; count: number }>;
  masculineTotal: number;
  feminineTotal: number;
  balance: 'masculine' | 'feminine' | 'balanced' | 'none';
}

export interface FindingItem {
  message: string;
  severity: Severity;
  line: number;
  character: number;
}

export interface RuleGroup {
  rule: string;
  /** The most severe severity among the rule's findings. */
  severity: Severity;
  findings: FindingItem[];
}

export interface ReportData {
  title: string | null;
  profile: { id: string; name: string; state: string | null };
  checklist: ChecklistItem[];
  pay: PayReport;
  length: LengthReport;
  readability: ReadabilityReport;
  gender: GenderReport;
  findings: RuleGroup[];
  totals: { error: number; warning: number; info: number; hint: number; all: number };
}

export interface ReportOptions {
  /** yyyy-mm-dd, default the analysis's day: decides which pay laws are in force. */
  today?: string;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function checklist(analysis: Analysis, today: string): ChecklistItem[] {
  const { posting, profile, presence } = analysis;
  // The pay laws of the place the posting is for (profile, or inferred from the text) add kinds too,
  // and the role the title names changes them (a teacher's license; no degree for a custodian).
  const place = checkPayLaws(posting, profile, {}, today).place;
  const required = requiredKinds(profile, today, payLawKinds(place, today), postingRole(posting));
  const recommended = profile.recommended.filter((k) => !required.includes(k));
  const item = (kind: SectionKind, level: ChecklistItem['level']): ChecklistItem => {
    // A kind is ticked only where content of that kind is stated (the analysis' presence).
    if (isContentKind(kind)) {
      const st = presence.first.get(kind);
      return { kind, label: KIND_NAMES[kind] ?? kind, level, present: !!st, line: st?.line ?? null, where: st?.where ?? null, evidence: st?.evidence ?? null };
    }
    const s = posting.sections.find((x) => x.kind === kind && !x.empty) ?? posting.sections.find((x) => x.blocks.some((b) => b.contentKind === kind));
    const where: Where | null = s ? (s.kind === kind ? 'section' : 'inside') : null;
    return { kind, label: KIND_NAMES[kind] ?? kind, level, present: !!s, line: s?.line ?? null, where, evidence: s ? (s.heading?.text ?? null) : null };
  };
  return [...required.map((k) => item(k, 'required')), ...recommended.map((k) => item(k, 'recommended'))];
}

function pay(analysis: Analysis, today: string): PayReport {
  const { posting, profile } = analysis;
  let r = checkPayLaws(posting, profile, {}, today);
  const { state, locality, from } = r.place;
  const base = { state, locality, stateFrom: from, why: describePlace(r.place) };
  const note = 'A summary of the posting law, not legal advice: review with counsel.';
  if (!state) return { ...base, law: null, laws: [], status: 'unknown-state', checks: [], note: 'No state could be told from the text and the profile has none; choose a district profile or set the pay-transparency state.' };
  const all: PayLawItem[] = lawsFor(r.place).map((l) => ({
    name: l.law, place: l.place, effective: l.effective, inForce: today >= l.effective, demand: l.demand,
    publicEmployers: l.publicEmployers, source: l.source, covers: l.covers, verified: l.verified,
  }));
  // No law in force yet: show the next one, checked as of its effective date.
  let inForce = true;
  if (!r.laws.length) {
    const next = all.filter((l) => l.demand === 'posting' && !l.inForce).sort((a, b) => a.effective.localeCompare(b.effective))[0];
    const ahead = next ? checkPayLaws(posting, profile, {}, next.effective) : null;
    if (!ahead?.laws.length) return { ...base, law: null, laws: all, status: 'no-law', checks: [], note: `No pay-transparency posting law for this place applies to a public school district on ${today} in Postwright's table. ${note}` };
    r = ahead;
    inForce = false;
  }
  const first = r.laws[0]!;
  const facts = payFacts(posting);
  const checks: PayCheck[] = [];
  const gap = (kind: 'salary' | 'benefits' | null, label: RegExp): boolean => r.gaps.some((g) => g.kind === kind && label.test(g.text));
  const fig = facts.figures[0];
  if (r.laws.some((l) => l.pay)) checks.push({ label: 'Pay or pay range', ok: !gap('salary', /./), line: facts.ranges[0]?.min.line ?? fig?.line ?? facts.schedule ?? null });
  if (r.laws.some((l) => l.benefits)) {
    const b = analysis.presence.first.get('benefits');
    checks.push({ label: 'General description of benefits', ok: !gap('benefits', /./), line: b?.line ?? null });
  }
  if (r.laws.some((l) => l.closeDateFrom && today >= l.closeDateFrom)) {
    const f = posting.fields.find((x) => x.key === 'closing_date' && parseDate(x.value));
    checks.push({ label: 'Application close date', ok: !gap(null, /close date/), line: f?.line ?? null });
  }
  if (r.laws.some((l) => l.noOpenEnded)) {
    const o = r.openEnded[0];
    checks.push({ label: 'No open-ended pay ("up to", "starting at")', ok: !o, line: o?.line ?? null });
  }
  return {
    ...base,
    law: { name: first.law, effective: first.effective, inForce, source: first.source, covers: first.covers },
    laws: all,
    status: checks.every((c) => c.ok) ? 'ok' : 'incomplete',
    checks,
    note: inForce ? note : `Takes effect ${first.effective}. ${note}`,
  };
}

function sorted(m: Map<string, number>): Array<{ word: string; count: number }> {
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word, count]) => ({ word, count }));
}

/** The report for one analysis. Pure: same analysis and day, same report. */
export function buildReport(analysis: Analysis, options: ReportOptions = {}): ReportData {
  const today = options.today && ISO_DAY.test(options.today) ? options.today : analysis.today;
  const { posting, profile } = analysis;
  const prose = proseLines(posting);
  const all = textStats(prose);
  const bullets = textStats(prose.filter((p) => p.bullet));
  const words = all.words;
  const length: LengthReport = {
    words,
    bulletWords: bullets.words,
    bulletShare: words ? round(bullets.words / words, 3) : 0,
    sentences: all.sentences,
    wordsPerSentence: all.sentences ? round(words / all.sentences) : 0,
    status: words === 0 ? 'empty' : words < LENGTH_GUIDANCE.minWords ? 'short' : words > LENGTH_GUIDANCE.maxWords ? 'long' : 'ok',
  };
  const grade = round(fleschKincaid(all));
  const coded = countCoded(prose.map((p) => p.text));
  const masculine = sorted(coded.masculine);
  const feminine = sorted(coded.feminine);
  const mt = masculine.reduce((n, w) => n + w.count, 0);
  const ft = feminine.reduce((n, w) => n + w.count, 0);
  const balance: GenderReport['balance'] = mt + ft === 0 ? 'none' : mt - ft >= 4 && mt >= 2 * Math.max(ft, 1) ? 'masculine' : ft - mt >= 4 && ft >= 2 * Math.max(mt, 1) ? 'feminine' : 'balanced';

  const groups = new Map<string, RuleGroup>();
  const totals = { error: 0, warning: 0, info: 0, hint: 0, all: 0 };
  for (const f of analysis.findings) {
    let g = groups.get(f.rule);
    if (!g) groups.set(f.rule, (g = { rule: f.rule, severity: f.severity, findings: [] }));
    g.findings.push({ message: f.message, severity: f.severity, line: f.range.start.line, character: f.range.start.character });
    if (SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(g.severity)) g.severity = f.severity;
    totals[f.severity]++;
    totals.all++;
  }
  for (const g of groups.values()) g.findings.sort((a, b) => a.line - b.line || a.character - b.character);
  const findings = [...groups.values()].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.findings.length - a.findings.length || a.rule.localeCompare(b.rule),
  );

  return {
    title: posting.title?.text ?? null,
    profile: { id: profile.id, name: profile.name, state: profile.state },
    checklist: checklist(analysis, today),
    pay: pay(analysis, today),
    length,
    readability: { grade, status: words === 0 ? 'empty' : grade > GRADE_GUIDANCE ? 'hard' : 'ok' },
    gender: { masculine, feminine, masculineTotal: mt, feminineTotal: ft, balance },
    findings,
    totals,
  };
}
