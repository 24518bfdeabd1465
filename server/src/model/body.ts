// The line handlers of the parse: the title line, bullets, headings, fields and header lines
// (paragraphs: paragraph.ts). Each returns true when it took the line. Which handler gets a line depends on its
// shape and on where it sits: in the header block (after the title) a "Label: short value" is a
// field whatever its label names; in the body the same shape with a section's name opens a section.
import type { Heading, SectionKind } from './posting.ts';
import { danglingEnd, FIELD_LABELS, fieldKey, splitLabel, type LabelSplit } from './fields.ts';
import { inferHeaderKey, isDocumentLabel, POSTED_BY, readsAsJobTitle, readsAsOrganization, TITLE_ORG_SUFFIX } from './header.ts';
import { matchQuestionTitle } from './junk.ts';
import { BULLET, HAS_LOWER, TABLE_RESIDUE, beforeDashRule, hasSentenceBreak, emphasised, headerParts, isCapsHeading, isDateLine, isSpace, isTitleCase, isUpperStart, markdownHeading, range } from './lines.ts';
import { blockKind, headingKind, opensWithVerb, readsAsDuties, readsAsDuty, requirementOf, sentenceHeadingKind } from './decide.ts';
import { factorOf } from './sections.ts';
import { readNameOverOpening, readNumberedSubHeading } from './subheadings.ts';
import { factValueDue, opensDutyRun } from './paragraph.ts';
import { DEPARTMENT_NAME, endsWithColon, loneLabelAbove, startsBlock, fieldAbove, fieldBlockAt, fieldsBelow, nextText, trailingHeadingKind, factFollows, fieldFollows, inHeaderBlock, isShortValue, labelledLineFollows, readValueBelow, rowUnderRow, wrapsOn } from './nearby.ts';
import { requirementListAhead, restartsNumbering } from './listRuns.ts';
import { readNotedHeading } from './headingLines.ts';
import { MAX_LABEL_WORDS, addBlock, addField, addInlineFields, headerAt, makeField, open, startHeading, type ParseState } from './parseState.ts';
import { normalizeLabel, wordCount } from './text.ts';

/** Words (the marker with them) a list item under the title may hold to be one of the board's facts. */
const HEADER_ITEM_WORDS = 6;
/** Kinds of requirement a label can head ("Requirements:", "Education:"). */
const REQUIREMENT_HEADS: ReadonlySet<SectionKind> = new Set(['qualifications', 'education', 'licensure', 'experience', 'preferred']);
const REMARK_LABELS = new Set(['note', 'notes', 'please note', 'nb', 'example', 'examples', 'important']);
const NO_VALUE = new Set(['none', 'n a', 'na', 'not applicable', 'tbd', 'yes', 'no']);
/** A label that asks the reader to apply ("Click here to apply", "To Apply"), not one that dates the applications. */
const APPLY_WORD = /\bapply\b/i;

