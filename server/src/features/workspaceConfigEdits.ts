// Text edits to .postwright.json that change one value and keep every other byte: jsonc-parser's
// `modify` (the library VS Code itself uses to edit settings.json) computes the smallest edit for a
// JSON path and formats only what it inserts, in the file's own indentation and line endings, so a
// team's ordering, spacing and `//` keys survive. Pure.
import { modify, parse, type EditResult, type FormattingOptions, type JSONPath, type ParseError } from 'jsonc-parser';
import type { TextEdit } from '../rules/types.ts';

/** The parsed file, or undefined when it is not one JSON object (then nothing is offered). */
export function parseConfigText(text: string): Record<string, unknown> | undefined {
  const errors: ParseError[] = [];
  const value: unknown = parse(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}

/** Indentation and line ending as the file already uses them (two spaces and \n for a new file). */
function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
  const indent = /^[ \t]+(?=["}\]])/m.exec(text)?.[0] ?? '  ';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 4, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

/** Line starts of a text, breaking lines as LSP does (\n, \r\n, \r). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

function applied(text: string, edits: EditResult): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}

/**
 * The formatted edits when they leave the text around the change as it was; otherwise the bare
 * ones. (jsonc-parser formats whole lines around an insertion, which would re-indent a one-line
 * object such as `"rules": { "spelling": "info" }`.)
 */
function keepingOtherBytes(text: string, formatted: EditResult, bare: EditResult): EditResult {
  if (bare.length === 0) return formatted;
  const from = Math.min(...bare.map((e) => e.offset));
  const to = Math.max(...bare.map((e) => e.offset + e.length));
  const out = applied(text, formatted);
  return out.startsWith(text.slice(0, from)) && out.endsWith(text.slice(to)) ? formatted : bare;
}

/** The edits that set one JSON path, as LSP text edits on `text` (a byte-order mark is kept where it is). */
function setPath(text: string, path: JSONPath, value: unknown, isArrayInsertion = false): TextEdit[] {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = text.slice(bom);
  const edits = keepingOtherBytes(body, modify(body, path, value, { formattingOptions: formattingOf(body), isArrayInsertion }), modify(body, path, value, { isArrayInsertion }));
  const starts = lineStarts(text);
  return edits.map((e) => ({
    range: { start: positionAt(starts, e.offset + bom), end: positionAt(starts, e.offset + bom + e.length) },
    newText: e.content,
  }));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The text of a new .postwright.json holding one value. */
export function newConfigText(path: JSONPath, value: unknown): string {
  return applied('{}', modify('{}', path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } })) + '\n';
}

/** A change to .postwright.json: its path and value, or null when the file already says it. */
export interface ConfigChange {
  path: JSONPath;
  value: unknown;
  isArrayInsertion?: boolean;
}

/** Turns a rule off: `rules.<id>` becomes "off", or its `severity` does when it holds options. */
export function disableRuleChange(config: Record<string, unknown>, rule: string): ConfigChange | null {
  const rules = config.rules;
  const current = isObject(rules) ? rules[rule] : undefined;
  if (current === 'off' || (isObject(current) && current.severity === 'off')) return null;
  if (isObject(current)) return { path: ['rules', rule, 'severity'], value: 'off' };
  return { path: ['rules', rule], value: 'off' };
}

/** Adds a phrase to the `allow` list. */
export function allowPhraseChange(config: Record<string, unknown>, phrase: string): ConfigChange | null {
  const allow = config.allow;
  if (!Array.isArray(allow)) return { path: ['allow'], value: [phrase] };
  if (allow.some((p) => typeof p === 'string' && p.toLowerCase() === phrase.toLowerCase())) return null;
  return { path: ['allow', allow.length], value: phrase, isArrayInsertion: true };
}

/** Adds a word to `rules.spelling.words`, turning a severity string into {"severity", "words"}. */
export function addWordChange(config: Record<string, unknown>, word: string): ConfigChange | null {
  const rules = config.rules;
  const spelling = isObject(rules) ? rules.spelling : undefined;
  if (typeof spelling === 'string') return { path: ['rules', 'spelling'], value: { severity: spelling, words: [word] } };
  if (typeof spelling === 'boolean') return { path: ['rules', 'spelling'], value: spelling ? { words: [word] } : { severity: 'off', words: [word] } };
  if (!isObject(spelling)) return { path: ['rules', 'spelling'], value: { words: [word] } };
  const words = spelling.words;
  if (!Array.isArray(words)) return { path: ['rules', 'spelling', 'words'], value: [word] };
  if (words.includes(word)) return null;
  return { path: ['rules', 'spelling', 'words', words.length], value: word, isArrayInsertion: true };
}

/** The text edits that make a change to an existing file's text. */
export function configEdits(text: string, change: ConfigChange): TextEdit[] {
  return setPath(text, change.path, change.value, change.isArrayInsertion === true);
}
