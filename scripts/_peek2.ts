import { trainingSections } from './train-kinds.ts';
const s = trainingSections(process.cwd());
const c = new Map<string, number>();
for (const x of s) { const k = x.kind + ' | ' + x.heading.toLowerCase().replace(/\s*:$/, '').slice(0, 60); c.set(k, (c.get(k) ?? 0) + 1); }
for (const [k, n] of [...c].sort((a, b) => b[1] - a[1]).slice(0, 90)) console.log(n, k);
