// The new text of a message: quoted replies, forwards, signatures, and its language.
import { describe, expect, it } from 'vitest';
import { detectLanguage, quoteStart, signatureStart } from '../../utils/detect';
import { BULLET, hasBullet, quotedAuthorLine, sentencesOf, withoutBullet } from '../../utils/detect/text';
import type { Lang } from '../../utils/languages';

const NEW = 'Sounds good, go ahead.\n\n';

describe('quoted parts are cut', () => {
  it.each([
    ['en reply header', 'On Mon, 2 Mar 2026 at 09:12, Tom Hale <tom.hale@firma.example> wrote:\n> Can you check this?'],
    [
      'en wrapped reply header',
      'On Mon, 2 Mar 2026 at 09:12, Tom Hale\n<tom.hale@firma.example> wrote:\n> Can you check this?',
    ],
    ['nl reply header', 'Op ma 2 mrt 2026 om 09:12 schreef Tom Hale <tom.hale@firma.example>:\n> Kun je dit checken?'],
    [
      'de reply header',
      'Am Mo., 2. März 2026 um 09:12 Uhr schrieb Tom Hale <tom.hale@firma.example>:\n> Kannst du das prüfen?',
    ],
    [
      'pl reply header',
      'W dniu 2.03.2026 o 09:12, Tomasz Hala <tomasz@firma.example> napisał(a):\n> Czy możesz to sprawdzić?',
    ],
    [
      'nb reply header',
      'Den man. 2. mars 2026 kl. 09:12 skrev Tom Hale <tom.hale@firma.example>:\n> Kan du sjekke dette?',
    ],
    [
      'Outlook en',
      'From: Tom Hale <tom.hale@firma.example>\nSent: Monday, 2 March 2026 09:12\nTo: Anna Berg\nSubject: Check\n\nCan you check this?',
    ],
    [
      'Outlook nl',
      'Van: Tom Hale\nVerzonden: maandag 2 maart 2026 09:12\nAan: Anna Berg\nOnderwerp: Check\n\nKun je dit checken?',
    ],
    [
      'Outlook de',
      'Von: Tom Hale\nGesendet: Montag, 2. März 2026 09:12\nAn: Anna Berg\nBetreff: Prüfung\n\nKannst du das prüfen?',
    ],
    ['Outlook pl', 'Od: Tomasz Hala\nWysłano: poniedziałek, 2 marca 2026 09:12\nDo: Anna Berg\nTemat: Sprawdzenie'],
    ['Outlook nb', 'Fra: Tom Hale\nSendt: mandag 2. mars 2026 09:12\nTil: Anna Berg\nEmne: Sjekk'],
    ['> quoting', '> Can you check this?\n> Thanks'],
    [
      'forwarded',
      '---------- Forwarded message ---------\nFrom: Tom Hale <tom.hale@firma.example>\nCan you check this?',
    ],
  ])('%s', (_name, quote) => {
    const body = NEW + quote;
    expect(quoteStart(body)).toBe(NEW.length);
  });
  it('leaves a message without quotes whole', () => {
    const body = 'Can you check the figures?\nFrom the looks of it, the totals are off.';
    expect(quoteStart(body)).toBe(body.length);
  });
});

describe('signatures are cut', () => {
  it.each([
    ['Please send it over.\n\nBest regards,\nTom Hale\nHead of Logistics\n+44 20 1234 5678', 'Best regards'],
    ['Stuur het maar door.\n\nMet vriendelijke groet,\nTom', 'Met vriendelijke groet'],
    ['Schick es bitte rüber.\n\nViele Grüße\nTom', 'Viele Grüße'],
    ['Prześlij to proszę.\n\nPozdrawiam,\nTomasz', 'Pozdrawiam'],
    ['Send det over.\n\nMed vennlig hilsen\nTom', 'Med vennlig hilsen'],
    ['Send it over.\n\n-- \nTom Hale', '-- '],
  ])('%#', (body, marker) => {
    expect(signatureStart(body)).toBe(body.indexOf(marker));
  });
});