/** The first line, read as the title when it is one; `force` when the title was found past page text. */
export function readTitleLine(st: ParseState, i: number, s: number, e: number, words: number, force: boolean): boolean {
  const raw = st.lines[i]!;
  const t = st.texts[i]!;
  const info = st.lineInfo[i]!;
  const question = matchQuestionTitle(t);
  if (question) {
    st.title = { text: question.title, line: i, range: range(i, s, i, e), wrappedBy: 'job-board-question', organization: question.organization };
    info.kind = 'title';
    open(st, 'title', i, { text: t, label: question.title, range: range(i, s, i, e), style: 'plain' });
    st.zone = 'header';
    return true;
  }
  const md = markdownHeading(t);
  if (md && md.level === 1) {
    const labelStart = s + t.indexOf(md.label);
    st.title = { text: md.label, line: i, range: range(i, labelStart, i, labelStart + md.label.length) };
    info.kind = 'title';
    open(st, 'title', i, { text: md.label, label: md.label, range: range(i, s, i, e), style: 'markdown' });
    st.zone = 'header';
    return true;
  }
  const split = splitLabel(raw, s, MAX_LABEL_WORDS);
  // Only a whole catalog heading ("About the job") or a colon heading keeps the first line from being the title:
  // "Career and Technical Education Cluster Manager" names a kind's cue word but is a title.
  const match = headingKind(t.endsWith(':') ? t.slice(0, -1) : t);
  const looksLikeHeading = match !== null && (match.exact || t.endsWith(':'));
  // A prefix the header does not know as a field, before a job title ("SY 26-27: Special Education
  // Teacher", "Summer Program: Reading Tutor"), does not make the line a field.
  const titledPrefix = split !== null && fieldKey(split.label) === null && !headingKind(split.label) && readsAsJobTitle(t);
  if (force || ((!split || titledPrefix) && !looksLikeHeading && words <= 15 && !t.endsWith('.') && !BULLET.test(t))) {
    let text = t;
    let organization: string | undefined;
    const suffix = TITLE_ORG_SUFFIX.exec(t);
    if (suffix) {
      text = suffix[1]!;
      organization = suffix[2]!;
    }
    st.title = { text, line: i, range: range(i, s, i, s + text.length), ...(organization ? { organization } : {}) };
    info.kind = 'title';
    open(st, 'title', i, { text: t, label: text, range: range(i, s, i, e), style: HAS_LOWER.test(t) ? 'plain' : 'caps' });
    st.zone = 'header';
    return true;
  }
  if (split && fieldKey(split.label) === 'job_title' && split.valueStart < split.valueEnd) {
    st.title = { text: raw.slice(split.valueStart, split.valueEnd), line: i, range: range(i, split.valueStart, i, split.valueEnd) };
  }
  st.zone = split ? 'header' : 'body';
  return false;
}

