// Completion: a pure function of the cached analysis and a position. No parse here: it reads the
// Posting, the profile and the template library.
//   - empty document → whole-posting skeletons, one per profile;
//   - header block → field labels, and after "Label:" the label's values;
//   - start of a line → headings for the kinds the posting lacks (required first, then
//     recommended, in the profile's order), each inserting heading + template;
//   - a bullet, or a blank line in a section → bullet suggestions for the section's kind, ranked,
//     minus the bullets already there.
// Every item carries a Markdown preview of what it inserts; its textEdit replaces only the typed prefix.
import { BoundedMap, flatCopy } from '../model/boundedMap.ts';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver-types';
import type { FieldKey, Position, Posting, Section, SectionKind } from '../model/posting.ts';
import { SECTION_KINDS } from '../model/posting.ts';
import { FIELD_LABELS, fieldKey } from '../model/fields.ts';
import type { Profile } from '../profiles/types.ts';
import { BUILTIN_PROFILES } from '../profiles/index.ts';
import { escapeSnippet, expandSnippet } from '../facts/snippet.ts';
import {
  indexedBulletSuggestions,
  profileTemplates,
  renderContextFor,
  sectionTemplateSnippet,
  skeletonFor,
  type IndexedBullet,
  type RenderContext,
} from '../templates/index.ts';
import { bulletKey } from '../templates/build.ts';
import { addDays, formatDate, localToday, postingDateStyle } from '../templates/render.ts';

/** The parts of an Analysis completion reads. */
export interface CompletionInput {
  posting: Posting;
  profile: Profile;
  missing?: readonly SectionKind[];
  present?: readonly SectionKind[];
}

export interface CompletionOptions {
  /** The client accepts snippet syntax in completion items (textDocument.completion.completionItem.snippetSupport). */
  snippetSupport?: boolean;
  /** The client renders Markdown documentation (default true). */
  markdown?: boolean;
  /** Today, yyyy-mm-dd (injected for tests). */
  today?: string;
  /** Profiles offered as skeletons in an empty document (default: the built-in ones). */
  profiles?: readonly Profile[];
  /** At most this many bullet suggestions (default 30). */
  maxBullets?: number;
}

/** Characters that should trigger completion: after a label's colon, and a bullet marker. */
export const COMPLETION_TRIGGER_CHARACTERS = [':', '-', '•'];

const WORDS_PREFIX = /^(\s*)([A-Za-z][A-Za-z'’ ,&/-]{0,60})?$/;
const BULLET_MARKERS = '-•*◦▪●–';

// Line prefixes are read by hand, in one pass each: a regex over a pasted line must stay linear.

function isBlankChar(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (isBlankChar(text[i]) || text[i] === '\f' || text[i] === '\v')) i++;
  return i;
}

/** A bullet marker at the start of the prefix: [indent, marker end, text start], or null. */
function bulletPrefix(prefix: string): [number, number, number] | null {
  const indent = indentOf(prefix);
  let i = indent;
  if (i < prefix.length && BULLET_MARKERS.includes(prefix[i]!)) i++;
  else {
    let digits = 0;
    while (i < prefix.length && digits < 4 && prefix[i]! >= '0' && prefix[i]! <= '9') {
      i++;
      digits++;
    }
    if (digits === 0 || digits > 3 || (prefix[i] !== '.' && prefix[i] !== ')')) return null;
    i++;
  }
  const markerEnd = i;
  while (i < prefix.length && isBlankChar(prefix[i])) i++;
  return [indent, markerEnd, i];
}

/** "Label: value" (value without a colon): [label, value start], or null. */
function labelValue(prefix: string): [string, number] | null {
  const colon = prefix.indexOf(':');
  if (colon < 0 || prefix.indexOf(':', colon + 1) >= 0) return null;
  const start = indentOf(prefix);
  const c = prefix[start];
  if (!c || !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) || colon - start > 61) return null;
  let v = colon + 1;
  while (v < prefix.length && isBlankChar(prefix[v])) v++;
  return [prefix.slice(start, colon).trim(), v];
}

