// The files `npm run templates` writes, as strings (so a test can regenerate them in memory and
// compare), and reading a folder of postings. The snippets file for VS Code users who prefer
// snippets comes from the same library.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PROFILES } from '../profiles/index.ts';
import type { Profile } from '../profiles/types.ts';
import type { SectionKind } from '../model/posting.ts';
import { buildLibrary, renderLibraryModule, stableStringify, type SourceDoc } from './build.ts';
import { fillTokens, sectionSnippet, skeletonSnippet } from './render.ts';
import type { TemplateLibrary } from './types.ts';

export const LIBRARY_PATH = 'server/src/templates/library.ts';
export const SNIPPETS_PATH = 'snippets/job-posting.json';

const POSTING_FILE = /\.(?:posting|txt)$/i;

/** Reads the postings (.posting, .txt; README.txt skipped) of one folder, sorted by name. Not recursive. */
export function readPostingFolder(folder: string, maxBytes = 1024 * 1024): SourceDoc[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const out: SourceDoc[] = [];
  for (const name of names.sort()) {
    if (!POSTING_FILE.test(name) || /^readme\b/i.test(name)) continue;
    const path = join(folder, name);
    try {
      const st = statSync(path);
      if (!st.isFile() || st.size > maxBytes) continue;
      const text = readFileSync(path, 'utf8');
      if (text.includes('\u0000')) continue;
      out.push({ name, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
    } catch {
      // unreadable file: skip
    }
  }
  return out;
}

interface VsCodeSnippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** VS Code snippet variables for today's date. */
const TODAY = '${CURRENT_MONTH_NAME} ${CURRENT_DATE}, ${CURRENT_YEAR}';

function lines(snippet: string): string[] {
  return snippet.split('\n');
}

/** snippets/job-posting.json: one snippet per profile and kind, and one whole-posting skeleton per profile. */
export function renderSnippetsFile(lib: TemplateLibrary, profiles: readonly Profile[] = BUILTIN_PROFILES): string {
  const out: Record<string, VsCodeSnippet> = {};
  for (const profile of profiles) {
    const pt = lib.profiles[profile.id];
    if (!pt) continue;
    const tag = profile.id === 'generic' ? 'Generic' : profile.name;
    // The skeleton's dates become VS Code date variables: render with a marker date, then swap.
    const skeleton = skeletonSnippet(profile, pt, null, { today: '1999-12-31', dateStyle: 'month-long' })
      .replace('December 31, 1999', TODAY)
      .replace(/\$\{(\d+):January 30, 2000\}/, '$${$1:closing date}');
    out[`${tag}: whole posting`] = {
      prefix: [`posting-${profile.id}`],
      body: lines(skeleton),
      description: `A complete job posting in the style of ${tag === 'Generic' ? 'a US school district' : profile.name}: every required and recommended section.`,
    };
    for (const [kind, tpl] of Object.entries(pt.sections) as Array<[SectionKind, NonNullable<(typeof pt.sections)[SectionKind]>]>) {
      const snippet = sectionSnippet(tpl, profile, {});
      out[`${tag}: ${tpl.heading}`] = {
        prefix: [profile.id === 'generic' ? `section-${kind}` : `${profile.id}-${kind}`],
        body: lines(fillTokens(snippet, profile, {})),
        description: `${kind} section (${tpl.bodySource === 'generic' ? 'generic template written for Postwright' : tpl.bodySource === 'profile' ? `${tag} required wording` : `learned from ${tpl.sources.length} ${tag} posting(s)`})`,
      };
    }
  }
  return stableStringify(out) + '\n';
}

/** Every generated file (path relative to the project root → content) for a set of postings. */
export function generateTemplateFiles(docs: readonly SourceDoc[], profiles: readonly Profile[] = BUILTIN_PROFILES): Record<string, string> {
  const lib = buildLibrary(docs, { profiles, generic: true });
  return {
    [LIBRARY_PATH]: renderLibraryModule(lib),
    [SNIPPETS_PATH]: renderSnippetsFile(lib, profiles),
  };
}
