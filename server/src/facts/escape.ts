// Escaping of a posting's text for the pages and hovers that show it: HTML (the export page, the
// report, the extension's webview) and Markdown (the exported Markdown page, hovers). One of each,
// here below every layer that writes HTML or Markdown; snippet escaping is in snippet.ts.

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * Escapes text written by the user so Markdown shows it literally.
 *
 * By default, for text only ever shown rendered and set inside other markup (a hover's
 * "**heading** — …"): every Markdown punctuation character is escaped wherever it stands, so no
 * position needs reasoning about; the backslashes never show.
 *
 * With `minimal`, for a Markdown file people also read and edit as text (the exported page): only
 * what would read as markup is escaped (inline markup anywhere, block markers such as # > - 1. at
 * the start), and URLs stay as written so renderers still link them.
 */
export function escapeMarkdown(text: string, options: { minimal?: boolean } = {}): string {
  if (!options.minimal) return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
  return text
    .split(/(https?:\/\/[^\s<>"]+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([\\`*_[\]<>|])/g, '\\$1')))
    .join('')
    .replace(/^(\s*)([#>+-]|\d+[.)])(\s)/, '$1\\$2$3');
}

/** Text to match literally inside a RegExp: every character with a meaning in a pattern escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
