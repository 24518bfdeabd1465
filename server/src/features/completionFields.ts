// Completion in the header block: the field labels a posting lacks ("Closing Date: …") and, after
// "Label:", the values that label takes (dates in the posting's own style, pay ranges, FLSA status).
import type { CompletionItem, Range } from 'vscode-languageserver-types';
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { FieldKey, Posting } from '../model/posting.ts';
import { FIELD_LABELS } from '../model/fields.ts';
import type { Profile } from '../profiles/types.ts';
import { escapeChoiceOption, escapeSnippet } from '../facts/snippet.ts';
import { addDays, formatDate, postingDateStyle } from '../templates/render.ts';
import { item, type ItemOptions } from './completionItem.ts';
import type { CompletionInput } from './completion.ts';

export interface ValueChoice {
  label: string;
  snippet: string;
  note: string;
}

export function valueChoices(key: FieldKey, posting: Posting, profile: Profile, today: string): ValueChoice[] {
  const style = postingDateStyle(posting);
  const date = (iso: string, what: string): ValueChoice => ({ label: formatDate(iso, style), snippet: escapeSnippet(formatDate(iso, style)), note: what });
  switch (key) {
    case 'overtime_status':
      return [
        { label: 'Exempt', snippet: 'Exempt', note: 'Not eligible for overtime pay (FLSA exempt).' },
        { label: 'Non-Exempt', snippet: 'Non-Exempt', note: 'Eligible for overtime pay (FLSA non-exempt).' },
      ];
    case 'employment_type':
    case 'position_type': {
      const base: ValueChoice[] = [
        { label: 'Full-time', snippet: 'Full-time', note: 'A full-time position.' },
        { label: 'Part-time', snippet: 'Part-time', note: 'A part-time position.' },
        { label: 'Temporary', snippet: 'Temporary', note: 'A temporary position.' },
      ];
      if (key === 'position_type' && profile.id === 'chicago') {
        base.push({ label: 'Non-Union Position', snippet: 'Non-Union Position', note: 'As CPS postings write it.' });
        base.push({ label: 'Union Position', snippet: 'Union Position', note: 'As CPS postings write it.' });
      }
      return base;
    }
    case 'posting_date':
    case 'start_date':
      return [date(today, "Today's date, in this posting's date style.")];
    case 'closing_date':
      return [
        date(addDays(today, 14), 'Two weeks from today.'),
        date(addDays(today, 30), 'Thirty days from today.'),
        date(today, "Today's date."),
      ];
    case 'salary_range':
    case 'salary':
      return [
        { label: '$minimum - $maximum', snippet: '\\$${1:minimum} - \\$${2:maximum}', note: 'An annual salary range: pay-transparency laws expect a minimum and a maximum.' },
        { label: '$minimum - $maximum per hour', snippet: '\\$${1:minimum} - \\$${2:maximum} per hour', note: 'An hourly pay range.' },
      ];
    case 'organization':
      return profile.id === 'generic' ? [] : [{ label: profile.name, snippet: escapeSnippet(profile.name), note: 'The district of this profile.' }];
    default:
      return [];
  }
}

const LABEL_ORDER: FieldKey[] = [
  'job_number',
  'posting_date',
  'closing_date',
  'location',
  'salary_range',
  'job_grade',
  'position_type',
  'employment_type',
  'overtime_status',
  'reports_to',
  'department',
  'start_date',
  'schedule',
  'class_code',
  'organization',
  'job_title',
];

export function labelItems(input: CompletionInput, opts: ItemOptions, today: string, r: Range): CompletionItem[] {
  const { posting, profile } = input;
  const have = new Set(posting.fields.map((f) => f.key));
  const capsLabels = posting.fields.length > 0 && posting.fields.filter((f) => /^[^a-z]+$/.test(f.name)).length * 2 > posting.fields.length;
  const out: CompletionItem[] = [];
  LABEL_ORDER.forEach((key, i) => {
    if (have.has(key)) return;
    if (key === 'salary_range' && have.has('salary')) return;
    const label = capsLabels ? FIELD_LABELS[key].toUpperCase() : FIELD_LABELS[key];
    const first = valueChoices(key, posting, profile, today);
    let value: string;
    if (first.length > 1 && first.every((c) => !c.snippet.includes('$'))) value = '${1|' + first.map((c) => escapeChoiceOption(c.label)).join(',') + '|}';
    else if (first.length >= 1) value = first[0]!.snippet.includes('$') ? first[0]!.snippet : '${1:' + first[0]!.snippet + '}';
    else value = '$1';
    out.push(
      item(opts, {
        label,
        kind: CompletionItemKind.Property,
        detail: `Header field (${key})`,
        sortText: `0${String(i).padStart(3, '0')}`,
        filterText: label,
        range: r,
        snippet: `${escapeSnippet(label)}: ${value}`,
        note: `The **${FIELD_LABELS[key]}** line of the header block.`,
      }),
    );
  });
  return out;
}
