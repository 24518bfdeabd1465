// A header field filled with another field's value where the two cannot be the same: a SUPERVISES or
// LIMITS OF AUTHORITY field holding the REPORTS TO title (the template's slots were filled from one
// line), or a position that reports to its own title.
import type { Range } from '../model/posting.ts';
import { normalizeLabel } from '../model/text.ts';
import type { Rule, RuleFinding } from './types.ts';

interface LabelledValue {
  label: string;
  value: string;
  range: Range;
}

// Labels of what the position oversees: whoever fills them cannot be the position's own supervisor.
const DOWNWARD =
  /^(?:directly |positions? )?supervis(?:es|ion|ion exercised|ory responsibilit(?:y|ies)|es positions)$|^limits? of authority$|^positions? supervised$|^(?:manages|evaluates|supervisor of)$/;
const UPWARD = /(?:^|\s)reports to$|^(?:immediate |direct )?supervisor$/;
const TITLE = /^(?:job |position |working |class )?title$|^position$/;
// Values that legitimately repeat ("None", "N/A", "As assigned").
const NEUTRAL = /^(?:none|n ?a|not applicable|as assigned|varies|tbd)$/;

function valueKey(value: string): string {
  return normalizeLabel(value);
}

/** Every "Label: value" pair of the posting: parsed fields and headings with inline content. */
function labelledValues(posting: Parameters<Rule['check']>[0]): LabelledValue[] {
  const out: LabelledValue[] = posting.fields.map((f) => ({ label: normalizeLabel(f.name), value: f.value, range: f.valueRange }));
  for (const s of posting.sections) {
    const inline = s.heading?.inlineContent;
    if (inline) out.push({ label: normalizeLabel(s.heading!.label), value: inline.text, range: inline.range });
  }
  return out;
}

export const fieldRepeatsField: Rule = {
  meta: {
    id: 'field-repeats-field',
    description: "A header field filled with another field's value (SUPERVISES or LIMITS OF AUTHORITY holding the REPORTS TO title).",
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      oversees:
        "'{{value}}' under '{{label}}' repeats the reports-to value: the position cannot oversee its own supervisor. Fill in what this field should say.",
      reportsToSelf: "The position reports to its own title ('{{value}}'); the reports-to field was likely filled from the wrong line.",
    },
    docs: 'docs/rules/field-repeats-field.md',
    fixable: false,
  },
  check(posting) {
    const pairs = labelledValues(posting);
    const up = pairs.filter((p) => UPWARD.test(p.label));
    if (!up.length) return [];
    const out: RuleFinding[] = [];
    for (const p of pairs) {
      const down = DOWNWARD.test(p.label);
      if (!down && !TITLE.test(p.label)) continue;
      const key = valueKey(p.value);
      if (key.length < 3 || NEUTRAL.test(key)) continue;
      const boss = up.find((u) => u !== p && valueKey(u.value) === key);
      if (!boss) continue;
      out.push({
        messageId: down ? 'oversees' : 'reportsToSelf',
        data: { value: p.value, label: p.label.toUpperCase() },
        range: down ? p.range : boss.range,
      });
    }
    return out;
  },
};
