// Writes test/data/requests-<lang>-train.jsonl for en, nl, de, pl and nb (see ../README.md):
//   npx tsx test/data/requests-train/make.ts [lang …]   (no language: all five)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, type LanguageSpec } from './engine';
import { de } from './de';
import { en } from './en';
import { nb } from './nb';
import { nl } from './nl';
import { pl } from './pl';

// English keeps seed 1004 + 1 so that adding it left the other four files unchanged.
const specs: [LanguageSpec, number][] = [
  [nl, 1000],
  [de, 1001],
  [pl, 1002],
  [nb, 1003],
  [en, 1005],
];
const only = process.argv.slice(2);
specs.forEach(([spec, seed]) => {
  if (only.length > 0 && !only.includes(spec.lang)) return;
  const lines = generate(spec, seed);
  const file = join(import.meta.dirname, '..', `requests-${spec.lang}-train.jsonl`);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const req = lines.filter((l) => l.label === 'request').length;
  console.log(`${spec.lang}: ${lines.length} sentences (${req} request, ${lines.length - req} none) -> ${file}`);
});