/** Bullets; in the header block a bullet that is a field ("• Position Type:" / value) stays a field. */
export function readBullet(st: ParseState, i: number, s: number, e: number, marker: string): boolean {
  const raw = st.lines[i]!;
  const info = st.lineInfo[i]!;
  const contentStart = s + marker.length;
  if (inHeaderBlock(st)) {
    const split = splitLabel(raw, contentStart, 4);
    if (split && isUpperStart(split.label)) {
      const hasValue = split.valueStart < split.valueEnd;
      if (hasValue && isShortValue(raw.slice(split.valueStart, split.valueEnd))) {
        info.kind = 'field';
        const header = headerAt(st, i);
        addInlineFields(st, header, i, split.label, split.labelStart, split.labelEnd, split.valueStart, split.valueEnd);
        header.lastLine = i;
        return true;
      }
      const key = fieldKey(split.label);
      if (!hasValue && readValueBelow(st, i, split, key)) return true;
      // "• Date Posted:" left empty over "• Location:": an empty field of the list, not a list item.
      if (!hasValue && key !== null && (fieldFollows(st, i) || st.current?.kind === 'header')) {
        info.kind = 'field';
        const header = headerAt(st, i);
        addField(st, header, makeField(st, split.label, key, i, split.labelStart, split.labelEnd, i, split.valueStart, split.valueEnd));
        header.lastLine = i;
        return true;
      }
    }
    // A board's unlabelled facts under the title set as a list ("• Decatur Public Schools" / "• Decatur, Illinois" / "• Full Time").
    const fact = !split && st.words[i]! <= HEADER_ITEM_WORDS && isUpperStart(raw.slice(contentStart, e)) && !st.texts[i]!.endsWith('.') ? inferHeaderKey(raw.slice(contentStart, e), st.title ? st.title.text : null) : null;
    if (fact && fact !== 'duplicate-title') {
      info.kind = 'field';
      const header = headerAt(st, i);
      addField(st, header, makeField(st, FIELD_LABELS[fact], fact, i, contentStart, contentStart, i, contentStart, e));
      header.lastLine = i;
      return true;
    }
  }
  if (readNumberedSubHeading(st, i, s, e, marker)) return true;
  info.kind = 'bullet';
  info.bulletMarker = marker.trim();
  info.contentStart = contentStart;
  const body = raw.slice(contentStart, e);
  const kindOf = blockKind(body);
  let cur = st.current?.closed ? null : st.current;
  if (!cur || cur.kind === 'title' || (cur.kind === 'header' && !factValueDue(cur))) {
    const req = requirementOf(body) ?? ((kindOf === null || kindOf === 'conditions' || kindOf === 'ksa') && requirementListAhead(st, i) ? 'qualifications' : null);
    cur = open(st, req ? 'qualifications' : kindOf ?? 'other', i, null);
    st.zone = 'body';
  } else if (cur.kind === 'summary' && !cur.junk && cur.bullets === 0 && cur.blocks.length > 0 && !endsWithColon(st, i - 1)) {
    // A list after the summary's prose (not one its last sentence introduces): the requirements or duties it goes on to.
    // A first item that names no requirement kind ("At least 2 years of college") opens the requirements when the items after it do.
    // (A first item shaped like a duty, "Installs …", keeps a duties list that names a certificate later from reading as requirements.)
    const req = requirementOf(body) ?? (!opensWithVerb(body) && requirementListAhead(st, i) ? 'qualifications' : null);
    if (req || readsAsDuty(body) || readsAsDuties(body)) cur = open(st, req ? 'qualifications' : 'responsibilities', i, null);
  } else if (!cur.junk && cur.level === 1 && restartsNumbering(st, i, cur, marker)) {
    // "1." again after "11.": a new list whose heading was lost; its content decides its kind (sections.ts finish).
    const req = requirementOf(body);
    cur = open(st, req ? 'qualifications' : kindOf ?? 'other', i, null);
  } else if (cur.kind === 'responsibilities' && !cur.junk && cur.bullets > 0) {
    // Qualification bullets that continue a duties list with no heading of their own.
    const req = requirementOf(body);
    if ((req === 'education' || req === 'licensure' || req === 'experience') && !readsAsDuty(body)) cur = open(st, 'qualifications', i, null);
  }
  const glued = cur.junk || cur.level !== 1 ? null : trailingHeadingKind(st, i);
  if (glued && glued.kind !== cur.kind) cur = open(st, glued.kind, i, null);
  else if (opensDutyRun(st, cur, i, cur.bullets === 0)) cur = open(st, 'responsibilities', i, null);
  addBlock(st, cur, 'bullet', i, contentStart, e, kindOf);
  cur.bullets++;
  return true;
}

/** Line i (text from s to e) is a heading alone on its line: it starts its section. (A function of its own, not a closure made per line.) */
function headingLine(st: ParseState, i: number, s: number, e: number, text: string, label: string, style: Heading['style'], kind: SectionKind, contentDecides: boolean): true {
  st.lineInfo[i]!.kind = 'heading';
  startHeading(st, i, { text, label, range: range(i, s, i, e), style }, kind, contentDecides);
  return true;
}

/**
 * Headings. 'marked': Markdown and bold headings. 'plain' and 'split': a colon heading, a sentence
 * ending in a colon that introduces a kind, a heading over a dash rule, ALL CAPS, a catalog heading.
 */
