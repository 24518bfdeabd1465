// A V8 CPU profile (node:inspector) summarised as the functions and files with the most self time:
// shared by bench/profile.ts (analyze() over the corpus) and bench/typing-profile.ts (keystrokes).
import type { Profiler, Session } from 'node:inspector';
import { relative } from 'node:path';
import { ROOT } from './inputs.ts';

export function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

function where(frame: Profiler.ProfileNode['callFrame']): string {
  if (!frame.url) return frame.functionName || '(native)';
  const path = frame.url.startsWith('file://') ? new URL(frame.url).pathname : frame.url;
  return relative(ROOT, path) || path;
}

export function summarise(profile: Profiler.Profile, top: number): string {
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

