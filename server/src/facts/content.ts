// Content classifier for rules: does the posting hold content of a kind anywhere (a section, a
// block the parser classified, a header field, or a sentence or bullet elsewhere)? One linear pass
// per posting, cached, shared by missing-section, pay-transparency and analyze().
import type { Posting, Range, SectionKind } from '../model/posting.ts';
import { isProseLine, lineKind, lineRange, parserJunkLines, range, sectionIndexByLine } from './util.ts';
import { lineFacts, lowerOf, MAX_MEMO_KEY, trimLenOf, type LineFacts } from './memo.ts';
import { flatCopy } from '../model/boundedMap.ts';
import { chromeAboveTitle } from './chrome.ts';
import { DRIVER_LICENSE, EDUCATION, EXPERIENCE, LICENSURE, RESIDENCY, yearsOfExperience } from '../model/patterns.ts';

/** The kinds analyze() reports as present or missing. */
export const CONTENT_KINDS = [
  'summary',
  'responsibilities',
  'education',
  'licensure',
  'experience',
  'ksa',
  'residency',
  'salary',
  'benefits',
  'eeo',
  'how_to_apply',
] as const satisfies readonly SectionKind[];

export type ContentKind = (typeof CONTENT_KINDS)[number];

export interface Evidence {
  kind: ContentKind;
  line: number;
  range: Range;
  /** Where the evidence came from. */
  via: 'section' | 'block' | 'field' | 'text';
}

// Sentence-level patterns. Each is a flat alternation of literal-led branches (no nested
// quantifiers), tested once per line.
const EEO = /\bequal (?:employment )?opportunit|\bnon-?discriminat|\bdoes not discriminate\b|\bEOE\b|\bE\.O\.E\b|\baffirmative action\b|\bwithout regard to (?:race|sex|age|religion|color|creed|national origin|disability|gender)/i;
const HOW_TO_APPLY = /\bto apply\b|\bon-?line application\b|\bapply (?:online|here|now|at|by|through|via|directly|for this)\b|\bsubmit (?:an |your |a )?(?:online )?(?:application|resume|résumé|cover letter)|\bapplication (?:deadline|process|materials|packet|instructions)\b|\bapplications? (?:will be|must be|are|is) (?:accepted|received|submitted|due|reviewed)\b|\binterested (?:candidates|applicants|persons|individuals) (?:should|must|may)\b|\bclosing date\b|\bdeadline to apply\b|\bwhere to apply\b/i;
const KSA = /^(?:knows (?:and understands |how to |the |about )|(?:must )?be able to|able to|knowledge of|knowledge,? skills|ability to|abilities to|skills? (?:in|with|to)\b|skilled in|proficien|familiarity with|understanding of|demonstrated (?:ability|knowledge|skills?|proficiency|success|expertise)|(?:strong|excellent|effective|exceptional|good|superior|outstanding)\b[^.\n]{0,60}\b(?:skills|abilities)\b)/i;
const SALARY = /\$ ?\d|\b(?:salary|wage|pay) (?:range|scale|schedule|grade|rate|band)s?\b|\bcommensurate with\b|\bper (?:hour|hr|year|annum)\b|\bannual(?:ly)? salary\b|\bhourly (?:rate|wage)\b|\b\d{1,3}(?:,\d{3})+(?:\.\d{2})? ?(?:-|–|to) ?\$?\d{1,3}(?:,\d{3})+\b/i;
const BENEFITS = /\bbenefits? (?:package|packages|include|includes|plan|plans|program|eligib|summary|overview|information)|\bbenefits and (?:compensation|perks)|\b(?:health|dental|vision|medical|life|disability) (?:insurance|coverage|plans?|benefits)\b|\bretirement (?:plan|system|benefits|contributions?|savings)\b|\bpension\b|\b40[13]\(?[kb]\)?|\bpaid (?:time off|leave|holidays|sick)\b|\bPTO\b|\btuition (?:reimbursement|assistance)\b|\b(?:comprehensive|competitive|generous|excellent|full|employee) benefits?\b|\bmedical, dental\b/i;

