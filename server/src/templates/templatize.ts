// Requirement lines made into templates: the degree and the number of years become placeholders
// ("Master's degree in X" → a choice of degrees and a field to fill in). Pure.
import { escapeChoiceOption, escapeSnippet } from '../facts/snippet.ts';

const DEGREES = ["Bachelor's", "Master's", 'Doctorate'];
const DEGREE_CHOICE = '${1|' + DEGREES.map(escapeChoiceOption).join(',') + '|}';

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';
const YEARS = new RegExp(`\\b(${NUMBER_WORD}(?: \\(\\d{1,2}\\))?(?:\\+| or more| plus)?) (years?)\\b`, 'i');

/** "Three (3) years of …" → "${1:Three (3)} years of …"; null when there is no count of years. */
export function templatizeExperience(text: string): string | null {
  const m = YEARS.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[1]!.length);
  return escapeSnippet(before) + '${1:' + escapeSnippet(m[1]!) + '}' + escapeSnippet(after);
}

const DEGREE_RE = /^(?:a |an )?(bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|doctorate|doctoral|ph\.?d\.?)( degree)?\b/i;

/** "Master's degree in X from …" → "${1|Bachelor's,Master's,Doctorate|} degree in ${2:X} from …". */
export function templatizeEducation(text: string): string | null {
  const m = DEGREE_RE.exec(text.trim());
  if (!m) return null;
  const t = text.trim();
  let rest = t.slice(m[0].length);
  const degreeWord = m[2] ? m[2].trim() : 'degree';
  const inMatch = /^ in (.+?)(?=( from | is required| required| preferred|[.;]|$))/i.exec(rest);
  let field: string;
  if (inMatch) {
    field = '${2:' + escapeSnippet(inMatch[1]!) + '}';
    rest = rest.slice(inMatch[0].length);
  } else {
    field = '${2:a related field}';
  }
  // Sentences after the first ("Masters degree preferred.") stay out of the template.
  const stop = rest.search(/\.\s/);
  if (stop >= 0) rest = rest.slice(0, stop + 1);
  return DEGREE_CHOICE + ' ' + (degreeWord.toLowerCase() === 'degree' ? degreeWord : 'degree') + ' in ' + field + escapeSnippet(rest);
}
