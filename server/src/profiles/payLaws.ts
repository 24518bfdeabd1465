// Pay-transparency posting laws by state, as data (../shared/docs/domain.md). Summaries, not legal
// advice: rule messages say "review with counsel", never "compliant".

export interface PayLaw {
  state: string;
  /** Citation as people write it. */
  law: string;
  /** First day the posting duty applies (yyyy-mm-dd). */
  effective: string;
  /** The posting must show pay (a figure or a range). */
  pay: boolean;
  /** A single figure is not enough: a range (minimum and maximum) is expected. */
  range: boolean;
  /** A general description of benefits (and other compensation) is required. */
  benefits: boolean;
  /** The expected application close date is required, from this date (null: not required). */
  closeDateFrom: string | null;
  /** Open-ended wording ("up to", "starting at") does not satisfy the law. */
  noOpenEnded: boolean;
  /** Who is covered, in a few words. */
  covers: string;
  source: string;
}

export const PAY_LAWS: Record<string, PayLaw> = {
  IL: {
    state: 'IL',
    law: 'Illinois Equal Pay Act, 820 ILCS 112/10(b-25)',
    effective: '2025-01-01',
    pay: true,
    range: false,
    benefits: true,
    closeDateFrom: null,
    noOpenEnded: true,
    covers: 'employers with 15 or more employees, public employers included',
    source: 'https://labor.illinois.gov/faqs/equal-pay-act-salary-transparency-faq.html',
  },
  MA: {
    state: 'MA',
    law: 'Massachusetts pay transparency law (Acts of 2024, ch. 141)',
    effective: '2025-10-29',
    pay: true,
    range: true,
    benefits: false,
    closeDateFrom: null,
    noOpenEnded: true,
    covers: 'employers with 25 or more employees, public and private',
    source: 'gtlaw.com: Massachusetts pay transparency law takes effect on Oct. 29, 2025',
  },
  CO: {
    state: 'CO',
    law: 'Colorado Equal Pay for Equal Work Act',
    effective: '2021-01-01',
    pay: true,
    range: false,
    benefits: true,
    closeDateFrom: '2024-01-01',
    noOpenEnded: true,
    covers: 'any employer with an employee in Colorado',
    source: 'ezel.ai/labor-guidance/co/info-9a',
  },
  NY: {
    state: 'NY',
    law: 'New York Labor Law § 194-b (and NYC Local Law 32 of 2022)',
    effective: '2023-09-17',
    pay: true,
    range: true,
    benefits: false,
    closeDateFrom: null,
    noOpenEnded: true,
    covers: 'employers with 4 or more employees (state law excludes government agencies)',
    source: 'nixonpeabody.com: New York State pay transparency law effective September 17, 2023; crainsnewyork.com on NYC Local Law 32',
  },
  CA: {
    state: 'CA',
    law: 'California Labor Code § 432.3',
    effective: '2023-01-01',
    pay: true,
    range: true,
    benefits: false,
    closeDateFrom: null,
    noOpenEnded: true,
    covers: 'employers with 15 or more employees',
    source: 'cgl-llp.com/insights/california-pay-transparency-laws-explained/',
  },
  WA: {
    state: 'WA',
    law: 'Washington RCW 49.58.110',
    effective: '2023-01-01',
    pay: true,
    range: true,
    benefits: true,
    closeDateFrom: null,
    noOpenEnded: true,
    covers: 'employers with 15 or more employees, public and private',
    source: 'morganlewis.com/pubs/2022/12/ (Washington pay transparency, RCW 49.58.110)',
  },
};

/** The law for a state, or null. */
export function payLawFor(state: string | null | undefined): PayLaw | null {
  if (!state) return null;
  return PAY_LAWS[state.toUpperCase()] ?? null;
}

/** Kinds a state's pay law requires in postings on a given day (salary, benefits). */
export function payLawKinds(state: string | null | undefined, today: string): Array<'salary' | 'benefits'> {
  const law = payLawFor(state);
  if (!law || today < law.effective) return [];
  const out: Array<'salary' | 'benefits'> = [];
  if (law.pay) out.push('salary');
  if (law.benefits) out.push('benefits');
  return out;
}
