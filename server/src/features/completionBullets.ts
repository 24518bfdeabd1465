// Bullet completion inside a section: the section kind's bullets for the district profile and the
// posting's role family (read from its title: a custodian's Responsibilities offer custodial
// duties, never a principal's), minus the bullets the posting already has.
import type { CompletionItem, Range } from 'vscode-languageserver-types';
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { Posting, Section, SectionKind } from '../model/posting.ts';
import { roleFamilyOf, type IndexedBullet } from '../templates/index.ts';
import { bulletKey } from '../templates/learnText.ts';
import { escapeSnippet } from '../facts/snippet.ts';
import { item, type ItemOptions } from './completionItem.ts';
import type { CompletionInput } from './completion.ts';

function bulletKindsFor(kind: SectionKind): SectionKind[] {
  switch (kind) {
    case 'qualifications':
      return ['qualifications', 'ksa', 'education', 'experience', 'licensure'];
    case 'preferred':
      return ['preferred', 'education', 'experience', 'ksa'];
    default:
      return [kind];
  }
}

interface PresentBullets {
  keys: Set<string>;
  words: Array<Set<string>>;
}

const presentCache = new WeakMap<Posting, PresentBullets>();

function contentWords(text: string): Set<string> {
  return new Set(bulletKey(text).split(' ').filter((w) => w.length > 2));
}

function presentBullets(posting: Posting): PresentBullets {
  let hit = presentCache.get(posting);
  if (hit) return hit;
  hit = { keys: new Set(), words: [] };
  for (const s of posting.sections) {
    for (const b of s.blocks) {
      hit.keys.add(bulletKey(b.text));
      if (b.type === 'bullet') hit.words.push(contentWords(b.text));
    }
  }
  presentCache.set(posting, hit);
  return hit;
}

function nearlyPresent(b: IndexedBullet, present: PresentBullets): boolean {
  if (present.keys.has(b.key)) return true;
  const w = b.words;
  if (w.size === 0) return false;
  for (const p of present.words) {
    let both = 0;
    for (const x of w) if (p.has(x)) both++;
    if (both / (w.size + p.size - both) >= 0.7) return true;
  }
  return false;
}

function bulletMarkerFor(posting: Posting, section: Section | null, fallback: string): string {
  if (section) {
    for (const b of section.blocks) {
      if (b.type !== 'bullet') continue;
      const m = posting.lineInfo[b.line]?.bulletMarker;
      if (m) return m;
    }
  }
  return fallback;
}

export function bulletItems(
  input: CompletionInput,
  opts: ItemOptions,
  section: Section,
  r: Range,
  withMarker: boolean | 'space',
  max: number,
  sortPrefix: string,
): CompletionItem[] {
  const { posting, profile } = input;
  const present = presentBullets(posting);
  const marker = bulletMarkerFor(posting, section, input.templates.profileTemplates(profile).bulletMarker);
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  const kinds = bulletKindsFor(section.kind);
  // The family even when it is 'other': an unplaced title gets no family's duties rather than every family's.
  const family = roleFamilyOf(posting.title?.text).family;
  for (const kind of kinds) {
    // The writer's own bullets come after the role family's, whatever the family: they are the
    // writer's words, not another role's template (a family is learned only from three postings or
    // more, so a small folder would otherwise never be heard).
    for (const b of [...input.templates.indexedBulletSuggestions(kind, profile, family), ...input.templates.userBullets(kind, profile.id)]) {
      if (out.length >= max) break;
      const s = b.suggestion;
      if (seen.has(b.key) || nearlyPresent(b, present)) continue;
      seen.add(b.key);
      const text = escapeSnippet(s.text);
      const snippet = withMarker === true ? `${escapeSnippet(marker)} ${text}` : withMarker === 'space' ? ` ${text}` : text;
      const n = out.length;
      out.push(
        item(opts, {
          label: s.text.length > 80 ? s.text.slice(0, 77) + '…' : s.text,
          kind: CompletionItemKind.Text,
          detail: `${kind} bullet · in ${s.count} posting${s.count === 1 ? '' : 's'}`,
          description: s.count > 1 ? `×${s.count}` : kind,
          sortText: `${sortPrefix}${String(n).padStart(4, '0')}`,
          filterText: s.text,
          range: r,
          snippet,
          note: `A **${kind}** bullet seen in ${s.count} posting${s.count === 1 ? '' : 's'} (${s.sources.slice(0, 3).join(', ')}${s.sources.length > 3 ? ', …' : ''}).`,
        }),
      );
    }
  }
  return out;
}