// Each pattern with the words (their first six letters) one of which any match contains: one pass
// over the line collects the word starts, and only the patterns they point at run.
/** Duties described in a sentence ("will be responsible for planning…", "Duties include…"). */
const RESPONSIBILITIES =
  /\bresponsibilities (?:include|are|will include)\b|\bduties (?:include|are|will include)\b|\b(?:day-to-day|daily) (?:tasks|duties|responsibilities) include\b|\bwill be responsible for\b|\bis responsible for\b/i;

const TEXT_PATTERNS: Array<[ContentKind, RegExp, readonly string[]]> = [
  ['responsibilities', RESPONSIBILITIES, ['respon', 'duties', 'day', 'daily']],
  ['eeo', EEO, ['equal', 'non', 'nondis', 'does', 'eoe', 'e', 'affirm', 'withou']],
  ['how_to_apply', HOW_TO_APPLY, ['apply', 'applic', 'submit', 'intere', 'closin', 'deadli']],
  ['residency', RESIDENCY, ['reside', 'live']],
  ['licensure', LICENSURE, ['licens', 'licenc', 'certif', 'endors', 'creden', 'pel']],
  ['education', EDUCATION, ['bachel', 'master', 'degree', 'diplom', 'ph', 'phd', 'ed', 'edd', 'doctor', 'gradua']],
  ['experience', EXPERIENCE, ['experi', 'minimu', 'years']],
  ['salary', SALARY, ['$', 'salary', 'salari', 'wage', 'wages', 'pay', 'commen', 'per', 'annual', 'hourly', '0-9']],
  [
    'benefits',
    BENEFITS,
    ['benefi', 'health', 'dental', 'vision', 'medica', 'life', 'disabi', 'retire', 'pensio', '401', '403', 'paid', 'pto', 'tuitio'],
  ],
];

/** Letter or digit → 1..36 (0: neither). */
function code37(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 48 + 27;
  return 0;
}

/**
 * Pattern bits by the first three characters of a word (shorter words padded with 0): a
 * prefilter with no string allocation; a false hit only means the pattern's regex runs.
 */
const { START3, DIGIT_BIT, DOLLAR_BIT } = startBits();

function startBits(): { START3: Int32Array; DIGIT_BIT: number; DOLLAR_BIT: number } {
  const start3 = new Int32Array(37 * 37 * 37);
  let digit = 0;
  let dollar = 0;
  TEXT_PATTERNS.forEach(([, , starts], i) => {
    for (const k of starts) {
      if (k === '0-9') digit |= 1 << i;
      else if (k === '$') dollar |= 1 << i;
      else {
        const c = [0, 1, 2].map((n) => (n < k.length ? code37(k.charCodeAt(n)) : 0));
        start3[c[0]! * 1369 + c[1]! * 37 + c[2]!]! |= 1 << i;
      }
    }
  });
  return { START3: start3, DIGIT_BIT: digit, DOLLAR_BIT: dollar };
}

/** Bit i set when a word of the (lower-case) line starts like one of pattern i's words. One pass, no allocation. */
function candidates(lower: string): number {
  let bits = 0;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c === 36) bits |= DOLLAR_BIT;
    const a = code37(c);
    if (a === 0) {
      i++;
      continue;
    }
    if (a >= 27) bits |= DIGIT_BIT;
    const b = i + 1 < n ? code37(lower.charCodeAt(i + 1)) : 0;
    const d = b && i + 2 < n ? code37(lower.charCodeAt(i + 2)) : 0;
    bits |= START3[a * 1369 + b * 37 + d]!;
    let j = i + 1;
    while (j < n && code37(lower.charCodeAt(j)) !== 0) j++;
    i = j;
  }
  return bits;
}

const CONTENT_SET: ReadonlySet<string> = new Set(CONTENT_KINDS);

function isContentKind(kind: SectionKind | null | undefined): kind is ContentKind {
  return !!kind && CONTENT_SET.has(kind);
}

/** Bit of the KSA test (after the TEXT_PATTERNS bits). */
const KSA_P = TEXT_PATTERNS.length;

/** Whether pattern p (KSA_P: knowledge/skills at the start of atLineStart) reads in the text. */
function kindTest(p: number, text: string, lower: string, atLineStart: string): boolean {
  if (p === KSA_P) return KSA.test(atLineStart.length > 400 ? atLineStart.slice(0, 400) : atLineStart); // anchored at the start: cheap
  const [kind, re] = TEXT_PATTERNS[p]!;
  if (!re.test(text) && !(kind === 'experience' && yearsOfExperience(text, lower))) return false;
  if (kind === 'licensure' && DRIVER_LICENSE.test(text) && !LICENSURE.test(text.replace(DRIVER_LICENSE, ''))) return false;
  return true;
}

