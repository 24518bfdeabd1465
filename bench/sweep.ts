// Size sweep: a seed at 1×, 10×, 100× and a 1 MB generated posting; ms per KB should stay flat.
import { analyze } from '../server/src/analysis.ts';
import { parse } from '../server/src/model/parse.ts';
import { SEEDS } from './inputs.ts';
import { median, ms, type Table, timeRuns } from './table.ts';

/** A 1 MB posting built from every seed's lines, shuffled deterministically (not one seed repeated). */
export function generatedPosting(bytes = 1 << 20): string {
  const lines = SEEDS.flatMap((s) => s.text.split('\n'));
  const out: string[] = [SEEDS[0]!.text.split('\n')[0]!];
  let size = out[0]!.length;
  let x = 12345;
  while (size < bytes) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const l = lines[x % lines.length]!;
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n').slice(0, bytes);
}

export function sweep(table: Table): void {
  const S = 'Size sweep (median; ms/KB flat = linear)';
  const seed = SEEDS[0]!.text;
  const cases: Array<[string, string, number]> = [
    ['1× seed', seed, 100],
    ['10× seed', seed.repeat(10), 40],
    ['100× seed', seed.repeat(100), 10],
    ['1 MB generated posting', generatedPosting(), 10],
  ];
  const perKb: { parse: number[]; analyze: number[] } = { parse: [], analyze: [] };
  for (const [name, text, runs] of cases) {
    const kb = text.length / 1024;
    const p = median(timeRuns(() => parse(text), runs, 2));
    const a = median(timeRuns(() => analyze(text, { today: '2025-06-01' }), runs, 2));
    const big = name.startsWith('1 MB');
    if (!big) {
      perKb.parse.push(p / kb);
      perKb.analyze.push(a / kb);
    }
    table.add(S, `parse, ${name} (${kb.toFixed(0)} KB)`, `${ms(p)}  (${(p / kb).toFixed(4)} ms/KB)`, big ? '< 50 ms' : undefined, big ? p < 50 : undefined);
    table.add(S, `parse + all rules, ${name}`, `${ms(a)}  (${(a / kb).toFixed(4)} ms/KB)`, big ? '< 100 ms' : undefined, big ? a < 100 : undefined);
  }
  // Linearity on the same content (1×, 10×, 100× one seed): ms per KB should not grow with size.
  for (const [what, xs] of [['parse', perKb.parse], ['parse + all rules', perKb.analyze]] as const) {
    const spread = Math.max(...xs) / Math.min(...xs);
    table.add(S, `growth, ${what}: max/min ms per KB over 1×/10×/100×`, `${spread.toFixed(2)}×`, 'linear (≈ 1×; < 3× accepted)', spread < 3);
  }
}
