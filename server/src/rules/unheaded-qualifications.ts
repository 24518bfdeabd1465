// Qualification content (a degree, a license, years of experience) listed under duties or a
// summary with no heading of its own: readers and job boards miss requirements they cannot find.
import { SECTION_KINDS } from '../model/posting.ts';
import type { Block, SectionKind } from '../model/posting.ts';
import { CANONICAL_HEADINGS } from '../model/catalog.ts';
import { junkLines } from '../facts/junk.ts';
import type { Rule, RuleFinding } from './types.ts';
import { range, strList } from '../facts/util.ts';
import { blockFacts } from '../facts/memo.ts';
import { KIND_NAMES } from './missing-section.ts';

const HOSTS: ReadonlySet<SectionKind> = new Set(['responsibilities', 'summary', 'about_district', 'department']);
const QUAL: ReadonlySet<SectionKind> = new Set(['education', 'licensure', 'experience']);
/** Requirement sections the parser split off by content alone (no heading above them). */
const UNHEADED_KINDS: ReadonlySet<SectionKind> = new Set(['qualifications', 'education', 'licensure', 'experience']);

// A requirement reads as one from its first words: a degree, a count of years, a license named
// up front. Duty sentences that merely mention a credential ("Develops curriculum aligned with the
// career credential") do not.
const EDU_START =
  /^(?:an? )?(?:bachelor|master|doctor|associate|ph\.? ?d|ed\.? ?d|high school (?:diploma|graduate)|(?:college|university|graduate|advanced|undergraduate|four-year|4-year) degree|degree (?:in|from)|b\.a\.|b\.s\.)/i;
const EXP_START =
  /^(?:a minimum of |minimum of |at least )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+? (?:\(\d{1,2}\) )?(?:or more |plus )?(?:[a-z-]+ ){0,2}years?\b|^(?:prior |previous |successful |demonstrated )?experience (?:as|in|with|teaching|working)\b/i;
const LICENSE_WORD = /licen[cs]e|licensure|certificat|certified|endorsement|credential/i;
// A license the job looks after, not one the applicant holds: software and site licenses ("Keep
// records of licenses for computer and network applications", "renews software licenses").
const PRODUCT_LICENSE =
  /\b(?:software|site|seat|volume|network|computer|product) licen[cs](?:es?|ing)\b|\blicen[cs](?:es|ing) (?:for|of) (?:the |all |its )?(?:computer|software|network|application|program|product)s?\b|\blicensing agreements?\b/gi;
const MAX_WORDS = 40;
const NOT_REQUIREMENT_START = new Set(['to', 'if', 'please', 'for', 'when', 'this', 'the', 'we', 'our', 'you', 'your', 'all', 'as']);

export function requirementStart(text: string): SectionKind | null {
  const t = text.length > 400 ? text.slice(0, 400) : text;
  if (EDU_START.test(t)) return 'education';
  if (EXP_START.test(t)) return 'experience';
  // The rest finds a license word among the first words: a text with none anywhere is not split.
  if (!LICENSE_WORD.test(t)) return null;
  if (!LICENSE_WORD.test(t.replace(PRODUCT_LICENSE, ''))) return null;
  const words = t.split(/\s+/, MAX_WORDS + 1);
  if (words.length > MAX_WORDS) return null;
  const first = words[0] ?? '';
  // "Attends …", "Develops …": a duty in the third person, not a requirement ("Possess …" is one).
  if (/^[A-Z][a-z]+s$/.test(first) && first !== 'Possess') return null;
  if (NOT_REQUIREMENT_START.has(first.toLowerCase())) return null;
  for (let i = 0; i < Math.min(6, words.length); i++) if (LICENSE_WORD.test(words[i]!)) return 'licensure';
  return null;
}

function qualKind(b: Block): SectionKind | null {
  if (b.type === 'paragraph' && b.text.length > 250) return null;
  const f = blockFacts(b.text);
  let k = f.requirement as SectionKind | null | undefined;
  if (k === undefined) f.requirement = k = requirementStart(f.text);
  return k && QUAL.has(k) ? k : null;
}

export const unheadedQualifications: Rule = {
  meta: {
    id: 'unheaded-qualifications',
    description: 'Degree, license or experience requirements listed under duties (or another section) with no heading of their own.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        hosts: {
          type: 'array',
          description: 'Section kinds in which requirements are out of place.',
          default: [...HOSTS],
          items: {
            type: 'string',
            enum: SECTION_KINDS,
          },
        },
      },
      additionalProperties: false,
    },
    messages: {
      unheaded: 'Qualifications ({{names}}) are listed {{where}} with no heading of their own.',
    },
    docs: 'docs/rules/unheaded-qualifications.md',
    fixable: 'suggestion',
  },
  check(posting, ctx) {
    const hosts = new Set(strList(ctx.options.hosts, [...HOSTS]));
    const junk = junkLines(posting);
    const out: RuleFinding[] = [];
    for (const s of posting.sections) {
      if (!hosts.has(s.kind) && !(s.heading === null && UNHEADED_KINDS.has(s.kind))) continue;
      let firstAt = -1;
      const kinds = new Set<SectionKind>();
      s.blocks.forEach((b, i) => {
        if (junk[b.line]) return;
        const k = qualKind(b);
        if (!k) return;
        kinds.add(k);
        if (firstAt < 0) firstAt = i;
      });
      if (firstAt < 0) continue;
      const first = s.blocks[firstAt]!;
      const last = s.blocks[s.blocks.length - 1]!;
      const names = [...kinds].map((k) => (k === 'education' ? 'degree' : k === 'licensure' ? 'license' : 'experience'));
      const prev = posting.sections[posting.sections.indexOf(s) - 1];
      const where = s.heading
        ? `under '${s.heading.label}'`
        : !hosts.has(s.kind) && prev?.heading
          ? `after '${prev.heading.label}'`
          : `in the ${KIND_NAMES[s.kind]} text`;
      const heading = ctx.profile.headings?.qualifications ?? CANONICAL_HEADINGS.qualifications;
      const lineText = posting.lines[first.line] ?? '';
      let indent = '';
      for (const ch of lineText) {
        if (ch !== ' ' && ch !== '\t') break;
        indent += ch;
      }
      out.push({
        messageId: 'unheaded',
        data: { names: names.join(', '), where },
        range: range(first.range.start.line, first.range.start.character, last.range.end.line, last.range.end.character),
        kind: 'qualifications',
        fixes: [
          {
            title: `Add a '${heading}' heading before line ${first.line + 1}`,
            edits: [{ range: range(first.line, 0, first.line, 0), newText: `${indent}${heading}${posting.eol}` }],
            safe: false,
          },
        ],
      });
    }
    return out;
  },
};
