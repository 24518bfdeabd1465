// US pay-transparency laws for job postings, state and local, as data (checked 2026-12-02 against
// the `source` pages; `verified: false` marks what those pages did not settle). Summaries, not legal
// advice: rule messages say "review with counsel", never "compliant". Laws that only give the range
// on request, after an interview or after an offer are listed with their demand level; they ask
// nothing of a posting and the rule does not check them.

/** When the law makes the employer say the pay. Only 'posting' laws ask something of a posting. */
export type Demand = 'posting' | 'on-request' | 'after-interview' | 'after-offer';
/** Whether public employers (school districts) are covered. */
export type PublicCoverage = 'covered' | 'excluded' | 'partly' | 'unclear';

export interface PayLaw {
  /** 'CO', 'NYC', 'NY-WESTCHESTER'. */
  id: string;
  state: string;
  /** Local jurisdiction id (model/stateData.ts localities), null for a state law. */
  locality: string | null;
  /** Where it applies, in words. */
  place: string;
  /** Citation as people write it. */
  law: string;
  /** First day the duty applies (yyyy-mm-dd). */
  effective: string;
  demand: Demand;
  /** The posting must show pay (a figure or a range). */
  pay: boolean;
  /** A single figure is not enough: a minimum and a maximum are expected. */
  range: boolean;
  /** From this day a single fixed figure is enough again (Washington's 2025 amendment). */
  singleFigureFrom: string | null;
  /** A general description of benefits is required. */
  benefits: boolean;
  /** A general description of other compensation (bonuses, commissions) is required. */
  otherComp: boolean;
  /** The application close date is required from this day (null: not required). */
  closeDateFrom: string | null;
  /** Open-ended wording ("up to", "starting at") does not satisfy the law. */
  noOpenEnded: boolean;
  /** A pay scale or a link to one ("per the salary schedule") satisfies the pay demand. */
  scaleOk: boolean;
  /** Smallest covered employer (employees); null when the source gives none. */
  minEmployees: number | null;
  publicEmployers: PublicCoverage;
  /** Who is covered, in a few words. */
  covers: string;
  /** A page checked for this entry. */
  source: string;
  /** False when the source left a fact in this entry open (see note). */
  verified: boolean;
  note?: string;
}

type Entry = Pick<PayLaw, 'id' | 'state' | 'place' | 'law' | 'effective' | 'minEmployees' | 'publicEmployers' | 'covers' | 'source'> & Partial<PayLaw>;

function law(e: Entry): PayLaw {
  const range = e.range ?? false;
  return {
    locality: null, demand: 'posting', pay: e.demand === undefined || e.demand === 'posting', range, singleFigureFrom: null,
    benefits: false, otherComp: false, closeDateFrom: null, noOpenEnded: range, scaleOk: false, verified: true, ...e,
  };
}