/** ": value" under a label written on an earlier line: the value start, or -1. */
function splitValue(prefix: string): number {
  const start = indentOf(prefix);
  if (prefix[start] !== ':' || prefix.indexOf(':', start + 1) >= 0) return -1;
  let v = start + 1;
  while (v < prefix.length && isBlankChar(prefix[v])) v++;
  return v;
}

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function fence(text: string): string {
  let ticks = '```';
  while (text.includes(ticks)) ticks += '`';
  return `${ticks}text\n${text}\n${ticks}`;
}

function docs(markdown: boolean, preview: string, note: string): CompletionItem['documentation'] {
  return markdown ? { kind: MarkupKind.Markdown, value: `${fence(preview)}\n\n${note}` } : `${preview}\n\n${note}`;
}

function item(
  opts: Required<Pick<CompletionOptions, 'snippetSupport' | 'markdown'>>,
  fields: {
    label: string;
    kind: CompletionItemKind;
    detail: string;
    sortText: string;
    filterText?: string;
    range: Range;
    snippet: string;
    note: string;
    description?: string;
    /** Plain text (line breaks) inserted before the snippet and left out of the preview. */
    before?: string;
  },
): CompletionItem {
  const plain = expandCached(fields.snippet);
  const before = fields.before ?? '';
  const it: CompletionItem = {
    label: fields.label,
    kind: fields.kind,
    detail: fields.detail,
    sortText: fields.sortText,
    filterText: fields.filterText ?? fields.label,
    documentation: docs(opts.markdown, plain, fields.note),
    insertTextFormat: opts.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: fields.range, newText: before + (opts.snippetSupport ? fields.snippet : plain) },
  };
  if (fields.description) it.labelDetails = { description: fields.description };
  return it;
}

// Snippets carry text cut from the document (its title): keys and values are kept as flat copies.
const expandMemo = new BoundedMap<string>(2000, 1_000_000);
function expandCached(snippet: string): string {
  return expandMemo.get(snippet) ?? expandMemo.set(snippet, flatCopy(expandSnippet(snippet)));
}

// ---------------------------------------------------------------------------------------------
// What the posting has

function presentKinds(input: CompletionInput): Set<SectionKind> {
  const out = new Set<SectionKind>();
  for (const s of input.posting.sections) {
    out.add(s.kind);
    for (const b of s.blocks) if (b.contentKind) out.add(b.contentKind);
  }
  for (const k of input.present ?? []) out.add(k);
  // What analyze() reports missing wins over content the parser guessed.
  for (const k of input.missing ?? []) out.delete(k);
  return out;
}

/** Kinds that have a section with a heading (a heading completion for them would duplicate it). */
function sectionedKinds(posting: Posting): Set<SectionKind> {
  const out = new Set<SectionKind>();
  for (const s of posting.sections) if (s.heading || (s.kind !== 'other' && s.kind !== 'header' && s.kind !== 'title')) out.add(s.kind);
  return out;
}

export interface HeadingCandidate {
  kind: SectionKind;
  /** 0 required and missing, 1 recommended and missing, 2 other missing, 3 content present without a heading. */
  tier: number;
  /** Position in the profile's canonical order. */
  order: number;
}

/** The kinds a heading completion offers, best first: required missing ones first, in canonical order. */
export function headingCandidates(input: CompletionInput): HeadingCandidate[] {
  const { posting, profile } = input;
  const order = profile.order.length ? profile.order : [...SECTION_KINDS];
  const present = presentKinds(input);
  const sectioned = sectionedKinds(posting);
  const templates = profileTemplates(profile);
  const out: HeadingCandidate[] = [];
  const seen = new Set<SectionKind>();
  const all = [...order, ...SECTION_KINDS.filter((k) => !order.includes(k))];
  all.forEach((kind, i) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    if (kind === 'title' || kind === 'header') return;
    if (sectioned.has(kind)) return;
    if (!templates.sections[kind]) return;
    const missing = !present.has(kind);
    let tier: number;
    if (kind === 'other') tier = 3;
    else if (missing && profile.required.includes(kind)) tier = 0;
    else if (missing && profile.recommended.includes(kind)) tier = 1;
    else if (missing) tier = 2;
    else tier = 3;
    out.push({ kind, tier, order: i });
  });
  out.sort((a, b) => a.tier - b.tier || a.order - b.order);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Contexts

function sectionOfLine(posting: Posting, line: number): Section | null {
  let found: Section | null = null;
  for (const s of posting.sections) {
    if (s.line <= line && line <= s.endLine) return s;
    if (s.line > line) break;
    found = s;
  }
  // A blank line after a section belongs (for completion) to the section above it.
  return found;
}

