// The diagnostics the server pushes while someone types are exactly those of a full analysis of
// the new text: seeded random edits (test/props/edits.ts) sent as ranged didChange notifications,
// as an editor sends them, to the bundled server over stdio. Its editor path (edited documents
// joined lazily, the incremental parser reusing the previous version's lines, kept rule results,
// the push delay) must publish, for every version, what analyze() + toDiagnostics() give for the
// whole text. Now and then a burst of edits is sent without waiting: only its last version need be
// published, and it must be right too. A long document (corpus postings joined, over the 400 lines
// from which rule results are kept) and a seed (analysed whole) are typed into.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis.ts';
import { toDiagnostics } from '../../server/src/features/diagnostics.ts';
import { rulesById } from '../../server/src/rules/index.ts';
import { corpus, EDITS, generator } from '../props/edits.ts';
import { seeds } from '../props/inputs.ts';
import { LspClient } from './client.ts';

type Position = { line: number; character: number };

/** The LSP position of offset `at` in `text` (line breaks \n, \r\n or \r, as the server counts them). */
function positionAt(text: string, at: number): Position {
  let line = 0;
  let start = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < at) continue;
    if (c === 10 || c === 13) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: at - start };
}

/** The one ranged change that turns `before` into `after` (the differing middle). */
function changeBetween(before: string, after: string): { range: { start: Position; end: Position }; text: string } {
  let head = 0;
  const common = Math.min(before.length, after.length);
  while (head < common && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  // Never split a \r\n: the change then starts before the \r.
  if (head > 0 && before.charCodeAt(head - 1) === 13) head--;
  let tail = 0;
  while (tail < common - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (tail > 0 && before.charCodeAt(before.length - tail) === 10) tail--;
  return {
    range: { start: positionAt(before, head), end: positionAt(before, before.length - tail) },
    text: after.slice(head, after.length - tail),
  };
}

/** What a full analysis of `text` publishes, as it arrives over JSON. */
function expected(text: string, uri: string): unknown {
  return JSON.parse(JSON.stringify(toDiagnostics(analyze(text).findings, rulesById, uri)));
}

describe('LSP: diagnostics while typing equal a full analysis of each version', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: false });
  });
  after(async () => {
    await client?.stop();
  });

  const typeInto = async (uri: string, text: string, seed: number, edits: number) => {
    const rnd = generator(seed);
    let version = 1;
    await client.open(uri, text, 'job-posting', version);
    assert.deepStrictEqual((await client.waitForVersion(uri, version)).diagnostics, expected(text, uri), `${uri}: opened`);
    for (let k = 0; k < edits; k++) {
      // Every fifth step is a burst of three edits sent at once.
      const burst = k % 5 === 4 ? 3 : 1;
      for (let b = 0; b < burst; b++) {
        const next = EDITS[Math.floor(rnd() * EDITS.length)]!(text, rnd);
        version++;
        await client.change(uri, version, [changeBetween(text, next)]);
        text = next;
      }
      const published = await client.waitForVersion(uri, version);
      assert.deepStrictEqual(published.diagnostics, expected(text, uri), `${uri}: edit ${k + 1} (version ${version}, seed ${seed})`);
    }
    await client.close(uri);
  };

  it('a long document (corpus postings joined): kept parse and rule results', async () => {
    const long = corpus.map((c) => c.text).join('\n\n');
    assert.ok(long.split('\n').length > 400, 'long enough for kept rule results');
    await typeInto('untitled:typing-long.posting', long, 31, 40);
  });

  it('a seed (analysed whole at every keystroke)', async () => {
    await typeInto('untitled:typing-seed.posting', seeds[0]!.text, 32, 25);
  });
});
