// Language identification of the new text: counts frequent function words and typical letters.
import { LANGUAGES, type Lang } from '../languages';
import { LEXICONS } from './lang';

/** word → bit mask of the languages that list it among their frequent words. */
const WORD_LANGS = new Map<string, number>();
LANGUAGES.forEach((l, i) => {
  for (const w of LEXICONS[l].commonWords) WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | (1 << i));
});
const WORD = /[\p{L}']+/gu;
const LETTERS = LANGUAGES.map((l) => {
  const letters = LEXICONS[l].letters;
  return letters ? new RegExp(letters.source, 'gu') : null;
});
const SAMPLE = 1200;
const MAX_WORDS = 150;

export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  const sample = text.slice(0, SAMPLE).toLowerCase();
  const scores = LANGUAGES.map(() => 0);
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m !== null && words < MAX_WORDS; m = WORD.exec(sample)) {
    words++;
    const mask = WORD_LANGS.get(m[0]);
    if (mask) for (let i = 0; i < scores.length; i++) if (mask & (1 << i)) scores[i]! += 1;
  }
  LETTERS.forEach((re, i) => {
    if (!re) return;
    re.lastIndex = 0;
    let n = 0;
    while (n < 6 && re.exec(sample) !== null) n++;
    scores[i]! += n * 0.75;
  });
  let best: Lang = fallback;
  let bestScore = 0.5;
  LANGUAGES.forEach((l, i) => {
    const s = scores[i]!;
    if (s > bestScore || (s === bestScore && l === fallback)) {
      best = l;
      bestScore = s;
    }
  });
  return best;
}
