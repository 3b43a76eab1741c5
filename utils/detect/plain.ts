// Mail typed without a language's own letters: Polish without its marks ("Potrzebuje od Ciebie …
// do konca dnia"), Bokmål with "aa" and "o" ("Bare en paaminnelse … venter paa"), German with "ae",
// "oe", "ue" and "ss" ("fuer", "Gruesse"). When a text has none of its language's letters, the
// cues and date words are read with each such letter also matching its plain spellings.
import type { Lang } from '../languages';
import { LEXICONS } from './lang';
import type { DateLexicon } from './lexicon';

/**
 * How each letter may be typed without it. German folds only to the usual transliteration: "a" for
 * "ä" would read "hatte" as "hätte" and "wurde" as "würde".
 */
const PLAIN_SPELLINGS: Partial<Record<Lang, Record<string, string[]>>> = {
  pl: { ą: ['a'], ć: ['c'], ę: ['e'], ł: ['l'], ń: ['n'], ó: ['o'], ś: ['s'], ź: ['z'], ż: ['z'] },
  nb: { å: ['aa', 'a'], ø: ['oe', 'o'], æ: ['ae'] },
  de: { ä: ['ae'], ö: ['oe'], ü: ['ue'], ß: ['ss'] },
};

/**
 * Spellings a language's writers use even with its letters on the keyboard: Swiss German has no "ß"
 * ("Weisst du, ob …?", "Gruss", "ausserdem"), so German cues also read "ss" for it in every mail.
 */
const VARIANT_SPELLINGS: Partial<Record<Lang, Record<string, string[]>>> = {
  de: { ß: ['ss'] },
};

const LETTERS = new Map<Lang, RegExp | null>();

/** The language's own letters in either case (the text is not lower-cased for the test). */
function lettersOf(lang: Lang): RegExp | null {
  let re = LETTERS.get(lang);
  if (re === undefined) {
    const letters = LEXICONS[lang].letters;
    re = letters ? new RegExp(letters.source, 'iu') : null;
    LETTERS.set(lang, re);
  }
  return re;
}

/**
 * Whether `text` in `lang` was typed without the language's own letters: it has none of them and
 * is long enough (30 letters) that a writer using them would have needed one.
 */
export function typedPlain(text: string, lang: Lang): boolean {
  if (!PLAIN_SPELLINGS[lang]) return false;
  const letters = lettersOf(lang);
  if (!letters || letters.test(text)) return false;
  let count = 0;
  for (let i = 0; i < text.length && count < 30; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) count++;
  }
  return count >= 30;
}

/**
 * `source` (a regular expression's) rewritten so that each of `lang`'s letters also matches its
 * plain spellings: "ę" becomes "(?:ę|e)", "[ąę]" becomes "[ąaęe]". Escapes are kept as they are;
 * a letter at either end of a range in a class is left alone.
 */
export function plainSource(source: string, lang: Lang, spellings = PLAIN_SPELLINGS[lang]): string {
  if (!spellings) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      const alternatives = spellings[ch];
      const inRange = source[i - 1] === '-' || source[i + 1] === '-';
      out += ch;
      if (alternatives && !inRange) out += alternatives.filter((a) => a.length === 1).join('');
      continue;
    }
    if (ch === '[') inClass = true;
    const alternatives = spellings[ch];
    out += alternatives ? `(?:${[ch, ...alternatives].join('|')})` : ch;
  }
  return out;
}

/** `re` with `lang`'s letters also matching their plain spellings (the same flags). */
export function plainRegExp(re: RegExp, lang: Lang): RegExp {
  return new RegExp(plainSource(re.source, lang), re.flags);
}

/** `re` with `lang`'s letters also matching the spellings its writers use beside them ("ss" for "ß"). */
export function variantRegExp(re: RegExp, lang: Lang): RegExp {
  const spellings = VARIANT_SPELLINGS[lang];
  return spellings ? new RegExp(plainSource(re.source, lang, spellings), re.flags) : re;
}

const PLAIN_DATES = new Map<Lang, DateLexicon>();

/**
 * The language's date lexicon with its words also matching their plain spellings ("do konca
 * tygodnia", "innen fredag"), built once per language for every reader of dates.
 */
export function plainDatesOf(lang: Lang): DateLexicon {
  let dates = PLAIN_DATES.get(lang);
  if (!dates) {
    dates = plainDates(LEXICONS[lang].dates, lang);
    PLAIN_DATES.set(lang, dates);
  }
  return dates;
}

function plainDates(dates: DateLexicon, lang: Lang): DateLexicon {
  const words = (map: Record<string, number>) => {
    const out: Record<string, number> = { ...map };
    for (const [word, value] of Object.entries(map)) {
      const plain = plainWord(word, lang);
      if (!(plain in out)) out[plain] = value;
    }
    return out;
  };
  const folded = Object.fromEntries(
    Object.entries(dates).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? plainSource(value, lang)
        : Array.isArray(value)
          ? value.map((v: string) => plainSource(v, lang))
          : value,
    ]),
  ) as unknown as DateLexicon;
  folded.numberWords = words(dates.numberWords);
  if (dates.dayWords) folded.dayWords = words(dates.dayWords);
  return folded;
}

/** A word in the spelling its writers use beside the language's letters ("weißt" → "weisst"). */
export function variantWord(word: string, lang: Lang): string {
  return foldWord(word, VARIANT_SPELLINGS[lang]);
}

/** Whether a lower-case sentence may hold variant spellings of `lang`'s words ("ss", no "ß"). */
export function mayBeVariant(lower: string, lang: Lang): boolean {
  return lang === 'de' && lower.includes('ss') && !lower.includes('ß');
}

/** A word typed without `lang`'s letters, each written its first plain way ("końca" → "konca"). */
export function plainWord(word: string, lang: Lang): string {
  return foldWord(word, PLAIN_SPELLINGS[lang]);
}

function foldWord(word: string, spellings: Record<string, string[]> | undefined): string {
  if (!spellings) return word;
  let out = '';
  for (const ch of word) out += spellings[ch]?.[0] ?? ch;
  return out;
}
