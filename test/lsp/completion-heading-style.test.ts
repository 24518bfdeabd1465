// Ctrl+Space heading completions over stdio write the heading the way the posting writes its own
// (ALL CAPS with a colon in one posting, Title Case in another), the same way the missing-section
// quick fix does, so a section added either way looks like the writer's own.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyTextEdits } from '../../server/src/features/codeActions.ts';
import { LspClient } from './client.ts';

interface Item {
  label: string;
  detail?: string;
  textEdit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
}
type Edit = { range: NonNullable<Item['textEdit']>['range']; newText: string };

const CAPS = ['Head Custodian', 'Lakeview Schools', '', 'JOB SUMMARY:', 'Keeps the school clean and safe.', '', 'RESPONSIBILITIES:', '- Cleans floors and restrooms.', '', '', 'QUALIFICATIONS:', '- High school diploma.', ''].join('\n');
const TITLE = CAPS.replace('JOB SUMMARY:', 'Job Summary').replace('RESPONSIBILITIES:', 'Responsibilities').replace('QUALIFICATIONS:', 'Qualifications');
const BLANK_LINE = 8; // between the duties and the qualifications

describe('LSP heading completions follow the posting’s heading style', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: false });
  });
  after(async () => {
    await client?.stop();
  });

  /** The heading items at the blank line (Ctrl+Space), and the missing-section fixes, of one posting. */
  async function headingsOf(uri: string, text: string): Promise<{ items: Item[]; fixHeadings: Map<string, string> }> {
    await client.open(uri, text, 'job-posting', 1);
    const published = await client.waitForVersion(uri, 1);
    const list = await client.request<{ items: Item[] }>('textDocument/completion', { textDocument: { uri }, position: { line: BLANK_LINE, character: 0 }, context: { triggerKind: 1 } });
    const items = list.items.filter((i) => i.detail?.startsWith('Insert section'));
    // The first line the missing-section quick fix adds, by the section it names.
    const fixHeadings = new Map<string, string>();
    for (const d of published.diagnostics.filter((x) => x.code === 'missing-section')) {
      const actions = await client.request<Array<{ title: string; isPreferred?: boolean; edit?: { changes?: Record<string, Edit[]> } }>>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const fix = actions.find((a) => a.isPreferred);
      const edits = fix?.edit?.changes?.[uri];
      if (!fix || !edits) continue;
      const before = text.split('\n');
      const added = applyTextEdits(text, edits).split('\n').find((line, i) => line.trim() !== '' && line !== before[i]);
      if (added) fixHeadings.set(fix.title, added);
    }
    await client.close(uri);
    return { items, fixHeadings };
  }

  it('ALL CAPS with a colon: every heading item is written so, in its label and in what it inserts', async () => {
    const { items, fixHeadings } = await headingsOf('untitled:caps.posting', CAPS);
    assert.ok(items.length > 2, `few heading items: ${items.map((i) => i.label).join(' | ')}`);
    for (const item of items) {
      assert.match(item.label, /^[^a-z]+:$/, `label not in the posting's style: ${item.label}`);
      assert.equal(item.textEdit?.newText.split('\n')[0], item.label, 'the inserted heading is the label');
    }
    assert.ok(fixHeadings.size > 0, 'no missing-section quick fix to compare with');
    for (const [title, heading] of fixHeadings) {
      assert.match(heading, /^[^a-z]+:$/, `${title} inserts '${heading}'`);
      assert.ok(items.some((i) => i.label === heading), `completion offers no '${heading}' (the quick fix's heading)`);
    }
  });

  it('Title Case without a colon: headings are written so', async () => {
    const { items, fixHeadings } = await headingsOf('untitled:title.posting', TITLE);
    assert.ok(items.length > 2);
    for (const item of items) {
      assert.match(item.label, /[a-z]/, `label in capitals in a Title Case posting: ${item.label}`);
      assert.doesNotMatch(item.label, /:$/);
      assert.equal(item.textEdit?.newText.split('\n')[0], item.label);
    }
    for (const heading of fixHeadings.values()) assert.ok(items.some((i) => i.label === heading), `completion offers no '${heading}'`);
  });

  it('the detail names the section in plain words, not an internal id', async () => {
    const { items } = await headingsOf('untitled:detail.posting', CAPS);
    for (const item of items) assert.doesNotMatch(item.detail ?? '', /_/, item.detail);
  });
});