function kindOf(p: number): ContentKind {
  return p === KSA_P ? 'ksa' : TEXT_PATTERNS[p]![0];
}

/** Kinds a single piece of text reads as (sentence patterns only). */
export function textKinds(
  text: string,
  atLineStart: string = text,
  lowerText?: string,
  skip?: (kind: ContentKind) => boolean,
): ContentKind[] {
  const out: ContentKind[] = [];
  if (text.length > 4000) {
    text = text.slice(0, 4000);
    lowerText = undefined;
  }
  const lower = lowerText ?? text.toLowerCase();
  const bits = candidates(lower);
  for (let p = 0; p < TEXT_PATTERNS.length; p++) {
    if (!(bits & (1 << p))) continue;
    const kind = TEXT_PATTERNS[p]![0];
    if (skip?.(kind)) continue;
    if (kindTest(p, text, lower, atLineStart)) out.push(kind);
  }
  if (!skip?.('ksa') && kindTest(KSA_P, text, lower, atLineStart)) out.push('ksa');
  return out;
}

/**
 * A line's text kinds, memoised with the line: which patterns are candidates, which were tested
 * and which matched. A posting that already has evidence of a kind skips its test, so a test is
 * run the first time some posting needs it and kept for the next.
 */
interface LineContent {
  /** Where the body starts in the line, and the inline heading text it came from (null: the line itself). */
  start: number;
  inline: string | null;
  /** Candidate patterns (KSA always), tested ones, matching ones. */
  cand: number;
  tested: number;
  matched: number;
}

const KSA_BIT = 1 << KSA_P;
const NO_KINDS: ContentKind[] = [];

/**
 * The body of a content line as contentIndex reads it (the line, or its inline heading text, from
 * start, trimmed), the text the patterns test (at most 4,000 characters) and its lower case.
 */
function contentBody(f: LineFacts, start: number, inline: string | null): { body: string; text: string; lower: string } {
  const src = inline ?? f.text;
  const body = start > 0 ? src.slice(start).trim() : src.trim();
  if (body.length > 4000) {
    const text = body.slice(0, 4000);
    return { body, text, lower: text.toLowerCase() };
  }
  let lowerBody: string | undefined;
  if (inline === null) {
    const lowerLine = lowerOf(f);
    lowerBody = (start > 0 ? lowerLine.slice(start) : lowerLine).trim();
    if (lowerBody.length !== body.length) lowerBody = undefined;
  }
  return { body, text: body, lower: lowerBody ?? body.toLowerCase() };
}

/** The content kinds of a line's body not skipped, in textKinds' order, from the line's memo. */
function lineContentKinds(f: LineFacts, start: number, inline: string | null, skip: (kind: ContentKind) => boolean): ContentKind[] {
  let m = f.content as LineContent | undefined;
  let b: { body: string; text: string; lower: string } | undefined;
  if (!m || m.start !== start || m.inline !== inline) {
    b = contentBody(f, start, inline);
    if (b.body === '') return NO_KINDS;
    const lower = b.lower;
    // inline text is cut from the document: a memoised line keeps a flat copy, never the document.
    const kept = inline === null || f.text.length > MAX_MEMO_KEY ? inline : flatCopy(inline);
    m = { start, inline: kept, cand: candidates(lower) | KSA_BIT, tested: 0, matched: 0 };
    f.content = m;
  }
  let need = 0;
  for (let p = 0; p <= KSA_P; p++) if (m.cand & (1 << p) && !skip(kindOf(p))) need |= 1 << p;
  const untested = need & ~m.tested;
  if (untested) {
    b ??= contentBody(f, start, inline);
    for (let p = 0; p <= KSA_P; p++) {
      if (!(untested & (1 << p))) continue;
      if (kindTest(p, b.text, b.lower, b.body)) m.matched |= 1 << p;
      m.tested |= 1 << p;
    }
  }
  const hits = need & m.matched;
  if (!hits) return NO_KINDS;
  const out: ContentKind[] = [];
  for (let p = 0; p <= KSA_P; p++) if (hits & (1 << p)) out.push(kindOf(p));
  return out;
}

