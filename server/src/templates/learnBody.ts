// A section body learned from what a district's postings say under that kind (its education and
// experience lines templatized, its best requirement bullets, its own boilerplate), with the
// postings it came from; null where they say nothing usable and a generic body serves.
import type { SectionKind } from '../model/posting.ts';
import type { Profile } from '../profiles/types.ts';
import { escapeSnippet } from '../facts/snippet.ts';
import type { BulletSuggestion } from './types.ts';
import { templatizeEducation, templatizeExperience } from './templatize.ts';
import { OTHER_DUTIES } from './families.ts';
import { bulletKey, compareStrings, tidyHeading } from './learnText.ts';
import type { Observation } from './rankBullets.ts';

/** The candidate text found in the most postings (then the shortest, then alphabetical). */
function pickShortestMostCommon(candidates: ReadonlyArray<{ t: string; src: string }>): string | null {
  if (candidates.length === 0) return null;
  const counts = new Map<string, Set<string>>();
  for (const c of candidates) {
    let set = counts.get(c.t);
    if (!set) counts.set(c.t, (set = new Set()));
    set.add(c.src);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1].size - a[1].size || a[0].length - b[0].length || compareStrings(a[0], b[0]));
  return sorted[0]![0];
}

function sourcesOf(candidates: ReadonlyArray<{ t: string; src: string }>, t: string): string[] {
  return [...new Set(candidates.filter((c) => c.t === t).map((c) => c.src))].sort();
}

function placeholders(texts: readonly string[], from = 1): string[] {
  return texts.map((t, i) => '${' + (from + i) + ':' + escapeSnippet(t) + '}');
}

export interface KindMaterial {
  bullets: Observation[];
  paragraphs: Observation[];
  bulletBlocks: number;
  paragraphBlocks: number;
}

export function emptyMaterial(): KindMaterial {
  return { bullets: [], paragraphs: [], bulletBlocks: 0, paragraphBlocks: 0 };
}

interface SeedBody {
  body: string;
  sources: string[];
}

/** What the generic profile learns from other districts' postings; the rest stays generic wording. */
const GENERIC_LEARNS: ReadonlySet<SectionKind> = new Set(['summary', 'responsibilities', 'qualifications', 'education', 'experience', 'ksa']);

/** A body for `kind` learned from the material, or null when the seeds say nothing usable. */
export function learnBody(kind: SectionKind, m: KindMaterial, marker: string, ranked: readonly BulletSuggestion[], profile: Profile): SeedBody | null {
  if (profile.id === 'generic' && !GENERIC_LEARNS.has(kind)) return null;
  const useBullets = m.bulletBlocks >= m.paragraphBlocks;
  const line = (s: string): string => (useBullets ? `${marker} ${s}` : s);
  const all = [...m.bullets, ...m.paragraphs];
  switch (kind) {
    case 'education': {
      const cands: Array<{ t: string; src: string }> = [];
      for (const o of all) {
        const t = templatizeEducation(o.text);
        if (t) cands.push({ t, src: o.source });
      }
      const best = pickShortestMostCommon(cands);
      if (!best) return null;
      return { body: line(best), sources: sourcesOf(cands, best) };
    }
    case 'experience': {
      const cands: Array<{ t: string; src: string }> = [];
      for (const o of all) {
        const t = templatizeExperience(o.text);
        if (t) cands.push({ t, src: o.source });
      }
      const best = pickShortestMostCommon(cands);
      if (!best) return null;
      return { body: line(best), sources: sourcesOf(cands, best) };
    }
    case 'responsibilities':
      // Duties depend on the role: the role families carry them, the profile stays role-neutral.
      return null;
    case 'ksa':
    case 'qualifications':
    case 'licensure': {
      const want = kind === 'licensure' ? 1 : kind === 'qualifications' ? 2 : 3;
      // The best bullets, one per opening word, so the template shows range rather than three "Collaborate…".
      const picked: BulletSuggestion[] = [];
      const firstWords = new Set<string>();
      for (const b of ranked) {
        if (picked.length >= want) break;
        if (OTHER_DUTIES.test(b.text)) continue;
        const first = bulletKey(b.text).split(' ')[0] ?? '';
        if (firstWords.has(first)) continue;
        firstWords.add(first);
        picked.push(b);
      }
      if (picked.length === 0) return null;
      const lines = placeholders(picked.map((b) => b.text)).map((p) => `${marker} ${p}`);
      const sources = new Set(picked.flatMap((b) => b.sources));
      return { body: lines.join('\n'), sources: [...sources].sort() };
    }
    case 'summary': {
      // The seeds open the summary with "Reporting to the …, the <title> will …".
      const reporting = m.paragraphs.filter((o) => /^Reporting (?:directly )?to the /.test(o.text));
      if (reporting.length === 0) return null;
      return {
        body: 'Reporting to the ${1:Chief Officer}, the {{title}} will ${2:lead the work of the office and its team}.',
        sources: [...new Set(reporting.map((o) => o.source))].sort(),
      };
    }
    case 'about_district': {
      if (profile.id === 'generic' || m.paragraphs.length === 0) return null;
      // The district's own boilerplate: the most recent seed's (file names sort by date of copy).
      const last = [...m.paragraphs].sort((a, b) => compareStrings(a.source, b.source))[m.paragraphs.length - 1]!;
      return { body: '${1:' + escapeSnippet(last.text) + '}', sources: [last.source] };
    }
    case 'conditions': {
      if (profile.id === 'generic') return null;
      const lead = m.paragraphs.filter((o) => o.text.startsWith('As a condition of employment') && o.text.trimEnd().endsWith(':'));
      const leadText = pickShortestMostCommon(lead.map((o) => ({ t: tidyHeading(o.text), src: o.source })));
      if (!leadText) return null;
      return {
        body: escapeSnippet(leadText) + '\n' + `${marker} \${1:Successfully complete a criminal background check}`,
        sources: [...new Set(lead.map((o) => o.source))].sort(),
      };
    }
    case 'how_to_apply': {
      const withUrl = all.filter((o) => /https?:\/\/\S+/.test(o.text));
      if (withUrl.length === 0) return null;
      const o = withUrl[0]!;
      const t = o.text.replace(/https?:\/\/\S+/, '\u0000');
      const [before, after] = t.split('\u0000') as [string, string];
      return { body: escapeSnippet(before) + '${1:link to the online application}' + escapeSnippet(after ?? ''), sources: [o.source] };
    }
    case 'salary': {
      const note = m.paragraphs.filter((o) => /^Final salary offers\b/.test(o.text));
      if (note.length === 0) return null;
      return {
        body: '\\$${1:minimum} - \\$${2:maximum}\n' + escapeSnippet(note[0]!.text),
        sources: [...new Set(note.map((o) => o.source))].sort(),
      };
    }
    default:
      return null;
  }
}
