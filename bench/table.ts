// Statistics and the printed table: one row per measurement, with the aim from the issue next to it.

export function median(xs: number[]): number {
  return percentile(xs, 50);
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i]!;
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : x < 10 ? `${x.toFixed(3)} ms` : `${x.toFixed(1)} ms`;
}

export function ratio(x: number): string {
  return Number.isFinite(x) ? `${x < 0.1 ? x.toFixed(4) : x.toFixed(2)}×` : 'n/a';
}

export interface Row {
  section: string;
  measure: string;
  value: string;
  aim?: string;
  /** true: meets the aim, false: misses it, undefined: no aim. */
  ok?: boolean;
}

export class Table {
  readonly rows: Row[] = [];

  /** With `live`, every row is also written to standard error as it is measured (a long run shows progress and keeps what it measured). */
  constructor(private readonly live = false) {}

  add(section: string, measure: string, value: string, aim?: string, ok?: boolean): void {
    this.rows.push({ section, measure, value, aim, ok });
    if (this.live) process.stderr.write(`  ${measure}: ${value}${aim ? `  (aim ${aim}: ${ok ? 'ok' : 'MISSED'})` : ''}\n`);
  }

  render(): string {
    const head = ['Measure', 'Value', 'Aim', ''];
    const w = [head[0]!.length, head[1]!.length, head[2]!.length];
    for (const r of this.rows) {
      w[0] = Math.max(w[0]!, r.measure.length);
      w[1] = Math.max(w[1]!, r.value.length);
      w[2] = Math.max(w[2]!, (r.aim ?? '').length);
    }
    const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0]!)}  ${b.padStart(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}`.trimEnd();
    const out: string[] = [line(head[0]!, head[1]!, head[2]!, head[3]!), '-'.repeat(w[0]! + w[1]! + w[2]! + 12)];
    let section = '';
    for (const r of this.rows) {
      if (r.section !== section) {
        section = r.section;
        out.push('', `## ${section}`);
      }
      out.push(line(r.measure, r.value, r.aim ?? '', r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'));
    }
    return out.join('\n');
  }

  /** The same rows as a Markdown table (for docs/performance.md). */
  markdown(): string {
    const out: string[] = [];
    let section = '';
    for (const r of this.rows) {
      if (r.section !== section) {
        section = r.section;
        out.push('', `### ${section}`, '', '| Measure | Value | Aim | |', '|---|---:|---|---|');
      }
      const esc = (s: string) => s.replace(/\|/g, '\\|');
      out.push(`| ${esc(r.measure)} | ${esc(r.value)} | ${esc(r.aim ?? '')} | ${r.ok === undefined ? '' : r.ok ? 'ok' : '**missed**'} |`);
    }
    return out.join('\n');
  }
}

/** Times fn() `runs` times after `warmup` calls; returns every run's milliseconds. */
export function timeRuns(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = new Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out[i] = performance.now() - t0;
  }
  return out;
}
