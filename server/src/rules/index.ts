// The rule registry: every rule Postwright runs, in a stable order (structure, then content,
// then wording, then information).
import type { Rule } from './types.ts';
import { missingSection } from './missing-section.ts';
import { unheadedQualifications } from './unheaded-qualifications.ts';
import { emptySection } from './empty-section.ts';
import { duplicateSection } from './duplicate-section.ts';
import { duplicateTitle } from './duplicate-title.ts';
import { missingTitle } from './missing-title.ts';
import { templateText } from './template-text.ts';
import { jobBoardJunk } from './job-board-junk.ts';
import { nearDuplicateBullet } from './near-duplicate-bullet.ts';
import { payTransparency } from './pay-transparency.ts';
import { salarySanity } from './salary-sanity.ts';
import { genderedPronoun } from './gendered-pronoun.ts';
import { genderedTerm } from './gendered-term.ts';
import { genderCodedBalance } from './gender-coded-balance.ts';
import { ageCoded } from './age-coded.ts';
import { numberWordMismatch } from './number-word-mismatch.ts';
import { outdatedRequirement } from './outdated-requirement.ts';
import { strayLine } from './stray-line.ts';
import { checkboxResidue } from './checkbox-residue.ts';
import { gluedFields } from './glued-fields.ts';
import { conflictingEmploymentType } from './conflicting-employment-type.ts';
import { pastDate } from './past-date.ts';
import { readingLevel } from './reading-level.ts';
import { length } from './length.ts';
import { emptyField } from './empty-field.ts';
import { fieldRepeatsField } from './field-repeats-field.ts';
import { garbledText } from './garbled-text.ts';
import { cutOffText } from './cut-off-text.ts';
import { flattenedList } from './flattened-list.ts';
import { numberingRestart } from './numbering-restart.ts';
import { mixedVerbForms } from './mixed-verb-forms.ts';
import { repeatedWord } from './repeated-word.ts';
import { lowercaseSentence } from './lowercase-sentence.ts';
import { spelling } from './spelling.ts';
import { deniedPhrase } from './denied-phrase.ts';

export const rules: Rule[] = [
  missingSection,
  unheadedQualifications,
  emptySection,
  duplicateSection,
  duplicateTitle,
  missingTitle,
  templateText,
  jobBoardJunk,
  nearDuplicateBullet,
  payTransparency,
  salarySanity,
  genderedPronoun,
  genderedTerm,
  genderCodedBalance,
  ageCoded,
  numberWordMismatch,
  outdatedRequirement,
  strayLine,
  checkboxResidue,
  gluedFields,
  conflictingEmploymentType,
  pastDate,
  readingLevel,
  length,
  emptyField,
  fieldRepeatsField,
  garbledText,
  cutOffText,
  flattenedList,
  numberingRestart,
  mixedVerbForms,
  repeatedWord,
  lowercaseSentence,
  spelling,
  deniedPhrase,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
