// The report as one self-contained HTML page, shared by the VS Code webview (interactive: line
// links post a message to the extension) and `postwright report --format html` (static). No
// network and no external resources: a strict Content-Security-Policy with a per-render nonce;
// colours from VS Code's theme variables, with light/dark fallbacks for a browser.
import { GRADE_GUIDANCE, LENGTH_GUIDANCE } from './guidance.ts';
import { escapeHtml } from '../facts/escape.ts';
import type { ReportData, RuleGroup } from './model.ts';

export interface RenderOptions {
  /** A fresh random nonce (base64/hex) for the style and script elements. */
  nonce: string;
  /** webview.cspSource in VS Code; omitted for the static page. */
  cspSource?: string;
  /** Line links post {type: 'reveal', line} to the extension (the webview); false: plain text. */
  interactive?: boolean;
  /** Shown under the title (the file name). */
  source?: string;
}

/** Messages the webview sends to the extension. */
export type ReportMessage = { type: 'reveal'; line: number } | { type: 'ready' };
/** Messages the extension sends to the webview. */
export type ReportUpdate = { type: 'update'; body: string };

function lineLink(line: number | null, interactive: boolean, label?: string): string {
  if (line === null || line < 0) return '';
  const text = escapeHtml(label ?? `line ${line + 1}`);
  return interactive ? `<a href="#" class="line" data-line="${line}" title="Go to line ${line + 1}">${text}</a>` : `<span class="line">${text}</span>`;
}

const MARK = { ok: '<span class="mark ok" aria-label="present">✓</span>', bad: '<span class="mark bad" aria-label="missing">✗</span>', warn: '<span class="mark warn" aria-label="note">!</span>' };

function severityBadge(s: string): string {
  return `<span class="sev ${escapeHtml(s)}">${escapeHtml(s)}</span>`;
}

