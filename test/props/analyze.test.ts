// Properties of analyze() (parse + profile + all rules) and of every rule on its own: for random,
// mutated and hostile text it never throws, every finding and every fix edit stays inside the
// document, the edits of one fix do not overlap, and missing/present are real section kinds.
// Settings arrive from users as arbitrary JSON, so readSettings/readWorkspaceConfig are fuzzed too
// and their output is fed to analyze. Complexity: t(4n)/t(n) within the generous bound.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { analyze, type AnalysisOptions } from '../../server/src/analysis.ts';
import { parse } from '../../server/src/model/parse.ts';
import { SECTION_KINDS, type Posting } from '../../server/src/model/posting.ts';
import { BUILTIN_PROFILES } from '../../server/src/profiles/builtin.ts';
import type { Profile } from '../../server/src/profiles/types.ts';
import { rules as registry } from '../../server/src/rules/index.ts';
import type { Finding, Fix, Rule, RuleFinding } from '../../server/src/rules/types.ts';
import { sectionTemplates } from '../../server/src/templates/sectionTemplate.ts';
import { BUILTIN_TEMPLATES } from '../../server/src/templates/index.ts';
import { presenceOf } from '../../server/src/facts/presence.ts';
import { findingMessage } from '../../server/src/rules/messages.ts';
import { optionDefaults } from '../../server/src/rules/options.ts';
import { readSettings, readWorkspaceConfig } from '../../server/src/settings.ts';
import {
  anyText,
  assertPostingInvariants,
  assertRange,
  budget,
  assertLinear,
  hostile,
  LINEAR_RATIO_LIMIT,
  lineLengths,
  mutatedSeed,
  root,
  seeds,
} from './inputs.ts';

const KINDS = new Set<string>(SECTION_KINDS);
const TODAY = '2025-06-01';

/** The registry plus any rule a rules/*.ts file exports but the registry does not list (yet). */
async function allRules(): Promise<Rule[]> {
  const byId = new Map<string, Rule>(registry.map((r) => [r.meta.id, r]));
  const dir = join(root, 'server', 'src', 'rules');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    } catch {
      continue; // a file being written right now; the registry import above is the strict one
    }
    for (const value of Object.values(mod)) {
      const r = value as Partial<Rule> | null;
      if (r && typeof r === 'object' && typeof r.meta?.id === 'string' && typeof r.check === 'function' && !byId.has(r.meta.id))
        byId.set(r.meta.id, r as Rule);
    }
  }
  return [...byId.values()];
}
let ALL_RULES: Rule[] = [];
before(async () => {
  ALL_RULES = await allRules();
});

function assertFix(fix: Fix, lens: number[], where: string): void {
  assert.equal(typeof fix.title, 'string', `${where}: fix title`);
  assert.ok(Array.isArray(fix.edits), `${where}: fix edits`);
  const sorted = [...fix.edits].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  for (const [k, edit] of sorted.entries()) {
    assertRange(edit.range, lens, `${where}.edits[${k}]`);
    assert.equal(typeof edit.newText, 'string', `${where}.edits[${k}].newText`);
    const next = sorted[k + 1];
    if (next) {
      const endsBefore =
        edit.range.end.line < next.range.start.line ||
        (edit.range.end.line === next.range.start.line && edit.range.end.character <= next.range.start.character);
      assert.ok(endsBefore, `${where}: edits ${k} and ${k + 1} overlap`);
    }
  }
}

