// Where analyze() spends its time over the 300 corpus postings: a V8 CPU profile (node:inspector)
// of one pass over the corpus in a fresh process (first analyses, the way a CLI run meets them) and
// of a second pass (the per-line memos warm, the way re-analysis while typing meets them), summarised
// as the functions with the most self time and the files they are in. Run from source so the names
// are the sources' own: `node --import tsx bench/profile.ts [--top N] [--save DIR] [--off RULE,RULE]`
// (about 20 s; --off switches rules off, to see what the others cost).
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { join } from 'node:path';
import { post, summarise } from './cpuProfile.ts';
import { analyze } from '../server/src/analysis.ts';
import { CORPUS } from './inputs.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 30;
  const save = args.includes('--save') ? args[args.indexOf('--save') + 1] : undefined;
  const off = args.includes('--off') ? args[args.indexOf('--off') + 1]!.split(',') : [];
  const options = { today: '2025-06-01', rules: Object.fromEntries(off.map((id) => [id, 'off'])) };
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  for (const pass of ['first pass (cold: every posting analysed for the first time)', 'second pass (the same postings again: memos warm)']) {
    await post(session, 'Profiler.start');
    const t0 = performance.now();
    for (const doc of CORPUS) analyze(doc.text, options);
    const ms = performance.now() - t0;
    const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
    console.log(`\n== ${pass}: ${CORPUS.length} postings in ${ms.toFixed(0)} ms (${(ms / CORPUS.length).toFixed(2)} ms each)\n`);
    console.log(summarise(profile, top));
    if (save) writeFileSync(join(save, `analyze-${pass.startsWith('first') ? 'cold' : 'warm'}.cpuprofile`), JSON.stringify(profile));
  }
  session.disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