function checklistHtml(r: ReportData, i: boolean): string {
  if (r.checklist.length === 0) return '<p class="muted">This profile requires no particular sections.</p>';
  const rows = r.checklist.map(
    (c) =>
      `<tr class="${c.present ? 'present' : 'missing'}"><td>${c.present ? MARK.ok : c.level === 'required' ? MARK.bad : MARK.warn}</td><td>${escapeHtml(c.label)}</td><td class="muted">${c.level}</td><td>${
        c.present ? lineLink(c.line, i) : '<span class="muted">missing</span>'
      }</td></tr>`,
  );
  const missing = r.checklist.filter((c) => !c.present && c.level === 'required').length;
  return `<p>${missing === 0 ? 'Every required section is there.' : `${missing} required section${missing === 1 ? '' : 's'} missing.`}</p>
<table class="checklist"><thead><tr><th></th><th>Section</th><th>Level</th><th>Where</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function lawItemsHtml(r: ReportData): string {
  const items = r.pay.laws.map((l) => {
    const when = l.inForce ? 'in force since' : 'takes effect';
    const kind = l.demand === 'posting' ? '' : ` (not a posting law: ${l.demand})`;
    return `<li>${escapeHtml(l.name)} — ${escapeHtml(l.place)}, ${when} ${escapeHtml(l.effective)}${escapeHtml(kind)}; covers ${escapeHtml(l.covers)}${l.verified ? '' : ' (not fully verified)'}.</li>`;
  });
  return items.length ? `<ul class="laws">\n${items.join('\n')}\n</ul>` : '';
}

function payHtml(r: ReportData, i: boolean): string {
  const p = r.pay;
  const place = p.state ? `<p>Place: <strong>${escapeHtml(p.why)}</strong></p>` : '';
  if (!p.law) return `${place}<p>${escapeHtml(p.note)}</p>${lawItemsHtml(r)}`;
  const status = p.status === 'ok' ? `${MARK.ok} The posting shows what the law asks for.` : `${MARK.bad} Something the law asks for is missing.`;
  const checks = p.checks.map((c) => `<li>${c.ok ? MARK.ok : MARK.bad} ${escapeHtml(c.label)}${c.line !== null ? ` — ${lineLink(c.line, i)}` : ''}</li>`).join('\n');
  return `${place}
${lawItemsHtml(r)}
<p>${status}</p>
<ul class="checks">
${checks}
</ul>
<p class="muted">${escapeHtml(p.note)} Source: ${escapeHtml(p.law.source)}</p>`;
}

function lengthHtml(r: ReportData): string {
  const l = r.length;
  const share = Math.round(l.bulletShare * 100);
  const verdict = l.status === 'ok' ? 'within' : l.status === 'short' ? 'below' : l.status === 'long' ? 'above' : 'no text for';
  return `<p><strong>${l.words}</strong> words of text, ${verdict} the ${LENGTH_GUIDANCE.minWords}–${LENGTH_GUIDANCE.maxWords} word guidance.</p>
<meter min="0" max="1000" low="${LENGTH_GUIDANCE.minWords}" high="${LENGTH_GUIDANCE.maxWords}" optimum="500" value="${Math.min(l.words, 1000)}" title="${l.words} words">${l.words} words</meter>
<p><strong>${share}%</strong> of the words are in bullets (about a third is the guidance); ${l.sentences} sentences, ${l.wordsPerSentence} words per sentence (8–13 reads best).</p>
<meter min="0" max="100" low="20" high="50" optimum="33" value="${share}" title="${share}% in bullets">${share}%</meter>`;
}

function readingHtml(r: ReportData): string {
  const g = r.readability;
  if (g.status === 'empty') return '<p class="muted">No text to grade.</p>';
  return `<p>Flesch–Kincaid grade <strong>${g.grade}</strong> ${g.status === 'ok' ? MARK.ok : MARK.warn} (${g.status === 'ok' ? 'at or below' : 'above'} grade ${GRADE_GUIDANCE}; plainer text reaches more applicants).</p>`;
}

function words(list: Array<{ word: string; count: number }>): string {
  if (list.length === 0) return '<span class="muted">none</span>';
  return list
    .slice(0, 12)
    .map((w) => `<code>${escapeHtml(w.word)}</code>${w.count > 1 ? `×${w.count}` : ''}`)
    .join(', ');
}

function genderHtml(r: ReportData): string {
  const g = r.gender;
  const verdict =
    g.balance === 'none' ? 'No gender-coded words.' : g.balance === 'balanced' ? `${MARK.ok} Balanced.` : `${MARK.warn} Leans ${g.balance}-coded; consider balancing the wording.`;
  return `<p>${verdict} ${g.masculineTotal} masculine-coded, ${g.feminineTotal} feminine-coded (school words such as "responsibilities", "children", "leadership" are not counted).</p>
<p>Masculine-coded: ${words(g.masculine)}</p>
<p>Feminine-coded: ${words(g.feminine)}</p>`;
}

function findingsHtml(groups: RuleGroup[], i: boolean): string {
  if (groups.length === 0) return `<p>${MARK.ok} No findings.</p>`;
  return groups
    .map(
      (g) => `<details open><summary>${severityBadge(g.severity)} <code>${escapeHtml(g.rule)}</code> <span class="muted">(${g.findings.length})</span></summary>
<ul class="findings">
${g.findings.map((f) => `<li>${lineLink(f.line, i)} ${escapeHtml(f.message)}</li>`).join('\n')}
</ul></details>`,
    )
    .join('\n');
}

/** The page body (everything inside <main>): also sent alone to update an open webview. */
export function renderReportBody(r: ReportData, interactive = false, source?: string): string {
  const t = r.totals;
  const summary = `${t.all} finding${t.all === 1 ? '' : 's'}: ${t.error} error${t.error === 1 ? '' : 's'}, ${t.warning} warning${t.warning === 1 ? '' : 's'}, ${t.info + t.hint} note${t.info + t.hint === 1 ? '' : 's'}`;
  return `<header>
<h1>${escapeHtml(r.title ?? 'Untitled posting')}</h1>
<p class="muted">${source ? `${escapeHtml(source)} · ` : ''}Profile: <strong>${escapeHtml(r.profile.name)}</strong>${r.profile.state ? ` (${escapeHtml(r.profile.state)})` : ''} · ${summary}</p>
</header>
<section id="checklist"><h2>Required sections</h2>
${checklistHtml(r, interactive)}
</section>
<section id="pay"><h2>Pay transparency</h2>
${payHtml(r, interactive)}
</section>
<section id="length"><h2>Length and bullets</h2>
${lengthHtml(r)}
</section>
<section id="reading"><h2>Reading grade</h2>
${readingHtml(r)}
</section>
<section id="gender"><h2>Gender-coded wording</h2>
${genderHtml(r)}
</section>
<section id="findings"><h2>Findings by rule</h2>
${findingsHtml(r.findings, interactive)}
</section>`;
}

const STYLE = `:root{
--pw-fg:var(--vscode-foreground,#1f2328);--pw-bg:var(--vscode-editor-background,#ffffff);
--pw-muted:var(--vscode-descriptionForeground,#59636e);--pw-border:var(--vscode-panel-border,var(--vscode-widget-border,#d0d7de));
--pw-link:var(--vscode-textLink-foreground,#0969da);--pw-ok:var(--vscode-testing-iconPassed,#1a7f37);
--pw-bad:var(--vscode-errorForeground,#cf222e);--pw-warn:var(--vscode-editorWarning-foreground,#9a6700);
--pw-info:var(--vscode-editorInfo-foreground,#0969da);--pw-code:var(--vscode-textCodeBlock-background,#f6f8fa)}
@media (prefers-color-scheme:dark){body:not(.vscode-light):not(.vscode-dark):not(.vscode-high-contrast):not(.vscode-high-contrast-light){
--pw-fg:#e6edf3;--pw-bg:#0d1117;--pw-muted:#9198a1;--pw-border:#30363d;--pw-link:#4493f8;--pw-ok:#3fb950;--pw-bad:#f85149;--pw-warn:#d29922;--pw-info:#4493f8;--pw-code:#161b22}}
body{color:var(--pw-fg);background:var(--pw-bg);font-family:var(--vscode-font-family,system-ui,-apple-system,"Segoe UI",sans-serif);font-size:var(--vscode-font-size,14px);line-height:1.5;margin:0;padding:0 1.25rem 2rem;max-width:60rem}
h1{font-size:1.45em;margin:1rem 0 .25rem}h2{font-size:1.1em;margin:1.5rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--pw-border)}
.muted{color:var(--pw-muted)}a{color:var(--pw-link);text-decoration:none}a:hover,a:focus{text-decoration:underline}
code{font-family:var(--vscode-editor-font-family,ui-monospace,monospace);background:var(--pw-code);padding:0 .25em;border-radius:3px}
table{border-collapse:collapse}td,th{text-align:left;padding:.15rem .75rem .15rem 0;vertical-align:top}th{color:var(--pw-muted);font-weight:600}
.mark{display:inline-block;width:1.1em;font-weight:700}.mark.ok{color:var(--pw-ok)}.mark.bad{color:var(--pw-bad)}.mark.warn{color:var(--pw-warn)}
ul{padding-left:1.25rem}ul.checks,ul.findings{list-style:none;padding-left:.25rem}li{margin:.2rem 0}
.line{font-variant-numeric:tabular-nums;white-space:nowrap;margin-right:.35em}
.sev{display:inline-block;font-size:.8em;padding:0 .4em;border-radius:3px;border:1px solid currentColor;text-transform:uppercase}
.sev.error{color:var(--pw-bad)}.sev.warning{color:var(--pw-warn)}.sev.info,.sev.hint{color:var(--pw-info)}
details{margin:.35rem 0}summary{cursor:pointer}meter{width:min(24rem,100%);height:1em}`;

const SCRIPT = `(function(){const vscode=acquireVsCodeApi();
document.addEventListener('click',function(e){const a=e.target&&e.target.closest?e.target.closest('a.line'):null;if(!a)return;e.preventDefault();vscode.postMessage({type:'reveal',line:Number(a.getAttribute('data-line'))});});
window.addEventListener('message',function(e){const m=e.data;if(m&&m.type==='update'&&typeof m.body==='string'){const root=document.getElementById('root');if(root)root.innerHTML=m.body;}});
vscode.postMessage({type:'ready'});})();`;

/** The Content-Security-Policy of the page. */
export function reportCsp(options: RenderOptions): string {
  const style = options.cspSource ? `${options.cspSource} 'nonce-${options.nonce}'` : `'nonce-${options.nonce}'`;
  return options.interactive
    ? `default-src 'none'; style-src ${style}; script-src 'nonce-${options.nonce}'`
    : `default-src 'none'; style-src ${style}`;
}

/** The whole page. */
export function renderReportHtml(r: ReportData, options: RenderOptions): string {
  const interactive = !!options.interactive;
  const nonce = escapeHtml(options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp(options).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Posting report: ${escapeHtml(r.title ?? 'Untitled posting')}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="root">
${renderReportBody(r, interactive, options.source)}
</main>
${interactive ? `<script nonce="${nonce}">${SCRIPT}</script>\n` : ''}</body>
</html>
`;
}