export function readHeading(st: ParseState, i: number, s: number, e: number, words: number, mode: 'marked' | 'plain' | 'split'): boolean {
  const t = st.texts[i]!;
  const info = st.lineInfo[i]!;
  if (mode === 'marked') {
    const md = markdownHeading(t);
    if (md) {
      const bare = md.label.endsWith(':') ? md.label.slice(0, -1).trimEnd() : md.label;
      const match = headingKind(bare);
      return headingLine(st, i, s, e, md.label, bare, 'markdown', match?.kind ?? 'other', match?.contentDecides ?? false);
    }
    // "**Responsibilities:**", "__Qualifications__": a heading in bold, as web pages paste it.
    const bold = emphasised(t);
    if (bold === null) return false;
    const bare = bold.endsWith(':') ? bold.slice(0, -1).trimEnd() : bold;
    const match = headingKind(bare);
    // A short line set in bold on its own is a heading as the web page showed it, named in the catalog or not.
    if (!match && !(wordCount(bare) <= 10 && !bare.endsWith('.'))) return false;
    return headingLine(st, i, s, e, t, bare, 'markdown', match?.kind ?? 'other', match?.contentDecides ?? false);
  }
  // A document label under the title ("JOB DESCRIPTION" above the header fields) names the page, not a
  // section; above a block of fields it starts the header block.
  const cur = st.current;
  // A print view's tab strip under the title ("Job Posting" / "Job Details" / the fields): the strip's
  // labels are the viewer's, page text of their own, and its last label heads the fields below it.
  const stripBelow = isDocumentLabel(nextText(st, i));
  const stripAbove = !!cur && cur.kind === 'other' && !cur.junk && cur.heading === null && cur.blocks.length === 0 && isDocumentLabel(st.texts[cur.line]!);
  if (isDocumentLabel(t) && ((cur && cur.kind === 'title') || fieldFollows(st, i) || stripAbove)) {
    info.kind = 'heading';
    if (stripBelow && st.zone !== 'body') {
      open(st, 'other', i, null);
      st.zone = 'header';
      return true;
    }
    if (stripAbove) {
      open(st, 'header', i, null);
      st.zone = 'header';
      return true;
    }
    // Under a header block that holds fields already, the label starts the next block of fields ("Job Description" / "LOCATION: …").
    const nextBlock = cur && cur.kind === 'header' && cur.fields.length > 0;
    const holder = cur && (cur.kind === 'title' || cur.kind === 'header') && !nextBlock ? cur : open(st, 'header', i, null);
    holder.lastLine = i;
    st.zone = 'header';
    return true;
  }
  if (t.endsWith(':')) {
    const label = t.slice(0, -1).trimEnd();
    if (wordCount(label) <= 10 && isUpperStart(label)) {
      const match = headingKind(label);
      return headingLine(st, i, s, e, t, label, HAS_LOWER.test(label) ? 'colon' : 'caps', match?.kind ?? 'other', match?.contentDecides ?? false);
    }
    const sentenceKind = sentenceHeadingKind(label);
    return sentenceKind ? headingLine(st, i, s, e, t, label, 'sentence', sentenceKind, false) : false;
  }
  const ruleLabel = beforeDashRule(t);
  if (ruleLabel && wordCount(ruleLabel) <= 10) {
    const match = headingKind(ruleLabel);
    info.kind = 'heading';
    startHeading(st, i, { text: ruleLabel, label: ruleLabel, range: range(i, s, i, e), style: 'rule' }, match?.kind ?? 'other', match?.contentDecides ?? false);
    return true;
  }
  // In the header block, the employer's or a department's name is a header line, whatever words it uses.
  if (inHeaderBlock(st) && (readsAsOrganization(t) || DEPARTMENT_NAME.test(t))) return false;
  // The employer's name over a block of fields in the body: the letterhead of a job description appended
  // to the posting; it opens that description's header block (a second header, not a section of its own).
  if (st.zone === 'body' && st.title !== null && readsAsOrganization(t) && fieldsBelow(st, i)) {
    st.zone = 'header';
    open(st, 'header', i, null);
    return false;
  }
  // Under such a letterhead, the document's name right above the fields ("JOB REQUIREMENTS ANALYSIS") is a line of the header.
  if (inHeaderBlock(st) && cur?.kind === 'header' && !t.endsWith(':') && fieldBlockAt(st, st.nextNonBlank[i]!)) return false;
  const endsSentence = t.endsWith('.') || t.endsWith('?') || t.endsWith('!');
  if (!endsSentence && words <= 10 && isCapsHeading(t)) {
    const match = headingKind(t);
    if (match || st.zone === 'body') return headingLine(st, i, s, e, t, t, 'caps', match?.kind ?? 'other', match?.contentDecides ?? false);
  }
  // "Essential Functions (These duties represent a sample.)" over its list: a heading with a remark in parentheses after it.
  if (mode === 'plain' && t.endsWith(')') && readNotedHeading(st, i, s, e)) return true;
  // A sentence break inside ("Educator Licensure and Quality. Hold a Master's Degree") is text that wrapped, not a name.
  if (!endsSentence && words <= 8 && mode === 'plain' && !hasSentenceBreak(t)) {
    // In the header block a line with a heading's word over a short fact ("Professional Compensation Plan" /
    // "Salary Range: …", "Required Application Type" / "School Related Personnel") is a header line.
    const match = headingKind(t);
    // A name with a kind's cue word in it ("Board of Education") is the employer's name, not a heading.
    if (match && (match.exact || (isTitleCase(t) && !readsAsOrganization(t) && !(inHeaderBlock(st) && factFollows(st, i))))) return headingLine(st, i, s, e, t, t, 'plain', match.kind, match.contentDecides);
    // "Mental Demands" alone on its line in a section: a job-description factor (a sub-heading).
    if (!match && st.zone === 'body' && isTitleCase(t) && factorOf(t)) return headingLine(st, i, s, e, t, t, 'plain', 'other', false);
  }
  return false;
}