function prevNonBlank(posting: Posting, line: number): number {
  for (let l = line - 1; l >= 0; l--) if ((posting.lines[l] ?? '').trim() !== '') return l;
  return -1;
}

function isEmptyDocument(posting: Posting, line: number, prefixWord: string): boolean {
  if (prefixWord.length > 24 || !/^[A-Za-z-]*$/.test(prefixWord)) return false;
  for (let l = 0; l < posting.lines.length; l++) {
    if (l === line) continue;
    if ((posting.lines[l] ?? '').trim() !== '') return false;
  }
  return true;
}

function inHeaderBlock(posting: Posting, line: number): boolean {
  const titleLine = posting.title?.line ?? -1;
  if (line <= titleLine) return false;
  const firstBody = posting.sections.find((s) => s.kind !== 'title' && s.kind !== 'header' && s.line > titleLine);
  if (!firstBody || line < firstBody.line) {
    // Before the first real section (or in a document with only a title and fields).
    return titleLine >= 0 || posting.fields.length > 0;
  }
  const s = sectionOfLine(posting, line);
  return !!s && s.kind === 'header' && line <= s.endLine;
}

// ---------------------------------------------------------------------------------------------
// Items

/** True when `word` starts one of the words of `filterText` (case-insensitive). */
function startsAWordOf(word: string, filterText: string): boolean {
  const w = word.toLowerCase();
  return filterText.toLowerCase().split(' ').some((f) => f.startsWith(w));
}

/**
 * Where a skeleton goes in a document whose only text is on the cursor's line. A word right before
 * the cursor that starts one of the item's filter words ("post", "chic") is the writer picking the
 * item, and the skeleton replaces it; any other text is the writer's own, and the skeleton goes on
 * a new line after it, so nothing is lost or glued to the skeleton's first line.
 */
function skeletonPlace(line: number, prefix: string, filterText: string, eol: string): { range: Range; before: string } {
  const ch = prefix.length;
  const word = prefix.trimStart();
  if (prefix.trim() === '') return { range: range(line, ch, ch), before: '' };
  if (!isBlankChar(prefix[ch - 1]) && startsAWordOf(word, filterText)) return { range: range(line, ch - word.length, ch), before: '' };
  return { range: range(line, ch, ch), before: eol };
}

function skeletonItems(input: CompletionInput, opts: Required<Pick<CompletionOptions, 'snippetSupport' | 'markdown'>>, today: string, line: number, prefix: string, profiles: readonly Profile[]): CompletionItem[] {
  const list = [input.profile, ...profiles.filter((p) => p.id !== input.profile.id)];
  const eol = input.posting.eol;
  return list.map((profile, i) => {
    const snippet = skeletonFor(profile, null, { today, eol, dateStyle: 'month-long' });
    const name = profile.id === 'generic' ? 'generic US school district' : profile.name;
    const filterText = `posting ${profile.id} ${name}`;
    const place = skeletonPlace(line, prefix, filterText, eol);
    return item(opts, {
      label: `New posting: ${name}`,
      kind: CompletionItemKind.File,
      detail: `Whole posting in the style of ${name}`,
      sortText: `0${String(i).padStart(3, '0')}`,
      filterText,
      range: place.range,
      before: place.before,
      snippet,
      note: `Every required and recommended section of the **${profile.name}** profile, with its headings and templates. Fill the placeholders with Tab.`,
    });
  });
}

