// Semantic tokens over stdio, as VS Code meets them: the headings the parser reads (the outline's
// sections) and the header-field labels, decoded from LSP's relative encoding.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspClient } from './client.ts';

interface Decoded {
  type: string;
  text: string;
}

function decode(data: number[], types: string[], lines: string[]): Decoded[] {
  const out: Decoded[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [dl, ds, len, type] = data.slice(i, i + 4) as [number, number, number, number];
    line += dl;
    char = dl === 0 ? char + ds : ds;
    out.push({ type: types[type]!, text: (lines[line] ?? '').slice(char, char + len) });
  }
  return out;
}

const POSTING = [
  'Head Custodian',
  'Springfield Public Schools',
  'Closing Date: December 15, 2026',
  'Location: Central High School',
  '',
  'Responsibilities:',
  '- Clean and disinfect restrooms daily',
  '',
  'Equal Employment Opportunity',
  'Springfield Public Schools does not discriminate on the basis of race, color, or sex.',
  '',
].join('\n');

describe('LSP semantic tokens', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: false });
  });
  after(async () => {
    await client?.stop();
  });

  it('announces a legend with heading and fieldLabel', () => {
    const provider = client.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] }; full?: boolean };
    assert.deepEqual(provider.legend.tokenTypes, ['heading', 'fieldLabel']);
    assert.equal(provider.full, true);
  });

  it('marks the title, every section heading (the EEO heading included) and the field labels, nothing else', async () => {
    const uri = 'untitled:tokens.posting';
    await client.open(uri, POSTING);
    const provider = client.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } };
    const result = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decode(result.data, provider.legend.tokenTypes, POSTING.split('\n'));
    const symbols = await client.request<Array<{ name: string; selectionRange: { start: { line: number } } }>>('textDocument/documentSymbol', { textDocument: { uri } });
    const headings = tokens.filter((t) => t.type === 'heading').map((t) => t.text);
    assert.deepEqual(headings, ['Head Custodian', 'Responsibilities:', 'Equal Employment Opportunity']);
    assert.deepEqual(
      tokens.filter((t) => t.type === 'fieldLabel').map((t) => t.text),
      ['Closing Date', 'Location'],
    );
    // Every heading token is a section the outline lists.
    for (const h of headings) assert.ok(symbols.some((s) => h.startsWith(s.name.replace(/:$/, ''))), `${h} is not in the outline`);
    await client.close(uri);
  });
});