export interface ContentIndex {
  /** First evidence for each kind found. */
  first: Map<ContentKind, Evidence>;
  /** Lines with text evidence, by kind: complete for salary; for other kinds only up to the first evidence. */
  lines: Map<ContentKind, number[]>;
  /** Junk lines (parser's plus the job-board lists this module recognises). */
  junk: Uint8Array;
  present: ContentKind[];
  missing: ContentKind[];
}

const cache = new WeakMap<Posting, ContentIndex>();
const junkCache = new WeakMap<Posting, Uint8Array>();

/** Lines the job-board-junk rule also counts: lists of related jobs and newsletter blurbs. */
const RELATED_LIST_HEAD =
  /^more in "|^(?:(?:similar|related|recommended|other|more|featured) (?:jobs|positions|openings|listings)|discover similar jobs|people also (?:viewed|searched)|jobs? you may (?:like|be interested in)|you (?:may|might) also like)\s?:?$/i;
const NEWSLETTER =
  /\b(?:sign up for|subscribe to|join) (?:our |the )?(?:newsletter|mailing list|job alerts)\b|\b(?:weekly|daily|monthly) (?:email|e-mail|digest|newsletter)\b|\bsign up for (?:job )?alerts\b/i;
const BLURB_HEAD =
  /^(?:stay (?:current|informed|connected|up to date|in the loop)|get (?:the latest|updates)|join our (?:mailing list|newsletter|talent community))\b/i;

function mayBeNewsletter(l: string): boolean {
  return l.includes('newsletter') || l.includes('mailing list') || l.includes('alerts') || l.includes('mail') || l.includes('digest');
}

// Per-line tests of junkLines, memoised with the line (LineFacts.testEval / testTrue, bits 1–32).
const J_RELATED = 1; // RELATED_LIST_HEAD on the trimmed line
const J_SENTENCE_END = 2; // trimmed line ends with . ! ?
const J_NEWSLETTER = 4; // a newsletter line (keyword pre-check, then NEWSLETTER on the trimmed line)
const J_BLURB = 8; // BLURB_HEAD on the trimmed line
const J_HEAD_END = 16; // trimmed line ends with . ! ? :
const J_NEWSLETTER_RAW = 32; // NEWSLETTER on the line as it is

function junkTest(f: LineFacts, bit: number): boolean {
  if (f.testEval & bit) return (f.testTrue & bit) !== 0;
  const t = f.text.trim();
  let v: boolean;
  if (bit === J_RELATED) v = RELATED_LIST_HEAD.test(t);
  else if (bit === J_SENTENCE_END) v = /[.!?]$/.test(t);
  else if (bit === J_NEWSLETTER) v = mayBeNewsletter(lowerOf(f)) && NEWSLETTER.test(t);
  else if (bit === J_BLURB) v = BLURB_HEAD.test(t);
  else if (bit === J_HEAD_END) v = /[.!?:]$/.test(t);
  else v = NEWSLETTER.test(f.text);
  f.testEval |= bit;
  if (v) f.testTrue |= bit;
  return v;
}

/** Junk lines: the parser's, plus page furniture above the title, related-job lists and newsletter blurbs. Linear. */
export function junkLines(posting: Posting): Uint8Array {
  const cached = junkCache.get(posting);
  if (cached) return cached;
  const parser = parserJunkLines(posting);
  const out = new Uint8Array(parser);
  for (const l of chromeAboveTitle(posting)) out[l] = 1;
  const lines = posting.lines;
  const facts = lineFacts(posting);
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const f = facts[i]!;
    const tl = trimLenOf(f);
    if (tl > 300) {
      inList = false;
      continue;
    }
    if (junkTest(f, J_RELATED)) {
      out[i] = 1;
      inList = true;
      continue;
    }
    if (inList) {
      const k = lineKind(posting, i);
      if (tl === 0) continue;
      // A related-jobs list: short bullets or short title-like lines ("Job title, Employer").
      if (k === 'bullet' || (tl <= 120 && !junkTest(f, J_SENTENCE_END))) {
        out[i] = 1;
        continue;
      }
      inList = false;
    }
    if (junkTest(f, J_NEWSLETTER)) {
      out[i] = 1;
      // The blurb's own heading, directly above ("Stay Current in …").
      if (i > 0) {
        const g = facts[i - 1]!;
        if (trimLenOf(g) <= 100 && !junkTest(g, J_HEAD_END) && (out[i - 1] || junkTest(g, J_BLURB))) out[i - 1] = 1;
      }
      continue;
    }
    if (tl <= 100 && junkTest(f, J_BLURB) && i + 1 < lines.length && junkTest(facts[i + 1]!, J_NEWSLETTER_RAW)) out[i] = 1;
  }
  junkCache.set(posting, out);
  return out;
}

