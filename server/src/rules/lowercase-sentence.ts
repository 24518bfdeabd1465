// A sentence that starts in lower case after a full stop ("…the district. the candidate will…"), and
// a list item that starts in lower case among items that start with a capital. Abbreviations ("e.g.",
// "etc.", "approx.", "vs."), initials, web addresses and numbers are not sentence ends.
import type { Rule, RuleFinding } from './types.ts';
import { proseLines } from '../facts/prose.ts';
import { range } from '../facts/util.ts';

// A full stop, spaces, then a lower-case word; the word before the stop is read back in code.
const AFTER_STOP = /\.(\s+)([a-z][a-z'’-]*)/g;
// Abbreviations a lower-case word may follow (lower-cased, without the final stop).
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'approx',
  'vs',
  'viz',
  'cf',
  'al',
  'incl',
  'misc',
  'dept',
  'est',
  'min',
  'max',
  'hr',
  'hrs',
  'yr',
  'yrs',
  'mo',
  'mos',
  'wk',
  'wks',
  'no',
  'nos',
  'exp',
  'approx',
  'qty',
  'cont',
  'vol',
  'pp',
  'p',
  'ch',
  'sec',
  'fig',
  'ext',
  'tel',
  'ph',
  'a.m',
  'p.m',
  'am',
  'pm',
  'st',
  'dr',
  'mr',
  'mrs',
  'ms',
  'jr',
  'sr',
  'inc',
  'co',
  'ltd',
  'corp',
  'assn',
  'gov',
  'govt',
  'avg',
  'ca',
  'esp',
  'resp',
  'prev',
  'req',
  'pref',
  'sq',
  'ft',
  'lb',
  'lbs',
  'oz',
  'u.s',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thurs',
  'fri',
  'sat',
  'sun',
  'ed',
  'dist',
  'bldg',
  'rm',
  'ave',
  'blvd',
  'rd',
]);
// Words that stay lower case by convention when they begin a clause after an abbreviation-like token.
const LOWER_OK = new Set(['com', 'org', 'edu', 'gov', 'net', 'pdf', 'docx', 'html']);

/** Lower-case sentence starts in one line of prose: [start, end) of the word. */
function afterStops(text: string, from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  AFTER_STOP.lastIndex = from;
  for (let m = AFTER_STOP.exec(text); m; m = AFTER_STOP.exec(text)) {
    let b = m.index;
    while (b > from && /[A-Za-z.]/.test(text[b - 1]!)) b--;
    const before = text.slice(b, m.index);
    if (!/^[A-Za-z]/.test(before)) continue; // "5. item", "…. and": not a word's full stop
    const lower = before.toLowerCase();
    const word = m[2]!;
    const at = m.index + 1 + m[1]!.length;
    // "e.g.", "Ph.D.", "U.S.": a stop inside the token is an abbreviation; a single letter is an initial.
    if (before.length === 1 || before.includes('.') || ABBREVIATIONS.has(lower) || LOWER_OK.has(word)) continue;
    // Part of an address or a file name ("…@district.org. see" is rare; "www.x.org" has no space).
    const tokenStart = text.lastIndexOf(' ', m.index) + 1;
    const token = text.slice(tokenStart, m.index + before.length);
    if (/[@/:\d]/.test(token)) continue;
    // The next word is a web or e-mail address, written in lower case by nature ("http://…", "hr@…").
    const nextEnd = text.indexOf(' ', at);
    if (/[@/:]|\.[a-z]/.test(text.slice(at, nextEnd < 0 ? text.length : nextEnd))) continue;
    out.push([at, at + word.length]);
  }
  return out;
}

const LETTER = /[A-Za-z]/;

export const lowercaseSentence: Rule = {
  meta: {
    id: 'lowercase-sentence',
    description: 'A sentence that starts in lower case after a full stop, or a list item in lower case among capitalised ones.',
    defaultSeverity: 'info',
    schema: {
      type: 'object',
      properties: {
        listItems: {
          type: 'boolean',
          description: 'Also report a list item in lower case among capitalised ones.',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      sentence: "Sentence starts in lower case: '{{text}}' follows a full stop.",
      listItem: "List item starts in lower case: '{{text}}', where the other items start with a capital.",
    },
    docs: 'docs/rules/lowercase-sentence.md',
    fixable: false,
  },
  check(posting, ctx) {
    const out: RuleFinding[] = [];
    const prose = proseLines(posting);
    for (let pAt = 0, pList = prose; pAt < pList.length; pAt++) {
      const p = pList[pAt]!;
      if (p.text.length > 20000) continue;
      for (let sAt = 0, sItems = afterStops(posting.lines[p.line]!, p.start); sAt < sItems.length; sAt++) {
        const sItem = sItems[sAt]!;
        const s = sItem[0];
        const e = sItem[1];
        out.push({ messageId: 'sentence', data: { text: posting.lines[p.line]!.slice(s, e) }, range: range(p.line, s, p.line, e) });
      }
    }
    if (ctx.options.listItems !== false) {
      // A run of consecutive bullets: an item in lower case is out of step when most start with a capital.
      for (let i = 0; i < prose.length;) {
        let j = i;
        while (j < prose.length && prose[j]!.bullet && (j === i || prose[j]!.line <= prose[j - 1]!.line + 2)) j++;
        const run = prose.slice(i, Math.max(j, i + 1)).filter((p) => p.bullet);
        i = Math.max(j, i + 1);
        if (run.length < 3) continue;
        const firsts = run.map((p) => p.text.trimStart()[0] ?? '').filter((c) => LETTER.test(c));
        const upper = firsts.filter((c) => c === c.toUpperCase()).length;
        if (upper * 4 < firsts.length * 3) continue; // not a capitalised list (many lists are all lower case by style)
        for (const p of run) {
          const lead = p.text.length - p.text.trimStart().length;
          const m = /^[a-z][a-z'’-]*/.exec(p.text.slice(lead));
          if (!m) continue;
          const s = p.start + lead;
          out.push({ messageId: 'listItem', data: { text: m[0] }, range: range(p.line, s, p.line, s + m[0].length) });
        }
      }
    }
    return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  },
};
