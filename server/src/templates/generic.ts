// Generic template bodies, written by hand for Postwright, for section kinds the seed postings lack
// (none of the seeds has an equal-opportunity statement, a benefits description or how-to-apply
// instructions). Marked source "generic" in the library. The wording is general and lawful: the
// EEO statement lists the federally protected classes and invites accommodation requests, the
// salary template states a range (pay-transparency laws want a minimum and a maximum, not "up
// to"), and nothing asks for information an employer may not request before an offer.
// Bodies are LSP snippets; {{title}} and {{organization}} are filled in for the posting.
import { SECTION_KINDS, type SectionKind } from '../model/posting.ts';
import { roleNeutralBody } from './families.ts';

/** The kinds that get a section template (title, header are written by the skeleton). */
export const TEMPLATE_KINDS: readonly SectionKind[] = SECTION_KINDS.filter((k) => k !== 'title' && k !== 'header');

type BodyFn = (marker: string) => string;

export const GENERIC_BODIES: Record<SectionKind, BodyFn> = {
  title: () => '${1:Job Title}',
  header: () => 'Job Number: ${1}',
  about_district: () =>
    '{{organization}} serves ${1:number of} students in ${2:number of} schools. ${3:Our mission is to prepare every student for success in college, career, and civic life.}',
  department: () => 'The ${1:Office of Teaching and Learning} ${2:supports schools across the district}.',
  summary: () => 'Reporting to the ${1:supervisor}, the {{title}} will ${2:lead the work of the office and its team}.',
  // Duties depend on the role: role-neutral placeholders here, a role family's duties in families.ts.
  responsibilities: (m) => roleNeutralBody('responsibilities', m)!,
  qualifications: (m) => `${m} \${1:Demonstrated commitment to equity and student success}`,
  education: (m) => `${m} \${1|Bachelor's,Master's,Doctorate|} degree in \${2:a related field} from an accredited college or university is required`,
  licensure: (m) => `${m} \${1:A valid state educator license with the appropriate endorsement} is required`,
  experience: (m) => `${m} Minimum of \${1:three (3)} years of \${2:relevant professional} experience`,
  ksa: (m) =>
    [
      `${m} \${1:Excellent written and verbal communication skills}`,
      `${m} \${2:Ability to analyze data and use it to guide decisions}`,
      `${m} \${3:Ability to build collaborative relationships with diverse stakeholders}`,
    ].join('\n'),
  preferred: (m) => `${m} \${1:Master's degree in a related field}\n${m} \${2:Experience working in a public school district}`,
  conditions: () =>
    'Employment is contingent upon ${1:the successful completion of a criminal background check} as required by state law.',
  residency: () =>
    'As a condition of employment, employees are required to live within ${1:the boundaries of the district} within ${2:six months} of their hire date.',
  salary: () =>
    'The ${1|annual salary range,hourly pay range|} for this position is \\$${2:minimum} - \\$${3:maximum}. Placement within the range depends on ${4:qualifications and experience}.',
  benefits: () =>
    '{{organization}} offers eligible employees a comprehensive benefits package, including ${1:medical, dental, and vision insurance; life insurance; a retirement plan; and paid time off}.',
  eeo: () =>
    '{{organization}} is an equal opportunity employer and does not discriminate on the basis of race, color, religion, sex (including pregnancy, sexual orientation, and gender identity), national origin, age, disability, genetic information, veteran status, or any other characteristic protected by federal, state, or local law. Applicants who need a reasonable accommodation during the application process may contact ${1:the Office of Human Resources}.',
  how_to_apply: () =>
    'To apply, submit ${1:an online application, résumé, and cover letter} through ${2:the district\'s careers website} by ${3:the closing date}. ${4:Applications are reviewed as they are received.}',
  other: () => '${1:Additional information about this position.}',
};
