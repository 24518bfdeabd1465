// The English spelling dictionary (Hunspell en_US from dictionary-en, read by nspell), loaded on
// first use only: a CLI run with the spelling rule off never pays for it.
//
// Where the files are: the build copies index.aff/index.dic to dist/dictionary-en/ next to the
// bundles (esbuild.mjs; shipped in the .vsix), so the bundle reads them from its own folder. Run from
// source (tests, tsx) they are read from node_modules. Copying rather than embedding them with
// esbuild's text loader keeps one code path for source and bundle (tsx has no .aff/.dic loader),
// ships the 0.5 MB once instead of inside both server.js and cli.js, and keeps it out of the code V8
// must read on every CLI start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';

export interface SpellChecker {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

const CANDIDATE_DIRS = [join(__dirname, 'dictionary-en'), join(__dirname, '..', '..', '..', 'node_modules', 'dictionary-en')];

function load(): SpellChecker | null {
  for (const dir of CANDIDATE_DIRS) {
    try {
      return nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
    } catch {
      /* try the next place */
    }
  }
  return null;
}

// A module-level singleton, on purpose: the loaded dictionary is immutable data (nothing ever calls
// add/remove on it; user and workspace words are checked separately), it costs ~0.3 s and ~20 MB to
// build, and every posting of the process reads the same one. Loading it once per analysis would
// make each keystroke pay that cost. `undefined` = not tried yet; `null` = the files are missing.
let shared: SpellChecker | null | undefined;

/** The dictionary, loaded on the first call; null when its files cannot be found. */
export function englishDictionary(): SpellChecker | null {
  if (shared === undefined) shared = load();
  return shared;
}
