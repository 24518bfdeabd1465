// Conditions of employment that are out of date: a COVID-19 vaccination or testing mandate (most
// ended in 2023), and the No Child Left Behind "highly qualified" requirement (repealed by ESSA in
// 2015). Flagged for review, not judged.
import type { Rule, RuleFinding } from './types.ts';
import { textLines } from '../facts/prose.ts';
import { lineRange, range } from '../facts/util.ts';
import { lineFacts, lineTest, lowerOf, TEST_OUTDATED, type LineFacts } from '../facts/memo.ts';

const COVID = /\bcovid(?:-?19)?\b|\bsars-cov-2\b|\bcoronavirus\b/i;
// A vaccination, booster, masking or testing requirement (not COVID history: "schools reopened after COVID-19").
const MANDATE =
  /\bvaccin|\bbooster|\bproof of (?:full )?vaccination|\bmasks? (?:are |is )?required|\b(?:weekly|regular|routine|periodic) testing\b|\btesting (?:requirement|mandate|program)|\bnegative (?:covid(?:-?19)? )?test/i;

function isMandate(f: LineFacts): boolean {
  const l = lowerOf(f);
  return (l.includes('covid') || l.includes('sars') || l.includes('coronavirus')) && COVID.test(f.text) && MANDATE.test(f.text);
}

// The law by name, and "highly qualified" used as a status the hire must hold ("must be highly
// qualified", "Highly Qualified Status", "meets NCLB highly qualified requirements"), not the
// everyday praise ("we seek highly qualified candidates"). In quotation marks after the verb (must
// be "Highly Qualified" by meeting…, staff who are "highly qualified" under…) the phrase is the
// term of art: praise is not quoted.
const NCLB = /\bNo Child Left Behind\b|\bNCLB\b/gi;
const HIGHLY_QUALIFIED_STATUS =
  /\b(?:be|is|are|been|become|becomes|remain|considered|deemed|meets?|meeting|attain|achieve|reach(?:ed)?)\s+(?:the\s+)?(?:federal\s+|state\s+|nclb\s+)?["“]?highly[- ]qualified\b|\bhighly[- ]qualified["”]?\s+(?:status|requirements?|criteria|standards?|definition|designation|rules?|under|per|as defined)\b/gi;

const QUOTES = '"“\'‘';

/** [start, end) of each NCLB reference on a line. */
function nclbSpans(text: string, lower: string): Array<[number, number]> {
  if (!lower.includes('highly') && !lower.includes('nclb') && !lower.includes('no child')) return [];
  const out: Array<[number, number]> = [];
  for (const re of [NCLB, HIGHLY_QUALIFIED_STATUS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // In quotation marks the phrase is a slogan ("No Child Left Behind." as a mission), not the law.
      if (re === NCLB && QUOTES.includes(text[m.index - 1] ?? '')) continue;
      out.push([m.index, m.index + m[0].length]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

export const outdatedRequirement: Rule = {
  meta: {
    id: 'outdated-requirement',
    description:
      'A condition of employment that is out of date (COVID-19 vaccination or testing mandate, No Child Left Behind "highly qualified").',
    defaultSeverity: 'warning',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      covid:
        'COVID-19 vaccination or testing requirement: most mandates of this kind have ended; check that it still applies before posting.',
      nclb: '\'{{text}}\': the No Child Left Behind "highly qualified" requirement was replaced by the Every Student Succeeds Act (2015); state the current certification or paraprofessional requirement instead.',
    },
    docs: 'docs/rules/outdated-requirement.md',
    fixable: false,
    scope: 'line',
  },
  check(posting) {
    const out: RuleFinding[] = [];
    const facts = lineFacts(posting);
    for (let iAt = 0, iList = textLines(posting); iAt < iList.length; iAt++) {
      const i = iList[iAt]!;
      const text = posting.lines[i]!;
      if (text.length > 20000) continue;
      if (lineTest(facts[i]!, TEST_OUTDATED, isMandate)) {
        out.push({
          messageId: 'covid',
          range: lineRange(posting, i),
          kind: 'conditions',
        });
      }
      const spans = nclbSpans(text, lowerOf(facts[i]!));
      if (spans.length) {
        const [s, e] = spans[0]!;
        out.push({
          messageId: 'nclb',
          data: { text: text.slice(s, e) },
          range: range(i, s, i, e),
          kind: 'qualifications',
        });
      }
    }
    return out;
  },
};
