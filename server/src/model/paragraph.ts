// Paragraphs and the runs they start: a paragraph joins the section it is in unless its content
// opens a section of its own (district text after the summary, benefits after the duties, the way
// to apply), and a run of verb-led lines set apart is the duties whose heading was lost. The line
// handlers for titles, bullets, headings and fields are in body.ts.
import type { SectionKind } from './posting.ts';
import { isUpperStart } from './lines.ts';
import { blockKind, paragraphOpens, readsAsDuties } from './decide.ts';
import { paySetApart } from './sections.ts';
import { lostLinkAt } from './links.ts';
import { endsSentence, endsWithColon, fieldFollows, nextText, readsAsProse, startsBlock, trailingHeadingKind, wrapsFrom } from './nearby.ts';
import { dutyRunFrom } from './listRuns.ts';
import { addBlock, open, type ParseState } from './parseState.ts';

/** Kinds a paragraph's own content starts a new section for, even under another heading (conditions: a background-check
 *  paragraph set apart after the pay; not the "terms and conditions of employment" an EEO statement goes on to name). */
const SELF_STANDING: ReadonlySet<SectionKind> = new Set(['eeo', 'benefits', 'how_to_apply', 'conditions']);
/** Pay and benefits often share one section ("Salary and Benefits"): neither splits the other. */
const PAY: ReadonlySet<SectionKind> = new Set(['salary', 'benefits']);

/** Words of applying: link text that names them is the way to apply, not page text. */
const APPLYING = /\bappl(?:y|ying|ication)\b/i;

/** A header block opened by a fact's label in the body ("REPORTS TO:") that has no value yet: what comes next is its value, whatever it reads as. */
export function factValueDue(section: ParseState['sections'][number]): boolean {
  return section.kind === 'header' && section.heading !== null && section.blocks.length === 0 && section.fields.length === 0;
}


/**
 * True when line i, set apart from the section above (a blank line before it, or `firstBullet`: the
 * first list item after prose), starts a run the content model reads as duties while the section is
 * of another kind: the duties list whose heading was lost. Not after a line ending in a colon (the
 * run is what that line introduces).
 */
export function opensDutyRun(st: ParseState, section: ParseState['sections'][number], i: number, firstBullet: boolean): boolean {
  if (section.kind === 'responsibilities' || section.kind === 'title' || section.kind === 'header' || section.junk || section.blocks.length === 0) return false;
  return (firstBullet || startsBlock(st, i)) && !endsWithColon(st, i - 1) && dutyRunFrom(st, i);
}

/** Words a note set between two runs of header fields may hold: one short sentence. */
const NOTE_WORDS = 12;

/** Line i is a short sentence with a field right below it: a note among a header block's fields ("This position is a 1:1 with a student."). */
function noteAmongFields(st: ParseState, i: number, words: number): boolean {
  return words <= NOTE_WORDS && !st.texts[i]!.endsWith(':') && fieldFollows(st, i);
}