function assertFindings(
  findings: Array<Pick<Finding, 'message' | 'range' | 'kind' | 'fixes'> & { rule?: string }>,
  text: string,
  who: string,
): void {
  const lens = lineLengths(text);
  for (const [i, f] of findings.entries()) {
    const where = `${who} finding[${i}] ${'rule' in f ? f.rule : ''} "${String(f.message).slice(0, 60)}"`;
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${where}: message`);
    assertRange(f.range, lens, where);
    if (f.kind != null) assert.ok(KINDS.has(f.kind), `${where}: unknown kind ${f.kind}`);
    for (const [j, fix] of (f.fixes ?? []).entries()) assertFix(fix, lens, `${where}.fixes[${j}]`);
  }
}

function holds(text: string, options: AnalysisOptions = { today: TODAY }): void {
  const a = analyze(text, options);
  assertPostingInvariants(a.posting, text);
  assert.ok(a.profile && typeof a.profile.id === 'string', 'a profile');
  assertFindings(a.findings, text, 'analyze');
  for (const k of [...a.missing, ...a.present]) assert.ok(KINDS.has(k), `missing/present: unknown kind ${k}`);
  const present = new Set(a.present);
  for (const k of a.missing) assert.ok(!present.has(k), `${k} is both missing and present`);
}

/** Each rule alone, under each built-in profile: a rule that throws is a bug even if analyze guards it. */
function eachRuleHolds(text: string, posting: Posting = parse(text)): void {
  for (const rule of ALL_RULES) {
    for (const profile of BUILTIN_PROFILES as readonly Profile[]) {
      let found: RuleFinding[];
      try {
        found = rule.check(posting, {
          profile,
          options: optionDefaults(rule),
          today: TODAY,
          sectionTemplate: sectionTemplates(posting, profile, BUILTIN_TEMPLATES),
          presence: presenceOf(posting),
        });
      } catch (error) {
        throw new Error(`rule ${rule.meta.id} (profile ${profile.id}) threw: ${(error as Error).stack}`, { cause: error });
      }
      assert.ok(Array.isArray(found), `rule ${rule.meta.id} returns an array`);
      assertFindings(
        found.map((f) => ({ ...f, kind: f.kind ?? null, message: findingMessage(rule, f), ...(f.fixesOnRead ? { fixes: f.fixesOnRead() } : {}) })),
        text,
        `rule ${rule.meta.id}/${profile.id}`,
      );
    }
  }
}

test('analyze: the seeds and the 300 corpus postings never throw and keep every invariant', async () => {
  const { readFileSync } = await import('node:fs');
  const dir = join(root, 'test', 'corpus', 'postings');
  const texts = [
    ...seeds.map((s) => s.text),
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  ];
  for (const text of texts) {
    holds(text);
    for (const profile of ['auto', 'generic', 'chicago', 'philadelphia', 'worcester', 'no-such-profile'])
      holds(text, { profile, today: TODAY });
  }
});

test('analyze + each rule alone: mutated seeds, random Unicode, binary', (t) => {
  t.diagnostic(`${ALL_RULES.length} rules: ${ALL_RULES.map((r) => r.meta.id).join(', ')}`);
  fc.assert(
    fc.property(anyText, (text) => {
      holds(text);
      eachRuleHolds(text);
    }),
    budget(250, 8000),
  );
});

test('analyze: mutated seeds under every profile and odd dates', () => {
  fc.assert(
    fc.property(
      mutatedSeed,
      fc.constantFrom('auto', 'generic', 'chicago', 'philadelphia', 'worcester', '', 'Chicago'),
      fc.constantFrom(TODAY, '1970-01-01', '2999-12-31', 'not a date', ''),
      (text, profile, today) => {
        holds(text, { profile, today });
      },
    ),
    budget(150, 5000),
  );
});

test('settings from users (any JSON) never throw and what they yield is safe to analyze with', () => {
  const ruleIds = ALL_RULES.map((r) => r.meta.id);
  const ruleSetting = fc.oneof(
    fc.constantFrom('off', 'info', 'warning', 'error', 'hint', 'bogus'),
    fc.jsonValue({ maxDepth: 2 }),
    fc.record({ severity: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }),
  );
  const rawSettings = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.record(
      {
        profile: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })),
        rules: fc.oneof(
          fc.dictionary(ruleIds.length ? fc.constantFrom(...ruleIds, '__proto__', 'constructor') : fc.string(), ruleSetting),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        templates: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    ),
  );
  const seed = seeds[0]!.text;
  fc.assert(
    fc.property(rawSettings, (raw) => {
      const { options, problems } = readSettings(raw);
      assert.ok(Array.isArray(problems));
      holds(seed, { ...options, today: TODAY });
    }),
    budget(200, 5000),
  );
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.json({ maxDepth: 3 }),
        fc.constantFrom(
          '{"profiles": [{"id": "x", "detect": [1, null]}]}',
          '{"profiles": {"id": 1}}',
          '{"rules": []}',
          '{"__proto__": {"x": 1}}',
          '\ufeff{}',
          '{',
        ),
      ),
      (json) => {
        const { config, problems } = readWorkspaceConfig(json);
        assert.ok(Array.isArray(problems));
        holds(seed, { workspace: config, profile: 'auto', today: TODAY });
      },
    ),
    budget(200, 5000),
  );
});

test('analyze: hostile shapes (1 MB single line, 100,000 bullets, 100,000 repeated headings, NULs)', () => {
  for (const [name, text] of [
    ['1 MB single line', hostile.singleLine(1 << 20)],
    ['100,000 bullets', hostile.bullets(100_000)],
    ['100,000 repeated headings', hostile.headings(100_000)],
    ['30,000 mixed headings', hostile.mixedHeadings(30_000)],
    ['256 KB of NULs', hostile.nuls(1 << 18)],
    ['1 MB of a repeated seed', hostile.seedRepeated(1 << 20)],
  ] as const) {
    try {
      holds(text);
    } catch (error) {
      assert.fail(`${name}: ${(error as Error).message}`);
    }
  }
});

for (const [name, make, n] of [
  ['single long line', hostile.singleLine, 64 * 1024],
  ['bullets', hostile.bullets, 4_000],
  ['repeated headings', hostile.headings, 4_000],
  ['mixed headings', hostile.mixedHeadings, 4_000],
  ['repeated seed', hostile.seedRepeated, 64 * 1024],
] as const) {
  test(`analyze: generous linear time bound, ${name} (t(4n)/t(n) < ${LINEAR_RATIO_LIMIT})`, () => {
    assertLinear(make, (t) => analyze(t, { today: TODAY }), n);
  });
  test(`each rule alone: generous linear time bound, ${name}`, () => {
    for (const rule of ALL_RULES) {
      const run = (p: Posting) => {
        const found = rule.check(p, {
          profile: BUILTIN_PROFILES[0]!,
          options: optionDefaults(rule),
          today: TODAY,
          sectionTemplate: sectionTemplates(p, BUILTIN_PROFILES[0]!, BUILTIN_TEMPLATES),
          presence: presenceOf(p),
        });
        // Fixes built on read are timed too: a quick fix or --fix reads them.
        for (const f of found) f.fixesOnRead?.();
        return found;
      };
      assertLinear(make, run, n, `rule ${rule.meta.id}: `, 3, parse);
    }
  });
}
