// The publishable HTML page and Markdown: the posting without job-board text, self-contained (no
// external resources), the HTML page carrying the same JSON-LD the page shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis.ts';
import { toJsonLd } from '../../server/src/export/jsonld.ts';
import { toHtmlPage, toMarkdown } from '../../server/src/export/page.ts';
import { escapeMarkdown } from '../../server/src/facts/escape.ts';

const root = join(import.meta.dirname, '..', '..');
const seedFiles = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const JUNK = ['Read Full Description', 'Discover Similar Jobs', 'Suggested Articles', 'Confirmed 7 hours ago', 'Stay Current in Philly', 'weekly email', 'Campus Vote Project'];

for (const file of seedFiles) {
  const text = readFileSync(join(root, 'seeds', file), 'utf8');
  const a = analyze(text, { today: '2025-06-01' });

  test(`seed ${file}: the HTML page is self-contained, junk-free, and embeds the JSON-LD`, () => {
    const html = toHtmlPage(a.posting, a.profile);
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.doesNotMatch(html, /\b(?:src|href)\s*=|@import|url\(/i, 'no external resources');
    for (const j of JUNK) assert.ok(!html.includes(j), j);
    const m = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html);
    assert.ok(m, 'JSON-LD script');
    assert.deepEqual(JSON.parse(m[1]!), toJsonLd(a.posting, a.profile).data);
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the JSON-LD script');
    const title = toJsonLd(a.posting, a.profile).facts.title?.value;
    if (title) assert.ok(html.includes(`<h1>${title.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</h1>`));
  });

  test(`seed ${file}: the Markdown page has the title, sections and bullets, without junk`, () => {
    const md = toMarkdown(a.posting, a.profile);
    assert.match(md, /^# \S/);
    assert.match(md, /\n- /);
    for (const j of JUNK) assert.ok(!md.includes(j), j);
    assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
  });
}

test('seed 001 page: facts under the title', () => {
  const a = analyze(readFileSync(join(root, 'seeds', seedFiles[1]!), 'utf8'), { today: '2025-06-01' });
  const md = toMarkdown(a.posting, a.profile);
  assert.ok(md.includes('- **Employer:** Chicago Public Schools'));
  assert.ok(md.includes('- **Pay:** $115,000 – $153,000 per year'));
  assert.ok(md.includes('- **Posted:** April 18, 2025'));
  assert.ok(md.includes('## Education Required'));
});

test('escapeMarkdown: markup escaped, URLs kept', () => {
  assert.equal(escapeMarkdown('a *b* _c_', { minimal: true }), 'a \\*b\\* \\_c\\_');
  assert.equal(escapeMarkdown('# not a heading', { minimal: true }), '\\# not a heading');
  assert.equal(escapeMarkdown('apply at https://x.org/a_b_c now', { minimal: true }), 'apply at https://x.org/a_b_c now');
});

test('hostile text stays text in the HTML page', () => {
  const a = analyze('Teacher <script>alert(1)</script>\n\nDuties\n- <img src=x onerror=alert(1)>\n', { today: '2025-06-01' });
  const html = toHtmlPage(a.posting, a.profile);
  assert.ok(!html.includes('<img'));
  assert.ok(!html.includes('<script>alert'));
  assert.ok(!/<\/script>[^<]*alert/.test(html.split('</head>')[0]!.split('application/ld+json')[1] ?? ''));
});
