// Text left from a template: instructions to the writer, placeholders, "TBD", "XX", lorem ipsum.
import type { Rule, RuleFinding } from './types.ts';
import type { FieldKey, Posting } from '../model/posting.ts';
import { junkLines } from '../facts/junk.ts';
import { hasAny, lineKind, range } from '../facts/util.ts';
import { lineFacts, lowerOf } from '../facts/memo.ts';
import { standsForDay } from '../facts/dates.ts';

/** Finds [start, end) spans in a line. Every matcher is linear: a flat regex, then bounded look-ups. */
type Matcher = (text: string) => Array<[number, number]>;

function all(re: RegExp): Matcher {
  return (text) => {
    const out: Array<[number, number]> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  };
}

/** An opener ("[insert", "<enter", "{{") closed by `close` within `max` characters on the line. */
function bracketed(open: RegExp, close: string, max: number): Matcher {
  return (text) => {
    const out: Array<[number, number]> = [];
    open.lastIndex = 0;
    for (let m = open.exec(text); m; m = open.exec(text)) {
      const from = m.index + m[0].length;
      const at = text.indexOf(close, from);
      if (at >= 0 && at - from <= max) {
        out.push([m.index, at + close.length]);
        open.lastIndex = at + close.length;
      }
    }
    return out;
  };
}

// "Do not include experience in this section": the instruction, then its object within the sentence.
const DO_NOT = /\b(?:please )?(?:do not|don't|dont) (?:include|list|add|put|enter|use|delete|remove|edit|change|mention)\b/gi;
const IN_THIS = /\b(?:in|from|into|on) this (?:section|field|box|space|template|area|line|posting)\b/i;
function instruction(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  DO_NOT.lastIndex = 0;
  for (let m = DO_NOT.exec(text); m; m = DO_NOT.exec(text)) {
    const from = m.index + m[0].length;
    let window = text.slice(from, from + 100);
    const stop = window.indexOf('.');
    if (stop >= 0) window = window.slice(0, stop);
    const tail = IN_THIS.exec(window);
    if (tail) {
      out.push([m.index, from + tail.index + tail[0].length]);
      DO_NOT.lastIndex = from + tail.index + tail[0].length;
    }
  }
  return out;
}

// "Insert job description here" as a line of its own.
const INSERT_START = /^[[<]?(?:insert|enter|add|type|describe|list|paste) /i;
const HERE_END = /\bhere[\]>.:!]?$/i;
function insertHere(text: string): Array<[number, number]> {
  let s = 0;
  let e = text.length;
  while (s < e && (text[s] === ' ' || text[s] === '\t' || text[s] === '-' || text[s] === '•')) s++;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  if (e - s > 80) return [];
  // HERE_END needs "here" and at most one of "]>.:!" at the end: most lines end otherwise, and are not copied.
  const last = e > s ? text[e - 1]! : '';
  if (last !== 'e' && last !== 'E' && last !== ']' && last !== '>' && last !== '.' && last !== ':' && last !== '!') return [];
  const t = text.slice(s, e);
  return INSERT_START.test(t) && HERE_END.test(t) ? [[s, e]] : [];
}

// Words before "XX" that make it a Roman numeral (Title XX of the Social Security Act, Chapter XX).
const ROMAN_CONTEXT =
  /\b(?:title|chapter|part|article|section|volume|book|level|class|grade|phase|unit|appendix|schedule|rule|act|century|step|tier|division)\s+$/i;

/** Drops matches that read as a Roman numeral from the words before them. */
function romanSafe(find: Matcher): Matcher {
  return (text) => find(text).filter(([s]) => !ROMAN_CONTEXT.test(text.slice(Math.max(0, s - 14), s)));
}

// "School Name", "School District Name", "Name of School" where the name itself should be: as a
// field's whole value ("DEPARTMENT: School Name") or as the subject of a sentence ("School District
// Name is an equal opportunity employer"). As a label ("Contact Name Carla Brooks") it is fine.
const GENERIC_NAME =
  /\b(?:(?:School District|School|District|Building|Campus|Department|Company|Employer|Organization|Agency|Principal|Supervisor|Employee|Candidate|Applicant) Name|Name of (?:School|District|Building|Campus|Supervisor|Principal))\b/g;
const AS_VALUE_BEFORE = /:\s*$/;
const AS_VALUE_AFTER = /^\s*(?:[.;,)]|$)/;
const AS_SUBJECT_AFTER = /^ (?:is|will|has|seeks|offers|does|provides|values)\b/;
function genericName(text: string): Array<[number, number]> {
  return all(GENERIC_NAME)(text).filter(([s, e]) => {
    const after = text.slice(e, e + 12);
    return (AS_VALUE_BEFORE.test(text.slice(Math.max(0, s - 4), s)) && AS_VALUE_AFTER.test(after)) || AS_SUBJECT_AFTER.test(after);
  });
}

