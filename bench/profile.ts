// Where analyze() spends its time over the 300 corpus postings: a V8 CPU profile (node:inspector)
// of one pass over the corpus in a fresh process (first analyses, the way a CLI run meets them) and
// of a second pass (the per-line memos warm, the way re-analysis while typing meets them), summarised
// as the functions with the most self time and the files they are in. Run from source so the names
// are the sources' own: `node --import tsx bench/profile.ts [--top N] [--save DIR] [--off RULE,RULE]`
// (about 20 s; --off switches rules off, to see what the others cost).
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { join, relative } from 'node:path';
import { analyze } from '../server/src/analysis.ts';
import { CORPUS, ROOT } from './inputs.ts';

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

function where(frame: Profiler.ProfileNode['callFrame']): string {
  if (!frame.url) return frame.functionName || '(native)';
  const path = frame.url.startsWith('file://') ? new URL(frame.url).pathname : frame.url;
  return relative(ROOT, path) || path;
}

function summarise(profile: Profiler.Profile, top: number): string {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples!.length; i++) self.set(profile.samples![i]!, (self.get(profile.samples![i]!) ?? 0) + (profile.timeDeltas![i] ?? 0));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    total += us;
    const file = where(node.callFrame);
    const fn = `${node.callFrame.functionName || '(anonymous)'}  ${file}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  const rows = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k.length > 150 ? `${k.slice(0, 150)}…` : k}`);
  return [`total ${(total / 1000).toFixed(0)} ms sampled`, '', 'self time by function:', ...rows(byFunction, top), '', 'self time by file:', ...rows(byFile, top)].join('\n');
}

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
