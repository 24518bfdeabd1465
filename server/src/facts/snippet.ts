// LSP/TextMate snippet helpers: escape text for a snippet, parse one, expand it to the plain text
// it would insert (for clients without snippet support), renumber its tab stops so templates can be
// joined. The parser never throws: anything that is not valid snippet syntax reads as text.
// Grammar (LSP 3.17 "Snippet syntax"): $1, ${1}, ${1:default}, ${1|a,b|}, $VAR, ${VAR:default};
// '\' escapes '$', '}' and '\' in text, and ',' and '|' inside a choice.

export type SnippetNode =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number; placeholder: SnippetNode[] | null }
  | { type: 'choice'; index: number; options: string[] }
  | { type: 'variable'; name: string; fallback: SnippetNode[] | null };

/** Escapes plain text so a snippet inserts it literally. */
export function escapeSnippet(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += ch === '$' || ch === '}' || ch === '\\' ? '\\' + ch : ch;
  }
  return out;
}

/** Escapes one option of a choice (`${1|a,b|}`). */
export function escapeChoiceOption(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += ch === ',' || ch === '|' || ch === '\\' || ch === '$' || ch === '}' ? '\\' + ch : ch;
  }
  return out;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isVarStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
}

function isVarChar(c: string | undefined): boolean {
  return isVarStart(c) || isDigit(c);
}

/** Deeper nesting than this reads as text: recursion stays bounded on hostile input. */
const MAX_DEPTH = 50;

class Parser {
  pos = 0;
  private depth = 0;
  /**
   * Set once a placeholder or choice ran to the end of the text unclosed. Every later one would
   * too (nothing closes them), so they read as text at once: parsing stays linear.
   */
  private unclosed = false;
  constructor(private readonly src: string) {}

  /** Parses until the end, or (nested) until an unescaped '}' which it does not consume. */
  parseAny(nested: boolean): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) out.push({ type: 'text', value: text });
      text = '';
    };
    const src = this.src;
    while (this.pos < src.length) {
      const ch = src[this.pos]!;
      if (ch === '\\') {
        const next = src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += ch;
          this.pos++;
        }
        continue;
      }
      if (ch === '}' && nested) break;
      if (ch === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          if (Array.isArray(node)) {
            // An unclosed placeholder: its opening is text; merge it with the text before.
            for (const n of node) {
              if (n.type === 'text') text += n.value;
              else {
                flush();
                out.push(n);
              }
            }
          } else out.push(node);
          continue;
        }
        text += ch;
        this.pos++;
        continue;
      }
      text += ch;
      this.pos++;
    }
    flush();
    return out;
  }

  /** At a '$': returns the node and advances, or null (position unchanged) when it is literal text. */
  /**
   * After "${1:" or "${name:" (the colon at `colon`): the nested nodes up to the closing brace, or,
   * unclosed to the end of the text, "${1:" as text followed by what came after in its own reading
   * (no second pass over it, so parsing stays linear).
   */
  private nestedUntilBrace(start: number, colon: number): { inner: SnippetNode[] } | { asText: SnippetNode[] } {
    this.pos = colon + 1;
    this.depth++;
    const inner = this.parseAny(true);
    this.depth--;
    if (this.src[this.pos] === '}') {
      this.pos++;
      return { inner };
    }
    return { asText: [{ type: 'text', value: this.src.slice(start, colon + 1) }, ...inner] };
  }

  private parseDollar(): SnippetNode | SnippetNode[] | null {
    const src = this.src;
    const start = this.pos;
    let p = start + 1;
    if (isDigit(src[p])) {
      while (isDigit(src[p])) p++;
      this.pos = p;
      return { type: 'tabstop', index: Number(src.slice(start + 1, p)), placeholder: null };
    }
    if (isVarStart(src[p])) {
      while (isVarChar(src[p])) p++;
      this.pos = p;
      return { type: 'variable', name: src.slice(start + 1, p), fallback: null };
    }
    if (src[p] !== '{') return null;
    if (this.depth >= MAX_DEPTH || this.unclosed) return null;
    p++;
    if (isDigit(src[p])) {
      const numStart = p;
      while (isDigit(src[p])) p++;
      const index = Number(src.slice(numStart, p));
      if (src[p] === '}') {
        this.pos = p + 1;
        return { type: 'tabstop', index, placeholder: null };
      }
      if (src[p] === ':') {
        const nested = this.nestedUntilBrace(start, p);
        return 'inner' in nested ? { type: 'tabstop', index, placeholder: nested.inner } : nested.asText;
      }
      if (src[p] === '|') {
        const options: string[] = [];
        let cur = '';
        p++;
        while (p < src.length) {
          const c = src[p]!;
          if (c === '\\' && p + 1 < src.length && ',|\\$}'.includes(src[p + 1]!)) {
            cur += src[p + 1];
            p += 2;
            continue;
          }
          if (c === ',') {
            options.push(cur);
            cur = '';
            p++;
            continue;
          }
          if (c === '|' && src[p + 1] === '}') {
            options.push(cur);
            this.pos = p + 2;
            return { type: 'choice', index, options };
          }
          cur += c;
          p++;
        }
        this.unclosed = true;
        return null;
      }
      return null;
    }
    if (isVarStart(src[p])) {
      const nameStart = p;
      while (isVarChar(src[p])) p++;
      const name = src.slice(nameStart, p);
      if (src[p] === '}') {
        this.pos = p + 1;
        return { type: 'variable', name, fallback: null };
      }
      if (src[p] === ':') {
        const nested = this.nestedUntilBrace(start, p);
        return 'inner' in nested ? { type: 'variable', name, fallback: nested.inner } : nested.asText;
      }
      return null;
    }
    return null;
  }
}