function headingItems(
  input: CompletionInput,
  opts: Required<Pick<CompletionOptions, 'snippetSupport' | 'markdown'>>,
  ctx: RenderContext,
  r: Range,
  trailingEol: boolean,
  sortPrefix: string,
): CompletionItem[] {
  const { profile } = input;
  const templates = profileTemplates(profile);
  const eol = ctx.eol ?? '\n';
  return headingCandidates(input).map((c, i) => {
    const tpl = templates.sections[c.kind]!;
    const snippet = sectionTemplateSnippet(c.kind, profile, ctx) + (trailingEol ? escapeSnippet(eol) : '');
    const status = c.tier === 0 ? 'required · missing' : c.tier === 1 ? 'recommended · missing' : c.tier === 2 ? 'missing' : 'add heading';
    const source =
      tpl.bodySource === 'generic'
        ? 'Generic template written for Postwright.'
        : tpl.bodySource === 'profile'
          ? `Wording required by the ${profile.name} profile.`
          : `Learned from ${tpl.sources.length || 'the'} ${profile.id === 'generic' ? '' : profile.name + ' '}posting${tpl.sources.length === 1 ? '' : 's'}.`;
    return item(opts, {
      label: tpl.heading,
      kind: CompletionItemKind.Module,
      detail: `Insert section: ${c.kind}${c.tier <= 1 ? ` (${status})` : ''}`,
      description: status,
      sortText: `${sortPrefix}${c.tier}${String(i).padStart(3, '0')}`,
      filterText: `${tpl.heading} ${c.kind.replace(/_/g, ' ')}`,
      range: r,
      snippet,
      note: `Section **${c.kind}** (${status}). ${source}`,
    });
  });
}

function bulletKindsFor(kind: SectionKind): SectionKind[] {
  switch (kind) {
    case 'qualifications':
      return ['qualifications', 'ksa', 'education', 'experience', 'licensure'];
    case 'preferred':
      return ['preferred', 'education', 'experience', 'ksa'];
    default:
      return [kind];
  }
}

interface PresentBullets {
  keys: Set<string>;
  words: Array<Set<string>>;
}

const presentCache = new WeakMap<Posting, PresentBullets>();

function contentWords(text: string): Set<string> {
  return new Set(bulletKey(text).split(' ').filter((w) => w.length > 2));
}

function presentBullets(posting: Posting): PresentBullets {
  let hit = presentCache.get(posting);
  if (hit) return hit;
  hit = { keys: new Set(), words: [] };
  for (const s of posting.sections) {
    for (const b of s.blocks) {
      hit.keys.add(bulletKey(b.text));
      if (b.type === 'bullet') hit.words.push(contentWords(b.text));
    }
  }
  presentCache.set(posting, hit);
  return hit;
}

function nearlyPresent(b: IndexedBullet, present: PresentBullets): boolean {
  if (present.keys.has(b.key)) return true;
  const w = b.words;
  if (w.size === 0) return false;
  for (const p of present.words) {
    let both = 0;
    for (const x of w) if (p.has(x)) both++;
    if (both / (w.size + p.size - both) >= 0.7) return true;
  }
  return false;
}

function bulletMarkerFor(posting: Posting, section: Section | null, fallback: string): string {
  if (section) {
    for (const b of section.blocks) {
      if (b.type !== 'bullet') continue;
      const m = posting.lineInfo[b.line]?.bulletMarker;
      if (m) return m;
    }
  }
  return fallback;
}

function bulletItems(
  input: CompletionInput,
  opts: Required<Pick<CompletionOptions, 'snippetSupport' | 'markdown'>>,
  section: Section,
  r: Range,
  withMarker: boolean | 'space',
  max: number,
  sortPrefix: string,
): CompletionItem[] {
  const { posting, profile } = input;
  const present = presentBullets(posting);
  const marker = bulletMarkerFor(posting, section, profileTemplates(profile).bulletMarker);
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  const kinds = bulletKindsFor(section.kind);
  for (const kind of kinds) {
    for (const b of indexedBulletSuggestions(kind, profile)) {
      if (out.length >= max) break;
      const s = b.suggestion;
      if (seen.has(b.key) || nearlyPresent(b, present)) continue;
      seen.add(b.key);
      const text = escapeSnippet(s.text);
      const snippet = withMarker === true ? `${escapeSnippet(marker)} ${text}` : withMarker === 'space' ? ` ${text}` : text;
      const n = out.length;
      out.push(
        item(opts, {
          label: s.text.length > 80 ? s.text.slice(0, 77) + '…' : s.text,
          kind: CompletionItemKind.Text,
          detail: `${kind} bullet · in ${s.count} posting${s.count === 1 ? '' : 's'}`,
          description: s.count > 1 ? `×${s.count}` : kind,
          sortText: `${sortPrefix}${String(n).padStart(4, '0')}`,
          filterText: s.text,
          range: r,
          snippet,
          note: `A **${kind}** bullet seen in ${s.count} posting${s.count === 1 ? '' : 's'} (${s.sources.slice(0, 3).join(', ')}${s.sources.length > 3 ? ', …' : ''}).`,
        }),
      );
    }
  }
  return out;
}

