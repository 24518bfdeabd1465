// Text that job boards wrap around a posting and that writers paste along with it.
// Whole-line patterns only, anchored and linear, so ordinary sentences are never taken for junk.

const LISTING_STAMP = /^listed on (?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4}|[a-z]{3,9}\.? \d{1,2},? \d{4})$/i;

/**
 * A board's listing stamp is page text under the title, but among a block of header fields it reads
 * as the block's posting date (the board printed it with the fields): the parser keeps it there.
 */
export function isListingStamp(trimmed: string): boolean {
  return trimmed.length <= 40 && LISTING_STAMP.test(trimmed);
}

const JUNK_LINES: RegExp[] = [
  /^read full description$/i,
  /^discover similar jobs$/i,
  /^suggested articles$/i,
  /^confirmed \d+\+? (?:minutes?|hours?|days?) ago\b/i,
  // A board's age badge for the posting ("Posted 3 days ago", "3 Days Old", "30+ days ago", "Just posted").
  // A board can file the badge under the listing's type ("Job | Posted 10 days ago", "Job | Posted a year ago").
  /^(?:[a-z]{2,12} ?\| ?)?(?:posted |active )?(?:\d+\+?|an?) (?:minutes?|hours?|days?|weeks?|months?|years?) (?:ago|old)\.?$/i,
  /^(?:posted (?:today|yesterday|just now)|just posted)$/i,
  // An aggregator's listing stamp ("Listed on 2026-02-24"): the board's date, not the district's.
  LISTING_STAMP,
  /^(?:show|see) (?:more|less)$/i,
  /^more in "[^"]{1,120}"$/i,
  /^stay current in\b/i,
  /^we compile a weekly email\b/i,
  /^(?:similar|related|recommended|more) jobs$/i,
  /^report (?:this )?job$/i,
  /^save (?:this )?job$/i,
  /^share (?:this )?job$/i,
  /^easy apply$/i,
  /^be an early applicant$/i,
  /^\d+\+? applicants?$/i,
  /^people also viewed$/i,
  /^jobs? you may (?:like|be interested in)$/i,
  /^view all jobs$/i,
  // An image's alt text left where the image was ("Logo", "Site logo", "District logo"); a longer one
  // names the employer in capitalised words ("Lakeview Unified School District Logo"), unlike a sentence.
  /^(?:[a-z'-]+ ){0,2}logo$/i,
  /^(?:[A-Z][A-Za-z'&.-]* ){3,8}[Ll]ogo$/,
  // A scrape timestamp with its time of day ("February 08, 2018 at 7:18 PM"), alone on its line.
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4},? at \d{1,2}:\d\d ?(?:am|pm)$/i,
  // A job board's badges and alert box ("Employer Active", "Job Alert", "You will be updated with latest job alerts via email").
  /^employer active$/i,
  /^job alerts?$/i,
  /^you will be updated with (?:the )?latest job alerts\b/i,
  /^\d+ vacanc(?:y|ies)$/i,
  /^back to (?:search|results|jobs)$/i,
  /^(?:sign up|subscribe) (?:for|to) (?:our |the )?(?:newsletter|job alerts?|weekly email)\b/i,
  /^get (?:new )?job alerts\b/i,
  /^(?:skip to main content|sign in|log in|join now)$/i,
  /^required questions?$/i,
  /^this job is sourced from a job board\b/i,
  // The board's own interface: a welcome banner, a preview notice, a sign-in prompt, a search row,
  // a version string and a scrape timestamp. (Link text whose link was lost is the posting's own
  // words: the job-board-junk rule reports it without a fix, so it is not junk here.)
  /^welcome to (?:the )?[^.!?]{1,80}\b(?:job bank|job board|jobs? site|career (?:center|portal|site)|applicant (?:portal|tracking system))\b/i,
  /^you are viewing a preview of this (?:job|posting)\b/i,
  /^(?:log ?in|sign ?in|register)(?: or (?:log ?in|sign ?in|register))? to (?:view|see) (?:more|the full|this)\b/i,
  /^gathering your results\b/i,
  /^(?:(?:view our website|view all jobs|search jobs|job search)\s*){2,}$/i,
  /^versions? \(code\/database\)/i,
  /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d$/,
  // A posting viewer's controls and status, copied with the text: its print button, a section's
  // show/hide toggle, a link to the description file, the notice that the posting has closed.
  /^print(?: (?:this )?(?:page|job|posting))?$/i,
  /(?:^|[^a-z])show ?\/ ?hide$/i,
  /^(?:view|see|download|open) (?:the )?(?:full )?job description(?: here)?$/i,
  /^this (?:job|posting|position|vacancy) (?:has (?:expired|closed|been filled)|is (?:closed|no longer (?:available|open|accepting applications)))\.?$/i,
];

/**
 * A board's facet label over its filing of the job ("Position Areas" / "Instructional Support", under
 * the age badge): the line below it is the board's category, page text like the label, not a title.
 */
const BOARD_FACET_LABEL = /^position areas?$/i;

export function isBoardFacetLabel(trimmed: string): boolean {
  return trimmed.length <= 20 && BOARD_FACET_LABEL.test(trimmed);
}

export function isJunkLine(trimmed: string): boolean {
  if (isBoardFacetLabel(trimmed)) return true;
  if (trimmed.length > 200) return false;
  for (let i = 0; i < JUNK_LINES.length; i++) if (JUNK_LINES[i]!.test(trimmed)) return true;
  return false;
}

/** "What are the responsibilities and job description for the X position at Y?" → X and Y. */
const QUESTION_TITLE = /^what are the responsibilities and job description for (?:the |an? )?(.{1,300}?) position at (.{1,200}?)\s?\?$/i;

export function matchQuestionTitle(trimmed: string): { title: string; organization: string } | null {
  if (trimmed.length > 600) return null;
  const m = QUESTION_TITLE.exec(trimmed);
  if (!m) return null;
  // A trailing parenthetical names a school or quadrant, not part of the job title.
  return { title: withoutTrailingParenthetical(m[1]!), organization: m[2]!.trim() };
}

function withoutTrailingParenthetical(text: string): string {
  const t = text.trim();
  if (!t.endsWith(')')) return t;
  const open = t.lastIndexOf('(');
  if (open <= 0 || t.length - open > 122 || t.indexOf(')', open) !== t.length - 1) return t;
  return t.slice(0, open).trim();
}

/**
 * "01" alone on a line, with a question on the next: the numbered screening questions of an
 * application form pasted under the posting ("01" / "Have you ever been convicted of a felony?").
 */
export function isScreeningQuestionNumber(trimmed: string, nextTrimmed: string): boolean {
  return trimmed.length === 2 && trimmed >= '00' && trimmed <= '99' && nextTrimmed.endsWith('?');
}

// Page chrome read elsewhere, kept with the junk lines above so every reader asks one list: the parser's
// title choice (breadcrumbs, link prompts, account prompts), the lost-link reader (model/links.ts) and
// the job-board-junk rule's extra lines (facts/junk.ts).

/** "Home » Jobs » Teacher", "Careers > Openings": a web page's breadcrumb trail. */
export const BREADCRUMB = /^home\b|\s[»›>]\s/i;
/** Link text and calls to action a page puts near the title ("Click here to see a day in the life of a teacher!"). */
export const LINK_PROMPT = /^(?:click|tap|view|see|visit|learn|read|watch|apply)\b/i;
/** A board's banner asking the reader to make an account ("Register Here to Apply for Jobs", "Sign in to save this job"): page text above the title. */
export const ACCOUNT_PROMPT = /^(?:register|sign (?:in|up)|log ?in|create (?:an|your) account)\b/i;
/** Link text whose link was lost ("click here", "[Website]", "Link to Full Job Description"): see model/links.ts. */
export const LOST_LINK_TEXT =
  /\bclick here\b|^\[(?!(?:insert|enter|add|type)\b)[A-Za-z][A-Za-z ]{2,30}\]$|\blink to (?:the )?(?:full |complete )?(?:job description|posting|application|website)\b/i;

/** Lines the job-board-junk rule also counts: lists of related jobs and newsletter blurbs. */
export const RELATED_LIST_HEAD =
  /^more in "|^(?:(?:similar|related|recommended|other|more|featured) (?:jobs|positions|openings|listings)|discover similar jobs|people also (?:viewed|searched)|jobs? you may (?:like|be interested in)|you (?:may|might) also like)\s?:?$/i;
export const NEWSLETTER =
  /\b(?:sign up for|subscribe to|join) (?:our |the )?(?:newsletter|mailing list|job alerts)\b|\b(?:weekly|daily|monthly) (?:email|e-mail|digest|newsletter)\b|\bsign up for (?:job )?alerts\b/i;
export const BLURB_HEAD =
  /^(?:stay (?:current|informed|connected|up to date|in the loop)|get (?:the latest|updates)|join our (?:mailing list|newsletter|talent community))\b/i;

// A listing's controls, copied as text from the board or applicant system: an expander mark alone on
// its line ("+", "⊕") and a row of button labels ("Go Back Apply View Benefits (https://…)": two or
// more, each perhaps with its lost link). The listing's age badge ("3 Days Old") is the parser's page
// text already (JUNK_LINES above), which every reader of facts/junk.ts skips.
export const LISTING_CONTROL =
  /^(?:[+⊕⊞▸►▾▼]|(?:(?:go back|back to (?:list|search|results)|apply(?: now| online)?|view benefits|print|share|save(?: job)?|e-?mail(?: job)?)(?: \([^()\s]{1,300}\))?(?: |$)){2,})$/i;
