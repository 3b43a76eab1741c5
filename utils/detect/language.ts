// Language identification of the new text: counts frequent function words and typical letters.
import { LANGUAGES, type Lang } from '../languages';
import { LEXICONS } from './lang';
import { plainWord } from './plain';
import { WordTable, forEachToken } from './unicode';

/** word → bit mask of the languages that list it among their frequent words. */
const WORD_LANGS = new Map<string, number>();
LANGUAGES.forEach((l, i) => {
  for (const w of LEXICONS[l].commonWords) WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | (1 << i));
});
// Words typed without their letters ("sie", "prosze", "paa", "fuer") count for their language too,
// unless another language has that word.
LANGUAGES.forEach((l, i) => {
  for (const w of LEXICONS[l].commonWords) {
    const plain = plainWord(w, l);
    if (plain !== w && !WORD_LANGS.has(plain)) WORD_LANGS.set(plain, 1 << i);
  }
});
/** The same words, found in place (see WordTable), and their masks by the same index. */
const WORD_TABLE = new WordTable([...WORD_LANGS.keys()]);
const WORD_MASKS = [...WORD_LANGS.values()];
const LETTERS = LANGUAGES.map((l) => {
  const letters = LEXICONS[l].letters;
  return letters ? new RegExp(letters.source, 'gu') : null;
});

/**
 * When each language's typical letters are a plain list of characters ("[ßäöü]"): character code
 * → bit mask of the languages it is typical of, so that one pass finds the letters of all five.
 */
function letterMasks(): Map<number, number> | null {
  const masks = new Map<number, number>();
  for (const [i, re] of LETTERS.entries()) {
    if (!re) continue;
    const list = /^\[([^\\\]^[-]+)\]$/.exec(re.source)?.[1];
    if (list === undefined) return null;
    for (const ch of list) {
      const code = ch.charCodeAt(0);
      if (ch.length !== 1 || (code >= 0xd800 && code <= 0xdfff)) return null;
      masks.set(code, (masks.get(code) ?? 0) | (1 << i));
    }
  }
  return masks;
}
const LETTER_MASKS = letterMasks();
const ANY_LETTER =
  LETTER_MASKS && new RegExp(`[${[...LETTER_MASKS.keys()].map((c) => String.fromCharCode(c)).join('')}]`, 'g');
const WITH_LETTERS = LETTERS.filter(Boolean).length;
const SAMPLE = 1200;
const MAX_WORDS = 150;

export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  const sample = text.slice(0, SAMPLE).toLowerCase();
  const scores = LANGUAGES.map(() => 0);
  // The first MAX_WORDS words, as /[\p{L}']+/gu would find them.
  forEachToken(sample, 'letters', false, MAX_WORDS, (start, end) => {
    const index = WORD_TABLE.find(sample, start, end);
    const mask = index >= 0 ? WORD_MASKS[index]! : 0;
    if (mask) for (let i = 0; i < scores.length; i++) if (mask & (1 << i)) scores[i]! += 1;
  });
  // Up to six typical letters count per language.
  const letters = LANGUAGES.map(() => 0);
  if (ANY_LETTER && LETTER_MASKS) {
    ANY_LETTER.lastIndex = 0;
    let full = 0;
    for (let m = ANY_LETTER.exec(sample); m !== null && full < WITH_LETTERS; m = ANY_LETTER.exec(sample)) {
      const mask = LETTER_MASKS.get(m[0].charCodeAt(0)) ?? 0;
      for (let i = 0; i < letters.length; i++) if (mask & (1 << i) && letters[i]! < 6 && ++letters[i]! === 6) full++;
    }
  } else {
    LETTERS.forEach((re, i) => {
      if (!re) return;
      re.lastIndex = 0;
      while (letters[i]! < 6 && re.exec(sample) !== null) letters[i]!++;
    });
  }
  LETTERS.forEach((re, i) => {
    if (re) scores[i]! += letters[i]! * 0.75;
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
