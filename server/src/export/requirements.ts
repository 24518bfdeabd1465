// Education and experience requirements as Google's structured data reads them: the credential
// category of the degree a posting requires, and the months of experience it asks for. Only what a
// sentence states; a preferred qualification is not a requirement.
import type { Posting } from '../model/posting.ts';
import { junkLines } from '../facts/junk.ts';

/** Google's credentialCategory values for educationRequirements, lowest first. */
export const CREDENTIAL_CATEGORIES = ['high school', 'associate degree', 'bachelor degree', 'postgraduate degree'] as const;
export type CredentialCategory = (typeof CREDENTIAL_CATEGORIES)[number] | 'professional certificate';

export interface Education {
  credentialCategory: CredentialCategory;
  /** The degree as written ("Master's degree"). */
  text: string;
  line: number;
}

export interface Experience {
  monthsOfExperience: number;
  /** The requirement as written ("seven (7) years"). */
  text: string;
  line: number;
}

const DEGREES: Array<[CredentialCategory, RegExp]> = [
  ['postgraduate degree', /\b(?:master|doctor)(?:'s|’s|s)(?: degree)?\b|\b(?:master|doctor)(?:al)? (?:degree|of [a-z]+)\b|\bdoctorate\b|\bph\.? ?d\b|\bed\.d\b|\bM\.? ?Ed\.|\bMBA\b|\bgraduate degree\b|\bjuris doctor\b/i],
  ['bachelor degree', /\bbachelor(?:'s|’s|s)?\b|\bb\.? ?(?:a|s)\.? degree\b|\b(?:four|4)[- ]year (?:college )?degree\b|\bcollege degree\b|\bundergraduate degree\b|\bBA\/BS\b/i],
  ['associate degree', /\bassociate(?:'s|’s|s)? (?:degree|of)\b|\b(?:two|2)[- ]year (?:college )?degree\b/i],
  ['high school', /\bhigh school (?:diploma|graduate|education|equivalen)|\bGED\b|\bsecondary school diploma\b/i],
];

const PREFERRED = /\bprefer(?:red|able|ably)?\b|\bdesir(?:ed|able)\b|\ba plus\b|\bnice to have\b|\bideal(?:ly)?\b/i;

const RANK: Record<string, number> = { 'high school': 0, 'associate degree': 1, 'bachelor degree': 2, 'postgraduate degree': 3, 'professional certificate': -1 };

/** Each sentence of the lines whose kind is `kind` (a section, or a block the parser classified). */
function linesOfKind(posting: Posting, kind: 'education' | 'experience'): number[] {
  const junk = junkLines(posting);
  const lines = new Set<number>();
  for (const s of posting.sections) {
    for (const b of s.blocks) {
      if (s.kind === kind || b.contentKind === kind) for (let l = b.line; l <= b.endLine; l++) lines.add(l);
    }
    if (s.kind === kind && s.heading?.inlineContent) lines.add(s.line);
  }
  return [...lines].filter((l) => !junk[l]).sort((a, b) => a - b);
}

function sentences(text: string): string[] {
  return text.length > 4000 ? [text.slice(0, 4000)] : text.split(/(?<=[.;!?])\s+(?=[A-Z])/);
}

/** The degree a posting requires: the lowest one named as required (the minimum qualification). */
export function extractEducation(posting: Posting): Education | null {
  let best: Education | null = null;
  for (const line of linesOfKind(posting, 'education')) {
    for (const sentence of sentences(posting.lines[line] ?? '')) {
      if (PREFERRED.test(sentence)) continue;
      for (const [category, re] of DEGREES) {
        const m = re.exec(sentence);
        if (!m) continue;
        // "Bachelor's degree … Master's degree" in one sentence: the lowest named is the minimum.
        let chosen: Education = { credentialCategory: category, text: m[0], line };
        for (const [other, re2] of DEGREES) {
          const m2 = re2.exec(sentence);
          if (m2 && RANK[other]! < RANK[chosen.credentialCategory]!) chosen = { credentialCategory: other, text: m2[0], line };
        }
        if (!best || RANK[chosen.credentialCategory]! < RANK[best.credentialCategory]!) best = chosen;
        break;
      }
    }
  }
  return best;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, eighteen: 18, 'twenty-four': 24,
};
// "seven (7) years", "3+ years", "three or more years", "2-3 years", "two to three years", "six months".
// Group 1: the number (digits or a word); 2: the figure in parentheses; 3: the unit.
const YEARS = /\b(\d{1,2}(?:\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty(?:-four)?)(?: \((\d{1,2})\))?\+?(?: ?(?:-|–|to) ?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty(?:-four)?)(?: \(\d{1,2}\))?)?(?: or more| plus)? (years?|yrs?\.?|months?)\b/i;
const EXPERIENCE_WORD = /\bexperience\b|\bexperienced\b|\bas an? [a-z]/i;

function numberOf(word: string, paren?: string): number {
  if (paren) return Number(paren);
  const n = Number(word);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[word.toLowerCase()] ?? NaN);
}

/**
 * The main minimum experience requirement: the first required (not preferred) statement of years
 * or months in the experience content ("Minimum of seven (7) years…" → 84 months). Never 0.
 */
export function extractExperience(posting: Posting): Experience | null {
  for (const line of linesOfKind(posting, 'experience')) {
    for (const sentence of sentences(posting.lines[line] ?? '')) {
      if (PREFERRED.test(sentence) || !EXPERIENCE_WORD.test(sentence)) continue;
      const m = YEARS.exec(sentence);
      if (!m) continue;
      const n = numberOf(m[1]!, m[2]);
      if (!Number.isFinite(n) || n <= 0) continue;
      const months = /^month/i.test(m[3]!) ? Math.round(n) : Math.round(n * 12);
      if (months <= 0 || months > 600) continue;
      return { monthsOfExperience: months, text: m[0], line };
    }
  }
  return null;
}
