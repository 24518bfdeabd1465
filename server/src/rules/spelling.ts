// Misspelt words in the prose, checked against the Hunspell en_US dictionary (rules/dictionary.ts), plus a
// school/HR vocabulary (data/vocabulary.json) and the user's and workspace's word lists (`words`).
// Names and acronyms are left alone: capitalised words not starting a sentence, all-caps words, web
// and e-mail addresses, numbers and words with digits. Each finding carries the word in `data` so an
// "Add to dictionary" code action can add it to the `words` list.
import type { Rule, RuleFinding } from './types.ts';
import vocabulary from './data/vocabulary.json';
import { englishDictionary, type SpellChecker } from './dictionary.ts';
import { proseLines, textLines } from '../facts/prose.ts';
import type { Posting } from '../model/posting.ts';
import { BoundedMemo, type Aged } from '../facts/memo.ts';
import { lineFacts } from '../facts/memo.ts';
import { isJoiner, lineTokens } from '../facts/words.ts';
import { num, range, strList } from '../facts/util.ts';
import { wordCount } from '../model/text.ts';

const VOCABULARY: ReadonlySet<string> = new Set(vocabulary.words.map((w) => w.toLowerCase()));

// A word is letters with inner apostrophes or hyphens, /\p{L}+(?:['’-]\p{L}+)*/u: whole words in
// any script, so 'entrées' is one word and never read as 'entr' + 'es'. The words are read from the
// line's shared tokens (facts/words.ts, ASCII words, which repeated-word reads too) instead of a
// Unicode regular expression per word: an ASCII word token is such a word unless a letter outside
// ASCII touches it (extendsPastAscii), and a word holding one is never checked (NON_ASCII below).
const LETTER = /\p{L}/uy;

/** True when the code point at i (a surrogate pair read whole) is a letter outside ASCII. */
function nonAsciiLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length || text.charCodeAt(i) < 0x80) return false;
  LETTER.lastIndex = i;
  return LETTER.test(text);
}

/**
 * True when the ASCII word token [s, e) of text read from `from` is part of a longer \p{L} word
 * holding a letter outside ASCII: such a letter right before or after it, or a joiner and then one
 * (a joiner and an ASCII letter would already be inside the token).
 */
function extendsPastAscii(text: string, from: number, s: number, e: number): boolean {
  if (text.charCodeAt(e) >= 0x80 || isJoiner(text.charCodeAt(e))) {
    if (nonAsciiLetterAt(text, e) || (isJoiner(text.charCodeAt(e)) && nonAsciiLetterAt(text, e + 1))) return true;
  }
  if (s - 1 < from) return false;
  const b = text.charCodeAt(s - 1);
  if (b < 0x80 && !isJoiner(b)) return false;
  return nonAsciiLetterEndingAt(text, from, s - 1) || (isJoiner(b) && nonAsciiLetterEndingAt(text, from, s - 2));
}

/** nonAsciiLetterAt for the code point whose last code unit is at i (not before `from`). */
function nonAsciiLetterEndingAt(text: string, from: number, i: number): boolean {
  if (i < from) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i - 1 >= from) {
    const h = text.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return nonAsciiLetterAt(text, i - 1); // a surrogate pair, read from its high half
  }
  return nonAsciiLetterAt(text, i);
}
// Word shapes, read in one pass over the word's characters (wordShape) instead of a regular
// expression, an upper-cased copy and a sliced one per word: every word of every line comes here.
// A letter outside ASCII (café, entrées, Nuñez): the en_US list does not judge loanwords and names.
const NON_ASCII = 1;
// A lower-case letter: an ASCII word without one is all capitals.
const HAS_LOWER = 2;
// A capital after the first letter that does not follow a hyphen or apostrophe ("McDonald", "ParkSchool").
const INNER_CAPITAL = 4;

