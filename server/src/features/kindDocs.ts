// Hover texts: what each section kind of a school-district job posting is for and what it should
// hold, and what each known header field means. Plain data, read by hover.ts (and free for other
// features, e.g. completion documentation, to reuse).
import type { FieldKey, SectionKind } from '../model/posting.ts';

export interface KindDoc {
  /** The name a writer would use ("Education Required"). */
  label: string;
  /** One sentence: what the section is for. */
  purpose: string;
  /** What a good section of this kind holds, as short bullet points. */
  holds: string[];
  /** Headings commonly used for this kind, as examples. */
  headings: string[];
  /** One practical tip, or null. */
  tip: string | null;
}

export const KIND_DOCS: Record<SectionKind, KindDoc> = {
  title: {
    label: 'Job title',
    purpose: 'Names the job, exactly as a candidate would search for it.',
    holds: [
      'The job title only ("Assistant Principal, Middle School").',
      'No job numbers, salaries, dates or locations: those belong in the header fields.',
    ],
    headings: ['the first line', 'JOB TITLE:'],
    tip: 'Job boards and Google for Jobs use this line as the posting\'s `title`; keep it short and free of codes.',
  },
  header: {
    label: 'Header',
    purpose: 'Label/value facts about the opening that a candidate scans first.',
    holds: [
      'Job number or posting id, posting date and closing date.',
      'Location (school or office), department, who the job reports to.',
      'Job grade or class code, position type (full-time, part-time, temporary), FLSA overtime status.',
      'Salary range when the district lists pay in the header.',
    ],
    headings: ['Job Number', 'Posting Date', 'Primary Location', 'Job Grade', 'Position Type', 'Overtime Status', 'REPORTS TO'],
    tip: 'Write each fact as `Label: value` on its own line so people and parsers read it the same way.',
  },
  about_district: {
    label: 'About the district',
    purpose: 'Introduces the district: who it serves, its size and its mission.',
    holds: [
      'Number of schools and students, the communities served.',
      'The mission or strategic priorities the role contributes to.',
      'Usually standard boilerplate shared by every posting of the district.',
    ],
    headings: ['About Us', 'Our Mission', 'Who We Are', 'CONTEXT', 'Job Description (when followed by district boilerplate)'],
    tip: 'Keep it to one short paragraph; candidates skim it. Reuse the district\'s approved text.',
  },
  department: {
    label: 'Department',
    purpose: 'Describes the office or department the job sits in and what that team does.',
    holds: [
      'The office\'s name and its charge ("The Office of College and Career Success …").',
      'How the team supports schools, students or other offices.',
    ],
    headings: ['usually no heading: a paragraph starting "The Office of …" or "The Department of …"', 'About the Department'],
    tip: null,
  },
  summary: {
    label: 'Summary',
    purpose: 'Says in a few sentences what the job is, why it exists and to whom it reports.',
    holds: [
      'The purpose of the position and its scope (schools, programs, staff supervised).',
      'The supervisor\'s title ("Reports to the Chief of Schools").',
      'What success in the role looks like.',
    ],
    headings: ['Job Summary', 'Position Summary', 'POSITION PURPOSE', 'General Description', 'General Statement of Duties', 'About the job'],
    tip: 'Two to four sentences. Address the candidate ("You will …") rather than "the incumbent".',
  },
  responsibilities: {
    label: 'Responsibilities',
    purpose: 'Lists the duties of the job: the essential functions under the ADA.',
    holds: [
      'One duty per bullet, starting with an action verb ("Coaches principals on …").',
      'The essential functions first; marginal duties marked as such.',
      'Scope and frequency where they matter ("supervises 10-15 assistant superintendents").',
    ],
    headings: ['Responsibilities', 'Essential Functions', 'ESSENTIAL DUTIES AND RESPONSIBILITIES', 'Essential Job Functions', 'DUTIES', 'What You Will Do', '"… will be held accountable for the following responsibilities:"'],
    tip: 'A written description prepared before advertising is evidence of which functions are essential: name them explicitly.',
  },
  qualifications: {
    label: 'Qualifications',
    purpose: 'Introduces the requirements a candidate must meet, or lists mixed requirements together.',
    holds: [
      'An umbrella heading over education, experience, licensure and skills, or',
      'A single list of minimum requirements when the posting does not split them.',
    ],
    headings: ['Qualifications', 'Minimum Qualifications', 'Requirements', 'Other Requirements', '"… must possess the following qualifications:"'],
    tip: 'Separate required from preferred qualifications; mixing them discourages qualified applicants.',
  },
  education: {
    label: 'Education',
    purpose: 'States the degrees the job requires.',
    holds: [
      'The minimum degree and field ("Master\'s degree in Education, Educational Leadership or a related field").',
      'Whether equivalent experience may substitute for the degree.',
      'Accreditation requirements for the granting institution, if any.',
    ],
    headings: ['Education Required', 'Type of Education Required', 'Education'],
    tip: null,
  },
  licensure: {
    label: 'Licensure and certification',
    purpose: 'States the licenses, certificates and endorsements the job requires.',
    holds: [
      'The state license by name and issuing agency (Illinois PEL from ISBE; Massachusetts DESE license; Pennsylvania certification).',
      'Required endorsements (e.g. the Massachusetts SEI endorsement for evaluators of teachers of English learners).',
      'Whether candidates may be hired while the license is pending, and by when it must be held.',
    ],
    headings: ['License Requirements', 'Certification', 'Licensure', 'SELECTIVE CERTIFICATION'],
    tip: null,
  },
  experience: {
    label: 'Experience',
    purpose: 'States the years and kinds of work experience the job requires.',
    holds: [
      'Minimum years, and in what role or setting ("five years of school leadership, three as a principal").',
      'Supervisory or budget experience where the role needs it.',
    ],
    headings: ['Experience Required', 'Type of Experience and Number of Years', 'Experience'],
    tip: 'Ask for experience the job truly needs; inflated year counts narrow the pool without improving hires.',
  },
  ksa: {
    label: 'Knowledge, skills and abilities',
    purpose: 'Lists the knowledge, skills and abilities the job demands beyond credentials.',
    holds: [
      'Specific knowledge (state standards, special education law, budgeting).',
      'Skills (data analysis, coaching adults, writing for families).',
      'Abilities (managing competing deadlines, building trust with school communities).',
    ],
    headings: ['Knowledge, Skills, and Abilities', 'Competencies', 'Skills'],
    tip: 'Prefer concrete, observable skills over personality adjectives.',
  },
  preferred: {
    label: 'Preferred qualifications',
    purpose: 'Lists qualifications that help but are not required.',
    holds: [
      'Nice-to-have degrees, languages, certifications or experience.',
      'Clearly marked as preferred so candidates who lack them still apply.',
    ],
    headings: ['Preferred Qualifications', 'Preferred', '"… preferred"'],
    tip: null,
  },
  conditions: {
    label: 'Conditions of employment',
    purpose: 'States the conditions a hire must accept: checks, schedule, physical demands, work environment.',
    holds: [
      'Background checks and clearances (Illinois fingerprint check; Massachusetts CORI and fingerprints; Pennsylvania Act 34, 151 and 114 clearances).',
      'Physical demands and work environment that are essential to the job (and only those).',
      'Schedule, travel between schools, probationary period.',
    ],
    headings: ['Conditions of Employment', 'Physical Demands', 'Work Environment', 'Working Conditions'],
    tip: null,
  },
  residency: {
    label: 'Residency requirement',
    purpose: 'States where the employee must live, and by when.',
    holds: [
      'The residency rule and its deadline (Chicago Public Schools: reside in the City of Chicago within six months of hire).',
      'Who is exempt (e.g. temporary or part-time roles) and what applies to them instead.',
      'A pointer to the board rule or policy that imposes it.',
    ],
    headings: ['Residency Requirement', 'Residency', 'a residency bullet under Conditions of Employment'],
    tip: 'Where a board rule requires written notice of the residency policy (CPS Board Rule 4-4), this section is that notice.',
  },
  salary: {
    label: 'Salary',
    purpose: 'States the pay for the job.',
    holds: [
      'The annual salary or hourly wage range, with both a minimum and a maximum.',
      'How placement in the range is decided (experience, degree, salary schedule step).',
      'The pay schedule or grade, if the district publishes one.',
    ],
    headings: ['Salary', 'Estimated Annual Salary Range', 'ANNUAL SALARY', 'Compensation', 'Pay Structure'],
    tip: 'Several states (IL, MA, CO, WA, CA, NY) require a pay range in the posting; avoid open-ended "up to" or "starting at". Review with counsel.',
  },
  benefits: {
    label: 'Benefits',
    purpose: 'Describes benefits and other compensation beyond salary.',
    holds: [
      'Health, dental and vision coverage; pension or retirement plan.',
      'Paid time off, leave, tuition reimbursement, stipends.',
      'A link to the district\'s public benefits page, if there is one.',
    ],
    headings: ['Benefits', 'What we offer', 'Total Compensation'],
    tip: 'Illinois, Colorado and Washington expect a general description of benefits in the posting itself or a linked public page.',
  },
  eeo: {
    label: 'Equal employment opportunity',
    purpose: 'The district\'s equal-opportunity and non-discrimination statement.',
    holds: [
      'The protected classes the district does not discriminate on.',
      'The Title IX coordinator (and Section 504 / ADA coordinator) with contact details.',
      'How to request a reasonable accommodation during hiring.',
    ],
    headings: ['EEO Statement', 'Equal Employment Opportunity', 'AN EQUAL EMPLOYMENT OPPORTUNITY EMPLOYER', 'ADA Statement', 'Non-Discrimination'],
    tip: 'Title IX regulations expect the non-discrimination notice in each announcement used to recruit employees.',
  },
  how_to_apply: {
    label: 'How to apply',
    purpose: 'Tells candidates how, where and until when to apply.',
    holds: [
      'The application link or address, and the documents to submit (résumé, letters, references).',
      'The closing date, or "open until filled" with a first review date.',
      'A contact for questions.',
    ],
    headings: ['How To Apply', 'WHERE TO APPLY', 'APPLICATION DEADLINE', 'To Apply', '"Learn more and apply here: …"'],
    tip: 'Link the district\'s own application system rather than a job board.',
  },
  other: {
    label: 'Other',
    purpose: 'Anything that is not one of the known parts of a posting.',
    holds: [
      'Notes, additional information.',
      'Text left over from job boards ("Read Full Description", related postings): usually safe to delete.',
    ],
    headings: ['NOTES', 'Additional Information'],
    tip: null,
  },
};