export const PAY_LAWS: readonly PayLaw[] = [
  law({ id: 'CO', state: 'CO', place: 'Colorado', law: 'Colorado Equal Pay for Equal Work Act, C.R.S. § 8-5-201', effective: '2021-01-01',
    benefits: true, otherComp: true, closeDateFrom: '2024-01-01', noOpenEnded: true, minEmployees: 1, publicEmployers: 'covered',
    covers: 'any employer with an employee in Colorado, public bodies and schools included',
    source: 'https://www.ctsi.org/technical-update-1-colorado-equal-pay-for-equal-work-act-is-in-effect/',
    note: 'Application deadline in postings from 2024-01-01 (Ensure Equal Pay for Equal Work Act): https://www.c2essentials.com/resources/colorado-equal-pay-for-equal-work-act-amended/' }),
  law({ id: 'CA', state: 'CA', place: 'California', law: 'California Labor Code § 432.3(c)(3) (SB 1162)', effective: '2023-01-01', range: true,
    minEmployees: 15, publicEmployers: 'covered', covers: 'public and private employers with 15 or more employees',
    source: 'https://www.lcwlegal.com/news/sb-1162-enacts-pay-transparency-requirements-for-hiring-employers-revises-pay-data-reporting-requirements-for-private-employers/' }),
  law({ id: 'WA', state: 'WA', place: 'Washington', law: 'Washington Equal Pay and Opportunities Act, RCW 49.58.110 (amended by SSB 5408, 2025)',
    effective: '2023-01-01', range: true, singleFigureFrom: '2025-07-27', benefits: true, otherComp: true, minEmployees: 15, publicEmployers: 'covered',
    covers: 'employers with 15 or more employees', verified: false,
    source: 'https://ogletree.com/insights-resources/blog-posts/washington-governor-signs-bill-making-key-changes-to-equal-pay-and-opportunities-act',
    note: 'SSB 5408 (from 2025-07-27): a fixed amount may be posted when only one amount is offered; five business days to correct a posting after notice until 2027-07-27. Coverage of public employers is from the statute\'s definition of employer, not confirmed by the source page.' }),
  law({ id: 'NY', state: 'NY', place: 'New York State', law: 'New York Labor Law § 194-b', effective: '2023-09-17', range: true, minEmployees: 4,
    publicEmployers: 'excluded', covers: 'employers with 4 or more employees; government agencies are excluded from the Article 6 definition of employer',
    source: 'https://www.nixonpeabody.com/insights/alerts/2022/12/21/new-york-state-pay-transparency-law-effective-september-17-2023',
    note: 'Also asks for the job description if one exists.' }),
  law({ id: 'NYC', state: 'NY', locality: 'NYC', place: 'New York City', law: 'NYC Admin. Code § 8-107(32) (Local Law 32 of 2022, amended by Local Law 59 of 2022)',
    effective: '2022-11-01', range: true, minEmployees: 4, publicEmployers: 'unclear', verified: false, covers: 'employers with 4 or more employees, one in the city',
    source: 'https://legistar.council.nyc.gov/LegislationDetail.aspx?ID=5528005&GUID=4544EE38-4659-44F6-9092-19D965A680AE&Options=ID%7CText%7C&Search=',
    note: 'Whether city agencies and the Department of Education are covered was not settled by the sources searched.' }),
  law({ id: 'NY-ITHACA', state: 'NY', locality: 'NY-ITHACA', place: 'Ithaca, New York', law: 'City of Ithaca pay transparency ordinance (Municipal Code ch. 215)',
    effective: '2022-09-01', range: true, minEmployees: 4, publicEmployers: 'unclear', verified: false, covers: 'employers with 4 or more employees',
    source: 'https://www.hireimage.com/news/new-york-transparency-laws/', note: 'Code chapter not confirmed by the source; coverage of public employers not stated.' }),
  law({ id: 'NY-WESTCHESTER', state: 'NY', locality: 'NY-WESTCHESTER', place: 'Westchester County, New York', law: 'Laws of Westchester County § 700.03 (Human Rights Law)',
    effective: '2022-11-06', range: true, minEmployees: 4, publicEmployers: 'unclear', covers: 'employers with 4 or more employees, jobs performed at least in part in the county',
    source: 'https://www.vensure.com/resources/hr-legal-updates/july-2022-westchester-county-enacts-pay-disclosure-requirements/',
    note: 'The law says it is void once substantially similar statewide legislation takes effect; whether Labor Law § 194-b did so is unsettled.' }),
  law({ id: 'NY-ALBANY-COUNTY', state: 'NY', locality: 'NY-ALBANY-COUNTY', place: 'Albany County, New York', law: 'Albany County Local Law "E" of 2022 (Omnibus Human Rights Law)',
    effective: '2023-03-09', range: true, minEmployees: null, publicEmployers: 'unclear', verified: false, covers: 'employers advertising jobs in Albany County',
    source: 'https://webiis05.mondaq.com/unitedstates/employee-rights-labour-relations/1274904/albany-county-new-yorks-new-law-requiring-disclosure-of-pay-ranges-in-job-postings',
    note: 'The source gives 2023-03-09 as the expected effective date and no employee threshold.' }),
  law({ id: 'NJ-JERSEY-CITY', state: 'NJ', locality: 'NJ-JERSEY-CITY', place: 'Jersey City, New Jersey', law: 'Jersey City Municipal Code § 148-4.1 (Ordinances 22-026 and 22-045)',
    effective: '2022-04-13', range: true, benefits: true, minEmployees: 5, publicEmployers: 'unclear', covers: 'employers with 5 or more employees or contractors in Jersey City',
    source: 'https://jerseycitynj.gov/cms/One.aspx?pageId=19762610&portalId=6189744' }),
  law({ id: 'HI', state: 'HI', place: 'Hawaii', law: 'HRS § 378-2.8 (Act 203 of 2023)', effective: '2024-01-01', minEmployees: 50, publicEmployers: 'partly',
    covers: 'employers with 50 or more employees; not internal transfers or public positions whose pay is set by collective bargaining',
    source: 'https://courtgpt.ai/laws/hawaii/title-21/chapter-378/section-378-2-8' }),
  law({ id: 'MD', state: 'MD', place: 'Maryland', law: 'Md. Code, Lab. & Empl. § 3-304.2 (SB 525 / HB 649 of 2024)', effective: '2024-10-01', range: true,
    benefits: true, otherComp: true, minEmployees: 1, verified: false, publicEmployers: 'covered', covers: 'all employers, public and private, for work performed at least in part in Maryland',
    source: 'https://compport.com/blog/maryland-pay-transparency-laws', note: 'Section number from general knowledge; the sources name the bill.' }),
  law({ id: 'DC', state: 'DC', place: 'District of Columbia', law: 'D.C. Code § 32-1451 et seq. (Wage Transparency Omnibus Amendment Act of 2023)', effective: '2024-06-30',
    range: true, minEmployees: 1, publicEmployers: 'excluded', covers: 'employers with an employee in the District; the District and federal governments are excluded',
    source: 'https://bipc.com/new-amendment-revives-washington-dc-pay-transparency-law', note: 'Healthcare benefits must be disclosed before the first interview, not necessarily in the posting.' }),
  law({ id: 'IL', state: 'IL', place: 'Illinois', law: 'Illinois Equal Pay Act, 820 ILCS 112/10(b-25)', effective: '2025-01-01', benefits: true, otherComp: true,
    noOpenEnded: true, scaleOk: true, minEmployees: 15, verified: false, publicEmployers: 'covered', covers: 'employers with 15 or more employees, units of local government and school districts included',
    source: 'https://labor.illinois.gov/pay', note: 'A hyperlink to a public page with the pay scale and benefits satisfies the law. The open-ended reading follows the Department of Labor FAQ and was not re-checked.' }),
  law({ id: 'MN', state: 'MN', place: 'Minnesota', law: 'Minn. Stat. § 181.173', effective: '2025-01-01', benefits: true, otherComp: true, noOpenEnded: true,
    minEmployees: 30, publicEmployers: 'covered', covers: 'employers with 30 or more employees in Minnesota, governmental subdivisions included',
    source: 'https://stinson.com/newsroom-publications-minnesota-pay-transparency-signed-into-law', note: 'A fixed pay rate is allowed when no range is offered; a range may not be open-ended.' }),
  law({ id: 'NJ', state: 'NJ', place: 'New Jersey', law: 'New Jersey Pay Transparency Act, N.J.S.A. 34:11-56.12a et seq. (P.L. 2024, c. 91; S2310)', effective: '2025-06-01',
    benefits: true, otherComp: true, minEmployees: 10, verified: false, publicEmployers: 'covered', covers: 'employers with 10 or more employees over 20 weeks, the State, counties and municipalities included',
    source: 'https://greenbaumlaw.com/insights-alerts-An-Overview-of-New-Jerseys-New-Pay-Transparency-Legislation-for-Employers.html',
    note: 'Statute section numbers from general knowledge; the sources name the bill.' }),
  law({ id: 'VT', state: 'VT', place: 'Vermont', law: '21 V.S.A. § 495o (Act 155 of 2024)', effective: '2025-07-01', minEmployees: 5, publicEmployers: 'covered',
    covers: 'employers with 5 or more employees, one in Vermont, governmental entities included',
    source: 'https://mondaq.co.uk/unitedstates/employee-rights-labour-relations/1487858/vermont-employers-prepare-for-new-pay-transparency-requirements' }),
  law({ id: 'MA', state: 'MA', place: 'Massachusetts', law: 'M.G.L. c. 149, § 105F (Acts of 2024, ch. 141)', effective: '2025-10-29', range: true, minEmployees: 25,
    verified: false, publicEmployers: 'covered', covers: 'public and private employers with 25 or more employees in the Commonwealth',
    source: 'https://harringtonheep.com/post/salary-transparency-is-coming-to-your-job-postings', note: 'Section number from general knowledge; the sources name the chapter.' }),
  law({ id: 'OH-CLEVELAND', state: 'OH', locality: 'OH-CLEVELAND', place: 'Cleveland, Ohio', law: 'Cleveland Codified Ordinances ch. 669 (Ordinance No. 104-2025)',
    effective: '2025-10-27', range: true, scaleOk: true, minEmployees: 15, publicEmployers: 'excluded',
    covers: 'employers with 15 or more employees in the city; the City of Cleveland is covered, other government units are not',
    source: 'https://www.beneschlaw.com/resources/cleveland-city-council-passes-new-pay-transparency-and-salary-history-ordinance.html' }),
  law({ id: 'OH-COLUMBUS', state: 'OH', locality: 'OH-COLUMBUS', place: 'Columbus, Ohio', law: 'Columbus City Code ch. 2335 (Ordinance 2898-2025)', effective: '2025-12-03',
    range: true, scaleOk: true, minEmployees: 15, publicEmployers: 'unclear', verified: false,
    covers: 'employers with 15 or more employees in the city; federal, state and county employers are not covered',
    source: 'https://ogletree.com/insights-resources/blog-posts/columbus-ohio-enacts-new-pay-transparency-ordinance-requiring-salary-ranges-in-job-postings',
    note: 'In effect 2025-12-03; enforcement starts 2027-01-01. Whether school districts are covered was not settled by the sources.' }),
  law({ id: 'VA', state: 'VA', place: 'Virginia', law: 'Va. Code § 40.1-28.7:12 (SB 215 / HB 636 of 2026)', effective: '2026-07-01', minEmployees: 1,
    publicEmployers: 'unclear', verified: false, covers: 'Virginia employers regardless of size',
    source: 'https://virginiabusiness.com/virginia-pay-transparency-law-requires-salary-ranges/',
    note: 'One source cites § 40.1-28.7:10; whether public employers (school boards) are covered was not settled by the sources.' }),
  law({ id: 'ME', state: 'ME', place: 'Maine', law: 'Maine LD 54 / H.P. 18 (132nd Legislature), 26 M.R.S. § 628-B', effective: '2026-07-13', range: true,
    minEmployees: 10, publicEmployers: 'unclear', verified: false, covers: 'employers with 10 or more employees',
    source: 'https://complianceposter.com/2026/05/11/maine-2026-legislative-session-end/',
    note: 'Sources disagree on the effective date (2026-07-13 here; another says 2026-07-29); the statute section is unconfirmed.' }),
  law({ id: 'DE', state: 'DE', place: 'Delaware', law: '19 Del. C. § 709C (HB 105, House Substitute 2, 2025)', effective: '2027-09-26', benefits: true, otherComp: true,
    minEmployees: 26, publicEmployers: 'unclear', covers: 'employers with 26 or more employees; jobs in Delaware and US remote jobs of Delaware employers',
    source: 'https://www.managease.com/delaware-new-pay-transparency-requirements' }),
  // Range on request, after an interview or after an offer: not posting laws.
  law({ id: 'CT', state: 'CT', place: 'Connecticut', law: 'Conn. Gen. Stat. § 31-40z (Public Act 21-30)', effective: '2021-10-01', demand: 'on-request',
    minEmployees: 1, verified: false, publicEmployers: 'unclear', covers: 'all employers: the range on request or before an offer, whichever is first',
    source: 'https://www.kamsa.co/insights/2022-11-08-pay-transparency-laws-summary-for-the-u-s/', note: 'Statute section from general knowledge; the source gives the rule, not the citation.' }),
  law({ id: 'RI', state: 'RI', place: 'Rhode Island', law: 'R.I. Gen. Laws § 28-6-22', effective: '2023-01-01', demand: 'on-request', minEmployees: 1, verified: false, publicEmployers: 'unclear',
    covers: 'employers: the range on an applicant\'s request', source: 'https://www.businessinsider.com/list-of-states-and-cities-with-pay-transparency-laws-colorado-2022-11', note: 'Statute section from general knowledge; the source gives the rule, not the citation.' }),
  law({ id: 'NV', state: 'NV', place: 'Nevada', law: 'NRS 613.133 (SB 293 of 2021)', effective: '2021-10-01', demand: 'after-interview', minEmployees: 1, verified: false, publicEmployers: 'unclear',
    covers: 'employers: the range to applicants who completed an interview', source: 'https://portal.mytruescreen.com/documents/Jul2021_TS_I6.html', note: 'Statute section and bill from general knowledge; the source gives the rule, not the citation.' }),
  law({ id: 'OH-CINCINNATI', state: 'OH', locality: 'OH-CINCINNATI', place: 'Cincinnati, Ohio', law: 'Cincinnati Ordinance No. 83-2019', effective: '2020-03-13',
    demand: 'after-offer', minEmployees: 15, publicEmployers: 'unclear', covers: 'employers with 15 or more employees in the city: the pay scale on request after a conditional offer',
    source: 'https://ogletree.com/insights-resources/blog-posts/cincinnati-city-council-passes-ordinance-prohibiting-salary-history-inquiries/' }),
  law({ id: 'OH-TOLEDO', state: 'OH', locality: 'OH-TOLEDO', place: 'Toledo, Ohio', law: 'Toledo salary history ordinance (Toledo Municipal Code ch. 768)', effective: '2020-06-25',
    demand: 'after-offer', minEmployees: 15, publicEmployers: 'excluded', verified: false, covers: 'employers with 15 or more employees in the city, not public employers other than the City',
    source: 'http://adptotalsourceinsightsandsolutions.com/State-Updates-Detail/ArtMID/980/ArticleID/2351/Ohio-City-of-Toledo-restricts-pay-history-inquiries-',
    note: 'Code chapter not confirmed by the source.' }),
];

