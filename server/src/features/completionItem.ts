// One completion item: its Markdown preview (the expanded snippet) and a text edit that replaces
// only the typed prefix. Shared by every kind of completion (completion.ts and its parts).
import { BoundedMap, flatCopy } from '../model/boundedMap.ts';
import { InsertTextFormat, MarkupKind, type CompletionItem, type CompletionItemKind, type Range } from 'vscode-languageserver-types';
import { expandSnippet } from '../facts/snippet.ts';

/** What the client renders: snippet syntax, Markdown documentation. */
export interface ItemOptions {
  snippetSupport: boolean;
  markdown: boolean;
  /** The client shows labelDetails (LSP 3.17); else the description is put after the detail. */
  labelDetails?: boolean;
}

export function range(line: number, start: number, end: number): Range {
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

export function item(
  opts: ItemOptions,
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
  if (fields.description) {
    if (opts.labelDetails !== false) it.labelDetails = { description: fields.description };
    else if (!fields.detail.includes(fields.description)) it.detail = `${fields.detail} (${fields.description})`;
  }
  return it;
}

// Snippets carry text cut from the document (its title): keys and values are kept as flat copies.
const expandMemo = new BoundedMap<string>(2000, 1_000_000);
function expandCached(snippet: string): string {
  return expandMemo.get(snippet) ?? expandMemo.set(snippet, flatCopy(expandSnippet(snippet)));
}
