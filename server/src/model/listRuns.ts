// What a list says about the lines around it: a run of verb-led lines read as duties, an unheaded
// list whose next items state requirements, a numbered list that starts again at 1 after a gap
// (its heading lost). Bounded look-aheads and look-backs, so the parse stays linear.
import { BULLET } from './lines.ts';
import { opensWithVerb, readsAsDutyList, requirementOf } from './decide.ts';
import { endsWithColon, startsBlock } from './nearby.ts';
import type { ParseState } from './parseState.ts';
import type { Builder } from './sections.ts';

/** How many lines a run of duties is read over, and how many of them must open with a verb. */
const DUTY_RUN_LINES = 6;
const DUTY_RUN_MIN = 2;

/**
 * True when line i starts a run of verb-led lines (bullets or paragraphs, blank lines between
 * allowed) that the content model reads together as duties: an unheaded duties list after a goal,
 * a summary or the qualifications. Reads at most DUTY_RUN_LINES lines ahead.
 */
export function dutyRunFrom(st: ParseState, i: number): boolean {
  const texts: string[] = [];
  for (let k = i, n = 0; k < st.lines.length && n < DUTY_RUN_LINES; k = st.nextNonBlank[k]!, n++) {
    const s = st.trimmed[k]![0];
    const e = st.trimmed[k]![1];
    const raw = st.lines[k]!.slice(s, e);
    const t = raw.slice(BULLET.exec(raw)?.[0].length ?? 0);
    if (!opensWithVerb(t)) break;
    texts.push(t);
  }
  return texts.length >= DUTY_RUN_MIN && readsAsDutyList(texts);
}

/** How many list items after the first an unheaded list's kind is read from. */
const LIST_AHEAD = 4;

/**
 * True when one of the next LIST_AHEAD items of the list starting at line i states a requirement
 * (a license, a degree, years of experience, residency): a requirements list whose first item is a
 * background check or an age is still the qualifications.
 */
export function requirementListAhead(st: ParseState, i: number): boolean {
  for (let k = st.nextNonBlank[i]!, n = 0; k < st.lines.length && n < LIST_AHEAD; k = st.nextNonBlank[k]!, n++) {
    const s = st.trimmed[k]![0];
    const e = st.trimmed[k]![1];
    const raw = st.lines[k]!.slice(s, e);
    const marker = BULLET.exec(raw);
    if (!marker) return false;
    if (requirementOf(raw.slice(marker[0].length))) return true;
  }
  return false;
}

/** How many of a section's last blocks are read for the list item before a new "1.". */
const LIST_LOOK_BACK = 4;
/** A list item numbered 1 ("1.", "1)", "(1)"). */
const FIRST_NUMBER = /^\(?0*1[.)]/;
/** The number of a numbered list item's marker, or -1. */
function itemNumber(marker: string | undefined): number {
  const m = marker ? /^\(?(\d{1,3})[.)]/.exec(marker) : null;
  return m ? Number(m[1]) : -1;
}

/**
 * True when a list item numbered 1 follows, in the same section, an item numbered 2 or more: the
 * numbering starts again after a gap, so a new list begins (a job description whose list headings were lost).
 */
export function restartsNumbering(st: ParseState, i: number, section: Builder, marker: string): boolean {
  // (Set apart by a blank line and not introduced by a colon: "1." right under "2. One of the following:" is a nested list flattened.)
  if (section.bullets === 0 || !FIRST_NUMBER.test(marker.trim()) || !startsBlock(st, i) || endsWithColon(st, i - 1)) return false;
  const blocks = section.blocks;
  // (A bounded look back, so that the pass stays linear: a note or two may sit between the lists.)
  for (let k = blocks.length - 1; k >= 0 && k >= blocks.length - LIST_LOOK_BACK; k--) {
    const b = blocks[k]!;
    if (b.type === 'bullet') return itemNumber(st.lineInfo[b.line]!.bulletMarker) >= 2;
  }
  return false;
}