export interface FieldDoc {
  label: string;
  description: string;
}

export const FIELD_DOCS: Record<FieldKey, FieldDoc> = {
  job_title: { label: 'Job title', description: 'The name of the job as candidates search for it; no codes, salaries or dates.' },
  job_number: { label: 'Job number', description: 'The district\'s requisition or posting id; candidates quote it when they apply or ask questions.' },
  posting_date: { label: 'Posting date', description: 'The date the opening was published (schema.org `datePosted`). Prefer an unambiguous date such as 2025-03-14 or March 14, 2025.' },
  closing_date: { label: 'Closing date', description: 'The last day applications are accepted (schema.org `validThrough`), or "open until filled".' },
  location: { label: 'Location', description: 'Where the employee reports: a school, an office, or "various schools" (schema.org `jobLocation`).' },
  organization: { label: 'Organization', description: 'The hiring employer: the district itself, not the job board (schema.org `hiringOrganization`).' },
  department: { label: 'Department', description: 'The office or department the job sits in.' },
  reports_to: { label: 'Reports to', description: 'The title of the job\'s direct supervisor.' },
  salary_range: { label: 'Salary range', description: 'The minimum and maximum pay expected in good faith, with the unit (per year, per hour). Several states require it in the posting.' },
  salary: { label: 'Salary', description: 'The pay for the job; a range with a minimum and a maximum is clearer (and required in several states) than a single figure or "up to".' },
  job_grade: { label: 'Job grade', description: 'The pay grade or band on the district\'s salary schedule; it means little to candidates without the matching pay range.' },
  position_type: { label: 'Position type', description: 'Full-time, part-time, temporary, seasonal… (schema.org `employmentType`).' },
  employment_type: { label: 'Employment type', description: 'Full-time, part-time, contract, temporary… (schema.org `employmentType`).' },
  overtime_status: { label: 'Overtime status', description: 'FLSA classification: Exempt (no overtime pay; teachers and many administrators) or Non-Exempt (paid overtime).' },
  class_code: { label: 'Class code', description: 'The civil-service or HR job classification code.' },
  schedule: { label: 'Schedule', description: 'Work days and hours, work year (e.g. 10-month, 12-month), or shift.' },
  start_date: { label: 'Start date', description: 'When the job begins (e.g. the start of the school year).' },
};
