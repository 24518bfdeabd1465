// Completion: a pure function of the cached analysis and a position. No parse here: it reads the
// Posting, the profile and the template library.
//   - empty document → whole-posting skeletons, one per profile;
//   - header block → field labels, and after "Label:" the label's values;
//   - start of a line → headings for the kinds the posting lacks (required first, then
//     recommended, in the profile's order), each inserting heading + template;
//   - a bullet, or a blank line in a section → bullet suggestions for the section's kind, ranked,
//     minus the bullets already there.
// Every item carries a Markdown preview of what it inserts; its textEdit replaces only the typed prefix.
import { CompletionItemKind, type CompletionItem, type CompletionList, type Range } from 'vscode-languageserver-types';
import type { FieldKey, Position, Posting, Section, SectionKind } from '../model/posting.ts';
import { SECTION_KINDS } from '../model/posting.ts';
import { FIELD_LABELS, fieldKey } from '../model/fields.ts';
import type { Profile } from '../profiles/types.ts';
import { BUILTIN_PROFILES } from '../profiles/index.ts';
import { escapeSnippet } from '../facts/snippet.ts';
import { headingStyleOf, styleHeading } from '../facts/headingStyle.ts';
import { KIND_NAMES } from '../rules/missing-section.ts';
import { renderContextFor, type RenderContext, type Templates } from '../templates/index.ts';
import { localToday } from '../templates/render.ts';
import { item, range, type ItemOptions } from './completionItem.ts';
import { bulletPrefix, isBlankChar, labelValue, splitValue, WORDS_PREFIX } from './completionPrefix.ts';
import { labelItems, valueChoices } from './completionFields.ts';
import { bulletItems } from './completionBullets.ts';

/** The parts of an Analysis completion reads. */
export interface CompletionInput {
  posting: Posting;
  profile: Profile;
  /** The template library in use (the one the analysis used). */
  templates: Templates;
  missing?: readonly SectionKind[];
  present?: readonly SectionKind[];
}

export interface CompletionOptions {
  /** The client accepts snippet syntax in completion items (textDocument.completion.completionItem.snippetSupport). */
  snippetSupport?: boolean;
  /** The client renders Markdown documentation (default true). */
  markdown?: boolean;
  /** The client shows completionItem.labelDetails (default true). */
  labelDetails?: boolean;
  /** Today, yyyy-mm-dd (injected for tests). */
  today?: string;
  /** Profiles offered as skeletons in an empty document (default: the built-in ones). */
  profiles?: readonly Profile[];
  /** At most this many bullet suggestions (default 30). */
  maxBullets?: number;
}

/** Characters that should trigger completion: after a label's colon, and a bullet marker. */
export const COMPLETION_TRIGGER_CHARACTERS = [':', '-', '•'];


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
  const templates = input.templates.profileTemplates(profile);
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

function skeletonItems(input: CompletionInput, opts: ItemOptions, today: string, line: number, prefix: string, profiles: readonly Profile[]): CompletionItem[] {
  const list = [input.profile, ...profiles.filter((p) => p.id !== input.profile.id)];
  const eol = input.posting.eol;
  return list.map((profile, i) => {
    const snippet = input.templates.skeletonFor(profile, null, { today, eol, dateStyle: 'month-long' });
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
  opts: ItemOptions,
  ctx: RenderContext,
  r: Range,
  trailingEol: boolean,
  sortPrefix: string,
): CompletionItem[] {
  const { profile } = input;
  const templates = input.templates.profileTemplates(profile);
  const eol = ctx.eol ?? '\n';
  // The heading is written the way the posting writes its own (as quick fixes and Insert Section do).
  const style = headingStyleOf(input.posting);
  return headingCandidates(input).map((c, i) => {
    const tpl = templates.sections[c.kind]!;
    const snippet = input.templates.sectionTemplateSnippet(c.kind, profile, ctx, style) + (trailingEol ? escapeSnippet(eol) : '');
    const status = c.tier === 0 ? 'required · missing' : c.tier === 1 ? 'recommended · missing' : c.tier === 2 ? 'missing' : 'add heading';
    const source =
      tpl.bodySource === 'generic'
        ? 'Generic template written for Postwright.'
        : tpl.bodySource === 'profile'
          ? `Wording required by the ${profile.name} profile.`
          : `Learned from ${tpl.sources.length || 'the'} ${profile.id === 'generic' ? '' : profile.name + ' '}posting${tpl.sources.length === 1 ? '' : 's'}.`;
    return item(opts, {
      label: styleHeading(tpl.heading, style),
      kind: CompletionItemKind.Module,
      detail: `Insert section: ${KIND_NAMES[c.kind]}${c.tier <= 1 ? ` (${status})` : ''}`,
      description: status,
      sortText: `${sortPrefix}${c.tier}${String(i).padStart(3, '0')}`,
      filterText: `${tpl.heading} ${c.kind.replace(/_/g, ' ')}`,
      range: r,
      snippet,
      note: `Section **${KIND_NAMES[c.kind]}** (${status}). ${source}`,
    });
  });
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
  const opts = { snippetSupport: options.snippetSupport ?? true, markdown: options.markdown ?? true, labelDetails: options.labelDetails ?? true };
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