/** "Label: value", "Label:" with the value below, or a heading with its content on the same line. */
export function readFieldOrInlineHeading(st: ParseState, i: number, s: number, e: number, split: LabelSplit): boolean {
  const raw = st.lines[i]!;
  const t = st.texts[i]!;
  const info = st.lineInfo[i]!;
  const key = fieldKey(split.label);
  const labelWords = wordCount(split.label);
  const match = labelWords <= 10 ? headingKind(split.label) : null;
  // A table's cell border after the label ("Location: |") is no value: the value is on the lines below.
  const cellValue = raw.slice(split.valueStart, split.valueEnd);
  const value = TABLE_RESIDUE.test(cellValue) ? '' : cellValue;
  const header = inHeaderBlock(st);
  if (!value) {
    // "Requirements:" over "High School Diploma or equivalent": a heading over its first requirement, in the header block too.
    const heads = !key && !!match && REQUIREMENT_HEADS.has(match.kind) && requirementOf(nextText(st, i)) !== null;
    if (!heads && (key || (header && labelWords <= 5)) && (header || st.zone !== 'body') && readValueBelow(st, i, split, key)) return true;
    // "Pay Grade:" with nothing after it and another field below: an empty field, not a heading.
    // "IMMEDIATE SUPERVISORS:" over "Principal: …" / "Facilities Supervisor: …": a known field listing its values as labelled lines.
    if (header && labelWords <= 5 && (fieldFollows(st, i) || (key !== null && labelledLineFollows(st, i)))) {
      info.kind = 'field';
      const section = headerAt(st, i);
      addField(st, section, makeField(st, split.label, key, i, split.labelStart, split.labelEnd, i, split.valueStart, split.valueEnd));
      section.lastLine = i;
      return true;
    }
    info.kind = 'heading';
    // "REPORTS TO:" in the body over the names below it: a label of a fact the header knows that names
    // no section's kind opens a header block of its own (its value lines are its fields), not a part of another kind.
    const fact = key !== null && !match && key !== 'salary' && key !== 'salary_range';
    startHeading(st, i, { text: t, label: split.label, range: range(i, s, i, e), style: HAS_LOWER.test(split.label) ? 'colon' : 'caps' }, fact ? 'header' : match?.kind ?? 'other', match?.contentDecides ?? false);
    if (fact) {
      st.zone = 'header';
      readValueBelow(st, i, split, key);
    }
    return true;
  }
  const short = isShortValue(value) && !wrapsOn(st, i) && danglingEnd(value) === null;
  const isPay = key === 'salary' || key === 'salary_range';
  const headerZone = st.zone !== 'body';
  // In the header block a short value makes a field, whatever its label names ("TERMS OF EMPLOYMENT: 10 month");
  // so does a known label with a longer value, unless it is pay ("COMPENSATION RANGE: $43,642 … Placement on …").
  // "B. Experience Desired: …": a lettered label naming a kind is an outline's heading, in the header block too.
  const outlined = split.labelStart > s && !!match && match.kind !== 'other';
  // "Click here to apply: https://…", "To Apply: …": a call to apply among the fields is how to apply, not a header fact.
  const applyCall = !key && match?.kind === 'how_to_apply' && labelWords <= 5 && APPLY_WORD.test(split.label);
  // "Reporting: Reports to a Director …" in the body: a fact the header knows, under a label that names no section's kind, whatever its length.
  // (A value that runs on below or stops mid-phrase is a sentence that wrapped, not a fact on its line.)
  const bodyFact = key !== null && key !== 'job_title' && !isPay && !match && labelWords <= 4 && !wrapsOn(st, i) && danglingEnd(value) === null;
  // A pay field among the header's fields ("Supervisor: …" / "COMPENSATION RANGE: $43,642 … Placement …" / "JOB CODE: …")
  // is one of the block's fields, whatever its length; alone between body sections it is the pay's inline heading.
  const payAmongFields = (isPay || match?.kind === 'salary') && labelWords <= MAX_LABEL_WORDS && fieldAbove(st, i);
  // A short fact right under a field of the block, no blank line between ("FTE: 0.8" / "Benefits: Full package"):
  // one more row of the block, whatever kind its label names.
  const rowAmongFields = short && labelWords <= MAX_LABEL_WORDS && i > 0 && st.lineInfo[i - 1]!.kind === 'field' && fieldAbove(st, i);
  const asField = !outlined && !applyCall && (payAmongFields || rowAmongFields || (headerZone && (short || (key !== null && !isPay)) && labelWords <= MAX_LABEL_WORDS) || (key && (short || bodyFact) && !isPay) || NO_VALUE.has(normalizeLabel(value)));
  const remark = REMARK_LABELS.has(normalizeLabel(split.label));
  const unknownCaps = !headerZone && !key && (!match || match.kind === 'other') && !remark && labelWords <= MAX_LABEL_WORDS && isCapsHeading(split.label) && wordCount(value) >= 4;
  const cur = st.current;
  // A row of a table of facts inside a section, under a row of the same shape ("High School Diploma: $85 per day" /
  // "Four-Year Degree: $90 per day" under Rates of Pay): more of that section, whatever kind its label names.
  if (!asField && short && !outlined && rowUnderRow(st, i, s)) return false;
  if (!asField && ((match && match.kind !== 'other' && labelWords <= 4 && (st.zone === 'body' || !key)) || unknownCaps)) {
    const kind = match && match.kind !== 'other' ? match.kind : blockKind(value) ?? 'other';
    // "Our Mission: …" inside About Us: a lead-in of the section's own kind, not a new section.
    if (!outlined && cur && cur.kind === kind && cur.blocks.length > 0 && !short && HAS_LOWER.test(split.label)) return false;
    // "Salary : $183,818", "EVALUATION: Performance is evaluated …": a heading with its content on the same line.
    info.kind = 'heading-inline';
    const inline = { text: value, range: range(i, split.valueStart, i, split.valueEnd) };
    const section = startHeading(st, i, { text: raw.slice(s, split.valueStart).trimEnd(), label: split.label, range: range(i, s, i, split.valueStart), inlineContent: inline, style: 'colon' }, kind, false);
    addBlock(st, section, 'paragraph', i, split.valueStart, split.valueEnd, blockKind(value));
    if (key) st.fields.push(makeField(st, split.label, key, i, split.labelStart, split.labelEnd, i, split.valueStart, split.valueEnd));
    return true;
  }
  if (!outlined && (asField || (key && short) || ((headerZone || cur?.kind === 'header') && labelWords <= 4))) {
    info.kind = 'field';
    const section = headerAt(st, i);
    addInlineFields(st, section, i, split.label, split.labelStart, split.labelEnd, split.valueStart, split.valueEnd);
    section.lastLine = i;
    return true;
  }
  return false;
}