describe('language of the new text', () => {
  it.each([
    ['en', 'Could you please send me the latest version of the contract before the meeting with the client?'],
    ['nl', 'Kun je me de laatste versie van het contract sturen voor het overleg met de klant?'],
    ['de', 'Kannst du mir bitte die neueste Version des Vertrags vor dem Termin mit dem Kunden schicken?'],
    ['pl', 'Czy możesz przesłać mi najnowszą wersję umowy przed spotkaniem z klientem?'],
    ['nb', 'Kan du sende meg den nyeste versjonen av kontrakten før møtet med kunden?'],
  ] as [Lang, string][])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it('falls back to the default for text too short to tell', () => {
    expect(detectLanguage('OK', 'de')).toBe('de');
    expect(detectLanguage('', 'pl')).toBe('pl');
  });
});

describe('round 15: abbreviations of articles and dotted ones keep a sentence whole', () => {
  const texts = (t: string) => sentencesOf(t, 0, t.length).map((s) => s.text);
  it('"art. 233 § 1 k.p.c. w zakresie …", "gemäß Abs. 3", "d.h. wir …" are one sentence each', () => {
    expect(
      texts(
        'Proszę przygotować projekt apelacji z zarzutem naruszenia art. 233 § 1 k.p.c. w zakresie oceny opinii. Projekt poproszę w środę.',
      ),
    ).toEqual([
      'Proszę przygotować projekt apelacji z zarzutem naruszenia art. 233 § 1 k.p.c. w zakresie oceny opinii.',
      'Projekt poproszę w środę.',
    ]);
    expect(texts('Bitte prüfe das gemäß Abs. 3 der Satzung, d.h. wir brauchen zwei Stimmen. Danke.')).toEqual([
      'Bitte prüfe das gemäß Abs. 3 der Satzung, d.h. wir brauchen zwei Stimmen.',
      'Danke.',
    ]);
  });
  it('contrast: a dotted abbreviation before a capital still ends the sentence', () => {
    expect(texts('Zarzut naruszenia art. 233 k.p.c. Projekt poproszę w środę.')).toEqual([
      'Zarzut naruszenia art. 233 k.p.c.',
      'Projekt poproszę w środę.',
    ]);
  });
});

describe('round 16: a German ordinal after its article keeps the sentence whole', () => {
  const texts = (t: string) => sentencesOf(t, 0, t.length).map((s) => s.text);
  it('"mit der 1. Klasse", "ab dem 3. Quartal", "im 2. Stock" are inside one sentence', () => {
    expect(
      texts('Wer hätte gedacht, dass wir das mit der 1. Klasse noch erleben? Ab dem 3. Quartal im 2. Stock.'),
    ).toEqual(['Wer hätte gedacht, dass wir das mit der 1. Klasse noch erleben?', 'Ab dem 3. Quartal im 2. Stock.']);
  });
  it('contrast: a number after a noun still ends the sentence ("in Raum 2. Kannst du …")', () => {
    expect(texts('Wir treffen uns in Raum 2. Kannst du kommen?')).toEqual([
      'Wir treffen uns in Raum 2.',
      'Kannst du kommen?',
    ]);
  });
});

describe('quotedAuthorLine: the line of a quoted message that names its writer', () => {
  it('reads the reply header, and an Outlook block by its From line (not its To line)', () => {
    expect(quotedAuthorLine('Am 16.09.2026 um 16:10 schrieb Eva Lund <eva@x.example>:\n> Hallo\n> Eva')).toBe(
      'Am 16.09.2026 um 16:10 schrieb Eva Lund <eva@x.example>:',
    );
    expect(
      quotedAuthorLine(
        '-----Ursprüngliche Nachricht-----\nVon: Tom Berg <tom@x.example>\nAn: Eva Lund <eva@x.example>\n',
      ),
    ).toBe('Von: Tom Berg <tom@x.example>');
    expect(quotedAuthorLine('\n-----Original Message-----\n\n')).toBe('');
  });
});

describe('hasBullet and withoutBullet read a line as BULLET does', () => {
  it.each([
    '- item',
    '  • item',
    '\u00a0* item',
    '2. Zadzwoń do dostawcy',
    '12) item',
    '123. not a number of a list',
    '-item',
    '– Lotte: the floor plans',
    '·  x',
    'Item',
    '',
    '   ',
    '3.5 tonnes',
    '\u2028- item',
    '\ufeff1. item',
  ])('%j', (text) => {
    expect(hasBullet(text)).toBe(BULLET.test(text));
    expect(withoutBullet(text)).toBe(text.replace(BULLET, ''));
  });
});
