// Seeded random edits for the incremental property tests (the parser's, incremental.test.ts, and
// the rule results', incremental-rules.test.ts): characters typed and deleted, new lines, whole
// lines and headings inserted, lines deleted, duplicated and joined, and a sample of corpus postings
// to apply them to.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './inputs.ts';

/** mulberry32: a small seeded generator, so every run makes the same edits. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const corpusDir = join(root, 'test', 'corpus', 'postings');
export const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .filter((_, k) => k % 43 === 7)
  .map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));

const LINES = [
  'EDUCATION',
  '## Benefits',
  'Salary: $45,000 - $52,000',
  'Qualifications:',
  '- Bachelor\'s degree required',
  'How to Apply',
  'Job Title: Bus Driver',
  'Equal Opportunity Employer',
  'The district offers a competitive salary and benefits.',
  'RESPONSIBILITIES',
  'Location: Main Street Elementary',
  '.',
  '',
  '   ',
  'Read Full Description',
  'Physical Demands',
  '1. Supervises students',
  '---',
  'profile: generic',
];

export type Edit = (text: string, rnd: () => number) => string;

/** A position in the text, more often in its second half (an edit near the top parses everything anyway). */
function spot(text: string, rnd: () => number): number {
  const r = rnd();
  return Math.floor((r < 0.7 ? 0.3 + 0.7 * rnd() : rnd()) * (text.length + 1));
}
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const e = text.indexOf('\n', at);
  return e < 0 ? text.length : e;
};

export const EDITS: Edit[] = [
  (t, r) => {
    const at = spot(t, r);
    return t.slice(0, at) + 'abcdefghij :-$1'.charAt(Math.floor(r() * 15)) + t.slice(at);
  },
  (t, r) => {
    const at = spot(t, r);
    return t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 3));
  },
  (t, r) => {
    const at = spot(t, r);
    return t.slice(0, at) + '\n' + t.slice(at);
  },
  (t, r) => {
    const at = lineStart(t, spot(t, r));
    return t.slice(0, at) + LINES[Math.floor(r() * LINES.length)]! + '\n' + t.slice(at);
  },
  (t, r) => {
    const at = lineStart(t, spot(t, r));
    return t.slice(0, at) + t.slice(Math.min(t.length, lineEnd(t, at) + 1));
  },
  (t, r) => {
    const at = lineStart(t, spot(t, r));
    const end = Math.min(t.length, lineEnd(t, at) + 1);
    return t.slice(0, end) + t.slice(at, end) + t.slice(end);
  },
  (t, r) => {
    // A heading turned into text and back: the end of a line joined to the next.
    const at = lineEnd(t, spot(t, r));
    return t.slice(0, at) + t.slice(at + 1);
  },
];
