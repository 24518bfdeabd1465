// Job-board page text a posting carries beyond what the parser marks as junk (model/junk.ts: the
// board's interface lines): lists of related jobs, newsletter blurbs, a listing's badges and buttons. Every reader of content
// (presence, pay, prose, export, rules) skips these lines.
import type { Posting } from '../model/posting.ts';
import { BLURB_HEAD, LISTING_CONTROL, NEWSLETTER, RELATED_LIST_HEAD } from '../model/junk.ts';
import { lineKind, parserJunkLines } from './util.ts';
import { chromeAboveTitle } from './chrome.ts';
import { lineFacts, lowerOf, trimLenOf, type LineFacts } from './memo.ts';

const junkCache = new WeakMap<Posting, Uint8Array>();

function mayBeNewsletter(l: string): boolean {
  return l.includes('newsletter') || l.includes('mailing list') || l.includes('alerts') || l.includes('mail') || l.includes('digest');
}

// Per-line tests of junkLines, memoised with the line (LineFacts.testEval / testTrue, bits 1–64).
const J_RELATED = 1; // RELATED_LIST_HEAD on the trimmed line
const J_SENTENCE_END = 2; // trimmed line ends with . ! ?
const J_NEWSLETTER = 4; // a newsletter line (keyword pre-check, then NEWSLETTER on the trimmed line)
const J_BLURB = 8; // BLURB_HEAD on the trimmed line
const J_HEAD_END = 16; // trimmed line ends with . ! ? :
const J_NEWSLETTER_RAW = 32; // NEWSLETTER on the line as it is
const J_CONTROL = 64; // LISTING_CONTROL on the trimmed line

function junkTest(f: LineFacts, bit: number): boolean {
  if (f.testEval & bit) return (f.testTrue & bit) !== 0;
  const t = f.text.trim();
  let v: boolean;
  if (bit === J_RELATED) v = RELATED_LIST_HEAD.test(t);
  else if (bit === J_SENTENCE_END) v = /[.!?]$/.test(t);
  else if (bit === J_NEWSLETTER) v = mayBeNewsletter(lowerOf(f)) && NEWSLETTER.test(t);
  else if (bit === J_BLURB) v = BLURB_HEAD.test(t);
  else if (bit === J_HEAD_END) v = /[.!?:]$/.test(t);
  else if (bit === J_CONTROL) v = LISTING_CONTROL.test(t);
  else v = NEWSLETTER.test(f.text);
  f.testEval |= bit;
  if (v) f.testTrue |= bit;
  return v;
}

/** Junk lines: the parser's, plus page furniture above the title, related-job lists and newsletter blurbs. Linear. */
export function junkLines(posting: Posting): Uint8Array {
  const cached = junkCache.get(posting);
  if (cached) return cached;
  const parser = parserJunkLines(posting);
  const out = new Uint8Array(parser);
  for (const l of chromeAboveTitle(posting)) out[l] = 1;
  const lines = posting.lines;
  const facts = lineFacts(posting);
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const f = facts[i]!;
    const tl = trimLenOf(f);
    if (tl > 300) {
      inList = false;
      continue;
    }
    if (tl <= 300 && junkTest(f, J_CONTROL)) {
      out[i] = 1;
      continue;
    }
    if (junkTest(f, J_RELATED)) {
      out[i] = 1;
      inList = true;
      continue;
    }
    if (inList) {
      const k = lineKind(posting, i);
      if (tl === 0) continue;
      // A related-jobs list: short bullets or short title-like lines ("Job title, Employer").
      if (k === 'bullet' || (tl <= 120 && !junkTest(f, J_SENTENCE_END))) {
        out[i] = 1;
        continue;
      }
      inList = false;
    }
    if (junkTest(f, J_NEWSLETTER)) {
      out[i] = 1;
      // The blurb's own heading, directly above ("Stay Current in …").
      if (i > 0) {
        const g = facts[i - 1]!;
        if (trimLenOf(g) <= 100 && !junkTest(g, J_HEAD_END) && (out[i - 1] || junkTest(g, J_BLURB))) out[i - 1] = 1;
      }
      continue;
    }
    if (tl <= 100 && junkTest(f, J_BLURB) && i + 1 < lines.length && junkTest(facts[i + 1]!, J_NEWSLETTER_RAW)) out[i] = 1;
  }
  junkCache.set(posting, out);
  return out;
}
