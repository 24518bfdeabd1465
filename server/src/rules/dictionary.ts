// The English spelling dictionary (Hunspell en_US from dictionary-en). Words are looked up in the
// sorted list of every form nspell knows (rules/dictionaryForms.mjs) by binary search in its text;
// the build writes that list to dist/dictionary-en/words.txt next to the Hunspell files, so loading
// the dictionary is reading one 1.2 MB file (a few milliseconds; nothing is built) instead of nspell
// building it (0.3-0.6 s, ~20 MB). Typing slips (the rule's default) are found by looking up every
// one-slip neighbour of an unknown word in the same list. nspell itself is loaded only for the full
// suggestions of `typosOnly: false`.
//
// Where the files are: the build copies index.aff/index.dic and writes words.txt to
// dist/dictionary-en/ next to the bundles (esbuild.mjs; shipped in the .vsix). Run from source
// (tests, tsx) the Hunspell files are read from node_modules and the list derived from them.
//
// The language server loads it in the background (loadEnglishDictionary, after initialize): until
// it is loaded englishDictionary() answers null and the rule reports nothing, so no keystroke waits.
import { constants, readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import nspell from 'nspell';
import { WORD_LIST_FILE, wordFormsText } from './dictionaryForms.mjs';

export interface SpellChecker {
  /** True when the dictionary knows the word as written (a capitalised or all-caps form of a known word counts). */
  correct(word: string): boolean;
  /** Dictionary words one typing slip from `word` (a letter left out, one too many, two neighbours swapped), in its case. */
  slips(word: string): string[];
  /** nspell's suggestions (any edit); loads nspell on first use. */
  suggest(word: string): string[];
}

const CANDIDATE_DIRS = [join(__dirname, 'dictionary-en'), join(__dirname, '..', '..', '..', 'node_modules', 'dictionary-en')];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Below glibc's 128 KB mmap threshold (see readInPieces). */
const PIECE = 64 * 1024;

/** Forms, one a line, sorted: `has` is a binary search over the characters of [from, text.length). */
class SortedLines {
  constructor(
    private readonly text: string,
    private readonly from: number,
  ) {}

  has(word: string): boolean {
    const { text } = this;
    // lo is always the start of a line; every line starting at or after hi sorts after `word`.
    let lo = this.from;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = Math.max(lo, text.lastIndexOf('\n', mid - 1) + 1);
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end);
      if (line === word) return true;
      if (line < word) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}

/** The word list and the Hunspell folder (for nspell's full suggestions). */
class WordList implements SpellChecker {
  private full: ReturnType<typeof nspell> | null | undefined;
  private readonly known: SortedLines;
  private readonly noSuggest: ReadonlySet<string>;
  constructor(
    text: string,
    private readonly dir: string,
  ) {
    const split = text.indexOf('\n\n');
    this.known = new SortedLines(text, split < 0 ? 0 : split + 2);
    this.noSuggest = new Set(split > 0 ? text.slice(0, split).split('\n') : []);
  }

  correct(word: string): boolean {
    const w = word.replace(/’/g, "'");
    if (this.known.has(w)) return true;
    const lower = w.toLowerCase();
    if (lower !== w && this.known.has(lower)) return true;
    // All caps: the dictionary may hold the capitalised form (a name).
    return w === w.toUpperCase() && lower.length > 0 && this.known.has(lower[0]!.toUpperCase() + lower.slice(1));
  }

  slips(word: string): string[] {
    const w = word.replace(/’/g, "'");
    const lower = w.toLowerCase();
    const capital = w !== lower;
    const out: string[] = [];
    const seen = new Set<string>();
    const consider = (c: string) => {
      if (seen.has(c) || c.length < 2) return;
      seen.add(c);
      const cap = c[0]!.toUpperCase() + c.slice(1);
      if (this.known.has(c) && !this.noSuggest.has(c)) out.push(capital ? cap : c);
      else if (capital && this.known.has(cap) && !this.noSuggest.has(cap)) out.push(cap);
    };
    for (let i = 0; i < lower.length; i++) consider(lower.slice(0, i) + lower.slice(i + 1));
    for (let i = 0; i + 1 < lower.length; i++) consider(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2));
    for (let i = 0; i <= lower.length; i++) for (const l of LETTERS) consider(lower.slice(0, i) + l + lower.slice(i));
    return out;
  }

  suggest(word: string): string[] {
    if (this.full === undefined) {
      try {
        this.full = nspell(readFileSync(join(this.dir, 'index.aff')), readFileSync(join(this.dir, 'index.dic')));
      } catch {
        this.full = null;
      }
    }
    return this.full ? this.full.suggest(word) : this.slips(word);
  }
}

/** The list as the build wrote it, else derived from the Hunspell files (run from source). */
function listTextSync(dir: string): string {
  try {
    return readFileSync(join(dir, WORD_LIST_FILE), 'utf8');
  } catch {
    return wordFormsText(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
  }
}

function loadSync(): SpellChecker | null {
  for (const dir of CANDIDATE_DIRS) {
    let text: string;
    try {
      text = listTextSync(dir);
    } catch {
      continue; // try the next place
    }
    return new WordList(text, dir);
  }
  return null;
}

/**
 * The file's text, read in 64 KB pieces. The language server lives long: one large read buffer,
 * once freed, would raise glibc's mmap and trim thresholds for the rest of the process and keep
 * freed memory resident (server/src/launch.ts reads its bundle the same way, synchronously).
 */
async function readInPieces(file: string): Promise<string> {
  const handle = await open(file, constants.O_RDONLY);
  try {
    const piece = Buffer.allocUnsafe(PIECE);
    const decoder = new StringDecoder('utf8');
    let text = '';
    for (let r = await handle.read(piece, 0, PIECE, null); r.bytesRead > 0; r = await handle.read(piece, 0, PIECE, null))
      text += decoder.write(piece.subarray(0, r.bytesRead));
    return text + decoder.end();
  } finally {
    await handle.close();
  }
}

async function loadInBackground(): Promise<SpellChecker | null> {
  for (const dir of CANDIDATE_DIRS) {
    let text: string;
    try {
      text = await readInPieces(join(dir, WORD_LIST_FILE));
    } catch {
      try {
        // From source only (the build writes the list): nspell's 0.3-0.6 s in one piece.
        text = wordFormsText(await readFile(join(dir, 'index.aff')), await readFile(join(dir, 'index.dic')));
      } catch {
        continue;
      }
    }
    return new WordList(text, dir);
  }
  return null;
}

// A module-level singleton, on purpose: the loaded dictionary is immutable data (user and workspace
// words are checked separately), it costs a 1.2 MB string and a file read, and every posting of the process reads
// the same one. `undefined` = not tried yet; a Promise = loading in the background; `null` = the
// files are missing.
let shared: SpellChecker | null | undefined | Promise<SpellChecker | null>;

/** The dictionary, loaded on the first call (at once); null when its files cannot be found or while a background load runs. */
export function englishDictionary(): SpellChecker | null {
  if (shared === undefined) shared = loadSync();
  return shared instanceof Promise ? null : shared;
}

/**
 * Loads the dictionary with an asynchronous read, so the event loop runs meanwhile (the language
 * server, after initialize); resolves to it once loaded. Until then
 * englishDictionary() answers null.
 */
export function loadEnglishDictionary(): Promise<SpellChecker | null> {
  if (shared === undefined) {
    const loading = loadInBackground().then(
      (checker) => (shared = checker),
      () => (shared = null),
    );
    shared = loading;
    return loading;
  }
  return Promise.resolve(shared);
}
