// Semantic tokens from the parser: the headings the outline lists and the header-field labels, so
// what the editor shows as a heading is exactly what the parser read as one (a heading the
// TextMate grammar cannot know, such as "Equal Employment Opportunity", included). Pure.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Posting, Range } from '../model/posting.ts';

/** Token types; package.json `semanticTokenTypes` declares them and `semanticTokenScopes` maps them to theme scopes. */
export const SEMANTIC_TOKEN_TYPES = ['heading', 'fieldLabel'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [] };

interface Token {
  line: number;
  start: number;
  length: number;
  type: number;
}

/** The part of `range` on its first line (a token never spans lines), trimmed of surrounding blanks. */
function tokenOf(posting: Posting, range: Range, type: SemanticTokenType): Token | null {
  const text = posting.lines[range.start.line] ?? '';
  const end = range.end.line === range.start.line ? Math.min(range.end.character, text.length) : text.length;
  let start = range.start.character;
  let stop = end;
  while (start < stop && /\s/.test(text[start]!)) start++;
  while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
  return stop > start ? { line: range.start.line, start, length: stop - start, type: SEMANTIC_TOKEN_TYPES.indexOf(type) } : null;
}

/** The tokens of a posting: every section heading (and the title) and every field label, in document order. */
export function semanticTokens(posting: Posting): SemanticTokens {
  const tokens: Token[] = [];
  const add = (t: Token | null): void => {
    if (t) tokens.push(t);
  };
  if (posting.title) add(tokenOf(posting, posting.title.range, 'heading'));
  const fields = new Map<string, Range>();
  for (const f of posting.fields) fields.set(`${f.nameRange.start.line}:${f.nameRange.start.character}`, f.nameRange);
  for (const section of posting.sections) {
    if (section.heading && !(posting.title && section.heading.range.start.line === posting.title.range.start.line)) add(tokenOf(posting, section.heading.range, 'heading'));
    for (const f of section.fields) fields.set(`${f.nameRange.start.line}:${f.nameRange.start.character}`, f.nameRange);
  }
  for (const r of fields.values()) add(tokenOf(posting, r, 'fieldLabel'));
  tokens.sort((a, b) => a.line - b.line || a.start - b.start);
  // LSP's relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token; overlaps dropped.
  const data: number[] = [];
  let line = 0;
  let char = 0;
  let lastEnd = -1;
  let lastLine = -1;
  for (const t of tokens) {
    if (t.line === lastLine && t.start < lastEnd) continue;
    data.push(t.line - line, t.line === line ? t.start - char : t.start, t.length, t.type, 0);
    line = t.line;
    char = t.start;
    lastLine = t.line;
    lastEnd = t.start + t.length;
  }
  return { data };
}
