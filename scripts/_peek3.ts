import { readFileSync } from 'node:fs';
import { sectionsOf } from './train-kinds.ts';
const f = process.argv[2]!;
for (const s of sectionsOf(f, readFileSync(f, 'utf8'))) console.log(s.kind, '|', s.heading, '|', JSON.stringify(s.text.slice(0, 100)));
