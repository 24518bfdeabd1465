// The files every part of the bench uses: the seeds and the 300 corpus postings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

export interface Doc {
  name: string;
  path: string;
  text: string;
}

function load(dir: string): Doc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

export const SEEDS: Doc[] = load(join(ROOT, 'seeds'));
export const CORPUS: Doc[] = load(join(ROOT, 'test', 'corpus', 'postings'));
export const CORPUS_BYTES = CORPUS.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
