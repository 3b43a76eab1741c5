// Expressions rewritten for speed must match exactly the texts their plain forms match: the union
// of a language's cues, the forwarded-message marker and the address before a reply verb.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCueFires, anyNegativeCueFires, cueUnionParts, sentenceCues } from '../../utils/detect';
import { LEXICONS } from '../../utils/detect/lang';
import { plainWord } from '../../utils/detect/plain';
import { EMAIL_THEN_VERB, FORWARD } from '../../utils/detect/text';
import { MAX_OPTIMISED_SOURCE, anyOf, partsOf, tokensOf, unicodeRegExp } from '../../utils/detect/unicode';
import { LANGUAGES } from '../../utils/languages';
import { sentencesOfLanguage } from './detect-helpers';

const SEED = 15;
const all = (pick: (l: (typeof LEXICONS)['en']) => string) => LANGUAGES.map((l) => pick(LEXICONS[l])).join('|');

// The expressions as first written (utils/detect/text.ts before the rewrite).
const PLAIN_FORWARD = new RegExp(
  `^\\s*(?:-{2,}|_{2,}|\\*{2,})?\\s*(?:${all((l) => l.forwardMarker)})\\s*:?\\s*(?:-{2,}|_{2,})?\\s*$`,
  'iu',
);
const PLAIN_EMAIL_THEN_VERB = new RegExp(
  `<?[^\\s<>@]{1,64}@[^\\s<>@]{1,255}>?\\s*(?:${all((l) => l.quoteVerb)}):?\\s*$`,
  'iu',
);

describe('the union of a language cues', () => {
  for (const lang of LANGUAGES) {
    const sentences = sentencesOfLanguage(lang);
    const words = [...new Set(sentences.flatMap((s) => s.split(/\s+/)))];

    it(`fires exactly when one of the ${lang} cues does, on the labeled sentences`, () => {
      for (const s of sentences) expect(anyCueFires(lang, s), s).toBe(sentenceCues(lang, s).length > 0);
    });

    it(`fires exactly when one of the ${lang} cues does, on shuffled words`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '?', ':', '\u00a0', 'ß', 'ł', 'ø')), {
            maxLength: 30,
          }),
          fc.array(fc.constantFrom(' ', '', '\n'), { minLength: 30, maxLength: 30 }),
          (parts, seps) => {
            const s = parts.map((p, i) => p + seps[i]).join('');
            expect(anyCueFires(lang, s)).toBe(sentenceCues(lang, s).length > 0);
          },
        ),
        { seed: SEED, numRuns: 300 },
      );
    });
  }
});

describe('cue unions short enough for V8 to optimise', () => {
  // V8 compiles an expression whose source passes 20 KB without its quick checks: several times
  // slower on every sentence. German typed without its letters ("Koenntest du …") passed it.
  it('splits a union that would pass the limit into expressions within it that match the same texts', () => {
    const sources = Array.from({ length: 120 }, (_, i) => `\\b(?:word${i}|term${i}s?)\\b|^line${i}:`);
    const union = anyOf(sources, '', 400);
    const parts = partsOf(union);
    expect(parts.length).toBeGreaterThan(5);
    for (const re of parts) expect(re.source.length).toBeLessThanOrEqual(400);
    const single = sources.map((s) => new RegExp(s));
    const texts = ['a word7 here', 'the term119s', 'word120', 'line3: x', 'x line3:', 'word5x', 'terms0', ''];
    for (const text of texts) expect(union.test(text), text).toBe(single.some((re) => re.test(text)));
  });

  it('keeps one expression while the union fits', () => {
    expect(partsOf(anyOf(['\\bone\\b', '\\btwo\\b'], ''))).toHaveLength(1);
  });

  for (const lang of LANGUAGES) {
    for (const typed of ['letters', 'plain'] as const) {
      it(`keeps what every ${lang} union (${typed}) tries on each sentence within the limit`, () => {
        const parts = cueUnionParts(lang, typed);
        expect(parts.length).toBeGreaterThanOrEqual(1);
        for (const re of parts) expect(re.source.length).toBeLessThanOrEqual(MAX_OPTIMISED_SOURCE);
      });
    }
    it(`fires exactly when one of the ${lang} cues does, typed without the language's letters`, () => {
      const plain = sentencesOfLanguage(lang).map((s) =>
        s.replace(/\p{L}+/gu, (w) => (w === w.toLowerCase() ? plainWord(w, lang) : w)),
      );
      for (const s of plain) {
        const cues = sentenceCues(lang, s, 'plain');
        expect(anyCueFires(lang, s, 'plain'), s).toBe(cues.length > 0);
        expect(anyNegativeCueFires(lang, s, 'plain'), s).toBe(cues.some((c) => c.startsWith('n')));
      }
    });
  }
});

