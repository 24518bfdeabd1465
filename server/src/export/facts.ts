// The publishable facts of a posting, read once: title, employer, place, dates, pay, type, job
// number, education and experience. Each fact is what the posting (or its district profile) states;
// what is not stated stays undefined and is reported as missing by the exporters — never invented.
import type { Posting } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { junkLines } from '../facts/junk.ts';
import { stateFromFields } from '../rules/pay-transparency.ts';
import { parseDate } from '../facts/dates.ts';
import { extractEducation, extractExperience, type Education, type Experience } from './requirements.ts';
import { extractSalary, type Salary } from './salary.ts';

export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'INTERN' | 'VOLUNTEER' | 'PER_DIEM' | 'OTHER';

export interface Located<T> {
  value: T;
  /** 0-based line the value was read from; null when it came from the profile. */
  line: number | null;
}

export interface Address {
  streetAddress?: string;
  addressLocality?: string;
  addressRegion?: string;
  postalCode?: string;
  addressCountry?: string;
}

export interface JobFacts {
  title?: Located<string>;
  organization?: Located<string>;
  address: Address;
  /** The location as written, when there is one. */
  locationText?: Located<string>;
  datePosted?: Located<string>;
  validThrough?: Located<string>;
  employmentType: EmploymentType[];
  identifier?: Located<string> & { name: string };
  salary: Salary | null;
  education: Education | null;
  experience: Experience | null;
}

export const US_STATES: Record<string, string> = {
  alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO', connecticut: 'CT',
  delaware: 'DE', 'district of columbia': 'DC', florida: 'FL', georgia: 'GA', hawaii: 'HI', idaho: 'ID', illinois: 'IL',
  indiana: 'IN', iowa: 'IA', kansas: 'KS', kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD',
  massachusetts: 'MA', michigan: 'MI', minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT',
  nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH', 'new jersey': 'NJ', 'new mexico': 'NM', 'new york': 'NY',
  'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK', oregon: 'OR', pennsylvania: 'PA',
  'rhode island': 'RI', 'south carolina': 'SC', 'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT',
  vermont: 'VT', virginia: 'VA', washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY',
};
const STATE_CODES = new Set(Object.values(US_STATES));

/** Names of job boards and aggregators: never the hiring organization. */
export const JOB_BOARD = /\b(?:indeed|linkedin|ziprecruiter|glassdoor|monster\.com|careerbuilder|simply ?hired|snagajob|schoolspring|k12 ?job ?spot|edjoin|applitrack|higher ?ed ?jobs|idealist|handshake|teachers-teachers|job ?board|job ?site|careers? portal|philadelphia higher education network|phenround)\b/i;

