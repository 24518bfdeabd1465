// The files `npm run generate` writes, as strings (so a test can regenerate them in memory and
// compare), and reading the postings they are learned from: seeds/ (district style and role
// families), the corpus's school-district postings and the development set's tune postings (role
// families only: their titles come from the manifest and the labels). The snippets file holds a
// few district-neutral snippets; district wording comes from the server's profile-aware completion.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PROFILES, generic } from '../profiles/index.ts';
import type { Profile } from '../profiles/types.ts';
import { buildLibrary, type SourceDoc } from './build.ts';
import { renderLibraryJson, stableStringify } from './libraryJson.ts';
import { fillTokens, sectionSnippet, skeletonSnippet } from './render.ts';
import type { TemplateLibrary } from './types.ts';
import { SECTION_KINDS, type SectionKind } from '../model/posting.ts';

export const LIBRARY_PATH = 'server/src/templates/library.json';
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

/** The district-neutral snippets: kinds every district needs in the same general wording. */
const SNIPPET_KINDS = [
  { kind: 'eeo', prefix: 'eeo-statement', name: 'Equal opportunity statement' },
  { kind: 'salary', prefix: 'salary-range', name: 'Salary range' },
] as const;

/**
 * snippets/job-posting.json: a whole generic posting and the few district-neutral sections. Per
 * district snippets would flood every completion list; the server offers the district's own
 * wording where it fits (profile-aware completion).
 */
export function renderSnippetsFile(lib: TemplateLibrary): string {
  const out: Record<string, VsCodeSnippet> = {};
  const pt = lib.profiles[generic.id];
  if (!pt) throw new Error('renderSnippetsFile: the library has no generic profile');
  // The skeleton's dates become VS Code date variables: render with a marker date, then swap.
  const skeleton = skeletonSnippet(generic, pt, null, { today: '1999-12-31', dateStyle: 'month-long' })
    .replace('December 31, 1999', TODAY)
    .replace(/\$\{(\d+):January 30, 2000\}/, '$${$1:closing date}');
  out['Job posting: whole posting'] = {
    prefix: ['posting'],
    body: lines(skeleton),
    description: 'A complete job posting for a US school district: every required and recommended section, with placeholders. For a district profile or a role family, use "Postwright: New Posting from Template".',
  };
  for (const { kind, prefix, name } of SNIPPET_KINDS) {
    const tpl = pt.sections[kind];
    if (!tpl) continue;
    out[`Job posting: ${name}`] = {
      prefix: [prefix],
      body: lines(fillTokens(sectionSnippet(tpl, generic, {}), generic, {})),
      description: `${name} section (generic template written for Postwright)`,
    };
  }
  return stableStringify(out) + '\n';
}

/** Every generated file (path relative to the project root → content) for a set of postings. */
export function generateTemplateFiles(docs: readonly SourceDoc[], profiles: readonly Profile[] = BUILTIN_PROFILES): Record<string, string> {
  const lib = buildLibrary(docs, { profiles, generic: true });
  return {
    [LIBRARY_PATH]: renderLibraryJson(lib),
    [SNIPPETS_PATH]: renderSnippetsFile(lib),
  };
}

// ---------------------------------------------------------------------------------------------
// The postings the built-in library learns from

/** Rows of a CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The manifest's rows as objects keyed by its header. */
export function readManifest(path: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** The corpus group that holds US public school districts' own postings. */
export const DISTRICT_GROUP = 'public_school_district';

/** The corpus's school-district postings, titled from the manifest (their text has no title line). */
export function readCorpusDistrictPostings(root: string): SourceDoc[] {
  const dir = join(root, 'test', 'corpus');
  const out: SourceDoc[] = [];
  for (const row of readManifest(join(dir, 'manifest.csv'))) {
    if (row.group !== DISTRICT_GROUP || !row.file) continue;
    const text = readFileSync(join(dir, 'postings', row.file), 'utf8');
    out.push({ name: `corpus/${row.file}`, text, title: row.title || undefined, organization: row.organization || undefined, familyOnly: true });
  }
  return out;
}

interface DevsetLabel {
  id: string;
  file: string;
  split: string;
  title?: string;
  district?: string;
  sections?: Array<{ heading: string | null; line: number; kind: string }>;
}

/** The development set's "tune" postings (never the holdout ones), titled and named from their labels. */
export function readDevsetTunePostings(root: string): SourceDoc[] {
  const labels = join(root, 'test', 'devset', 'labels');
  let names: string[];
  try {
    names = readdirSync(labels).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const out: SourceDoc[] = [];
  for (const name of names) {
    const label = JSON.parse(readFileSync(join(labels, name), 'utf8')) as DevsetLabel;
    if (label.split !== 'tune' || !label.file.startsWith('test/devset/')) continue;
    const text = readFileSync(join(root, label.file), 'utf8');
    // The hand-labelled sections, not the parser's: the families learn from what the sections are.
    const labelledSections = (label.sections ?? [])
      .filter((s) => typeof s.line === 'number' && (SECTION_KINDS as readonly string[]).includes(s.kind))
      .map((s) => ({ line: s.line - 1, heading: s.heading !== null, kind: s.kind as SectionKind }));
    out.push({ name: `devset/${label.id}.txt`, text, title: label.title || undefined, organization: label.district || undefined, familyOnly: true, labelledSections });
  }
  return out;
}

/** Everything the built-in library learns from. */
export function readLibrarySources(root: string): SourceDoc[] {
  return [...readPostingFolder(join(root, 'seeds')), ...readCorpusDistrictPostings(root), ...readDevsetTunePostings(root)];
}
