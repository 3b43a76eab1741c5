// The lexicons of every supported language, by code. A new language: add its code to
// utils/languages.ts, a folder here with lexicon.ts (see ../lexicon.ts), and one line below.
import type { Lang } from '../../languages';
import type { LanguageLexicon } from '../lexicon';
import { de } from './de/lexicon';
import { en } from './en/lexicon';
import { nb } from './nb/lexicon';
import { nl } from './nl/lexicon';
import { pl } from './pl/lexicon';

export const LEXICONS: Record<Lang, LanguageLexicon> = { en, nl, de, pl, nb };
