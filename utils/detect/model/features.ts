// Features of one sentence for the small offline-trained request models: word unigrams and
// bigrams, the first and last word, length, links, and which hand-written cues fired. Outside
// English also the first five letters of longer words, so that inflected forms share a weight.
import { WordTable, forEachToken, tokensOf } from '../unicode';

const TOKEN = /[a-z0-9']+|[?!]/g;
const TOKEN_ANY = /[\p{L}\p{N}']+|[?!]/gu;

/** Calls `emit` once per feature; the sentence must already be lower case. */
export function forEachFeature(sentence: string, cues: string[], emit: (feature: string) => void, lang = 'en'): void {
  const text = sentence.length > 2000 ? sentence.slice(0, 2000) : sentence;
  const english = lang === 'en';
  const re = english ? TOKEN : TOKEN_ANY;
  emit('bias');
  let prev = '^';
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && n < 300; m = re.exec(text)) {
    const t = m[0];
    emit('w:' + t);
    emit('b:' + prev + '_' + t);
    if (!english && t.length > 6) emit('p:' + t.slice(0, 5));
    prev = t;
    n++;
  }
  emit('b:' + prev + '_$');
  if (n <= 4) emit('short');
  else if (n > 40) emit('long');
  if (text.includes('http') || text.includes('www.') || text.includes('.com')) emit('url');
  for (const c of cues) emit('cue:' + c);
}

export function sentenceFeatures(sentence: string, cues: string[], lang = 'en'): string[] {
  const out: string[] = [];
  forEachFeature(sentence.toLowerCase(), cues, (f) => out.push(f), lang);
  return out;
}

/**
 * A model's weights split by kind of feature, so scoring builds no feature strings. The tokens of
 * its words and pairs are numbered (`ids`), so a token is looked up once and its pair with the one
 * before by number.
 */
interface ScoringTable {
  bias: number;
  /** Each token the words and pairs name ("^" and "$" too) → its number. */
  ids: Map<string, number>;
  /** The same tokens, found in place by their number (see WordTable). */
  idTable: WordTable;
  /** By token number: its word weight, NaN for none. */
  words: Float64Array;
  /** Previous token's number × ids.size + token's number → weight. */
  pairs: Map<number, number>;
  /** The prefixes, found in place, and their weights by the same index. */
  prefixTable: WordTable;
  prefixWeights: number[];
  /** "short", "long", "url" and "cue:…". */
  others: Map<string, number>;
}

const TABLES = new WeakMap<Record<string, number>, ScoringTable>();

function tableOf(weights: Record<string, number>): ScoringTable {
  let table = TABLES.get(weights);
  if (table) return table;
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  let bias = 0;
  const words: [number, number][] = [];
  const pairs: [number, number, number][] = [];
  const prefixes = new Map<string, number>();
  const others = new Map<string, number>();
  for (const [feature, weight] of Object.entries(weights)) {
    if (feature === 'bias') bias = weight;
    else if (feature.startsWith('w:')) words.push([idOf(feature.slice(2)), weight]);
    else if (feature.startsWith('p:')) prefixes.set(feature.slice(2), weight);
    else if (feature.startsWith('b:') && feature.indexOf('_') > 2) {
      // Tokens never contain "_", so the first one separates the pair.
      const cut = feature.indexOf('_');
      pairs.push([idOf(feature.slice(2, cut)), idOf(feature.slice(cut + 1)), weight]);
    } else others.set(feature, weight);
  }
  const size = ids.size;
  table = {
    bias,
    ids,
    idTable: new WordTable([...ids.keys()]),
    words: new Float64Array(size).fill(NaN),
    pairs: new Map(pairs.map(([prev, next, weight]) => [prev * size + next, weight])),
    prefixTable: new WordTable([...prefixes.keys()]),
    prefixWeights: [...prefixes.values()],
    others,
  };
  for (const [id, weight] of words) table.words[id] = weight;
  TABLES.set(weights, table);
  return table;
}

/**
 * The model's score of a lower-case sentence: the sum of the weights of the features that
 * forEachFeature emits, added in the same order (so the sum is exactly the same), without
 * building the feature strings.
 */
export function sentenceScore(
  lowerSentence: string,
  cues: string[],
  weights: Record<string, number>,
  lang = 'en',
  restore?: (token: string) => string,
): number {
  const table = tableOf(weights);
  const text = lowerSentence.length > 2000 ? lowerSentence.slice(0, 2000) : lowerSentence;
  const english = lang === 'en';
  let z = 0;
  z += table.bias;
  const { ids, idTable, words, pairs, prefixTable, prefixWeights } = table;
  const size = ids.size;
  let prev = ids.get('^') ?? -1;
  let w: number | undefined;
  /** A token's weights, the token being `source` from `start` to `end`. */
  const add = (source: string, start: number, end: number) => {
    const id = idTable.find(source, start, end);
    if (id >= 0) {
      const word = words[id]!;
      if (word === word) z += word;
      if (prev >= 0 && (w = pairs.get(prev * size + id)) !== undefined) z += w;
    }
    if (!english && end - start > 6) {
      const p = prefixTable.find(source, start, start + 5);
      if (p >= 0) z += prefixWeights[p]!;
    }
    prev = id;
  };
  // The same tokens as TOKEN / TOKEN_ANY give forEachFeature: found where they stand in the text,
  // or cut out when plain spellings are read as the model's words.
  const chars = english ? 'ascii' : 'letters-digits';
  let n: number;
  if (restore) {
    const tokens = tokensOf(text, chars, true, 300).map(restore);
    for (const t of tokens) add(t, 0, t.length);
    n = tokens.length;
  } else n = forEachToken(text, chars, true, 300, (start, end) => add(text, start, end));
  const end = ids.get('$') ?? -1;
  if (prev >= 0 && end >= 0 && (w = pairs.get(prev * size + end)) !== undefined) z += w;
  if (n <= 4) {
    if ((w = table.others.get('short')) !== undefined) z += w;
  } else if (n > 40 && (w = table.others.get('long')) !== undefined) z += w;
  if (
    (text.includes('http') || text.includes('www.') || text.includes('.com')) &&
    (w = table.others.get('url')) !== undefined
  )
    z += w;
  for (const c of cues) if ((w = table.others.get('cue:' + c)) !== undefined) z += w;
  return z;
}

/**
 * For text typed without a language's letters: each plain word the model does not know, read as
 * the one word of its vocabulary that it stands for ("potrzebuje" → "potrzebuję"); words the model
 * knows as they are, and plain forms of two of its words ("ze": "że" or "ze"), stay as typed.
 * `spelling` names the folding, one restorer per model and folding (also Swiss "weisst" → "weißt").
 */
export function vocabularyRestorer(
  weights: Record<string, number>,
  plainWord: (word: string) => string,
  spelling = 'plain',
): (token: string) => string {
  let byWeights = RESTORERS.get(weights);
  if (!byWeights) RESTORERS.set(weights, (byWeights = new Map()));
  let restorer = byWeights.get(spelling);
  if (restorer) return restorer;
  const { ids, words: weightOf } = tableOf(weights);
  // The tokens with a word weight.
  const words = new Set([...ids].filter(([, id]) => !Number.isNaN(weightOf[id])).map(([word]) => word));
  const byPlain = new Map<string, string | null>();
  for (const word of words) {
    const plain = plainWord(word);
    if (plain === word || words.has(plain)) continue;
    byPlain.set(plain, byPlain.has(plain) && byPlain.get(plain) !== word ? null : word);
  }
  restorer = (token) => byPlain.get(token) ?? token;
  byWeights.set(spelling, restorer);
  return restorer;
}

/** By model, by kind of spelling ("plain", "variant"). */
const RESTORERS = new WeakMap<Record<string, number>, Map<string, (token: string) => string>>();
