// Offline trainer of the sentence models (run by hand, never at run time):
//   npx tsx utils/detect/model/train.ts <lang> [FILE.jsonl …] [--cv]
// Without files it reads the language's sentence sets in test/data (English: the Enron sentences of
// requests-en-dev.jsonl and the generated requests-en-train.jsonl; the others:
// requests-<lang>-train.jsonl). Writes utils/detect/model/<lang>-weights.ts, with or without --cv;
// rerun whenever that language's cues change (features name them by index). Logistic regression,
// L2, plain SGD; sentences a negative cue decides are left out (the rules answer those).
// --cv first prints 5-fold cross-validation over the FIRST file only (for English: held-out Enron
// sentences); the sentences of any further file join the training side of every fold.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLang } from '../../languages';
import { sentenceFeatures } from './features';
import { MARGINS, sentenceCues } from '../index';
import { LEXICONS } from '../lang';
import { straightApostrophes } from '../text';

interface Item {
  f: string[];
  y: number;
  anyCue: boolean;
  /** Index of the file it came from (0 = the file --cv measures). */
  file: number;
}

const args = process.argv.slice(2);
const lang = args[0];
if (!isLang(lang)) throw new Error('usage: train.ts <en|nl|de|pl|nb> [FILE.jsonl …] [--cv]');
const DATA = join(import.meta.dirname, '..', '..', '..', 'test', 'data');
const named = args.slice(1).filter((a) => !a.startsWith('-'));
const files =
  named.length > 0
    ? named
    : lang === 'en'
      ? [join(DATA, 'requests-en-dev.jsonl'), join(DATA, 'requests-en-train.jsonl')]
      : [join(DATA, `requests-${lang}-train.jsonl`)];
/** Smallest weight kept in the shipped file; English keeps its historical 0.01. */
const KEEP = Number(process.env.KEEP ?? (lang === 'en' ? 0.01 : 0.02));
const MIN_COUNT = 2;
/** How much a sentence of a further file (English: the generated set) counts beside one of the first. */
const EXTRA_WEIGHT = Number(process.env.EXTRA_WEIGHT ?? 1);

const items: Item[] = [];
files.forEach((file, fileIndex) => {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const o = JSON.parse(line) as { text?: string; label?: string };
      if (typeof o.text !== 'string') continue;
      // As analyzeEmail reads it.
      const text = straightApostrophes(o.text);
      const cues = sentenceCues(lang, text);
      items.push({
        f: sentenceFeatures(text, cues, lang),
        y: o.label === 'request' ? 1 : 0,
        anyCue: cues.length > 0,
        file: fileIndex,
      });
    } catch {
      /* skip corrupt lines */
    }
  }
});

function train(data: Item[], epochs = 12, lr = 0.1, l2 = 1e-4): Map<string, number> {
  const counts = new Map<string, number>();
  for (const it of data) for (const f of new Set(it.f)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const w = new Map<string, number>();
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = lr / (1 + e * 0.3);
    for (const idx of order) {
      const it = data[idx]!;
      const fs = it.f.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT);
      let z = 0;
      for (const f of fs) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (it.y - p) * (it.file === 0 ? 1 : EXTRA_WEIGHT);
      for (const f of fs) {
        const old = w.get(f) ?? 0;
        w.set(f, old + rate * (g - l2 * old));
      }
    }
  }
  return w;
}

const lex = LEXICONS[lang];
const lastCue = lex.requests.length - 1;
const margin = MARGINS[lang];

/** The decision index.ts makes: negative cues and (outside English) cue-less sentences first, then the model. */
function decide(w: Map<string, number>, it: Item): number {
  if (it.f.some((f) => f.startsWith('cue:n'))) return 0;
  if (lang !== 'en' && !it.anyCue) return 0;
  const strong = it.f.some((f) => /^cue:r\d+$/.test(f) && f !== `cue:r${lastCue}`);
  const decisive = lex.requests.some((cue, i) => cue.decisive && it.f.includes(`cue:r${i}`));
  let z = 0;
  for (const x of it.f) z += w.get(x) ?? 0;
  return decisive || z >= (strong ? margin.strong : margin.base) ? 1 : 0;
}

const trainable = (it: Item) => !it.f.some((f) => f.startsWith('cue:n'));
if (args.includes('--cv')) {
  const k = 5;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const measured = items.filter((it) => it.file === 0);
  const alwaysTrained = items.filter((it) => it.file !== 0 && trainable(it));
  for (let fold = 0; fold < k; fold++) {
    const w = train([...measured.filter((it, i) => i % k !== fold && trainable(it)), ...alwaysTrained]);
    for (const it of measured.filter((_, i) => i % k === fold)) {
      const got = decide(w, it);
      if (got && it.y) tp++;
      else if (got) fp++;
      else if (it.y) fn++;
      else tn++;
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  console.log(
    `${lang} 5-fold cv over ${measured.length} (+${alwaysTrained.length} always trained): accuracy ${((tp + tn) / measured.length).toFixed(4)} precision ${p.toFixed(4)} recall ${r.toFixed(4)} f1 ${((2 * p * r) / (p + r)).toFixed(4)}`,
  );
}

const w = train(items.filter(trainable));
const kept = [...w.entries()].filter(([, v]) => Math.abs(v) >= KEEP).sort((a, b) => a[0].localeCompare(b[0]));
// One line a feature, "feature weight": shipped as text and read on a language's first use
// (weights.ts), which a waking background does much faster than an object literal this size.
const unfit = kept.find(([f]) => /[\s`\\]|\$\{/.test(f));
if (unfit) throw new Error(`The feature ${JSON.stringify(unfit[0])} cannot be written as a line of text`);
const body = kept.map(([f, v]) => `${f} ${v.toFixed(3)}`).join('\n');
const name = `${lang.toUpperCase()}_WEIGHTS`;
const source = lang === 'en' ? 'English' : lang;
writeFileSync(
  new URL(`./${lang}-weights.ts`, import.meta.url),
  `// Generated by train.ts from the ${source} sentence set; do not edit by hand. One line a feature:\n// "feature weight" (weights.ts reads it on the language's first use).\nexport const ${name} = \`\n${body}\n\`;\n`,
);
console.log(`wrote ${kept.length} weights`);
