// Words run together by a copy and paste that lost a space or a line break: a lower-case word glued
// to a capitalised one ("behaviorThe", "emailJob"), a sentence glued to the next ("Education.Take
// part"), a field label glued to the value before it ("District 103JOB TITLE:") or after it
// ("TitleCustodian", "Start Date08/16/2019").
import vocabulary from './data/vocabulary.json';

export interface Glue {
  /** Where the space (or ": ") belongs. */
  at: number;
  /** The glued text, for the message. */
  text: string;
  /** What to insert at `at`. */
  insert: string;
}

/** Mixed-case names that are one word (iPad, AppliTrack, PowerSchool): not a glue. */
const KNOWN_MIXED: ReadonlySet<string> = new Set(vocabulary.words.filter((w) => /[a-z][A-Z]/.test(w)));
const KNOWN_MIXED_LIST: readonly string[] = [...KNOWN_MIXED];

/** True when the token holds a known mixed-case name (SchoolSpring, PowerSchool): not a glue. */
export function holdsKnownMixed(token: string): boolean {
  return KNOWN_MIXED.has(token) || KNOWN_MIXED_LIST.some((w) => token.includes(w));
}

// A lower-case word of two letters or more, then a capitalised word. "my", "i", "e" prefixes are
// product names (myON, iReady, eBay).
const CAMEL = /\b([a-z]{2,})([A-Z][a-z]+)/g;
/** What every CAMEL match holds: a line without it skips the pattern (most lines). */
const CAMEL_GATE = /[a-z][A-Z][a-z]/;
const PRODUCT_PREFIX = new Set(['my', 'mc', 'mac']);
// A word ending in two lower-case letters, its full stop, then a capitalised word with no space:
// a sentence glued to the next ("Education.Take"). "U.S.Army" or "St.Louis" end in a capital or one
// letter and pass (checked in code); a web address or file name is skipped by its token.
const SENTENCE = /(?<![A-Za-z])[A-Za-z]+[.?!](?=[A-Z][a-z])/g;
/** What every SENTENCE match holds. */
const SENTENCE_GATE = /[a-z][.?!][A-Z][a-z]/;
// Field labels (any case) glued to the digits or lower-case letters before them, ending in a colon
// or followed by a value: "103JOB TITLE:", "2400134104Start Date 07/27/2026". The character before
// the label is checked in code (gluedBefore): a pattern that starts with a lookbehind is tried at
// every position of every line, one that starts with the labels is found by a quick scan.
const LABEL_AFTER =
  /(?:job title|position title|posting id|job id|job number|job code|start date|open date|closing date|close date|end date|posting date|date posted|reports to|salary range|pay grade|work ?days|department|division|location)(?=\s?:|\s\d)/gi;

/** True when text[at - 1] may come right before a glued label: a digit, a letter or ")" (the /i class [0-9a-z)]). */
function gluedBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 41;
}
// A label at the start of a line glued to its value: "TitleCustodian", "Posting IDS19-20-46",
// "Expiration Date7/19/2019", "Shift TypeSubstitute", "Salary RangePay Grade D".
// Sticky, tried at the content start (no copy of the line's rest).
const LABEL_BEFORE = /(?:(?:[A-Z][a-z]+ ){0,2}(?:Date|Type|ID|Number|Range)|Title)(?=[A-Z0-9])/y;

/** The token (run of non-space characters) around index `at`. */
function tokenAt(text: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && text[s - 1] !== ' ' && text[s - 1] !== '\t') s--;
  while (e < text.length && text[e] !== ' ' && text[e] !== '\t') e++;
  return text.slice(s, e);
}

const WEB = /@|:\/\/|\bwww\.|\.(?:com|org|edu|gov|net|us|k12)\b/i;

/** Glues in a line of text, in order; `from` is where the line's content starts (after a bullet). */
export function gluesIn(text: string, from = 0): Glue[] {
  if (text.length > 20000) return [];
  const out: Glue[] = [];
  LABEL_BEFORE.lastIndex = from;
  const head = LABEL_BEFORE.exec(text);
  if (head) {
    const at = from + head[0].length;
    out.push({ at, text: tokenAt(text, at), insert: ': ' });
  }
  CAMEL.lastIndex = 0;
  for (let m = CAMEL_GATE.test(text) ? CAMEL.exec(text) : null; m; m = CAMEL.exec(text)) {
    const token = tokenAt(text, m.index);
    if (PRODUCT_PREFIX.has(m[1]!) || WEB.test(token) || KNOWN_MIXED.has(m[0]) || holdsKnownMixed(token)) continue;
    out.push({ at: m.index + m[1]!.length, text: m[0], insert: ' ' });
  }
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE_GATE.test(text) ? SENTENCE.exec(text) : null; m; m = SENTENCE.exec(text)) {
    const token = tokenAt(text, m.index);
    const word = m[0].slice(0, -1);
    if (word.length < 2 || !/[a-z]{2}$/.test(word) || WEB.test(token)) continue;
    const at = m.index + m[0].length;
    out.push({ at, text: token, insert: ' ' });
  }
  LABEL_AFTER.lastIndex = 0;
  for (let m = LABEL_AFTER.exec(text); m; m = LABEL_AFTER.exec(text)) {
    if (gluedBefore(text, m.index)) out.push({ at: m.index, text: tokenAt(text, m.index), insert: ' ' });
    else LABEL_AFTER.lastIndex = m.index + 1; // the lookbehind's scan: a label may start inside this one
  }
  if (out.length < 2) return out; // most lines: nothing to de-duplicate or order
  const seen = new Set<number>();
  return out.filter((g) => !seen.has(g.at) && seen.add(g.at)).sort((a, b) => a.at - b.at);
}
