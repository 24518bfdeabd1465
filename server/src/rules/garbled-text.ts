// Text garbled on its way into the posting: mojibake (UTF-8 read as Windows-1252: "â€™", "Â "),
// raw HTML tags ("<p>", "<br/>") and character entities ("&nbsp;", "&amp;") left by a paste from a
// web page or an HTML export, the Unicode replacement character, and Markdown bold markers ("**")
// that a plain-text board prints as they are.
import type { Rule, RuleFinding, TextEdit } from './types.ts';
import { junkLines } from '../facts/junk.ts';
import { hasAny, range } from '../facts/util.ts';

/** UTF-8 punctuation read as Windows-1252, and what it was. Longest first so "â€™" wins over "â€". */
const MOJIBAKE: ReadonlyArray<readonly [string, string]> = [
  ['â€™', '’'],
  ['â€˜', '‘'],
  ['â€œ', '“'],
  ['â€\u009d', '”'],
  ['â€“', '–'],
  ['â€”', '—'],
  ['â€¦', '…'],
  ['â€¢', '•'],
  ['Ã©', 'é'],
  ['Ã¨', 'è'],
  ['Ã±', 'ñ'],
  ['Ã³', 'ó'],
  ['Ã¡', 'á'],
  ['Ã\u00ad', 'í'],
  ['Ãº', 'ú'],
  ['Â\u00a0', '\u00a0'],
  ['ï»¿', ''],
];
// "Â" standing alone (a mis-decoded no-break space whose space was then lost), "â€" left without its
// third byte, and U+FFFD: garbled, with no certain repair.
const LONE = /(?<![A-Za-zÀ-ÿ])Â(?![A-Za-zÀ-ÿ])|â€|\uFFFD/g;

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
};
const ENTITY = /&(?:([a-z]{2,6})|#(\d{2,5})|#x([0-9a-f]{2,4}));/gi;

// HTML tags by name (opening, closing or self-closing, with attributes): only names HTML uses, so a
// slot like "<Title>" or an address "<hr@district.org>" is not taken for one.
const TAG =
  /<\/?(p|br|b|i|u|a|em|strong|span|div|li|ul|ol|table|tbody|thead|tr|td|th|font|img|hr|sup|sub|h[1-6]|center|small|blockquote)(?:\s[^<>]{0,200})?\s?\/?>/gi;

// "**" standing between two spaces: a Markdown bold marker whose words were lost or moved, so it
// marks nothing ("Minimum ** annual starting salary"). A marker next to a word ("**Note:**") is
// deliberate emphasis a reviewer may leave; a run of asterisks is a divider (job-board-junk's).
const BOLD = /(?<=[ \t])\*\*(?=[ \t])/g;

interface Garble {
  start: number;
  end: number;
  what: string;
  /** The repair when it is certain. */
  replacement?: string;
}

function garblesIn(text: string): Garble[] {
  const out: Garble[] = [];
  for (const [bad, good] of MOJIBAKE) {
    for (let at = text.indexOf(bad); at >= 0; at = text.indexOf(bad, at + bad.length)) {
      if (!out.some((g) => at < g.end && at + bad.length > g.start))
        out.push({ start: at, end: at + bad.length, what: 'mis-decoded characters', replacement: good });
    }
  }
  LONE.lastIndex = 0;
  for (let m = LONE.exec(text); m; m = LONE.exec(text)) {
    const at = m.index;
    if (!out.some((g) => at < g.end && at + m![0].length > g.start))
      out.push({ start: at, end: at + m[0].length, what: 'mis-decoded characters' });
  }
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
    let good: string | undefined;
    if (m[1]) good = ENTITIES[m[1].toLowerCase()];
    else {
      const code = m[2] ? Number(m[2]) : parseInt(m[3]!, 16);
      if (code >= 32 && code < 0xd800) good = String.fromCharCode(code);
    }
    if (good !== undefined) out.push({ start: m.index, end: m.index + m[0].length, what: 'an HTML entity', replacement: good });
  }
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, what: 'an HTML tag' });
  BOLD.lastIndex = 0;
  for (let m = BOLD.exec(text); m; m = BOLD.exec(text)) {
    // The marker goes with one of its spaces, so no double space is left.
    out.push({ start: m.index, end: m.index + 3, what: 'a stray Markdown bold marker', replacement: '' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const KEYS = ['â', 'Â', 'Ã', 'ï»¿', '\uFFFD', '&', '<', '**'];

export const garbledText: Rule = {
  meta: {
    id: 'garbled-text',
    description: 'Mis-decoded characters (â€™, Â), raw HTML tags (<p>), entities (&nbsp;) and Markdown bold markers (a stray **) left by a copy and paste.',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      garbled: "Garbled text: '{{text}}' ({{kinds}}) left by a copy and paste.",
      garbledMore: "Garbled text: '{{text}}' and {{more}} more ({{kinds}}) left by a copy and paste.",
      again: "Garbled text: '{{text}}' ({{kinds}}) again, from the same copy and paste as line {{first}}.",
    },
    docs: 'docs/rules/garbled-text.md',
    fixable: 'safe',
    scope: 'line',
  },
  check(posting) {
    const junk = junkLines(posting);
    const out: RuleFinding[] = [];
    // One cause, one warning: a paste decoded wrongly leaves the same garble on many lines, and a
    // reviewer notes it once. Later lines with the same kind of garble stay as information, each with
    // its repair. The first line each kind was seen on:
    const firstOf = new Map<string, number>();
    for (let i = 0; i < posting.lines.length; i++) {
      const text = posting.lines[i]!;
      // hasAny: no closure per line (this runs on every line of every posting).
      if (junk[i] || text.length > 20000 || !hasAny(text, KEYS)) continue;
      const found = garblesIn(text);
      if (!found.length) continue;
      // One finding per line: a pasted web page has dozens of tags on a line.
      const first = found[0]!;
      const more = found.length - 1;
      const edits: TextEdit[] = found
        .filter((g) => g.replacement !== undefined)
        .map((g) => ({ range: range(i, g.start, i, g.end), newText: g.replacement! }));
      const kinds = [...new Set(found.map((g) => g.what))].join(' and ');
      const seenAt = firstOf.get(kinds);
      if (seenAt === undefined) firstOf.set(kinds, i);
      out.push({
        ...(seenAt === undefined ? { messageId: more ? 'garbledMore' : 'garbled' } : { messageId: 'again', severity: 'info' as const }),
        // A stray marker's range takes its space along (for the fix); the message quotes the marker alone.
        data: { text: text.slice(first.start, first.end).replace(/ $/, ''), more, kinds, ...(seenAt === undefined ? {} : { first: seenAt + 1 }) },
        range: range(i, first.start, i, first.end),
        ...(edits.length
          ? {
              fixes: [
                {
                  title: edits.length === found.length ? 'Repair the garbled characters' : 'Repair the characters that can be repaired',
                  edits,
                  safe: true,
                },
              ],
            }
          : {}),
      });
    }
    return out;
  },
};
