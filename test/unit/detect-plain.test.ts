// Mail typed without a language's own letters ("Potrzebuje od Ciebie … do konca dnia", "venter
// paa", "fuer"): the language is still found, the cues and date words still read.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../utils/detect';
import { plainSource, plainWord, typedPlain } from '../../utils/detect/plain';
import type { Lang } from '../../utils/languages';
import { analyzeFromOla } from './detect-helpers';

/** The due time as local wall time (the tests' mails are sent at +01:00). */
const local = (d: Date | null) => (d ? new Date(d.getTime() + 3_600_000).toISOString().slice(0, 16) : null);

describe('plain spellings', () => {
  it('a letter outside a class becomes a choice, inside a class gains its plain letter', () => {
    expect(plainSource('potrzebuję|[ąę]x', 'pl')).toBe('potrzebuj(?:ę|e)|[ąaęe]x');
    expect(plainSource('på|før', 'nb')).toBe('p(?:å|aa|a)|f(?:ø|oe|o)r');
    expect(plainSource('für', 'de')).toBe('f(?:ü|ue)r');
  });
  it('escapes, ranges and other languages are left alone', () => {
    expect(plainSource('\\bż\\p{L}[a-ż]', 'pl')).toBe('\\b(?:ż|z)\\p{L}[a-ż]');
    expect(plainSource('vóór', 'nl')).toBe('vóór');
  });
  it('German folds only to the usual transliteration ("wurde" is no "würde")', () => {
    expect(new RegExp(plainSource('würde', 'de')).test('wurde')).toBe(false);
    expect(new RegExp(plainSource('würde', 'de')).test('wuerde')).toBe(true);
  });
  it('a word typed plain', () => {
    expect(plainWord('końca', 'pl')).toBe('konca');
    expect(plainWord('på', 'nb')).toBe('paa');
  });
  it('a text is typed plain when it has none of its letters and is long enough to need one', () => {
    expect(typedPlain('Potrzebuje od Ciebie zestawienia kosztow paliwa do konca dnia.', 'pl')).toBe(true);
    expect(typedPlain('Potrzebuję od Ciebie zestawienia kosztów paliwa do końca dnia.', 'pl')).toBe(false);
    expect(typedPlain('Dzieki, Piotr', 'pl')).toBe(false);
    expect(typedPlain('Could you send me the figures by Friday, please?', 'en')).toBe(false);
  });
});

describe('analysis of mail typed without its letters', () => {
  it('Polish without marks and with English in it is still Polish', () => {
    expect(
      detectLanguage(
        'siema Piotrek\n\nmam prosbe – ogarnij do konca tygodnia release notes do wersji 2.3 (PL + EN), bo w poniedzialek wypuszczamy do sklepu. moze byc krotko, bullet pointy wystarcza\nbtw. fajnie ze naprawiliscie ten crash przy platnosciach, turns out it was the timezone thing after all, classic',
      ),
    ).toBe('pl');
  });
  it.each([
    [
      'pl',
      'Rafal,\n\nzarzad przesunal posiedzenie na poniedzialek rano. Potrzebuje od Ciebie zestawienia kosztow paliwa za Q1 do konca dnia. Wystarczy tabelka.\n\nAga\n\nWysłane z aplikacji Outlook dla iOS',
      '2026-05-06T17:00',
    ],
    [
      'pl',
      'siema Piotrek\n\nmam prosbe – ogarnij do konca tygodnia release notes do wersji 2.3 (PL + EN), bo w poniedzialek wypuszczamy do sklepu. moze byc krotko\n\nseba',
      '2026-05-08T17:00',
    ],
    [
      'nb',
      'Hei Kjetil,\n\nBare en paaminnelse om at jeg fortsatt venter paa reiseregningen din fra messa i Goteborg. Lever den i systemet innen fredag, saa kommer den med paa lonna.\n\nTrine',
      '2026-05-08T17:00',
    ],
  ] as [Lang, string, string][])('%s: the ask and its deadline are read', (lang, body, due) => {
    const a = analyzeFromOla(body, lang);
    expect(a.isRequest).toBe(true);
    expect(local(a.due)).toBe(due);
  });
  it('contrast: Polish with its marks reads the same as before', () => {
    const a = analyzeFromOla(
      'Rafał,\n\nPotrzebuję od Ciebie zestawienia kosztów paliwa za Q1 do końca dnia.\n\nAga',
      'pl',
    );
    expect(a.isRequest).toBe(true);
    expect(local(a.due)).toBe('2026-05-06T17:00');
  });
  it('contrast: a mail with one of the letters is not read plain ("for fredag" stays "for")', () => {
    const a = analyzeFromOla(
      'Hei Kari,\n\nTakk for fredag! Det var en flott dag på hytta med hele gjengen.\n\nOla',
      'nb',
    );
    expect(a.isRequest).toBe(false);
    expect(a.due).toBeNull();
  });
});
