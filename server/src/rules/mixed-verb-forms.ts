// A duty whose two joined verbs disagree in form: 'Plans and present in-service programs', 'Repairs or
// assemble furniture'. Duty lists are written in one form (third person, 'Plans and presents'); a bare
// verb joined to a third-person one is a slip a reviewer marks. Read only in duty sections, at the
// start of an item or sentence, where the first word is a verb: elsewhere 'Benefits and leave' is a
// pair of nouns. The second word must have an -s form the dictionary knows ('present' → 'presents'),
// so a noun such as 'data' or a word the dictionary does not know is left alone.
import type { Rule, RuleFinding } from './types.ts';
import { englishDictionary, type SpellChecker } from './dictionary.ts';
import { junkLines } from '../facts/junk.ts';
import { range } from '../facts/util.ts';

// An item's or a sentence's start (after a bullet or number, or '. ' / '; '), a capitalised word
// ending in a single 's', 'and' / 'or' / 'and/or', then a lower-case word.
const PAIR = /(?:^\s*(?:[-•*·o▪]\s+|\d{1,2}[.)]\s+)?|[.;]\s+)([A-Z][a-z]+[^s]s),? (and|or|and\/or) ([a-z]{3,})\b/g;

/** The third-person form of a bare verb the dictionary knows ('present' → 'presents', 'carry' → 'carries'), else null. */
function thirdPerson(checker: SpellChecker, bare: string): string | null {
  const forms = [`${bare}s`, `${bare}es`];
  if (bare.endsWith('y')) forms.unshift(`${bare.slice(0, -1)}ies`);
  return forms.find((f) => checker.correct(f)) ?? null;
}

export const mixedVerbForms: Rule = {
  meta: {
    id: 'mixed-verb-forms',
    description: "Two joined duty verbs in different forms ('Plans and present'): write both in the same form.",
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      mixed: "Mixed verb forms: '{{first}} {{joiner}} {{second}}'; write '{{first}} {{joiner}} {{fixed}}'.",
    },
    docs: 'docs/rules/mixed-verb-forms.md',
    fixable: 'suggestion',
    scope: 'section',
  },
  check(posting) {
    const duties = posting.sections.filter((s) => s.kind === 'responsibilities');
    if (!duties.length) return [];
    // The dictionary tells verbs with an -s form from other words; until it is loaded (the language
    // server loads it in the background) the rule reports nothing.
    const checker = englishDictionary();
    if (!checker) return [];
    const junk = junkLines(posting);
    const out: RuleFinding[] = [];
    for (const s of duties) {
      const from = s.heading ? s.heading.range.end.line + 1 : s.line;
      for (let i = from; i <= s.endLine && i < posting.lines.length; i++) {
        const text = posting.lines[i]!;
        if (junk[i] || text.length > 20000) continue;
        for (const m of text.matchAll(PAIR)) {
          const [whole, first, joiner, second] = m as unknown as [string, string, string, string];
          // The first word is a verb's -s form: its stem is a word ('Plans' → 'plan').
          if (second.endsWith('s') || !checker.correct(first.slice(0, -1).toLowerCase())) continue;
          const fixed = thirdPerson(checker, second);
          if (!fixed) continue;
          const end = m.index + whole.length;
          const start = end - second.length;
          out.push({
            messageId: 'mixed',
            data: { first, joiner, second, fixed },
            range: range(i, m.index + whole.indexOf(first), i, end),
            fixes: [{ title: `Change to '${fixed}'`, edits: [{ range: range(i, start, i, end), newText: fixed }], safe: false }],
          });
        }
      }
    }
    return out;
  },
};
