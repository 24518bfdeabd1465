// Requirement patterns: the words that say a line is about residency, a license, a degree or years
// of experience. One source for the parser (which splits qualification bullets off a duties list)
// and for the rules' content index (which asks whether a posting states a requirement anywhere).
// Each is a flat alternation of literal-led branches, tested once per line.

export const RESIDENCY =
  /\bresidency\b|\b(?:live|reside) within the (?:geographic )?(?:boundaries|limits)\b|\bmust (?:be a )?residents? of\b|\bmust (?:live|reside) in\b/i;
export const LICENSURE =
  /\blicen[cs](?:e|es|ed|ure)\b|\bcertificat(?:e|es|ion|ions)\b|\bcertified\b|\bendorsements?\b|\bcredential(?:s|ed)?\b|\bPEL\b/i;
export const DRIVER_LICENSE = /\bdriver'?s’? licen|\bdriving licen/i;
/**
 * Words for a license or certificate the job does not ask to hold: a GED or equivalency
 * certificate, a birth certificate, "non-certified" staff, a license the hire is to work towards.
 */
const NOT_A_LICENSE =
  /\bG\.?E\.?D\.?\)? certificate|\b(?:high school|equivalency|birth) certificate|\bnon-?certified\b|\buncertified\b|\b(?:towards?|becoming) (?:a )?(?:full[- ]?)?licen[cs](?:ed|ure)\b|\bpathways? to (?:teacher )?licen[cs]ure\b/gi;

/** Whether the text names a license or certificate to hold (an ordinary driver's license and a GED certificate are not). */
export function namesLicense(text: string): boolean {
  if (!LICENSURE.test(text)) return false;
  NOT_A_LICENSE.lastIndex = 0;
  const other = DRIVER_LICENSE.test(text) || NOT_A_LICENSE.test(text);
  NOT_A_LICENSE.lastIndex = 0;
  return !other || LICENSURE.test(text.replace(DRIVER_LICENSE, '').replace(NOT_A_LICENSE, ''));
}
export const EDUCATION =
  /\b(?:bachelor|master|doctor|associate)(?:'s|’s|s)? (?:of [a-z]+ )?degree\b|\b(?:bachelor|master)(?:'s|’s)\b|\bdegree (?:in|from)\b|\b(?:college|university|advanced|graduate|undergraduate|four-year|4-year) degree\b|\bdegree (?:is |is strongly )?(?:required|preferred)\b|\bdiploma\b|\bph\.? ?d\b|\bed\.? ?d\b|\bdoctorate\b|\bgraduation from\b/i;
/** A minimum age ("at least 18 years of age", "twenty-one years old"): a requirement of no narrower kind than qualifications. */
export const MINIMUM_AGE = /\b(?:\d{2}|eighteen|nineteen|twenty(?:-one)?)(?: \(\d{2}\))? years? (?:of age|old)\b/i;
export const EXPERIENCE =
  /^experience\b|\bexperience (?:in|with|as|working|teaching|leading|developing|managing|supervising|of at least|is required|is preferred)\b|\byears of (?:[a-z]+ )?experience\b|\bminimum of (?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** "Five years successful …", "3+ years of …": a count of years; "experience" must follow within the sentence. */
const YEARS =
  /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\+? (?:\(\d{1,2}\) )?(?:or more |plus )?(?:full[- ]time |paid |successful |relevant |professional |consecutive |recent )?(?:years?|yrs\.?)(?![a-z])/gi;

/** A count of years followed, within 80 characters of the same sentence, by "experience". Linear. */
export function yearsOfExperience(text: string, lower: string): boolean {
  let exp = lower.indexOf('experience');
  if (exp < 0) return false;
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(text); m; m = YEARS.exec(text)) {
    const end = m.index + m[0].length;
    if (exp < end) exp = lower.indexOf('experience', end);
    if (exp < 0) return false;
    if (exp - end <= 80) {
      const gap = lower.slice(end, exp);
      if (!gap.includes('.') && !gap.includes(';')) return true;
    }
  }
  return false;
}
