// Text → Posting, in one linear pass over the lines. Each line is read once (blank, title,
// heading, field, bullet, paragraph, stray, junk) and grouped into sections as it goes; the only
// look-ahead is "the next non-blank line", precomputed backwards so the pass stays O(n).
import type { Block, Field, FieldKey, FrontMatter, Heading, LineInfo, Posting, Range, Section, SectionKind, Title } from './posting.ts';
import { kindForHeading, kindForSentenceHeading } from './catalog.ts';
import { FIELD_LABELS, fieldKey, findGluedLabel, splitLabel } from './fields.ts';
import { contentKind, paragraphKind, requirementKind, startsWithDutyVerb } from './classify.ts';
import { isJunkLine, matchQuestionTitle } from './junk.ts';
import { normalizeLabel, splitLines, wordCount } from './text.ts';

const BULLET = /^(?:[-•*◦○▪●–—·➢►✓]|\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|o(?=\s))\s+/;
const STRAY = /^[.,;:!?'"`~·•*_\-–—=|]{1,3}$/;
const HAS_LOWER = /[a-z]/;
const HAS_LETTER = /[A-Za-z]/;
const ORGANIZATION = /\b(?:public schools|school district|schools|school|district|academy|university|college|county|city of|department of education)\b/i;
const CITY_STATE = /^[A-Z][A-Za-z .'-]{1,40}, [A-Z]{2}\b|,\s*(?:Illinois|Massachusetts|Pennsylvania|Virginia|California|New York|Colorado|Washington)\b/;
const EMPLOYMENT = /\b(?:full|part)[- ]time\b|\btemporary\b|\bseasonal\b|\binternship\b/i;
const POSTED_BY = /^posted by (.{2,120}?) on (.{4,40})$/i;
const TITLE_ORG_SUFFIX = /^(.{3,200}?),\s+((?:the )?[^,]{0,100}?(?:public schools|school district(?: of [^,]{2,60})?|schools|district|academy))$/i;

const MAX_LABEL_WORDS = 6;

interface Builder {
  kind: SectionKind;
  heading: Heading | null;
  line: number;
  lastLine: number;
  blocks: Block[];
  fields: Field[];
  bullets: number;
  /** The heading's kind is to be settled by its first paragraph ("Job Description"). */
  contentDecides: boolean;
  junk: boolean;
}

function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

function trimBounds(text: string): [number, number] {
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0xfeff || c === 0x200b || c === 11 || c === 12;
}

function isUpperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The text inside a whole-line emphasis ("**Benefits**" → "Benefits"), or null. */
function emphasised(text: string): string | null {
  if (text.length < 5) return null;
  const marker = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : null;
  if (!marker || !text.endsWith(marker)) return null;
  const inner = text.slice(2, -2).trim();
  return inner && !inner.includes(marker) ? inner : null;
}

/** Spans of a header line split at " | ", " · " or " • " separators, trimmed. */
function headerParts(line: string, start: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = start;
  for (let k = start; k + 2 < end; k++) {
    const c = line[k + 1];
    if (line[k] === ' ' && line[k + 2] === ' ' && (c === '|' || c === '·' || c === '•')) {
      parts.push([from, k]);
      from = k + 3;
    }
  }
  parts.push([from, end]);
  return parts
    .map(([a, b]): [number, number] => {
      while (a < b && isSpace(line.charCodeAt(a))) a++;
      while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
      return [a, b];
    })
    .filter(([a, b]) => b > a);
}

/** "## Education" → level 2, "Education" (closing #s dropped); null when the line is not a Markdown heading. */
function markdownHeading(text: string): { level: number; label: string } | null {
  let level = 0;
  while (level < text.length && text[level] === '#') level++;
  if (level === 0 || level > 6 || level >= text.length || !isSpace(text.charCodeAt(level))) return null;
  let end = text.length;
  while (end > level && text[end - 1] === '#') end--;
  const label = text.slice(level, end).trim();
  return label ? { level, label } : null;
}

/** "JOB DESCRIPTION -----" → "JOB DESCRIPTION": the text before a trailing rule of 4+ dashes, equals or underscores. */
function beforeDashRule(text: string): string | null {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '-' || text[end - 1] === '=' || text[end - 1] === '_')) end--;
  if (text.length - end < 4) return null;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0 || end > 120) return null;
  return text.slice(0, end);
}

