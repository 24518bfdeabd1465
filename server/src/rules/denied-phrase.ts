// Phrases a workspace does not want in its postings (`deny` in .postwright.json: [{phrase,
// message?}]), found as whole words in any case on each line outside the front matter. The list
// comes from the workspace file (analysis.ts hands it over as the `deny` option); `phrases` in the
// rule's settings adds plain phrases with the default message.
import type { Rule, RuleFinding } from './types.ts';

export const DENIED_PHRASE = 'denied-phrase';

interface Denied {
  phrase: string;
  message?: string;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

function deniedList(options: Record<string, unknown>): Denied[] {
  const out: Denied[] = [];
  for (const p of Array.isArray(options.phrases) ? options.phrases : []) if (typeof p === 'string' && p.trim()) out.push({ phrase: p.trim() });
  for (const d of Array.isArray(options.deny) ? options.deny : []) {
    if (d && typeof d === 'object' && typeof (d as Denied).phrase === 'string' && (d as Denied).phrase.trim()) out.push({ ...(d as Denied), phrase: (d as Denied).phrase.trim() });
  }
  return out;
}

export const deniedPhrase: Rule = {
  meta: {
    id: DENIED_PHRASE,
    description: "Phrases on the workspace's deny list (.postwright.json `deny`).",
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        phrases: { type: 'array', items: { type: 'string' }, default: [], description: 'More phrases to flag, with the default message.' },
      },
      additionalProperties: false,
    },
    messages: {
      denied: "'{{phrase}}' is on this workspace's deny list (.postwright.json).",
      deniedWithMessage: '{{message}}',
    },
    docs: 'docs/rules/denied-phrase.md',
    fixable: false,
    scope: 'line',
    joinedOptions: ['phrases'],
  },
  check(posting, ctx) {
    const denied = deniedList(ctx.options);
    if (denied.length === 0) return [];
    const out: RuleFinding[] = [];
    const from = posting.frontMatter ? posting.frontMatter.endLine + 1 : 0;
    const lowered = denied.map((d) => ({ ...d, lower: d.phrase.toLowerCase() }));
    for (let line = from; line < posting.lines.length; line++) {
      const text = posting.lines[line]!;
      const lower = text.toLowerCase();
      if (lower.length !== text.length) continue; // a case mapping that changes lengths would shift columns
      for (const d of lowered) {
        for (let at = lower.indexOf(d.lower); at >= 0; at = lower.indexOf(d.lower, at + 1)) {
          const end = at + d.lower.length;
          if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
          const range = { start: { line, character: at }, end: { line, character: end } };
          out.push(d.message ? { messageId: 'deniedWithMessage', data: { message: d.message }, range } : { messageId: 'denied', data: { phrase: text.slice(at, end) }, range });
        }
      }
    }
    return out;
  },
};
