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

/** The message of one finding of `rule`. Throws on a messageId the rule does not declare (a bug in the rule). */
export function findingMessage(rule: Rule, finding: RuleFinding): string {
  const template = rule.meta.messages[finding.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message '${finding.messageId}'`);
  return renderMessage(template, finding.data);
}