interface ValueChoice {
  label: string;
  snippet: string;
  note: string;
}

function valueChoices(key: FieldKey, posting: Posting, profile: Profile, today: string): ValueChoice[] {
  const style = postingDateStyle(posting);
  const date = (iso: string, what: string): ValueChoice => ({ label: formatDate(iso, style), snippet: escapeSnippet(formatDate(iso, style)), note: what });
  switch (key) {
    case 'overtime_status':
      return [
        { label: 'Exempt', snippet: 'Exempt', note: 'Not eligible for overtime pay (FLSA exempt).' },
        { label: 'Non-Exempt', snippet: 'Non-Exempt', note: 'Eligible for overtime pay (FLSA non-exempt).' },
      ];
    case 'employment_type':
    case 'position_type': {
      const base: ValueChoice[] = [
        { label: 'Full-time', snippet: 'Full-time', note: 'A full-time position.' },
        { label: 'Part-time', snippet: 'Part-time', note: 'A part-time position.' },
        { label: 'Temporary', snippet: 'Temporary', note: 'A temporary position.' },
      ];
      if (key === 'position_type' && profile.id === 'chicago') {
        base.push({ label: 'Non-Union Position', snippet: 'Non-Union Position', note: 'As CPS postings write it.' });
        base.push({ label: 'Union Position', snippet: 'Union Position', note: 'As CPS postings write it.' });
      }
      return base;
    }
    case 'posting_date':
    case 'start_date':
      return [date(today, "Today's date, in this posting's date style.")];
    case 'closing_date':
      return [
        date(addDays(today, 14), 'Two weeks from today.'),
        date(addDays(today, 30), 'Thirty days from today.'),
        date(today, "Today's date."),
      ];
    case 'salary_range':
    case 'salary':
      return [
        { label: '$minimum - $maximum', snippet: '\\$${1:minimum} - \\$${2:maximum}', note: 'An annual salary range: pay-transparency laws expect a minimum and a maximum.' },
        { label: '$minimum - $maximum per hour', snippet: '\\$${1:minimum} - \\$${2:maximum} per hour', note: 'An hourly pay range.' },
      ];
    case 'organization':
      return profile.id === 'generic' ? [] : [{ label: profile.name, snippet: escapeSnippet(profile.name), note: 'The district of this profile.' }];
    default:
      return [];
  }
}

const LABEL_ORDER: FieldKey[] = [
  'job_number',
  'posting_date',
  'closing_date',
  'location',
  'salary_range',
  'job_grade',
  'position_type',
  'employment_type',
  'overtime_status',
  'reports_to',
  'department',
  'start_date',
  'schedule',
  'class_code',
  'organization',
  'job_title',
];

function labelItems(input: CompletionInput, opts: Required<Pick<CompletionOptions, 'snippetSupport' | 'markdown'>>, today: string, r: Range): CompletionItem[] {
  const { posting, profile } = input;
  const have = new Set(posting.fields.map((f) => f.key));
  const capsLabels = posting.fields.length > 0 && posting.fields.filter((f) => /^[^a-z]+$/.test(f.name)).length * 2 > posting.fields.length;
  const out: CompletionItem[] = [];
  LABEL_ORDER.forEach((key, i) => {
    if (have.has(key)) return;
    if (key === 'salary_range' && have.has('salary')) return;
    const label = capsLabels ? FIELD_LABELS[key].toUpperCase() : FIELD_LABELS[key];
    const first = valueChoices(key, posting, profile, today);
    let value: string;
    if (first.length > 1 && first.every((c) => !c.snippet.includes('$'))) value = '${1|' + first.map((c) => c.label.replace(/[,|\\]/g, (m) => '\\' + m)).join(',') + '|}';
    else if (first.length >= 1) value = first[0]!.snippet.includes('$') ? first[0]!.snippet : '${1:' + first[0]!.snippet + '}';
    else value = '$1';
    out.push(
      item(opts, {
        label,
        kind: CompletionItemKind.Property,
        detail: `Header field (${key})`,
        sortText: `0${String(i).padStart(3, '0')}`,
        filterText: label,
        range: r,
        snippet: `${escapeSnippet(label)}: ${value}`,
        note: `The **${FIELD_LABELS[key]}** line of the header block.`,
      }),
    );
  });
  return out;
}

