// A structural check of a JobPosting against what Google for Jobs reads (domain.md): required
// properties present, dates ISO 8601, enums from Google's lists, a description in the limited HTML
// Google accepts, a title that is only a title. Returns problems; an empty list means valid.
import { JOB_BOARD, TITLE_NOISE } from './facts.ts';

export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'] as const;
export const UNIT_TEXTS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export const CREDENTIALS = ['high school', 'associate degree', 'bachelor degree', 'professional certificate', 'postgraduate degree'] as const;

const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ALLOWED_TAGS = new Set(['p', 'ul', 'ol', 'li', 'br', 'strong', 'b', 'em', 'i', 'h1', 'h2', 'h3', 'h4', 'h5']);

type Json = Record<string, unknown>;

function obj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmpty(v: unknown): boolean {
  return typeof v === 'string' && v.trim() !== '';
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

export function validateJobPosting(data: unknown): string[] {
  const problems: string[] = [];
  const bad = (m: string) => problems.push(m);
  if (!obj(data)) return ['not a JSON object'];
  if (data['@context'] !== 'https://schema.org') bad('@context must be "https://schema.org"');
  if (data['@type'] !== 'JobPosting') bad('@type must be "JobPosting"');
  for (const key of ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation']) {
    if (data[key] === undefined) bad(`required property ${key} is missing`);
  }
  if (data.title !== undefined) {
    if (!nonEmpty(data.title)) bad('title must be a non-empty string');
    else if (TITLE_NOISE.test(data.title as string)) bad('title must hold the job title only (no pay, dates or job numbers)');
  }
  if (data.description !== undefined) {
    if (!nonEmpty(data.description)) bad('description must be non-empty HTML');
    else {
      const tags = (data.description as string).matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g);
      for (const t of tags) if (!ALLOWED_TAGS.has(t[1]!.toLowerCase())) bad(`description uses <${t[1]}>, which Google does not read`);
      if (/<(?:script|style|iframe|img|a)\b/i.test(data.description as string)) bad('description holds active or external content');
    }
  }
  for (const key of ['datePosted', 'validThrough']) {
    const v = data[key];
    if (v !== undefined && !(typeof v === 'string' && ISO_DATE.test(v))) bad(`${key} must be an ISO 8601 date`);
  }
  if (data.hiringOrganization !== undefined) {
    const org = data.hiringOrganization;
    if (!obj(org) || org['@type'] !== 'Organization' || !nonEmpty(org.name)) bad('hiringOrganization must be an Organization with a name');
    else if (JOB_BOARD.test(org.name as string)) bad('hiringOrganization must be the employer, not a job board');
  }
  for (const place of list(data.jobLocation)) {
    if (!obj(place) || place['@type'] !== 'Place' || !obj(place.address) || place.address['@type'] !== 'PostalAddress') {
      bad('jobLocation must be a Place with a PostalAddress');
      continue;
    }
    const a = place.address;
    const parts = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'].filter((k) => a[k] !== undefined);
    if (parts.length === 0) bad('jobLocation.address is empty');
    for (const k of parts) if (!nonEmpty(a[k])) bad(`jobLocation.address.${k} must be a non-empty string`);
    if (a.addressCountry !== undefined && !/^[A-Z]{2}$/.test(String(a.addressCountry))) bad('addressCountry must be a two-letter ISO 3166 code');
  }
  for (const t of list(data.employmentType)) {
    if (!(EMPLOYMENT_TYPES as readonly unknown[]).includes(t)) bad(`employmentType ${JSON.stringify(t)} is not one of ${EMPLOYMENT_TYPES.join(', ')}`);
  }
  if (data.baseSalary !== undefined) {
    const s = data.baseSalary;
    if (!obj(s) || s['@type'] !== 'MonetaryAmount') bad('baseSalary must be a MonetaryAmount');
    else {
      if (!(typeof s.currency === 'string' && /^[A-Z]{3}$/.test(s.currency))) bad('baseSalary.currency must be an ISO 4217 code');
      const v = s.value;
      if (!obj(v) || v['@type'] !== 'QuantitativeValue') bad('baseSalary.value must be a QuantitativeValue');
      else {
        const nums = ['value', 'minValue', 'maxValue'].filter((k) => v[k] !== undefined);
        if (nums.length === 0) bad('baseSalary.value needs value or minValue/maxValue');
        for (const k of nums) if (!(typeof v[k] === 'number' && Number.isFinite(v[k]) && (v[k] as number) > 0)) bad(`baseSalary.value.${k} must be a positive number`);
        if (typeof v.minValue === 'number' && typeof v.maxValue === 'number' && v.minValue > v.maxValue) bad('baseSalary minValue is above maxValue');
        if (v.unitText !== undefined && !(UNIT_TEXTS as readonly unknown[]).includes(v.unitText)) bad(`baseSalary.value.unitText must be one of ${UNIT_TEXTS.join(', ')}`);
      }
    }
  }
  if (data.identifier !== undefined) {
    const id = data.identifier;
    if (!obj(id) || id['@type'] !== 'PropertyValue' || !nonEmpty(id.value)) bad('identifier must be a PropertyValue with a value');
  }
  for (const e of list(data.educationRequirements)) {
    if (!obj(e) || e['@type'] !== 'EducationalOccupationalCredential' || !(CREDENTIALS as readonly unknown[]).includes(e.credentialCategory)) {
      bad(`educationRequirements.credentialCategory must be one of ${CREDENTIALS.join(', ')}`);
    }
  }
  for (const e of list(data.experienceRequirements)) {
    if (!obj(e) || e['@type'] !== 'OccupationalExperienceRequirements' || !(typeof e.monthsOfExperience === 'number' && e.monthsOfExperience > 0)) {
      bad('experienceRequirements must be OccupationalExperienceRequirements with monthsOfExperience > 0');
    }
  }
  return problems;
}
