// schema.org JobPosting JSON-LD for Google for Jobs, typed with schema-dts. Every property is filled
// only from what the posting (or its district profile) states; the rest goes into `missing`, so a
// writer sees what Google will lack instead of markup that invents it.
import type { EducationalOccupationalCredential, JobPosting, MonetaryAmount, OccupationalExperienceRequirements, Place, PostalAddress, WithContext } from 'schema-dts';
import type { Posting } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { descriptionHtml, documentSections } from './document.ts';
import { jobFacts, TITLE_NOISE, type JobFacts } from './facts.ts';

export interface MissingField {
  /** Dotted path of the JobPosting property ("jobLocation.address.streetAddress"). */
  field: string;
  level: 'required' | 'recommended';
  message: string;
}

export interface JsonLdExport {
  data: WithContext<JobPosting>;
  missing: MissingField[];
  facts: JobFacts;
}

function address(facts: JobFacts): PostalAddress | null {
  const a = facts.address;
  const out: PostalAddress = { '@type': 'PostalAddress' };
  let any = false;
  for (const key of ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'] as const) {
    const v = a[key];
    if (v) {
      out[key] = v;
      any = true;
    }
  }
  return any ? out : null;
}

function salary(facts: JobFacts): MonetaryAmount | null {
  const s = facts.salary;
  if (!s) return null;
  const value: Record<string, unknown> = { '@type': 'QuantitativeValue' };
  if (s.value !== undefined) value.value = s.value;
  if (s.minValue !== undefined) value.minValue = s.minValue;
  if (s.maxValue !== undefined) value.maxValue = s.maxValue;
  if (s.unit) value.unitText = s.unit;
  return { '@type': 'MonetaryAmount', currency: s.currency, value: value as MonetaryAmount['value'] };
}

/** The JobPosting for a parsed posting, with the list of Google fields it could not fill. */
export function toJsonLd(posting: Posting, profile: Profile | null = null): JsonLdExport {
  const facts = jobFacts(posting, profile);
  const missing: MissingField[] = [];
  const need = (field: string, level: MissingField['level'], message: string) => missing.push({ field, level, message });

  const data: WithContext<JobPosting> = { '@context': 'https://schema.org', '@type': 'JobPosting' };
  if (facts.title) {
    data.title = facts.title.value;
    if (TITLE_NOISE.test(facts.title.value)) need('title', 'required', 'The title holds pay, a date or a job number: Google wants the job title only.');
  } else need('title', 'required', 'No job title: put the title alone on the first line.');

  const description = descriptionHtml(documentSections(posting));
  if (description) data.description = description;
  else need('description', 'required', 'No description: the posting has no sections with text.');

  if (facts.datePosted) data.datePosted = facts.datePosted.value;
  else need('datePosted', 'required', 'No posting date: add a "Posting Date:" field (e.g. 2025-04-18).');

  if (facts.validThrough) data.validThrough = facts.validThrough.value;
  else need('validThrough', 'recommended', 'No closing date: add a "Closing Date:" field when the job expires.');

  if (facts.organization) data.hiringOrganization = { '@type': 'Organization', name: facts.organization.value };
  else need('hiringOrganization', 'required', 'No hiring organization: name the district (not a job board), or choose its profile.');

  const addr = address(facts);
  if (addr) {
    const place: Place = { '@type': 'Place', address: addr };
    data.jobLocation = place;
    if (!facts.address.streetAddress) need('jobLocation.address.streetAddress', 'recommended', 'No street address for the work location: add it to the "Location:" field.');
    if (!facts.address.addressLocality) need('jobLocation.address.addressLocality', 'recommended', 'No city for the work location.');
    if (!facts.address.addressRegion) need('jobLocation.address.addressRegion', 'recommended', 'No state for the work location: add it to the "Location:" field or choose a district profile.');
    if (!facts.address.addressCountry) need('jobLocation.address.addressCountry', 'recommended', 'No country for the work location (known once the state is).');
    if (!facts.address.postalCode) need('jobLocation.address.postalCode', 'recommended', 'No ZIP code for the work location.');
  } else need('jobLocation', 'required', 'No work location: add a "Location:" field with the address, city and state.');

  if (facts.employmentType.length) data.employmentType = facts.employmentType.length === 1 ? facts.employmentType[0]! : facts.employmentType;
  else need('employmentType', 'recommended', 'No employment type: say full-time, part-time, temporary…');

  const pay = salary(facts);
  if (pay) {
    data.baseSalary = pay;
    if (!facts.salary?.unit) need('baseSalary.value.unitText', 'recommended', `Pay '${facts.salary?.text}' does not say per hour, per year…`);
    if (facts.salary?.openEnded) need(`baseSalary.value.${facts.salary.openEnded === 'max' ? 'minValue' : 'maxValue'}`, 'recommended', `Pay '${facts.salary.text}' is open-ended: state a minimum and a maximum.`);
  } else need('baseSalary', 'recommended', 'No pay: state the salary range (pay-transparency laws may require it).');

  if (facts.identifier) data.identifier = { '@type': 'PropertyValue', name: facts.identifier.name, value: facts.identifier.value };
  else need('identifier', 'recommended', 'No job number.');

  if (facts.education) {
    const credential: EducationalOccupationalCredential = { '@type': 'EducationalOccupationalCredential', credentialCategory: facts.education.credentialCategory };
    data.educationRequirements = credential;
  } else need('educationRequirements', 'recommended', 'No required degree found (educationRequirements).');

  if (facts.experience) {
    const experience: OccupationalExperienceRequirements = { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: facts.experience.monthsOfExperience };
    data.experienceRequirements = experience;
  } else need('experienceRequirements', 'recommended', 'No required years of experience found (experienceRequirements).');

  return { data, missing, facts };
}

/** JSON text safe to put inside <script type="application/ld+json"> (no "</script>" can close it). */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