// "Chicago Public Schools", "School District of Philadelphia", "Worcester Public Schools".
const DISTRICT_CITY = /^(?:the )?(?:school district of (?:the city of )?([A-Z][A-Za-z .'-]+)|([A-Z][A-Za-z .'-]+?) (?:public schools|city schools|city school district|unified school district|independent school district|school district|public school district|area school district))$/i;
const STREET = /\b\d{1,6}(?: [NSEW]\.?| North| South| East| West)? (?:[A-Z][A-Za-z.'-]{0,30} ){0,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Square|Sq|Terrace|Ter)\b\.?/;
// Applied to the location with its whitespace collapsed to single spaces.
const CITY_STATE = /(?:^|, ?| - )([A-Z][A-Za-z .'-]{1,40}?), ?([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: (\d{5}(?:-\d{4})?))? ?$/;
const ZIP = /\b(\d{5})(?:-\d{4})?\s*$/;

function stateCode(text: string): string | null {
  const t = text.trim();
  if (STATE_CODES.has(t.toUpperCase()) && t.length === 2) return t.toUpperCase();
  return US_STATES[t.toLowerCase()] ?? null;
}

/** The city a district's name holds ("Chicago Public Schools" → Chicago), else null. */
export function districtCity(name: string): string | null {
  const m = DISTRICT_CITY.exec(name.trim());
  const city = m ? (m[1] ?? m[2] ?? '').trim() : '';
  return city && city.split(/\s+/).length <= 4 ? city : null;
}

function field(posting: Posting, ...keys: string[]): Posting['fields'][number] | undefined {
  const junk = junkLines(posting);
  for (const key of keys) {
    const f = posting.fields.find((x) => x.key === key && x.value.trim() !== '' && !junk[x.line]);
    if (f) return f;
  }
  return undefined;
}

/** What a title must not hold (Google: the job title only). Shared with validate.ts. */
export const TITLE_NOISE = /\$\s?\d|\b\d{4}-\d{2}-\d{2}\b|\bjob (?:#|no\.?|number)|\breq(?:uisition)? ?#/i;

function cleanTitle(title: string, organization: string | undefined): string {
  let t = title.trim();
  if (organization) {
    for (const sep of [', ', ' - ', ' – ', ' | ', ' at ']) {
      const tail = `${sep}${organization}`;
      if (t.toLowerCase().endsWith(tail.toLowerCase())) t = t.slice(0, -tail.length).trim();
    }
  }
  // Job codes and numbers are not part of a title.
  t = t.replace(/\s+/g, ' ').replace(/[([]?\b(?:job|req|requisition|posting) ?(?:#|no\.?|number|id) ?:? ?[A-Z0-9-]{3,}[)\]]?/gi, '').trim();
  // Pay and dates written into the title line ("Teacher - $50,000 - 2025-04-18") are not the title.
  const parts = t.split(/ [-–|] /);
  const kept = parts.filter((p) => !TITLE_NOISE.test(p));
  if (kept.length && kept.length < parts.length) t = kept.join(' - ');
  while (t.length && '-–|'.includes(t[t.length - 1]!)) t = t.slice(0, -1).trimEnd();
  return t;
}

function organizationOf(posting: Posting, profile: Profile | null): Located<string> | undefined {
  const f = field(posting, 'organization');
  const line = f?.line ?? null;
  if (profile && profile.id !== 'generic' && profile.name && !JOB_BOARD.test(profile.name)) return { value: profile.name, line };
  if (f && !JOB_BOARD.test(f.value)) return { value: f.value.trim(), line: f.line };
  if (posting.title?.organization && !JOB_BOARD.test(posting.title.organization)) return { value: posting.title.organization, line: posting.title.line };
  return districtNamedInIntro(posting);
}

const DISTRICT_WORDS = new Set(['Schools', 'District', 'Academy', 'Academies']);

/** "Denver Public Schools is one of…": the district that opens the about-the-district paragraph. */
function districtNamedInIntro(posting: Posting): Located<string> | undefined {
  const intro = posting.sections.find((s) => s.kind === 'about_district');
  const block = intro?.blocks.find((b) => b.type === 'paragraph');
  if (!block) return undefined;
  const words = block.text.split(' ', 10);
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!.replace(/[,.;:]$/, '');
    if (!/^[A-Z]/.test(words[k - 1]!)) return undefined;
    if (DISTRICT_WORDS.has(word)) {
      const value = words.slice(0, k).concat(word).join(' ');
      return JOB_BOARD.test(value) ? undefined : { value, line: block.line };
    }
  }
  return undefined;
}

function addressOf(posting: Posting, profile: Profile | null, organization: string | undefined): { address: Address; text?: Located<string> } {
  const address: Address = {};
  const f = field(posting, 'location');
  if (f) {
    const raw = f.value.slice(0, 300).replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    const street = STREET.exec(raw);
    if (street) address.streetAddress = street[0].replace(/\.$/, '').trim();
    const cs = CITY_STATE.exec(raw);
    if (cs) {
      const region = stateCode(cs[2]!);
      if (region) {
        const city = cs[1]!.trim();
        if (!DISTRICT_CITY.test(city) && !STREET.test(city)) address.addressLocality = city;
        address.addressRegion = region;
        if (cs[3]) address.postalCode = cs[3];
      }
    } else if (stateCode(raw)) address.addressRegion = stateCode(raw)!;
    const zip = ZIP.exec(raw);
    if (zip && !address.postalCode) address.postalCode = zip[1];
  }
  if (!address.addressRegion) {
    const state = profile?.state ?? stateFromFields(posting);
    if (state && STATE_CODES.has(state.toUpperCase())) address.addressRegion = state.toUpperCase();
  }
  if (!address.addressLocality) {
    const city = (organization && districtCity(organization)) || (profile && profile.id !== 'generic' ? districtCity(profile.name) : null);
    if (city) address.addressLocality = city;
  }
  if (address.addressRegion) address.addressCountry = 'US';
  return { address, ...(f ? { text: { value: f.value.trim(), line: f.line } } : {}) };
}

const TYPE_WORDS: Array<[EmploymentType, RegExp]> = [
  ['FULL_TIME', /\bfull[- ]?time\b/i],
  ['PART_TIME', /\bpart[- ]?time\b/i],
  ['TEMPORARY', /\btemporary\b|\bseasonal\b|\binterim\b/i],
  ['CONTRACTOR', /\bcontract(?:or)?\b/i],
  ['INTERN', /\bintern(?:ship)?\b/i],
  ['VOLUNTEER', /\bvolunteer\b/i],
  ['PER_DIEM', /\bper diem\b|\bsubstitute\b|\bon[- ]call\b/i],
];
// Prose that states this position's type ("This is a full-time, exempt position"), not a policy
// about other positions ("does not apply to temporary/part-time positions").
const TYPE_SENTENCE = /\b(?:this|the) (?:is an?|position is an?|role is an?|job is an?) ((?:full|part)[- ]time|temporary|seasonal|per diem)\b/i;

function employmentTypesOf(posting: Posting): { types: EmploymentType[]; line: number | null } {
  const out: EmploymentType[] = [];
  const f = field(posting, 'employment_type', 'schedule', 'position_type');
  if (f) for (const [type, re] of TYPE_WORDS) if (re.test(f.value)) out.push(type);
  if (out.length) return { types: out, line: f!.line };
  const junk = junkLines(posting);
  for (let i = 0; i < posting.lines.length; i++) {
    const text = posting.lines[i]!;
    if (junk[i] || text.length > 3000) continue;
    const m = TYPE_SENTENCE.exec(text);
    if (!m) continue;
    for (const [type, re] of TYPE_WORDS) if (re.test(m[1]!)) return { types: [type], line: i };
  }
  return { types: [], line: null };
}

// The date is looked for in the 60 characters after the match (parseDate skips ": " and the like).
const CLOSING = /\b(?:closing date|close date|closes(?: on)?|deadline(?: to apply)?|apply by|applications? (?:are )?(?:due|accepted) (?:by|until|through)|open until|posting end date|end date)\b/i;
const POSTED = /\bposted (?:by [^,\n]{2,80}? )?on\b|\bdate posted\b|\bposting date\b/i;

function dateNear(posting: Posting, re: RegExp): Located<string> | undefined {
  const junk = junkLines(posting);
  for (let i = 0; i < posting.lines.length; i++) {
    const text = posting.lines[i]!;
    if (junk[i] || text.length > 3000) continue;
    const m = re.exec(text);
    if (!m) continue;
    const date = parseDate(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) ?? parseDate(posting.lines[i + 1] ?? '');
    if (date) return { value: date, line: i };
  }
  return undefined;
}

export function jobFacts(posting: Posting, profile: Profile | null = null): JobFacts {
  const organization = organizationOf(posting, profile);
  const titleField = field(posting, 'job_title');
  const titleText = posting.title?.text ?? titleField?.value;
  const title = titleText ? { value: cleanTitle(titleText, organization?.value), line: posting.title?.line ?? titleField!.line } : undefined;
  const { address, text: locationText } = addressOf(posting, profile, organization?.value);
  const posted = field(posting, 'posting_date');
  const postedDate = posted ? parseDate(posted.value) : null;
  const closing = field(posting, 'closing_date');
  const closingDate = closing ? parseDate(closing.value) : null;
  const jobNumber = field(posting, 'job_number');
  const { types } = employmentTypesOf(posting);
  return {
    ...(title && title.value ? { title } : {}),
    ...(organization ? { organization } : {}),
    address,
    ...(locationText ? { locationText } : {}),
    ...(postedDate ? { datePosted: { value: postedDate, line: posted!.line } } : (() => {
      const d = dateNear(posting, POSTED);
      return d ? { datePosted: d } : {};
    })()),
    ...(closingDate ? { validThrough: { value: closingDate, line: closing!.line } } : (() => {
      const d = dateNear(posting, CLOSING);
      return d ? { validThrough: d } : {};
    })()),
    employmentType: types,
    ...(jobNumber ? { identifier: { name: organization?.value ?? jobNumber.name, value: jobNumber.value.trim(), line: jobNumber.line } } : {}),
    salary: extractSalary(posting),
    education: extractEducation(posting),
    experience: extractExperience(posting),
  };
}
