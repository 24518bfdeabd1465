// Closing dates as postings write them: the label ("Closing Date:", "Application Deadline",
// "Close:") and a value that is only a date or an open-ended stand-in ("Open until filled",
// "Continuous"). past-date reads the dates; missing-section asks whether a posting's only word
// on applying is such a date, which says when but not how.
import { parseDate } from './dates.ts';

/**
 * A deadline label at the start of a line, with its colon, if any (a bullet may stand before it).
 * "Available before" is how aggregator boards label the day a listing expires ("POSTED ON 4/21/2025" /
 * "AVAILABLE BEFORE 8/18/2025"), unlike "Date Available", which is a start date.
 */
export const DEADLINE_LABEL_START =
  /^\s*(?:[-•*]\s*)?(?:application (?:deadline|closing date|close date)|deadline(?: to apply)?|closing date(?: for applications)?|close date|closes?|apply by|expiration date|posting closes|available before)\s*:?\s*/i;

/** A value that names no date but says the posting stays open. */
const OPEN_ENDED = /^(?:open )?until filled\.?$|^continuous(?:ly)?\.?$|^ongoing\.?$|^open\.?$|^none\.?$/i;

/** The longest value read as a date with its time ("6/13/2025 4:00 PM Pacific"). */
const VALUE_MAX = 45;

/** True when `text` is a date (with a time perhaps) or an open-ended stand-in, and nothing else of note. */
export function isDeadlineValue(text: string): boolean {
  const v = text.trim();
  if (v === '' || v.length > VALUE_MAX) return false;
  return OPEN_ENDED.test(v) || parseDate(v) !== null;
}

/** True when the line is only a deadline label ("Closing Date:", "Application Deadline"). */
export function isDeadlineLabel(text: string): boolean {
  const m = DEADLINE_LABEL_START.exec(text);
  return m !== null && m[0].length === text.length;
}

/**
 * True when the line states a deadline and nothing else: a label with a date or open-ended value
 * ("Closing Date: 08/10/2025", "Close: Open until filled"), or a bare label whose value is the next
 * line (`next`: that line's text, when the caller has it).
 */
export function isDeadlineOnly(text: string, next?: string): boolean {
  const m = DEADLINE_LABEL_START.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  if (rest.trim() === '') return next === undefined || isDeadlineValue(next);
  return isDeadlineValue(rest);
}

/**
 * Words that say how or where to apply, or with what: an address (web or e-mail), an application
 * system or form, a way of sending, the documents to send. A closing date says none of these, and
 * neither does the bare verb: "invites you to apply", "ONLY APPLY IF YOU PLAN TO DRIVE", "By
 * applying, you…", "Applications must be in by Friday" say that or when, not how. "Application"
 * alone is not one either (computer applications are a skill postings name), nor an "@" that stands
 * for "at" ("@ 3:00pm"). "Complete" says it only as the verb before what is filled in ("complete the
 * online application"): "a complete health record", "the list is not complete" say nothing of applying.
 */
const APPLY_MEANS =
  /\bapply(?:ing)? (?:online|on-line|at|through|via|in person|by (?:mail|e-?mail|fax)|to (?:the|our|this)|with|using|on (?:the|our))\b|\bapplications? (?:form|packet|portal|process|system)s?\b|\b(?:online|district|employment|complete|completed|an) applications?\b|\b(?:fill out|submit(?:ted)?|file|upload)\b|\bcomplete(?:d)? (?:and submit )?(?:(?:the|an?|our|your|all|required|district|online|employment) ){0,3}(?:application|form|packet|profile|paperwork)|\bsend\b|\bsent to\b|\bmail(?:ed)? to\b|\be-?mail\b|@[\w-]+\.[a-z]{2,}|https?:|\bwww\.|\bclick\b|\bresum[eé]|\brésumé|\bcover letter|\bletter of (?:interest|intent|application)|\btranscripts?\b|\bin person\b|\bportal\b|\bonline\b|\bapplitrack\b|\bedjoin\b|\bschoolspring\b|\bfrontline\b/i;

/** True when the text says something about how, where or with what to apply. */
export function namesApplyMeans(text: string): boolean {
  return APPLY_MEANS.test(text);
}