// Tags of HTML that a paste may leave (<P>, <BR>): garbled text, not a slot to fill. A Title Case
// name (<Title>) is a slot even when it is also a tag name.
const HTML_TAGS = new Set([
  'p',
  'br',
  'b',
  'i',
  'u',
  'a',
  'em',
  'strong',
  'span',
  'div',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'font',
  'img',
  'hr',
  'sup',
  'sub',
  'body',
  'html',
  'head',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'center',
  'small',
  'big',
  'blockquote',
  'pre',
  'code',
  'tbody',
  'thead',
  'style',
  'script',
  'title',
]);
const ANGLE_SLOT = /<([A-Z][A-Za-z]{0,20}(?: [A-Za-z]{1,20}){0,4})>/g;
function angleSlot(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  ANGLE_SLOT.lastIndex = 0;
  for (let m = ANGLE_SLOT.exec(text); m; m = ANGLE_SLOT.exec(text))
    if (!(HTML_TAGS.has(m[1]!.toLowerCase()) && m[1] === m[1]!.toUpperCase())) out.push([m.index, m.index + m[0].length]);
  return out;
}

interface Pattern {
  find: Matcher;
  what: string;
  /** Lower-case keys one of which every match contains. */
  keys: readonly string[];
}

const PATTERNS: Pattern[] = [
  { find: instruction, what: 'an instruction to the writer', keys: [' this '] },
  { find: insertHere, what: 'an instruction to the writer', keys: [] },
  {
    find: bracketed(
      /\[(?:insert|enter|add|type|your|district|school|job title|title|name|date|salary|position|location|department|x+)\b/gi,
      ']',
      80,
    ),
    what: 'a placeholder',
    keys: ['['],
  },
  { find: bracketed(/<(?:insert|enter|add|your)\b/gi, '>', 80), what: 'a placeholder', keys: ['<'] },
  { find: bracketed(/\{\{/g, '}}', 80), what: 'a placeholder', keys: ['{{'] },
  // The abbreviation reads as an unfilled slot; "to be determined" written out is a decision the
  // district states ("EMPLOYMENT DATE TO BE DETERMINED"), so it is not flagged.
  { find: all(/\bTBD\b|\bT\.B\.D\./g), what: "'to be determined'", keys: ['tbd', 't.b.d'] },
  { find: romanSafe(all(/\bX{2,}\b|\bx{2,}\/x{2,}|\$ ?X{1,3}\b/g)), what: "a placeholder ('XX')", keys: ['xx', '$x', '$ x'] },
  // A dollar sign before the name of the amount instead of a number ("$minimum - $maximum", "$Amount").
  { find: all(/\$ ?(?:min(?:imum)?|max(?:imum)?|amount|salary|rate|wage|pay)\b/gi), what: 'a placeholder amount', keys: ['$'] },
  // A generic "<something> Name" left where the name goes ("DEPARTMENT: School Name", "School District Name").
  { find: genericName, what: 'a placeholder name', keys: [' name'] },
  // A number made only of zeros, as templates fill phone numbers, ids and amounts ("000000", "(000) 000-0000", "$00,000").
  {
    find: all(/\(000\) ?000-0000|\b000-000-0000\b|\$0{2,3},000\b|(?<![\d.,-])\b0{4,}\b(?![.,-]\d)/g),
    what: 'a placeholder number',
    keys: ['0000', '000-', '$00'],
  },
  // A date no posting means: a system's default far in the future or at its epoch ("AVAILABLE BEFORE
  // 1/1/2050", "Closing Date: 12/31/9999", "01/01/1900"), left where the real date goes.
  {
    find: all(/\b\d{1,2}\/\d{1,2}\/(?:9999|20[5-9]\d|2[1-9]\d\d|1900)\b|\b(?:9999|20[5-9]\d|1900)-\d{2}-\d{2}\b/g),
    what: 'a placeholder date',
    keys: ['/9999', '/20', '/21', '/22', '/23', '/24', '/25', '/26', '/27', '/28', '/29', '/1900', '9999-', '-'],
  },
  // An angle-bracketed Title Case slot ("<Title>", "<School Name>"); HTML tags are garbled-text's.
  { find: angleSlot, what: 'a placeholder', keys: ['<'] },
  // A parenthesised instruction to the template's writer ("(identify requirement – i.e., …)", "(specify the hours)").
  // The opener names the slot to fill, so "(identify shapes, numbers, colors)" in a duty is not one.
  {
    find: bracketed(
      /\((?:identify|specify|insert|enter|fill in|choose|select) (?:the |a |an )?(?:requirements?|type|name|school|location|position|number|amount|date|title|department|program|subject|hours|days|level|certificat\w*|licen[cs]e|software|system|skills?)\b/gi,
      ')',
      80,
    ),
    what: 'an instruction to the writer',
    keys: ['('],
  },
  { find: all(/\blorem ipsum\b|\bdolor sit amet\b/gi), what: 'placeholder text (lorem ipsum)', keys: ['lorem', 'dolor'] },
];

/** [start, end, pattern index] */
type Span = readonly [number, number, number];
const NO_SPANS: Span[] = [];
// "TBD" as the day of a date whose month or year is given ("November TBD, 2025", "TBD May 2026") says
// honestly that the day is not fixed yet: the rest of the date is filled in. "TBD" alone in a slot
// ("Start date: TBD", "Salary: TBD") is still the unfilled slot (facts/dates.ts standsForDay).
const TBD = PATTERNS.findIndex((p) => p.what === "'to be determined'");
// "TBD" as the whole value of the field saying where the job sits ("Location: TBD", or "Location:"
// over "TBD") is as honest: a district places a new hire at a school after hiring. The job's own
// terms ("Salary: TBD", "Hours: TBD", "Start date: TBD") stay unfilled slots.
const DECIDED_LATER: ReadonlySet<FieldKey> = new Set<FieldKey>(['location']);
const TBD_VALUE = /^(?:TBD|T\.B\.D\.?)$/i;

/** Lines holding a field value that is only "TBD" in a field decided after hiring (DECIDED_LATER), with the value's span. */
function tbdFieldValues(posting: Posting): Map<number, readonly [number, number]> {
  const out = new Map<number, readonly [number, number]>();
  for (const f of posting.fields) {
    const v = f.valueRange;
    if (f.key && DECIDED_LATER.has(f.key) && v.start.line === v.end.line && TBD_VALUE.test(f.value.trim())) out.set(v.start.line, [v.start.character, v.end.character]);
  }
  return out;
}

/** Every pattern's spans in a line, in pattern order (memoised with the line). */
function spansIn(text: string, lower: string): Span[] {
  let out: Span[] | null = null;
  for (let p = 0; p < PATTERNS.length; p++) {
    const { find, keys } = PATTERNS[p]!;
    if (keys.length && !hasAny(lower, keys)) continue;
    for (const [s, e] of find(text)) (out ??= []).push([s, e, p]);
  }
  return out ?? NO_SPANS;
}

export const templateText: Rule = {
  meta: {
    id: 'template-text',
    description: 'Instructions, placeholders and filler left from a template.',
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        tbd: {
          type: 'boolean',
          description: 'Report "TBD".',
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      templateText: "Template text: '{{text}}' is {{what}} left in the posting.",
    },
    docs: 'docs/rules/template-text.md',
    fixable: false,
    // 'section': a field's label may sit on the line above its value (the TBD-in-a-field reading).
    scope: 'section',
  },
  check(posting, ctx) {
    const junk = junkLines(posting);
    const facts = lineFacts(posting);
    const tbd = ctx.options.tbd !== false;
    const decidedLater = tbdFieldValues(posting);
    const out: RuleFinding[] = [];
    for (let i = 0; i < posting.lines.length; i++) {
      if (junk[i]) continue;
      const text = posting.lines[i]!;
      if (text.length > 20000 || lineKind(posting, i) === 'blank') continue;
      const f = facts[i]!;
      const spans = (f.template ??= spansIn(f.text, lowerOf(f))) as Span[];
      for (let sAt = 0, sItems = spans; sAt < sItems.length; sAt++) {
        const sItem = sItems[sAt]!;
        const s = sItem[0];
        const e = sItem[1];
        const p = sItem[2];
        if (p === TBD && (!tbd || standsForDay(text, s, e) || withinValue(decidedLater.get(i), s, e))) continue;
        out.push({ messageId: 'templateText', data: { text: text.slice(s, e), what: PATTERNS[p]!.what }, range: range(i, s, i, e) });
      }
    }
    return out;
  },
};

function withinValue(value: readonly [number, number] | undefined, start: number, end: number): boolean {
  return value !== undefined && value[0] <= start && end <= value[1];
}
