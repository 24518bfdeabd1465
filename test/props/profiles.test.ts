// Profile detection with many workspace profiles: one pass over the text for all of them (a
// phrase matcher built once per profile list), at most MAX_WORKSPACE_PROFILES workspace profiles
// used (settings say so), and the same answer as scanning for each phrase in turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveProfile } from '../../server/src/analysis.ts';
import { parse } from '../../server/src/model/parse.ts';
import type { Posting } from '../../server/src/model/posting.ts';
import { allProfiles, completeProfile, detectProfile, MAX_WORKSPACE_PROFILES, type ProfileOverride } from '../../server/src/profiles/index.ts';
import { PhraseMatcher } from '../../server/src/profiles/matcher.ts';
import type { Profile } from '../../server/src/profiles/types.ts';
import { readWorkspaceConfig } from '../../server/src/settings.ts';
import { assertLinear, budget } from './inputs.ts';

const districtName = (i: number) => `Unified School District No. ${i} of Harbor County`;

function workspaceProfiles(n: number): ProfileOverride[] {
  return Array.from({ length: n }, (_, i) => ({ id: `district-${i}`, name: districtName(i), detect: [districtName(i), `USD ${i} HR Office`] }));
}

/** A posting of `lines` lines, each naming one of the first `among` districts; `favourite` named three times more. */
function postingText(lines: number, among: number, favourite: number): string {
  const out = ['Teacher, Grade 4', '', 'Summary', ''];
  for (let j = 0; j < lines; j++) out.push(`Apply to ${districtName((j * 7919) % among)} today; questions go to the district office.`);
  out.push('', `Contact ${districtName(favourite)} or ${districtName(favourite)}, the ${districtName(favourite)} HR team.`);
  return out.join('\n');
}

/** Reference: the old one-indexOf-per-phrase scan over the whole lower-cased text. */
function naiveDetect(text: string, profiles: readonly Profile[]): Profile | null {
  const lower = text.toLowerCase();
  let best: Profile | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const p of profiles) {
    let count = 0;
    let first = Infinity;
    for (const d of p.detect) {
      const needle = d.toLowerCase();
      if (needle.length < 3) continue;
      let at = lower.indexOf(needle);
      if (at >= 0 && at < first) first = at;
      while (at >= 0) {
        count++;
        at = lower.indexOf(needle, at + needle.length);
      }
    }
    if (count > bestCount || (count === bestCount && count > 0 && first < bestFirst)) {
      best = p;
      bestCount = count;
      bestFirst = first;
    }
  }
  return best;
}

test('65,000 workspace profiles: settings warn about the bound, detection uses the first 1,000 and is right', () => {
  const raw = workspaceProfiles(65_000);
  const { config, problems } = readWorkspaceConfig(JSON.stringify({ profiles: raw }));
  assert.equal(config?.profiles?.length, MAX_WORKSPACE_PROFILES);
  assert.ok(
    problems.some((p) => p.includes('65,000') && p.includes(`first ${MAX_WORKSPACE_PROFILES.toLocaleString('en-US')}`)),
    `no problem names the bound: ${problems.slice(0, 3).join(' | ')}`,
  );
  // District 512 is named most among the first 1,000; district 40,000 (past the bound) even more.
  const text = postingText(200, 1000, 512) + `\n${districtName(40_000)} ${districtName(40_000)} ${districtName(40_000)} ${districtName(40_000)}`;
  const posting = parse(text);
  assert.equal(resolveProfile(posting, { workspace: config }).id, 'district-512');
  assert.equal(allProfiles(raw).length, MAX_WORKSPACE_PROFILES + allProfiles().length);
  // Uncapped, the matcher over all 65,000 profiles finds the one named most.
  const all = raw.map((p) => completeProfile(p, []));
  assert.equal(detectProfile(posting, all)?.id, 'district-40000');
});

test('resolving the profile grows linearly with the number of workspace profiles (16,250 → 65,000)', () => {
  const posting = parse(postingText(100, 1000, 7));
  // Each call gets a fresh list, as a changed .postwright.json would: nothing is reused between calls.
  assertLinear(
    (n) => String(n),
    (list: ProfileOverride[]) => resolveProfile(posting, { workspace: { profiles: [...list] } }),
    16_250,
    'resolveProfile: ',
    2,
    (n) => workspaceProfiles(Number(n)),
  );
});

test('detection is linear in text and profiles together: one pass for all phrases (n → 4n lines and profiles)', () => {
  assertLinear(
    (n) => String(n),
    ({ posting, profiles }: { posting: Posting; profiles: Profile[] }) => detectProfile(posting, [...profiles]),
    1_000,
    'detectProfile: ',
    2,
    (n) => {
      const count = Number(n);
      return { posting: parse(postingText(count, count, 3)), profiles: workspaceProfiles(count).map((p) => completeProfile(p, [])) };
    },
  );
});

test('the matcher counts and orders like one indexOf scan per phrase (random phrases and texts)', () => {
  const word = fc.stringMatching(/^[abAB \n]{0,8}$/);
  fc.assert(
    fc.property(fc.array(fc.array(word, { maxLength: 3 }), { minLength: 1, maxLength: 8 }), fc.stringMatching(/^[abAB \n]{0,200}$/), (detects, text) => {
      const profiles = detects.map((detect, i) => completeProfile({ id: `p${i}`, detect }, []));
      const got = detectProfile(parse(text), profiles)?.id ?? null;
      // Phrases with a line break are matched across lines; others line by line: same answer.
      assert.equal(got, naiveDetect(text, profiles)?.id ?? null, JSON.stringify({ detects, text }));
    }),
    budget(400, 5_000),
  );
});

test('PhraseMatcher: overlapping and nested phrases', () => {
  const m = new PhraseMatcher(['aaa', 'aa', 'abc', 'bc', 'c']);
  const hits = new Map(m.scan('aaaaabcc').map(([k, count, first]) => [m.phrases[k], [count, first]]));
  assert.deepEqual(hits.get('aaa'), [1, 0]); // "aaaaa": non-overlapping, leftmost first: one
  assert.deepEqual(hits.get('aa'), [2, 0]);
  assert.deepEqual(hits.get('abc'), [1, 4]);
  assert.deepEqual(hits.get('bc'), [1, 5]);
  assert.deepEqual(hits.get('c'), [2, 6]);
});
