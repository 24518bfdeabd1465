// Where a keystroke's re-analysis spends its time in a large posting, in-process: the same calls
// the language server makes per keystroke (session.ts entryFor: the guard, analyze() with the
// document's incremental parser and rule results; toDiagnostics), timed per keystroke and profiled.
// `node --import tsx bench/typing-profile.ts [--kb 200] [--keys 60] [--top 30] [--save FILE]`
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { analyze } from '../server/src/analysis.ts';
import { notAnalysableReason } from '../server/src/features/guard.ts';
import { toDiagnostics } from '../server/src/features/diagnostics.ts';
import { IncrementalParser } from '../server/src/model/reparse.ts';
import { RuleResults } from '../server/src/ruleResults.ts';
import { rulesById } from '../server/src/rules/index.ts';
import { postingOf } from './memory.ts';
import { post, summarise } from './cpuProfile.ts';
import { median, percentile } from './table.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const save = args.includes('--save') ? args[args.indexOf('--save') + 1] : undefined;
  let text = postingOf(arg('--kb', 200) * 1000);
  const parser = new IncrementalParser();
  const ruleResults = new RuleResults();
  const options = { today: '2025-06-01', parse: (blanked: string) => parser.parse(blanked), ruleResults };
  const once = (t: string) => {
    if (notAnalysableReason(t)) throw new Error('not analysable');
    return toDiagnostics(analyze(t, options).findings, rulesById, 'untitled:typing').length;
  };
  once(text);
  // Type at the end of the longest line of the first half, as bench/memory.ts does.
  const lines = text.split('\n');
  let best = 0;
  for (let i = 0; i < lines.length / 2; i++) if (lines[i]!.length > lines[best]!.length) best = i;
  let at = lines.slice(0, best + 1).join('\n').length;
  const keys = arg('--keys', 60);
  const type = () => {
    text = text.slice(0, at) + 'x' + text.slice(at);
    at++;
    return once(text);
  };
  for (let i = 0; i < 20; i++) type(); // warm
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  const times: number[] = [];
  for (let i = 0; i < keys; i++) {
    const t0 = performance.now();
    type();
    times.push(performance.now() - t0);
  }
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();
  console.log(`${(text.length / 1000).toFixed(0)} KB, ${keys} keystrokes: median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (profiled)\n`);
  console.log(summarise(profile, arg('--top', 30)));
  if (save) writeFileSync(save, JSON.stringify(profile));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
