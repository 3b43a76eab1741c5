// Features of one sentence for the small offline-trained request models: word unigrams and
// bigrams, the first and last word, length, links, and which hand-written cues fired. Outside
// English also the first five letters of longer words, so that inflected forms share a weight.
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

export function sentenceScore(
  lowerSentence: string,
  cues: string[],
  weights: Record<string, number>,
  lang = 'en',
): number {
  let z = 0;
  forEachFeature(
    lowerSentence,
    cues,
    (f) => {
      z += weights[f] ?? 0;
    },
    lang,
  );
  return z;
}