/** Paragraphs join the current section unless their content opens a section of its own. */
export function readParagraph(st: ParseState, i: number, s: number, e: number, words: number): void {
  const t = st.texts[i]!;
  st.lineInfo[i]!.kind = 'paragraph';
  const kindOf = blockKind(t);
  const opens = paragraphOpens(t);
  let section = st.current?.closed ? null : st.current;
  if (section && wrapsFrom(st, i)) {
    // The wrapped end of the line above ("… keeps the\ndirector of operations up to date …").
    addBlock(st, section, 'paragraph', i, s, e, kindOf);
    return;
  }
  const glued = section && !section.junk && section.level === 1 && words >= 6 && isUpperStart(t) ? trailingHeadingKind(st, i) : null;
  if (glued && section && glued.kind !== section.kind) {
    // "… on your feet. Essential Functions" / "Heats, prepares …": the heading glued onto the paragraph above starts its section here.
    section = open(st, glued.kind, i, null);
  } else if (section && !section.junk && section.blocks.length > 0 && opens !== 'how_to_apply' && opens !== 'eeo' && !APPLYING.test(t) && lostLinkAt(t, () => nextText(st, i))) {
    // "Click here to see a day in the life of a teacher!" with its link lost: page text, not the content above.
    // ("Click here to apply" is the way to apply, whose link is lost: it stays where it is.)
    section = open(st, 'other', i, null);
  } else if (!section || section.kind === 'title' || section.kind === 'header') {
    // A whole sentence of running text set apart under the fields ("To keep the buildings safe and clean.") is
    // the posting's text beginning, not a fact of the block.
    const sentence = startsBlock(st, i) && t.endsWith('.') && words >= 6 && readsAsProse(t);
    // (A sentence between two runs of fields, "This position is a 1:1 with a student." over "Position Title: …", is a note of the block.)
    const note = !opens ? words <= 25 && (!sentence || noteAmongFields(st, i, words)) : opens === 'summary' && noteAmongFields(st, i, words);
    const staysInHeader = section?.kind === 'header' && ((st.zone !== 'body' && (kindOf === 'salary' || note)) || factValueDue(section));
    // A paragraph after a header block in mid-document opens a summary only if there is none yet.
    const hasSummary = st.sections.some((b) => b.kind === 'summary');
    if (!staysInHeader) {
      section = open(st, opens ?? (st.zone === 'body' && hasSummary ? 'other' : 'summary'), i, null);
      if (!opens && section.kind === 'summary') section.defaulted = true;
    }
    st.zone = 'body';
  } else if (section.contentDecides && section.blocks.length === 0) {
    section.kind = opens === 'about_district' || opens === 'department' ? opens : 'summary';
    section.contentDecides = false;
    if (!opens) section.defaulted = true;
  } else if (opens === 'about_district' && section.defaulted && section.blocks.length === 1 && startsBlock(st, i)) {
    // "Overview" / "Washington has an unusual system of government …" / "The District serves 49,000 students …":
    // the district paragraph says what the unmarked one before it was about.
    section.kind = opens;
    section.defaulted = false;
  } else if (opens && opens !== section.kind && !section.junk && (section.blocks.length > 0 || !section.heading || (opens === 'eeo' && section.kind !== 'other'))) {
    // (The first paragraph under a heading is that heading's content, whatever it reads as, except an
    // equal-opportunity statement under a heading that names another kind: a statement of its own.)
    const fromIntro = section.kind === 'about_district' || section.kind === 'department';
    const alwaysOpens = opens === 'how_to_apply' || opens === 'eeo';
    // A paragraph about the district set apart after the summary ("The District serves 2,300 students …")
    // is the district's own part, not more of the summary.
    const aboutAfterSummary = opens === 'about_district' && section.kind === 'summary' && startsBlock(st, i);
    if (alwaysOpens || aboutAfterSummary || (fromIntro && (opens === 'department' || opens === 'summary'))) section = open(st, opens, i, null);
  } else if (section.kind === 'summary' && !opens && !kindOf && !section.junk && section.bullets === 0 && section.blocks.length > 0 && endsSentence(st, i - 1) && readsAsDuties(t)) {
    // Prose after the summary that reads as the duties ("Heats, prepares and portions food …"): the duties, unheaded.
    section = open(st, 'responsibilities', i, null);
  } else if (!opens && !kindOf && opensDutyRun(st, section, i, false)) {
    // Verb-led paragraphs set apart that read as duties ("Monitors … / Gives … / Collects …"): the duties, unheaded.
    section = open(st, 'responsibilities', i, null);
  } else if (kindOf && (SELF_STANDING.has(kindOf) || (kindOf === 'salary' && paySetApart(section))) && kindOf !== section.kind && !(kindOf === 'conditions' && section.kind === 'eeo') && !section.junk && section.blocks.length > 0 && (startsBlock(st, i) || st.lineInfo[i - 1]!.kind === 'bullet') && !(PAY.has(kindOf) && PAY.has(section.kind))) {
    // A paragraph set apart by a blank line whose content is another kind (benefits after the duties).
    section = open(st, kindOf, i, null);
  }
  addBlock(st, section!, 'paragraph', i, s, e, kindOf);
  // Prose ends the header block, wherever it landed (page text above the posting).
  if (words > 25) st.zone = 'body';
}
