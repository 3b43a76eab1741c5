// Writes test/data/requests-<lang>-train.jsonl for nl, de, pl and nb (see ../README.md):
//   npx tsx test/data/requests-train/make.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, type LanguageSpec } from './engine';
import { de } from './de';
import { nb } from './nb';
import { nl } from './nl';
import { pl } from './pl';

const specs: LanguageSpec[] = [nl, de, pl, nb];
specs.forEach((spec, i) => {
  const lines = generate(spec, 1000 + i);
  const file = join(import.meta.dirname, '..', `requests-${spec.lang}-train.jsonl`);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const req = lines.filter((l) => l.label === 'request').length;
  console.log(`${spec.lang}: ${lines.length} sentences (${req} request, ${lines.length - req} none) -> ${file}`);
});
