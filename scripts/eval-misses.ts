// `npm run eval:misses`: every section-start mistake on the dev set's TUNE labels, one line each,
// with the posting's line text, so that mistakes can be grouped into classes (boundary missed,
// extra boundary, wrong kind) before anything is tuned. Holdout postings are never printed (they are
// for checking, not tuning: test/devset/README.md); `--only=PREFIX` narrows to one batch, `--counts`
// prints only the class table (missed / extra / wrong-kind pairs). `--why` limits the listing to
// wrong-kind starts (right line, other kind) and says why: the parsed heading, what the catalog
// names it, and the evidence decideKind weighs (heading belief, content model, keyword rules).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_KINDS, loadDevsetLabels } from './eval/labels.ts';
import { scorePosting } from './eval/metrics.ts';
import { observe } from './eval/run.ts';
import { parse } from '../server/src/model/parse.ts';
import { kindForHeading } from '../server/src/model/catalog.ts';
import { decideKind } from '../server/src/model/evidence.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const countsOnly = args.includes('--counts');
const why = args.includes('--why');

const classes = new Map<string, number>();
const bump = (c: string): void => void classes.set(c, (classes.get(c) ?? 0) + 1);
const clip = (s: string | undefined): string => JSON.stringify((s ?? '').slice(0, 90));

for (const label of loadDevsetLabels(root).filter((l) => l.split === 'tune' && (!only || l.id.startsWith(only)))) {
  const lines = readFileSync(join(root, label.file), 'utf8').split(/\r\n|\r|\n/);
  const observed = observe(lines.join('\n'));
  const score = scorePosting(label, observed, { judgedKinds: CONTENT_KINDS, countLevel2: true });
  const out: string[] = [];
  // The parsed section a missed line falls inside: what it was glued to.
  const container = (line: number): string => {
    const s = [...observed.sections].reverse().find((x) => x.line <= line);
    return s ? `${s.kind}@${s.line}` : 'none';
  };
  // Why a section that starts at the labelled line got another kind: its heading and the evidence.
  const explain = (line: number): string[] => {
    const parsed = parse(lines.join('\n')).sections.find((x) => x.line + 1 === line);
    if (!parsed) return ['    (no parsed section)'];
    const heading = parsed.heading?.label ?? null;
    const match = heading ? kindForHeading(heading) : null;
    const catalog = match ? `${match.kind}${match.exact ? ' exact' : ' cue'}${match.contentDecides ? ' content-decides' : ''}` : 'none';
    const body = parsed.blocks.map((b) => b.text).join('\n');
    const decision = decideKind({ heading, headingKind: match?.kind ?? null, body });
    return [`    heading ${JSON.stringify(heading)} catalog ${catalog}; decideKind ${decision.kind}: ${decision.evidence.join('; ')}`, `    body ${clip(body)}`];
  };
  if (why) {
    for (const w of score.wrongKindSections) {
      bump(`kind ${w.label.kind} -> ${w.parsedKind}`);
      out.push(`  KIND    ${String(w.label.line).padStart(3)} want ${w.label.kind} got ${w.parsedKind}: ${clip(lines[w.label.line - 1])}`, ...explain(w.label.line));
    }
    if (out.length && !countsOnly) console.log(`${label.id}\n${out.join('\n')}`);
    continue;
  }
  for (const s of score.missedSections) {
    bump(`missed ${s.kind}${s.level === 2 ? ' (L2)' : ''}`);
    out.push(`  MISSED  ${String(s.line).padStart(3)} ${s.kind}${s.level === 2 ? '(L2)' : ''} in ${container(s.line)}: ${clip(lines[s.line - 1])}`);
  }
  for (const w of score.wrongKindSections) {
    bump(`kind ${w.label.kind} -> ${w.parsedKind}`);
    out.push(`  KIND    ${String(w.label.line).padStart(3)} want ${w.label.kind} got ${w.parsedKind}: ${clip(lines[w.label.line - 1])}`);
  }
  const labelledLines = new Set(label.sections.map((s) => s.line));
  for (const e of score.extraSections.filter((x) => !labelledLines.has(x.line))) {
    bump(`extra ${e.kind}`);
    out.push(`  EXTRA   ${String(e.line).padStart(3)} ${e.kind}: ${clip(lines[e.line - 1])}`);
  }
  if (out.length && !countsOnly) console.log(`${label.id} (${(label as { format?: string }).format ?? "?"})\n${out.join('\n')}`);
}
console.log('\nclasses:');
for (const [c, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${c}`);
