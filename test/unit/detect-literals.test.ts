// The literal prefilter (utils/detect/literals.ts): the literals read from an expression must be in
// every text it matches, and a union that tries only the alternatives whose literals are there must
// match exactly the texts its expressions match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCueFires, cueExpressions, sentenceCues } from '../../utils/detect';
import { LEXICONS } from '../../utils/detect/lang';
import { LiteralFilter, LiteralUnion, requiredLiterals } from '../../utils/detect/literals';
import { plainWord } from '../../utils/detect/plain';
import {
  B,
  WordTable,
  afterWordStart,
  alternativesOf,
  execAfterWordStart,
  fastTest,
  forEachToken,
  tokensOf,
} from '../../utils/detect/unicode';
import { LANGUAGES } from '../../utils/languages';
import { sentencesOfLanguage } from './detect-helpers';

const SEED = 27;

/** Every regular expression in a value (a lexicon and its tables). */
const regExpsOf = (value: unknown): RegExp[] =>
  value instanceof RegExp
    ? [value]
    : Array.isArray(value) || (typeof value === 'object' && value !== null)
      ? Object.values(value).flatMap(regExpsOf)
      : [];

describe('requiredLiterals', () => {
  it('reads the plain text an expression needs', () => {
    const cases: [string, string[] | null][] = [
      ['could you', ['could you']],
      ['\\bplease\\b', ['please']],
      ['(?:ik |we )?ontvang', ['ontvang', 'ik ontvang', 'we ontvang']],
      ['zobowiązan[iyaeo]', ['zobowiązani', 'zobowiązany', 'zobowiązana', 'zobowiązane', 'zobowiązano']],
      // Of two parts the longer literals are kept.
      ['\\b(?:can|could)\\s+(?:somebody|anyone)\\b', [' somebody', ' anyone']],
      // Any white space is read as a space (the look reads the text so too), and a repeated piece
      // joins the pieces before and after it.
      ['(?:ich|wir)\\s+(?:muss|bin)', ['ich ', 'wir ']],
      ['please[\\s,]send', ['please send', 'please,send']],
      ['\\bdid you\\b[^?]*\\b(?:yet|already)\\b', ['did you']],
      // Lookarounds and boundaries need nothing.
      ['(?<![\\p{L}])bitte(?=\\s)(?!n)', ['bitte']],
      // An alternation needs one of each branch's.
      ['send it|bitte|proszę o', ['send it', 'bitte', 'proszę o']],
      // A repeated piece needs what one copy does; an optional one nothing.
      ['(?:ab)+c', ['abc']],
      ['x(?:yz){2,3}', ['xyzyz']],
      ['please\\s*$', ['please']],
      // Escapes stand for their character.
      ['a\\.u\\.b\\.', ['a.u.b.']],
      ['p\\.s\\.\\n', ['p.s. ']],
    ];
    for (const [source, literals] of cases) {
      expect(requiredLiterals(source)?.sort(), source).toEqual(literals?.sort() ?? null);
    }
  });

  it('says nothing when an expression needs no particular text', () => {
    for (const source of [
      '\\p{Lu}\\w+',
      '.{0,40}',
      'x?',
      '(?:a|.)b?',
      '[^?]+',
      '\\d{2}',
      '😉?',
      '[a-z]{3}',
      '',
      '(?:yes|)',
      '(?=please)',
    ]) {
      expect(requiredLiterals(source), source).toBeNull();
    }
  });

  it('keeps a character outside the Basic Multilingual Plane whole', () => {
    expect(requiredLiterals('😉+')).toEqual(['😉']);
    expect(requiredLiterals('x😉')).toEqual(['x😉']);
    expect(requiredLiterals('\\cJfoo')).toEqual(['foo']);
  });

  it('lower-cases for case-insensitive expressions, and gives up on letters whose cases fold otherwise', () => {
    expect(requiredLiterals('Unsubscribe', true)).toEqual(['unsubscribe']);
    expect(requiredLiterals('Ärger', true)).toEqual(['ärger']);
    expect(requiredLiterals('σχόλια', true)).toBeNull();
    expect(requiredLiterals('µm', true)).toBeNull();
  });

  for (const lang of LANGUAGES) {
    it(`finds a literal of every ${lang} lexicon alternative in each labeled sentence it matches`, () => {
      const sentences = sentencesOfLanguage(lang).map((s) => s.toLowerCase());
      let checked = 0;
      for (const re of regExpsOf(LEXICONS[lang])) {
        const ignoreCase = re.flags.includes('i');
        for (const alternative of alternativesOf(re.source)) {
          const literals = requiredLiterals(alternative, ignoreCase);
          if (!literals) continue;
          const single = new RegExp(alternative, re.flags.replace(/[gy]/g, ''));
          for (const s of sentences) {
            if (!single.test(s)) continue;
            checked++;
            expect(
              literals.some((l) => s.includes(l)),
              `${alternative} on ${s}`,
            ).toBe(true);
          }
        }
      }
      expect(checked).toBeGreaterThan(200);
    });
  }
});

