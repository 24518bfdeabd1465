// Web-page furniture copied above a posting's title: a logo's alt text ("Site logo", "M"), a
// breadcrumb ("You are here", "Home » Jobs"), a navigation label ("Resources", "Demo"). Only lines
// above the title are judged, and only short ones that name nothing: a district, school or
// department name, a document label ("Job Posting", "JOB DESCRIPTION") or a job category
// ("Classified") above the title is the posting's own.
import type { Posting } from '../model/posting.ts';
import { BREADCRUMB } from '../model/junk.ts';
import { lineKind } from './util.ts';

const MAX_WORDS = 3;
const MAX_LENGTH = 40;
/** Words of the posting's own lines above a title: organisations, places, document labels, job categories. */
const OWN_WORDS =
  /\b(?:schools?|district|isd|usd|cusd|boces|parish|county|city|town|board|public|academy|college|university|institute|campus|center|centre|high|middle|elementary|primary|department|dept|office|division|services?|education|job|jobs|position|positions|posting|postings|description|vacancy|vacancies|announcement|opening|openings|opportunit(?:y|ies)|notice|bulletin|employment|title|certified|certificated|classified|licensed|support|staff|administrative|administration|instructional|exempt|internal|external|full|part|time|temporary|seasonal|substitute|summer)\b/i;
/** Letters and spaces only. */
const PLAIN = /^[A-Za-z][A-Za-z' ]*$/;

/** Lines above the title that are page furniture, not the posting's text. */
export function chromeAboveTitle(posting: Posting): number[] {
  const title = posting.title;
  if (!title || title.wrappedBy) return [];
  const out: number[] = [];
  const fm = posting.frontMatter;
  for (let i = 0; i < title.line && i < posting.lines.length; i++) {
    if (fm && i >= fm.line && i <= fm.endLine) continue;
    if (lineKind(posting, i) !== 'paragraph') continue;
    const t = posting.lines[i]!.trim();
    if (t.length > 80) continue;
    if (BREADCRUMB.test(t)) {
      out.push(i);
      continue;
    }
    if (t.length > MAX_LENGTH || !PLAIN.test(t) || t.split(/\s+/).length > MAX_WORDS || OWN_WORDS.test(t)) continue;
    out.push(i);
  }
  return out;
}