/** The shape bits of a word (NON_ASCII, HAS_LOWER, INNER_CAPITAL). */
function wordShape(word: string): number {
  let shape = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) shape |= NON_ASCII;
    else if (c >= 97 && c <= 122) shape |= HAS_LOWER;
    else if (c >= 65 && c <= 90 && i > 0) {
      const before = word[i - 1];
      if (i === 1 || (before !== '-' && before !== "'" && before !== '’')) shape |= INNER_CAPITAL;
    }
  }
  return shape;
}
// Longer than any word of the dictionary plus a slip: run-together text (glued-words' and garbled-text's
// concern), and trying each neighbour of a very long run would cost more than the rest of the rule.
const MAX_WORD = 32;
const SENTENCE_END = /[.?!:;"“(•]\s*$/;
// A title before a name ("St. Helens", "Dr. Smith"): its stop does not end a sentence.
const TITLE_BEFORE = /\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr)\.\s*$/;
// The next word is capitalised too: the pair is a name ("Colton School District", "Duanesburg Central").
const NAME_AFTER = /^\s+[A-Z][a-z]/;
// An all-caps word this long that is one typing slip from a dictionary word ('COMMISION',
// 'RESPONSIBLITIES') is a slip in a heading, not an acronym: acronyms are short. Such words are
// checked for slips only. (Title-case words stay unchecked: over the corpus and the dev set, long
// capitalised words one slip from a word were as often surnames, 'Holliday', 'Shamblin', as slips.)
const LONG_CAPITALS = 8;
// Prefixes written with a hyphen ("pre-trip", "co-teach", "non-instructional").
const PREFIXES: ReadonlySet<string> = new Set([
  'pre',
  'post',
  'co',
  're',
  'de',
  'non',
  'multi',
  'self',
  'sub',
  'inter',
  'anti',
  'semi',
  'mid',
  'bi',
  'tri',
  'un',
  'ex',
  'e',
  'extra',
  'intra',
  'over',
  'under',
  'cross',
  'full',
  'part',
  'half',
]);

interface Suggestions extends Aged {
  list: string[];
}
// Suggestions cost a few milliseconds a word: remember them across analyses (bounded).
const suggestionMemo = new BoundedMemo<Suggestions>(2_000, 40_000);

interface Verdict extends Aged {
  known: boolean;
}
// Whether the dictionary and vocabulary know a word, remembered across analyses (bounded): a
// keystroke re-analyses the whole posting, and most of its words were judged a moment ago.
const verdictMemo = new BoundedMemo<Verdict>(20_000, 200_000);

