// Where the rules' share of analyze() goes, rule by rule, over the 300 corpus postings in-process:
// each posting is parsed once (with its profile, presence and section templates, as analyze() builds
// them), then each rule's check runs over all 300 in registry order, first once (the cold pass: the
// rule's first use, per-line memos filling as in a CLI run), then --passes more times (warm), and the
// warm median per posting is printed by share (CPU time of this process, not wall clock: the machine is shared), with the cold pass beside it. `node --import tsx
// bench/rule-times.ts [--passes N] [--profile RULE] [--count]` (--profile: a CPU profile of that
// rule's warm passes; --count: how many regular-expression runs each rule makes per line of text,
// counted through RegExp.prototype.exec, which test, match, replace and search call once patched).
import { Session, type Profiler } from 'node:inspector';
import { post, summarise } from './cpuProfile.ts';
import { analyze, resolveProfile, resolveRules } from '../server/src/analysis.ts';
import { parse } from '../server/src/model/parse.ts';
import { presenceOf } from '../server/src/facts/presence.ts';
import { sectionTemplates } from '../server/src/templates/sectionTemplate.ts';
import { BUILTIN_TEMPLATES } from '../server/src/templates/index.ts';
import { scanComments } from '../server/src/suppression.ts';
import type { RuleContext } from '../server/src/rules/types.ts';
import { CORPUS } from './inputs.ts';

const args = process.argv.slice(2);
const passes = args.includes('--passes') ? Number(args[args.indexOf('--passes') + 1]) : 7;
const profiled = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
const count = args.includes('--count');
const today = '2025-06-01';
const resolved = resolveRules({ today });
// One analysis of every posting first: the parser's and the profiles' first use is not a rule's.
for (const doc of CORPUS) analyze(doc.text, { today, resolvedRules: resolved });
const inputs = CORPUS.map((doc) => {
  const posting = parse(scanComments(doc.text).blanked);
  const profile = resolveProfile(posting, {});
  const context: RuleContext = { profile, options: {}, today, sectionTemplate: sectionTemplates(posting, profile, BUILTIN_TEMPLATES), presence: presenceOf(posting) };
  return { posting, context };
});
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: Array<{ id: string; cold: number; warm: number; lines: number }> = [];
let lines = 0;
for (const { posting } of inputs) lines += posting.lines.length;
/** Regular-expression runs of each rule over one pass of the corpus, per line. */
function countRegexRuns(lines: number): void {
  const exec = RegExp.prototype.exec;
  const runs = { n: 0 };
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    runs.n++;
    return exec.call(this, text);
  };
  const rows: Array<[string, number]> = [];
  for (const { rule, options } of resolved) {
    runs.n = 0;
    for (const { posting, context } of inputs) rule.check(posting, { ...context, options });
    rows.push([rule.meta.id, runs.n]);
  }
  RegExp.prototype.exec = exec;
  const total = rows.reduce((n, r) => n + r[1], 0);
  console.log(`regular-expression runs per line over the ${lines} lines: ${(total / lines).toFixed(1)} (every rule)`);
  for (const [id, n] of rows.sort((a, b) => b[1] - a[1])) if (n) console.log(`${id.padEnd(30)} ${(n / lines).toFixed(2).padStart(7)} a line  ${n} runs`);
}

async function main(): Promise<void> {
  if (count) return countRegexRuns(lines);
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  for (const { rule, options } of resolved) {
    const times: number[] = [];
    let found = 0;
    let cold = 0;
    for (let p = 0; p <= passes; p++) {
      if (p === 1 && rule.meta.id === profiled) await post(session, 'Profiler.start');
      const t0 = performance.now();
      for (const { posting, context } of inputs) found += rule.check(posting, { ...context, options }).length;
      if (p > 0) times.push(performance.now() - t0);
      else cold = performance.now() - t0;
    }
    if (rule.meta.id === profiled) console.log(summarise((await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop')).profile, 25));
    rows.push({ id: rule.meta.id, cold: cold / inputs.length, warm: median(times) / inputs.length, lines: found / (passes + 1) });
  }
  session.disconnect();
  const total = rows.reduce((n, r) => n + r.warm, 0);
  rows.sort((a, b) => b.warm - a.warm);
  const cold = rows.reduce((n, r) => n + r.cold, 0);
  console.log(`${inputs.length} postings, ${lines} lines; rules warm ${total.toFixed(3)} ms per posting (median of ${passes} passes), cold pass ${cold.toFixed(3)} ms`);
  console.log(`${'rule'.padEnd(30)} ${'warm'.padStart(10)} ${'share'.padStart(6)} ${'cold'.padStart(10)}  findings`);
  for (const r of rows)
    console.log(`${r.id.padEnd(30)} ${(r.warm * 1000).toFixed(1).padStart(7)} µs ${((100 * r.warm) / total).toFixed(1).padStart(5)}% ${(r.cold * 1000).toFixed(1).padStart(7)} µs  ${r.lines.toFixed(0).padStart(5)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
