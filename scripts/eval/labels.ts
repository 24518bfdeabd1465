// Reading the hand labels the evaluation scores against: seeds/labels.json (one file, postings keyed
// by file name) and test/devset/labels/*.json (one file per posting), into one shape, plus the
// checks every label must pass (test/unit/devset-labels.test.ts runs them).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { LabelFine, LabelFinding, LabelSection, ScoredLabel } from './metrics.ts';
import { SECTION_KINDS } from '../../server/src/model/posting.ts';
import { CONTENT_KINDS } from '../../server/src/facts/content.ts';

// The 11 kinds `present` and `missing` split between them, and the section kinds, are Postwright's own.
export { CONTENT_KINDS, SECTION_KINDS };

export type Split = 'seed' | 'tune' | 'holdout';

export interface EvalLabel extends ScoredLabel {
  /** Path of the posting, relative to the project root. */
  file: string;
  split: Split;
  present: string[];
  /** Where the label was read from (for messages). */
  origin: string;
}

interface RawSeedLabel {
  sections: LabelSection[];
  present: string[];
  missing: string[];
  findings: Array<{ line: number | null; rule: string; note: string; serious?: boolean }>;
  must_not_flag?: string[];
}

export const SEEDS_FILE = 'seeds/labels.json';
export const DEVSET_LABELS = 'test/devset/labels';

/** Each seed's `must_not_flag` notes quote the text that must stay silent; the quote's line is a `fine` line. */
function seedFine(notes: readonly string[], lines: readonly string[]): LabelFine[] {
  const out: LabelFine[] = [];
  for (const note of notes) {
    for (const m of note.matchAll(/'([^']+)'/g)) {
      const at = lines.findIndex((l) => l.includes(m[1]!));
      if (at >= 0) out.push({ line: at + 1, note });
    }
  }
  return out;
}

export function postingLines(root: string, file: string): string[] | null {
  const path = join(root, file);
  return existsSync(path) ? readFileSync(path, 'utf8').split(/\r\n|\r|\n/) : null;
}

/** The seed labels. A seed finding without `serious` counts as not serious. */
export function loadSeedLabels(root: string): EvalLabel[] {
  const raw = JSON.parse(readFileSync(join(root, SEEDS_FILE), 'utf8')) as { postings: Record<string, RawSeedLabel> };
  return Object.entries(raw.postings).map(([name, l]) => {
    const file = `seeds/${name}`;
    return {
      id: name,
      file,
      split: 'seed',
      origin: SEEDS_FILE,
      sections: l.sections,
      present: l.present,
      missing: l.missing,
      findings: l.findings.map((f) => ({ line: f.line, rule: f.rule, note: f.note, serious: f.serious === true })),
      fine: seedFine(l.must_not_flag ?? [], postingLines(root, file) ?? []),
    };
  });
}

/** Every test/devset/labels/*.json, as written (validateLabel says what is wrong with one). */
export function loadDevsetLabels(root: string): EvalLabel[] {
  const dir = join(root, DEVSET_LABELS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => {
      const raw = JSON.parse(readFileSync(join(dir, n), 'utf8')) as Omit<EvalLabel, 'origin'>;
      return { ...raw, findings: raw.findings ?? [], fine: raw.fine ?? [], origin: `${DEVSET_LABELS}/${n}` };
    });
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** What is wrong with one label, given its posting's lines (null: the file does not exist). Empty when valid. */
export function validateLabel(label: EvalLabel, lines: readonly string[] | null): string[] {
  const errors: string[] = [];
  if (typeof label.id !== 'string' || label.id === '') errors.push('id missing');
  if (label.split !== 'seed') {
    if (basename(label.origin, '.json') !== label.id) errors.push(`id ${label.id} differs from the file name ${basename(label.origin)}`);
    if (label.split !== 'tune' && label.split !== 'holdout') errors.push(`split is ${String(label.split)}, not tune or holdout`);
  }
  if (lines === null) {
    errors.push(`posting ${label.file} does not exist`);
    return errors;
  }
  const count = lines.length;
  const inRange = (line: unknown): boolean => isInt(line) && line >= 1 && line <= count;
  if (!Array.isArray(label.sections) || label.sections.length === 0) errors.push('no sections');
  let previous = 0;
  for (const s of label.sections ?? []) {
    if (!inRange(s.line)) errors.push(`section line ${s.line} out of range 1..${count}`);
    else if (s.line <= previous) errors.push(`section line ${s.line} not after ${previous}`);
    else previous = s.line;
    if (!(SECTION_KINDS as readonly string[]).includes(s.kind)) errors.push(`section kind ${s.kind} unknown`);
    if (s.level !== undefined && s.level !== 1 && s.level !== 2) errors.push(`section level ${s.level} is not 1 or 2`);
    if (s.heading !== null && typeof s.heading !== 'string') errors.push(`section heading at ${s.line} is neither text nor null`);
  }
  const present = Array.isArray(label.present) ? label.present : [];
  const missing = Array.isArray(label.missing) ? label.missing : [];
  for (const k of present) if (missing.includes(k)) errors.push(`${k} is both present and missing`);
  for (const k of CONTENT_KINDS) if (!present.includes(k) && !missing.includes(k)) errors.push(`${k} is neither present nor missing`);
  for (const k of [...present, ...missing]) if (!(CONTENT_KINDS as readonly string[]).includes(k)) errors.push(`${k} is not a content kind`);
  if (new Set([...present, ...missing]).size !== present.length + missing.length) errors.push('a kind is listed twice');
  for (const f of label.findings as LabelFinding[]) {
    if (f.line !== null && !inRange(f.line)) errors.push(`finding line ${f.line} out of range 1..${count}`);
    if (typeof f.rule !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.rule)) errors.push(`finding rule ${String(f.rule)} is not kebab-case`);
    if (typeof f.note !== 'string' || f.note === '') errors.push(`finding at ${f.line} has no note`);
    if (f.serious !== undefined && typeof f.serious !== 'boolean') errors.push(`finding at ${f.line}: serious is not true/false`);
  }
  for (const f of label.fine) if (!inRange(f.line)) errors.push(`fine line ${f.line} out of range 1..${count}`);
  return errors;
}

/** The id prefix that names who wrote a label: va-0007 → va, ext-a-03 → ext-a. */
export function idPrefix(id: string): string {
  return id.replace(/-[^-]*$/, '');
}

/** Holdout share per id prefix: every 4th label is holdout, so each prefix holds about a quarter. */
export function holdoutBalance(labels: readonly EvalLabel[]): Array<{ prefix: string; total: number; holdout: number }> {
  const by = new Map<string, { total: number; holdout: number }>();
  for (const l of labels) {
    const e = by.get(idPrefix(l.id)) ?? { total: 0, holdout: 0 };
    e.total++;
    if (l.split === 'holdout') e.holdout++;
    by.set(idPrefix(l.id), e);
  }
  return [...by].map(([prefix, e]) => ({ prefix, ...e }));
}
