// Features of one English sentence for the small offline-trained request model: word unigrams
// and bigrams, the first and last word, length, links, and which hand-written cues fired.
const TOKEN = /[a-z0-9']+|[?!]/g;

/** Calls `emit` once per feature; the sentence must already be lower case. */
export function forEachFeature(sentence: string, cues: string[], emit: (feature: string) => void): void {
  const text = sentence.length > 2000 ? sentence.slice(0, 2000) : sentence;
  emit('bias');
  let prev = '^';
  let n = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null && n < 300; m = TOKEN.exec(text)) {
    const t = m[0];
    emit('w:' + t);
    emit('b:' + prev + '_' + t);
    prev = t;
    n++;
  }
  emit('b:' + prev + '_$');
  if (n <= 4) emit('short');
  else if (n > 40) emit('long');
  if (text.includes('http') || text.includes('www.') || text.includes('.com')) emit('url');
  for (const c of cues) emit('cue:' + c);
}

export function sentenceFeatures(sentence: string, cues: string[]): string[] {
  const out: string[] = [];
  forEachFeature(sentence.toLowerCase(), cues, (f) => out.push(f));
  return out;
}

export function sentenceScore(lowerSentence: string, cues: string[], weights: Record<string, number>): number {
  let z = 0;
  forEachFeature(lowerSentence, cues, (f) => {
    z += weights[f] ?? 0;
  });
  return z;
}
