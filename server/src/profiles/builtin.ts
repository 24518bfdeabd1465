// The built-in district profiles, as data. Wording of headings and boilerplate follows the
// districts' own postings (seeds/); the Chicago residency paragraph is the one CPS postings carry.
import { SECTION_KINDS, type SectionKind } from '../model/posting.ts';
import type { Profile } from './types.ts';

// The catalog's own order is the usual order of a posting (docs/section-kinds.md).
const CORE_ORDER: SectionKind[] = [...SECTION_KINDS];

/** Districts whose postings have no department paragraph or residency clause: those kinds go last, before 'other'. */
const NO_DEPARTMENT_ORDER: SectionKind[] = [
  ...CORE_ORDER.filter((k) => k !== 'department' && k !== 'residency' && k !== 'other'),
  'department',
  'residency',
  'other',
];

function moveBefore(order: readonly SectionKind[], kind: SectionKind, before: SectionKind): SectionKind[] {
  const rest = order.filter((k) => k !== kind);
  rest.splice(rest.indexOf(before), 0, kind);
  return rest;
}

const CORE_REQUIRED: SectionKind[] = ['responsibilities', 'education', 'eeo', 'how_to_apply'];

export const generic: Profile = {
  id: 'generic',
  name: 'Generic US school district',
  state: null,
  detect: [],
  required: CORE_REQUIRED,
  recommended: ['summary', 'licensure', 'experience', 'ksa', 'salary', 'benefits'],
  order: CORE_ORDER,
  boilerplate: {},
  headings: {
    summary: 'Job Summary',
    responsibilities: 'Responsibilities',
    qualifications: 'Qualifications',
    education: 'Education',
    licensure: 'Licensure',
    experience: 'Experience',
    ksa: 'Knowledge, Skills, and Abilities',
    preferred: 'Preferred Qualifications',
    conditions: 'Conditions of Employment',
    residency: 'Residency Requirement',
    salary: 'Salary',
    benefits: 'Benefits',
    eeo: 'Equal Employment Opportunity',
    how_to_apply: 'How to Apply',
  },
};

export const chicago: Profile = {
  id: 'chicago',
  name: 'Chicago Public Schools',
  state: 'IL',
  detect: ['Chicago Public Schools', 'Chicago Board of Education'],
  required: [...CORE_REQUIRED, 'residency'],
  recommended: ['summary', 'licensure', 'experience', 'ksa', 'conditions', 'salary', 'benefits'],
  order: CORE_ORDER,
  boilerplate: {
    residency:
      'As a condition of employment with the Chicago Public Schools (CPS), employees are required to live within the geographic boundaries of the City of Chicago within six months of their CPS hire date and must maintain residency throughout their employment with the district. The Chicago residency requirement does not apply to temporary/part-time positions; however, all CPS employees must be residents of Illinois.',
  },
  headings: {
    summary: 'Job Summary:',
    responsibilities: 'This position will be held accountable for the following responsibilities:',
    qualifications: 'In order to be successful and achieve the above responsibilities, this position must possess the following qualifications:',
    education: 'Education Required:',
    licensure: 'Certification Required:',
    experience: 'Experience Required:',
    ksa: 'Knowledge, Skills, and Abilities:',
    preferred: 'Preferred Qualifications:',
    conditions: 'Conditions of Employment',
    residency: 'Residency Requirement:',
    salary: 'Estimated Annual Salary Range:',
    benefits: 'Benefits:',
    eeo: 'Equal Employment Opportunity:',
    how_to_apply: 'How to Apply:',
  },
};

export const philadelphia: Profile = {
  id: 'philadelphia',
  name: 'School District of Philadelphia',
  state: 'PA',
  detect: ['School District of Philadelphia', 'Philadelphia School District'],
  required: CORE_REQUIRED,
  recommended: ['summary', 'licensure', 'experience', 'ksa', 'conditions', 'salary', 'benefits'],
  order: NO_DEPARTMENT_ORDER,
  boilerplate: {},
  headings: {
    summary: 'Position Summary',
    responsibilities: 'Essential Functions',
    qualifications: 'Qualifications',
    education: 'Education',
    licensure: 'Certification',
    experience: 'Experience',
    ksa: 'Knowledge, Skills, and Abilities',
    preferred: 'Preferred Qualifications',
    conditions: 'Conditions of Employment',
    residency: 'Residency',
    salary: 'Salary',
    benefits: 'Benefits',
    eeo: 'Equal Employment Opportunity',
    how_to_apply: 'How to Apply',
  },
};

export const worcester: Profile = {
  id: 'worcester',
  name: 'Worcester Public Schools',
  state: 'MA',
  detect: ['Worcester Public Schools'],
  required: CORE_REQUIRED,
  recommended: ['summary', 'licensure', 'experience', 'ksa', 'salary', 'benefits'],
  // Worcester lists the license before the degree.
  order: moveBefore(NO_DEPARTMENT_ORDER, 'licensure', 'education'),
  boilerplate: {},
  headings: {
    about_district: 'CONTEXT:',
    summary: 'POSITION PURPOSE:',
    responsibilities: 'ESSENTIAL DUTIES AND RESPONSIBILITIES:',
    qualifications: 'QUALIFICATIONS:',
    education: 'EDUCATION:',
    licensure: 'LICENSURE:',
    experience: 'EXPERIENCE:',
    ksa: 'KNOWLEDGE, SKILLS, AND ABILITIES:',
    preferred: 'PREFERRED QUALIFICATIONS:',
    conditions: 'CONDITIONS OF EMPLOYMENT:',
    residency: 'RESIDENCY:',
    salary: 'SALARY:',
    benefits: 'BENEFITS:',
    eeo: 'EQUAL OPPORTUNITY EMPLOYER:',
    how_to_apply: 'HOW TO APPLY:',
  },
};

export const BUILTIN_PROFILES: readonly Profile[] = [chicago, philadelphia, worcester, generic];