/** known() with the user's words; the dictionary's verdict is remembered, the word list checked each time. */
function knownWord(checker: SpellChecker, word: string, extra: ReadonlySet<string>): boolean {
  let v = verdictMemo.get(word);
  if (!v) v = verdictMemo.set(word, { used: 0, known: known(checker, word, NO_WORDS) });
  return v.known || (extra.size > 0 && known(checker, word, extra));
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** The dictionary words one typing slip from `word` (isTypoOf), at most three; remembered like the suggestions. */
function slipsFor(checker: SpellChecker, word: string): string[] {
  const key = `\u0000${word}`; // apart from nspell's suggestions for the same word
  const hit = suggestionMemo.get(key);
  if (hit) return hit.list;
  return suggestionMemo.set(key, { used: 0, list: checker.slips(word).filter((x) => isTypoOf(word, x)).slice(0, 3) }).list;
}

function suggestionsFor(checker: SpellChecker, word: string): string[] {
  const hit = suggestionMemo.get(word);
  if (hit) return hit.list;
  return suggestionMemo.set(word, { used: 0, list: checker.suggest(word).slice(0, 3) }).list;
}

/**
 * True when `word` is one typing slip from `suggestion`: a letter left out ("plannin", "lassroom"),
 * one too many ("onlline", "eoligible") or two neighbours swapped. Spelling variants one edit apart
 * are not slips: a plural or singular "s" ("daycares", "mathematic"), British doubled consonants
 * before an ending ("counselling", "benefitted"), "judgement", and "-re" for "-er" ("theatre").
 */
export function isTypoOf(word: string, suggestion: string): boolean {
  const w = word.toLowerCase();
  const s = suggestion.toLowerCase();
  if (s.includes("'") !== w.includes("'")) return false; // a possessive, not a slip
  if (w.length === s.length) {
    let i = 0;
    while (i < w.length && w[i] === s[i]) i++;
    const swapped = i + 1 < w.length && w[i] === s[i + 1] && w[i + 1] === s[i] && w.slice(i + 2) === s.slice(i + 2);
    return swapped && !(w.endsWith('re') && s.endsWith('er') && i === w.length - 2);
  }
  const long = w.length > s.length ? w : s;
  const short = w.length > s.length ? s : w;
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return false;
  // The letter that differs is long[i] (when several positions fit, any is fine for these checks).
  if (long === short + 's') return false;
  if (w === long && /(?:ing|ed|er|or)$/.test(s) && (long[i] === long[i - 1] || long[i] === long[i + 1])) return false;
  if (w === long && w.endsWith('ement') && s.endsWith('ment') && long[i] === 'e') return false;
  return true;
}

// Characters next to a word that make its token an address, a file name or a number (one character each side is tested).
const NON_WORD_NEIGHBOURS = '0123456789@/\\_#&=+';

/** True when the token around [s, e) is an address, a file name or holds digits: not prose to spell. */
function inNonWord(text: string, s: number, e: number): boolean {
  const before = text[s - 1] ?? ' ';
  const after = text[e] ?? ' ';
  if (NON_WORD_NEIGHBOURS.includes(before) || NON_WORD_NEIGHBOURS.includes(after)) return true;
  if (after === ':' && text[e + 1] === '/') return true; // the scheme of a web address
  // "district.org", "www.x", "file.pdf": a dot glued to letters on either side.
  if ((before === '.' && /[A-Za-z]/.test(text[s - 2] ?? '')) || (after === '.' && /[A-Za-z]/.test(text[e + 1] ?? ''))) return true;
  return false;
}

/** A line of three words or more that ends like a sentence (. ? ! :). */
function readsAsSentence(text: string): boolean {
  const t = text.trimEnd();
  return '.?!:'.includes(t[t.length - 1] ?? ' ') && wordCount(t) >= 3;
}

function known(checker: SpellChecker, word: string, extra: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (VOCABULARY.has(lower) || extra.has(lower) || checker.correct(word)) return true;
  // Possessives and plural possessives ("district's", "students'"), curly or straight.
  const bare = word.replace(/['’]s?$/, '');
  if (bare !== word && bare.length > 1 && known(checker, bare, extra)) return true;
  // A hyphenated compound is fine when each part is a word or a prefix ("co-curricular", "pre-trip").
  if (word.includes('-')) return word.split('-').every((part) => PREFIXES.has(part.toLowerCase()) || known(checker, part, extra));
  return inflectionOfKnown(checker, word.toLowerCase(), extra);
}

// Endings the dictionary does not always list for a word it knows ("daycares", "relocations", "buddying").
const INFLECTIONS = ['s', 'es', 'ing', 'ed'];

/** True when the word is a known word plus a plural or verb ending ("daycare" + "s", "buddy" + "ing"). */
function inflectionOfKnown(checker: SpellChecker, lower: string, extra: ReadonlySet<string>): boolean {
  for (const end of INFLECTIONS) {
    if (lower.length < end.length + 4 || !lower.endsWith(end)) continue;
    const stem = lower.slice(0, -end.length);
    if (VOCABULARY.has(stem) || extra.has(stem) || checker.correct(stem)) return true;
  }
  return false;
}

/**
 * The posting's other text lines (headings, header fields, title), front matter left out. Their
 * capitalised words are names and title case, so only their lower-case words are checked: a slip in
 * a field's label or value ("SUPERVISES (if aplicable)", "(differnt shifts)") is as visible as one in a sentence.
 */
function otherTextLines(posting: Posting, prose: readonly { line: number }[]): Array<{ line: number; start: number; lowerOnly: boolean }> {
  const proseSet = new Set(prose.map((p) => p.line));
  const fm = posting.frontMatter;
  return textLines(posting)
    .filter((i) => !proseSet.has(i) && !(fm && i >= fm.line && i <= fm.endLine))
    .map((line) => ({ line, start: 0, lowerOnly: true }));
}

export const spelling: Rule = {
  meta: {
    id: 'spelling',
    description: 'Misspelt words in the prose (English dictionary plus school and HR vocabulary and your word list).',
    // A warning by default for typing slips only (typosOnly): every unknown word gave 107 findings on
    // the corpus, about 30 real; typing slips give 12, 11 real. The word list costs about 10 MB and a
    // one-off load (the language server loads it in the background); word verdicts are remembered
    // across analyses.
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        words: {
          type: 'array',
          description: 'Your own words (names, local terms); joined with the workspace list.',
          default: [],
          items: {
            type: 'string',
          },
        },
        typosOnly: {
          type: 'boolean',
          description: 'Report only words one typing slip from a dictionary word (a letter left out, doubled or swapped); false reports every unknown word.',
          default: true,
        },
        minLength: {
          type: 'integer',
          description: 'Shorter words are not checked.',
          default: 4,
          minimum: 1,
        },
      },
      additionalProperties: false,
    },
    messages: {
      unknown: "Unknown word: '{{word}}'. If it is right, add it to the spelling word list.",
      unknownWithSuggestions: "Unknown word: '{{word}}' (did you mean {{suggestions}}?). If it is right, add it to the spelling word list.",
    },
    docs: 'docs/rules/spelling.md',
    fixable: 'suggestion',
    scope: 'line',
    joinedOptions: ['words'],
  },
  check(posting, ctx) {
    const prose = proseLines(posting);
    const spans = [...prose.map((p) => ({ line: p.line, start: p.start, lowerOnly: false })), ...otherTextLines(posting, prose)];
    if (!spans.length) return [];
    const checker = englishDictionary();
    if (!checker) return [];
    const extra = new Set(strList(ctx.options.words, []).map((w) => w.toLowerCase()));
    const minLength = num(ctx.options.minLength, 4);
    const typosOnly = ctx.options.typosOnly !== false;
    const out: RuleFinding[] = [];
    const verdicts = new Map<string, boolean>();
    const facts = lineFacts(posting);
    for (const p of spans) {
      const text = posting.lines[p.line]!;
      if (text.length > 20000) continue;
      const { spans: tokens, count } = lineTokens(facts[p.line]!, p.start);
      for (let k = 0; k < count; k++) {
        const s = tokens[2 * k]!;
        const e = tokens[2 * k + 1]!;
        if (s < 0 || e - s < minLength || e - s > MAX_WORD) continue; // not a word, or too short or long
        if (extendsPastAscii(text, p.start, s, e)) continue; // a word outside ASCII (NON_ASCII)
        const word = text.slice(s, e);
        const shape = wordShape(word);
        if (shape & NON_ASCII || inNonWord(text, s, e)) continue;
        // All capitals: an acronym, or a heading's word checked only for a slip when long (LONG_CAPITALS).
        const capitals = !(shape & HAS_LOWER);
        if (capitals && (word.length < LONG_CAPITALS || word.includes('-'))) continue;
        if (!capitals && shape & INNER_CAPITAL) continue; // a mixed-case name or glued words (glued-fields)
        const capital = word.charCodeAt(0) <= 90; // an ASCII word starts with a letter
        if (capital && !capitals && p.lowerOnly) continue;
        if (capital && !capitals) {
          const before = text.slice(Math.max(p.start, s - 3), s);
          // A line's first word counts as a sentence start only when the line reads as a sentence
          // (ends like one); "Henrico, VA 23223" or "Colton School District" are names.
          const sentenceStart =
            s === p.start ? readsAsSentence(text) : SENTENCE_END.test(before) && !TITLE_BEFORE.test(text.slice(Math.max(0, s - 6), s));
          if (!sentenceStart || NAME_AFTER.test(text.slice(e, e + 3))) continue; // a proper noun
        }
        let ok = verdicts.get(word);
        if (ok === undefined) verdicts.set(word, (ok = knownWord(checker, word, extra) || (capitals && knownWord(checker, word.toLowerCase(), extra))));
        if (ok) continue;
        // Typing slips are looked up directly (one lookup per neighbour); nspell's suggestions,
        // which load the Hunspell files, only when every unknown word is reported.
        const suggestions = capitals
          ? slipsFor(checker, word.toLowerCase()).map((x) => x.toUpperCase())
          : typosOnly
            ? slipsFor(checker, word)
            : suggestionsFor(checker, word);
        if ((typosOnly || capitals) && !suggestions.length) continue;
        out.push({
          messageId: suggestions.length ? 'unknownWithSuggestions' : 'unknown',
          data: { word, suggestions: suggestions.map((x) => `'${x}'`).join(', ') },
          range: range(p.line, s, p.line, e),
          facts: { word },
          fixes: suggestions.map((x) => ({
            title: `Change to '${x}'`,
            edits: [{ range: range(p.line, s, p.line, e), newText: x }],
            safe: false,
          })),
        });
      }
    }
    return out;
  },
};
