// Export entry points shared by the CLI (`postwright export`) and the language server
// (postwright/exportJsonLd): one analysis in, one document out, with what Google will lack.
import type { Analysis } from '../analysis.ts';
import { toJsonLd, type MissingField } from './jsonld.ts';
import { toHtmlPage, toMarkdown } from './page.ts';
import { validateJobPosting } from './validate.ts';

export type ExportFormat = 'jsonld' | 'html' | 'markdown';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonld', 'html', 'markdown'];

/** postwright/exportJsonLd parameters. */
export interface ExportParams {
  uri: string;
  /** Default 'jsonld'. */
  format?: ExportFormat;
}

export interface ExportResult {
  format: ExportFormat;
  /** The VS Code language id of `content`. */
  language: 'json' | 'html' | 'markdown';
  content: string;
  /** Google's required and recommended JobPosting fields the posting could not fill. */
  missing: MissingField[];
  /** Problems the structural check found in the JSON-LD (empty when valid). */
  problems: string[];
}

/** postwright/report parameters. */
export interface ReportParams {
  uri: string;
}

export function exportPosting(analysis: Pick<Analysis, 'posting' | 'profile'>, format: ExportFormat = 'jsonld'): ExportResult {
  const { data, missing } = toJsonLd(analysis.posting, analysis.profile);
  const problems = validateJobPosting(data);
  if (format === 'html') return { format, language: 'html', content: toHtmlPage(analysis.posting, analysis.profile), missing, problems };
  if (format === 'markdown') return { format, language: 'markdown', content: toMarkdown(analysis.posting, analysis.profile), missing, problems };
  return { format: 'jsonld', language: 'json', content: `${JSON.stringify(data, null, 2)}\n`, missing, problems };
}

export type { MissingField } from './jsonld.ts';