/** A place a posting is for: a state and, when known, a local jurisdiction. */
export interface Place {
  state: string | null;
  locality?: string | null;
}

/** Every law in the table for the place (state laws, and the locality's own), in table order. */
export function lawsFor(place: Place): PayLaw[] {
  const state = place.state?.toUpperCase();
  if (!state) return [];
  return PAY_LAWS.filter((l) => l.state === state && (l.locality === null || l.locality === place.locality));
}

/** Posting laws for the place in force on `today` (yyyy-mm-dd, local date). */
export function postingLawsInForce(place: Place, today: string): PayLaw[] {
  return lawsFor(place).filter((l) => l.demand === 'posting' && today >= l.effective);
}

/** The state-wide posting law of a state (any date), or null. */
export function payLawFor(state: string | null | undefined): PayLaw | null {
  if (!state) return null;
  return PAY_LAWS.find((l) => l.state === state.toUpperCase() && l.locality === null && l.demand === 'posting') ?? null;
}

/** Kinds the posting laws for a place require on a day (salary, benefits). */
export function payLawKinds(place: string | Place | null | undefined, today: string): Array<'salary' | 'benefits'> {
  const p: Place = typeof place === 'string' || place == null ? { state: place ?? null } : place;
  const laws = postingLawsInForce(p, today);
  const out: Array<'salary' | 'benefits'> = [];
  if (laws.some((l) => l.pay)) out.push('salary');
  if (laws.some((l) => l.benefits)) out.push('benefits');
  return out;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The law table as Markdown (docs/rules/pay-transparency.md holds this text; a test keeps them equal). */
export function payLawTableMarkdown(): string {
  const head = '| Place | Law | Effective | Demand | Asks for | Employees | Public employers | Verified | Source |\n|---|---|---|---|---|---|---|---|---|';
  const rows = PAY_LAWS.map((l) => {
    const asks = l.demand !== 'posting' ? 'range (not in the posting)' : [l.range ? 'pay range' : 'pay or range', l.singleFigureFrom ? `single figure OK from ${l.singleFigureFrom}` : '', l.scaleOk ? 'scale/link OK' : '', l.benefits ? 'benefits' : '', l.otherComp ? 'other compensation' : '', l.closeDateFrom ? `close date from ${l.closeDateFrom}` : '', l.noOpenEnded ? 'not open-ended' : ''].filter(Boolean).join('; ');
    const verified = l.verified ? 'yes' : `no: ${l.note ?? ''}`;
    return `| ${cell(l.place)} | ${cell(l.law)} | ${l.effective} | ${l.demand} | ${cell(asks)} | ${l.minEmployees ?? '?'} | ${l.publicEmployers} | ${cell(verified)} | <${l.source}> |`;
  });
  return [head, ...rows].join('\n');
}