/** Parses a snippet. Never throws; invalid syntax reads as text. */
export function parseSnippet(src: string): SnippetNode[] {
  const parser = new Parser(src);
  const nodes: SnippetNode[] = [];
  // A stray top-level '}' (unescaped) is text.
  for (;;) {
    nodes.push(...parser.parseAny(false));
    if (parser.pos >= src.length) break;
  }
  return nodes;
}

/** Resolves a snippet variable when expanding; return undefined to use its fallback (or nothing). */
export type VariableResolver = (name: string) => string | undefined;

function expandNodes(nodes: readonly SnippetNode[], resolve: VariableResolver | undefined): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += n.value;
        break;
      case 'tabstop':
        if (n.placeholder) out += expandNodes(n.placeholder, resolve);
        break;
      case 'choice':
        out += n.options[0] ?? '';
        break;
      case 'variable': {
        const v = resolve?.(n.name);
        if (v !== undefined) out += v;
        else if (n.fallback) out += expandNodes(n.fallback, resolve);
        break;
      }
    }
  }
  return out;
}

/** The plain text a snippet inserts when every placeholder keeps its default (first choice). */
export function expandSnippet(src: string, resolve?: VariableResolver): string {
  return expandNodes(parseSnippet(src), resolve);
}

function serialize(nodes: readonly SnippetNode[], map: (index: number) => number | null): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += escapeSnippet(n.value);
        break;
      case 'tabstop': {
        const idx = map(n.index);
        if (idx === null) {
          // Dropped tab stop: keep its default text.
          if (n.placeholder) out += serialize(n.placeholder, map);
        } else if (n.placeholder) out += '${' + idx + ':' + serialize(n.placeholder, map) + '}';
        else out += '${' + idx + '}';
        break;
      }
      case 'choice': {
        const idx = map(n.index);
        if (idx === null) out += escapeSnippet(n.options[0] ?? '');
        else out += '${' + idx + '|' + n.options.map(escapeChoiceOption).join(',') + '|}';
        break;
      }
      case 'variable':
        out += n.fallback ? '${' + n.name + ':' + serialize(n.fallback, map) + '}' : '${' + n.name + '}';
        break;
    }
  }
  return out;
}

function visitIndexes(nodes: readonly SnippetNode[], f: (index: number) => void): void {
  for (const n of nodes) {
    if (n.type === 'tabstop') {
      f(n.index);
      if (n.placeholder) visitIndexes(n.placeholder, f);
    } else if (n.type === 'choice') f(n.index);
    else if (n.type === 'variable' && n.fallback) visitIndexes(n.fallback, f);
  }
}

/** The highest tab stop number in a snippet (0 when it has none). */
export function maxTabstop(src: string): number {
  let max = 0;
  visitIndexes(parseSnippet(src), (i) => {
    if (i > max) max = i;
  });
  return max;
}

/**
 * Renumbers tab stops: every $n with n > 0 becomes $(n + offset); $0 is dropped (its default kept)
 * unless keepFinal. Used to join templates into one snippet.
 */
export function shiftTabstops(src: string, offset: number, keepFinal = false): string {
  return serialize(parseSnippet(src), (i) => (i === 0 ? (keepFinal ? 0 : null) : i + offset));
}

/** Joins snippets with a separator (plain text), renumbering tab stops so they stay distinct. */
export function joinSnippets(parts: readonly string[], separator: string): string {
  let offset = 0;
  const out: string[] = [];
  for (const part of parts) {
    out.push(shiftTabstops(part, offset));
    offset += maxTabstop(part);
  }
  return out.join(escapeSnippet(separator));
}

/** True when the text contains snippet syntax (a tab stop, choice or variable). */
export function hasSnippetSyntax(src: string): boolean {
  return parseSnippet(src).some((n) => n.type !== 'text');
}

/**
 * Where an editor puts the cursor when it inserts a snippet: the span, in expandSnippet()'s text, of
 * the first occurrence of the lowest tab stop above 0 (its default selected), else of $0. Null when
 * the snippet has no tab stop (the cursor then ends up after it).
 */
export function firstPlaceholder(src: string): { start: number; end: number } | null {
  let best: { index: number; start: number; end: number } | null = null;
  const rank = (index: number): number => (index === 0 ? Number.MAX_SAFE_INTEGER : index);
  const walk = (nodes: readonly SnippetNode[], at: number): number => {
    for (const n of nodes) {
      switch (n.type) {
        case 'text':
          at += n.value.length;
          break;
        case 'tabstop': {
          const end = n.placeholder ? walk(n.placeholder, at) : at;
          if (!best || rank(n.index) < rank(best.index)) best = { index: n.index, start: at, end };
          at = end;
          break;
        }
        case 'choice': {
          const end = at + (n.options[0] ?? '').length;
          if (!best || rank(n.index) < rank(best.index)) best = { index: n.index, start: at, end };
          at = end;
          break;
        }
        case 'variable':
          if (n.fallback) at = walk(n.fallback, at);
          break;
      }
    }
    return at;
  };
  walk(parseSnippet(src), 0);
  const found = best as { index: number; start: number; end: number } | null;
  return found ? { start: found.start, end: found.end } : null;
}
