// Findings name a message template (meta.messages[messageId]) and its values; the text a writer
// reads is rendered here, once, so every message of every rule is visible as data in its meta.
import type { MessageData, Rule, RuleFinding } from './types.ts';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` placeholders from `data`; a placeholder without a value is left as written. */
export function renderMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** The placeholders a template uses, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * A template cut at its placeholders: [text, placeholder as written, its name, text, …]. Kept per
 * rule's messages: a large posting's analysis renders hundreds of messages at every keystroke, and a
 * replace with a callback allocated its match arrays for each (the largest allocation of a
 * keystroke's rule runs on 200 KB, docs/performance.md "Stop 25 typing").
 */
const compiled = new WeakMap<Readonly<Record<string, string>>, Map<string, readonly string[]>>();

/** The parts of one of `messages`' templates (by the template's text: a rule's messages are constants). */
function partsOf(messages: Readonly<Record<string, string>>, template: string): readonly string[] {
  let byTemplate = compiled.get(messages);
  if (!byTemplate) compiled.set(messages, (byTemplate = new Map()));
  const parts = byTemplate.get(template);
  if (parts) return parts;
  const out: string[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out.push(template.slice(at, m.index), m[0], m[1]!);
    at = m.index + m[0].length;
  }
  out.push(template.slice(at));
  byTemplate.set(template, out);
  return out;
}

/** The message of one finding of `rule`. Throws on a messageId the rule does not declare (a bug in the rule). */
export function findingMessage(rule: Rule, finding: RuleFinding): string {
  const messages = rule.meta.messages;
  const template = messages[finding.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message '${finding.messageId}'`);
  const parts = partsOf(messages, template);
  const data = finding.data ?? {};
  // As renderMessage: a placeholder without a value is left as written.
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1]!;
    out += Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : parts[i]!;
    out += parts[i + 2]!;
  }
  return out;
}