/** ALL CAPS with real words: "ANNUAL SALARY", not a value such as "N/A" or "USD". */
function isCapsHeading(text: string): boolean {
  if (text.length > 120 || HAS_LOWER.test(text)) return false;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 4 && !CAPS_VALUES.has(text.replace(/[^A-Z]/g, ''));
}

const CAPS_VALUES = new Set(['NA', 'TBD', 'USD', 'NONE', 'YES', 'NO', 'FTE', 'EOE']);

/** "Conditions of Employment": every word of four or more letters capitalised. */
function isTitleCase(text: string): boolean {
  if (!isUpperStart(text)) return false;
  let wordStart = true;
  let wordLen = 0;
  let firstUpper = false;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i]! : ' ';
    const isLetter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === "'" || ch === '’';
    if (isLetter) {
      if (wordStart) firstUpper = ch >= 'A' && ch <= 'Z';
      wordStart = false;
      wordLen++;
    } else {
      if (wordLen >= 4 && !firstUpper) return false;
      wordStart = true;
      wordLen = 0;
    }
  }
  return true;
}

function sameTitle(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

function inferHeaderKey(text: string, titleText: string | null): FieldKey | null | 'duplicate-title' {
  if (titleText && sameTitle(text, titleText)) return 'duplicate-title';
  if (EMPLOYMENT.test(text)) return 'employment_type';
  if (CITY_STATE.test(text)) return 'location';
  if (ORGANIZATION.test(text)) return 'organization';
  return null;
}

function readFrontMatter(lines: string[]): FrontMatter | null {
  if (lines.length < 2 || lines[0]!.trim() !== '---') return null;
  const values: Record<string, string> = {};
  const limit = Math.min(lines.length, 40);
  for (let i = 1; i < limit; i++) {
    const t = lines[i]!.trim();
    if (t === '---') return { line: 0, endLine: i, values };
    const colon = t.indexOf(':');
    if (colon <= 0) return null;
    values[t.slice(0, colon).trim().toLowerCase()] = t.slice(colon + 1).trim();
  }
  return null;
}

export function parse(text: string): Posting {
  const { lines, lineStarts, eol } = splitLines(text);
  const n = lines.length;
  const lineInfo: LineInfo[] = new Array(n);
  const trimmed: Array<[number, number]> = new Array(n);
  for (let i = 0; i < n; i++) {
    const bounds = trimBounds(lines[i]!);
    trimmed[i] = bounds;
    lineInfo[i] = { line: i, text: lines[i]!, kind: 'blank', indent: bounds[0] };
  }
  // nextNonBlank[i]: the first non-blank line after i (or n).
  const nextNonBlank = new Int32Array(n + 1);
  nextNonBlank[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const [s, e] = trimmed[i + 1 < n ? i + 1 : i]!;
    nextNonBlank[i] = i + 1 >= n ? n : s < e ? i + 1 : nextNonBlank[i + 1]!;
  }

  const frontMatter = readFrontMatter(lines);
  const sections: Builder[] = [];
  const fields: Field[] = [];
  const junk: Range[] = [];
  let title: Title | null = null;
  let current: Builder | null = null;
  let zone: 'start' | 'header' | 'body' = 'start';
  const consumed = new Uint8Array(n);

  const open = (kind: SectionKind, line: number, heading: Heading | null, contentDecides = false, isJunk = false): Builder => {
    current = { kind, heading, line, lastLine: line, blocks: [], fields: [], bullets: 0, contentDecides, junk: isJunk };
    sections.push(current);
    return current;
  };

  const addField = (section: Builder, field: Field) => {
    section.fields.push(field);
    fields.push(field);
  };

  const makeField = (name: string, key: FieldKey | null, line: number, nameStart: number, nameEnd: number, valueLine: number, valueStart: number, valueEnd: number): Field => ({
    name,
    key,
    value: lines[valueLine]!.slice(valueStart, valueEnd),
    line,
    nameRange: range(line, nameStart, line, nameEnd),
    valueRange: range(valueLine, valueStart, valueLine, valueEnd),
    range: range(line, nameStart, valueLine, valueEnd),
  });

  /** Adds "Label: value" (with glued second fields) on one line to the given section. */
  const addInlineFields = (section: Builder, i: number, label: string, labelStart: number, labelEnd: number, valueStart: number, valueEnd: number) => {
    const raw = lines[i]!;
    const value = raw.slice(valueStart, valueEnd);
    const glued = findGluedLabel(value);
    if (glued > 0) {
      let firstEnd = valueStart + glued;
      addField(section, makeField(label, fieldKey(label), i, labelStart, labelEnd, i, valueStart, firstEnd));
      const rest = splitLabel(raw, valueStart + glued, MAX_LABEL_WORDS);
      if (rest) {
        const second = makeField(rest.label, fieldKey(rest.label), i, rest.labelStart, rest.labelEnd, i, rest.valueStart, rest.valueEnd);
        second.glued = true;
        addField(section, second);
      }
      while (firstEnd > valueStart && isSpace(raw.charCodeAt(firstEnd - 1))) firstEnd--;
      return;
    }
    addField(section, makeField(label, fieldKey(label), i, labelStart, labelEnd, i, valueStart, valueEnd));
  };

  const addBlock = (section: Builder, type: Block['type'], i: number, start: number, end: number, kindOf: SectionKind | null) => {
    section.blocks.push({
      type,
      text: lines[i]!.slice(start, end),
      line: i,
      endLine: i,
      range: range(i, start, i, end),
      contentKind: kindOf,
    });
    section.lastLine = i;
  };

  const startHeading = (i: number, heading: Heading, kind: SectionKind, contentDecides: boolean) => {
    zone = 'body';
    const cur = current as Builder | null;
    // A second heading of the same kind right under the first ("Other Requirements :" then "…must
    // possess the following qualifications :") belongs to the same section.
    if (cur && cur.heading && cur.kind === kind && cur.blocks.length === 0 && cur.fields.length === 0 && !cur.junk) {
      cur.lastLine = i;
      return cur;
    }
    return open(kind, i, heading, contentDecides);
  };

  const fmEnd = frontMatter ? frontMatter.endLine : -1;
  for (let i = 0; i < n; i++) {
    if (i <= fmEnd) {
      lineInfo[i]!.kind = 'field';
      continue;
    }
    if (consumed[i]) continue;
    const [s, e] = trimmed[i]!;
    if (s >= e) continue;
    const raw = lines[i]!;
    const t = raw.slice(s, e);
    const info = lineInfo[i]!;
    const words = wordCount(t);

    // 1. The title: the first non-blank line, unless it is a heading or a long sentence.
    if (zone === 'start') {
      const question = matchQuestionTitle(t);
      if (question) {
        title = { text: question.title, line: i, range: range(i, s, i, e), wrappedBy: 'job-board-question', organization: question.organization };
        info.kind = 'title';
        open('title', i, { text: t, label: question.title, range: range(i, s, i, e), style: 'plain' });
        zone = 'header';
        continue;
      }
      const md = markdownHeading(t);
      if (md && md.level === 1) {
        const label = md.label;
        const labelStart = s + t.indexOf(label);
        title = { text: label, line: i, range: range(i, labelStart, i, labelStart + label.length) };
        info.kind = 'title';
        open('title', i, { text: label, label, range: range(i, s, i, e), style: 'markdown' });
        zone = 'header';
        continue;
      }
      const split = splitLabel(raw, s, MAX_LABEL_WORDS);
      const firstKey = split ? fieldKey(split.label) : null;
      // Only a whole catalog heading ("About the job") or a colon heading keeps the first line from being the title:
      // "Career and Technical Education Cluster Manager" names a kind's cue word but is a title.
      const headingMatch = kindForHeading(t.endsWith(':') ? t.slice(0, -1) : t);
      const looksLikeHeading = headingMatch !== null && (headingMatch.exact || t.endsWith(':'));
      if (firstKey === 'job_title' && split && split.valueStart < split.valueEnd) {
        title = { text: raw.slice(split.valueStart, split.valueEnd), line: i, range: range(i, split.valueStart, i, split.valueEnd) };
      } else if (!split && !looksLikeHeading && words <= 15 && !t.endsWith('.') && !BULLET.test(t)) {
        let text = t;
        let organization: string | undefined;
        const suffix = TITLE_ORG_SUFFIX.exec(t);
        if (suffix) {
          text = suffix[1]!;
          organization = suffix[2]!;
        }
        title = { text, line: i, range: range(i, s, i, s + text.length), ...(organization ? { organization } : {}) };
        info.kind = 'title';
        open('title', i, { text: t, label: text, range: range(i, s, i, e), style: HAS_LOWER.test(t) ? 'plain' : 'caps' });
        zone = 'header';
        continue;
      }
      zone = split ? 'header' : 'body';
    }

    // 2. Job-board page text: its own 'other' section, which keeps what follows until a real heading.
    if (isJunkLine(t)) {
      info.kind = 'junk';
      junk.push(range(i, s, i, e));
      const cur = current as Builder | null;
      if (!cur || !cur.junk) open('other', i, null, false, true);
      (current as unknown as Builder).lastLine = i;
      zone = 'body';
      continue;
    }

    // 3. A line of punctuation only.
    if (STRAY.test(t)) {
      info.kind = 'stray';
      continue;
    }

    // 4. Bullets.
    const bullet = BULLET.exec(t);
    if (bullet) {
      const contentStart = s + bullet[0].length;
      info.kind = 'bullet';
      info.bulletMarker = bullet[0].trim();
      info.contentStart = contentStart;
      const body = raw.slice(contentStart, e);
      const kindOf = contentKind(body);
      let cur = current as Builder | null;
      if (!cur || cur.kind === 'title' || cur.kind === 'header') {
        const req = requirementKind(body);
        cur = open(req ? 'qualifications' : kindOf ?? 'other', i, null);
        zone = 'body';
      } else if (cur.kind === 'responsibilities' && !cur.junk && cur.bullets > 0) {
        // Qualification bullets that continue a duties list with no heading of their own.
        const req = requirementKind(body);
        if ((req === 'education' || req === 'licensure' || req === 'experience') && !startsWithDutyVerb(body)) {
          cur = open('qualifications', i, null);
        }
      }
      addBlock(cur, 'bullet', i, contentStart, e, kindOf);
      cur.bullets++;
      continue;
    }

    // 5. Markdown headings.
    const md = markdownHeading(t);
    if (md) {
      const label = md.label;
      const bare = label.endsWith(':') ? label.slice(0, -1).trimEnd() : label;
      const match = kindForHeading(bare);
      info.kind = 'heading';
      startHeading(i, { text: label, label: bare, range: range(i, s, i, e), style: 'markdown' }, match?.kind ?? 'other', match?.contentDecides ?? false);
      continue;
    }
    // "**Responsibilities:**", "__Qualifications__": a heading in bold, as web pages paste it.
    const bold = emphasised(t);
    if (bold !== null) {
      const bare = bold.endsWith(':') ? bold.slice(0, -1).trimEnd() : bold;
      const match = kindForHeading(bare);
      if (match || (bold.endsWith(':') && wordCount(bare) <= 10)) {
        info.kind = 'heading';
        startHeading(i, { text: t, label: bare, range: range(i, s, i, e), style: 'markdown' }, match?.kind ?? 'other', match?.contentDecides ?? false);
        continue;
      }
    }

    // 6. "Label: value", "Label:" and the split style ("Label" … ": value").
    const split = splitLabel(raw, s, MAX_LABEL_WORDS);
    if (split && HAS_LETTER.test(split.label) && isUpperStart(split.label)) {
      const key = fieldKey(split.label);
      const labelWords = wordCount(split.label);
      const headingMatch = labelWords <= 10 ? kindForHeading(split.label) : null;
      const hasValue = split.valueStart < split.valueEnd;
      if (!hasValue) {
        // "Job Number:" with its value on the next non-blank line.
        const next = nextNonBlank[i]!;
        if (key && zone !== 'body' && next < n) {
          const [ns, ne] = trimmed[next]!;
          const nt = lines[next]!.slice(ns, ne);
          if (wordCount(nt) <= 6 && !nt.endsWith(':') && !BULLET.test(nt) && !splitLabel(lines[next]!, ns, MAX_LABEL_WORDS) && !kindForHeading(nt)) {
            const cur = (current as Builder | null) && (current as unknown as Builder).kind === 'header' ? (current as unknown as Builder) : open('header', i, null);
            info.kind = 'field';
            lineInfo[next]!.kind = 'field';
            consumed[next] = 1;
            addField(cur, makeField(split.label, key, i, split.labelStart, split.labelEnd, next, ns, ne));
            cur.lastLine = next;
            continue;
          }
        }
        info.kind = 'heading';
        startHeading(i, { text: t, label: split.label, range: range(i, s, i, e), style: HAS_LOWER.test(split.label) ? 'colon' : 'caps' }, headingMatch?.kind ?? 'other', headingMatch?.contentDecides ?? false);
        continue;
      }
      // "Note: this posting is for…" is a remark inside the section, not a heading that takes over what follows.
      if (headingMatch && headingMatch.kind !== 'other' && labelWords <= 4 && (zone === 'body' || !key)) {
        // "Salary : $183,818": a heading with its content on the same line.
        info.kind = 'heading-inline';
        const headingText = raw.slice(s, split.valueStart).trimEnd();
        const inline = { text: raw.slice(split.valueStart, split.valueEnd), range: range(i, split.valueStart, i, split.valueEnd) };
        const section = startHeading(i, { text: headingText, label: split.label, range: range(i, s, i, split.valueStart), inlineContent: inline, style: 'colon' }, headingMatch.kind, false);
        addBlock(section, 'paragraph', i, split.valueStart, split.valueEnd, contentKind(inline.text));
        if (key) fields.push(makeField(split.label, key, i, split.labelStart, split.labelEnd, i, split.valueStart, split.valueEnd));
        continue;
      }
      if (key || ((zone === 'header' || (current as Builder | null)?.kind === 'header') && labelWords <= 4)) {
        info.kind = 'field';
        let cur = current as Builder | null;
        if (!cur || cur.kind !== 'header') cur = open('header', i, null);
        addInlineFields(cur, i, split.label, split.labelStart, split.labelEnd, split.valueStart, split.valueEnd);
        cur.lastLine = i;
        continue;
      }
    } else if (!split && words <= MAX_LABEL_WORDS && !t.endsWith(':') && zone !== 'body') {
      // The split style: "Posting Date" / (blank) / ": Apr 18, 2025".
      const next = nextNonBlank[i]!;
      if (next < n) {
        const [ns, ne] = trimmed[next]!;
        const nextLine = lines[next]!;
        if (nextLine.charCodeAt(ns) === 58 /* : */) {
          let vs = ns + 1;
          while (vs < ne && isSpace(nextLine.charCodeAt(vs))) vs++;
          let cur = current as Builder | null;
          if (!cur || cur.kind !== 'header') cur = open('header', i, null);
          info.kind = 'field';
          lineInfo[next]!.kind = 'field';
          consumed[next] = 1;
          addField(cur, makeField(t, fieldKey(t), i, s, e, next, vs, ne));
          cur.lastLine = next;
          continue;
        }
      }
    }

    // 7. Headings without a field shape.
    if (t.endsWith(':')) {
      const label = t.slice(0, -1).trimEnd();
      const labelWords = wordCount(label);
      if (labelWords <= 10 && isUpperStart(label)) {
        const match = kindForHeading(label);
        info.kind = 'heading';
        startHeading(i, { text: t, label, range: range(i, s, i, e), style: HAS_LOWER.test(label) ? 'colon' : 'caps' }, match?.kind ?? 'other', match?.contentDecides ?? false);
        continue;
      }
      const sentenceKind = kindForSentenceHeading(label);
      if (sentenceKind) {
        info.kind = 'heading';
        startHeading(i, { text: t, label, range: range(i, s, i, e), style: 'sentence' }, sentenceKind, false);
        continue;
      }
    } else {
      const ruleLabel = beforeDashRule(t);
      if (ruleLabel && wordCount(ruleLabel) <= 10) {
        const label = ruleLabel;
        const match = kindForHeading(label);
        info.kind = 'heading';
        startHeading(i, { text: label, label, range: range(i, s, i, e), style: 'rule' }, match?.kind ?? 'other', match?.contentDecides ?? false);
        continue;
      }
      const endsSentence = t.endsWith('.') || t.endsWith('?') || t.endsWith('!');
      if (!endsSentence && words <= 10 && isCapsHeading(t)) {
        const match = kindForHeading(t);
        if (match || zone === 'body') {
          info.kind = 'heading';
          startHeading(i, { text: t, label: t, range: range(i, s, i, e), style: 'caps' }, match?.kind ?? 'other', match?.contentDecides ?? false);
          continue;
        }
      }
      if (!endsSentence && words <= 8 && !split) {
        const match = kindForHeading(t);
        if (match && (match.exact || isTitleCase(t))) {
          info.kind = 'heading';
          startHeading(i, { text: t, label: t, range: range(i, s, i, e), style: 'plain' }, match.kind, match.contentDecides);
          continue;
        }
      }
    }

    // 8. Short unlabelled lines in the header block: organization, location, employment type.
    const cur = current as Builder | null;
    if (zone !== 'body' && (!cur || cur.kind === 'title' || cur.kind === 'header') && words <= 10 && !t.endsWith('.')) {
      const header = cur && cur.kind === 'header' ? cur : open('header', i, null);
      info.kind = 'field';
      header.lastLine = i;
      const posted = POSTED_BY.exec(t);
      if (posted) {
        const orgStart = s + 'posted by '.length;
        const orgEnd = orgStart + posted[1]!.length;
        const dateStart = e - posted[2]!.length;
        addField(header, makeField(FIELD_LABELS.organization, 'organization', i, s, s, i, orgStart, orgEnd));
        addField(header, makeField(FIELD_LABELS.posting_date, 'posting_date', i, s, s, i, dateStart, e));
        continue;
      }
      // "Springfield Public Schools | Springfield, IL": one fact per part.
      for (const [ps, pe] of headerParts(raw, s, e)) {
        const part = raw.slice(ps, pe);
        const key = inferHeaderKey(part, title ? (title as Title).text : null);
        if (key !== 'duplicate-title') addField(header, makeField(key ? FIELD_LABELS[key] : '', key, i, ps, ps, i, ps, pe));
      }
      continue;
    }

    // 9. Paragraphs: they join the current section unless their content opens a section of its own.
    info.kind = 'paragraph';
    const kindOf = contentKind(t);
    const opens = paragraphKind(t);
    let section = cur;
    if (!section || section.kind === 'title' || section.kind === 'header') {
      const staysInHeader = section?.kind === 'header' && zone !== 'body' && (kindOf === 'salary' || (!opens && words <= 25));
      // A paragraph after a header block in mid-document opens a summary only if there is none yet.
      const hasSummary = sections.some((b) => b.kind === 'summary'); // rare path: only after a mid-document header block
      if (!staysInHeader) section = open(opens ?? (zone === 'body' && hasSummary ? 'other' : 'summary'), i, null);
      zone = 'body';
    } else if (section.contentDecides && section.blocks.length === 0) {
      section.kind = opens === 'about_district' || opens === 'department' ? opens : 'summary';
      section.contentDecides = false;
    } else if (opens && opens !== section.kind && !section.junk) {
      const fromIntro = section.kind === 'about_district' || section.kind === 'department';
      const alwaysOpens = opens === 'how_to_apply' || opens === 'eeo';
      if (alwaysOpens || (fromIntro && (opens === 'department' || opens === 'summary'))) section = open(opens, i, null);
    }
    addBlock(section!, 'paragraph', i, s, e, kindOf);
  }

  return {
    text,
    lines,
    lineStarts,
    eol,
    lineInfo,
    frontMatter,
    title,
    fields,
    sections: finish(sections, lines, trimmed),
    junk,
  };
}

/** Closes each section at its last non-blank line before the next section starts. */
function finish(builders: Builder[], lines: string[], trimmed: Array<[number, number]>): Section[] {
  const out: Section[] = [];
  for (let k = 0; k < builders.length; k++) {
    const b = builders[k]!;
    const limit = k + 1 < builders.length ? builders[k + 1]!.line - 1 : lines.length - 1;
    let endLine = limit;
    while (endLine > b.line && trimmed[endLine]![0] >= trimmed[endLine]![1]) endLine--;
    const endChar = trimmed[endLine]![1];
    const headingLine = b.heading ? b.heading.range.start.line : -1;
    let bodyRange: Range | null = null;
    const inline = b.heading?.inlineContent;
    if (inline) bodyRange = { start: inline.range.start, end: { line: endLine, character: endChar } };
    else if (b.heading) {
      let first = b.line + 1;
      while (first <= endLine && trimmed[first]![0] >= trimmed[first]![1]) first++;
      if (first <= endLine) bodyRange = { start: { line: first, character: trimmed[first]![0] }, end: { line: endLine, character: endChar } };
    } else {
      bodyRange = { start: { line: b.line, character: trimmed[b.line]![0] }, end: { line: endLine, character: endChar } };
    }
    out.push({
      kind: b.kind,
      heading: b.heading,
      line: b.line,
      endLine,
      range: { start: { line: b.line, character: headingLine === b.line ? b.heading!.range.start.character : trimmed[b.line]![0] }, end: { line: endLine, character: endChar } },
      bodyRange,
      blocks: b.blocks,
      fields: b.fields,
      empty: b.heading !== null && b.kind !== 'title' && b.blocks.length === 0 && b.fields.length === 0,
    });
  }
  return out;
}