// ---------------------------------------------------------------------------------------------

/** Completion items at a position. Pure; never throws on any posting. */
export function complete(input: CompletionInput, position: Position, options: CompletionOptions = {}): CompletionList {
  try {
    return { isIncomplete: false, items: completeItems(input, position, options) };
  } catch {
    return { isIncomplete: false, items: [] };
  }
}

/** The same without the safety net, for tests that check nothing throws in the first place. */
export function completeItems(input: CompletionInput, position: Position, options: CompletionOptions): CompletionItem[] {
  const { posting, profile } = input;
  const opts = { snippetSupport: options.snippetSupport ?? true, markdown: options.markdown ?? true };
  const today = options.today ?? localToday();
  const maxBullets = options.maxBullets ?? 30;
  const line = position.line;
  if (line < 0 || line >= posting.lines.length) return [];
  const lineText = posting.lines[line] ?? '';
  const ch = Math.max(0, Math.min(position.character, lineText.length));
  const prefix = lineText.slice(0, ch);
  const rest = lineText.slice(ch);
  const restBlank = rest.trim() === '';

  // Empty document: skeletons.
  const typed = prefix.trim();
  if (restBlank && isEmptyDocument(posting, line, typed)) return skeletonItems(input, opts, today, line, prefix, options.profiles ?? BUILTIN_PROFILES);

  // After "Label:" (or ": " under a label on an earlier line): the label's values.
  let valueKey: FieldKey | null = null;
  let valueStart = -1;
  const lv = labelValue(prefix);
  if (lv) {
    valueKey = fieldKey(lv[0]);
    valueStart = lv[1];
  } else {
    const sv = splitValue(prefix);
    if (sv >= 0) {
      const prev = prevNonBlank(posting, line);
      const label = (posting.lines[prev] ?? '').trim();
      if (prev >= 0) valueKey = fieldKey(label.endsWith(':') ? label.slice(0, -1) : label);
      valueStart = sv;
    }
  }
  if (valueKey) {
    const r = range(line, valueStart, ch);
    return valueChoices(valueKey, posting, profile, today).map((c, i) =>
      item(opts, {
        label: c.label,
        kind: CompletionItemKind.Value,
        detail: `${FIELD_LABELS[valueKey]} value`,
        sortText: String(i).padStart(4, '0'),
        range: r,
        snippet: c.snippet,
        note: c.note,
      }),
    );
  }
  if (lv) return [];

  const ctx = renderContextFor(posting, profile, today);
  const nextBlank = line + 1 >= posting.lines.length || (posting.lines[line + 1] ?? '').trim() === '';

  // A bullet: suggestions for the section's kind.
  const bm = bulletPrefix(prefix);
  if (bm) {
    const l = lineText.trim() === '' ? prevNonBlank(posting, line) : line;
    const section = sectionOfLine(posting, l >= 0 ? l : line);
    if (!section || section.kind === 'title' || section.kind === 'header') return [];
    const start = bm[2];
    // "-" just typed (no space yet): the suggestion brings its own space.
    return bulletItems(input, opts, section, range(line, start, ch), bm[2] === bm[1] ? 'space' : false, maxBullets, '1');
  }

  // Start of a line (blank, or a word being typed): headings, header labels, bullets.
  const wm = WORDS_PREFIX.exec(prefix);
  if (!wm || !restBlank) return [];
  if (posting.title && line === posting.title.line && lineText.trim() !== '') return [];
  const start = wm[1]!.length;
  const r = range(line, start, ch);
  const items: CompletionItem[] = [];
  if (inHeaderBlock(posting, line)) {
    items.push(...labelItems(input, opts, today, r));
    items.push(...headingItems(input, opts, ctx, r, !nextBlank, '5'));
    return items;
  }
  items.push(...headingItems(input, opts, ctx, r, !nextBlank, '0'));
  const above = lineText.trim() === '' ? prevNonBlank(posting, line) : line;
  const section = above >= 0 ? sectionOfLine(posting, above) : null;
  if (section && section.kind !== 'title' && section.kind !== 'header' && section.kind !== 'other') {
    items.push(...bulletItems(input, opts, section, r, true, maxBullets, '5'));
  }
  return items;
}
