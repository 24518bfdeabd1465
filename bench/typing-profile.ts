// Where a keystroke's re-analysis spends its time in a large posting, in-process: the same calls
// the language server makes per keystroke (its document's update, session.ts entryFor: the guard,
// analyze() with the document's incremental parser and rule results; toDiagnostics), timed per
// keystroke and profiled.
// `node --import tsx bench/typing-profile.ts [--kb 200] [--keys 60] [--top 30] [--save FILE] [--no-profile]`
// (--no-profile: only the timings, CPU time of the process included, for before/after comparisons).
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { analyze } from '../server/src/analysis.ts';
import { notAnalysableReason } from '../server/src/features/guard.ts';
import { toDiagnostics } from '../server/src/features/diagnostics.ts';
import { EditedDocuments } from '../server/src/lsp/editedDocument.ts';
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
  const text = postingOf(arg('--kb', 200) * 1000);
  const doc = EditedDocuments.create('untitled:typing', 'job-posting', 1, text);
  const parser = new IncrementalParser();
  const ruleResults = new RuleResults();
  const options = { today: '2025-06-01', parse: (blanked: string) => parser.parse(blanked), ruleResults };
  const analyseDocument = () => {
    const t = doc.getText();
    if (notAnalysableReason(t)) throw new Error('not analysable');
    return toDiagnostics(analyze(t, options).findings, rulesById, doc.uri).length;
  };
  analyseDocument();
  // Type at the end of the longest line of the first half, as bench/memory.ts does.
  const lines = text.split(/\r\n|\r|\n/);
  let line = 0;
  for (let i = 0; i < lines.length / 2; i++) if (lines[i]!.length > lines[line]!.length) line = i;
  let character = lines[line]!.length;
  const keys = arg('--keys', 60);
  const type = () => {
    const at = { line, character };
    EditedDocuments.update(doc, [{ range: { start: at, end: at }, text: 'x' }], doc.version + 1);
    character++;
    return analyseDocument();
  };
  for (let i = 0; i < 20; i++) type(); // warm
  const profiling = !args.includes('--no-profile');
  const session = new Session();
  if (profiling) {
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
  }
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < keys; i++) {
    const t0 = performance.now();
    type();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  const kb = (doc.getText().length / 1000).toFixed(0);
  const summary = `${kb} KB, ${keys} keystrokes: median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, CPU ${((cpu.user + cpu.system) / 1000 / keys).toFixed(1)} ms a keystroke`;
  if (!profiling) {
    console.log(summary);
    return;
  }
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();
  console.log(`${summary} (profiled)\n`);
  console.log(summarise(profile, arg('--top', 30)));
  if (save) writeFileSync(save, JSON.stringify(profile));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