function sectionHasContent(s: Posting['sections'][number]): boolean {
  return s.blocks.length > 0 || s.fields.length > 0 || !!s.heading?.inlineContent || (!s.empty && s.bodyRange !== null);
}

/** Builds (once per posting) the index of which content kinds the posting holds and where. */
export function contentIndex(posting: Posting): ContentIndex {
  const cached = cache.get(posting);
  if (cached) return cached;
  const junk = junkLines(posting);
  const first = new Map<ContentKind, Evidence>();
  const lines = new Map<ContentKind, number[]>();
  const note = (kind: ContentKind, line: number, r: Range, via: Evidence['via']): void => {
    const prev = first.get(kind);
    if (!prev || line < prev.line) first.set(kind, { kind, line, range: r, via });
  };
  for (const s of posting.sections) {
    if (junk[s.line] && !s.heading) continue;
    if (isContentKind(s.kind) && sectionHasContent(s)) note(s.kind, s.line, s.heading?.range ?? s.range, 'section');
    for (const b of s.blocks) {
      if (junk[b.line]) continue;
      if (isContentKind(b.contentKind)) note(b.contentKind, b.line, b.range, 'block');
    }
  }
  for (const f of posting.fields) {
    if (junk[f.line]) continue;
    if (f.key === 'salary' || f.key === 'salary_range') {
      if (f.value.trim() !== '') note('salary', f.line, f.range, 'field');
    } else if (f.key === 'closing_date' && f.value.trim() !== '') note('how_to_apply', f.line, f.range, 'field');
  }
  const titleSection = posting.title ? posting.title.line : -1;
  const facts = lineFacts(posting);
  const secIdx = sectionIndexByLine(posting);
  // A kind already evidenced on an earlier line needs no more regex work (salary keeps every line: pay.ts reads them).
  let current = 0;
  const done = (kind: ContentKind): boolean => kind !== 'salary' && (first.get(kind)?.line ?? Infinity) < current;
  for (let i = 0; i < posting.lines.length; i++) {
    if (junk[i] || i === titleSection) continue;
    const k = lineKind(posting, i);
    if (k === 'blank' || k === 'stray' || k === 'title' || k === 'junk') continue;
    let start = 0;
    let inline: string | null = null;
    if (k === 'heading') {
      // "AN EQUAL OPPORTUNITY EMPLOYER" as a heading is the statement itself.
      if (EEO.test(posting.lines[i]!)) note('eeo', i, lineRange(posting, i), 'text');
      continue;
    }
    if (k === 'heading-inline') {
      const s = secIdx[i]! >= 0 ? posting.sections[secIdx[i]!] : undefined;
      const inl = s?.heading?.inlineContent;
      if (!inl) continue;
      inline = inl.text;
      start = inl.range.start.character;
    } else if (isProseLine(posting, i)) {
      start = posting.lineInfo[i]?.contentStart ?? 0;
    }
    current = i;
    for (const kind of lineContentKinds(facts[i]!, start, inline, done)) {
      note(kind, i, lineRange(posting, i), 'text');
      let arr = lines.get(kind);
      if (!arr) lines.set(kind, (arr = []));
      arr.push(i);
    }
  }
  const present: ContentKind[] = [];
  const missing: ContentKind[] = [];
  for (const k of CONTENT_KINDS) (first.has(k) ? present : missing).push(k);
  const index: ContentIndex = { first, lines, junk, present, missing };
  cache.set(posting, index);
  return index;
}

/** A one-character-wide range at the start of the document, for findings about the whole text. */
export function startRange(): Range {
  return range(0, 0, 0, 0);
}