describe('Unicode word boundaries', () => {
  // On ASCII text a Unicode-aware boundary is exactly \b, so each rewritten expression must match
  // exactly where its plain form does: a boundary turned into the wrong side never matches.
  const regExpsOf = (value: unknown): RegExp[] =>
    value instanceof RegExp
      ? [value]
      : Array.isArray(value) || (typeof value === 'object' && value !== null)
        ? Object.values(value).flatMap(regExpsOf)
        : [];
  const ascii = (s: string) => /^[\x20-\x7e]*$/.test(s);

  it('picks the side of each boundary from what precedes and what follows it', () => {
    const cases: [RegExp, string, boolean][] = [
      [/\bdid you\b[^?]*\b(?:yet|already)\b/, 'did you send it yet', true],
      [/\bdid you\b[^?]*\b(?:yet|already)\b/, 'did you send ityet', false],
      [/[a-z]+\b(?!\s)/, 'word.', true],
      [/[a-z]+\b(?!\s)/, 'word ', false],
      [/\w*\b.{0,5}\bgo\b/, 'nice to go', true],
      [/\s+\bgo\b/, 'we go', true],
      [/(?:please)?\bsend\b/, 'please send', true],
    ];
    for (const [re, text, matches] of cases) {
      expect(re.test(text), `${re.source} on ${text}`).toBe(matches);
      expect(unicodeRegExp(re).test(text), `${re.source} on ${text}`).toBe(matches);
    }
  });

  for (const lang of LANGUAGES) {
    it(`leave every ${lang} lexicon expression matching what it matched on ASCII text`, () => {
      const sentences = sentencesOfLanguage(lang)
        .map((s) => s.toLowerCase())
        .filter(ascii);
      expect(sentences.length).toBeGreaterThan(50);
      for (const re of regExpsOf(LEXICONS[lang])) {
        const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
        const rewritten = unicodeRegExp(plain);
        for (const s of sentences) expect(rewritten.test(s), `${re.source} on ${s}`).toBe(plain.test(s));
      }
    });
  }
});

describe('reply and forward lines', () => {
  const line = (pieces: string[]) =>
    fc
      .array(fc.constantFrom(...pieces), { maxLength: 25 })
      .map((p) => p.join(''))
      .filter((s) => s.length <= 120);

  it('FORWARD matches the lines its plain form matches', () => {
    const pieces = [
      ' ',
      '  ',
      '\t',
      '-',
      '--',
      '-----',
      '_',
      '__',
      '*',
      '**',
      ':',
      'x',
      'Original Message',
      'Forwarded message',
      'Ursprüngliche Nachricht',
      'wiadomość oryginalna',
      'videresendt melding',
      '\u00a0',
    ];
    for (const fixed of [
      '-----Original Message-----',
      '---------- Forwarded message ---------',
      '  ** Doorgestuurd bericht : __',
      'Original message -x',
    ])
      expect(FORWARD.test(fixed), fixed).toBe(PLAIN_FORWARD.test(fixed));
    fc.assert(
      fc.property(line(pieces), (s) => {
        expect(FORWARD.test(s)).toBe(PLAIN_FORWARD.test(s));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('EMAIL_THEN_VERB matches the lines its plain form matches', () => {
    const pieces = [
      'a',
      'anna.berg',
      'x'.repeat(30),
      '<',
      '>',
      '@',
      '@@',
      ' ',
      'firma.example',
      'wrote',
      'schrieb',
      'napisał(a)',
      'hat geschrieben',
      ':',
      'ł',
      '😀',
      '\t',
    ];
    for (const fixed of [
      'Anna <anna@firma.example> wrote:',
      'a'.repeat(70) + '@b wrote',
      '<@b> wrote',
      'x@' + 'b'.repeat(256) + ' wrote',
    ])
      expect(EMAIL_THEN_VERB.test(fixed), fixed).toBe(PLAIN_EMAIL_THEN_VERB.test(fixed));
    fc.assert(
      fc.property(line(pieces), (s) => {
        expect(EMAIL_THEN_VERB.test(s)).toBe(PLAIN_EMAIL_THEN_VERB.test(s));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('tokens', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc
      .array(
        fc.oneof(
          fc.constantFrom('Ab', "don't", 'zażółć', 'ŁÓDŹ', 'straße', '42', '½', '²', '?', '!', ' ', '’', '_', '-'),
          fc.constantFrom('😀', '𝔘𝔫', '\ud800', '\udc00', 'e\u0301', 'Ĳ', 'ǅ', 'ſ', 'K', '١٢', 'ⅻ', '\u200b'),
        ),
        { maxLength: 30 },
      )
      .map((p) => p.join('')),
  );
  const byRegExp = (re: RegExp, s: string, max: number) => {
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null && out.length < max; m = re.exec(s)) out.push(m[0]);
    return out;
  };

  it('are the ones the expressions find, with and without digits and marks', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (s, max) => {
        expect(tokensOf(s, 'ascii', true, max)).toEqual(byRegExp(/[a-z0-9']+|[?!]/g, s, max));
        expect(tokensOf(s, 'letters-digits', true, max)).toEqual(byRegExp(/[\p{L}\p{N}']+|[?!]/gu, s, max));
        expect(tokensOf(s, 'letters', false, max)).toEqual(byRegExp(/[\p{L}']+/gu, s, max));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
