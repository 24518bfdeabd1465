// Section-kind accuracy given the labelled section boundaries: for every labelled section of the
// dev set (title and header left out: the segmenter decides those by structure), the heading is the
// labelled heading line, the body runs to the next labelled section, and the kind decideKind gives
// is compared with the label. `npm run eval:kinds` prints tune and holdout accuracy (aggregates
// only), next to the old heading-first rules (catalog, then classify.ts) on the same boundaries.
// `-- --verbose` lists the tune mistakes; holdout postings are never printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindForHeading, kindForSentenceHeading } from '../server/src/model/catalog.ts';
import { contentKind, paragraphKind } from '../server/src/model/classify.ts';
import { decideKind } from '../server/src/model/evidence.ts';
import type { SectionKind } from '../server/src/model/posting.ts';
import { wordCount } from '../server/src/model/text.ts';
import { loadDevsetLabels, loadSeedLabels, type EvalLabel } from './eval/labels.ts';

export interface LabelledSection {
  posting: string;
  line: number;
  heading: string | null;
  headingKind: SectionKind | null;
  body: string;
  kind: SectionKind;
  level: number;
}

function headingLabel(heading: string): string {
  return heading.replace(/^[#*\s]+/, '').replace(/[\s:–—*-]+$/, '');
}

/** The catalog's kind for a heading, the way the parser asks: the label first, a colon sentence second. */
export function catalogKind(heading: string): SectionKind | null {
  const label = headingLabel(heading);
  if (wordCount(label) <= 10) return kindForHeading(label)?.kind ?? null;
  return heading.trimEnd().endsWith(':') ? kindForSentenceHeading(label) : null;
}

export function labelledSections(root: string, label: EvalLabel): LabelledSection[] {
  const lines = readFileSync(join(root, label.file), 'utf8').split(/\r\n|\r|\n/);
  const starts = label.sections.map((s) => s.line);
  return label.sections.flatMap((s, i) => {
    if (s.kind === 'title' || s.kind === 'header') return [];
    const end = (i + 1 < starts.length ? starts[i + 1]! : lines.length + 1) - 1;
    const first = lines[s.line - 1] ?? '';
    const at = s.heading ? first.indexOf(s.heading) : -1;
    const inline = s.heading && at >= 0 ? first.slice(at + s.heading.length) : '';
    const bodyLines = s.heading ? [inline, ...lines.slice(s.line, end)] : lines.slice(s.line - 1, end);
    const body = bodyLines.join('\n').trim();
    const level = (s as { level?: number }).level ?? 1;
    return [{ posting: label.id, line: s.line, heading: s.heading, headingKind: s.heading ? catalogKind(s.heading) : null, body, kind: s.kind as SectionKind, level }];
  });
}

/** The old decision on the same boundaries: heading words first, then classify.ts's keyword rules. */
export function oldKind(s: LabelledSection): SectionKind {
  if (s.heading) {
    const match = wordCount(headingLabel(s.heading)) <= 10 ? kindForHeading(headingLabel(s.heading)) : null;
    if (match?.contentDecides) return paragraphKind(s.body) ?? match.kind;
    return s.headingKind ?? 'other';
  }
  return paragraphKind(s.body) ?? contentKind(s.body) ?? 'other';
}

export function newKind(s: LabelledSection): SectionKind {
  return decideKind({ heading: s.heading, headingKind: s.headingKind, body: s.body }).kind;
}

interface Tally {
  right: number;
  oldRight: number;
  total: number;
}

function tally(sections: readonly LabelledSection[]): Tally {
  const t = { right: 0, oldRight: 0, total: sections.length };
  for (const s of sections) {
    if (newKind(s) === s.kind) t.right++;
    if (oldKind(s) === s.kind) t.oldRight++;
  }
  return t;
}

function line(name: string, t: Tally): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, t.total)).toFixed(1)}%`.padStart(6);
  return `${name.padEnd(22)} decideKind ${pct(t.right)} (${t.right} / ${t.total})   old rules ${pct(t.oldRight)} (${t.oldRight} / ${t.total})`;
}

function main(): void {
  const root = process.cwd();
  const devset = loadDevsetLabels(root);
  const sets: Array<[string, EvalLabel[]]> = [
    ['seeds', loadSeedLabels(root)],
    ['devset-tune', devset.filter((l) => l.split === 'tune')],
    ['devset-holdout', devset.filter((l) => l.split === 'holdout')],
  ];
  if (process.argv.includes('--tune-only')) sets.pop();
  for (const [name, labels] of sets) {
    const sections = labels.flatMap((l) => labelledSections(root, l));
    console.log(line(name, tally(sections)));
    console.log(line(`  level 1 only`, tally(sections.filter((s) => s.level === 1))));
    if (process.argv.includes('--verbose') && name !== 'devset-holdout') {
      for (const s of sections) {
        const kind = newKind(s);
        if (kind !== s.kind) console.log(`    ${s.posting}:${s.line} ${JSON.stringify(s.heading)} label=${s.kind} got=${kind} old=${oldKind(s)} | ${decideKind({ heading: s.heading, headingKind: s.headingKind, body: s.body }).evidence.join('; ')}`);
      }
    }
  }
}

if (process.argv[1] && /eval-kinds\.ts$/.test(process.argv[1])) main();