describe('LiteralFilter', () => {
  const sets = [['could you', 'can you'], ['zł'], ['łąka'], ['am'], ['bitte schön'], ['ask']];

  /** The numbers of the sets a filter of `size` sets finds in a text, in order. */
  const scanner = (filter: LiteralFilter, size: number) => {
    const found = new Uint8Array(size);
    const ids = new Int32Array(size);
    return (text: string) => {
      const out = [...ids.subarray(0, filter.scan(text, found, ids, 0))];
      for (const id of out) found[id] = 0;
      return out.sort();
    };
  };

  it('finds each set whose literal is anywhere in the text, and no other', () => {
    const check = scanner(new LiteralFilter(sets), sets.length);
    expect(check('could you send it')).toEqual([0]);
    expect(check('so can you?')).toEqual([0]);
    expect(check('100 zł na łąkę')).toEqual([1]);
    expect(check('łąka')).toEqual([2]);
    expect(check('i am, bitte schön, ask')).toEqual([3, 4, 5]);
    // "ł" folds to the byte of "C": the look-up may meet "Cąka", the literal does not.
    expect(check('Cąka zC')).toEqual([]);
    expect(check('')).toEqual([]);
    expect(check('a')).toEqual([]);
    expect(check('could yo')).toEqual([]);
  });

  it('finds lower-case literals in a text of any case when told to ignore case', () => {
    const check = scanner(new LiteralFilter([['unsubscribe'], ['łąka'], ['kg'], ['straße']], true), 4);
    expect(check('Click to UNSUBSCRIBE')).toEqual([0]);
    expect(check('ŁĄKA')).toEqual([1]);
    // The Kelvin sign and the capital sharp s fold to "k" and "ß" as case-insensitive matching does.
    expect(check('5 \u212Ag, STRAẞE')).toEqual([2, 3]);
    expect(check('unsubscrib')).toEqual([]);
  });

  it('reads any white space of the text as a space', () => {
    const check = scanner(new LiteralFilter([['please send']]), 1);
    for (const text of ['please send', 'please\u00a0send', 'please\nsend', 'x please\u2009send']) {
      expect(check(text), text).toEqual([0]);
    }
    expect(check('pleasesend')).toEqual([]);
  });

  it('refuses a literal too short to look up', () => {
    expect(() => new LiteralFilter([['?']])).toThrow();
  });

  it('agrees with includes() on generated texts', () => {
    const check = scanner(new LiteralFilter(sets), sets.length);
    const pieces = ['could', ' you', 'can', 'z', 'ł', 'ą', 'ka', 'am', 'bitte', ' schön', 'ask', 'C', ' ', '?'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const want = sets.flatMap((set, id) => (set.some((l) => text.includes(l)) ? [id] : []));
        expect(check(text)).toEqual(want);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('LiteralUnion', () => {
  it('refuses a Unicode property escape without the u flag (it would read as "p{L}" and never match)', () => {
    expect(() => new LiteralUnion(['\\bknow(?![\\p{L}])'], '')).toThrow(/u flag/);
    expect(() => new LiteralUnion([new RegExp('know(?![\\p{L}])', 'i')])).toThrow(/u flag/);
    expect(new LiteralUnion(['know(?![\\p{L}])'], 'u').test('does anyone know?')).toBe(true);
  });
  const sources = [
    '\\b(?:could|can) you\\b',
    '^(?:ik|we)\\s+(?:moet|ga)\\b',
    '\\?\\s*$',
    '\\bbitte\\b.{0,20}\\bprüfen\\b|\\bprüf(?:e|t)? bitte\\b',
    '(?<![\\p{L}])proszę(?![\\p{L}])',
    '\\p{Lu}{3,}',
  ];
  const singles = sources.map((s) => new RegExp(s, 'u'));
  const union = new LiteralUnion(sources, 'u');
  const pieces = [
    'could',
    'can',
    ' you',
    'ik',
    'we',
    ' moet',
    ' ga',
    '?',
    ' ',
    'bitte',
    ' prüfen',
    'prüf',
    'e',
    'proszę',
    'ABC',
    'x',
  ];

  it('tells which expressions match, exactly as they do alone', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const want = singles.flatMap((re, i) => (re.test(text) ? [i] : []));
        expect(union.matching(text)).toEqual(want);
        expect(union.test(text)).toBe(want.length > 0);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('matches case-insensitively like its expressions, also "ſ" for "s"', () => {
    const ignoring = new LiteralUnion(['\\bstop receiving\\b', '\\bunsubscribe\\b'], 'iu');
    expect(ignoring.test('Click to UNSUBSCRIBE')).toBe(true);
    expect(ignoring.test('ſtop receiving these')).toBe(/\bstop receiving\b/iu.test('ſtop receiving these'));
    expect(ignoring.test('Stop Receiving')).toBe(true);
    expect(ignoring.test('nothing here')).toBe(false);
    expect(ignoring.matching('Unsubscribe or stop receiving')).toEqual([0, 1]);
  });

  it('matches nothing when it has no expressions', () => {
    expect(new LiteralUnion([], '').test('anything')).toBe(false);
  });

  it('says which expressions may match without trying them: every one that matches, and few others', () => {
    const may = new Uint8Array(sources.length);
    // Two-letter literals looked up too ("ik", "we", "ga"), as the date parsers' union does.
    const short = new LiteralUnion(sources, 'u', false, 2);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        for (const u of [union, short]) {
          u.mayMatch(text, may);
          singles.forEach((re, i) => {
            if (re.test(text)) expect(may[i], `${re} on ${JSON.stringify(text)}`).toBe(1);
          });
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
    // Without any of their words, the expressions with words are not among them.
    union.mayMatch('x x', may);
    expect([...may]).toEqual([0, 0, 1, 0, 0, 1]);
    // A two-letter word is looked up when the union is told to; else its expression is always tried.
    const two = new Uint8Array(1);
    new LiteralUnion(['\\bdo\\b'], 'u').mayMatch('x x', two);
    expect(two[0]).toBe(1);
    const shortTwo = new LiteralUnion(['\\bdo\\b'], 'u', false, 2);
    expect(shortTwo.mayMatch('x x', two)[0]).toBe(0);
    expect(shortTwo.mayMatch('bis do 12', two)[0]).toBe(1);
  });
});

describe('the cues of a language through the union', () => {
  for (const lang of LANGUAGES) {
    for (const typed of ['letters', 'plain'] as const) {
      it(`fire exactly as the ${lang} expressions do alone (${typed})`, () => {
        const expressions = cueExpressions(lang, typed);
        const requests = LEXICONS[lang].requests.length;
        const negatives = LEXICONS[lang].notRequests.length;
        const name = (i: number) =>
          i < requests
            ? `r${i}`
            : i < requests + negatives
              ? `n${i - requests}`
              : i === requests + negatives
                ? 'meeting'
                : 'own';
        const base = sentencesOfLanguage(lang);
        const sentences = typed === 'plain' ? base.map((s) => s.replace(/\p{L}+/gu, (w) => plainWord(w, lang))) : base;
        for (const s of sentences) {
          const lower = s.toLowerCase();
          const want = expressions.flatMap((re, i) => (re.test(lower) ? [name(i)] : []));
          expect(sentenceCues(lang, s, typed), s).toEqual(want);
          expect(anyCueFires(lang, s, typed), s).toBe(want.length > 0);
        }
      });
    }
  }
});

describe('searching after a word start', () => {
  const patterns = [
    new RegExp(`${B}(?:do|przed)\\s+(\\d{1,2})(?::(\\d{2}))?`, 'iu'),
    new RegExp(`${B}(?:by|bis)?\\s*(friday|freitag|piątek|piątku)`, 'iu'),
    new RegExp(`${B}(?:x?)`, 'u'),
    new RegExp(`${B}😉+`, 'u'),
    /(?<![\p{L}])(?:notatka|do)\s+z?/u,
    /(?<!\p{L})bis|(?<!x)do/iu,
  ];
  const pieces = [
    'do',
    ' do',
    'przed',
    ' ',
    '15',
    ':00',
    'by',
    'bis',
    'Friday',
    'piątku',
    'x',
    'ł',
    '😉',
    '_',
    'a',
    '-',
    '\u00a0',
  ];

  it('finds the match the whole expression finds, with the same groups', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        for (const pattern of patterns) {
          const after = afterWordStart(pattern);
          const got = after ? execAfterWordStart(after, text) : pattern.exec(text);
          const want = pattern.exec(text);
          expect(got === null, `${pattern.source} on ${text}`).toBe(want === null);
          if (got && want) {
            expect(got.index, `${pattern.source} on ${text}`).toBe(want.index);
            expect([...got], `${pattern.source} on ${text}`).toEqual([...want]);
          }
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('tests as the expression does', () => {
    expect(fastTest(/(?<![\p{L}])(?:notatka|protokół) z/u, 'Notatka z zebrania')).toBe(false);
    expect(fastTest(/(?<![\p{L}])(?:notatka|protokół) z/u, 'notatka z zebrania')).toBe(true);
    expect(fastTest(/(?<![\p{L}])(?:notatka|protokół) z/u, 'xnotatka z — protokół z')).toBe(true);
    expect(fastTest(/(?<![\p{L}])(?:notatka|protokół) z/u, 'xnotatka z')).toBe(false);
    expect(fastTest(/\bminutes\b/, 'the minutes')).toBe(true);
  });

  it('leaves alone an expression that does not open with the lookbehind or lacks the u flag', () => {
    expect(afterWordStart(/\bfriday/i)).toBeNull();
    expect(afterWordStart(new RegExp(`${B}friday`))).toBeNull();
    expect(afterWordStart(new RegExp(`x${B}friday`, 'u'))).toBeNull();
    // The lookbehind of the first alternative only.
    expect(afterWordStart(/(?<!\p{L})bis|(?<!x)do/iu)).toBeNull();
    expect(afterWordStart(/(?<!\p{L})(?:bis|do)/iu)).not.toBeNull();
  });
});

describe('WordTable', () => {
  const words = ['the', 'they', 'de', 'że', 'proszę', "don't", '?', ...Array.from({ length: 300 }, (_, i) => `w${i}`)];
  const table = new WordTable(words);

  it('finds a word where it stands, and nothing that only begins or ends like one', () => {
    const text = "they said the w17 is proszę? don't, że ok";
    const found = (start: number, end: number) => table.find(text, start, end);
    const at = (word: string) => text.indexOf(word);
    expect(found(at('they'), at('they') + 4)).toBe(words.indexOf('they'));
    expect(found(at('they'), at('they') + 3)).toBe(words.indexOf('the'));
    expect(found(at('the '), at('the ') + 3)).toBe(words.indexOf('the'));
    expect(found(at('w17'), at('w17') + 3)).toBe(words.indexOf('w17'));
    expect(found(at('w17'), at('w17') + 2)).toBe(words.indexOf('w1'));
    expect(found(at('said'), at('said') + 3)).toBe(-1);
    expect(found(at('proszę'), at('proszę') + 6)).toBe(words.indexOf('proszę'));
    expect(found(at('?'), at('?') + 1)).toBe(words.indexOf('?'));
    expect(found(at("don't"), at("don't") + 5)).toBe(words.indexOf("don't"));
    expect(found(at('że'), at('że') + 2)).toBe(words.indexOf('że'));
    expect(found(at('ok'), at('ok') + 2)).toBe(-1);
    expect(found(0, 0)).toBe(-1);
  });

  it('finds each token of a text as a Map of the words would', () => {
    const byWord = new Map(words.map((w, i) => [w, i] as const));
    const pieces = ['the', 'they', ' ', 'de', 'że', 'w1', 'w29', '?', "don't", 'x', '!', 'proszę'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const got: number[] = [];
        const count = forEachToken(text, 'letters-digits', true, 300, (start, end) =>
          got.push(table.find(text, start, end)),
        );
        const tokens = tokensOf(text, 'letters-digits', true, 300);
        expect(count).toBe(tokens.length);
        expect(got).toEqual(tokens.map((t) => byWord.get(t) ?? -1));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