/**
 * Header lines without a colon. 'split-style': "Posting Date" / ": Apr 18, 2025", and a known label
 * alone on its line with its value on the next ("Job Title" / "Math Teacher"). 'unlabelled': a short
 * line of the header block (organization, location, employment type).
 */
export function readHeaderLine(st: ParseState, i: number, s: number, e: number, words: number, mode: 'split-style' | 'unlabelled'): boolean {
  const raw = st.lines[i]!;
  const t = st.texts[i]!;
  const info = st.lineInfo[i]!;
  if (mode === 'split-style') {
    if (words > MAX_LABEL_WORDS || t.endsWith(':') || !inHeaderBlock(st)) return false;
    const next = st.nextNonBlank[i]!;
    if (next >= st.lines.length) return false;
    const ns = st.trimmed[next]![0];
    const ne = st.trimmed[next]![1];
    const nextLine = st.lines[next]!;
    if (nextLine.charCodeAt(ns) === 58 /* : */) {
      let vs = ns + 1;
      while (vs < ne && isSpace(nextLine.charCodeAt(vs))) vs++;
      const header = headerAt(st, i);
      info.kind = 'field';
      st.lineInfo[next]!.kind = 'field';
      st.consumed[next] = 1;
      addField(st, header, makeField(st, t, fieldKey(t), i, s, e, next, vs, ne));
      header.lastLine = next;
      return true;
    }
    const key = fieldKey(t);
    // A known label alone on its line; one that names a section ("ANNUAL SALARY") is a heading, unless a date is all it holds ("Application Deadline" / "7/4/2025").
    if (!key || normalizeLabel(t).split(' ').length > 3 || (headingKind(t) && !isDateLine(st.texts[next]!))) return false;
    return readValueBelow(st, i, { label: t, labelStart: s, labelEnd: e, valueStart: e, valueEnd: e }, key);
  }
  // (Outside the body the current section is the title or the header, or a block of fields is starting.)
  if (st.zone === 'body' || words > 10 || t.endsWith('.')) return false;
  // A name over the first paragraph heads that paragraph's section, not the header.
  if (readNameOverOpening(st, i, s, e, words)) return true;
  // The employer's name set apart under a block of several lines (the board's facts, a page's chrome): the
  // letterhead of the posting's own block of fields, which starts there. (Not the value of a label set
  // apart above it, as boards lay out label and value: "Building" / "District Office".)
  const cur = st.current;
  if (cur && cur.kind === 'header' && cur.lastLine > cur.line && startsBlock(st, i) && readsAsOrganization(t) && !loneLabelAbove(st, i)) open(st, 'header', i, null);
  const header = headerAt(st, i);
  info.kind = 'field';
  header.lastLine = i;
  const posted = POSTED_BY.exec(t);
  if (posted) {
    const orgStart = s + 'posted by '.length;
    const orgEnd = orgStart + posted[1]!.length;
    const dateStart = e - posted[2]!.length;
    addField(st, header, makeField(st, FIELD_LABELS.organization, 'organization', i, s, s, i, orgStart, orgEnd));
    addField(st, header, makeField(st, FIELD_LABELS.posting_date, 'posting_date', i, s, s, i, dateStart, e));
    return true;
  }
  // "Springfield Public Schools | Springfield, IL": one fact per part.
  for (const [ps, pe] of headerParts(raw, s, e)) {
    const key = inferHeaderKey(raw.slice(ps, pe), st.title ? st.title.text : null);
    // A part that names no fact Postwright knows ("Grades 6-8") is a header line, not a field: a field always has a label.
    if (key !== 'duplicate-title' && key !== null) addField(st, header, makeField(st, FIELD_LABELS[key], key, i, ps, ps, i, ps, pe));
  }
  return true;
}
