// The top of a posting: front matter, the job title, the lines a job board or a letterhead puts
// above it, and the unlabelled facts of the header block (organization, location, employment type).
import type { FieldKey, FrontMatter } from './posting.ts';
import { fieldKey, paddedFieldAt, splitLabel } from './fields.ts';
import { ACCOUNT_PROMPT, BREADCRUMB, LINK_PROMPT, isBoardFacetLabel, isJunkLine, matchQuestionTitle } from './junk.ts';
import { BULLET, isDateLine, markdownHeading } from './lines.ts';
import { roleFamilyOf } from './roles.ts';
import { normalizeLabel, wordCount } from './text.ts';

export const ORGANIZATION = /\b(?:public schools|school district|schools|school|district|academy|university|college|county|city of|department of education|board of education|isd)\b/i;
const CITY_STATE = /^[A-Z][A-Za-z .'-]{1,40}, [A-Z]{2}\b|,\s*(?:Illinois|Massachusetts|Pennsylvania|Virginia|California|New York|Colorado|Washington)\b/;
const EMPLOYMENT = /\b(?:full|part)[- ]time\b|\btemporary\b|\bseasonal\b|\binternship\b/i;
export const POSTED_BY = /^posted by (.{2,120}?) on (.{4,40})$/i;
export const TITLE_ORG_SUFFIX = /^(.{3,200}?),\s+((?:the )?[^,]{0,100}?(?:public schools|school district(?: of [^,]{2,60})?|schools|district|academy))$/i;

/** The nouns job titles end on or turn around ("Bus Driver", "Director of Maintenance"). */
const ROLE =
  /\b(?:teach(?:er|ing)s?|counselors?|nurses?|drivers?|custodians?|directors?|superintendents?|principals?|specialists?|technicians?|coordinators?|assistants?|aides?|managers?|instructors?|coach(?:es)?|workers?|helpers?|cooks?|librarians?|employees?|paraeducators?|paraprofessionals?|operators?|officers?|clerks?|secretar(?:y|ies)|chancellors?|administrators?|analysts?|psychologists?|therapists?|pathologists?|interpreters?|supervisors?|leaders?|engineers?|mechanics?|electricians?|plumbers?|groundskeepers?|attendants?|bookkeepers?|accountants?|receptionists?|registrars?|trainees?|substitutes?|interns?|tutors?|liaisons?|advis[eo]rs?|deans?|educators?|consultants?|programmers?|developers?|dietitians?|lifeguards?|cashiers?|generalists?|monitors?|guards?)\b/i;

/**
 * A role noun naming a body, a document or a page of the employer's people ("TCEA Employee Group",
 * "Teachers Association", "Substitute Handbook", "Employee Benefits"): not a job, though it names one.
 */
const ROLE_COLLECTIVE = new RegExp(`${ROLE.source}\\s+(?:groups?|associations?|unions?|handbooks?|councils?|committees?|benefits|portal)\\b|\\b(?:associations?|unions?|councils?|federations?|societ(?:y|ies)) of\\b`, 'i');

/** Labels writers and job boards put above a posting that name the document, not a section. */
const DOCUMENT_LABELS = new Set(['job description', 'description', 'position description', 'print', 'job posting', 'job details', 'job posting details', 'job announcement', 'vacancy announcement', 'notice of vacancy', 'notice of open position', 'position posting', 'administrative position posting', 'about the job']);

/** LinkedIn's "About the job", the first line of a copy from the board: the title is shown above it, not in the text. */
export function isBoardPreamble(line: string): boolean {
  return line.length <= 40 && normalizeLabel(line) === 'about the job';
}

export function isDocumentLabel(text: string): boolean {
  return text.length <= 60 && DOCUMENT_LABELS.has(normalizeLabel(text.endsWith(':') ? text.slice(0, -1) : text));
}

/** A short line that names a job: a role noun, no sentence, exclamation or question, no label, no link text. */
export function readsAsJobTitle(text: string): boolean {
  const last = text[text.length - 1];
  return wordCount(text) <= 15 && last !== '.' && last !== ':' && last !== '!' && last !== '?' && !BULLET.test(text) && !BREADCRUMB.test(text) && !LINK_PROMPT.test(text) && ROLE.test(text) && !ROLE_COLLECTIVE.test(text);
}

/** A line that names only the employer ("Granite School District", "CALLOWAY COUNTY BOARD OF EDUCATION"). */
export function readsAsOrganization(text: string): boolean {
  return wordCount(text) <= 10 && !text.endsWith('.') && !text.includes(':') && !BREADCRUMB.test(text) && !LINK_PROMPT.test(text) && !ACCOUNT_PROMPT.test(text) && ORGANIZATION.test(text) && !ROLE.test(text);
}

/** The employer's name ending the line ("Glendale Unified School District", "Lockwood School District # 26"); bounded spaces keep it linear. */
const EMPLOYER_END = /\b(?:public schools|school district|schools|district|academy|board of education|isd|department of education)(?:\s{0,3}(?:no\.|#)?\s{0,3}\d{1,4})?$/i;
/** A heading about the employer starts on a preposition or a possessive ("About the District", "Our Schools"); its name does not. */
const HEADING_START = /^(?:about|at|in|for|from|to|with|welcome|join|our|your|why)\b/i;
/** A school year alone ("2025-2026 School Year", "SY 2024-25", "2023-2024"): the year a notice is for, not a job. */
const SCHOOL_YEAR_LINE = /^(?:(?:sy|school year)\s*)?\d{4}\s*[-–/]\s*(?:\d{4}|\d{2})(?:\s+school year)?$/i;

/**
 * A first line that names no job: the employer's name alone or a school year alone. When no line
 * below it names the job, it starts the header block and the posting has no title line.
 */
export function namesNoJob(text: string): 'organization' | 'school-year' | null {
  if (readsAsOrganization(text) && EMPLOYER_END.test(text) && !HEADING_START.test(text)) return 'organization';
  return text.length <= 40 && SCHOOL_YEAR_LINE.test(text) ? 'school-year' : null;
}

/** Where the title is, when lines above it are page text, a letterhead or a document label. */
export interface TitlePlan {
  /** The title's line, or -1 when the preamble holds no title (a LinkedIn copy starts with "About the job"). */
  titleLine: number;
  /** The title line is a "Job Title: …" field (its value is the title). */
  field: boolean;
  /** Lines above the title that name the employer (they make a header block, the others page text). */
  organizationLines: number[];
  /** Other facts above the title (a "Department:" field, a job category, a date): header lines too. */
  factLines: number[];
}

const PREAMBLE_LINES = 6;
/** Longer than this, a line above the title is the posting's text, not page text or a notice. */
const MAX_PREAMBLE_WORDS = 40;

/**
 * Reads the first few non-blank lines for the title. A "Job Title:" field near the top states the
 * title: lines above it that are page text, breadcrumbs, the employer's name, a document label,
 * other fields, a job category or a date are passed over. Without such a field, a first line that
 * reads as a job title (or a job board's question about one) is the title; otherwise such lines are
 * passed over until a line that reads as a job title. Null when the first line is taken as it is.
 */
export function planTitle(lines: string[], trimmed: Array<[number, number]>, nextNonBlank: Int32Array, first: number): TitlePlan | null {
  const plan = planTitleLines(lines, trimmed, nextNonBlank, first);
  if (!plan || plan.field || plan.titleLine < 0 || plan.organizationLines.length === 0) return plan;
  // An aggregator prints its logo's alt text and the employer above the title, and the employer again
  // with its place on the line below it ("Logo" / "Lakeside Unified School District" / title /
  // "Lakeside Unified School District, Lakeside, CA, US, 90210"): the name under the page text is the
  // board's company line, page text too; the header starts below the title. (Without page text above
  // it, the name is the district's letterhead and stays in the header.)
  const text = (i: number): string => lines[i]!.slice(trimmed[i]![0], trimmed[i]![1]);
  const below = nextNonBlank[plan.titleLine]!;
  if (below >= lines.length || !isChrome(text(first))) return plan;
  const t = text(below);
  const comma = t.indexOf(',');
  // The place after the name: "City, ST" or at least city, state and country.
  if (comma < 0 || (!CITY_STATE.test(t.slice(comma + 1).trim()) && t.split(',').length < 3)) return plan;
  const employer = normalizeLabel(t.slice(0, comma));
  const kept = plan.organizationLines.filter((i) => normalizeLabel(text(i)) !== employer);
  return kept.length === plan.organizationLines.length ? plan : { ...plan, organizationLines: kept };
}

function planTitleLines(lines: string[], trimmed: Array<[number, number]>, nextNonBlank: Int32Array, first: number): TitlePlan | null {
  const n = lines.length;
  const text = (i: number): string => lines[i]!.slice(trimmed[i]![0], trimmed[i]![1]);
  const t0 = text(first);
  const question = matchQuestionTitle(t0);
  // A job board's question wrapped around the title ("What are the responsibilities … for the Nurse
  // position at …?") is the title line, whatever follows (seeds 002 and 004, dev-set convention 3).
  if (question) return null;
  if (markdownHeading(t0)) return null;
  if (isBoardPreamble(t0)) return { titleLine: -1, field: false, organizationLines: [] , factLines: [] };
  // A first line that names a job is the title unless a "Job Title:" field below names another
  // (then the first line is the job's category: "Maintenance/Custodial/ Custodian" over "JOB TITLE: School Custodian").
  // A print view's page title, the employer's name run into the job's ("Pine County SchoolsNight Custodian") over
  // the employer's name alone: the viewer's heading of the page, passed over like page text.
  const pageTitle = gluedPageTitle(lines, trimmed, nextNonBlank, first);
  const best = bestTitleLine(lines, trimmed, nextNonBlank, first, pageTitle);
  const firstNamesJob = !pageTitle && best === first && !titleField(lines[first]!, trimmed[first]![0]);
  const organizationLines: number[] = [];
  const factLines: number[] = [];
  // Past a line that is none of these (a notice, a pay line), only a "Job Title:" field still names the title.
  let onlyField = false;
  for (let i = first, seen = 0; i < n && seen < PREAMBLE_LINES; i = nextNonBlank[i]!, seen++) {
    if (i === first && pageTitle) continue;
    const t = text(i);
    const split = splitLabel(lines[i]!, trimmed[i]![0], 6);
    if (split) {
      const value = lines[i]!.slice(split.valueStart, split.valueEnd);
      // A "Job Title:" field names the title, unless other fields share its line (padded columns)
      // or it only repeats the first line.
      if (titleField(lines[i]!, trimmed[i]![0])) {
        // The field repeating the first line (a table's "Position: | … |" under its caption) makes that line the title, role noun or not.
        // An empty field on the last line has no value below it to compare.
        const below = nextNonBlank[i]!;
        const named = value || (below < n ? text(below) : '');
        if ((firstNamesJob || i > first) && normalizeLabel(named) === normalizeLabel(t0)) return null;
        return { titleLine: i, field: true, organizationLines, factLines };
      }
      const key = fieldKey(split.label);
      // A job title with a colon in it ("Early Contract: Secondary Science Teacher"), not a field the header knows.
      if (i > first && i === best && key === null) return { titleLine: i, field: false, organizationLines, factLines };
      // Another field the header knows ("DEPARTMENT: Operational Services"), on its own line: a fact above the title.
      if (key === null || paddedFieldAt(value) >= 0) break;
      factLines.push(i);
      // A label with its value alone on the next line ("Position Type:" / "Summer School/Teachers"): that line is the value, not the title.
      const next = nextNonBlank[i]!;
      if (!value && next < n && readsAsValue(lines[next]!, trimmed[next]![0], text(next))) {
        factLines.push(next);
        i = next;
      }
      continue;
    }
    // A heading or a long paragraph: the posting has begun.
    if (t.endsWith(':') || wordCount(t) > MAX_PREAMBLE_WORDS) break;
    if (i > first && i === best) return { titleLine: i, field: false, organizationLines, factLines };
    if (onlyField) continue;
    // A logo's alt text names the district too ("Maple Valley School District Logo"): page text, not the employer line.
    if (readsAsOrganization(t) && !isJunkLine(t) && !BANNER.test(t)) organizationLines.push(i);
    else if (i === first && firstNamesJob) factLines.push(i);
    else if (firstNamesJob && (isDateLine(t) || (wordCount(t) <= 3 && !t.endsWith('.')))) factLines.push(i);
    else if (firstNamesJob) break;
    else if (!(isChrome(t) || wordCount(t) <= 3 || (t.endsWith('.') && wordCount(t) <= 30))) onlyField = true;
  }
  return null;
}

/** A banner line, not a name: a season ("** LONG TERM SUB FALL 2024 **", "Spring 2025 openings") or starred decoration. */
const BANNER = /\b(?:fall|spring|summer|winter)\s+(?:19|20)\d\d\b|^[*=~#!]{2}|[*=~#!]{2}$/i;
/** A board's filing of the job above the title ("Facilities/Maintenance - South Washington …", "Support Staff/Aide"): a category path. */
const CATEGORY_PATH = /^[^/\s]{2,30}\s?\/\s?[^/]{2,40}(?:\s[-–|]\s|$)/;
/** Longer than this, a line above the title that is not page text is the posting's own text. */
const PROSE_WORDS = 8;
/** Below this, no candidate is the title (a line far down, after the posting's text began, with nothing else for it). */
const MIN_TITLE_SCORE = -2;
/** How far below the preamble a later line may repeat the title (a field block's first line, a "Position:" field, the opening sentence). */
const REPEAT_WINDOW = 30;
/** Shorter than this, a repeated name ("aide") is a common word, not the title restated. */
const MIN_REPEAT_CHARS = 6;

/**
 * The line of the first few that is the title, by weighing evidence rather than taking the first
 * line that reads as one: each candidate (a line that reads as a job title, not page text or the
 * employer's name) scores for naming a known role family and for being repeated below (the field
 * block or the description restating the title), and loses for its distance from the top, for
 * ending on the employer's name, for reading as a banner (a year, a season, decoration), for a category path,
 * and for standing after text that began the posting. -1 when no line scores enough.
 */
function bestTitleLine(lines: string[], trimmed: Array<[number, number]>, nextNonBlank: Int32Array, first: number, pageTitle: boolean): number {
  const n = lines.length;
  const text = (i: number): string => lines[i]!.slice(trimmed[i]![0], trimmed[i]![1]);
  let best = -1;
  let bestScore = -Infinity;
  let prose = false;
  const candidates: Array<[number, number]> = [];
  for (let i = first, seen = 0, prev = ''; i < n && seen < PREAMBLE_LINES; prev = text(i), i = nextNonBlank[i]!, seen++) {
    if (i === first && pageTitle) continue;
    const t = text(i);
    const split = splitLabel(lines[i]!, trimmed[i]![0], 6);
    if (split && fieldKey(split.label) !== null) continue;
    // The board's category under its facet label ("Position Areas" / "Substitute Teacher") files the job; it does not title it.
    if (isBoardFacetLabel(prev)) continue;
    if (t.endsWith(':') || wordCount(t) > MAX_PREAMBLE_WORDS) break;
    if (isChrome(t) || readsAsOrganization(t) || BANNER.test(t)) continue;
    if (!readsAsJobTitle(t)) {
      // A sentence or a long line: the posting's own text has begun (a notice, a pay line).
      if (!split && (/[.!?]$/.test(t) || wordCount(t) > PROSE_WORDS)) prose = true;
      continue;
    }
    let score = -0.5 * seen;
    if (roleFamilyOf(t).family !== 'other') score += 1;
    // An employer word in the line ("Bus Driver - Lakeside Schools") weighs a little against it; the employer's name ending it, more.
    if (ORGANIZATION.test(t)) score -= EMPLOYER_END.test(t) ? 1 : 0.5;
    if (BANNER.test(t)) score -= 2;
    if (CATEGORY_PATH.test(t)) score -= 1;
    if (prose) score -= 2;
    candidates.push([i, score]);
  }
  if (candidates.length === 0) return -1;
  // Repetition below the preamble: read once, for every candidate.
  // A field's value, a line, or words inside a sentence ("… is hiring bus route drivers for …") all count.
  const below: Array<[number, string]> = [];
  for (let j = nextNonBlank[candidates[0]![0]]!, k = 0; j < n && k < REPEAT_WINDOW; j = nextNonBlank[j]!, k++) {
    const split = splitLabel(lines[j]!, trimmed[j]![0], 6);
    below.push([j, normalizeLabel(split && split.valueEnd > split.valueStart ? lines[j]!.slice(split.valueStart, split.valueEnd) : text(j))]);
  }
  for (const [i, score] of candidates) {
    const name = normalizeLabel(text(i));
    const repeated = name.length >= MIN_REPEAT_CHARS && below.some(([j, t]) => j > i && t === name);
    const s = score + (repeated ? 1 : 0);
    if (s > bestScore && s >= MIN_TITLE_SCORE) [best, bestScore] = [i, s];
  }
  return best;
}

/** Page text that is not the posting's own: a board's junk line, a breadcrumb, link text, an account prompt, a document label or a date. */
function isChrome(t: string): boolean {
  return isJunkLine(t) || BREADCRUMB.test(t) || LINK_PROMPT.test(t) || ACCOUNT_PROMPT.test(t) || isDocumentLabel(t) || isDateLine(t);
}

/** True when the first line is the employer's name (alone on a line below it) with the job's run straight onto it. */
function gluedPageTitle(lines: string[], trimmed: Array<[number, number]>, nextNonBlank: Int32Array, first: number): boolean {
  const text = (i: number): string => lines[i]!.slice(trimmed[i]![0], trimmed[i]![1]);
  const t0 = text(first);
  for (let j = nextNonBlank[first]!, seen = 0; j < lines.length && seen < PREAMBLE_LINES; j = nextNonBlank[j]!, seen++) {
    const t = text(j);
    if (readsAsOrganization(t) && gluedOnto(t0, t)) return true;
  }
  return false;
}

/** True when `line` is `name` with more text run straight onto it (a letter right after the name, no space). */
function gluedOnto(line: string, name: string): boolean {
  return name.length > 0 && line.length > name.length && line.startsWith(name) && /[A-Za-z]/.test(line[name.length]!);
}

/** A line that can be a field's value: a few words, no label of its own, no sentence, list item or heading colon. */
function readsAsValue(line: string, start: number, t: string): boolean {
  return wordCount(t) <= 10 && !t.endsWith('.') && !t.endsWith(':') && !BULLET.test(t) && !splitLabel(line, start, 6);
}

/** A "Job Title: …" field (value on its line or below) with no other field padded in beside it. */
function titleField(line: string, start: number): boolean {
  const split = splitLabel(line, start, 6);
  return split !== null && fieldKey(split.label) === 'job_title' && paddedFieldAt(line.slice(split.valueStart, split.valueEnd)) < 0;
}

export function inferHeaderKey(text: string, titleText: string | null): FieldKey | null | 'duplicate-title' {
  if (titleText && normalizeLabel(text) === normalizeLabel(titleText)) return 'duplicate-title';
  if (EMPLOYMENT.test(text)) return 'employment_type';
  if (CITY_STATE.test(text)) return 'location';
  if (ORGANIZATION.test(text)) return 'organization';
  return null;
}

export function readFrontMatter(lines: string[]): FrontMatter | null {
  if (lines.length < 2 || lines[0]!.trim() !== '---') return null;
  const values: Record<string, string> = {};
  const limit = Math.min(lines.length, 40);
  for (let i = 1; i < limit; i++) {
    const t = lines[i]!.trim();
    if (t === '---') return { line: 0, endLine: i, values };
    const colon = t.indexOf(':');
    if (colon <= 0) return null;
    values[t.slice(0, colon).trim().toLowerCase()] = t.slice(colon + 1).trim();
  }
  return null;
}
