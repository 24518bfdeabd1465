// Document symbols (the outline) from a parsed Posting: one symbol per section, named by its heading
// as written or, for a section with no heading, by a label for its kind ("Summary (no heading)").
// Header fields are children of the section that holds them, sub-headings (level 2) children of
// their section. Pure: no connection, no I/O.
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { Posting, Range, Section, SectionKind } from '../model/posting.ts';
import { KIND_DOCS } from './kindDocs.ts';

/** The outline icon for each kind; chosen so neighbouring kinds look different in the Outline view. */
export const SYMBOL_KIND: Record<SectionKind, SymbolKind> = {
  title: SymbolKind.File,
  header: SymbolKind.Struct,
  about_district: SymbolKind.Namespace,
  department: SymbolKind.Module,
  summary: SymbolKind.Class,
  responsibilities: SymbolKind.Function,
  qualifications: SymbolKind.Package,
  education: SymbolKind.Interface,
  licensure: SymbolKind.Key,
  experience: SymbolKind.Event,
  ksa: SymbolKind.Method,
  preferred: SymbolKind.Constant,
  conditions: SymbolKind.Enum,
  residency: SymbolKind.Object,
  salary: SymbolKind.Number,
  benefits: SymbolKind.Array,
  eeo: SymbolKind.Boolean,
  how_to_apply: SymbolKind.Event,
  other: SymbolKind.String,
};

const MAX_NAME = 120;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_NAME ? `${oneLine.slice(0, MAX_NAME - 1)}…` : oneLine;
}

/** The name a section shows in the outline: its heading as written, else a label for its kind. */
export function sectionName(posting: Posting, section: Section): string {
  if (section.kind === 'title') {
    const text = posting.title?.text ?? section.heading?.text ?? posting.lines[section.line] ?? '';
    const name = shorten(text);
    if (name) return name;
  }
  if (section.heading) {
    const name = shorten(section.heading.text);
    if (name) return name;
  }
  const label = KIND_DOCS[section.kind]?.label ?? section.kind;
  // Header blocks rarely have a heading; "Header" says it all.
  return section.kind === 'header' ? label : `${label} (no heading)`;
}

function comparePos(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

/** Makes `inner` lie inside `outer` (LSP requires selectionRange ⊆ range, children ⊆ parent). */
function clampInto(inner: Range, outer: Range): Range {
  const start = comparePos(inner.start, outer.start) < 0 ? outer.start : comparePos(inner.start, outer.end) > 0 ? outer.end : inner.start;
  let end = comparePos(inner.end, outer.end) > 0 ? outer.end : comparePos(inner.end, start) < 0 ? start : inner.end;
  if (comparePos(end, start) < 0) end = start;
  return { start: { ...start }, end: { ...end } };
}

function union(a: Range, b: Range): Range {
  return {
    start: comparePos(a.start, b.start) <= 0 ? a.start : b.start,
    end: comparePos(a.end, b.end) >= 0 ? a.end : b.end,
  };
}

export function documentSymbols(posting: Posting): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  // Symbols by section index, so that a sub-heading (level 2) nests under its parent's symbol.
  const bySection: DocumentSymbol[] = [];
  posting.sections.forEach((section, index) => {
    const range = section.range;
    const selection = clampInto(section.heading?.range ?? { start: range.start, end: range.start }, range);
    const children: DocumentSymbol[] = [];
    let outer = range;
    for (const field of section.fields) {
      outer = union(outer, field.range);
      const name = shorten(field.name) || (field.key ?? 'field');
      children.push({
        name,
        detail: shorten(field.value),
        kind: SymbolKind.Property,
        range: field.range,
        selectionRange: clampInto(field.nameRange, field.range),
      });
    }
    const symbol: DocumentSymbol = {
      name: sectionName(posting, section),
      detail: section.kind,
      kind: SYMBOL_KIND[section.kind] ?? SymbolKind.String,
      range: outer,
      selectionRange: selection,
      ...(children.length ? { children } : {}),
    };
    bySection[index] = symbol;
    const parent = section.level === 2 && section.parent !== undefined ? bySection[section.parent] : undefined;
    if (parent) {
      // The parent's range grows to hold its sub-headings (LSP: children lie inside their parent).
      parent.range = union(parent.range, symbol.range);
      (parent.children ??= []).push(symbol);
    } else out.push(symbol);
  });
  return out;
}

/** Flat SymbolInformation[] for clients without hierarchical document symbol support. */
export function flatSymbols(symbols: DocumentSymbol[], uri: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const walk = (list: DocumentSymbol[], container: string | undefined): void => {
    for (const s of list) {
      out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) });
      if (s.children) walk(s.children, s.name);
    }
  };
  walk(symbols, undefined);
  return out;
}
