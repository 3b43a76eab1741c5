// Which sentences are quoted as the ask: a second ask is quoted, while a need or reason that follows
// an ask, a line that opens a list, small talk and courtesy offers are not; and sentences that a
// date or an abbreviation in brackets does not end.
import { describe, expect, it } from 'vitest';
import { analyzeEmail, sentencesOf } from '../../utils/detect';
import { endsWithQuestion } from '../../utils/detect/text';
import type { Lang } from '../../utils/languages';
import { analyzeFromOla, SENT } from './detect-helpers';

/** The quoted sentences of a request email (none when it is no request). */
function quoted(body: string, lang: Lang): string[] {
  const a = analyzeFromOla(body, lang);
  return a.isRequest ? a.requestSpans.map((s) => s.text) : [];
}

/** Whether each wanted piece is in a quoted sentence and no unwanted piece is. */
function expectQuoted(body: string, lang: Lang, want: string[], not: string[] = []) {
  const spans = quoted(body, lang);
  for (const w of want)
    expect(
      spans.some((s) => s.includes(w)),
      `${w} in ${JSON.stringify(spans)}`,
    ).toBe(true);
  for (const n of not)
    expect(
      spans.some((s) => s.includes(n)),
      `${n} not in ${JSON.stringify(spans)}`,
    ).toBe(false);
}

/** Each language's greeting, for a one-line email in that language. */
const GREETING: Record<Lang, string> = {
  en: 'Hi Eva,',
  nl: 'Hoi Eva,',
  de: 'Hallo Eva,',
  pl: 'Cześć Ewa,',
  nb: 'Hei Eva,',
};

/** One email from Ola to Eva in `lang`: the language's greeting, `text`, the signature. */
function mailIn(lang: Lang, text: string) {
  return analyzeFromOla(`${GREETING[lang]}\n\n${text}\n\nOla`, lang);
}

describe('a second explicit ask after the clearest one is quoted too', () => {
  it.each([
    [
      'en',
      'Hi Eva,\n\nCould you send me the signed supplier contract by Friday?\n\nPlease bring the site plan and your notes from the inspection.\n\nOla',
      ['Could you send', 'Please bring'],
    ],
    [
      'nl',
      'Hoi Eva,\n\nKun je de offerte van Bakker vóór vrijdag nakijken? Zet je opmerkingen er dan meteen bij in de map.\n\nGroet,\nOla',
      ['Kun je', 'Zet je opmerkingen'],
    ],
  ] as [Lang, string, string[]][])('%s: %s', (lang, body, want) => {
    expectQuoted(body, lang, want);
  });
});

describe('a question opened with "also" or "by the way" after an ask is a further ask', () => {
  it.each([
    [
      'en',
      'Hi Eva,\n\nCould you send me the April rota by Friday? By the way, is the meeting room on the third floor free on Saturday?\n\nOla',
      ['Could you send', 'is the meeting room'],
    ],
    [
      'pl',
      'Cześć Ewa,\n\nczy możesz przesłać mi grafik dyżurów na kwiecień do piątku? Przy okazji: czy sala konferencyjna będzie wolna w sobotę?\n\nOla',
      ['czy możesz', 'czy sala'],
    ],
    [
      'nb',
      'Hei Eva,\n\nKan du sende meg vaktlisten for april innen fredag? Forresten: er møterommet i tredje etasje ledig på lørdag?\n\nOla',
      ['Kan du sende', 'er møterommet'],
    ],
    // "Daarnaast:" is a word that opens a point, not a colleague's name.
    [
      'nl',
      'Hoi Eva,\n\nKun je de offerte van Bakker nog een keer nakijken? Daarnaast: zou jij willen uitzoeken of de licentie ook voor de webversie geldt?\n\nGroet,\nOla',
      ['Kun je', 'zou jij willen'],
    ],
  ] as [Lang, string, string[]][])('%s: %s', (lang, body, want) => {
    expectQuoted(body, lang, want);
  });
});

describe('"I need to know whether…" asks like a question', () => {
  it.each([
    [
      'nb',
      'Hei Eva,\n\nHar du rukket å se på tilbudet fra Berg Bygg?\nJeg må vite om vi skal velge stål eller tre i bærekonstruksjonen før jeg sender saken videre.\n\nOla',
      ['Har du rukket', 'Jeg må vite om'],
    ],
    [
      'pl',
      'Cześć Ewa,\n\nzdążyłaś przejrzeć ofertę od firmy Budmax?\nMuszę wiedzieć, czy wybieramy stal czy drewno, zanim wyślę sprawę dalej.\n\nOla',
      ['Muszę wiedzieć'],
    ],
  ] as [Lang, string, string[]][])('%s: %s', (lang, body, want) => {
    expectQuoted(body, lang, want);
  });

  it('small talk after "by the way" is no further ask', () => {
    expectQuoted(
      'Hei Eva,\n\nKan du sende meg vaktlisten for april innen fredag? Forresten, hvordan var helgen?\n\nOla',
      'nb',
      ['Kan du sende'],
      ['hvordan var'],
    );
  });
});

describe('a need or reason after an explicit ask is not quoted', () => {
  it.each([
    [
      'en',
      'Hi Eva,\n\nCould you send me the updated price list for the northern depots? We will need them before the board meeting on Thursday, otherwise the forecast slips.\n\nOla',
      'Could you send',
      'We will need',
    ],
    [
      'de',
      'Hallo Eva,\n\nkannst du mir die aktualisierte Preisliste für die Lager im Norden schicken? Wir brauchen die Zahlen vor der Vorstandssitzung am Donnerstag, sonst verschiebt sich die Prognose.\n\nOla',
      'kannst du',
      'Wir brauchen',
    ],
    [
      'nb',
      'Hei Eva,\n\nKan du sende meg den oppdaterte prislisten for lagrene i nord? Styret trenger den før møtet på torsdag, ellers må vi utsette budsjettet.\n\nOla',
      'Kan du sende',
      'Styret trenger',
    ],
    [
      'pl',
      'Cześć Ewa,\n\nczy możesz przesłać mi zaktualizowany cennik dla magazynów na północy? Potrzebuję go przed czwartkowym spotkaniem zarządu, inaczej prognoza się przesunie.\n\nOla',
      'czy możesz',
      'Potrzebuję go',
    ],
  ] as [Lang, string, string, string][])('%s: %s', (lang, body, want, not) => {
    expectQuoted(body, lang, [want], [not]);
  });

  it.each([
    [
      'en',
      'Hi all,\n\nCould you confirm that you have read the new travel policy? All staff must also complete the fire safety module by Friday.\n\nOla',
      ['Could you confirm', 'All staff must'],
    ],
    [
      'nb',
      'Hei alle,\n\nKan dere bekrefte at dere har lest den nye reiseinstruksen? Alle ansatte må også fullføre brannkurset innen fredag.\n\nOla',
      ['Kan dere bekrefte', 'Alle ansatte må'],
    ],
    [
      'pl',
      'Cześć wszystkim,\n\nczy możecie potwierdzić, że zapoznaliście się z nowym regulaminem delegacji? Wszyscy pracownicy muszą też ukończyć szkolenie przeciwpożarowe do piątku.\n\nOla',
      ['czy możecie', 'Wszyscy pracownicy muszą'],
    ],
  ] as [Lang, string, string[]][])(
    '%s: still quotes a further duty of the reader or the group: %s',
    (lang, body, want) => {
      expectQuoted(body, lang, want);
    },
  );

  it('still quotes waiting for the reader, the ask of a reminder', () => {
    expectQuoted(
      'Cześć Ewa,\n\nprzypominam o raporcie z inwentaryzacji magazynu w Poznaniu. Czekam na niego do piątku.\n\nOla',
      'pl',
      ['przypominam', 'Czekam na niego'],
    );
  });
});

describe('the line that opens a list of asks is not quoted, its items are', () => {
  it.each([
    [
      'de',
      'Hallo Eva,\n\nzwei Sachen bräuchte ich noch von dir:\n- Kannst du die Rechnung von Müller prüfen?\n- Und schick mir bitte den Lageplan für die Halle 3.\n\nOla',
      ['Kannst du', 'schick mir'],
      'zwei Sachen',
    ],
    [
      'nb',
      'Hei Eva,\n\nTo ting jeg trenger fra deg før revisjonen:\n- Send meg kontoutskriftene for mars.\n- Kan du sjekke kassaboken for Bergen-kontoret?\n\nOla',
      ['Send meg', 'Kan du sjekke'],
      'To ting',
    ],
    [
      'en',
      'Hi Eva,\n\nTwo things I need from you before the audit:\n- Please send me the March bank statements.\n- Could you check the petty cash log for the Leeds office?\n\nOla',
      ['Please send', 'Could you check'],
      'Two things',
    ],
  ] as [Lang, string, string[], string][])('%s: %s', (lang, body, want, not) => {
    expectQuoted(body, lang, want, [not]);
  });

  it('keeps an opening line that asks itself', () => {
    expectQuoted(
      'Hi Eva,\n\nCould you send me the following by Friday:\n- Please add the March bank statements.\n- Please add the petty cash log.\n\nOla',
      'en',
      ['Could you send me the following'],
    );
  });
});

describe('courtesy offers, "nothing more to do" and small talk are not the ask', () => {
  it.each([
    [
      'nb',
      'Hei Eva,\n\nDet nye timeregistreringssystemet er klart fra mandag. Gi beskjed til meg hvis du har problemer med innloggingen.\n\nOla',
    ],
    [
      'pl',
      'Cześć Ewa,\n\nnowy system do rejestracji czasu pracy działa od poniedziałku. Gdybyś miała problemy z logowaniem, daj mi znać.\n\nOla',
    ],
    [
      'nb',
      'Hei Eva,\n\nTusen takk for hjelpen i går. Jeg har også skrevet avviksmeldingen, så det er ingenting mer dere trenger å gjøre.\n\nOla',
    ],
  ] as [Lang, string][])('%s: %s asks nothing', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it.each([
    [
      'nb',
      'Hei Eva,\n\nAlle må registrere timene sine i det nye systemet innen fredag. Gi beskjed til meg hvis du har problemer med innloggingen.\n\nOla',
      'Alle må',
      'Gi beskjed',
    ],
    [
      'nb',
      'Hei Eva,\n\nFikk du testet de nye skiene i helgen, eller ble det for mye regn?\n\nKan du sende meg reiseregningen fra Tromsø-turen innen fredag?\n\nOla',
      'Kan du sende',
      'Fikk du',
    ],
    [
      'pl',
      'Cześć Ewa,\n\nudało Ci się pojeździć na nartach w weekend?\n\nCzy możesz przesłać mi rozliczenie delegacji do piątku?\n\nOla',
      'Czy możesz',
      'udało',
    ],
  ] as [Lang, string, string, string][])('%s: %s', (lang, body, want, not) => {
    expectQuoted(body, lang, [want], [not]);
  });
});

describe('a question the sender answers at once, and "nothing for you to prepare" (pl, nb)', () => {
  it.each([
    [
      'pl',
      'Cześć wszystkim,\n\nzamknęliśmy inwentaryzację w magazynie w Kutnie. Czy warto było przesunąć ją na styczeń? Moim zdaniem tak: liczyliśmy o połowę krócej niż rok temu.\n\nOla',
    ],
    [
      'nb',
      'Hei alle,\n\nVi har avsluttet varetellingen på lageret i Drammen. Var det lurt å flytte den til januar? Etter min mening ja: vi brukte halvparten så lang tid som i fjor.\n\nOla',
    ],
    [
      'pl',
      'Cześć Ewa,\n\nraport kwartalny jest już u zarządu, a liczby z Kutna zgadzają się z systemem. Potrzebuję jeszcze podpisu prezesa na aneksie. Z Twojej strony nic nie trzeba przygotowywać.\n\nOla',
    ],
  ] as [Lang, string][])('%s: %s asks nothing', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it('an explicit ask beside "nothing more to prepare" still counts', () => {
    expectQuoted(
      'Cześć Ewa,\n\nraport kwartalny jest już u zarządu i wszystko się zgadza. Czy mógłbyś sprawdzić jeszcze dane z Kutna? Z Twojej strony nic więcej nie trzeba przygotowywać.\n\nOla',
      'pl',
      ['Czy mógłbyś'],
    );
  });
});

describe('asks the Polish and Bokmål cues used to miss', () => {
  it.each([
    // The sender's plan first, then the ask to the reader in the same sentence.
    [
      'nb',
      'Hei Eva,\n\nVi skal trykke den nye brosjyren for vinterprogrammet, og jeg hadde satt pris på om du kunne lese korrektur på prisene.\n\nOla',
      'jeg hadde satt pris på',
    ],
    // A need in the conditional ("we would need").
    [
      'pl',
      'Dzień dobry,\n\nmontaż dźwigu planujemy na 12 maja. Od Pana potrzebowalibyśmy natomiast nazwiska osoby, która odbierze prace ze strony inwestora.\n\nOla',
      'potrzebowalibyśmy',
    ],
    [
      'pl',
      'Cześć Ewa,\n\ndzięki za informację. W takim razie proszę, żebyś jutro do 10:00 przesłała mi listę dostawców, którzy nie potwierdzili terminów.\n\nOla',
      'proszę, żebyś',
    ],
  ] as [Lang, string, string][])('%s: %s', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });
});

describe('sentence ends', () => {
  const texts = (t: string) => sentencesOf(t, 0, t.length).map((s) => s.text);

  it('a face is no bracket', () => {
    expect(texts('We lost the bid :( Can you call me. Thanks.')).toEqual([
      'We lost the bid :( Can you call me.',
      'Thanks.',
    ]);
  });

  it('a date before a lower-case word does not end the sentence', () => {
    expect(texts('Der Online-Teil ist bis 15.12. abzuschließen, der Rest folgt. Danke!')).toEqual([
      'Der Online-Teil ist bis 15.12. abzuschließen, der Rest folgt.',
      'Danke!',
    ]);
  });

  it('an abbreviation inside brackets does not end the sentence', () => {
    expect(texts('Für die Revision (Carex sect. Phacocystis) bitten wir um die Belege. Vielen Dank.')).toEqual([
      'Für die Revision (Carex sect. Phacocystis) bitten wir um die Belege.',
      'Vielen Dank.',
    ]);
  });

  it('a full stop after a number still ends a sentence before a capital', () => {
    expect(texts('Wir sind im Raum 112. Bitte komm vorbei.')).toEqual(['Wir sind im Raum 112.', 'Bitte komm vorbei.']);
    expect(texts('The fire drill is on Tuesday at 10. Everyone must use the east stairs.')).toEqual([
      'The fire drill is on Tuesday at 10.',
      'Everyone must use the east stairs.',
    ]);
    expect(texts('Møtet er 4. januar kl. 10. Kan du komme?')).toEqual(['Møtet er 4. januar kl. 10.', 'Kan du komme?']);
  });

  it('the number of a list item does not end a sentence', () => {
    expect(texts('Ergebnisse:\n3. Die Fläche muss vorher geschottert werden.')).toEqual([
      'Ergebnisse:',
      '3. Die Fläche muss vorher geschottert werden.',
    ]);
  });

  it('an ordinal before a month name does not end the sentence', () => {
    expect(texts('Wir treffen uns am 4. Januar im Büro. Bitte komm.')).toEqual([
      'Wir treffen uns am 4. Januar im Büro.',
      'Bitte komm.',
    ]);
  });
});

describe('what a third party wants after the ask is its reason, not an ask (round 5)', () => {
  it.each([
    [
      'nl',
      'Hoi Eva,\n\nKun je vóór vrijdag de productfiche vertalen? Onze importeur in Gent wil de tekst graag ruim voor de vakbeurs hebben.\n\nOla',
      'Kun je',
      'Onze importeur',
    ],
    [
      'en',
      'Hi Eva,\n\nCould you draft the case study by Friday? Their marketing team would like it before the summer campaign.\n\nOla',
      'Could you draft',
      'Their marketing team',
    ],
    [
      'de',
      'Hallo Eva,\n\nkannst du bitte bis Freitag die Produktbeschreibung übersetzen? Unser Händler in Wien möchte den Text vor der Messe haben.\n\nOla',
      'kannst du',
      'Unser Händler',
    ],
  ] as [Lang, string, string, string][])('%s: %s', (lang, body, want, not) => {
    expectQuoted(body, lang, [want], [not]);
  });
});

describe('weak asks around a clearer one are context (round 6)', () => {
  it.each([
    [
      'en',
      'Hi all,\n\nAs agreed at the committee meeting, all volunteers must complete the first-aid refresher before 30 April. From May the rota will not list anyone who has not done it, so please do not leave it to the last weekend!\n\nOla',
      'all volunteers must',
      'From May the rota',
    ],
    [
      'de',
      'Hallo zusammen,\n\nalle Beschäftigten müssen die Brandschutzunterweisung bis Ende März abgeschlossen haben. Die Zeit dafür könnt ihr als Arbeitszeit buchen.\n\nOla',
      'alle Beschäftigten müssen',
      'Die Zeit dafür',
    ],
  ] as [Lang, string, string, string][])(
    '%s: after a duty put on a group, a weak imperative says how to comply',
    (lang, body, want, not) => {
      expectQuoted(body, lang, [want], [not]);
    },
  );
  it.each([
    [
      'nl',
      'Hoi Eva,\n\nDe verbouwing van de kantine begint in november. Ik wil de huurders graag op tijd een brief sturen. Ik hoor graag eind van de week van je welke twee weken jouw team het beste uitkomen.\n\nOla',
      'Ik hoor graag',
      'Ik wil de huurders',
    ],
  ] as [Lang, string, string, string][])(
    '%s: a weak line between the opening and the ask is not quoted',
    (lang, body, want, not) => {
      expectQuoted(body, lang, [want], [not]);
    },
  );
});

describe('context beside the ask (round 10, en and nl)', () => {
  it.each([
    [
      'en',
      "Hi Eva,\n\nCould you look into the unpaid examiner fees today? If it's stuck in finance, let me know who I need to talk to.\n\nOla",
      'Could you look',
      "If it's stuck",
    ],
    [
      'nl',
      'Hoi Eva,\n\nKun je zorgen dat de pallets vóór 15.00 uur klaarstaan? Laat even weten als het met de bezetting krap wordt.\n\nOla',
      'Kun je zorgen',
      'Laat even weten',
    ],
    [
      'nl',
      'Hoi Eva,\n\nKun je twee vervangers regelen voor de vroege diensten? Bel me als het niet lukt, dan schrappen we ritten.\n\nOla',
      'Kun je twee',
      'Bel me',
    ],
  ] as [Lang, string, string, string][])(
    '%s: when to get back to the sender is no further ask',
    (lang, body, want, not) => {
      expectQuoted(body, lang, [want], [not]);
    },
  );
  it.each([
    [
      'en',
      'Hi Eva,\n\nCould you check the returned lots today? If any of them came back damaged, list them for me.\n\nOla',
      ['Could you check', 'list them for me'],
    ],
    ['nl', 'Hoi Eva,\n\nKun je donderdag de zaal klaarzetten? Laat me weten als je kunt.\n\nOla', ['Kun je donderdag']],
  ] as [Lang, string, string[]][])('%s: contrast: a task after a condition is still quoted', (lang, body, want) => {
    expectQuoted(body, lang, want);
  });
  it('a need led by its purpose is the reason for the ask after it, even when it names the reader', () => {
    expectQuoted(
      'Dear Eva,\n\nThank you for joining the pilot. To get you set up we need a baseline from your herd.\n\nCould you complete the attached form and return it to me by 12/05?\n\nOla',
      'en',
      ['Could you complete'],
      ['To get you set up'],
    );
    // Contrast: a need of the reader's part without a purpose stays an ask of its own.
    expectQuoted(
      'Dear Eva,\n\nWe need your signature on the lease. Could you also send me the meter readings?\n\nOla',
      'en',
      ['We need your signature', 'Could you also send'],
    );
  });
  it.each([
    [
      'nl',
      'Hoi Eva,\n\nKun je mij uiterlijk 5 juni je bestelvoorstel sturen? Neem de verkoopcijfers van vorig voorjaar als basis.\n\nOla',
      'Kun je mij',
      'Neem de verkoopcijfers',
    ],
    [
      'en',
      "Hi Eva,\n\nCould you draft next year's budget by Friday? Please use last year's actuals as a starting point.\n\nOla",
      'Could you draft',
      "Please use last year's",
    ],
  ] as [Lang, string, string, string][])('%s: how to go about the ask is no further ask', (lang, body, want, not) => {
    expectQuoted(body, lang, [want], [not]);
  });
  it.each([
    [
      'nl',
      'Hoi Eva,\n\nKun je mij uiterlijk 5 juni je bestelvoorstel sturen? Neem ook de zaaizaden mee.\n\nOla',
      'Neem ook',
    ],
    [
      'en',
      "Hi Eva,\n\nCould you draft next year's budget by Friday? Please also add a line for the new van.\n\nOla",
      'Please also add',
    ],
  ] as [Lang, string, string][])('%s: contrast: a further imperative is a second ask', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });
});

describe('round 13: wishes put as a condition, nouns made of verbs, list leads, contact offers', () => {
  it.each([
    [
      'en',
      'Hi Eva,\n\nCould you file the copy by Wednesday? If you can suggest two photo ideas at the same time, even better.\n\nOla',
      'If you can suggest',
    ],
    [
      'nl',
      "Hoi Eva,\n\nKun je de cijfers vóór vrijdag sturen? Als je ook twee foto's kunt meesturen, is dat helemaal mooi.\n\nOla",
      'Als je ook',
    ],
    [
      'de',
      'Hallo Eva,\n\nkannst du mir die Zahlen bis Freitag schicken? Wenn du noch zwei Fotos mitschicken könntest, wäre das super.\n\nOla',
      'Wenn du noch',
    ],
    [
      'pl',
      'Cześć Ewa,\n\nczy możesz przesłać liczby do piątku? Jeśli dorzucisz jeszcze dwa zdjęcia, byłoby super.\n\nOla',
      'Jeśli dorzucisz',
    ],
    [
      'nb',
      'Hei Eva,\n\nKan du sende tallene innen fredag? Hvis du kan legge ved to bilder også, er det enda bedre.\n\nOla',
      'Hvis du kan legge',
    ],
  ] as [Lang, string, string][])('%s: "if you could also …, even better" is a further ask', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });
  it.each([
    [
      'en',
      "Hi Eva,\n\nCould you file the copy by Wednesday? If you want to add photos, that's fine.\n\nOla",
      'If you want',
    ],
    [
      'nl',
      'Hoi Eva,\n\nKun je de cijfers vóór vrijdag sturen? Als je vragen hebt, is dat prima.\n\nOla',
      'Als je vragen',
    ],
    [
      'de',
      'Hallo Eva,\n\nkannst du mir die Zahlen bis Freitag schicken? Wenn du lieber telefonieren willst, ist das auch super.\n\nOla',
      'Wenn du lieber',
    ],
  ] as [Lang, string, string][])(
    '%s: contrast: a permission or an offer put the same way is none',
    (lang, body, not) => {
      expectQuoted(body, lang, [], [not]);
    },
  );
  it('"Sign-off goes to Ruth on Friday" is a noun, not the imperative "sign"', () => {
    const body =
      'Hi all,\n\n- Marcus – please finalise the segment list.\n- Eva – could you draft the donor letter by Thursday 2pm? Sign-off goes to Ruth on Friday.\n\nOla';
    expectQuoted(body, 'en', ['could you draft'], ['Sign-off goes']);
    // Contrast: the imperative itself.
    expectQuoted('Hi Eva,\n\nCould you draft the donor letter? Sign it off with Ruth on Friday.\n\nOla', 'en', [
      'Sign it off',
    ]);
  });
  it('a line that opens a list of news with an ask at its end is not quoted', () => {
    const body =
      'Morning Eva,\n\nQuick round-up before I head out:\n- Winter barley is all in.\n- The new sensors are live.\n- Oh, and could you get the dryer engineer booked in?\n\nOla';
    expectQuoted(body, 'en', ['could you get the dryer'], ['Quick round-up']);
  });
  it.each([
    [
      'en',
      "Hi Eva,\n\nCould you let the tenant in at 10? Ring me on 07700 914 226 if there's a problem.\n\nOla",
      'Could you let',
      'Ring me on',
    ],
    [
      'nb',
      'Hei Eva,\n\nKan du sette opp vaktlisten for kiosken? Gi et rop om noe er uklart.\n\nOla',
      'Kan du sette',
      'Gi et rop',
    ],
  ] as [Lang, string, string, string][])(
    '%s: an offer to be called if there is trouble is no ask',
    (lang, body, want, not) => {
      expectQuoted(body, lang, [want], [not]);
    },
  );
  it('contrast: "give a shout which shifts you want" asks', () => {
    expectQuoted('Hei Eva,\n\nGi et rop om hvilke vakter du vil ha innen fredag.\n\nOla', 'nb', ['Gi et rop']);
  });
});

describe('round 13: reminders that let the reader off, reassurance, where to get help, time granted', () => {
  it.each([
    [
      'en',
      'Hi Eva,\n\nCould you return the forms? If you raised everything online, please ignore this.\n\nOla',
      'Could you return',
      'please ignore this',
    ],
    [
      'nl',
      'Hoi Eva,\n\nKun je de formulieren terugsturen? Als je alles al online hebt ingediend, kun je deze mail negeren.\n\nOla',
      'Kun je de formulieren',
      'deze mail negeren',
    ],
    [
      'nb',
      'Hei Eva,\n\nSøk om attest og lever den til meg før utgangen av måneden. Har du allerede levert, kan du se bort fra denne e-posten.\n\nOla',
      'Søk om attest',
      'se bort fra',
    ],
    [
      'en',
      "Hi Eva,\n\nCan you take the late shift? I know it falls over the holidays, so please don't feel you have to say yes.\n\nOla",
      'Can you take',
      "don't feel",
    ],
    [
      'de',
      'Hallo Eva,\n\nkannst du die Spätschicht nehmen? Fühl dich aber bitte nicht verpflichtet.\n\nOla',
      'kannst du die',
      'nicht verpflichtet',
    ],
    [
      'en',
      'Hi Eva,\n\nCan you cover the desk on Friday? Give Tom a shout if you get stuck.\n\nOla',
      'Can you cover',
      'Give Tom',
    ],
    [
      'de',
      'Hallo Eva,\n\nkannst du die Schicht übernehmen? Frag Jana, wenn du nicht weiterkommst.\n\nOla',
      'kannst du die',
      'Frag Jana',
    ],
    [
      'nb',
      'Hei Eva,\n\nKan du ta nattevakten? Ta kontakt med Siri på sengepost 2 hvis du står fast.\n\nOla',
      'Kan du ta',
      'Ta kontakt',
    ],
    [
      'nb',
      'Hei Eva,\n\nBare en liten påminnelse om timelistene for mars. Kan du levere dem innen fredag?\n\nOla',
      'Kan du levere',
      'påminnelse',
    ],
    [
      'nb',
      'Hei Eva,\n\nLever attesten innen fredag. Uten godkjent attest kan dere dessverre ikke stå på benken.\n\nOla',
      'Lever attesten',
      'Uten godkjent',
    ],
  ] as [Lang, string, string, string][])('%s: only the ask is quoted: %s', (lang, body, want, not) => {
    expectQuoted(body, lang, [want], [not]);
  });
  it.each([
    [
      'en',
      'Hi Eva,\n\nCould you return the forms? Please ignore the old template, it has the wrong logo.\n\nOla',
      'Please ignore the old',
    ],
    ['en', 'Hi Eva,\n\nCan you cover the desk on Friday? Give Tom a call about the keys.\n\nOla', 'Give Tom a call'],
    [
      'nb',
      'Hei Eva,\n\nEn liten påminnelse om rutinen: Etter hver vask skal temperaturen føres i skjemaet.\n\nOla',
      'Etter hver vask',
    ],
    ['nb', 'Hei Eva,\n\nKan du ikke bare sende den i dag?\n\nOla', 'Kan du ikke'],
  ] as [Lang, string, string][])('%s: contrast: a like line that does ask is quoted: %s', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });
  it.each([
    [
      'en',
      "Hi Eva,\n\nThanks for collecting for the hospice. You've got until Monday to drop the forms in at reception.\n\nOla",
      "You've got until Monday",
    ],
    ['nl', 'Hoi Eva,\n\nJe hebt tot maandag om de formulieren in te leveren.\n\nOla', 'Je hebt tot maandag'],
    ['de', 'Hallo Eva,\n\ndu hast noch bis Montag Zeit, die Formulare abzugeben.\n\nOla', 'du hast noch bis Montag'],
    ['pl', 'Cześć Ewa,\n\nmasz czas do poniedziałku, żeby oddać formularze.\n\nOla', 'masz czas do poniedziałku'],
    ['nb', 'Hei Eva,\n\nDu har frist til mandag med å levere skjemaene.\n\nOla', 'Du har frist til mandag'],
    ['pl', 'Cześć Ewa,\n\nwziąłbyś za mnie sobotnią zmianę na kuchni (14–23)?\n\nOla', 'wziąłbyś'],
  ] as [Lang, string, string][])(
    '%s: a time granted for a duty, a question in the conditional, ask: %s',
    (lang, body, want) => {
      expectQuoted(body, lang, [want]);
    },
  );
  it.each([
    ['en', "Hi Eva,\n\nYou've got until Monday, so no rush at all.\n\nOla"],
    ['pl', 'Cześć Ewa,\n\nkto by pomyślał, że zdążymy przed świętami.\n\nOla'],
  ] as [Lang, string][])('%s: contrast: time with no duty, a rhetorical line: %s', (lang, body) => {
    expect(quoted(body, lang)).toEqual([]);
  });
});

describe('round 15: a reminder put as a verb above the ask is not quoted', () => {
  it.each([
    [
      'pl',
      'Szanowni Państwo,\n\nprzypominam, że nasza jesienna konferencja odbędzie się 22–23 października w Collegium Maius. Proszę Państwa o przesłanie abstraktów do 15.09.\n\nOla',
      'Proszę Państwa o przesłanie abstraktów do 15.09.',
      'konferencja',
    ],
    [
      'de',
      'Hallo Eva,\n\nich erinnere daran, dass das Audit am 12. Mai stattfindet. Bitte schick mir die Prüfliste bis Freitag.\n\nOla',
      'Bitte schick mir die Prüfliste bis Freitag.',
      'Audit',
    ],
    [
      'en',
      'Hi Eva,\n\nJust to remind you that the audit is on 12 May. Could you send me the checklist by Friday?\n\nOla',
      'Could you send me the checklist by Friday?',
      'audit',
    ],
  ] as [Lang, string, string, string][])('%s: %#', (lang, body, want, not) => {
    expectQuoted(body, lang, [want], [not]);
  });
  it('contrast: a reminder of a duty with no other ask is the ask', () => {
    expect(
      quoted('Hallo Eva,\n\nich erinnere dich daran, dass du die Prüfliste bis Freitag abgeben musst.\n\nOla', 'de'),
    ).toHaveLength(1);
  });
});

describe('round 16: an offer to be reached should something be unclear asks nothing', () => {
  it.each([
    ['en', 'Hi Eva,\n\nCould you check the rota by Friday?\n\nCall me on 07700 900123 if anything is unclear.\n\nOla'],
    ['en', "Hi Eva,\n\nPlease send me the invoices by Friday.\n\nDrop me a line if anything's unclear.\n\nOla"],
    ['nl', 'Hoi Eva,\n\nWil je vóór vrijdag de VOG controleren?\n\nVragen? Bel of app me gerust.\n\nGroet,\nOla'],
    [
      'nl',
      'Hoi Eva,\n\nKun je het rooster vóór vrijdag nakijken?\n\nNeem contact met me op als iets niet duidelijk is.\n\nOla',
    ],
    [
      'de',
      'Hallo Eva,\n\nKannst du bis Freitag den Dienstplan prüfen?\n\nMelde dich bei mir, falls etwas unklar ist.\n\nGruß\nOla',
    ],
    [
      'nb',
      'Hei Eva,\n\nKan du sjekke vaktlisten innen fredag?\n\nRing meg på 916 22 304 hvis noe er uklart.\n\nHilsen\nOla',
    ],
    ['nb', 'Hei Eva,\n\nKan du fylle ut skjemaet innen fredag?\n\nTa kontakt med meg om noe er uklart.\n\nHilsen\nOla'],
  ] as [Lang, string][])('%s: the ask is quoted, the offer is not', (lang, body) => {
    const offer = body.split('\n\n')[2]!.replace(/^Vragen\? /, '');
    expectQuoted(body, lang, [body.split('\n\n')[1]!], [offer]);
  });

  it.each([
    [
      'en',
      'Hi Eva,\n\nThe new rota is on the shared drive.\n\nGive me a ring on 0161 555 0199 if anything is unclear.\n\nOla',
    ],
    [
      'nl',
      'Hoi Eva,\n\nHet nieuwe rooster staat op de schijf.\n\nBel me op 06-12345678 als er iets onduidelijk is.\n\nOla',
    ],
    [
      'de',
      'Hallo Eva,\n\nDer neue Dienstplan liegt im Laufwerk.\n\nSchreib mir kurz, wenn du Hilfe brauchst.\n\nGruß\nOla',
    ],
    [
      'nb',
      'Hei Eva,\n\nDen nye vaktlisten ligger på disken.\n\nSend meg en melding på Teams hvis du står fast.\n\nHilsen\nOla',
    ],
  ] as [Lang, string][])('%s: an update with the offer alone is no request', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it.each([
    // Someone else to call, or a condition that is no question or doubt: a task.
    ['en', 'Hi Eva,\n\nCall the supplier if anything is missing from the delivery.\n\nOla', 'Call the supplier'],
    ['en', 'Hi Eva,\n\nCall me if the van is late, and please send me the list.\n\nOla', 'please send me the list'],
    ['nb', 'Hei Eva,\n\nSend meg en oppdatering om problemene med leveransen innen fredag.\n\nHilsen\nOla', 'Send meg'],
  ] as [Lang, string, string][])('%s: still an ask: %s', (lang, body, ask) => {
    expectQuoted(body, lang, [ask]);
  });
});

describe('round 16: "Questions?", a need denied, a German ordinal', () => {
  it.each([
    ['en', 'Hi all,\n\nThe new rota starts on Monday.\n\nQuestions? Call me.\n\nOla'],
    ['en', 'Hi all,\n\nThe new rota starts on Monday.\n\nAny questions about the rota?\n\nOla'],
    ['nl', "Beste collega's,\n\nDe planning hangt in de bouwkeet.\n\nVragen over de planning? Bel me gerust.\n\nOla"],
    ['nl', "Beste collega's,\n\nDe testomgeving is ingericht.\n\nNog vragen? Laat het gerust weten.\n\nOla"],
    ['de', 'Liebe Kolleginnen und Kollegen,\n\nab dem 1. August gilt die neue Richtlinie.\n\nNoch Fragen?\n\nOla'],
    ['nl', "Beste collega's,\n\nDe go-live is op 6 december. Op dit moment heb ik niets van jullie nodig.\n\nOla"],
    [
      'pl',
      'Dzień dobry,\n\nUruchomienie pozostaje bez zmian. Na ten moment nie potrzebuję od Komitetu żadnych decyzji.\n\nOla',
    ],
    [
      'nb',
      'Hei alle,\n\nOppstarten er fortsatt 1. september. Foreløpig trenger jeg ingen beslutninger fra styret.\n\nOla',
    ],
    [
      'de',
      'Liebe Kolleginnen und Kollegen,\n\nBahnfahrten ab 300 km dürfen in der 1. Klasse gebucht werden.\n\nWer hätte gedacht, dass wir das mit der 1. Klasse noch erleben? ;-)\n\nOla',
    ],
  ] as [Lang, string][])('%s: no request: %s', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it.each([
    // A real ask after "Questions?", a need with its "but", a sentence after a number that ends it.
    ['en', 'Hi Eva,\n\nAny questions? Please send them to me by Friday.\n\nOla', 'Please send them'],
    ['nl', 'Hoi Eva,\n\nIk heb niets meer nodig, maar kun je de sleutel nog terugbrengen?\n\nOla', 'kun je de sleutel'],
    ['de', 'Hallo Eva,\n\nWir treffen uns in Raum 2. Kannst du den Beamer mitbringen?\n\nOla', 'Kannst du den Beamer'],
  ] as [Lang, string, string][])('%s: still an ask: %s', (lang, body, ask) => {
    expectQuoted(body, lang, [ask]);
  });
});

describe('round 16: who is greeted and turned to', () => {
  it('a second greeting line greets the reader in cc ("Sehr geehrte Damen und Herren,\\nliebe Frau Lund,")', () => {
    const a = analyzeFromOla(
      'Sehr geehrte Damen und Herren,\nliebe Frau Lund,\n\nanbei der Vorentwurf.\n\nIch bitte um Ihre Stellungnahme innerhalb von zehn Tagen.\n\nOla',
      'de',
      { to: ['umweltamt@stadt.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('innerhalb von zehn Tagen');
  });
  it('contrast: "Sehr geehrte Damen und Herren" alone leaves the reader in cc a copy', () => {
    const a = analyzeFromOla(
      'Sehr geehrte Damen und Herren,\n\nbitte bestätigen Sie uns bis morgen die Abholung.\n\nFrau Lund erhält diese Mail zur Kenntnis.\n\nOla',
      'de',
      { to: ['dispo@spedition.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });
  it('on a mail to a list, "Øyvind, kan du …" is for Øyvind, not for Eva', () => {
    const a = analyzeFromOla(
      'Hei alle,\n\nDen nye sentrifugen er installert.\n\nØyvind, kan du bestille nye pipettespisser?\n\nOla',
      'nb',
      { to: ['lab-team@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });
  it('contrast: "Przypominam, że wszyscy kierowcy muszą …" to a list is no name, the duty is the reader\'s', () => {
    const a = analyzeFromOla(
      'Szanowni Państwo,\n\nPrzypominam, że wszyscy kierowcy muszą do 4 grudnia potwierdzić zapoznanie się z regulaminem.\n\nOla',
      'pl',
      { to: ['kierowcy@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
  });
  it('"Ik heb je vraag niet vergeten" is the sender\'s news, not a reminder', () => {
    expect(
      analyzeFromOla(
        'Hoi Eva,\n\nIk heb je vraag van vorige week niet vergeten hoor. Ik stuur je vrijdag het overzicht.\n\nOla',
        'nl',
      ).isRequest,
    ).toBe(false);
  });
  it('contrast: "Niet vergeten: uren invullen vóór vrijdag" reminds the reader', () => {
    expect(analyzeFromOla('Hoi Eva,\n\nNiet vergeten: uren invullen vóór vrijdag.\n\nOla', 'nl').isRequest).toBe(true);
  });
  it('"Dasz radę rzucić okiem …?" asks the reader', () => {
    expectQuoted(
      'Szymon,\n\nprzekazuję zapytanie od klienta. Dasz radę rzucić okiem i oszacować to choćby w widełkach?\n\nN.',
      'pl',
      ['Dasz radę'],
    );
  });
});

describe('round 17: what asks nothing, who is turned to, a wish with "that is enough"', () => {
  it.each([
    [
      'de',
      'Hallo Eva,\n\nDie Begehung ist für Mitte April angekündigt, deshalb bitte ich um Verständnis, dass wir keine Fristverlängerungen geben können.\n\nOla',
    ],
    [
      'pl',
      'Dzień dobry,\n\nW przyszłym tygodniu remontujemy wejście. Prosimy o wyrozumiałość w związku z utrudnieniami.\n\nOla',
    ],
    ['nb', 'Hei Eva,\n\nVi har mange saker nå. Vi ber om forståelse for at ventetiden blir lengre denne uken.\n\nOla'],
    ['en', "Hi Eva,\n\nApproved - I've put it in the system, so you should see it in Workday by tomorrow.\n\nOla"],
    ['pl', 'Ewa,\n\nZatwierdziłem wniosek. Powinnaś to zobaczyć w systemie do jutra.\n\nOla'],
    ['nb', 'Hei Eva,\n\nSøknaden er godkjent. Du bør se det i Workday innen i morgen.\n\nOla'],
  ] as [Lang, string][])('%s: no request: %s', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });
  it('contrast: "You should get the form signed by Friday" is still an ask', () => {
    expect(analyzeFromOla('Hi Eva,\n\nYou should get the form signed by Friday.\n\nOla', 'en').isRequest).toBe(true);
  });
  it('"Keine Eile – wenn du mir die Folien bis nächste Woche schicken könntest, reicht das völlig" asks', () => {
    const a = analyzeFromOla(
      'Moin Eva,\n\ndanke fürs Einspringen. Keine Eile – wenn du mir die Folien bis nächste Woche schicken könntest, reicht das völlig.\n\nOla',
      'de',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('bis nächste Woche');
  });
  it('the reader in cc turned to as "Eva (in cc): …" is asked the question after it', () => {
    const a = analyzeFromOla(
      'Hoi Dennis,\n\nDe klacht is terecht.\n\nEva (in cc): de klant wil de creditnota binnen twee dagen ontvangen. Kun jij die opmaken?\n\nOla',
      'nl',
      { to: ['dennis.prins@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
  });
  it('contrast: "Eva staat ter info in de cc" leaves her a copy', () => {
    const a = analyzeFromOla(
      'Hoi Dennis,\n\nKun jij de creditnota opmaken?\n\nEva staat ter info in de cc.\n\nOla',
      'nl',
      { to: ['dennis.prins@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });
});

describe('round 17: whether the reader got some rest is small talk', () => {
  it.each([
    ['en', 'Hi Eva,\n\nDid you manage to relax a bit in Crete? The new rota is on the drive.\n\nOla'],
    ['nl', 'Hoi Eva,\n\nHeb je een beetje kunnen bijkomen op Kreta? Het nieuwe rooster staat op de schijf.\n\nOla'],
    ['de', 'Hallo Eva,\n\nKonntest du dich auf Kreta ein bisschen erholen? Der neue Plan liegt im Laufwerk.\n\nOla'],
    ['nb', 'Hei Eva,\n\nHar du fått hvilt deg litt? Den nye vaktlisten ligger på disken.\n\nOla'],
  ] as [Lang, string][])('%s: no request', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });
  it('contrast: "Could you rest the ladder against the wall when you\'re done?" asks', () => {
    expect(
      analyzeFromOla("Hi Eva,\n\nCould you rest the ladder against the wall when you're done?\n\nOla", 'en').isRequest,
    ).toBe(true);
  });
});

describe('round 17: a greeting word with the message right after it, reports and hand-overs', () => {
  it.each([
    ['en', 'hey can u send me the gravity readings from FV4 before 2pm, the HMRC guy is in at half 2\n\nta\nm'],
    ['pl', 'hej mozesz wrzucic ten hotfix na proda dzis przed 15? klient czeka od rana\nw'],
    ['nb', 'Mette\n\nTrenger oppdatert vaktliste for påsken så snart som mulig – vi har tre sykmeldte.\n\nRune'],
    [
      'nb',
      'Sak 26-104532\n\nRetten ber om at partene innen 10 dager gir tilbakemelding på om de samtykker til rettsmekling.\n\nLinn Bakke',
    ],
  ] as [Lang, string][])('%s: an ask', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(true);
  });
  it.each([
    ['en', "Morning Eva – all done, it's in the blue folder on your desk.\n\nOla"],
    ['en', "Hi all,\n\nDraft minutes from last night's meeting below.\n\nOla"],
    ['nl', 'Beste leden,\n\nHierbij de korte notulen van de vergadering van vanavond.\n\nOla'],
    [
      'nl',
      "Hoi Eva,\n\nDe jaarrekening is bijna rond. Verder verwerk ik volgende week de laatste creditnota's van de leden.\n\nOla",
    ],
    ['pl', 'Cześć Ewa,\n\nJakbyś miał jakiekolwiek pytania przed startem, daj znać – chętnie pomogę.\n\nOla'],
  ] as [Lang, string][])('%s: no request: %s', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });
  it('contrast: "Hi Tom and Anna, could you …" still greets Tom and Anna', () => {
    expect(
      analyzeFromOla('Hi Eva and Anna, could you send me the rota by Friday?\n\nOla', 'en', {
        to: ['eva.lund@firma.example', 'anna.berg@firma.example'],
      }).isRequest,
    ).toBe(true);
  });
  it('contrast: "Verder stuur je mij …" is an ask', () => {
    expect(analyzeFromOla('Hoi Eva,\n\nVerder stuur je mij vóór vrijdag de creditnota’s.\n\nOla', 'nl').isRequest).toBe(
      true,
    );
  });
});

describe('round 18: a wish that the reader acts, a need from the reader, a softened wish', () => {
  it.each([
    [
      'de',
      'Hallo zusammen,\n\nIch würde mir wünschen, dass ihr den Leitfaden bis nächste Woche einmal komplett durchlest.\n\nOla',
      'bis nächste Woche',
    ],
    ['pl', 'Cześć Ewa,\n\nChciałabym, żebyś do jutra przejrzał raport z walidacji.\n\nOla', 'do jutra'],
    ['nl', 'Hoi allemaal,\n\nIk wil dat jullie de lijst vóór vrijdag invullen.\n\nOla', 'vóór vrijdag'],
    ['nb', 'Hei alle,\n\nJeg ønsker at dere leser gjennom veilederen innen fredag.\n\nOla', 'innen fredag'],
    ['de', 'servus\n\nbrauch von dir bis morgen noch die freigabe für die bewehrungspläne\n\nOla', 'bis morgen'],
    [
      'pl',
      'Karolinko,\n\nnie pali się, ale gdybyś mogła do końca miesiąca zaktualizować listę alergii, byłoby super.\n\nOla',
      'do końca miesiąca',
    ],
  ] as [Lang, string, string][])('%s: an ask due %s', (lang, body, dueText) => {
    const a = analyzeFromOla(body, lang);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe(dueText);
  });
  it.each([
    ['nl', 'Hoi Eva,\n\nIk wil dat je weet dat we achter je staan.\n\nOla'],
    ['de', 'Hallo Eva,\n\nIch möchte, dass du weißt, dass wir hinter dir stehen.\n\nOla'],
  ] as [Lang, string][])('%s: "I want you to know" asks nothing', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });
  it('"Deshalb: Alle Fachkräfte müssen …" is a duty of the group, "Deshalb" no name', () => {
    const a = analyzeFromOla(
      'Liebes Team,\n\nDeshalb: Alle pädagogischen Fachkräfte müssen ihren Erste-Hilfe-Nachweis bis zum 30.09. abgeben.\n\nOla',
      'de',
      { to: ['team@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
  });
  it('"Hallo Frau Berg, hallo Frau Lund," greets the reader too', () => {
    const a = analyzeFromOla(
      'Hallo Frau Berg, hallo Frau Lund,\n\nKönnen Sie beide am Donnerstag um 14 Uhr zur Fallbesprechung kommen?\n\nOla',
      'de',
      { to: ['anja.berg@firma.example', 'eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
  });
});

describe('round 18: greeting a list by its own name greets its members', () => {
  it('"Dear Berth Planning," to berth.planning@, read by a member, asks the member', () => {
    const a = analyzeFromOla(
      'Dear Berth Planning,\n\nI need the revised berth schedule for the Kestrel Dawn by 3pm tomorrow.\n\nOla',
      'en',
      { to: ['berth.planning@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
  });
  it('contrast: "Dear Tom," to tom.berg@, read by Eva in cc, is Tom\'s', () => {
    const a = analyzeFromOla('Dear Tom,\n\nI need the revised schedule by 3pm tomorrow.\n\nOla', 'en', {
      to: ['tom.berg@firma.example'],
      cc: ['eva.lund@firma.example'],
    });
    expect(a.isRequest).toBe(false);
  });
});

describe('round 18: hand-overs, chat without punctuation, glad if you, needs denied, passives', () => {
  it.each([
    ['en', "Dear all,\n\nPlease find below the action points from Tuesday's Full Governing Body meeting.\n\nOla"],
    ['pl', 'Cześć,\n\nNie potrzebuję od Was nic na ten moment – wszystkie zadania macie w Jirze.\n\nOla'],
    ['nb', 'Hei,\n\nSøknaden er sendt til fylket. Svar ventes i juni.\n\nOla'],
  ] as [Lang, string][])('%s: no request: %s', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });
  it.each([
    ['de', 'Hallo Eva,\n\nwenn du irgendwann Luft hast, würd ich mich freuen, wenn du mal drüberschaust.\n\nOla'],
    ['nb', 'Hei Eva,\n\nom du rekker å ta en review innen onsdag hadde det vært topp\n\nOla'],
  ] as [Lang, string][])('%s: an ask: %s', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(true);
  });
  it('contrast: "Parkeren kunnen jullie gewoon op het achterterrein." still asks nothing', () => {
    expect(
      analyzeFromOla('Hoi allemaal,\n\nParkeren kunnen jullie gewoon op het achterterrein.\n\nOla', 'nl').isRequest,
    ).toBe(false);
  });
});

describe('round 19: greetings to three, needs, duties, apologies, plain-typed wishes', () => {
  it.each([
    [
      'de',
      'Hallo Anja, hallo Murat, hallo Eva,\n\nBitte gebt mir alle bis morgen 9 Uhr Bescheid, ob ihr an dem Tag arbeiten könnt.\n\nOla',
      { to: ['anja.berg@firma.example', 'murat.celik@firma.example', 'eva.lund@firma.example'] },
    ],
    [
      'nl',
      'Hoi Eva,\n\nIk heb het overzicht van de openstaande debiteuren per 31 januari uiterlijk morgen vóór 12.00 uur nodig, dan kan ik het doorlopen.\n\nOla',
      {},
    ],
    [
      'nl',
      'Beste collega’s,\n\nAlle medewerkers zijn verplicht deze e-learning binnen 14 dagen af te ronden.\n\nOla',
      {},
    ],
    [
      'de',
      'Hallo Eva,\n\nIch faende es schoen, wenn du mir noch vor Monatsende deine Wuensche schicken koenntest.\n\nOla',
      {},
    ],
    ['nb', 'Hei Eva,\n\nJeg skulle gjerne hatt en vurdering fra dere på om oppsettet er forsvarlig.\n\nOla', {}],
    [
      'nb',
      'Til tilbyderne\n\nSom følge av spørsmål ber vi alle tilbydere bekrefte skriftlig at de har mottatt presiseringen.\n\nOla',
      {},
    ],
  ] as [Lang, string, Record<string, string[]>][])('%s: an ask', (lang, body, people) => {
    expect(analyzeFromOla(body, lang, people).isRequest).toBe(true);
  });
  it.each([
    ['en', 'Hi Eva,\n\nDid you manage to get any sun in the end, or was it the same rain we had here?\n\nOla'],
    ['nl', 'Hoi Eva,\n\nKatrien volgt de deelnemerslijst op, dus je moet zelf niets doen.\n\nOla'],
    [
      'de',
      'Sehr geehrte Kundin,\n\ndie Anlage ist wieder in Betrieb. Für die Unannehmlichkeiten bitten wir um Entschuldigung.\n\nOla',
    ],
  ] as [Lang, string][])('%s: no request', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });
});

describe('round 20: weather and holiday talk, an interjection before a dash, a Polish title and first name', () => {
  it.each([
    ['de', 'Hallo Eva,\n\nHast du die Fjorde im Regen gesehen oder hattet ihr Glück?\n\nOla'],
    ['nb', 'Hei Eva,\n\nFikk dere noe av uværet der sør forresten?\n\nOla'],
    ['pl', 'hej ewa\n\nprzezyliscie jakos ten upal na hali?\n\nola'],
    ['en', 'Hi Eva,\n\nDid you get any rain in Wales in the end?\n\nOla'],
  ] as [Lang, string][])('%s: small talk asks nothing', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });
  it('contrast: "Do you have the rain gauge readings?" asks', () => {
    expect(analyzeFromOla('Hi Eva,\n\nDo you have the rain gauge readings from the site?\n\nOla', 'en').isRequest).toBe(
      true,
    );
  });
  it('"Oh – could you send me …" asks the reader', () => {
    expect(
      analyzeFromOla('Hi Eva,\n\nOh – could you send me the updated volunteer list tomorrow?\n\nOla', 'en').isRequest,
    ).toBe(true);
  });
  it('"Panie Jacku – proszę o …" read by j.witkowski@ among others is his', () => {
    const a = analyzeFromOla(
      'Drodzy,\n\nPani Magdo – proszę o koordynację występów.\nPanie Jacku – proszę o przygotowanie stanowisk sportowych.\n\nGrażyna',
      'pl',
      {
        me: { name: '', email: 'j.witkowski@firma.example' },
        to: ['m.kaminska@firma.example', 'j.witkowski@firma.example'],
      },
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Panie Jacku – proszę o przygotowanie stanowisk sportowych.']);
  });
  it('"wäre es sehr hilfreich, wenn Sie mir … zukommen lassen könnten" asks', () => {
    expect(
      analyzeFromOla(
        'Sehr geehrte Frau Lund,\n\nfür die Prüfung wäre es sehr hilfreich, wenn Sie mir die Einzelbelege bis 04.11. zukommen lassen könnten.\n\nOla',
        'de',
      ).isRequest,
    ).toBe(true);
  });
});

describe('round 21: nothing to send, needs with the thing to be with the sender, formal asks', () => {
  it.each([
    ['en', "Hi Eva,\n\nYour payroll details have already been set up, so there's nothing you need to send us.\n\nOla"],
    [
      'nl',
      'Hoi allemaal,\n\nKlanten met een supportcontract krijgen morgen een mail, daar moeten jullie niks voor doen.\n\nOla',
    ],
    [
      'de',
      'Hallo Eva,\n\nDie Schulung übernimmt nächste Woche dein Teamleiter, den Termin bekommst du direkt von ihm.\n\nOla',
    ],
  ] as [Lang, string][])('%s: no request', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });
  it.each([
    [
      'nl',
      'Geachte mevrouw Lund,\n\nWij verzoeken u vriendelijk de overeenkomst te ondertekenen en uiterlijk 3 maart aan ons te retourneren.\n\nOla',
    ],
    ['nl', 'Hoi Eva,\n\nJe declaratie mist nog. Die moet binnen vijf dagen bij mij binnen zijn.\n\nOla'],
    [
      'nl',
      'Geachte mevrouw Lund,\n\nHet zou mij zeer helpen als u de dia’s voor het eind van de week nog zou willen doorlezen.\n\nOla',
    ],
    ['nb', 'Hei Eva,\n\nJeg skulle gjerne hatt utkastet ditt innen kl. 10 i morgen.\n\nOla'],
    ['nb', 'Hei alle,\n\nVi ber hver enhet sende inn innspill til budsjettet innen 8. januar.\n\nOla'],
  ] as [Lang, string][])('%s: an ask', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(true);
  });
});

describe('round 22: nothing needed, passive duties with a deadline, relayed and detached wishes, good news', () => {
  it.each([
    // A line that only says the reader has nothing to do.
    ['en', 'Hi Eva,\n\nThanks for sorting the venue so quickly.\n\nNothing more needed from you for now.\n\nOla'],
    ['de', 'Hallo Eva,\n\ndanke für die schnelle Freigabe. Es gibt nichts weiter zu tun für dich.\n\nOla'],
    // Good news cheered with a question.
    ['en', "Hi all,\n\nWe hit 20,000 copies in three weeks. Isn't that great news?\n\nOla"],
    [
      'pl',
      'Kochani,\n\ndodruk wchodzi na maszyny 9 kwietnia. Czy to nie jest najlepsza wiadomość przed świętami?\n\nOla',
    ],
    ['nl', 'Hoi allemaal,\n\nDe klant tekent volgende week. Is dat geen geweldig nieuws?\n\nOla'],
    ['de', 'Hallo zusammen,\n\nder Auftrag ist da. Ist das nicht eine tolle Nachricht?\n\nOla'],
    ['nb', 'Hei alle,\n\nVi vant anbudet. Er ikke det fantastiske nyheter?\n\nOla'],
    // "umów" is also "of contracts": "odłożę go do segregatora umów" asks nothing.
    ['pl', 'Cześć Ewa,\n\nOryginał ma przyjść kurierem w tym tygodniu, odłożę go do segregatora umów.\n\nOla'],
    // A duty of the sender's own, with a deadline, is no ask.
    ['en', 'Hi Eva,\n\nMy expenses have to be in by Friday, so I am doing them tonight.\n\nOla'],
    ['en', 'Hi Eva,\n\nAnd our slides need to be done by Thursday, so the team is busy.\n\nOla'],
  ] as [Lang, string][])('%s: no request', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it.each([
    // Nothing needed, but something still is.
    ['en', 'Hi Eva,\n\nNothing more needed from you, just confirm you got the keys.\n\nOla', 'just confirm'],
    // A duty with a deadline, on a list of notices.
    [
      'en',
      'Morning all,\n\n- The printer is fixed.\n- And timesheets for August need to be in by 12 noon on Thursday.\n\nOla',
      'timesheets for August',
    ],
    ['nl', 'Hoi allemaal,\n\nDe urenbriefjes moeten vóór vrijdag 12.00 uur ingeleverd zijn.\n\nOla', 'urenbriefjes'],
    ['de', 'Hallo zusammen,\n\ndie Reisekosten müssen bis Freitag eingereicht sein.\n\nOla', 'Reisekosten'],
    ['pl', 'Cześć,\n\nwnioski urlopowe muszą zostać złożone do piątku.\n\nOla', 'wnioski urlopowe'],
    ['nb', 'Hei alle,\n\nTimelistene må være levert innen fredag kl. 12.\n\nOla', 'Timelistene'],
    // A third party's ask, relayed.
    [
      'pl',
      'Panie Tadeuszu,\n\nPan Wójt prosi, żeby Pan przygotował projekt odpowiedzi do piątku.\n\nOla',
      'Pan Wójt prosi',
    ],
    ['en', 'Hi Eva,\n\nThe auditors have asked that you send the signed minutes by Monday.\n\nOla', 'auditors'],
    [
      'de',
      'Hallo Eva,\n\ndie Geschäftsführung bittet darum, dass du die Zahlen bis Montag prüfst.\n\nOla',
      'Geschäftsführung',
    ],
    ['nl', 'Hoi Eva,\n\nDe directie vraagt of je de cijfers vóór maandag wilt controleren.\n\nOla', 'directie'],
    // A wish with its "bym" apart from the verb.
    [
      'pl',
      'Cześć Ewa,\n\nbardzo bym chciała dostać od Ciebie do środy fakturę od Transbudu.\n\nOla',
      'bym chciała dostać',
    ],
  ] as [Lang, string, string][])('%s: an ask, quoted', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });

  it('greets the reader among others, "Frau Dr." included', () => {
    const body =
      'Hallo Ines, hallo Eva, hallo Frau Dr. Brückner,\n\nhättet ihr am Donnerstag um 10:00 Uhr eine Stunde Zeit?\n\nOla';
    const people = { to: ['ines.hahn@firma.example', 'eva.lund@firma.example', 'ute.brueckner@firma.example'] };
    expect(analyzeFromOla(body, 'de', people).isRequest).toBe(true);
    // Not when the reader is not among those greeted.
    const others = body.replace('hallo Eva, ', '');
    expect(analyzeFromOla(others, 'de', { to: [...people.to, 'tom.berg@firma.example'] }).isRequest).toBe(false);
  });
});

describe('round 23: questions labelled as such, formal asks, the state of things done, waiting on others', () => {
  it.each([
    // The state of a thing done.
    ['en', "Hi Eva,\n\nIt's booked into your goods-in for Thursday at 07:00, slot reference DV-5521.\n\nOla"],
    ['nl', 'Hoi Eva,\n\nHet staat inmiddels ingepland voor donderdag om 10.00 uur in zaal 2.\n\nOla'],
    ['de', 'Hallo Eva,\n\nEs ist schon gebucht, Abfahrt am Freitag um 7 Uhr.\n\nOla'],
    ['nb', 'Hei Eva,\n\nDet er allerede booket til torsdag kl. 10.\n\nOla'],
    // What the sender waits for from someone else.
    [
      'nl',
      'Hoi Eva,\n\nIk stuur je morgen de forecast. Ik wacht nog op de omzetcijfers van de Belgische vestiging, die komen vanavond binnen.\n\nOla',
    ],
    ['en', "Hi Eva,\n\nI'm still waiting for the quote from the scaffolders, they promised it tonight.\n\nOla"],
    ['pl', 'Cześć Ewa,\n\nczekamy jeszcze na decyzję od wodociągów, odezwą się w piątek.\n\nOla'],
    ['nb', 'Hei Eva,\n\nVi venter fortsatt på svar fra kommunen om byggesaken.\n\nOla'],
    // A noun list is no imperative: "Mail, Teams en Exact …".
    [
      'nl',
      'Beste collega’s,\n\nDe schijven zijn zaterdag niet bereikbaar. Mail, Teams en Exact blijven gewoon beschikbaar.\n\nOla',
    ],
  ] as [Lang, string][])('%s: no request', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it.each([
    // Waiting for something from the reader, or an ask word after all.
    [
      'en',
      "Hi Eva,\n\nI'm still waiting for the receipts from your Frankfurt trip.\n\nOla",
      'waiting for the receipts',
    ],
    ['nl', 'Hoi Eva,\n\nIk wacht nog op de cijfers van jou, kun je ze vandaag sturen?\n\nOla', 'kun je ze'],
    ['pl', 'Cześć Ewa,\n\nczekam na skan z podpisem klienta do końca dnia.\n\nOla', 'czekam na skan'],
    [
      'en',
      "Hi Eva,\n\nIt's booked for Thursday, please make sure the van is empty by then.\n\nOla",
      'please make sure',
    ],
    // A question labelled as one.
    [
      'en',
      'Quick one – is the Q3 board pack still going out on 2 Oct or has that moved?\n\nOla',
      'is the Q3 board pack',
    ],
    ['de', 'Hallo Eva,\n\nkurze Frage: ist der Beamer im Raum 3 noch kaputt?\n\nOla', 'Beamer'],
    ['nl', 'Hoi Eva,\n\nKorte vraag: is de beamer in zaal 3 nog kapot?\n\nOla', 'beamer'],
    ['pl', 'Cześć Ewa,\n\nszybkie pytanie: czy rzutnik w sali 3 nadal nie działa?\n\nOla', 'rzutnik'],
    ['nb', 'Hei Eva,\n\nKjapt spørsmål: er projektoren på rom 3 fortsatt i ustand?\n\nOla', 'projektoren'],
    // A formal ask put as a statement.
    [
      'de',
      'Sehr geehrte Frau Lund,\n\nich darf Sie bitten, die Vollmacht unterzeichnen zu lassen und uns das Original bis 14. Mai zurückzusenden.\n\nOla',
      'darf Sie bitten',
    ],
    ['nb', 'Hei Eva,\n\nJeg vil be deg om å sende inn timelistene innen fredag.\n\nOla', 'be deg om'],
  ] as [Lang, string, string][])('%s: an ask, quoted', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });

  it('reads "Pani Joanno," as greeting someone else, so the reader copied for information is not asked', () => {
    const body =
      'Pani Joanno,\n\nproszę o zlecenie zwrotu 180 zł dla klientki.\n\nMoniko – dodaję Cię do wiadomości, żebyś wiedziała, co odpowiedzieć.\n\nOla';
    const me = { name: 'Monika Wysocka', email: 'monika.wysocka@firma.example' };
    expect(analyzeFromOla(body, 'pl', { me, to: ['joanna.sadowska@firma.example'], cc: [me.email] }).isRequest).toBe(
      false,
    );
    // The same mail to the reader alone asks her.
    expect(analyzeFromOla(body.replace('Pani Joanno,', 'Pani Moniko,'), 'pl', { me, to: [me.email] }).isRequest).toBe(
      true,
    );
  });
});

describe('round 24: needs from the reader, her task by a short name, headings of notes', () => {
  it('"heb ik nog de verzuimcijfers van jouw afdeling nodig" asks; not when no longer needed', () => {
    expectQuoted(
      'Hoi Eva,\n\nVoor de kwartaalrapportage heb ik nog de verzuimcijfers van jouw afdeling nodig.\n\nOla',
      'nl',
      ['verzuimcijfers'],
    );
    expect(
      analyzeFromOla('Hoi Eva,\n\nIk heb de verzuimcijfers van jouw afdeling niet meer nodig.\n\nOla', 'nl').isRequest,
    ).toBe(false);
  });

  it("the reader's task in the minutes under the everyday form of her name", () => {
    const me = { name: 'Katarzyna Lewandowska', email: 'katarzyna.lewandowska@firma.example' };
    const body = (who: string) =>
      `Cześć wszystkim,\n\nZadania:\n- Bartek – zamówienie tabletów do ćwiczeń\n- ${who} – aktualizacja harmonogramu zajęć i wysłanie go do biblioteki do środy\n\nŁukasz`;
    const people = { me, to: ['zespol@firma.example'] };
    const mine = analyzeFromOla(body('Kasia'), 'pl', people);
    expect(mine.requestSpans.map((r) => r.text).join(' ')).toContain('aktualizacja harmonogramu');
    // Someone else's short name is someone else's task.
    expect(analyzeFromOla(body('Gosia'), 'pl', people).isRequest).toBe(false);
  });

  it("a heading of incident notes is no name, also with the reader's initial", () => {
    // Only the initial of the reader's first name is known (p.witkowski@).
    const me = { name: 'P Witkowski', email: 'p.witkowski@firma.example' };
    const body =
      'Dzień dobry,\n\nincydent z wtorku:\n- Przyczyna: zdjęta osłona boczna, a czujnik był zaklejony taśmą.\n- Działania: Wojtek naprawia osłonę do środy.\n\nOla';
    expect(analyzeFromOla(body, 'pl', { me, to: ['brygadzisci@firma.example'] }).isRequest).toBe(false);
  });
});

describe('round 25: a condition of the next step, ongoing plural imperatives, headings over a group duty', () => {
  it.each([
    [
      'en',
      'Hi Eva,\n\nIf you could send me even a rough list of the stories, I can start booking the freelancers.\n\nOla',
      'rough list',
    ],
    [
      'de',
      'Hallo Eva,\n\nwenn du mir die Liste bis Freitag schicken könntest, kann ich die Fotografen buchen.\n\nOla',
      'die Liste',
    ],
    ['nb', 'Hei Eva,\n\nHvis du kunne sende meg listen i dag, kan jeg booke fotografene.\n\nOla', 'sende meg listen'],
    ['pl', 'Drodzy,\n\nGotowe teksty wrzucajcie do folderu „Dodatek” najpóźniej 14 maja.\n\nOla', 'wrzucajcie'],
    [
      'nb',
      'Hei Eva,\n\nVi ber derfor om at sensorveiledningen sendes til eksamenskontoret senest mandag kl. 12.\n\nOla',
      'ber derfor om at',
    ],
    [
      'nb',
      'Hei alle sammen,\n\n– Påskevaktene: alle på desken må legge inn vaktønskene sine innen torsdag kl. 15.\n\nOla',
      'alle på desken',
    ],
  ] as [Lang, string, string][])('%s: an ask, quoted', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });

  it.each([
    // A wish for the weekend in the same form, without a deadline.
    ['pl', 'Drodzy,\n\nświetna robota w tym tygodniu. Odpoczywajcie w weekend!\n\nOla'],
    // What the sender gladly does herself.
    ['nl', 'Beste collega’s,\n\nGraag praat ik u bij over de renovatie van vleugel C.\n\nOla'],
    // If you want to, the sender will: an offer, not an ask.
    ['en', 'Hi Eva,\n\nIf you want to come along, I can book a bigger room.\n\nOla'],
  ] as [Lang, string][])('%s: no request', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it('contrast: "Graag ontvang ik …" asks', () => {
    expectQuoted('Beste Eva,\n\nGraag ontvang ik uw reactie vóór vrijdag.\n\nOla', 'nl', ['Graag ontvang ik']);
  });
});

describe('round 26: the same rules in the other word orders', () => {
  it.each([
    [
      'nb',
      'Hei Eva,\n\nFor at vi skal kunne utstede forsikringsbevis, ber vi om at dere oversender oppdatert takst senest 4. september.\n\nOla',
      'ber vi om at dere',
    ],
    [
      'nb',
      'Til styrets medlemmer,\n\nAdministrasjonen ber om at hvert styremedlem gir skriftlige kommentarer til utkastet.\n\nOla',
      'hvert styremedlem',
    ],
    [
      'nl',
      'Ja, komt goed. Eén vraag nog: moet ik de controllers ook testen, of alleen muis en toetsenbord?\n\nOla',
      'moet ik de controllers',
    ],
    [
      'en',
      'Sure, will do. One more question: should the export include archived projects?\n\nOla',
      'archived projects',
    ],
    ['de', 'Mach ich. Eine Frage noch: sollen die Entwürfe auch ins Archiv?\n\nOla', 'Entwürfe'],
  ] as [Lang, string, string][])('%s: an ask, quoted', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });

  it('contrast: "vi ber om at vi får …" asks nothing of the reader\'s doing, and a question label needs its question', () => {
    expect(
      analyzeFromOla('Hei Eva,\n\nJeg har bedt om at vi får tilgang til systemet i neste uke.\n\nOla', 'nb').isRequest,
    ).toBe(false);
    expect(analyzeFromOla('Hi Eva,\n\nOne more question: the archive is done now.\n\nOla', 'en').isRequest).toBe(false);
  });
});

describe('round 27: British formal asks, inverted wishes, what the reader will get, nothing for us to do', () => {
  it.each([
    [
      'en',
      'Dear Ms Lund,\n\nI should be grateful if you would arrange for the deed to be executed and returned to us no later than 12 March.\n\nOla',
      'I should be grateful',
    ],
    [
      'nb',
      'Hei Eva,\n\nSiden du har jobbet mest med fjernlån, hadde jeg satt stor pris på om du kunne lese gjennom utkastet.\n\nOla',
      'hadde jeg satt stor pris på',
    ],
  ] as [Lang, string, string][])('%s: an ask, quoted', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });

  it.each([
    ['nb', 'Hei Eva,\n\nTusen takk for hjelpen med flyttingen! Du skal få kake på fredag!\n\nOla'],
    ['nb', 'Hei Eva,\n\nLeverandøren har bekreftet at feilen er rettet. Ingenting vi trenger å gjøre nå.\n\nOla'],
    ['en', 'Hi Eva,\n\nThe supplier has fixed the fault on their side. Nothing we need to do for now.\n\nOla'],
  ] as [Lang, string][])('%s: no request', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it('contrast: an ask beside "Du skal få kake!" still asks', () => {
    expect(
      analyzeFromOla('Hei Eva,\n\nKan du sende meg timelistene innen fredag? Du skal få kake!\n\nOla', 'nb').isRequest,
    ).toBe(true);
  });
});

describe('round 28: status lines, good wishes, minutes named in passing, a Polish future asked', () => {
  it.each([
    ['en', 'Hi Eva,\n\nChecked the pumps on level 2 this morning. Log updated.\n\nOla'],
    ['nb', 'Hei alle,\n\nTakk for et flott semester. Ta godt vare på dere selv i sommer, og nyt ferien!\n\nOla'],
    ['en', 'Hi all,\n\nThanks for a great season. Take care and enjoy the holiday!\n\nOla'],
    ['de', 'Hallo zusammen,\n\ndanke für das tolle Jahr. Genießt die Feiertage!\n\nOla'],
  ] as [Lang, string][])('%s: no request', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it.each([
    [
      'nl',
      'Goedemorgen allemaal,\n\n- VvE Parkzicht heeft de begroting goedgekeurd, de notulen volgen.\n- Wil iedereen vóór 15.00 uur zijn uren in de urenregistratie zetten?\n\nOla',
      'Wil iedereen',
    ],
    [
      'pl',
      'Moniko,\n\nKlient chce mieć raport do końca miesiąca – przygotujesz go w tym samym formacie co ostatnio?\n\nOla',
      'przygotujesz go',
    ],
    // A good wish with an ask in it still asks.
    ['en', 'Hi Eva,\n\nHave a great weekend, and please send me the keys by Friday.\n\nOla', 'please send me the keys'],
  ] as [Lang, string, string][])('%s: an ask, quoted', (lang, body, want) => {
    expectQuoted(body, lang, [want]);
  });
});

describe('round 29: copied for more than information, an offer to hear of a third party', () => {
  it('"Panią dodałem do kopii nie tylko informacyjnie: … bardzo proszę o …" asks the reader in cc', () => {
    const me = { name: 'Monika Barańska', email: 'monika.baranska@firma.example' };
    const body = (how: string) =>
      `Panie Karolu,\n\nproszę zgłosić awarię bankomatu serwisantowi.\n\nPani Moniko, Panią dodałem do kopii ${how}: bardzo proszę o zaplanowanie szkolenia dla zespołu.\n\nOla`;
    const people = { me, to: ['karol.zajac@firma.example'], cc: [me.email] };
    expect(analyzeFromOla(body('nie tylko informacyjnie'), 'pl', people).isRequest).toBe(true);
    // Copied for information only: the ask is Karol's.
    expect(
      analyzeFromOla(
        'Panie Karolu,\n\nproszę zgłosić awarię bankomatu serwisantowi.\n\nPani Moniko, Panią dodałem do kopii informacyjnie.\n\nOla',
        'pl',
        people,
      ).isRequest,
    ).toBe(false);
  });

  it('"Mocht de gemeente nog eisen hebben, dan horen wij dat graag" asks nothing; "Graag hoor ik vóór vrijdag of …" does', () => {
    expect(
      analyzeFromOla(
        'Beste Eva,\n\nHet ontwerp is ingediend. Mocht de gemeente intussen nog aanvullende eisen hebben, dan horen wij dat uiteraard graag.\n\nOla',
        'nl',
      ).isRequest,
    ).toBe(false);
    expectQuoted('Beste Eva,\n\nGraag hoor ik vóór vrijdag of het ontwerp akkoord is.\n\nOla', 'nl', ['Graag hoor ik']);
  });
});

describe('round 30: a formal Polish question, a duty beside the imperative that says how', () => {
  it('"Wie Pani może, czy …?" asks the reader; small talk by title does not', () => {
    expectQuoted(
      'Dzień dobry Pani Ewo,\n\ndzwoniła rano administratorka wspólnoty.\n\nWie Pani może, czy ten kontener został już wymieniony na większy, tak jak ustalaliśmy?\n\nOla',
      'pl',
      ['Wie Pani może, czy'],
    );
    expectQuoted('Pani Ewo,\n\nZdąży Pan to sprawdzić jeszcze w tym tygodniu?\n\nOla', 'pl', ['Zdąży Pan']);
    expect(analyzeFromOla('Dzień dobry Pani Ewo,\n\nMa Pani już plany na długi weekend?\n\nOla', 'pl').isRequest).toBe(
      false,
    );
  });
  it('"Alle i ensemblet må levere … Husk å merke …": both the duty and the reminder of how are quoted', () => {
    expectQuoted(
      'Hei alle sammen,\n\nFor en premiere! Tusen takk for innsatsen i helgen.\n\nSå til det kjedelige: Lønn har bedt om at all overtid registreres før neste lønnskjøring. Alle i ensemblet må levere timelister for april og mai i Tidbank innen utgangen av måneden. Husk å merke helgeprøvene som «P-helg».\n\nOla',
      'nb',
      ['Alle i ensemblet må levere', 'Husk å merke'],
    );
  });
});

describe('round 31: an opinion asked for, a duty of all (feminine), one more task under a condition', () => {
  it('"Hva tenker du – …?", "Co myślisz – …?" ask the reader; a statement of what one thinks does not', () => {
    const nb = (q: string) =>
      `Hei Eva,\n\nRieslingen fra Mosel var virkelig god, og de har ingen norsk importør ennå.\n\n${q}\n\nOla`;
    expectQuoted(nb('Hva tenker du – er det noe for restaurantporteføljen vår?'), 'nb', ['Hva tenker du']);
    expect(analyzeFromOla(nb('Jeg tenker at den er litt for lik de andre.'), 'nb').isRequest).toBe(false);
    expectQuoted(
      'Cześć Ewa,\n\nWino z Mozeli jest bardzo dobre i nie ma jeszcze importera w Polsce.\n\nCo myślisz – czy to coś dla naszych restauracji?\n\nOla',
      'pl',
      ['Co myślisz'],
    );
  });
  it('"Wszystkie opiekunki muszą uzupełnić … do końca miesiąca" is the ask after the reminder', () => {
    expectQuoted(
      'Drogie Panie,\n\nprzypominam, że zbliża się termin półrocznego podsumowania. Wszystkie opiekunki muszą uzupełnić karty obserwacji w aplikacji do końca miesiąca.\n\nOla',
      'pl',
      ['Wszystkie opiekunki muszą'],
      ['przypominam'],
    );
  });
  it('a task under a condition with "too" is one more ask; without it, how to handle a case', () => {
    expectQuoted(
      'Hej Ewa,\n\nPotrzebuję aktualnych stanów magazynowych dla obu win jutro do 10:00.\n\nJak coś będzie w drodze z Hiszpanii, to też dopisz proszę datę dostawy.\n\nOla',
      'pl',
      ['Potrzebuję', 'dopisz'],
    );
    expectQuoted(
      'Hi Eva,\n\nCould you send me the current stock levels for both wines by 10am tomorrow?\n\nIf anything is in transit from Spain, add the delivery date too.\n\nOla',
      'en',
      ['Could you send', 'add the delivery date'],
    );
    expectQuoted(
      'Hi Eva,\n\nCould you reconcile the till again by 10am tomorrow?\n\nIf the balance still does not match, record it as an incident in the usual way.\n\nOla',
      'en',
      ['Could you reconcile'],
      ['record it'],
    );
  });
  it('a reminder that recalls a duty with its deadline is the ask; one that names the thing is not', () => {
    expectQuoted(
      'Morning all,\n\nA quick reminder that expense claims for the trip need to be in by the end of the month. Please attach itemised receipts, not just the card slips.\n\nOla',
      'en',
      ['expense claims for the trip need to be in', 'Please attach'],
    );
    expectQuoted(
      'Hi Eva,\n\nJust a reminder about the expense claims. Please send them to me by Friday.\n\nOla',
      'en',
      ['Please send'],
      ['Just a reminder'],
    );
  });
});

describe('round 32: a label before a commitment, help offered, a forecast, notes, a duty of "all …"', () => {
  it('"Quick update – I\'ll send you …" is the sender\'s own doing; "Quick question – could you …?" asks', () => {
    expect(
      analyzeFromOla(
        "Hi Eva,\n\nQuick update – I'll send you the consolidated rate sheet by Thursday instead of today.\n\nOla",
        'en',
      ).isRequest,
    ).toBe(false);
    expect(
      analyzeFromOla('Hallo Eva,\n\nKurzes Update – ich schicke dir die Preisliste bis Donnerstag.\n\nOla', 'de')
        .isRequest,
    ).toBe(false);
    expectQuoted('Hi Eva,\n\nQuick question – could you send me the rate sheet by Thursday?\n\nOla', 'en', [
      'could you send',
    ]);
  });
  it('help offered with "just let me know" asks nothing; with a further ask it does', () => {
    expect(
      analyzeFromOla(
        "Hi Eva,\n\nAttached are the revised drawings.\n\nIf it would help, I'm happy to join Thursday's design meeting to talk through the beam – just let me know.\n\nOla",
        'en',
      ).isRequest,
    ).toBe(false);
    expect(
      analyzeFromOla(
        'Hoi Eva,\n\nDe nieuwe tekeningen zitten in de bijlage. Ik kom graag een keer langs om ze toe te lichten, laat maar weten.\n\nOla',
        'nl',
      ).isRequest,
    ).toBe(false);
    expectQuoted(
      "Hi Eva,\n\nI'm happy to join Thursday's meeting – please send me the agenda and let me know the room.\n\nOla",
      'en',
      ['please send me the agenda'],
    );
  });
  it('"Kontener powinien być gotowy do odbioru …" is a forecast; a duty to hand something in asks', () => {
    const body = (line: string) =>
      `Szanowna Pani Ewo,\n\ndziękuję za komplet dokumentów. Zgłoszenie celne złożę jutro do południa. ${line}\n\nOla`;
    expect(analyzeFromOla(body('Kontener powinien być gotowy do odbioru w przyszłym tygodniu.'), 'pl').isRequest).toBe(
      false,
    );
    expect(analyzeFromOla(body('Deklaracje muszą zostać podpisane i złożone do piątku.'), 'pl').isRequest).toBe(true);
  });
  it('in meeting notes, a line that names no one asks no one; a duty of all does', () => {
    const notes = (line: string) =>
      `Hei alle,\n\nReferat fra prosjektmøte 3\n\n1. Status\n   Tegningene er i rute. ${line}\n\nAksjoner:\n- Even: oppdatere fasadene innen 9. juni\n- Lina: levere landskapsplan innen 8. juni\n\nOla`;
    const people = { to: ['prosjekt@firma.example'] };
    expect(analyzeFromOla(notes('Fasadene må justeres etter at vi flyttet inngangen.'), 'nb', people).isRequest).toBe(
      false,
    );
    expect(analyzeFromOla(notes('Alle må levere timelister innen fredag.'), 'nb', people).isRequest).toBe(true);
  });
  it('"All drivers and warehouse staff must complete …" is quoted beside the imperative after it', () => {
    expectQuoted(
      'Dear all,\n\nAll drivers and warehouse staff must complete the online forklift refresher by 30 April. Once done, please forward your certificate to me so I can update the register.\n\nOla',
      'en',
      ['All drivers and warehouse staff must complete', 'please forward'],
    );
  });
});

describe('round 33: a question offering two ways, a need before how to do it', () => {
  it('"… do the empty pallets still need to go back …, or can they sit until October?" asks; small talk does not', () => {
    const body = (q: string) => `Thanks Eva, the invoice matches the PO.\n\n${q}\n\nOla`;
    expectQuoted(
      body(
        "One thing I wasn't sure about — do the empty pallets still need to go back with this week's pickup, or can they sit until October?",
      ),
      'en',
      ['do the empty pallets'],
    );
    expect(
      analyzeFromOla(body('Did you make it up Pen y Fan in the end or did the weather win?'), 'en').isRequest,
    ).toBe(false);
  });
  it('a need before how to hand it in is the ask; after an ask it only restates the deadline', () => {
    expectQuoted(
      'Hi Eva,\n\nI need both forms back by 13/03. You can scan them and email them to me or drop them in the canteen letterbox.\n\nOla',
      'en',
      ['I need both forms back'],
    );
    expectQuoted(
      'Hi Eva,\n\nCould you pull the records? I need them by Thursday.\n\nOla',
      'en',
      ['Could you pull'],
      ['I need them'],
    );
  });
});

describe('round 34: an ask joined to a courtesy clause, headings before an ask, "Need you to …"', () => {
  it('"Can you check the list and let me know if anything is wrong?" asks; the offer alone does not', () => {
    expectQuoted('Hi Eva,\n\nCan you check the list and let me know if anything is wrong?\n\nOla', 'en', [
      'Can you check',
    ]);
    expectQuoted('Hei Eva,\n\nKan du se over lista under og si fra om noe er feil for deg?\n\nOla', 'nb', [
      'Kan du se over',
    ]);
    expect(
      analyzeFromOla('Hi Eva,\n\nThe list is attached. Let me know if anything is wrong.\n\nOla', 'en').isRequest,
    ).toBe(false);
  });
  it('"Housekeeping: …" and "Zur Dachsanierung: …" are headings, not names', () => {
    const list = { to: ['sales@firma.example'] };
    expectQuoted(
      'Morning team,\n\nHousekeeping: under the new lending rules every salesperson must complete the refresher on the training portal by 20/03.\n\nOla',
      'en',
      ['every salesperson must complete'],
    );
    expect(
      analyzeFromOla(
        'Morning team,\n\nHousekeeping: under the new lending rules every salesperson must complete the refresher by 20/03.\n\nOla',
        'en',
        list,
      ).isRequest,
    ).toBe(true);
    expectQuoted(
      'Hallo Eva,\n\nkurzer Stand aus der Versammlung.\n\nZur Dachsanierung: Kannst du bitte bis nächste Woche drei Angebote von Dachdeckern einholen?\n\nOla',
      'de',
      ['Kannst du bitte'],
    );
  });
  it('"Need you to countersign the permit before 3pm" asks', () => {
    expectQuoted(
      'Eva,\n\nGas test results attached.\n\nNeed you to countersign the permit before 3pm or we lose the crane slot.\n\nOla',
      'en',
      ['Need you to countersign'],
    );
  });
  it('"… na 3 lata / 90 tys. km i wyślę Ci ją do piątku" is one sentence: the sender\'s own doing', () => {
    expect(
      analyzeFromOla(
        'Marcin,\n\nJak tylko dostanę cennik, przygotuję wycenę pakietu na 3 lata / 90 tys. km i wyślę Ci ją do piątku, żebyś mógł ją dołączyć do oferty.\n\nOla',
        'pl',
      ).isRequest,
    ).toBe(false);
  });
});

describe('round 35: why we would ever, a duty with its participle first', () => {
  it('"Honestly, why would we ever fix it?" answers itself; "Could you check why it fails …?" asks', () => {
    const body = (q: string) =>
      `Hi all,\n\nThe clip of the bug has 2.1M views and the wishlist jumped by 9k. ${q}\n\nOla`;
    expect(analyzeFromOla(body('Honestly, why would we ever fix it?'), 'en').isRequest).toBe(false);
    expect(
      analyzeFromOla(body('Warum sollten wir das jemals ändern?').replace('Hi all', 'Hallo zusammen'), 'de').isRequest,
    ).toBe(false);
    expectQuoted(
      'Hi Eva,\n\nThe nightly build broke again. Could you check why it fails on the Friday runs?\n\nOla',
      'en',
      ['Could you check'],
    );
  });
  it('"Wszyscy strażacy JRG 1 zobowiązani są do …" is the ask after the reminder', () => {
    expectQuoted(
      'Szanowni Państwo,\n\nprzypominam, że w tym roku badania okresowe realizujemy w lutym. Wszyscy strażacy JRG 1 zobowiązani są do wykonania badań i złożenia kopii orzeczenia w sekcji kadr do końca miesiąca.\n\nOla',
      'pl',
      ['Wszyscy strażacy JRG 1 zobowiązani są'],
    );
  });
});

describe('round 36: what the sender sends, a courtesy for when one is ever near, a meeting word alone', () => {
  it.each<[Lang, string]>([
    [
      'nl',
      'Je hebt de aangepaste planning morgen voor de middag van me, dan heb je nog ruim tijd om hem door te nemen.',
    ],
    [
      'nl',
      'Naar aanleiding van ons gesprek stuur ik u in de bijlage het menuvoorstel voor de receptie op vrijdag 19 juni in Paviljoen aan Zee.',
    ],
    ['en', "You'll have the revised plan from me by tomorrow noon, so there's time to go through it."],
    ['de', 'Den überarbeiteten Schichtplan hast du morgen früh von mir, also rechtzeitig vor der Runde.'],
    ['pl', 'Poprawiony harmonogram dostaniesz ode mnie jutro przed południem.'],
    ['nb', 'Du har den oppdaterte planen fra meg i morgen før lunsj, så du rekker å se på den før møtet.'],
  ])('%s: "%s" is the sender\'s own doing', (lang, line) => {
    expect(analyzeFromOla(`Hei,\n\n${line}\n\nOla`, lang).isRequest).toBe(false);
  });
  it('contrast: what the sender sends with an ask after it asks', () => {
    expectQuoted('Hoi Eva,\n\nHierbij stuur ik je het rapport, graag vóór vrijdag je opmerkingen.\n\nOla', 'nl', [
      'graag vóór vrijdag',
    ]);
  });
  it.each<[Lang, string]>([
    ['pl', 'Drodzy,\n\nGdybyście kiedyś byli w Szczecinie, dajcie znać – chętnie pokażę Wam Wały Chrobrego.\n\nOla'],
    ['en', "Hi all,\n\nIf you're ever in Leeds, let me know and I'll show you the best curry house.\n\nOla"],
    ['de', 'Hallo zusammen,\n\nWenn ihr mal in Hamburg seid, sagt Bescheid.\n\nOla'],
    ['nl', 'Hoi allemaal,\n\nAls jullie ooit in Groningen zijn, laat het weten!\n\nOla'],
    ['nb', 'Hei alle,\n\nHvis dere noen gang er i Tromsø, si fra!\n\nOla'],
  ])('%s: "let me know if you are ever near" is a courtesy', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });
  it('contrast: "let me know when you have time, then we go through the list" asks', () => {
    expect(
      analyzeFromOla('Hallo Eva,\n\nWenn du mal Zeit hast, sag Bescheid, dann gehen wir die Liste durch.\n\nOla', 'de')
        .isRequest,
    ).toBe(true);
  });
  it.each<[Lang, string]>([
    ['nb', 'Nordlysfisk kommer på besøk torsdag kl. 10 for å se på skroget før vi starter ombyggingen.'],
    ['de', 'Um 11 haben wir den Termin mit Herrn Richter, danach starten die Arbeiten.'],
  ])('%s: "%s" names a meeting and speaks to no one', (lang, line) => {
    expect(analyzeFromOla(`Hei,\n\n${line}\n\nOla`, lang).isRequest).toBe(false);
  });
});

describe('round 36: logging in, asks the cues missed, the question an ask is about', () => {
  it.each<[Lang, string]>([
    [
      'nl',
      'Log in op https://test.example.com met je gewone gebruikersnaam en controleer of je de juiste bedrijven ziet.',
    ],
    [
      'de',
      'Logg dich auf https://test.example.com mit deinem Benutzernamen ein und prüfe, ob du die richtigen Firmen siehst.',
    ],
    ['nb', 'Logg inn på https://test.example.com med vanlig brukernavn og sjekk at du ser riktige selskaper.'],
  ])('%s: "%s" asks', (lang, line) => {
    expectQuoted(`Hei,\n\nDet nye systemet går live 13. april.\n\n${line}\n\nOla`, lang, [line.slice(0, 12)]);
  });
  it('"ber vi om at …", "Ik zou het heel fijn vinden als jij …", "det jeg lurer på, er om du kan …" ask', () => {
    expectQuoted(
      'Hei,\n\nFor at vi skal kunne starte som planlagt, ber vi om at følgende dokumentasjon lastes opp i portalen innen 8. mai.\n\nOla',
      'nb',
      ['ber vi om at'],
    );
    expectQuoted(
      'Hoi Eva,\n\nVolgende week begint Sanne bij ons. Ik zou het heel fijn vinden als jij haar buddy wordt tijdens de onboarding.\n\nOla',
      'nl',
      ['heel fijn vinden als jij'],
    );
    expectQuoted(
      'Hei Eva,\n\nVi rekker neppe scenen med bussen. Så det jeg egentlig lurer på, er om du kan ringe Statens vegvesen og høre om vi kan få utvidet stengingen.\n\nOla',
      'nb',
      ['er om du kan ringe'],
    );
  });
  it.each<[Lang, string, string]>([
    [
      'en',
      'One thing I am not sure about: will crew still be able to swap shifts in the old app after go-live, or does that move to the new portal?',
      'Could you find out from the vendor?',
    ],
    ['de', 'Gilt der neue Stundensatz schon ab Juni oder erst ab Juli?', 'Kannst du das bei Kesselring klären?'],
    ['nb', 'Hva blir timeprisen for verkstedet fra 1. juni?', 'Kan du sjekke det med verkstedet?'],
  ])('%s: the question above "%s" is what is asked', (lang, question, ask) => {
    expectQuoted(`Hei Eva,\n\nDet nye systemet går live i oktober.\n\n${question} ${ask}\n\nOla`, lang, [
      question.slice(-25),
      ask,
    ]);
  });
  it('contrast: small talk above an ask to send something stays unquoted', () => {
    expectQuoted(
      'Hi Eva,\n\nDid you have a nice weekend? Could you send me the April rota?\n\nOla',
      'en',
      ['Could you send'],
      ['nice weekend'],
    );
  });
});

describe('round 37: a line that opens with "please", asks the cues missed, "you can" in a statement', () => {
  it('"Bitte die Paletten … sperren" before the clearer ask is quoted too', () => {
    expectQuoted(
      'Hallo Eva,\n\nim Labor haben wir bei der Charge 26-144 erhöhte Sauerstoffwerte gemessen. Bitte die Paletten aus der Charge im Lager sperren und nicht mehr ausliefern. Und gib mir bitte so schnell wie möglich Bescheid, wie viele Paletten schon raus sind.\n\nOla',
      'de',
      ['Bitte die Paletten', 'gib mir bitte'],
    );
  });
  it('contrast: "Bitte beachten: …" before an ask stays unquoted', () => {
    expectQuoted(
      'Hallo Eva,\n\nBitte beachten: Am Freitag ist die Kantine geschlossen. Kannst du mir bis Donnerstag die Bestellliste schicken?\n\nOla',
      'de',
      ['Kannst du mir'],
      ['Bitte beachten'],
    );
  });
  it('"Wij verzoeken u …", "Przydałoby mi się …", "Sett meg på kopi …" ask', () => {
    expectQuoted(
      'Geachte mevrouw Lund,\n\nHierbij de conceptakte. Wij verzoeken u vriendelijk de getekende volmachten uiterlijk vrijdag 12.00 uur aan ons te retourneren.\n\nOla',
      'nl',
      ['Wij verzoeken u'],
    );
    expectQuoted('Cześć Ewa,\n\nPrzydałoby mi się zestawienie stanów z magazynu w Olsztynie.\n\nOla', 'pl', [
      'Przydałoby mi się',
    ]);
    expect(
      analyzeFromOla('Cześć Ewa,\n\nPrzydałoby się więcej ludzi na zmianie, ale budżet na to nie pozwala.\n\nOla', 'pl')
        .isRequest,
    ).toBe(false);
    expectQuoted(
      'Hei Eva,\n\nKan du bestille ny pumpe fra Hamnes Marine så snart som mulig? Delenummer ligger vedlagt. Sett meg på kopi på ordrebekreftelsen.\n\nOla',
      'nb',
      ['Kan du bestille', 'Sett meg på kopi'],
    );
  });
  it.each<[Lang, string, string]>([
    [
      'de',
      'Es geht um die Reisekosten der Konferenz in Lissabon. Kannst du mir kurz zwei, drei Sätze schreiben, wie die Reise mit dem Arbeitspaket 3 zusammenhängt? Ich bräuchte das innerhalb von drei Tagen, damit ich es rechtzeitig an den Projektträger schicken kann.',
      'Ich bräuchte das',
    ],
    [
      'en',
      "Can you draft a reply to Mrs Turner for me to sign? I'd like it next week please so we're inside the response target.",
      "I'd like it next week",
    ],
    [
      'pl',
      'Czy możesz sprawdzić faktury z maja? Potrzebuję tego w ciągu dwóch dni, bo w piątek mamy audyt.',
      'Potrzebuję',
    ],
  ])('%s: a need that only restates the deadline of the ask before it is not quoted', (lang, text, restated) => {
    const body = `Hei Eva,\n\n${text}\n\nOla`;
    expectQuoted(body, lang, [], [restated]);
    expect(analyzeFromOla(body, lang).isRequest).toBe(true);
  });
  it.each<[Lang, string]>([
    [
      'nl',
      "Ten opzichte van de huidige situatie kunt u hiermee naar verwachting zo'n 15% op de storingskosten besparen.",
    ],
    ['nl', 'Voor dringende zaken kun je contact opnemen met de storingsdienst.'],
    ['de', 'Die Tagessätze vom letzten Mandat kannst du übernehmen.'],
    ['nb', 'I disse dagene kan dere parkere i P-huset på Skøyen med det vanlige kortet.'],
  ])('%s: "%s" says what the reader may do', (lang, line) => {
    expect(analyzeFromOla(`Hei,\n\n${line}\n\nOla`, lang).isRequest).toBe(false);
  });
  it('contrast: "you can" turned to the reader after a colon asks', () => {
    expectQuoted('Hoi Eva,\n\nNog één ding: kun je de map vóór vrijdag sturen.\n\nOla', 'nl', ['kun je de map']);
  });
});

describe('round 38: pleasure at having met, an offer under a condition, asks by "poproszę" and "proszony jest"', () => {
  it.each<[Lang, string]>([
    ['en', "Great to meet you at the Freshers' week tasting."],
    ['nl', 'Leuk je gisteren op de beurs te ontmoeten.'],
    ['de', 'Schön, Sie auf der Messe kennengelernt zu haben.'],
    ['pl', 'Miło było Cię poznać na targach w Poznaniu.'],
    ['nb', 'Hyggelig å treffe deg på messa i forrige uke.'],
  ])('%s: "%s" is small talk', (lang, line) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${line} Vedlagt/attached: prisliste.\n\nOla`, lang).requestSpans).toEqual([]);
    expect(analyzeFromOla(`Hei Eva,\n\n${line}\n\nOla`, lang).isRequest).toBe(false);
  });
  it.each<[Lang, string]>([
    ['nl', 'Mocht u later in het ontwerp toch iets willen wijzigen, dan denk ik graag met u mee.'],
    ['de', 'Wenn ihr beim Aufbau Hilfe braucht, komme ich gerne vorbei.'],
    ['pl', 'Jeśli będzie trzeba coś zmienić w projekcie, chętnie pomogę.'],
    ['nb', 'Hvis dere trenger det, kommer vi gjerne innom en dag neste uke.'],
  ])('%s: "%s" offers', (lang, line) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${line}\n\nOla`, lang).isRequest).toBe(false);
  });
  it('contrast: "…, dan verneem ik graag de reden" asks', () => {
    expectQuoted(
      'Beste Eva,\n\nMocht dat niet haalbaar zijn, dan verneem ik graag de reden, zodat ik de commissie kan informeren.\n\nOla',
      'nl',
      ['dan verneem ik graag'],
    );
  });
  it('"schick dir die plaene morgen vormittag, promised." is the sender\'s own doing, typed on a phone', () => {
    expect(
      analyzeFromOla('hi eva, schick dir die plaene morgen vormittag, promised.\ncheers ola', 'de').isRequest,
    ).toBe(false);
  });
  it('"poproszę o …" and "każdy dyspozytor proszony jest o …" in the last item of a list ask', () => {
    expectQuoted(
      'Panie Romanie,\n\ndziękuję za spotkanie. Podsumowując:\n\n- próby szczelności przesuwamy na 29.06,\n- poproszę o przesłanie protokołów z płukania instalacji – najpóźniej w środę do 12:00.\n\nOla',
      'pl',
      ['poproszę o przesłanie'],
    );
    expectQuoted(
      'Cześć,\n\nkilka spraw:\n\n- od poniedziałku nowa trasa R14,\n- każdy dyspozytor proszony jest o zweryfikowanie swoich kierowców i wysłanie mi listy do końca tygodnia.\n\nOla',
      'pl',
      ['proszony jest o'],
    );
  });
  it('"no action needed from you" outweighs a line the model hardly sees as an ask', () => {
    expect(
      analyzeFromOla(
        'Hi all,\n\nThe night shoot has moved from Tuesday to Thursday. Call time stays at 18:00 and unit base is still the car park.\n\nThe schedule is already updated, no action needed from you.\n\nOla',
        'en',
      ).isRequest,
    ).toBe(false);
  });
});

describe('round 39: thanks put as a question, news under a label, asks the cues missed', () => {
  it.each<[Lang, string]>([
    ['de', 'Ein großes Danke an die Pistencrew und die Liftwarte. Was wären wir ohne euch?'],
    ['en', 'A huge thank you to the crew and the lifeguards. What would we do without you all?'],
    ['nl', 'Dank aan de opbouwploeg en de vrijwilligers. Wat moeten we toch zonder jullie?'],
    ['pl', 'Wielkie dzięki dla ekipy i wolontariuszy. Co byśmy bez was zrobili?'],
    ['nb', 'Stor takk til mannskapet og de frivillige. Hva skulle vi gjort uten dere?'],
  ])('%s: "%s" asks nothing', (lang, text) => {
    expect(analyzeFromOla(`Hei alle,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });
  it('"Update stroom: de aggregaten komen donderdag binnen …" is news, not "update!"', () => {
    expect(
      analyzeFromOla(
        'Team,\n\nUpdate stroom: de aggregaten voor area Zuid komen donderdag 9 juli binnen, de aansluitingen worden vrijdagochtend getest.\n\nRest loopt volgens planning.\n\nOla',
        'nl',
      ).isRequest,
    ).toBe(false);
  });
  it('contrast: an ask under the label still asks', () => {
    expectQuoted(
      'Hoi Eva,\n\nUpdate planning: kun je de nieuwe data vóór vrijdag in het rooster zetten?\n\nOla',
      'nl',
      ['kun je de nieuwe data'],
    );
  });
  it('"Zwracam się z uprzejmą prośbą o …" and "It would really help if I could have your draft …" ask', () => {
    expectQuoted(
      'Szanowna Pani,\n\nZwracam się z uprzejmą prośbą o przekazanie kart ratowniczych dla wszystkich wersji autobusu.\n\nOla',
      'pl',
      ['Zwracam się z uprzejmą prośbą'],
    );
    expectQuoted(
      'Hi Eva,\n\nThe naming ceremony is on 13 June. It would really help if I could have your draft press release by the end of the month.\n\nOla',
      'en',
      ['It would really help if I could have'],
    );
  });
});

describe('round 40: nothing for the reader to do, "Ich wäre froh, wenn du …"', () => {
  it.each<[Lang, string]>([
    ['nb', 'Til orientering – se under. Ikke noe dere trenger å gjøre, jeg tar meg av innspillene til kommunen.'],
    ['nl', 'Ter info, zie hieronder. Niets wat jullie hoeven te doen, ik regel de reactie naar de gemeente.'],
    ['de', 'Zur Info, siehe unten. Nichts, was ihr tun müsst, ich kümmere mich um die Stellungnahme.'],
  ])('%s: "%s" asks nothing', (lang, text) => {
    expect(analyzeFromOla(`Hei alle,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });
  it('"Ich wäre froh, wenn du mir … zustellen könntest" asks', () => {
    expectQuoted(
      'Hoi Eva\n\nIch wäre froh, wenn du mir die Belegungszahlen für Februar innerhalb von drei Tagen zustellen könntest.\n\nMerci vielmal\nOla',
      'de',
      ['Ich wäre froh, wenn du mir'],
    );
  });
});

describe('round 41: a unit before a capital ends the sentence, "Just to update you on …:" is news', () => {
  it('"Draught unchanged at 11.2 m. We will keep you updated …" is two sentences, neither an ask', () => {
    expect(sentencesOf('Draught unchanged at 11.2 m. We will keep you updated.', 0, 54).map((s) => s.text)).toEqual([
      'Draught unchanged at 11.2 m.',
      'We will keep you updated.',
    ]);
    expect(
      analyzeFromOla(
        'Good morning,\n\nMV Castor Bay has revised her ETA to 14:30 today. Draught unchanged at 11.2 m. We will keep you updated with any further changes.\n\nOla',
        'en',
      ).isRequest,
    ).toBe(false);
  });
  it('contrast: "J. Smith" and "3 m. long" stay one sentence', () => {
    expect(sentencesOf('Signed by J. Smith today.', 0, 25)).toHaveLength(1);
    expect(sentencesOf('The pipe is 3 m. long.', 0, 22)).toHaveLength(1);
  });
  it('"Just to update you on order PO-22871: … should reach you Thursday before noon" asks nothing', () => {
    expect(
      analyzeFromOla(
        'Hi Eva,\n\nJust to update you on order PO-22871: the inks were dispatched this morning and should reach you Thursday before noon.\n\nLet me know if you have any questions.\n\nOla',
        'en',
      ).isRequest,
    ).toBe(false);
  });
  it('contrast: an ask under the label still asks', () => {
    expectQuoted(
      'Hi Eva,\n\nQuick update on the audit: could you send me the signed checklist by Friday?\n\nOla',
      'en',
      ['could you send me'],
    );
  });
});

describe('round 42: help named as the reader part, formal Polish asks, a question turned to the reader by name', () => {
  it.each<[Lang, string]>([
    ['de', 'Es wäre mir eine riesige Hilfe, wenn du die Abrechnung für März prüfen könntest.'],
    ['de', 'Mir wäre sehr geholfen, wenn ihr die Liste bis Freitag ergänzt.'],
    ['en', 'It would be a huge help if you could check the March invoices.'],
    ['nb', 'Det hadde vært til stor hjelp om du kunne sjekke fakturaene for mars.'],
    ['nl', 'Ik heb jouw getekende verlofformulier nog nodig.'],
    ['pl', 'Zwracamy się z uprzejmą prośbą o przesłanie aktualnego certyfikatu ISO wraz z załącznikami.'],
    ['pl', 'Będę zobowiązany za przesłanie poprawionej faktury.'],
    ['pl', 'Zależy nam również na informacji, czy magazyn przyjmuje dostawy w soboty.'],
  ])('%s: "%s" asks', (lang, line) => {
    expectQuoted(`Hei,\n\nDe nye prisene gjelder fra mai.\n\n${line}\n\nOla`, lang, [line.slice(0, 14)]);
  });
  it('"czy nie trzeba będzie …" asks whether; "nie trzeba nic robić" still says nothing is needed', () => {
    expectQuoted(
      'Cześć,\n\nDostawca zmienił profile okienne. Byłabym wdzięczna, gdybyś sprawdził, czy nie trzeba będzie zamawiać nowych uszczelek.\n\nOla',
      'pl',
      ['Byłabym wdzięczna'],
    );
    expect(
      analyzeFromOla('Cześć,\n\nDostawca zmienił profile okienne. Z Twojej strony nie trzeba nic robić.\n\nOla', 'pl')
        .isRequest,
    ).toBe(false);
  });
  it('"Dan heb je alles op tijd binnen" is no question; "Heb je de sleutels nog?" is', () => {
    expect(
      analyzeFromOla(
        'Hoi Eva,\n\nIk stuur je morgen de nieuwe scriptversie. Dan heb je alles ruim op tijd binnen voor de repetitie van 9 februari.\n\nOla',
        'nl',
      ).isRequest,
    ).toBe(false);
    expectQuoted('Hoi Eva,\n\nDe schilders komen maandag. Heb je de sleutels van de kelder nog?\n\nOla', 'nl', [
      'Heb je de sleutels',
    ]);
  });
  it('"Eva, faktura … już poszła?" asks the reader; the same question to Tomek does not', () => {
    expectQuoted('Eva, faktura dla hurtowni za transport palet już poszła?\n\nOla', 'pl', ['faktura dla hurtowni']);
    expect(
      analyzeFromOla('Tomek, faktura dla hurtowni za transport palet już poszła?\n\nOla', 'pl', {
        to: ['eva.lund@firma.example', 'tomek.nowak@firma.example'],
      }).isRequest,
    ).toBe(false);
  });
  it('a rule for the staff in the present with its date asks: "alle medewerkers ronden vóór 1 juni … af"', () => {
    const nl = analyzeFromOla(
      "Beste collega's,\n\nDaarom geldt: alle medewerkers ronden vóór 1 juni de e-learning privacy af.\n\nOla",
      'nl',
    );
    expect(nl.isRequest).toBe(true);
    expect(nl.due?.toISOString()).toBe('2026-06-01T16:00:00.000Z');
    const de = analyzeFromOla(
      'Liebe Kolleginnen und Kollegen,\n\nalle Beschäftigten schließen bis 30. Juni die Datenschutzschulung ab.\n\nOla',
      'de',
    );
    expect(de.isRequest).toBe(true);
    // What the staff get is news.
    expect(
      analyzeFromOla("Beste collega's,\n\nAlle medewerkers ontvangen vóór 1 juni hun nieuwe pas.\n\nOla", 'nl')
        .isRequest,
    ).toBe(false);
  });
  it('after an ask, what a third party wants is its reason, not a second ask', () => {
    expectQuoted(
      'Hei,\n\nJeg trenger timelistene for april innen fredag kl. 12. Revisoren vil ha bilagene før styremøtet, og jeg må rekke å sjekke dem.\n\nOla',
      'nb',
      ['Jeg trenger timelistene'],
      ['Revisoren vil ha'],
    );
  });
  it('"Graag end of day, dan …" after the ask only gives its time', () => {
    const a = analyzeFromOla(
      'Hoi Eva,\n\nKun jij de forecast nog even updaten in de sheet? Graag end of day, dan kan ik er vanavond doorheen.\n\nOla',
      'nl',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Kun jij de forecast nog even updaten in de sheet?']);
    expect(a.due?.toISOString()).toBe('2026-05-06T16:00:00.000Z');
  });
});

describe('round 42: deadlines in English words, in the line after the ask, not in its reason', () => {
  it.each<[Lang, string]>([
    ['nb', 'Kan du oppdatere budsjettet? Jeg trenger det før end of day.'],
    ['pl', 'Czy mogłabyś zerknąć na budżet? Deadline mamy EOD.'],
    ['de', 'Kannst du das Budget aktualisieren? Ich brauche es bis end of day.'],
  ])('%s: "%s" is due at 17:00 today', (lang, line) => {
    expect(analyzeFromOla(`Hei,\n\n${line}\n\nOla`, lang).due?.toISOString()).toBe('2026-05-06T16:00:00.000Z');
  });
  it('"Må gjøres før kl 14." after the ask beats the "i morgen" the ask is about', () => {
    const a = analyzeFromOla(
      'Hei,\n\nKan du ringe kunden og si at vi kommer i morgen istedenfor? Maa gjoeres foer kl 14, hun reiser etterpaa.\n\nOla',
      'nb',
    );
    expect(a.due?.toISOString()).toBe('2026-05-06T13:00:00.000Z');
  });
  it.each<[Lang, string]>([
    ['nb', 'Kan du sette opp vaktlista for mai? Fint om jeg får den neste uke, så rekker vi å leie inn folk.'],
    ['de', 'Kannst du den Dienstplan für Mai machen? Super, wenn ich ihn nächste Woche habe.'],
  ])('%s: the time said to be fine in the next line is the deadline', (lang, line) => {
    expect(analyzeFromOla(`Hei,\n\n${line}\n\nOla`, lang).due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });
  it('a day named in the reason for the ask is not its deadline', () => {
    const a = analyzeFromOla(
      'Marta, zadzwon prosze do piekarni i przeloz dostawe, bo w czwartek zamykaja droge.\n\nOla',
      'pl',
      { me: { name: 'Marta Lis', email: 'marta.lis@firma.example' } },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });
});

describe('round 43: English asks in mail in other languages, curiosity about the answer, where the reader put it', () => {
  it.each<[Lang, string]>([
    ['nl', 'Could you check of we die dag een koelwagen én een chauffeur beschikbaar hebben?'],
    ['de', 'Could you check, ob wir an dem Tag einen Kühlwagen und einen Fahrer frei haben?'],
    ['pl', 'Could you check, czy mamy tego dnia wolną chłodnię i kierowcę?'],
    ['nb', 'Could you check om vi har en kjølebil og en sjåfør ledig den dagen?'],
    ['nl', 'Please stuur me de nieuwe planning voor het depot.'],
  ])('%s: "%s" asks', (lang, line) => {
    expectQuoted(`Hi Eva,\n\nDe klant wil volgende week veertig pallets laten ophalen.\n\n${line}\n\nOla`, lang, [
      line.slice(0, 14),
    ]);
  });
  it('"Ik ben benieuwd of je …" asks for the answer', () => {
    expectQuoted(
      'Beste Eva,\n\nEr komt een plek vrij in de adviesraad. Ik ben benieuwd of je zou willen plaatsnemen in de raad.\n\nOla',
      'nl',
      ['Ik ben benieuwd of je'],
    );
  });
  it('"Where did you save …?" asks for a fact only the reader knows', () => {
    expectQuoted(
      'Hi Eva,\n\nThe index of the bundle is nearly done. Where did you save the signed witness statements?\n\nOla',
      'en',
      ['Where did you save'],
    );
  });
  it('"Zależy nam na tym, żeby umowa została podpisana …" asks', () => {
    expectQuoted(
      'Dzień dobry,\n\nprzesyłam podpisaną przez nas umowę. Zależy nam na tym, żeby umowa została podpisana także przez Pana Dyrektora i odesłana do nas skanem.\n\nOla',
      'pl',
      ['Zależy nam na tym'],
    );
  });
  it('"…, wyniki powinny być w systemie do 9:00" is a forecast, not a duty', () => {
    expect(
      analyzeFromOla(
        'Dzień dobry wszystkim,\n\nanalizator już działa. Zaległe próbki zostały puszczone, wyniki powinny być w systemie do 9:00.\n\nOla',
        'pl',
      ).isRequest,
    ).toBe(false);
  });
  it.each<[Lang, string]>([
    ['pl', 'Woda będzie wyłączona co najmniej do 16:00. Potrzebuję od Ciebie listy odbiorców z ulicy Lipowej.'],
    ['nl', 'De ploeg staat gepland voor maandag 11 mei. Ik hoor graag van u of de werkzaamheden door kunnen gaan.'],
    ['de', 'Es wäre hilfreich, wenn Sie uns die geplanten Abholzeiten für diese Woche bestätigen könnten.'],
  ])('%s: a date that is no deadline ("at least until", "planned for", "the times for this week")', (lang, line) => {
    const a = analyzeFromOla(`Hei,\n\n${line}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });
});

describe('round 44: times in English in mail in other languages, an evening hour, a question to all who know', () => {
  it.each<[Lang, string, string]>([
    [
      'nl',
      'Kun je de data in de shared drive zetten? De breeders need it by the end of the week.',
      '2026-05-08T16:00:00.000Z',
    ],
    [
      'de',
      'Kannst du den Pull Request reviewen? Need your go by EOD, sonst schaffen wir es vor dem Wochenende nicht.',
      '2026-05-06T16:00:00.000Z',
    ],
    [
      'nb',
      'Kan du bekrefte leveringsdatoen? Need it by EOD tomorrow, så jeg rekker å svare kunden.',
      '2026-05-07T16:00:00.000Z',
    ],
    [
      'nl',
      'kan jij morgen de vroege dienst overnemen? laat ff weten voor 8 uur vanavond of het lukt',
      '2026-05-06T19:00:00.000Z',
    ],
    ['de', 'Ich wäre froh, wenn du mir bis Ende Woche die Liste zustellen könntest.', '2026-05-08T16:00:00.000Z'],
    ['pl', 'zadzwon prosze do hurtowni i daj mi znac do 15tej czy sie udalo', '2026-05-06T14:00:00.000Z'],
    [
      'en',
      'Can you pull together the test results for the three schools? They need them next week.',
      '2026-05-15T16:00:00.000Z',
    ],
  ])('%s: "%s"', (lang, line, due) => {
    const a = analyzeFromOla(`Hei,\n\n${line}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe(due);
  });
  it('"Need your go by EOD" in German mail is quoted as an ask', () => {
    expectQuoted(
      'Hoi Eva,\n\nDas Update ist auf Staging. Könntest du bitte den Pull Request reviewen? Need your go by EOD, sonst schaffen wir das Deployment nicht.\n\nOla',
      'de',
      ['Könntest du bitte', 'Need your go by EOD'],
    );
  });
  it.each<[Lang, string]>([
    ['en', 'Does anyone know where the big hole punch has gone?'],
    ['nl', 'Weet iemand waar de grote perforator gebleven is?'],
    ['de', 'Weiß jemand, wo der große Locher hingekommen ist?'],
    ['pl', 'Czy ktoś wie, gdzie się podział duży dziurkacz?'],
    ['nb', 'Er det noen som vet hvor den store hulltanga har tatt veien?'],
  ])('%s: "%s" asks the team the reader is on', (lang, line) => {
    const a = analyzeFromOla(`Hei,\n\n${line}\n\nOla`, lang, { to: ['team@firma.example'] });
    expect(a.isRequest).toBe(true);
  });
  it('"Pani Anno – do Pani mam prośbę o …" asks the reader in cc', () => {
    const a = analyzeFromOla(
      'Dzień dobry Panie Janie,\n\nw załączniku przesyłam ofertę na mieszankę traw.\n\nPani Anno – do Pani mam prośbę o potwierdzenie, czy teren zostanie skoszony przed siewem.\n\nOla',
      'pl',
      {
        to: ['jan.sikora@firma.example'],
        cc: ['anna.lewandowska@firma.example'],
        me: { name: 'Anna Lewandowska', email: 'anna.lewandowska@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
  });
});

describe('round 45: Flemish asks, a need the words after it do not negate, German formal wishes, statements with "du"', () => {
  it.each<[Lang, string]>([
    ['nl', 'Ik zou het appreciëren moest gij de cijfers tegen morgen in de gedeelde map zetten.'],
    ['nl', 'Ik heb vandaag nog de gewichten van de pups nodig, anders kan ik de medicatie niet goed doseren.'],
    ['nl', 'Ik zou wel graag uw mening horen over de klepels voor de basklokken.'],
    ['de', 'Über eine grobe Kostenschätzung würden wir uns sehr freuen.'],
    ['de', 'Wäre es denkbar, dass Ihre Werkstatt so etwas baut oder uns ein Instrument vermietet?'],
    ['pl', 'Przyjedź jak najszybciej i zobacz, co się dzieje z pompą.'],
    ['nb', 'Legg dem inn i systemet innen onsdag, ellers rekker vi ikke lønnskjøringen.'],
  ])('%s: "%s" asks', (lang, line) => {
    expectQuoted(`Hei,\n\nDe nye prisene gjelder fra mai.\n\n${line}\n\nOla`, lang, [line.slice(0, 14)]);
  });
  it('"kunde gij …" asks in Flemish, typed without a stop', () => {
    expectQuoted(
      'dag eva de pomp van de veerboot doet weer raar kunde gij zo snel mogelijk iemand sturen naar de steiger\n\nOla',
      'nl',
      ['kunde gij zo snel mogelijk'],
    );
  });
  it('"Sonntag hast du frei" answers; "Hast du die Schlüssel noch?" asks', () => {
    expect(
      analyzeFromOla(
        'Ja, seit gestern im Portal. Fähre 2 fährst du Samstag und Montag, Sonntag hast du frei.\n\nOla',
        'de',
      ).isRequest,
    ).toBe(false);
    expectQuoted('Hallo Eva,\n\nder Maler kommt Montag. Hast du die Schlüssel für den Keller noch?\n\nOla', 'de', [
      'Hast du die Schlüssel',
    ]);
  });
  it('"Ich freue mich auf Ihre Antwort" stays a closing, not an ask', () => {
    expect(
      analyzeFromOla(
        'Sehr geehrte Frau Lund,\n\nanbei unser Katalog für 2027.\n\nIch freue mich auf Ihre Antwort.\n\nOla',
        'de',
      ).isRequest,
    ).toBe(false);
  });
});

describe('round 46: who has it, names in a row, the sender sending, the morning after the hour', () => {
  it.each<[Lang, string]>([
    ['nl', 'Wie heeft de reservesleutel van sloep 7?'],
    ['en', 'Who has the spare key for boat 7?'],
    ['de', 'Wer hat den Ersatzschlüssel für Boot 7?'],
    ['pl', 'Kto ma zapasowy klucz do łodzi 7?'],
    ['nb', 'Hvem har reservenøkkelen til båt 7?'],
  ])('%s: "%s" asks', (lang, line) => {
    expect(analyzeFromOla(`${line}\n\nOla`, lang).isRequest).toBe(true);
  });
  it('"Tomku, Pawle," greets the reader in cc by name among others', () => {
    const a = analyzeFromOla(
      'Tomku, Pawle,\n\nw sobotę montujemy scenografię. Czy możecie mi potwierdzić, że obaj będziecie na miejscu od 8:00?\n\nOla',
      'pl',
      {
        to: ['tomasz.bielecki@firma.example'],
        cc: ['pawel.gorny@firma.example'],
        me: { name: 'Paweł Górny', email: 'pawel.gorny@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
  });
  it('"Ewo, Łukaszu," greets ewa@ by her vocative', () => {
    const a = analyzeFromOla(
      'Ewo, Łukaszu,\n\nmusimy domknąć ramówkę na lipiec. Czy możecie przyjść na spotkanie w czwartek?\n\nOla',
      'pl',
      {
        to: ['lukasz.nowak@firma.example'],
        cc: ['ewa.lis@firma.example'],
        me: { name: 'Ewa Lis', email: 'ewa.lis@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
  });
  it('"Ofertę … prześlę najpóźniej do 18 marca" is the sender\'s own doing; "Wyślij mi skan, ja podeślę …" still asks', () => {
    expect(
      analyzeFromOla(
        'Szanowna Pani,\n\nOfertę na cynę wraz z terminami dostaw prześlę najpóźniej do 18 marca – czekamy jeszcze na nowe notowania z giełdy.\n\nOla',
        'pl',
      ).isRequest,
    ).toBe(false);
    expectQuoted('Marta,\n\nWyślij mi pilnie skan poprawionego CMR-u, ja podeślę kierowcy na telefon.\n\nOla', 'pl', [
      'Wyślij mi pilnie',
    ]);
  });
  it('"jutro do 5 rano" is 05:00; "I need them EOD" in Dutch mail asks by 17:00', () => {
    const pl = analyzeFromOla('zerknij prosze na auto i daj mi znac jutro do 5 rano czy moze wyjechac\n\nOla', 'pl');
    expect(pl.due?.toISOString()).toBe('2026-05-07T04:00:00.000Z');
    const nl = analyzeFromOla(
      'Hoi Eva,\n\nCould you nog even de logs van cel 3 exporteren? I need them EOD, morgen komt de auditor.\n\nOla',
      'nl',
    );
    expect(nl.due?.toISOString()).toBe('2026-05-06T16:00:00.000Z');
    expect(nl.requestSpans.map((s) => s.text).some((t) => t.startsWith('I need them EOD'))).toBe(true);
  });
});

describe('round 46: a "by" after "zeker" or "i hvert fall" is still a deadline', () => {
  it.each<[Lang, string]>([
    ['nl', 'Kun je de offerte zeker vóór vrijdag sturen?'],
    ['nb', 'Kan du sende tilbudet i hvert fall innen fredag?'],
  ])('%s: "%s" is due Friday', (lang, line) => {
    expect(analyzeFromOla(`Hei,\n\n${line}\n\nOla`, lang).due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });
});

describe('round 47: asks after a fronted phrase, formal Norwegian, needs relayed, greetings that end in a dash', () => {
  it.each<[Lang, string]>([
    [
      'nl',
      'Met het oog op de verhuizing zouden wij het op prijs stellen als u ons de plattegrond van de opslag stuurt.',
    ],
    ['de', 'Da die Frist bald endet, bitten wir Sie, uns die unterschriebene Vollmacht zukommen zu lassen.'],
    ['de', 'Für die Jahresprüfung wäre ich froh, wenn Sie mir die Wartungsprotokolle zustellen könnten.'],
    ['nb', 'Vi ber med dette om en oversikt over alle leveranser i mars.'],
    ['nb', 'Skjemaet bes returnert innen fredag.'],
    ['de', 'Ich brauch das Formular heute noch ausgefüllt zurück, sonst verfällt der Termin.'],
  ])('%s: "%s" asks', (lang, line) => {
    expect(analyzeFromOla(`Hallo,\n\n${line}\n\nOla`, lang).isRequest).toBe(true);
  });
  it('"Ik wil je bedanken voor …" and "We kunnen je morgen helpen" ask nothing; "Wij zouden u willen vragen …" still asks', () => {
    expect(
      analyzeFromOla('Dag Eva,\n\nIk wil je even bedanken voor de hulp van deze week.\n\nOla', 'nl').isRequest,
    ).toBe(false);
    expect(
      analyzeFromOla('Dag Eva,\n\nWe kunnen je morgen helpen met de verhuizing van het archief.\n\nOla', 'nl')
        .isRequest,
    ).toBe(false);
    expect(
      analyzeFromOla('Dag Eva,\n\nWij zouden u willen vragen om het contract te tekenen.\n\nOla', 'nl').isRequest,
    ).toBe(true);
  });
  it('"Vi ber også om …" after the first ask is quoted too', () => {
    expectQuoted(
      'Hei,\n\nVi ber om at kommentarene sendes oss innen torsdag. Vi ber også om at dere bekrefter tallene i vedlegg 2.\n\nOla',
      'nb',
      ['Vi ber om at kommentarene', 'Vi ber også om'],
    );
  });
  it('"Tom, Eva -" greets the reader in cc by name', () => {
    const a = analyzeFromOla(
      'Tom, Eva -\n\nThe school group comes on Friday morning. Could you both let me know whether you can be there?\n\nOla',
      'en',
      { to: ['tom.berg@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
  });
  it('a mail that greets the reader by name is no auto-reply, whatever absence it names', () => {
    const a = analyzeFromOla(
      'Ewo,\n\nOdpisz mu proszę w moim imieniu, że możemy przyjechać dopiero we wrześniu – ja do końca sierpnia jestem na urlopie.\n\nOla',
      'pl',
      { me: { name: 'Ewa Lis', email: 'ewa.lis@firma.example' } },
    );
    expect(a.isRequest).toBe(true);
    expect(
      analyzeFromOla(
        'Dzień dobry,\n\njestem na urlopie do 20 sierpnia, z ograniczonym dostępem do poczty.\n\nOla',
        'pl',
      ).isRequest,
    ).toBe(false);
  });
  it.each<[Lang, string, string]>([
    ['en', 'Could you quote for the order? They need the figures some time next week.', '2026-05-15T16:00:00.000Z'],
    ['pl', 'Chce mieć wycenę w przyszłym tygodniu. Przygotujesz ją?', '2026-05-15T16:00:00.000Z'],
  ])('%s: a need relayed with the thing named gives the deadline of "%s"', (lang, text, due) => {
    expect(analyzeFromOla(`Hi,\n\n${text}\n\nOla`, lang).due?.toISOString()).toBe(due);
  });
  it('"wiesz może, czy … w piątek …?" asks about a fact: its Friday is no deadline', () => {
    const a = analyzeFromOla(
      'Michał, wiesz może, czy wózek widłowy ktoś już naprawił po tym, jak w piątek zepsuł się hamulec?\n\nOla',
      'pl',
      { me: { name: 'Michał Zieliński', email: 'michal.zielinski@firma.example' } },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });
});

describe('round 48: offers on a condition, asks put as a wish or a question of choice, dates of a thing', () => {
  it.each<[Lang, string]>([
    ['pl', 'Witaj w zespole! Szafka nr 4 jest Twoja.\nDaj znać, jakbyś czegoś potrzebował.'],
    ['pl', 'Mam wolne popołudnia od wtorku, więc gdybyś potrzebowała pomocy przy pakowaniu, wystarczy dać znać.'],
    ['nb', 'Tok noen bilder fra turen – bare si fra hvis du vil ha noen av dem.'],
    ['nb', 'Jeg har to billetter til konserten. Dere får dem gratis hvis noen vil ha dem – bare si fra.'],
    ['nb', 'Så fin solnedgang i går. Hvem trenger egentlig ferie?'],
  ])('%s: "%s" asks nothing', (lang, text) => {
    expect(analyzeFromOla(`Hei,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });
  it.each<[Lang, string]>([
    ['nl', 'Het zou mooi zijn als je me kunt laten weten of je dat ziet zitten.'],
    ['nl', 'Ik wilde je vragen of je de sleutel morgen kunt meenemen.'],
    ['de', 'Ich wollte Sie fragen, ob Sie mir die Unterlagen morgen vorbeibringen könnten.'],
    ['de', 'Sie müssten uns die Bescheinigung noch nachreichen, sonst kann ich den Antrag nicht bearbeiten.'],
    ['en', 'Should I replace the felt now, or do you prefer to leave it for the next service?'],
    ['en', 'the van got a flat overnight, garage just rang me. need you to pick up the tyres before 10'],
  ])('%s: "%s" asks', (lang, text) => {
    expect(analyzeFromOla(`Hi,\n\n${text}\n\nOla`, lang).isRequest).toBe(true);
  });
  it('"Sie müssten die Mail eigentlich schon bekommen haben" asks nothing', () => {
    expect(
      analyzeFromOla('Hallo,\n\nSie müssten die Mail eigentlich schon bekommen haben.\n\nOla', 'de').isRequest,
    ).toBe(false);
  });
  it.each<[Lang, string, string | null]>([
    ['en', 'Could you photograph the mount? I’d like all of that done next week.', '2026-05-15T16:00:00.000Z'],
    [
      'nl',
      'Zou je de cijfers op een rijtje willen zetten? Graag eind van de week, dan neem ik ze maandag mee naar het overleg.',
      '2026-05-08T16:00:00.000Z',
    ],
    [
      'nl',
      'Voor de bestuursvergadering van 20 mei heb ik de offerte nodig, samen met jouw korte advies. Ik heb het stuk binnen 3 werkdagen nodig, want de stukken moeten op tijd rond.',
      '2026-05-11T16:00:00.000Z',
    ],
    ['pl', 'Proszę o dostarczenie próbek ze stawów. Wyniki przesyłamy zwykle w ciągu 5 dni roboczych.', null],
  ])('%s: "%s" is due %s', (lang, text, due) => {
    expect(analyzeFromOla(`Hi,\n\n${text}\n\nOla`, lang).due?.toISOString() ?? null).toBe(due);
  });
});

describe('round 49: offers on a need, what the sender likes or waits on, what the reader remembers, dates said not to be it', () => {
  it.each<[Lang, string]>([
    ['pl', 'Słyszałem, że w sobotę masz wesele. Gdybyś potrzebowała, mogę wziąć za Ciebie sobotni dyżur.'],
    ['nl', 'Als je hulp nodig hebt bij de verhuizing, kan ik zaterdag wel een paar uur komen.'],
    ['pl', 'Cennik jest prawie gotowy, brakuje mi tylko kalkulacji foteli, bo czekam na ceny lakieru.'],
    ['nl', 'Mevrouw Peeters belde om te zeggen hoe vriendelijk je was. Dat soort telefoontjes hoor ik graag.'],
    ['nl', 'De oude puzzel werkt nog perfect, alleen de lampjes moeten misschien vervangen worden.'],
  ])('%s: "%s" asks nothing', (lang, text) => {
    expect(analyzeFromOla(`Hoi,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });
  it.each<[Lang, string]>([
    ['pl', 'Czekam jeszcze na Twoje zestawienie godzin.'],
    ['nl', 'Je reactie hoor ik graag.'],
    ['de', 'Du weißt doch noch, wie der Lieferant aus Linz hieß, bei dem wir die Ketten gekauft haben?'],
    ['pl', 'Pamiętasz może, ile kosztowała ta folia, którą zamawialiśmy w zeszłym roku?'],
  ])('%s: "%s" asks', (lang, text) => {
    expect(analyzeFromOla(`Hoi,\n\n${text}\n\nOla`, lang).isRequest).toBe(true);
  });
  it.each<[Lang, string, string | null]>([
    [
      'en',
      'Every driver who uses the north yard must complete the new safety e-learning by 22 May.',
      '2026-05-22T16:00:00.000Z',
    ],
    ['en', 'Can you find someone for the Thursday shift please? Need a name back today.', '2026-05-06T16:00:00.000Z'],
    [
      'de',
      'kannst du mir die genehmigung bitte als pdf schicken? brauch die heute noch, sonst gibt es ärger.',
      '2026-05-06T16:00:00.000Z',
    ],
    ['de', 'Kannst du bitte dem Gerüstbauer sagen, dass wir erst am Montag anfangen, nicht morgen.', null],
  ])('%s: "%s" is due %s', (lang, text, due) => {
    expect(analyzeFromOla(`Hi,\n\n${text}\n\nOla`, lang).due?.toISOString() ?? null).toBe(due);
  });
});

describe('round 50: a line to the whole group, formal inquiries, what it is important the reader does', () => {
  it.each<[Lang, string]>([
    [
      'nb',
      'Litt info:\n\n- Flåte 3 er tilbake fra verkstedet.\n- Alle: husk å signere den nye instruksen før neste vakt.',
    ],
    [
      'de',
      'Wir möchten daher anfragen, ob Sie uns zwei historische Formen als Leihgabe zur Verfügung stellen könnten.',
    ],
    ['de', 'Für die Planung ist es wichtig, dass Sie mir die Mengen innerhalb von zwei Tagen durchgeben.'],
    ['nl', 'Voor de planning is het belangrijk dat u de aantallen vóór vrijdag doorgeeft.'],
    ['nb', 'Det er viktig at du leverer timelistene innen fredag.'],
  ])('%s: "%s" asks', (lang, text) => {
    expect(analyzeFromOla(`Hei,\n\n${text}\n\nOla`, lang).isRequest).toBe(true);
  });
  it.each<[Lang, string]>([
    ['nl', 'Ik zit morgen op locatie. Zou het niet fantastisch zijn als die vleugel tegen het concert weer speelt?'],
    ['de', 'Ich bin morgen auswärts. Wäre es nicht toll, wenn die Orgel zum Konzert wieder spielt?'],
    ['pl', 'Dzięki za pomoc! Dwa pasy trzeba oddać do czyszczenia, ale tym zajmę się sama.'],
    ['nb', 'Tom: husk å signere den nye instruksen før neste vakt.'],
  ])('%s: "%s" asks nothing of the reader', (lang, text) => {
    expect(analyzeFromOla(`Hei,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });
  it('"Jon Are," greets someone else by a first name of two words: the reader in cc is only informed', () => {
    const a = analyzeFromOla(
      'Jon Are,\n\nKan du kjøre til lageret i dag og hente de to fatene?\n\nEva: setter deg på kopi så du vet hva som skjer.\n\nOla',
      'nb',
      { to: ['jonare.odegard@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });
  it('"b4 3pm" is 15:00 on the day', () => {
    expect(
      analyzeFromOla(
        'hey can u check if the lines came in? need to know b4 3pm so i can tell them\n\nz',
        'en',
      ).due?.toISOString(),
    ).toBe('2026-05-06T14:00:00.000Z');
  });
});

describe('round 51: a name typed in lower case, nothing you need to do, street numbers, planned days', () => {
  it.each<[Lang, string]>([
    [
      'pl',
      'Kilka spraw:\n- nowe rękawice są w szafce\n- Ewa, ogarnij w końcu te stare kartony z kąta – oddaj je na złom',
    ],
    ['de', 'bin grad unterwegs, daher kurz vom Handy: sind die Zählerwechsel in der Gartenstr. 2-18 schon gemeldet?'],
  ])('%s: "%s" asks', (lang, text) => {
    expect(analyzeFromOla(`${text}\n\nOla`, lang).isRequest).toBe(true);
  });
  it('"chloe can u …": the reader\'s name typed in lower case turns the line to her', () => {
    const a = analyzeFromOla(
      'chloe can u call mr adeyemi back before 3pm, he left a msg about moving his appt on thurs. im stuck in a meeting til late\nta\nS',
      'en',
      { me: { name: 'Chloe Burns', email: 'chloe.burns@firma.example' } },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-06T14:00:00.000Z');
  });
  it('"…, so there\'s nothing you need to change" asks nothing; "You need to change the passwords" does', () => {
    expect(
      analyzeFromOla(
        "Hi all,\n\nThe hours are already on the tills, so there's nothing you need to change.\n\nOla",
        'en',
      ).isRequest,
    ).toBe(false);
    expect(analyzeFromOla('Hi all,\n\nYou need to change the passwords by Friday.\n\nOla', 'en').isRequest).toBe(true);
  });
  it('a day something is planned for is no deadline; a day by which it must be planned is', () => {
    expect(
      analyzeFromOla(
        'Hoi Eva,\n\nWeet jij of de vaccins al besteld zijn? Ik heb voor volgende week donderdag een vaccinatieochtend gepland.\n\nOla',
        'nl',
      ).due,
    ).toBeNull();
    expect(
      analyzeFromOla(
        'Beste collega’s,\n\nIedereen moet uiterlijk 15 mei een herhalingstraining ingepland hebben via het portaal.\n\nOla',
        'nl',
      ).due?.toISOString(),
    ).toBe('2026-05-15T16:00:00.000Z');
  });
});

describe('round 52: how long an offer holds, a need that restates the ask, a memory question after a lead-in', () => {
  it.each<[Lang, string]>([
    ['pl', 'Prosimy o potwierdzenie zamówienia mailem. Przypominam też, że cena promocyjna obowiązuje do 30 maja.'],
    ['de', 'Bitte bestätigen Sie die Bestellung per Mail. Der Aktionspreis gilt bis 30. Mai.'],
    ['nb', 'Bekreft bestillingen på e-post. Kampanjeprisen gjelder til 30. mai.'],
  ])('%s: "%s" is due at no date', (lang, text) => {
    const a = analyzeFromOla(`Hei,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });
  it('"Potrzebuję projektu jutro do 10:00, bo …" after the ask restates it; the deadline stays', () => {
    const a = analyzeFromOla(
      'Ewo,\n\nprzygotuj proszę projekt odpowiedzi na pismo. Akta są na dysku. Potrzebuję projektu jutro do 10:00, bo o 11 mam spotkanie.\n\nOla',
      'pl',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual(['przygotuj proszę projekt odpowiedzi na pismo.']);
    expect(a.due?.toISOString()).toBe('2026-05-07T09:00:00.000Z');
  });
  it('"quick question – pamiętasz, jakiego …?" is quoted', () => {
    expectQuoted(
      'Hej Ewa,\n\nquick question – pamiętasz, jakiego protokołu kalibracji używaliśmy w zeszłym sezonie? Jak masz PDF-a, to wrzuć na Teams.\n\nOla',
      'pl',
      ['pamiętasz, jakiego protokołu'],
    );
  });
});

describe('round 53: "until" after a need, "today" after "must", a thank-you for a wish, a duty of everyone with something', () => {
  it.each<[Lang, string, string]>([
    [
      'en',
      'Please can you check if the invoice is paid already? They need the confirmation until end of this month.',
      '2026-05-31T16:00:00.000Z',
    ],
    [
      'nb',
      'Eva – bestill fire vinterdekk til Golfen. Må bestilles i dag, kunden henter fredag.',
      '2026-05-06T16:00:00.000Z',
    ],
    ['nl', 'Eva, kun jij deze klant even terugbellen? Liefst vandaag nog.', '2026-05-06T16:00:00.000Z'],
  ])('%s: "%s" is due %s', (lang, text, due) => {
    expect(analyzeFromOla(`${text}\n\nOla`, lang).due?.toISOString()).toBe(due);
  });
  it('"Skal ha møte med dem neste uke" after a question is the sender\'s plan, no deadline', () => {
    expect(
      analyzeFromOla(
        'Hei Eva\nVet du om kommunen har betalt fakturaen ennå? Skal ha møte med dem neste uke og vil ikke ta det opp hvis det er ordnet.\n\nOla',
        'nb',
      ).due,
    ).toBeNull();
  });
  it.each<[Lang, string]>([
    ['de', 'Wenn du mir deine Stundenzettel vom März noch ins Büro bringen würdest, wär ich dir sehr dankbar.'],
    ['nl', 'Iedereen met een Wft-diploma moet de module vóór 15 juni afronden via het leerplatform.'],
  ])('%s: "%s" asks', (lang, text) => {
    expect(analyzeFromOla(`Hallo,\n\n${text}\n\nOla`, lang).isRequest).toBe(true);
  });
});

describe('round 54: what the sender asked someone else to do, what the reader need not do', () => {
  it.each<[Lang, string]>([
    [
      'en',
      "I've asked Megan at the agency to send the final label copy by Friday. If nothing comes in by Thursday I'll chase her.",
    ],
    ['pl', 'proszę się nie kłopotać – nie musi Pani już przesyłać wyciągu za listopad. Pobrałam go sama.'],
    ['de', 'Ich habe Frau Krüger gebeten, die Druckvorlage bis Freitag zu schicken.'],
  ])('%s: "%s" asks nothing of the reader', (lang, text) => {
    expect(analyzeFromOla(`Hallo,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });
  it('"I asked you to send …" still asks', () => {
    expect(
      analyzeFromOla(
        'Hi Eva,\n\nI asked you last week to send the label copy. Could you send it by Friday?\n\nOla',
        'en',
      ).isRequest,
    ).toBe(true);
  });
});

describe('round 55: Swiss and Flemish spellings, offers of what the reader may want, a wish done by a date', () => {
  it.each<[Lang, string]>([
    ['de', 'Weisst du, ob Herr Zaugg uns das Logo irgendwann als Vektordatei geschickt hat?'],
    ['de', 'Ach, und weisst du zufällig, wer den Zweitschlüssel für den Weinkeller hat?'],
    ['nl', 'Allez, voor ik het vergeet: weet gij of de brouwerij het nieuwe etiket al heeft goedgekeurd?'],
    ['nb', 'Ett spørsmål før vi legger jobben i produksjon: skal omslaget ha matt eller blank laminering?'],
    ['de', 'Eine Frage, bevor wir in Druck gehen: soll der Umschlag matt oder glänzend sein?'],
  ])('%s: "%s" asks the reader', (lang, text) => {
    const a = analyzeFromOla(`Hallo Eva,\n\nDie Etiketten sind fast fertig.\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toEqual([text]);
  });

  it.each<[Lang, string]>([
    ['de', 'Falls Sie mir noch etwas mitgeben möchten, geben Sie mir Bescheid.'],
    ['pl', 'Gdyby Pani chciała mi jeszcze coś przekazać, proszę dać znać.'],
    ['nb', 'Er det noen som vil ha dem, er det bare å si ifra.'],
    ['nb', 'Hvis du vil ha en kopi, så si ifra.'],
    ['en', "I'll send you the quote on Friday. Then you can compare it with your current contract at your leisure."],
    ['nl', 'Ik stuur je vrijdag de offerte. Dan kun je het rustig naast je huidige contract leggen.'],
    ['de', 'Ich schicke dir am Freitag das Angebot. Dann kannst du es in Ruhe mit deinem Vertrag vergleichen.'],
    ['nb', 'Jeg sender deg tilbudet på fredag. Da kan du sammenligne det med dagens avtale i ro og mak.'],
    ['en', 'Welcome aboard!\n\n- Your laptop is set up and waiting on your desk (second floor, by the window).'],
    ['en', 'Your badge is waiting for you at reception.'],
    ['nb', 'I dag starter Ahmed som lærling hos oss. Jeg vet dere kommer til å ta godt imot ham.'],
    [
      'nl',
      'Even de stand van zaken:\n\n- 38 van de 61 aangiften zijn ingediend.\n- Voor 9 klanten wachten we nog op de jaaropgaven; die heb ik een herinnering gestuurd.\n\nJe hoeft hier niets mee te doen; volgende week stuur ik weer een update.',
    ],
  ])('%s: "%s" asks nothing', (lang, text) => {
    expect(analyzeFromOla(`Hei,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });

  it.each<[Lang, string]>([
    ['nl', 'Herinnering: graag de urenstaat vóór vrijdag sturen.'],
    ['de', 'Erinnerung: bitte den Stundenzettel bis Freitag schicken.'],
    ['pl', 'Przypomnienie: proszę przesłać kartę czasu pracy do piątku.'],
    ['nb', 'Påminnelse: send timelisten innen fredag.'],
  ])('%s: "%s" is a reminder to the reader, not a line turned to someone called so', (lang, text) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it('an offer with a time to answer by still asks, and so does a question after "I know"', () => {
    const a = analyzeFromOla(
      'Hallo Eva,\n\nFalls Sie den Termin am Freitag möchten, geben Sie mir bis Donnerstag Bescheid.\n\nOla',
      'de',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-07T16:00:00.000Z');
    expect(analyzeFromOla('Hei Eva,\n\nVet dere om Ahmed har fått nøkkelkort?\n\nOla', 'nb').isRequest).toBe(true);
  });

  it('a mail whose first line turns to the reader by name is no auto-reply for mentioning leave', () => {
    const me = { name: 'Barbara Lis', email: 'barbara.lis@firma.example' };
    const ask = analyzeFromOla(
      'Pani Basiu, proszę odpowiedzieć temu Panu i zaproponować mu pierwszy wolny termin u dr Ludwiczak.\nJestem na urlopie, wracam 13 lipca.\nJ. Pietrzyk',
      'pl',
      { me },
    );
    expect(ask.isRequest).toBe(true);
    const away = analyzeFromOla(
      'Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie do 13 lipca. W pilnych sprawach proszę o kontakt z rejestracją.\n\nJ. Pietrzyk',
      'pl',
      { me },
    );
    expect(away.isRequest).toBe(false);
  });

  it.each<[Lang, string, string]>([
    // What the sender has on after a dash is not the deadline; an hour and "tomorrow" are no period.
    ['pl', 'potrzebuję finalnych plików EOD – jutro o 9:00 mamy call z klientem.', '2026-05-06T16:00:00.000Z'],
    ['nb', 'Jeg trenger bildene innen kl. 16 – i morgen kl. 9 har vi kundemøtet.', '2026-05-06T15:00:00.000Z'],
    [
      'nb',
      'Kan du sende meg kvitteringene? Det holder at jeg får dem en gang neste uke, ingen hast.',
      '2026-05-15T16:00:00.000Z',
    ],
    ['nb', 'Fint om alt er lastet opp i kundeportalen innen utgangen av måneden.', '2026-05-31T16:00:00.000Z'],
    ['nl', 'Fijn als alles vóór het einde van de maand in het klantportaal is geüpload.', '2026-05-31T16:00:00.000Z'],
    ['de', 'Schön wäre, wenn bis Monatsende alles im Kundenportal hochgeladen ist.', '2026-05-31T16:00:00.000Z'],
    ['pl', 'Dobrze by było, gdyby wszystko było wgrane na portal do końca miesiąca.', '2026-05-31T16:00:00.000Z'],
  ])('%s: "%s" is due %s', (lang, text, due) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe(due);
  });
});

describe('round 56: a question announced, a thing wished by a date, a weekday of next week', () => {
  it.each<[Lang, string, string]>([
    [
      'en',
      'I have one question about the glass bay.',
      'The collection from Velmont Glass is still on monday or they change it to thursday from this month?',
    ],
    ['nl', 'Ik heb een vraagje over de planning.', 'De levering blijft op maandag of wordt het donderdag?'],
    [
      'de',
      'Ich habe eine kurze Frage zur Lieferung.',
      'Die Abholung bleibt am Montag oder wird sie auf Donnerstag verschoben?',
    ],
    ['pl', 'Mam jedno pytanie odnośnie odbioru.', 'Odbiór dalej jest w poniedziałek czy przenoszą go na czwartek?'],
    ['nb', 'Jeg har et spørsmål om hentingen.', 'Hentingen er fortsatt på mandag eller blir den flyttet til torsdag?'],
  ])('%s: the question after "%s" asks', (lang, announce, question) => {
    expectQuoted(`Hei Eva,\n\n${announce} ${question}\n\nOla`, lang, [question]);
  });

  it('a wondering about what the reader can allow asks, one about the weather does not', () => {
    expectQuoted(
      "Dear Eva,\n\nThank you again for last week. I wondered whether it might be possible for the bride's grandmother to have a ground-floor room near the lift? She uses a walking frame. Absolutely no rush on this, whenever you have a moment to look at the allocation.\n\nOla",
      'en',
      ['I wondered whether it might be possible'],
      ['Absolutely no rush'],
    );
    expect(
      analyzeFromOla('Hi Eva,\n\nI wonder if it will rain on Saturday? Anyway, see you then.\n\nOla', 'en').isRequest,
    ).toBe(false);
  });

  it.each<[Lang, string]>([
    ['en', 'A short reply by the end of the week would be very helpful.'],
    ['nl', 'Een korte reactie vóór het einde van de week zou erg fijn zijn.'],
    [
      'de',
      'Eine kurze Rückmeldung bis Ende der Woche wäre sehr hilfreich, da wir sonst den Verlag einschalten müssen.',
    ],
    ['pl', 'Krótka odpowiedź do końca tygodnia byłaby bardzo pomocna.'],
  ])('%s: "%s" asks, by Friday', (lang, text) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toContain(text);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it.each<[Lang, string, string]>([
    ['en', 'Please send me the offer by Wednesday next week.', '2026-05-13T16:00:00.000Z'],
    ['nl', 'Kun je me de offerte uiterlijk volgende week woensdag sturen?', '2026-05-13T16:00:00.000Z'],
    ['de', 'Bitte schick mir das Angebot bis Mittwoch nächster Woche.', '2026-05-13T16:00:00.000Z'],
    ['de', 'Bitte schick mir das Angebot bis nächste Woche Mittwoch.', '2026-05-13T16:00:00.000Z'],
    ['pl', 'Proszę o przesłanie oferty do środy w przyszłym tygodniu.', '2026-05-13T16:00:00.000Z'],
    ['nb', 'Kan du sende meg tilbudet innen onsdag neste uke?', '2026-05-13T16:00:00.000Z'],
    // Not a weekday of next week: the comma ends the deadline.
    ['de', 'Bitte schick mir das Angebot bis Freitag, nächste Woche bin ich weg.', '2026-05-08T16:00:00.000Z'],
    // Non-native "until" after "please" is "by".
    [
      'en',
      'Please confirm us the quantities for the 2027 contract until Friday, then we can reserve the lots.',
      '2026-05-08T16:00:00.000Z',
    ],
    // The ask's own date beats the one a later clause relays for another's want …
    [
      'de',
      'brauche die Tonnagen Altholz für Oktober heute noch, das Landratsamt will die Mengenmeldung bis morgen früh haben.',
      '2026-05-06T16:00:00.000Z',
    ],
    // … not the sender's own need after "so".
    [
      'en',
      'The inspection pack has to be finalised this week, so I need them by Friday 12 noon at the latest.',
      '2026-05-08T11:00:00.000Z',
    ],
    // … which still counts when the ask has none.
    [
      'de',
      'Schick mir bitte die Tonnagen, das Landratsamt will sie bis morgen früh haben.',
      '2026-05-07T08:00:00.000Z',
    ],
  ])('%s: "%s" is due %s', (lang, text, due) => {
    const a = analyzeFromOla(`Hallo Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe(due);
  });

  it('agreements of a meeting that give the tasks to others ask nothing; "wystaw fakturę" still asks', () => {
    expect(
      analyzeFromOla(
        'Cześć,\n\nponiżej ustalenia z dzisiejszego spotkania:\n\n1. Montaż gablot – 9–13 maja. Odpowiada: Michał.\n2. Zaproszenia na wernisaż – Joanna wysyła do 12 maja.\n3. Oświetlenie sali wystaw czasowych – Piotr sprawdza z elektrykiem do piątku.\n\nOla',
        'pl',
      ).isRequest,
    ).toBe(false);
    expect(analyzeFromOla('Cześć Ewa,\n\nWystaw fakturę dla Kowalskiego do piątku.\n\nOla', 'pl').isRequest).toBe(true);
  });

  it('what the sender waits for from another, after what comes, asks nothing', () => {
    expect(
      analyzeFromOla(
        'Salü Eva\n\nKV kommt bis am Mittwoch nächster Woche, ich warte noch auf die Offerte vom Motorenhersteller für die Zylinderköpfe.\n\nGruess Ola',
        'de',
      ).isRequest,
    ).toBe(false);
  });
});

describe('round 57: answers to the reader’s own question, news said as news, group duties by a date', () => {
  it('a reply that takes up the words of the reader’s quoted question answers it', () => {
    const body =
      'Hallo Eva,\n\nHab mit dem Hausmeister der Stadthalle alles durchgemessen: Wir brauchen 14 zusätzliche Podeste (2 x 1 m) plus zwei Treppen für den Chor.\n\nGruß\nOla\n\nAm 05.05.2026 um 16:10 schrieb Eva Lund <eva.lund@firma.example>:\n> Hallo Ola,\n> Könntest du mir bis Ende der Woche sagen, wie viele Podeste wir für Mahler 2 in der Stadthalle zusätzlich brauchen?\n> Eva';
    expect(analyzeFromOla(body, 'de').isRequest).toBe(false);
    // The same need below someone else's question is still the reader's to act on.
    const forwarded = body.replace(
      'schrieb Eva Lund <eva.lund@firma.example>',
      'schrieb Tom Berg <tom.berg@firma.example>',
    );
    expect(analyzeFromOla(forwarded, 'de').isRequest).toBe(true);
  });

  it.each<[Lang, string]>([
    [
      'en',
      'We inform you that the bandsaw blades from your order nr 4471 are shipped today by road transport. The arrival is expected on Thursday.',
    ],
    [
      'en',
      "Notes from this morning's planning meeting:\n\n1. Move date for the dragon confirmed as 28 May, early start (06:30).\n2. Heating fine.",
    ],
    ['pl', 'Kto by pomyślał, że ktoś to kupi?'],
    ['pl', 'Czy ktoś jeszcze wątpi, że stać nas na awans?'],
  ])('%s: "%s" asks nothing', (lang, text) => {
    expect(analyzeFromOla(`Hi Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });

  it.each<[Lang, string, string | null]>([
    [
      'nl',
      '4. Iedereen geeft zijn verlofwensen voor de kerstperiode door via het personeelsportaal tegen het einde van de week.',
      '2026-05-08T16:00:00.000Z',
    ],
    ['de', 'Jeder trägt sich bis Freitag in die Liste am Empfang ein.', '2026-05-08T16:00:00.000Z'],
    ['pl', 'U nas wszystkie busy zajęte. Ma któryś oddział coś wolnego na te dni?', null],
    [
      'pl',
      'zamow prosze 20 paczek tych samych co ostatnio do konca tygodnia bo inaczej w poniedzialek stoimy',
      '2026-05-08T16:00:00.000Z',
    ],
    [
      'pl',
      'Przygotuj proszę odpowiedź w przyszłym tygodniu – najlepiej od razu z protokołami badań, żeby nie było kolejnej rundy pytań.',
      '2026-05-15T16:00:00.000Z',
    ],
  ])('%s: "%s" asks, due %s', (lang, text, due) => {
    const a = analyzeFromOla(`Hej Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString() ?? null).toBe(due);
  });

  it('"everyone has", "jeder bekommt" with a date are news, not duties', () => {
    expect(
      analyzeFromOla('Hoi Eva,\n\nIedereen heeft vanaf vrijdag toegang tot het nieuwe portaal.\n\nOla', 'nl').isRequest,
    ).toBe(false);
    expect(analyzeFromOla('Hallo Eva,\n\nJeder bekommt bis Freitag einen neuen Ausweis.\n\nOla', 'de').isRequest).toBe(
      false,
    );
  });
});

describe('round 58: a line carried to another person, choices of a day, the reason after "sonst"', () => {
  it('the rest of a line turned to another recipient stays theirs, even after an imperative and its comma', () => {
    const a = analyzeFromOla(
      'Paweł – w Oliwie przez remont galerii od poniedziałku zmienia się wjazd dla dostaw. Zadzwoń, proszę, do przewoźnika i przekaż mu nowy adres rampy.\n\nEwa, Ty tylko do wiadomości.\n\nOla',
      'pl',
      { to: ['pawel.nowicki@firma.example', 'eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });

  it.each<[Lang, string]>([
    ['pl', 'Serwisant może być we wtorek albo w środę od rana. Który dzień Ci pasuje?'],
    ['en', 'The engineer can come on Tuesday or Wednesday morning. Which day suits you best?'],
    ['de', 'Der Techniker kann am Dienstag oder Mittwoch kommen. Welcher Tag passt dir besser?'],
  ])('%s: the days around "which day suits" are choices, not a deadline', (lang, text) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each<[Lang, string, string | null]>([
    [
      'de',
      'kannst bitte klären ob wir das mitnehmen dürfen? brauch die info heut noch sonst müssen wir morgen nochmal fahren',
      '2026-05-06T16:00:00.000Z',
    ],
    ['nb', 'kan du ringe fam. Thorsen på nesodden i dag? de har ringt 2 ganger.', '2026-05-06T16:00:00.000Z'],
    // A shift from 19u to 1u is a period, not a deadline of the ask beside it.
    ['nl', 'we zitten zaterdag met een gat aan de vestiare van 19u tot 1u. laat iets weten aub', null],
  ])('%s: "%s" is due %s', (lang, text, due) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString() ?? null).toBe(due);
  });

  it('a day in a condition is no deadline, "if possible today" is', () => {
    const snow = analyzeFromOla(
      'Hallo Eva,\n\nweißt du, ob die Pistenraupe 3 schon aus der Werkstatt zurück ist? Wenn’s heut Nacht schneit, bräuchten wir sie am Sonntag früh am Kälberhang.\n\nOla',
      'de',
    );
    expect(snow.isRequest).toBe(true);
    expect(snow.due).toBeNull();
    expect(analyzeFromOla('Hi Eva,\n\nCould you send it, if possible today?\n\nOla', 'en').due?.toISOString()).toBe(
      '2026-05-06T16:00:00.000Z',
    );
  });

  it('a line that turns to the reader after "and" is hers, not the previous person’s', () => {
    expectQuoted(
      'Hoi Joost en Eva,\n\nJoost, kun jij de repetitieruimte reserveren voor de 8e en 9e? En Eva, zou jij per school een contactpersoon willen verzamelen?\n\nOla',
      'nl',
      ['En Eva, zou jij per school'],
      ['Joost, kun jij'],
    );
  });

  it('a question about a thing "or are you …" asks the reader', () => {
    expectQuoted(
      'Hi Eva,\n\nThe new door operator board was delivered this morning.\n\nIs the Riverside House lift back in service yet, or are you fitting it tomorrow? The agent keeps ringing me.\n\nOla',
      'en',
      ['Is the Riverside House lift back in service yet'],
    );
  });
});

describe('endsWithQuestion reads a sentence as /\\?\\s*$/ does', () => {
  it.each([
    'Can you?',
    'Can you?  ',
    'Can you?\u00a0\n',
    '?',
    'No.',
    '',
    '   ',
    'Why? Because.',
    'a?\u2028',
    'a?\ufeff',
    'a?b',
  ])('%j', (text) => {
    expect(endsWithQuestion(text)).toBe(/\?\s*$/.test(text));
  });
});

describe('round 59: a further thing that would also help, "zabierz", the day a rule starts', () => {
  it.each<[Lang, string, string]>([
    [
      'de',
      'Kannst du dir den Schaden heute noch anschauen?',
      'Fotos vom betroffenen Gerüstabschnitt wären auch hilfreich.',
    ],
    ['en', 'Could you check the crack today?', 'A photo of it would also be helpful.'],
    ['nl', 'Kun je vandaag naar de scheur kijken?', 'Een foto zou ook handig zijn.'],
    ['nb', 'Kan du se på sprekken i dag?', 'Bilder hadde også vært fint.'],
  ])('%s: "%s" is followed by a further ask', (lang, ask, further) => {
    expectQuoted(`Hei Eva,\n\n${ask} ${further}\n\nOla`, lang, [ask, further]);
  });

  it('what would also have been good, or is welcome, or need not be, asks nothing', () => {
    expect(analyzeFromOla('Hallo Eva,\n\nDas Wetter wäre auch gut gewesen.\n\nOla', 'de').isRequest).toBe(false);
    expect(
      analyzeFromOla(
        'Beste mensen,\n\nOp vrijdag 18 december houden we een afscheidsborrel in de kantine. Aanmelden is niet nodig en partners zijn ook welkom.\n\nOla',
        'nl',
      ).isRequest,
    ).toBe(false);
  });

  it('"zabierz" asks; "od poniedziałku" is when a rule starts, not a deadline', () => {
    expect(
      analyzeFromOla(
        'Ewa,\njak bedziesz jechał do lakierni z frontami od Nowaków, zabierz też dwie szafki nocne od Zawadzkich – stoją owinięte przy bramie.\nOla',
        'pl',
      ).isRequest,
    ).toBe(true);
    const rule = analyzeFromOla(
      'Cześć,\n\nwprowadzamy jedną zasadę: od poniedziałku każdy, kto przyjmuje rower, musi wpisać numer ramy do karty zlecenia w systemie.\n\nOla',
      'pl',
    );
    expect(rule.isRequest).toBe(true);
    expect(rule.due).toBeNull();
  });
});

describe('round 60: "may we, may I" questions, gender forms, "afmelden" that is no unsubscribe', () => {
  it.each<[Lang, string]>([
    ['nl', 'Kunnen we dinsdag na de les van 19u efkes samenzitten, een halfuurtje maar?'],
    ['nl', 'Versland belde weer. Kan ik ze toezeggen dat we vanaf week 14 weer 2 pallets per week kunnen leveren?'],
    ['de', 'Können wir am Dienstag nach dem Kurs kurz zusammensitzen, eine halbe Stunde nur?'],
    ['de', 'Kann ich ihnen zusagen, dass wir ab KW 14 wieder zwei Paletten pro Woche liefern?'],
    ['de', 'Jede:r von euch muss sich bis Freitag, 12 Uhr, im Dienstplan für zwei Zusatztermine eintragen.'],
  ])('%s: "%s" asks', (lang, text) => {
    expect(analyzeFromOla(`Hallo Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(true);
  });

  it.each<[Lang, string]>([
    ['nl', 'Kan ik je ergens mee helpen?'],
    ['de', 'Kann ich dir irgendwie helfen?'],
    ['en', 'Lovely to hear from you – we did the same show a couple of years back.'],
  ])('%s: "%s" asks nothing', (lang, text) => {
    expect(analyzeFromOla(`Hallo Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });

  it('a person who asks to close work orders in the app is no newsletter', () => {
    const a = analyzeFromOla(
      'Goedemorgen Eva,\n\nWil je vandaag wel even de werkbonnen van vorige week in de app afmelden? Anders kan ik niet factureren.\n\nGr Ola',
      'nl',
    );
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(true);
  });

  it('a name and "bitte" on a mail to a list turns to that person', () => {
    const a = analyzeFromOla(
      'Guten Morgen!\n\nKurze Info zur Woche: Mittwoch kommt die Lebensmittelkontrolle.\n\nMartin, bitte schau, dass bis Mittwoch früh die Temperaturprotokolle im Büro liegen.\n\nDanke, Ola',
      'de',
      { to: ['produktion@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });

  it('"extend the stay until Sunday" is how long it lasts, not a deadline', () => {
    const a = analyzeFromOla(
      'Hi Eva,\n\nMrs. Patterson just call me, she want to extend Biscuit stay until Sunday because her flight is delayed. Can you change the booking in the system and send her the new invoice?\n\nOla',
      'en',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });
});

describe('round 61: Flemish "ge" and "gij" throughout, a caller’s report, what the reader should have had', () => {
  it.each<[Lang, string]>([
    ['nl', 'Laat gerust iets weten als ge nog vragen hebt.'],
    ['nl', 'Laat maar iets weten als ge vragen hebt.'],
    ['en', 'Mrs. Hernandez called me this morning just to tell me how amazing you were.'],
    ['en', 'Also the moisture readings you asked last week I sent on Friday, so you should have it.'],
  ])('%s: "%s" asks nothing', (lang, text) => {
    expect(analyzeFromOla(`Hi Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });

  it('a line turned to another person with Flemish "gij" is theirs', () => {
    const a = analyzeFromOla(
      'Mannen,\n\nMevrouw Vanneste belde: het lekt opnieuw bij de dakkapel.\n\n@Jens, kunt gij daar morgenvroeg eerst langsgaan voor ge naar Kortrijk vertrekt? Neem de hoogwerker mee.\n\nOla',
      'nl',
      { to: ['ploeg@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });

  it('"tell me" and "you should" still ask', () => {
    expect(analyzeFromOla('Hi Eva,\n\nCould you tell me how many chairs we need?\n\nOla', 'en').isRequest).toBe(true);
    expect(analyzeFromOla('Hi Eva,\n\nYou should send the forms to payroll by Friday.\n\nOla', 'en').isRequest).toBe(
      true,
    );
  });
});

describe('round 62: thanks for what was done or is still to do, a request announced, an approximate hour', () => {
  it('thanks for Saturday and what the reader went through ask nothing; thanks in advance asks', () => {
    expect(
      analyzeFromOla(
        'Hi everyone,\n\nJust a quick thank you to all of you for Saturday. Eva and Tom especially, I know you didn’t get a proper lunch.\n\nCakes are on me this Friday.\n\nOla',
        'en',
      ).isRequest,
    ).toBe(false);
    const a = analyzeFromOla('Hi Eva,\n\nThanks in advance for sending the figures by Friday.\n\nOla', 'en');
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it.each<[Lang, string, string]>([
    [
      'de',
      '1. Der neue Drucker läuft.\n2. Und zum Schluss noch eine Bitte an alle: Startet eure PCs irgendwann nächste Woche einmal komplett neu.',
      '2026-05-15T16:00:00.000Z',
    ],
    ['nl', 'Zou jij de monturen eens kunnen tellen? Volgende week is ook nog goed.', '2026-05-15T16:00:00.000Z'],
    [
      'nb',
      'Kunne dere sende meg et revidert tilbud? Vi har møte i banken neste uke, så det hadde vært fint å få det innen fredag kl. 12.',
      '2026-05-08T11:00:00.000Z',
    ],
  ])('%s: "%s" is due %s', (lang, text, due) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe(due);
  });

  it('"Einsatz ca. 6 bis 14 Uhr" is a shift, not a deadline; "die 3 Kisten bis 14 Uhr" is', () => {
    const shift = analyzeFromOla(
      'Hallo zusammen,\n\nwir brauchen am Samstag einen Fahrer für den 40-Tonner. Einsatz ca. 6 bis 14 Uhr. Bitte meldet euch kurz bei mir, wer Zeit hat.\n\nOla',
      'de',
    );
    expect(shift.isRequest).toBe(true);
    expect(shift.due).toBeNull();
    expect(
      analyzeFromOla('Hallo Eva,\n\nBitte schick mir die 3 Kisten bis 14 Uhr.\n\nOla', 'de').due?.toISOString(),
    ).toBe('2026-05-06T13:00:00.000Z');
  });
});

describe('round 63: an aside after "everyone", needs and choices put shortly, promises and rules of others, visits, nicknames', () => {
  it.each<[Lang, string]>([
    [
      'nl',
      'Iedereen, dus ook de technische dienst en de horeca, moet de e-learning vóór het eind van de maand afgerond hebben.',
    ],
    ['de', 'Jeder, auch die Technik und die Gastro, muss das E-Learning bis Monatsende abgeschlossen haben.'],
  ])('%s: a duty on everyone with an aside between commas asks: "%s"', (lang, text) => {
    const a = analyzeFromOla(`Hallo allemaal,\n\n${text}\n\nOla`, lang, { to: ['team@firma.example'] });
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toEqual([text]);
    expect(a.due).not.toBeNull();
  });

  it.each<[Lang, string, boolean]>([
    ['de', 'brauch noch dein OK für den Stoff beim Auftrag Weber.', true],
    ['de', 'brauch keine Hilfe mehr, danke.', false],
    ['nl', 'Heb nog even je akkoord nodig voor de stof.', true],
    ['nl', 'Heb je hulp niet meer nodig, dank je.', false],
  ])('%s: a need with its subject left out: "%s" asks: %s', (lang, text, asks) => {
    expect(analyzeFromOla(`Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(asks);
  });

  it.each<[Lang, string]>([
    ['de', 'Bouclé in Sand, 68 €/m. Passt das oder soll ich was Günstigeres suchen?'],
    ['nl', 'Bouclé in zand, 68 euro per meter. Is dat goed of zal ik iets goedkopers zoeken?'],
    ['nb', 'Bouclé i sand, 680 kr per meter. Passer det, eller skal jeg finne noe billigere?'],
  ])('%s: a question that offers what the sender would do instead asks the reader to choose: "%s"', (lang, text) => {
    const a = analyzeFromOla(`Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toEqual([text.slice(text.indexOf('. ') + 2)]);
  });

  it('the offer alone is no choice asked for ("Skal jeg finne noe billigere?")', () => {
    expect(analyzeFromOla('Eva,\n\nSkal jeg finne noe billigere?\n\nOla', 'nb').isRequest).toBe(false);
  });

  it.each<[Lang, string]>([
    [
      'pl',
      'Rozliczenie za marzec mam prawie skończone, brakuje mi tylko kart pracy z montażu w Rumi, ale kierownik obiecał je jutro podrzucić.',
    ],
    [
      'en',
      "The March statement is nearly done, I'm only missing the timesheets from the Rumia job, but the site manager promised to drop them off tomorrow.",
    ],
    [
      'de',
      'Die Abrechnung ist fast fertig, mir fehlen nur noch die Stundenzettel, aber der Bauleiter hat versprochen, sie morgen vorbeizubringen.',
    ],
    ['nb', 'Oppgjøret er nesten ferdig, jeg mangler bare timelistene, men formannen har lovet å levere dem i morgen.'],
  ])('%s: a need someone else promised to meet asks nothing: "%s"', (lang, text) => {
    expect(analyzeFromOla(`Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });

  it('a need the reader is to meet still asks, and so does one with a "please" beside the promise', () => {
    expect(analyzeFromOla('Pani Ewo,\n\nbrakuje mi jeszcze Pani kart pracy z marca.\n\nOla', 'pl').isRequest).toBe(
      true,
    );
    expect(
      analyzeFromOla(
        'Eva,\n\nI only need the timesheets, but Tom promised them for tomorrow, so please remind him.\n\nOla',
        'en',
      ).isRequest,
    ).toBe(true);
  });

  it.each<[Lang, string]>([
    ['nb', 'Prøveuttak fra partier over 10 tonn skal gjøres av autorisert prøvetaker.'],
    ['en', 'From July, gas work must be carried out by a registered engineer.'],
    ['de', 'Die Probenahme muss ab Juli von einem zertifizierten Probenehmer durchgeführt werden.'],
    ['nl', 'Vanaf juli moet de keuring worden uitgevoerd door een erkende installateur.'],
    ['pl', 'Od lipca pobieranie próbek musi być wykonane przez uprawnionego próbobiorcę.'],
  ])('%s: a duty given to someone else by role is a rule, not an ask: "%s"', (lang, text) => {
    expect(analyzeFromOla(`Hei alle,\n\n${text}\n\nOla`, lang, { to: ['team@firma.example'] }).isRequest).toBe(false);
  });

  it('a duty on the reader by a date still asks ("The checklist must be done by Friday")', () => {
    const a = analyzeFromOla('Hi Eva,\n\nThe checklist must be done by Friday.\n\nOla', 'en');
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it('a visit at a time is a meeting; a visit still today is due today', () => {
    const meeting = analyzeFromOla(
      'Łukasz,\n\nChcę to omówić, zanim odpiszemy hurtowni. Możesz wpaść do mnie w środę o 10:00 na pół godziny?\n\nG.',
      'pl',
    );
    expect(meeting.isRequest).toBe(true);
    expect(meeting.due).toBeNull();
    const today = analyzeFromOla(
      'hoi eva, die eismaschine zieht wieder streifen. kannst du heute noch vorbeikommen und schauen?\n\nola',
      'de',
    );
    expect(today.isRequest).toBe(true);
    expect(today.due?.toISOString()).toBe('2026-05-06T16:00:00.000Z');
  });

  it('"Aga," is Agnieszka, and a mail typed without Polish letters stays so above "Wysłane z iPhone\'a"', () => {
    const a = analyzeFromOla(
      "Aga, nie pali sie, ale jak bedziesz miala chwile to zamow prosze u dostawcy te uszczelki EPDM, ok. 40 mb. Montaz i tak dopiero po sezonie, wystarczy jak to ogarniesz w przyszlym tygodniu.\n\nTomek\n\nWysłane z iPhone'a",
      'pl',
      { me: { name: 'Agnieszka Dudek', email: 'agnieszka.dudek@firma.example' } },
    );
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans[0]?.text.startsWith('Aga, nie pali sie')).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });
});

describe('round 64: system footers, things given, a copy for visibility, a need still today, days to find', () => {
  const booking = (footer: string, lang: Lang) =>
    analyzeFromOla(`New online booking received\n\nBooking ref: RB-30418\nDate: Saturday 30 May\n\n${footer}`, lang, {
      from: { name: 'Riverbend Bookings', email: 'bookings-noreply@riverbend.example' },
    });

  it.each<[Lang, string]>([
    ['en', 'This message was generated by the Riverbend booking system. Replies to this address are not monitored.'],
    ['nl', 'Dit bericht is gegenereerd door het boekingssysteem. Antwoorden op dit adres worden niet gelezen.'],
    ['de', 'Diese Nachricht wurde vom Buchungssystem erzeugt. Antworten an diese Adresse werden nicht gelesen.'],
    ['pl', 'Wiadomość została wygenerowana przez system rezerwacji. Odpowiedzi na ten adres nie są monitorowane.'],
    ['nb', 'Denne meldingen ble generert av bookingsystemet. Svar til denne adressen blir ikke lest.'],
  ])('%s: a system that says it wrote the mail sent it', (lang, footer) => {
    expect(booking(footer, lang).automated).toBe(true);
    expect(booking('Bis bald!', lang).automated).toBe(false);
  });

  it.each<[Lang, string, boolean]>([
    ['en', 'Return labels for all six units are attached (RMA 55-20931).', false],
    ['en', 'Check the return labels are attached.', true],
    ['nl', 'Plan Kessel-Lo (Vermeiren) is vandaag opgeladen in het kadasterplatform, referentie 2026/0331.', false],
    ['nl', 'Plan de keuring in voor volgende week.', true],
  ])('%s: "%s" asks: %s', (lang, text, asks) => {
    expect(analyzeFromOla(`Hi Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(asks);
  });

  it('"Kindly find attached" gives, the question beside it asks', () => {
    const a = analyzeFromOla(
      'Dear Eva,\n\nKindly find attached the draft party wall award for 14 Elm Grove. Could you check the schedule of condition?\n\nOla',
      'en',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Could you check the schedule of condition?']);
  });

  it('a copy turned to by name only to say it is for visibility is a copy; turned to with a question, an ask', () => {
    const people = {
      to: ['service@supplier.example'],
      cc: ['eva.lund@firma.example'],
      me: { name: 'Eva Lund', email: 'eva.lund@firma.example' },
    };
    const copy = analyzeFromOla(
      "Hello,\n\nCould you issue return labels and confirm the expected turnaround?\n\nEva – cc'ing you for visibility, no action needed on your side.\n\nOla",
      'en',
      people,
    );
    expect(copy.isRequest).toBe(false);
    const asked = analyzeFromOla(
      "Hello,\n\nCould you issue return labels?\n\nEva – cc'ing you: could you approve the courier cost?\n\nOla",
      'en',
      people,
    );
    expect(asked.isRequest).toBe(true);
  });

  it('a need still today is due today ("Ik heb dat serienummer vandaag nog nodig")', () => {
    const a = analyzeFromOla(
      'Hoi Eva,\n\nVan de nieuwe scanner heb ik het serienummer niet. Ik heb dat serienummer vandaag nog nodig, anders valt hij buiten de licentie.\n\nOla',
      'nl',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-06T16:00:00.000Z');
  });

  it('"i løpet av uken" has its "by", also in the clause that says why', () => {
    const a = analyzeFromOla(
      'Hei Eva,\n\nKan du telle redningsvestene i boden? Jeg må vite om vi skal bestille flere, så jeg trenger tallene i løpet av uken.\n\nOla',
      'nb',
    );
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it.each<[Lang, string]>([
    [
      'nb',
      'Kan du finne en dag neste uke der en montør kan ta turen? Kunden vil ha svar i morgen innen kl. 10, ellers går de videre.',
    ],
    ['en', 'Can you find a day next week when a fitter can go out? The customer wants an answer by 10am tomorrow.'],
  ])('%s: the days to find a time in are no deadline; the answer wanted by 10 tomorrow is', (lang, text) => {
    const a = analyzeFromOla(`Hi Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-07T09:00:00.000Z');
  });
});

describe('round 65: lists after a colon, the whole group asked, dialect offers, things still there, names on a list mail', () => {
  it('a list after the colon is no name turned to ("…machen: Zugänge, Vermittlungen, Rückgaben und Todesfälle?")', () => {
    const a = analyzeFromOla(
      'Hallo Eva,\n\ndas Veterinäramt will die Belegungszahlen. Könntest du mir bis zum 15.10. eine Aufstellung für die Hunde machen: Zugänge, Vermittlungen, Rückgaben und Todesfälle?\n\nOla',
      'de',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-10-15T16:00:00.000Z');
    // A name after a lead-in still picks out its person.
    expect(
      analyzeFromOla('Hi Eva,\n\nRe the cracks on stair 2: Tomek, please book the joiner.\n\nOla', 'en', {
        to: ['eva.lund@firma.example', 'tomek.nowak@firma.example'],
      }).isRequest,
    ).toBe(false);
  });

  it('"Ich bitte jeden, der … kann, sich … einzutragen" asks the group; "Ich bitte um Verständnis" does not', () => {
    const text =
      'Ich bitte jeden, der an dem Tag ein paar Stunden mithelfen kann, sich in die Liste am schwarzen Brett einzutragen – Führungen, Ausschank, Parkplatzeinweisung, es wird überall jemand gebraucht.';
    const a = analyzeFromOla(`Liebe Mitarbeiterinnen und Mitarbeiter,\n\n${text}\n\nOla`, 'de', {
      to: ['alle@firma.example'],
    });
    expect(a.requestSpans.map((s) => s.text)).toEqual([text]);
    expect(
      analyzeFromOla(
        'Liebe Kolleginnen und Kollegen,\n\nDie Kantine bleibt morgen zu. Ich bitte um Verständnis.\n\nOla',
        'de',
        {
          to: ['alle@firma.example'],
        },
      ).isRequest,
    ).toBe(false);
  });

  it.each<[string, boolean]>([
    ["Wenn'st für die Rechnung noch was brauchst, sag Bescheid.", false],
    ['Wennst noch was brauchst, sag Bescheid.', false],
    ['Wennst Zeit hast, schick mir bitte die Rechnung.', true],
  ])('de: "%s" asks: %s', (text, asks) => {
    expect(analyzeFromOla(`Servus Eva,\n\ndie Glocke hängt. ${text}\n\nLG Ola`, 'de').isRequest).toBe(asks);
  });

  it.each<[Lang, string, string]>([
    ['nb', 'Er han fortsatt ledig for adopsjon?', 'Og går han godt overens med barn?'],
    ['en', 'Is he still available for adoption?', 'And does he get on with children?'],
    ['nl', 'Is hij nog beschikbaar voor adoptie?', 'En kan hij goed met kinderen?'],
    ['de', 'Ist er noch zu haben?', 'Und versteht er sich mit Kindern?'],
  ])('%s: whether a thing is still to be had asks, and the question after it too', (lang, first, second) => {
    const a = analyzeFromOla(`Hallo,\n\n${first} ${second}\n\nOla`, lang, {
      from: { name: 'Jenny Halvorsen', email: 'jenny@example.no' },
    });
    expect(a.requestSpans.map((s) => s.text)).toEqual([first, second]);
  });

  it('"jolanda, hebbe we … nog wat liggen …?" asks; "Is he still on holiday?" does not', () => {
    expect(
      analyzeFromOla(
        'eva, hebbe we van die partij riet uit polen nog wat liggen in de loods of is dat allemaal op?\nmoet weten hoeveel bossen ik moet bestellen\n\ngr ola',
        'nl',
      ).isRequest,
    ).toBe(true);
    expect(analyzeFromOla('Hi Eva,\n\nIs Tom still on holiday?\n\nOla', 'en').isRequest).toBe(false);
  });

  it('on a mail to a list, "Agnieszko, oddzwoń do niego proszę …" is Agnieszka\'s', () => {
    const a = analyzeFromOla(
      'Dzień dobry wszystkim,\n\npan Nowakowski dzwonił w sprawie kielichów. Agnieszko, oddzwoń do niego proszę i potwierdź termin, masz całą korespondencję. Reszta nic nie musi robić.\n\nDorota',
      'pl',
      { to: ['sprzedaz@firma.example'], me: { name: 'Lena Fijałkowska', email: 'lena.fijalkowska@firma.example' } },
    );
    expect(a.isRequest).toBe(false);
  });

  it("the date of what the sender plans, in a clause on the thing, is not the reader's", () => {
    const a = analyzeFromOla(
      'Geachte mevrouw Lund,\n\nZou u mij de detailtekening van de nokafwerking kunnen toesturen? Ik wil die graag opnemen in de aanvraag, die ik uiterlijk 1 juli wil indienen.\n\nMet vriendelijke groet,\nOla',
      'nl',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('a weekday\'s thing is no day ("on Tuesday\'s flight data"); the relayed 10am tomorrow is', () => {
    const a = analyzeFromOla(
      "Eva,\n\nTheir site engineer needs the updated volumes by 10am tomorrow. Could you re-run the volumes on Tuesday's flight data and send them over to me first?\n\nOla",
      'en',
    );
    expect(a.due?.toISOString()).toBe('2026-05-07T09:00:00.000Z');
  });

  it('coffee that is packed is no meeting; coffee that is drunk together is', () => {
    const stock = analyzeFromOla(
      'Hoi allemaal,\n\n- De Probat draait weer.\n- Eva, wil jij eind van de maand de voorraadtelling van de verpakte koffie in de sheet zetten?\n\nOla',
      'nl',
    );
    expect(stock.kind).toBe('action');
    expect(stock.due?.toISOString()).toBe('2026-05-31T16:00:00.000Z');
    expect(analyzeFromOla('Hoi Eva,\n\nZullen we donderdag even op de koffie gaan?\n\nOla', 'nl').kind).toBe('meeting');
  });

  it('"You do not need to move any samples yourselves" asks nothing', () => {
    expect(
      analyzeFromOla(
        'Dear lab users,\n\nThere will be a power shutdown on Saturday. You do not need to move any samples yourselves.\n\nOla',
        'en',
        { to: ['lab-users@firma.example'] },
      ).isRequest,
    ).toBe(false);
  });
});

describe('round 66: each of the group asked, duties with the verb first or with the thing at the sender, own commitments in speech, headings', () => {
  it.each<[Lang, string, string]>([
    [
      'en',
      "I need each of you to log your crew's equipment hours in the Fleet Hours sheet sometime next week.",
      '2026-05-15T16:00:00.000Z',
    ],
    [
      'en',
      'All crew working the bonfire display on 5 November must have completed the refresher on the portal by 23/10.',
      '2026-10-23T16:00:00.000Z',
    ],
    [
      'de',
      'Damit ich dem Bezirk die Besetzung melden kann, muss sich jede und jeder bis 20.3. in die Liste eintragen.',
      '2027-03-20T16:00:00.000Z',
    ],
    [
      'de',
      'Die Spesenabrechnungen für Januar müssen bis Monatsende bei mir im Büro sein, mit Quittungen.',
      '2026-05-31T16:00:00.000Z',
    ],
  ])('%s: "%s" asks the group, due %s', (lang, text, due) => {
    const a = analyzeFromOla(`Hallo zusammen,\n\n${text}\n\nOla`, lang, { to: ['team@firma.example'] });
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe(due);
  });

  it('"die Kassaliste schick ich euch bis Freitag" is the sender\'s own; "schick mir die Kassaliste bis Freitag" asks', () => {
    expect(
      analyzeFromOla(
        'Hallo zusammen,\n\nDie Rechnung zahl ich morgen ein, und die Kassaliste schick ich euch bis Freitag, dann habt ihr sie vor der Sitzung.\n\nOla',
        'de',
        { to: ['vorstand@firma.example'] },
      ).isRequest,
    ).toBe(false);
    expect(analyzeFromOla('Hallo Eva,\n\nschick mir bitte die Kassaliste bis Freitag.\n\nOla', 'de').isRequest).toBe(
      true,
    );
  });

  it('a heading "Quick round-up before the weekend:" gives no deadline to the ask in its list', () => {
    const a = analyzeFromOla(
      "Hi all,\n\nQuick round-up before the weekend:\n\n- The new induction pack is live.\n- The van is back on the road.\n- If you've got spare clothes rails, could you let me know how many you can part with?\n\nOla",
      'en',
      { to: ['managers@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });
});

describe('round 67: a mention after a lead-in, hearing back, everyone who does a thing, a client who wants it', () => {
  it('"Quick one for tonight\'s close: @Tyler can you …?" is Tyler\'s; "…: @Eva can you …?" the reader\'s', () => {
    const body = (name: string) =>
      `Hey all,\n\nQuick one for tonight's close: @${name} can you restock the grip socks before you leave?\n\nOla`;
    expect(analyzeFromOla(body('Tyler'), 'en', { to: ['staff@firma.example'] }).isRequest).toBe(false);
    expect(analyzeFromOla(body('Eva'), 'en', { to: ['staff@firma.example'] }).isRequest).toBe(true);
  });

  it('"Did you ever hear back from the insurance crowd …?" asks; "Did you have a good weekend?" does not', () => {
    expect(
      analyzeFromOla(
        "Eva,\n\nEngine's back on the RIB. Did you ever hear back from the insurance crowd about the hull claim?\n\nOla",
        'en',
      ).isRequest,
    ).toBe(true);
    expect(analyzeFromOla('Eva,\n\nDid you have a good weekend?\n\nOla', 'en').isRequest).toBe(false);
  });

  it('"Iedereen die aan de brugpijlers werkt, bezorgt mij uiterlijk 27 februari …" asks everyone', () => {
    const a = analyzeFromOla(
      "Beste collega's,\n\nIedereen die aan de brugpijlers werkt, bezorgt mij uiterlijk 27 februari een kopie van zijn of haar attest.\n\nOla",
      'nl',
      { to: ['team@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2027-02-27T16:00:00.000Z');
  });

  it('"Klient chce je mieć w przyszłym tygodniu" after the ask gives its deadline', () => {
    const a = analyzeFromOla(
      'Ewo,\n\nPrzygotuj proszę odpowiedzi na punkty 1–3, ja dopiszę koszty do punktu 4. Klient chce je mieć w przyszłym tygodniu.\n\nOla',
      'pl',
    );
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });
});

describe('round 68: a caller who asks to be called back, Polish group asks, "or shall we", everyone asked, spread over days', () => {
  it.each<[Lang, string]>([
    ['pl', 'Dzwonił pan Rutkowski. Prosi o oddzwonienie przed 14:00, bo potem wchodzi na statek.'],
    ['de', 'Herr Rutkowski hat angerufen. Er bittet um Rückruf vor 14 Uhr, danach ist er auf dem Schiff.'],
    ['en', "Mr Rutkowski called. He asks for a call back before 2pm, as he's boarding a ship after that."],
    ['nl', 'Meneer Rutkowski belde. Hij vraagt om teruggebeld te worden voor 14.00 uur.'],
    ['nb', 'Rutkowski ringte. Han ber om å bli ringt opp før kl. 14.'],
  ])('%s: a relayed wish to be called back asks the reader, by its time', (lang, text) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-06T13:00:00.000Z');
  });

  it.each<[string, boolean]>([
    ['Wpiszcie mi tam swoje dostępności, to ułożę grafik.', true],
    ['Do końca miesiąca muszę mieć od Ciebie zestawienie zużycia drewna.', true],
    ['No i jeszcze: kazdy niech mi podesle aktualny numer konta do wyplaty premii.', true],
    ['Dajcie znać, jeśli macie pytania.', false],
  ])('pl: "%s" asks: %s', (text, asks) => {
    expect(analyzeFromOla(`Cześć,\n\n${text}\n\nOla`, 'pl', { to: ['zespol@firma.example'] }).isRequest).toBe(asks);
  });

  it.each<[Lang, string]>([
    ['de', 'Schaffst du das mit der Räucherkammer, oder sollen wir was vom Lager nehmen?'],
    ['nl', 'Kan iedereen zijn beschikbaarheid voor die week in de gedeelde agenda zetten?'],
    ['en', "everyone who hasn't done the allergen refresher needs to finish it this week, no exceptions."],
  ])('%s: "%s" asks', (lang, text) => {
    expect(analyzeFromOla(`Hallo,\n\n${text}\n\nOla`, lang, { to: ['team@firma.example'] }).isRequest).toBe(true);
  });

  it('"verdeeld over drie dagen" is how long, not in three days; "Iedereen die … mag vandaag naar huis" asks nothing', () => {
    const a = analyzeFromOla(
      'Hoi allemaal,\n\nIn week 14 hebben we de grote jaarkeuring: 11 kranen, verdeeld over drie dagen. Kan iedereen zijn beschikbaarheid in de agenda zetten?\n\nOla',
      'nl',
      { to: ['team@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
    expect(
      analyzeFromOla(
        'Lieve allemaal,\n\nIedereen die heeft gestaan mag vandaag om 16.00 uur naar huis, dat hebben jullie wel verdiend.\n\nOla',
        'nl',
        { to: ['team@firma.example'] },
      ).isRequest,
    ).toBe(false);
  });
});

describe('round 69: everyone who works somewhere must, Polish offers on remarks, "daj mnie do wiadomości"', () => {
  it('"Iedereen die op de boot werkt moet daarom uiterlijk 3 april … afgerond hebben" asks everyone', () => {
    const a = analyzeFromOla(
      "Goedemorgen allemaal,\n\nIedereen die op de boot of in de verwerking werkt moet daarom uiterlijk 3 april de e-learning 'Hygiëne bij zeewier' afgerond hebben.\n\nOla",
      'nl',
      { to: ['team@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2027-04-03T16:00:00.000Z');
  });

  it.each<[string, boolean]>([
    ['Wojtek, do wiadomości – odpisałam już pani Zawadzkiej. Jakbyś miał jakieś uwagi, daj znać.', false],
    ['filip, wrzucilam nowe szablony na dysk. jakbys czegos nie mogl znalezc to daj znac', false],
    ['Prześlij im to proszę bezpośrednio na redakcja@example.pl, mnie daj tylko do wiadomości.', true],
    ['Przesyłam do wiadomości, nic nie trzeba robić.', false],
  ])('pl: "%s" asks: %s', (text, asks) => {
    expect(analyzeFromOla(`${text}\n\nN.`, 'pl').isRequest).toBe(asks);
  });
});

describe('round 70: the day a thing starts is no deadline, "Rond … af" asks', () => {
  it.each<[Lang, string, string]>([
    [
      'de',
      'Dürfte ich Sie bitten, uns nächste Woche ein Angebot inkl. Zustellung ab 24. November zu übermitteln?',
      '2026-05-15T16:00:00.000Z',
    ],
    [
      'nl',
      'Kunt u ons volgende week een offerte sturen, inclusief levering vanaf 24 november?',
      '2026-05-15T16:00:00.000Z',
    ],
  ])('%s: "%s" is due next week, not on the start day', (lang, text, due) => {
    const a = analyzeFromOla(`Sehr geehrte Frau Lund,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe(due);
  });

  it('"Rond de module vóór het einde van de maand af" asks; "Rond de middag ben ik er" does not', () => {
    const a = analyzeFromOla(
      'Goedemorgen allemaal,\n\nDe e-learning staat klaar. Rond de module vóór het einde van de maand af, dan kan ik het overzicht op tijd sturen.\n\nOla',
      'nl',
      { to: ['team@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-31T16:00:00.000Z');
    expect(analyzeFromOla('Hoi Eva,\n\nRond de middag ben ik er.\n\nOla', 'nl').isRequest).toBe(false);
  });
});

describe('round 71: a topic changed before a question, wondering whether the reader has a thing, an adverb in a polite ask', () => {
  it('"Andere Sache: weißt du, ob …?" asks the reader, not a person called "Andere Sache"', () => {
    expect(
      analyzeFromOla(
        'Moin Eva,\n\nna, gut erholt? Andere Sache: weißt du, ob die sechs Kettenzüge vom Kessler-Job schon wieder bei uns im Lager sind?\n\nOla',
        'de',
      ).isRequest,
    ).toBe(true);
  });

  it.each<[Lang, string]>([
    [
      'nl',
      'Ik vroeg mij af of ge dat glossarium met de gebaren voor IT-termen nog ergens hebt staan, dat ge vorig jaar gemaakt hebt?',
    ],
    ['de', 'Ich habe mich gefragt, ob du die Liste vom letzten Jahr noch irgendwo hast.'],
    ['pl', 'Zastanawiam się, czy masz jeszcze gdzieś ten słownik z zeszłego roku.'],
  ])('%s: wondering whether the reader still has a thing asks for it', (lang, text) => {
    expect(analyzeFromOla(`Hoi Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(true);
  });

  it('nb: "Jeg hadde derfor satt stor pris på om dere kunne sende et pristilbud … innen 15. april" asks by 15 April', () => {
    const a = analyzeFromOla(
      'God kveld,\n\nVi søker om midler fra fylkeskommunen. Jeg hadde derfor satt stor pris på om dere kunne sende et pristilbud på restaurering innen 15. april.\n\nOla',
      'nb',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2027-04-15T16:00:00.000Z');
  });
});

describe('round 72: the sender plans, a thing stays until a day, did you get it done, count', () => {
  it.each<[Lang, string]>([
    ['nl', 'Weet jij of de lagers binnen zijn? Als ze er zijn, plannen we de wissel voor volgende week dinsdag.'],
    ['de', 'Weißt du, ob die Lager da sind? Dann planen wir den Wechsel bis Dienstag ein.'],
    ['en', 'Do you know if the bearings are in? If so, we plan to do the swap by Tuesday.'],
    ['pl', 'Wiesz, czy łożyska już są? Jeśli tak, zaplanujemy wymianę do wtorku.'],
    ['nb', 'Vet du om lagrene har kommet? I så fall planlegger vi byttet innen tirsdag.'],
  ])('%s: the day the sender plans a thing for is no deadline of the ask', (lang, text) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each<[Lang, string, string]>([
    ['en', 'Can you send the specs? We plan to order on Monday, so I need them by Friday.', 'by Friday'],
    ['nl', 'Kun je de specificaties sturen? We plannen de bestelling maandag, dus ik heb ze vrijdag nodig.', 'vrijdag'],
    [
      'pl',
      'Możesz przesłać specyfikację? Planujemy zamówienie na poniedziałek, więc potrzebuję jej do piątku.',
      'do piątku',
    ],
    [
      'nb',
      'Kan du sende spesifikasjonene? Vi planlegger bestillingen mandag, så jeg trenger dem innen fredag.',
      'innen fredag',
    ],
    ['de', 'Kannst du mir die Urlaubsliste schicken? Am besten diese Woche, damit wir planen können.', 'diese Woche'],
  ])('%s: a need beside the plan, or a plan that is the reason, still gives the deadline', (lang, text, due) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.dueText).toBe(due);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it.each<[Lang, string]>([
    ['pl', 'Dostawa tektury przychodzi w piątek – będzie stała w korytarzu do poniedziałku. Zerknij proszę na wycenę.'],
    ['pl', 'Zerknij proszę na wycenę. Sala będzie zamknięta do środy.'],
    ['pl', 'Zerknij proszę na wycenę. Remont potrwa do piątku.'],
    ['de', 'Die Lieferung kommt am Freitag und bleibt bis Montag im Flur stehen. Schau dir bitte das Angebot an.'],
    ['de', 'Schau dir bitte das Angebot an. Der Raum ist bis Mittwoch gesperrt.'],
  ])('%s: a thing that stays until a day, beside the ask, gives no deadline', (lang, text) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each<[Lang, string, string]>([
    ['pl', 'Zerknij proszę na wycenę. Faktury muszą leżeć u mnie do piątku.', '2026-05-08T16:00:00.000Z'],
    [
      'de',
      'Schau dir bitte das Angebot an. Die Unterlagen müssen bis Montag bei mir liegen.',
      '2026-05-11T16:00:00.000Z',
    ],
  ])('%s: what must be there by a day still is a deadline', (lang, text, due) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang).due?.toISOString()).toBe(due);
  });

  it.each<[Lang, string]>([
    ['en', 'Did you change the filters on unit 4?'],
    ['en', 'Did you get the filters changed?'],
    ['en', 'Did you call the client back?'],
    ['nb', 'fikk dere byttet girolja på T14 i går?'],
    ['nb', 'Fikk du sendt fakturaen?'],
    ['pl', 'Udało się wymienić olej w T14?'],
    ['pl', 'Wymieniliście wczoraj olej w T14?'],
  ])('%s: whether the reader got a task done asks for the answer: %s', (lang, text) => {
    expect(quoted(`Hei Eva,\n\n${text}\n\nOla`, lang)).toEqual([text]);
  });

  it.each<[Lang, string]>([
    ['en', 'Did you see the game last night?'],
    ['en', 'Did you enjoy the party?'],
    ['en', 'Did you get away for the weekend?'],
    ['en', 'Did you manage to get any sun in the end, or was it the same rain we had here?'],
    ['nb', 'Fikk du testet de nye skiene på Norefjell, eller ble det for mye våt snø?'],
    ['pl', 'Udało się złapać trochę słońca na urlopie?'],
    ['nb', 'Fikk du slappet av i helgen?'],
    ['nb', 'Fikk du sett kampen?'],
    ['pl', 'Udało się odpocząć?'],
    ['pl', 'Widziałeś wczoraj mecz?'],
  ])('%s: small talk about the reader is no ask: %s', (lang, text) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });

  it.each<[Lang, string, string]>([
    ['en', 'Send me the list. Count the heel rubbers too if you have time.', 'Count the heel rubbers'],
    ['nl', 'Stuur me de lijst. Tel ook de hakrubbers als jullie tijd hebben.', 'Tel ook de hakrubbers'],
    ['de', 'Schick mir die Liste. Zählt gerne auch die Absatzgummis, wenn ihr Zeit habt.', 'Zählt gerne'],
    ['pl', 'Wyślij mi listę. Policzcie też fleki, jeśli macie czas.', 'Policzcie też fleki'],
    ['nb', 'Send meg listen. Tell gjerne hælgummi også hvis dere har tid.', 'Tell gjerne hælgummi'],
  ])('%s: "count" as a further ask is quoted', (lang, text, want) => {
    expectQuoted(`Hei Eva,\n\n${text}\n\nOla`, lang, [want]);
  });

  it.each<[Lang, string]>([
    ['en', 'Count me in for Friday!'],
    ['nl', 'Tel: 06-12345678'],
  ])('%s: "count me in" and a phone number are no ask', (lang, text) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });
});

describe('round 73: more Polish imperatives, "Hierbij de …", an ask that says how soon, a thing\'s time is fine', () => {
  it.each<[Lang, string]>([
    [
      'pl',
      'Paweł, wyszłam wcześniej i zapomniałam – zamknij proszę sejf w pracowni i włącz alarm, jak będziesz wychodził.',
    ],
    ['pl', 'Wyłącz proszę drukarkę na noc i zgaś światło w magazynie.'],
    ['pl', 'Zapytaj proszę Kasię, czy ma jeszcze klucze do archiwum.'],
  ])('%s: an imperative with "proszę" asks: %s', (lang, text) => {
    expect(analyzeFromOla(`Cześć Ewa,\n\n${text}\n\nOla`, lang).isRequest).toBe(true);
  });

  it('pl: a noun made of the verb is no ask ("Zmiana grafiku: zamknięcie sklepu o 18:00.")', () => {
    expect(analyzeFromOla('Cześć,\n\nZmiana grafiku: zamknięcie sklepu o 18:00.\n\nOla', 'pl').isRequest).toBe(false);
  });

  it('nl: the date of what is handed over ("Hierbij de laadgegevens voor dinsdag 27 oktober") is no deadline', () => {
    const a = analyzeFromOla(
      'Beste Johan,\n\nHierbij de laadgegevens voor dinsdag 27 oktober: 18 pallets leliebollen. Eva, kun jij de inkooporder goedkeuren in het systeem?\n\nOla',
      'nl',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('nl: contrast: "Hierbij de offerte, graag vóór vrijdag tekenen." is due Friday', () => {
    expect(
      analyzeFromOla('Hoi Eva,\n\nHierbij de offerte, graag vóór vrijdag tekenen.\n\nOla', 'nl').due?.toISOString(),
    ).toBe('2026-05-08T16:00:00.000Z');
  });

  it('de: an ask "so schnell wie möglich" does not take "fuer heute" of the line before', () => {
    const a = analyzeFromOla(
      'eva, kuehlraum zeigt 11 grad. fleisch fuer heute ist noch ok, die reserve aber nicht. kannst du bitte so schnell wie moeglich den notdienst anrufen?\n\nola',
      'de',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
    expect(a.dueText).toBe('so schnell wie moeglich');
  });

  it.each<[Lang, string, string]>([
    [
      'de',
      'Kannst du mir bitte asap die Zahlen schicken? Spätestens bis Freitag brauche ich sie.',
      '2026-05-08T16:00:00.000Z',
    ],
    // The sender's own haste in the ask ("to od razu im przekażę") leaves the need beside it.
    [
      'pl',
      'Hurtownia potrzebuje naszego zamówienia w ciągu dwóch dni. Przygotuj mi proszę to zamówienie i podeślij, to od razu im przekażę.',
      '2026-05-08T16:00:00.000Z',
    ],
  ])('%s: contrast: a need by a day beside an urgent ask still gives the day', (lang, text, due) => {
    expect(analyzeFromOla(`Hej Eva,\n\n${text}\n\nOla`, lang).due?.toISOString()).toBe(due);
  });

  it('en: "the slot for Friday is fine" is no deadline, "sometime next week is fine" is', () => {
    expect(
      analyzeFromOla('Hi Eva,\n\nCould you send me the list? The slot for Friday is fine by me.\n\nOla', 'en').due,
    ).toBeNull();
    expect(
      analyzeFromOla(
        'Hi Eva,\n\nCould you send me the list? Sometime next week is fine.\n\nOla',
        'en',
      ).due?.toISOString(),
    ).toBe('2026-05-15T16:00:00.000Z');
  });
});

describe('round 74: a word that calls for attention, a longer lead-in, what is still missing, an order number, a weekday before a noun, a hope', () => {
  it('pl: "Słuchaj, a wiesz może, czy …?" with a past time in it asks', () => {
    const a = analyzeFromOla(
      'Cześć Ewa,\n\nkopę lat! Jak tam wiosna u Was?\n\nSłuchaj, a wiesz może, czy samica z obrączką 4K12, którą wypuszczaliście w zeszłym sierpniu, wróciła już do Ostoi? Ktoś zgłosił odczyt podobnej obrączki i chciałbym to zweryfikować przed wpisaniem do bazy.\n\nWitek',
      'pl',
    );
    expect(a.isRequest).toBe(true);
  });

  it.each<[Lang, string]>([
    ['en', 'Listen, do you know whether the van is back from the garage?'],
    ['nl', 'Luister, weet jij of de bus al terug is van de garage?'],
    ['nb', 'Du, vet du om bussen er tilbake fra verkstedet?'],
  ])('%s: a word that calls for attention is no name turned to', (lang, text) => {
    expect(analyzeFromOla(`Hei,\n\n${text}\n\nOla`, lang, { to: ['tom.berg@firma.example'] }).isRequest).toBe(true);
  });

  it('nl: "Joost, ik zet je in cc omdat …: kun jij …?" asks the reader in cc', () => {
    const a = analyzeFromOla(
      'Geachte heer/mevrouw,\n\nWij willen de afsluiting van de Waagstraat met een uur verlengen.\n\nEva, ik zet je in cc omdat jij destijds de evenementenvergunning hebt aangevraagd: kun jij het zaaknummer van die aanvraag nog even aan de gemeente doorgeven?\n\nMarieke',
      'nl',
      { to: ['evenementen@gemeente.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
  });

  it('nl: after "- En nog één ding:" the question to everyone is quoted, not the time after it', () => {
    expectQuoted(
      'Hallo allemaal,\n\n- De nieuwe draagberries zijn binnen.\n- En nog één ding: wil iedereen zijn beschikbaarheid voor juli invullen in de gedeelde planning? Graag binnen vijf dagen, dan kan ik het rooster rond maken.\n\nAnouk',
      'nl',
      ['wil iedereen'],
      ['Graag binnen vijf dagen'],
    );
  });

  it.each<[Lang, string]>([
    ['en', "I'm still missing your timesheet for April."],
    ['de', 'Mir fehlen noch die Handelsrechnungen für Auftrag 26-0418.'],
    ['nb', 'Jeg mangler fortsatt timelisten din for april.'],
  ])('%s: what the sender still lacks, alone, asks for it', (lang, text) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(true);
  });

  it.each<[Lang, string]>([
    ['en', "I'm still missing the figures from the Leeds site."],
    ['de', 'Mir fehlen noch die Zahlen von Herrn Roth.'],
    ['nb', 'Vi mangler fortsatt tallene fra Bergen.'],
  ])('%s: contrast: what is to come from someone else is no ask', (lang, text) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });

  it('nb: beside an ask, what is still missing is its reason, not quoted', () => {
    expectQuoted(
      'Hei Eva,\n\nVi har begynt å sette opp turnusen for påsken, og jeg mangler fortsatt ønskene dine. Kan du sende meg dem innen fredag?\n\nOla',
      'nb',
      ['Kan du sende meg dem'],
      ['jeg mangler fortsatt'],
    );
  });

  it('de: a full stop after an order number ends the sentence ("… 26-0418. brauch die heute noch")', () => {
    const a = analyzeFromOla(
      'hi eva,\n\nder container nach seattle geht morgen frueh raus, mir fehlen aber noch die handelsrechnungen fuer auftrag 26-0418. brauch die heute noch, sonst bleibt die ware hier stehen.\n\ngruss ola',
      'de',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-06T16:00:00.000Z');
  });

  it('nb: a date range ("15. juni–15. august") does not end the sentence', () => {
    expect(
      sentencesOf('Husk at ferien er i perioden 15. juni–15. august, og at to må være på jobb.', 0, 80),
    ).toHaveLength(1);
    expect(sentencesOf('Fakturaen for ordre 26-0418. send den i dag.', 0, 60)).toHaveLength(2);
  });

  it('en: "your Thursday crew" is no deadline; "Sometime next week is fine" is', () => {
    const a = analyzeFromOla(
      'Hey Eva,\n\nNo rush at all, but could you send me the hours your Thursday crew logged in the cleaning room since July? Sometime next week is fine.\n\nLiam',
      'en',
    );
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });

  it.each<[Lang, string, boolean]>([
    ['en', 'Hope you got home before the snow set in?', false],
    ['nb', 'Håper dere kom dere hjem før snøværet satte inn?', false],
    ['en', 'Hope you can send me the figures by Friday?', true],
    ['nb', 'Håper du kan sende meg tallene innen fredag?', true],
  ])('%s: a hope put as a question asks only when it asks for something: %s', (lang, text, asks) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(asks);
  });

  it.each<[Lang, string]>([
    ['nb', 'Sett partiet i karantene og stopp all utsending av det så snart som mulig.'],
    ['nb', 'Eg hadde sett pris på om de kunne leggje traseen forbi låven litt lenger ut på jordet.'],
  ])('%s: "Sett … i karantene", "stopp all …" and the Nynorsk "Eg hadde sett pris på om …" ask', (lang, text) => {
    expectQuoted(`Hei Eva,\n\n${text}\n\nOla`, lang, [text.slice(0, 20)]);
  });

  it('nb: contrast: "Jeg har sett filmen i går." is no ask', () => {
    expect(analyzeFromOla('Hei Eva,\n\nJeg har sett filmen i går.\n\nOla', 'nb').isRequest).toBe(false);
  });
});

describe('round 75: a copy named with its reason, what would be enough, times as choices, "Dann … ich", talk and numbers', () => {
  it('en: "Kerry-Ann, I\'ve copied you in because …. Can you send me …?" asks the reader in cc', () => {
    const a = analyzeFromOla(
      "Hi Linda,\n\nVan's back from the garage.\n\nEva, I've copied you in because Boutique Street has the most furniture waiting. Can you send me a list of what needs picking up by 10am tomorrow?\n\nGraham",
      'en',
      { to: ['linda.pearce@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-07T09:00:00.000Z');
  });

  it('pl: "Ewo, dorzucam Cię do kopii, bo …: ćwicz proszę …" asks the reader in cc', () => {
    const a = analyzeFromOla(
      'Kuba,\n\nPrzygotuj proszę fragment z hołubcami.\n\nEwo, dorzucam Cię do kopii, bo to dotyczy też Ciebie: ćwicz proszę w domu obroty w lewo.\n\nPaweł',
      'pl',
      {
        to: ['jakub.lewandowski@firma.example'],
        cc: ['ewa.lund@firma.example'],
        me: { name: 'Ewa Lund', email: 'ewa.lund@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
  });

  it('en: contrast: copied "for visibility, no action needed" is no ask', () => {
    const a = analyzeFromOla(
      "Hi Linda,\n\nThe van is back.\n\nEva, I've copied you in for visibility, no action needed on your side. Can you send me the invoice, Linda?\n\nGraham",
      'en',
      { to: ['linda.pearce@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });

  it.each<[Lang, string]>([
    ['pl', 'Bez pośpiechu – wystarczy, jeśli przekaże mi Pan kopię w przyszłym tygodniu.'],
    ['en', "No rush – it's fine if you send me a copy next week."],
    ['de', 'Keine Eile – es reicht, wenn du mir die Kopie nächste Woche gibst.'],
    ['nl', 'Geen haast – het is prima als je me volgende week een kopie geeft.'],
    ['nb', 'Ingen hast – det holder om du gir meg en kopi neste uke.'],
  ])('%s: what would be enough, the reader doing it, asks by then', (lang, text) => {
    const a = analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });

  it.each<[Lang, string]>([
    ['en', "It's fine if you need more time."],
    ['pl', 'Wystarczy, jeśli dostanę ją w przyszłym tygodniu.'],
  ])("%s: contrast: the reader's need, or the sender's receiving, is no ask", (lang, text) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });

  it('nl: "Geen haast, maar als je eind van de week kunt doorgeven …, neem ik dat mee" asks', () => {
    const a = analyzeFromOla(
      'Hoi Eva,\n\nGeen haast, maar als je eind van de week kunt doorgeven hoeveel winterbanden jullie denken nodig te hebben, neem ik dat mee.\n\nBram',
      'nl',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it('en: "booking the haulier for Friday or next week": times joined by "or" are choices', () => {
    const a = analyzeFromOla(
      "Eva – do you know whether the container has cleared customs yet? I need to know if I'm booking the haulier for Friday or next week.\n\nG",
      'en',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('nl: "weet gij al of … op zaterdag …?" asks about the day, which is no deadline', () => {
    const a = analyzeFromOla('Dag Eva,\n\nweet gij al of de tweede generator op zaterdag volstaat?\n\nLien', 'nl');
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('de: "Ihr müsst euch nirgends anmelden" is no duty', () => {
    expect(
      analyzeFromOla(
        'Hallo zusammen,\n\nIhr müsst euch nirgends anmelden, die Einteilung übernehme ich.\n\nFlorian',
        'de',
      ).isRequest,
    ).toBe(false);
  });

  it('de: "Dann plane ich …" after an ask is the sender\'s step, not quoted', () => {
    expectQuoted(
      'Hallo Eva,\n\nkönntest du mir nächste Woche eine Liste schicken? Dann plane ich die Übung im Oktober drumherum.\n\nTheresa',
      'de',
      ['könntest du mir'],
      ['Dann plane ich'],
    );
  });

  it.each<[Lang, string]>([
    ['nb', 'Fin øving i kveld, synes du ikke?'],
    ['en', "Great rehearsal tonight, don't you think?"],
    ['nl', 'Mooie repetitie vanavond, vind je niet?'],
    ['de', 'Tolle Probe heute Abend, findest du nicht?'],
  ])('%s: an appraisal with an opinion tag is talk', (lang, text) => {
    expect(analyzeFromOla(`Hei Eva,\n\n${text}\n\nOla`, lang).isRequest).toBe(false);
  });

  it.each<[Lang, string, string]>([
    ['nb', 'Send meg rapporten i dag. Ring meg gjerne på 901 22 334.', 'Ring meg'],
    ['de', 'Schick mir heute den Bericht. Ruf mich gerne unter 0170 1234567 an.', 'Ruf mich'],
  ])('%s: the number to call is not quoted beside the ask', (lang, text, not) => {
    expectQuoted(`Hei Eva,\n\n${text}\n\nOla`, lang, [text.slice(0, 10)], [not]);
  });
});

describe('round 76: the explicit ask\'s own time first, making an appointment, "tegen 12u", a state until, others\' work done, remembering a fact', () => {
  it('en: "by 10am tomorrow" in the ask beats "first thing Thursday" in the line before it', () => {
    const a = mailIn(
      'en',
      'Quick one — the hire company are delivering the extra risers first thing Thursday and they want a stage plan so they know where to put them. Can you send me the plan by 10am tomorrow?',
    );
    expect(a.due?.toISOString()).toBe('2026-05-07T09:00:00.000Z');
  });

  it.each<[Lang, string]>([
    ['nl', 'kan jij vandaag nog de garage bellen voor een afspraak?'],
    ['en', 'Could you ring the garage today to book an appointment?'],
  ])('%s: making an appointment today is due today, not a meeting', (lang, text) => {
    expect(mailIn(lang, text).due?.toISOString()).toBe('2026-05-06T16:00:00.000Z');
  });

  it('nl: "vrijdag tegen 12u" is Friday noon', () => {
    expect(
      mailIn('nl', 'Kunt gij de definitieve versie vrijdag tegen 12u naar de drukkerij doorsturen?').due?.toISOString(),
    ).toBe('2026-05-08T11:00:00.000Z');
  });

  it('de: opening hours asked about ("bis 22 Uhr offen hat") are no deadline', () => {
    const a = mailIn(
      'de',
      'weißt du, ob die Saunawelt an Heiligabend regulär bis 22 Uhr offen hat oder schon um 14 Uhr schließt?',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('de: contrast: "eure Zettel muessen bis morgen frueh 9 Uhr bei mir im Fach liegen" is due then', () => {
    expect(
      mailIn(
        'de',
        'kurze Erinnerung: eure Ueberstundenzettel fuer Juli muessen bis morgen frueh 9 Uhr bei mir im Fach liegen.',
      ).due?.toISOString(),
    ).toBe('2026-05-07T08:00:00.000Z');
  });

  it('pl: a question about a fact after two lead-ins ("Basiu – …: czy w czwartek …?") has no deadline', () => {
    const a = analyzeFromOla(
      'Marku,\n\nfirma od monitoringu przyjedzie w czwartek montować kamery. Pokaż im, gdzie mogą prowadzić kable.\n\nEwo – Ciebie dałem do wiadomości, ale mam też pytanie: czy w czwartek rano będą na terenie jakieś grupy zwiedzających?\n\nPiotr',
      'pl',
      {
        to: ['marek.zawada@firma.example'],
        cc: ['ewa.lund@firma.example'],
        me: { name: 'Ewa Lund', email: 'ewa.lund@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each<[Lang, string]>([
    ['nb', 'Har Nordstrø bekreftet leveringsdato for strøsanden?'],
    ['nb', 'Er fakturaen sendt ennå?'],
    ['de', 'Hat der Lieferant den Termin bestätigt?'],
    ['nl', 'Heeft de leverancier de datum bevestigd?'],
  ])('%s: whether someone else has done a thing of the work asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each<[Lang, string]>([
    ['nb', 'Er været fint der oppe?'],
    ['nb', 'Har helgen vært fin?'],
    ['de', 'Hat das Wetter am Wochenende gehalten?'],
    ['nl', 'Heeft het weer meegezeten in het weekend?'],
  ])('%s: contrast: small talk about the weather or a weekend is no ask: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nb: "Kunne dokker ta oss med på lista i år og?" asks', () => {
    expect(mailIn('nb', 'Kunne dokker ta oss med på lista i år og?').isRequest).toBe(true);
  });

  it.each<[Lang, string, string]>([
    [
      'nb',
      'Alle må legge inn ferieønskene innen utgangen av måneden. Husk at barnehagen holder stengt ukene 29 og 30.',
      'Husk at',
    ],
    [
      'de',
      'Alle müssen ihre Urlaubswünsche bis Monatsende eintragen. Denkt daran, dass die Kita in den Wochen 29 und 30 geschlossen ist.',
      'Denkt daran',
    ],
    [
      'pl',
      'Wszyscy muszą wpisać swoje życzenia urlopowe do końca miesiąca. Pamiętajcie, że przedszkole jest zamknięte w tygodniach 29 i 30.',
      'Pamiętajcie',
    ],
  ])('%s: remembering a fact beside the duty is not quoted', (lang, text, not) => {
    expectQuoted(`${GREETING[lang]}\n\n${text}\n\nOla`, lang, [text.slice(0, 12)], [not]);
  });

  it('nb: contrast: "Husk at du må levere timelisten innen fredag." asks by Friday', () => {
    expect(mailIn('nb', 'Husk at du må levere timelisten innen fredag.').due?.toISOString()).toBe(
      '2026-05-08T16:00:00.000Z',
    );
  });
});

describe('round 77: "nix" needed, a state of hours, "innan", "binnen de drie dagen", an urgent ask keeps its time, thanks lines', () => {
  it('de: "Von euch brauch ich derzeit nix – ich meld mich …" asks nothing', () => {
    expect(
      mailIn(
        'de',
        "Die Premiere ist am 6. Februar. Von euch brauch ich derzeit nix – ich meld mich, wenn's Testdurchläufe gibt.",
      ).isRequest,
    ).toBe(false);
  });

  it('pl: "dr Zając w czwartek przyjmuje tylko do 14:00" beside the ask is no deadline', () => {
    const a = mailIn(
      'pl',
      '- dr Zając w czwartek przyjmuje tylko do 14:00;\n\nWpiszcie proszę do arkusza urlopowego swoje plany na ferie zimowe.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('nb: Nynorsk "innan 18. september" is a deadline', () => {
    expect(mailIn('nb', 'Kan du sende meg ei kort forklaring innan 18. september?').due?.toISOString()).toBe(
      '2026-09-18T16:00:00.000Z',
    );
  });

  it('nl: Flemish "binnen de drie dagen" is three days on', () => {
    expect(mailIn('nl', 'Ik zou graag binnen de drie dagen een antwoord hebben.').due?.toISOString()).toBe(
      '2026-05-09T16:00:00.000Z',
    );
  });

  it('nl: an ask "zo snel mogelijk" keeps that, not "Vanavond om 19.00 uur" of the club after it', () => {
    const a = mailIn(
      'nl',
      'Wil je zo snel mogelijk de pekeltemperatuur checken? Vanavond om 19.00 uur traint de ijshockeyclub daar, dus het moet echt goed zijn.',
    );
    expect(a.due).toBeNull();
    expect(a.dueText).toBe('zo snel mogelijk');
  });

  it('pl: a thanks line\'s "do dziś" is no deadline; the time that is fine is', () => {
    const a = mailIn(
      'pl',
      'Jeszcze raz dzięki za ogarnięcie tej sierpniowej burzy – do dziś się o tym mówi w porcie. Słuchaj, nie pali się, ale przydałaby mi się od ciebie lista łodzi. Wystarczy w przyszłym tygodniu.',
    );
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });
});

describe('round 78: "to tylko informacja", "dla Ciebie nic", a copy with a reason, "voor de …", welcome back', () => {
  it('pl: "Nic nie musicie robić, to tylko informacja." asks nothing', () => {
    expect(
      mailIn('pl', 'Jadłospis na listopad jest zatwierdzony. Nic nie musicie robić, to tylko informacja.').isRequest,
    ).toBe(false);
  });

  it('pl: "Ewa – dla Ciebie nic na teraz" leaves only the explicit asks, here to someone else', () => {
    const a = analyzeFromOla(
      'Dzień dobry,\n\nod poniedziałku dowozimy obiady do dwóch nowych przedszkoli, więc potrzebujemy dodatkowych termosów.\n\nMarta, zamów proszę 12 pojemników do środy. Ewa – dla Ciebie nic na teraz, dołączam Cię, żebyś wiedziała.\n\nRenata',
      'pl',
      {
        to: ['marta.jankowska@firma.example', 'ewa.lund@firma.example'],
        me: { name: 'Ewa Lund', email: 'ewa.lund@firma.example' },
      },
    );
    expect(a.isRequest).toBe(false);
  });

  it('nl: a reader in cc "omdat hij ook tijd heeft", greeted with the others, is asked', () => {
    const a = analyzeFromOla(
      'Dag Sanne, dag Eva,\n\nDe panelen zijn geleverd. Kunnen jullie vandaag nog de panelen ophangen in de leeszaal?\n\nIk zet Eva in cc omdat zij vanmiddag ook tijd heeft.\n\nGriet',
      'nl',
      { to: ['sanne.peeters@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
  });

  it('nl: contrast: "Eva staat ter info in de cc" is a copy for information', () => {
    const a = analyzeFromOla('Hoi Linda,\n\nKun je de factuur sturen?\n\nEva staat ter info in de cc.\n\nGriet', 'nl', {
      to: ['linda.pearce@firma.example'],
      cc: ['eva.lund@firma.example'],
    });
    expect(a.isRequest).toBe(false);
  });

  it('nl: "hoeveel scheidsrechters je zaterdag hebt voor de jeugdwedstrijden" is about Saturday, due "morgen"', () => {
    expect(
      mailIn(
        'nl',
        'kan je me morgen even laten weten hoeveel scheidsrechters je zaterdag hebt voor de jeugdwedstrijden?',
      ).due?.toISOString(),
    ).toBe('2026-05-07T16:00:00.000Z');
  });

  it.each<[Lang, string, string]>([
    ['nl', 'Goed terug van de paasvakantie? Weet jij of de scanners al geleverd zijn?', 'Goed terug'],
    ['en', 'Back safe from Crete? Could you send me the rota?', 'Back safe'],
    ['nb', 'Godt tilbake fra ferien? Kan du sende meg vaktlisten?', 'Godt tilbake'],
  ])('%s: a welcome back put as a question is not quoted', (lang, text, not) => {
    expectQuoted(`${GREETING[lang]}\n\n${text}\n\nOla`, lang, [], [not]);
    expect(mailIn(lang, text).isRequest).toBe(true);
  });
});

describe('round 79: rhetorical tags, hopes, a comma name by initial, hours until, a "by" in any ask first, wondering, a fault offer', () => {
  it.each<[Lang, string]>([
    ['nl', 'Zijn we nu officieel de gezelligste zaal van Gent, of niet soms?'],
    ['de', 'hoffentlich hast du schöne Ostern gehabt?'],
    ['nb', 'Gi gjerne beskjed om noe ikke er som det skal.'],
  ])('%s: talk, no ask: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('de: contrast: "Hoffentlich kannst du mir die Liste bis Freitag schicken?" asks', () => {
    expect(mailIn('de', 'Hoffentlich kannst du mir die Liste bis Freitag schicken?').isRequest).toBe(true);
  });

  it('de: "Susanne, könntest du …?" asks s.hoermann@ in cc, known only by her initial', () => {
    const a = analyzeFromOla(
      'Hallo Florian, hallo Susanne,\n\nFlorian, bitte sag dem Transport Bescheid.\n\nSusanne, könntest du mir bis morgen sagen, ob die Hüte über die Perücken passen müssen?\n\nResi',
      'de',
      {
        to: ['f.aigner@firma.example'],
        cc: ['s.hoermann@firma.example'],
        me: { name: 'S Hoermann', email: 's.hoermann@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-07T16:00:00.000Z');
  });

  it('nl: contrast: "Esther, jij hoeft nu nog niets te doen" leaves the reader in cc for information', () => {
    const a = analyzeFromOla(
      'Hoi Tom,\n\nKun jij vóór woensdag de dienstregeling in het systeem zetten?\n\nEsther zet ik in cc ter info. Esther, jij hoeft nu nog niets te doen.\n\nAhmed',
      'nl',
      {
        to: ['t.hendriks@firma.example'],
        cc: ['e.kok@firma.example'],
        me: { name: 'E Kok', email: 'e.kok@firma.example' },
      },
    );
    expect(a.isRequest).toBe(false);
  });

  it('de: "nur bis 18 Uhr statt 18.30 Uhr offen" is opening hours, no deadline', () => {
    const a = mailIn(
      'de',
      '- Ab 6. Juli ist der Laden im Sommer wieder nur bis 18 Uhr statt 18.30 Uhr offen.\n- Tragt bitte eure Herbstferien in den Kalender ein.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('nb: "innen 1. juni" in the members\' duty beats "før første sau går på beite 10. juni"', () => {
    const a = mailIn(
      'nb',
      'Sleppinga nærmer seg, og tilsynet må være på plass før første sau går på beite 10. juni. Alle medlemmer må skrive seg på minst to tilsynsuker i lista innen 1. juni.',
    );
    expect(a.due?.toISOString()).toBe('2026-06-01T16:00:00.000Z');
  });

  it('nb: "… og lurer på om dere lager kransekake …?" asks; "Jeg lurer på om det blir regn" does not', () => {
    expect(
      mailIn('nb', 'Vi skal ha barnedåp søndag 14. juni og lurer på om dere lager kransekake for ca. 30 personer?')
        .isRequest,
    ).toBe(true);
    expect(mailIn('nb', 'Jeg lurer på om det blir regn i morgen.').isRequest).toBe(false);
  });
});

describe('round 80: our side will, a quantity after a weekday, "trzeba, żeby każda z Was", trip talk, "neste veke"', () => {
  it('en: "Our studio will have the proofs with you by Friday 6 March" is the sender\'s commitment', () => {
    expect(
      mailIn(
        'en',
        "Our studio will have the first physical proofs with you by Friday 6 March, and I'll ring you the week after.",
      ).isRequest,
    ).toBe(false);
  });

  it('en: contrast: "Our team will need your sign-off by Friday" asks', () => {
    expect(mailIn('en', 'Our team will need your sign-off by Friday.').isRequest).toBe(true);
  });

  it('nl: "zaterdag 25 kilo" is a quantity, the ask is due "morgen vóór 10.00 uur"', () => {
    expect(
      mailIn(
        'nl',
        'Kun je me morgen vóór 10.00 uur laten weten of je zaterdag 25 kilo AA-klasse kunt leveren?',
      ).due?.toISOString(),
    ).toBe('2026-05-07T09:00:00.000Z');
  });

  it('pl: "Trzeba, żeby każda z Was przeszła krótkie szkolenie" asks each of the group', () => {
    expect(
      mailIn('pl', 'Trzeba, żeby każda z Was przeszła krótkie szkolenie online z obsługi szablonu.').isRequest,
    ).toBe(true);
  });

  it('pl: "Udało się w końcu pojechać do mamy do Zakopanego?" is talk; "Udało się wymienić olej?" asks', () => {
    expect(mailIn('pl', 'Udało się w końcu pojechać do mamy do Zakopanego?').isRequest).toBe(false);
    expect(mailIn('pl', 'Udało się wymienić olej w T14?').isRequest).toBe(true);
  });

  it('nb: Nynorsk "neste veke" is next week', () => {
    expect(
      mailIn('nb', 'Det hastar ikkje, men kunne du fått montert henne i båthallen neste veke?').due?.toISOString(),
    ).toBe('2026-05-15T16:00:00.000Z');
  });
});

describe('round 81: Flemish "gij", the copy turned to after another is greeted, "then I\'m happy", "bei euch"', () => {
  it('nl: Flemish "Hebt gij die al goed ontvangen?" and "kunde gij … sturen" ask', () => {
    expect(mailIn('nl', 'Hebt gij die al goed ontvangen? Ik wil het onze leden kunnen zeggen.').isRequest).toBe(true);
    expect(mailIn('nl', 'kunde gij zo snel mogelijk iemand sturen naar de steiger').isRequest).toBe(true);
  });

  it('nl: contrast: Flemish "Zijt ge goed thuisgekomen uit de Dordogne?" is talk', () => {
    expect(mailIn('nl', 'Zijt ge goed thuisgekomen uit de Dordogne? Hier was het rustig.').isRequest).toBe(false);
  });

  it('nl: "je moet er niks meer mee doen" asks nothing; with "maar stuur wel …" it asks', () => {
    expect(mailIn('nl', 'Ik heb de factuur al opnieuw bezorgd, je moet er niks meer mee doen.').isRequest).toBe(false);
    expect(mailIn('nl', 'Je moet op dit moment dus niets doen.').isRequest).toBe(false);
    expect(mailIn('nl', 'Je moet er niets aan doen, maar stuur wel even de factuur door.').isRequest).toBe(true);
  });

  it.each([
    [
      'nl',
      'Hoi Joris,\n\nDe groep van 28 april heeft geannuleerd. Wil je de bus en de gids voor die dag vrijgeven?\n\nEva, ik heb je in cc gezet: kun jij de aanbetaling aan hen terugstorten?\n\nGroet,\nOla',
      'kun jij de aanbetaling',
      'Wil je de bus',
    ],
    [
      'pl',
      'Panie Karolu,\n\nbankomat przy wejściu znowu zgłaszał błąd – proszę zgłosić to serwisantowi.\n\nPani Ewo, Panią dodałem do kopii nie tylko informacyjnie: bardzo proszę o zaplanowanie szkolenia dla zespołu.\n\nPozdrawiam\nOla',
      'bardzo proszę o zaplanowanie',
      'proszę zgłosić to serwisantowi',
    ],
  ] as [Lang, string, string, string][])(
    '%s: the reader in cc, turned to after another is greeted, is asked only what follows',
    (lang, body, want, not) => {
      const a = analyzeFromOla(body, lang, {
        me: { name: lang === 'pl' ? 'Ewa Lund' : 'Eva Lund', email: 'eva.lund@firma.example' },
        to: ['karol.joris@firma.example'],
        cc: ['eva.lund@firma.example'],
      });
      const spans = a.requestSpans.map((s) => s.text);
      expect(a.isRequest).toBe(true);
      expect(spans.some((s) => s.includes(want))).toBe(true);
      expect(spans.some((s) => s.includes(not))).toBe(false);
    },
  );

  it.each([
    [
      'nl',
      'Zou je een omzetoverzicht kunnen maken? Geen haast hoor, als ik het eind van de maand heb ben ik tevreden.',
    ],
    [
      'de',
      'Könntest du die Umsatzübersicht erstellen? Keine Eile, wenn ich sie Ende des Monats habe, bin ich zufrieden.',
    ],
    [
      'pl',
      'Czy mógłbyś przygotować zestawienie? Bez pośpiechu, jeśli będę je mieć do końca miesiąca, będę zadowolona.',
    ],
    ['nb', 'Kan du lage en oversikt over omsetningen? Ingen hast, har jeg den i slutten av måneden, er jeg fornøyd.'],
  ] as [Lang, string][])('%s: "if I have it by the end of the month, I\'m happy" is the ask\'s time', (lang, text) => {
    expect(mailIn(lang, text).due?.toISOString()).toBe('2026-05-31T16:00:00.000Z');
  });

  it('en: "if I get it next week, I\'m happy" is the ask\'s time', () => {
    expect(
      mailIn(
        'en',
        "Could you put together the revenue overview? No rush, if I get it next week, I'm happy.",
      ).due?.toISOString(),
    ).toBe('2026-05-15T16:00:00.000Z');
  });

  it('nl: contrast: "Met de cijfers van vrijdag ben ik tevreden" gives no time', () => {
    expect(
      mailIn('nl', 'Zou je een omzetoverzicht kunnen maken? Met de cijfers van vrijdag ben ik tevreden.').due,
    ).toBeNull();
  });

  it.each([
    [
      'nl',
      'Wil je het bedrag vóór 1 juni overmaken? Als je het inmiddels al betaald hebt, kun je dit bericht als niet verzonden beschouwen.',
      'als niet verzonden',
    ],
    ['en', 'Could you pay the fee by 1 June? If you have already paid, please consider this reminder void.', 'void'],
    [
      'nb',
      'Kan du betale kontingenten innen 1. juni? Har du allerede betalt, kan du betrakte denne påminnelsen som ugyldig.',
      'ugyldig',
    ],
  ] as [Lang, string, string][])('%s: "if you have paid, consider this mail void" is not quoted', (lang, text, not) => {
    const spans = mailIn(lang, text).requestSpans.map((s) => s.text);
    expect(spans).toHaveLength(1);
    expect(spans.some((s) => s.includes(not))).toBe(false);
  });

  it('en, nb: the let-off alone asks nothing', () => {
    expect(mailIn('en', 'If you have already paid, please consider this reminder void.').isRequest).toBe(false);
    expect(mailIn('nb', 'Hvis du har betalt, betrakt denne e-posten som uaktuell.').isRequest).toBe(false);
  });

  it('de: "Keine Eile, ich brauche sie erst für die Neuen im Januar" after an ask is not quoted', () => {
    const a = mailIn(
      'de',
      'Weißt du zufällig noch, wo die alten Helme gelandet sind? Keine Eile, ich brauche sie erst für die Neuen im Januar.',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Weißt du zufällig noch, wo die alten Helme gelandet sind?']);
  });

  it('de: contrast: alone, "Keine Eile, ich brauche die Helme erst im Januar" is still the ask', () => {
    expect(mailIn('de', 'Keine Eile, ich brauche die Helme erst im Januar.').isRequest).toBe(true);
  });

  it.each([
    ['de', 'Ab welchem Alter kann man bei Ihnen eintreten, und an welchem Tag finden die Übungsabende statt?'],
    ['de', 'Was kostet bei euch ein Jahresabo?'],
    ['nl', 'Wat kost een abonnement bij jullie?'],
    ['nb', 'Hva koster et årskort hos dere?'],
  ] as [Lang, string][])("%s: what it is like at the reader's place asks: %s", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['de', 'Wie war es bei euch im Urlaub?'],
    ['nl', 'Hoe was het weekend bij jullie?'],
    ['nb', 'Hvordan går det hos dere?'],
  ] as [Lang, string][])("%s: contrast: how it went at the reader's place is talk: %s", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nb: in a Nynorsk mail, "Kunne de sett opp fleire dunkar …?" asks the readers', () => {
    expect(
      mailIn(
        'nb',
        'Eg har snakka med Leiv, og vi kan godt låne ut jordet i år òg, men i fjor vart det mykje søppel.\n\nKunne de sett opp fleire dunkar og sperra av køyrevegen denne gongen?',
      ).isRequest,
    ).toBe(true);
  });

  it('en: "we\'ve got the roofers due at 10" is who arrives, not by when: the ask is ASAP', () => {
    const a = mailIn(
      'en',
      "Can someone come out and re-tie it ASAP please, we've got the roofers due at 10 and I can't let them up as it is.",
    );
    expect(a.due).toBeNull();
    expect(a.dueText).toBe('ASAP');
  });

  it('en: contrast: "The report is due on Friday" is the ask\'s time', () => {
    expect(mailIn('en', 'Can you send me the report? The report is due on Friday.').due?.toISOString()).toBe(
      '2026-05-08T16:00:00.000Z',
    );
  });
});

describe('round 82: "who can …?", "quick one", what stays "in case you need it", a scale, "da rekker du"', () => {
  it.each([
    ['de', 'Wer kann einen Kuchen backen oder Waffeln mitbringen?'],
    ['nl', 'Wie kan een taart bakken of wafels meenemen?'],
    ['pl', 'Kto może upiec ciasto albo przynieść gofry?'],
    ['nb', 'Hvem kan bake en kake eller ta med vafler?'],
  ] as [Lang, string][])('%s: "who can …?" to the group asks each reader: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['de', 'Wer kann das schon sagen?'],
    ['nb', 'Hvem kunne ønsket seg en bedre start på jubileumsåret?'],
    ['pl', 'Kto może wiedzieć, co przyniesie jutro?'],
  ] as [Lang, string][])('%s: contrast: a rhetorical "who could …?" asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nl: "Wie kan er zaterdag …? Laat het mij even weten, dan …" quotes both', () => {
    const spans = mailIn(
      'nl',
      'Wie kan er zaterdag zijn wachtdienst overnemen? Laat het mij even weten, dan pas ik de planning aan.',
    ).requestSpans.map((s) => s.text);
    expect(spans).toHaveLength(2);
    expect(spans[0]).toContain('Wie kan er zaterdag');
  });

  it('en: "Quick one before the weekend rush." is a heading, not an ask', () => {
    expect(mailIn('en', 'Quick one before the weekend rush.').isRequest).toBe(false);
    const spans = mailIn(
      'en',
      'Quick one before the weekend rush. Head office need figures, so please send me your stock counts by Wednesday 12pm.',
    ).requestSpans.map((s) => s.text);
    expect(spans).toEqual(['Head office need figures, so please send me your stock counts by Wednesday 12pm.']);
  });

  it('en: what stays there "in case you need to look anything up" asks nothing; "Please keep it …" does', () => {
    expect(
      mailIn(
        'en',
        '- The old diary screen will stay read-only until the end of June in case you need to look anything up.',
      ).isRequest,
    ).toBe(false);
    expect(mailIn('en', 'Please keep the old screen open in case you need to look anything up.').isRequest).toBe(true);
  });

  it.each([
    ['pl', 'Uprzejmie proszę o przesłanie projektu w skali 1:10 do 15 maja.'],
    ['de', 'Bitte schicken Sie mir die Zeichnung im Maßstab 1:10 bis 15. Mai.'],
  ] as [Lang, string][])('%s: a scale "1:10" before the date does not open a period', (lang, text) => {
    expect(mailIn(lang, text).due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });

  it('de: contrast: "von 9:30 bis 15 Uhr" is still a period', () => {
    expect(mailIn('de', 'Wir sind von 9:30 bis 15 Uhr da, bitte kommen Sie vorbei.').due).toBeNull();
  });

  it.each([
    ['nb', 'Jeg sender deg tegningene senest onsdag. Da rekker du å bestille vinduene før byggemøtet 17. mars.'],
    [
      'nl',
      'Ik stuur je de tekeningen uiterlijk woensdag. Dan heb je nog tijd om de ramen vóór het overleg van 17 maart te bestellen.',
    ],
  ] as [Lang, string][])('%s: what the reader then has time for asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nb: contrast: "Da rekker du å bestille vinduene?" asks', () => {
    expect(mailIn('nb', 'Da rekker du å bestille vinduene?').isRequest).toBe(true);
  });

  it('nb: "must be sent from us by 2 February" is our side: the ask takes the coordinator\'s "innen 8. januar"', () => {
    const a = mailIn(
      'nb',
      'De har åpning 24. februar, og kassene må være pakket og sendt fra oss senest 2. februar.\n\nKan du sette opp den endelige aksesjonslista? Koordinatoren trenger den innen 8. januar for å lage importpapirene.',
    );
    expect(a.dueText).toBe('innen 8. januar');
  });
});

describe('round 83: having it by a time, "ik heb de offerte graag … binnen", courtesy and praise questions, "vom Samstag"', () => {
  it.each([
    [
      'nl',
      'Kun je de brieven opstellen? Als ze eind van de week bij mij liggen kan ik ze maandag tekenen.',
      'eind van de week',
    ],
    ['nl', 'Kun je de brieven opstellen? Als ik ze vrijdag heb, kan ik ze maandag tekenen.', 'vrijdag'],
    [
      'de',
      'Kannst du die Briefe aufsetzen? Wenn sie Ende der Woche bei mir liegen, kann ich sie Montag unterschreiben.',
      'Ende der Woche',
    ],
    [
      'nb',
      'Kan du sette opp brevene? Hvis jeg har dem i slutten av uken, kan jeg signere dem mandag.',
      'slutten av uken',
    ],
  ] as [Lang, string, string][])("%s: the time in a condition of having the thing is the ask's", (lang, text, due) => {
    expect(mailIn(lang, text).dueText).toBe(due);
  });

  it('nl: "ik heb de offerte graag uiterlijk 27 februari binnen" gives the ask\'s time, not the sender\'s 3 maart', () => {
    expect(
      mailIn(
        'nl',
        'Zou je me een offerte kunnen sturen? Ik moet het budget op 3 maart bij het bestuur indienen, dus ik heb de offerte graag uiterlijk 27 februari binnen.',
      ).dueText,
    ).toBe('uiterlijk 27 februari');
  });

  it('pl: "Byłabym więc wdzięczna, gdyby Pan potwierdził, …" asks', () => {
    expect(
      mailIn('pl', 'Byłabym więc wdzięczna, gdyby Pan potwierdził, czy rysunek techniczny pudełka jest ostateczny.')
        .isRequest,
    ).toBe(true);
  });

  it.each([
    ['de', 'Darf ich mich kurz vorstellen? Ich habe die Teamleitung übernommen.'],
    ['nl', 'Mag ik me even voorstellen? Ik ben de nieuwe teamleider.'],
  ] as [Lang, string][])('%s: "may I introduce myself?" asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('de: contrast: "Darf ich dich bitten, die Liste zu schicken?" asks', () => {
    expect(mailIn('de', 'Darf ich dich bitten, die Liste zu schicken?').isRequest).toBe(true);
  });

  it('nb: "hvem andre enn denne gjengen kunne klart …?" is praise; "Hvem andre enn Per kan låse opp …?" asks', () => {
    expect(
      mailIn('nb', 'Og hvem andre enn denne gjengen kunne klart å pakke 4 000 julegaveesker på to uker?').isRequest,
    ).toBe(false);
    expect(mailIn('nb', 'Hvem andre enn Per kan låse opp lageret i morgen?').isRequest).toBe(true);
  });

  it('de: "die Fotos vom Samstag" is what the photos are of, not by when', () => {
    expect(mailIn('de', 'Könntest du mir die Fotos vom Samstag schicken?').due).toBeNull();
    expect(mailIn('de', 'Könntest du mir die Fotos Samstag schicken?').due).not.toBeNull();
  });

  it('nl: contrast: "in de loop van volgende week" is still the ask\'s time', () => {
    expect(
      mailIn(
        'nl',
        'Kunnen jullie me in de loop van volgende week laten weten welke klussen te goedkoop zijn?',
      ).due?.toISOString(),
    ).toBe('2026-05-15T16:00:00.000Z');
  });

  it.each([
    [
      'nl',
      'Per 1 maart gaan we over op de nieuwe tijdregistratie. Je account wordt automatisch aangemaakt en je krijgt een welkomstmail.',
    ],
    [
      'de',
      'Ab 1. März nutzen wir die neue Zeiterfassung. Dein Konto wird automatisch erstellt und du bekommst in der Woche vom 23. Februar eine Willkommensmail.',
    ],
  ] as [Lang, string][])(
    "%s: an account set up automatically does not make a colleague's mail automated",
    (lang, text) => {
      expect(mailIn(lang, text).automated).toBe(false);
    },
  );

  it('nl: contrast: "Dit bericht is automatisch aangemaakt" is automated', () => {
    expect(mailIn('nl', 'Uw pakket is onderweg. Dit bericht is automatisch aangemaakt.').automated).toBe(true);
  });
});

describe('round 84: "Danke, ist alles angekommen." is no sign-off, "wär", automatic payment, "została wysłana automatycznie"', () => {
  it('de: a thanks line with a sentence after the greeting does not end the mail', () => {
    const a = mailIn(
      'de',
      'Danke, ist alles angekommen.\n\nEine Frage noch: Sind die Eingangsrechnungen von Januar schon alle gebucht, oder fehlt da noch die Telekom-Rechnung?',
    );
    expect(a.isRequest).toBe(true);
  });

  it('de: contrast: "Danke dir, Ola" still ends the mail', () => {
    expect(
      analyzeFromOla('Hallo Eva,\n\nanbei die Liste.\n\nDanke dir, Ola\n\nKannst du mir die Liste schicken?', 'de')
        .isRequest,
    ).toBe(false);
  });

  it('de: spoken "Ich wär dir echt dankbar, wenn du …" asks', () => {
    expect(
      mailIn(
        'de',
        'Ich wär dir echt dankbar, wenn du deinen Jungs sagst, dass sie nach dem Training die Pucks einsammeln.',
      ).isRequest,
    ).toBe(true);
  });

  it.each([
    ['nb', 'Dere skal betale 84 312 kr med forfall 10. april, og beløpet trekkes automatisk via AvtaleGiro som før.'],
    ['en', 'You need to pay £840 by 10 April, and it will be taken by direct debit as before.'],
    ['nl', 'Je moet € 840 betalen vóór 10 april; het bedrag wordt automatisch afgeschreven zoals altijd.'],
    ['de', 'Ihr müsst bis 10. April 840 € zahlen, der Betrag wird wie immer automatisch abgebucht.'],
  ] as [Lang, string][])('%s: a payment taken automatically asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: "Please pay £840 by 10 April." asks', () => {
    expect(mailIn('en', 'Please pay £840 by 10 April.').isRequest).toBe(true);
  });

  it('pl: "Ta wiadomość została wysłana automatycznie." makes a booking platform\'s mail automated', () => {
    const a = analyzeFromOla(
      'Nowa rezerwacja w obiekcie Schronisko\n\nNumer rezerwacji: NG-2026-58114\n\nPotwierdź lub odrzuć rezerwację w Panelu Obiektu w ciągu 24 godzin.\n\nZespół NoclegiWGorach.pl\nTa wiadomość została wysłana automatycznie.',
      'pl',
      { from: { name: 'NoclegiWGorach.pl', email: 'rezerwacje@noclegiwgorach.pl' } },
    );
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
});

describe('round 86: "everyone who … is now required to", "could do with", "please also note", "…, oder reicht …?", the reason after a dash', () => {
  it.each([
    [
      'en',
      "Following the insurers' review, everyone who drives or conducts on the heritage fleet is now required to complete the online safeguarding module before their next turn on a bus.",
    ],
    ['nl', 'Iedereen die op de bus rijdt, is voortaan verplicht de online module te volgen.'],
    ['de', 'Jeder, der den Bus fährt, ist ab sofort verpflichtet, das Online-Modul zu absolvieren.'],
    ['pl', 'Każdy, kto prowadzi autobus, jest od teraz zobowiązany do ukończenia szkolenia online.'],
    ['nb', 'Alle som kjører bussen, er nå pålagt å fullføre nettkurset før neste vakt.'],
  ] as [Lang, string][])('%s: a duty put on the group named by what its members do asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('en: contrast: "Everyone who came yesterday said it was great." asks nothing', () => {
    expect(mailIn('en', 'Everyone who came yesterday said it was great.').isRequest).toBe(false);
  });

  it.each([
    ['de', 'Alle Fahrer sind ab sofort verpflichtet, das Modul zu machen.'],
    ['en', 'Effective immediately, everyone is required to sign in at reception.'],
  ] as [Lang, string][])('%s: "ab sofort", "effective immediately" say from when, not how soon', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBeNull();
    expect(a.urgent).toBe(false);
  });

  it('de: contrast: "Bitte sofort die Vorlage schicken." is urgent', () => {
    expect(mailIn('de', 'Bitte sofort die Vorlage schicken.').dueText).toBe('sofort');
  });

  it('nb: "Hvem visste at …?" is a wonder, not a question', () => {
    const a = mailIn(
      'nb',
      'Her er de tre tekstene. Hvem visste at en flensekniv kunne være så vanskelig å beskrive på 400 tegn? 😅 Jeg har holdt meg til fakta.',
    );
    expect(a.isRequest).toBe(false);
  });

  it('nb: contrast: "Hvem visste om dette?" still asks', () => {
    expect(mailIn('nb', 'Hvem visste om dette?').isRequest).toBe(true);
  });

  it.each([
    ['en', 'Please also note that the contractors will be marking out two new EV charging bays by the goods-in door.'],
    ['de', 'Bitte auch beachten: Der Parkplatz ist am Samstag gesperrt.'],
    ['pl', 'Proszę też zwrócić uwagę, że parking będzie zamknięty w sobotę.'],
    ['nb', 'Vær også oppmerksom på at parkeringen er stengt lørdag.'],
  ] as [Lang, string][])('%s: "please also note" announces', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: "… and could really do with some real photos" asks, with its time "would be brill"', () => {
    const a = mailIn(
      'en',
      "I'm putting together the summer brochure and could really do with some real photos rather than stock ones. No massive rush, sometime next week would be brill. Just whatsapp them or chuck them in the shared drive.",
    );
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toEqual([
      "I'm putting together the summer brochure and could really do with some real photos rather than stock ones.",
      'Just whatsapp them or chuck them in the shared drive.',
    ]);
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });

  it.each(['I could really do with a holiday.', 'I could do with a proper coffee.', 'Stick to the plan.'])(
    'en: contrast: "%s" asks nothing',
    (text) => {
      expect(mailIn('en', text).isRequest).toBe(false);
    },
  );

  it.each([
    [
      'de',
      'Müssen wir die betroffenen Chargen eigentlich irgendwo dokumentieren, oder reicht der Vermerk im Reifeprotokoll?',
    ],
    ['nb', 'Må vi dokumentere partiene et sted, eller holder det med notatet i loggen?'],
  ] as [Lang, string][])('%s: "must we …, or is less enough?" asks the reader to judge', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('de: the same question asks the colleague in cc turned to by name', () => {
    const a = analyzeFromOla(
      'Hallo Markus,\n\nim Reifekeller 2 schwankt die Temperatur seit Samstag. Der Kältetechniker kommt am Donnerstag.\n\nSabine, ich hab dich in CC genommen: Müssen wir die betroffenen Chargen eigentlich irgendwo dokumentieren bzw. sperren, oder reicht der Vermerk im Reifeprotokoll?\n\nGruß Thomas',
      'de',
      {
        to: ['m.berchtold@firma.example'],
        cc: ['s.hoermann@firma.example'],
        me: { name: 'S Hoermann', email: 's.hoermann@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
  });

  it('pl: "Odpowiesz właścicielce? Ja nie znam szczegółów planu." asks: "Ja nie" answers only alone', () => {
    expect(
      mailIn(
        'pl',
        'Przekazuję, bo to Twoja pacjentka. Odpowiesz właścicielce? Ja nie znam szczegółów planu rehabilitacji.',
      ).isRequest,
    ).toBe(true);
  });

  it('pl: contrast: "Czy ktoś z nas to pamiętał? Ja nie." answers itself', () => {
    expect(mailIn('pl', 'Czy ktoś z nas to pamiętał? Ja nie.').isRequest).toBe(false);
  });

  it.each([
    ['en', 'Let me know next week what discount we can accept – I need it before the meeting.'],
    ['pl', 'Daj mi znać w przyszłym tygodniu, jaki rabat możemy zaakceptować – muszę to mieć przed spotkaniem.'],
  ] as [Lang, string][])('%s: a meeting in the need after a dash leaves the ask its time', (lang, text) => {
    expect(mailIn(lang, text).due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });

  it('pl: contrast: "– potrzebuję go w przyszłym tygodniu" still gives the time', () => {
    expect(
      mailIn(
        'pl',
        'Asiu, przygotujesz plan zajęć – potrzebuję go w przyszłym tygodniu, żeby wysłać klientom.',
      ).due?.toISOString(),
    ).toBe('2026-05-15T16:00:00.000Z');
  });

  it.each([
    [
      'pl',
      'Proszę jak najszybciej o informację, kto jest dziś na dyżurze – mamy dwa wejścia przed południem.',
      'jak najszybciej',
    ],
    ['en', 'Please let me know ASAP who is on duty – we have two arrivals before noon.', 'ASAP'],
  ] as [Lang, string, string][])(
    '%s: an ask that says how soon keeps it over what the sender has on after it',
    (lang, text, urgency) => {
      const a = mailIn(lang, text);
      expect(a.due).toBeNull();
      expect(a.dueText).toBe(urgency);
    },
  );

  it('en: contrast: "Please send it by 4pm – tomorrow at nine we have the client call." keeps 4pm', () => {
    expect(mailIn('en', 'Please send it by 4pm – tomorrow at nine we have the client call.').dueText).toBe('by 4pm');
  });
});

describe('round 87: "bräucht ich", nice if the sender gets the thing, its time in "Fijn als ik het vrijdag heb"', () => {
  it('de: spoken "bräucht ich von dir noch die Liste" asks', () => {
    expect(
      mailIn(
        'de',
        'Für die Inventur im Verleih bräucht ich von dir noch die Liste, welche Kinder-Ski kaputt zurückgekommen sind.',
      ).isRequest,
    ).toBe(true);
  });

  it.each([
    ['nb', 'Fint om jeg kan få tilbakemelding i løpet av uken.'],
    ['nl', 'Fijn als ik deze week een reactie krijg.'],
    ['pl', 'Dobrze by było, gdybym dostał odpowiedź w tym tygodniu.'],
  ] as [Lang, string][])('%s: nice if the sender gets the thing this week asks, with its time', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it('nl: elliptic "Fijn als je het vrijdag stuurt." asks', () => {
    expect(mailIn('nl', 'Fijn als je het vrijdag stuurt.').isRequest).toBe(true);
  });

  it.each([
    ['nl', 'Fijn als we elkaar snel weer zien.'],
    ['nl', 'Fijn als ik er volgende week tijd voor heb.'],
    ['nb', 'Fint om jeg får tid til det neste uke.'],
  ] as [Lang, string][])('%s: contrast: "%s" asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nl: "Fijn als ik hem vrijdag heb." gives the time of the ask before it, and of itself', () => {
    expect(mailIn('nl', 'Kun je de offerte sturen? Fijn als ik hem vrijdag heb.').due?.toISOString()).toBe(
      '2026-05-08T16:00:00.000Z',
    );
    expect(mailIn('nl', 'Fijn als ik het vrijdag heb.').due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it('de: "Schön wäre, wenn ich sie Freitag habe." gives the time of the ask before it', () => {
    expect(
      mailIn('de', 'Kannst du mir die Liste schicken? Schön wäre, wenn ich sie Freitag habe.').due?.toISOString(),
    ).toBe('2026-05-08T16:00:00.000Z');
  });
});

describe('round 88: a reader in cc known by her initial, "can there?", "każdy z Was niech", "If so, …?", must have an answer', () => {
  it('en: "Fiona, I\'m copying you in because … Would you be able to tell me …?" asks f.creagh@ in cc', () => {
    const a = analyzeFromOla(
      "Dear Martin,\n\nThank you again for a very productive day in the reading room last week.\n\nI'm hoping to reproduce six of the sheets in the article (list attached).\n\nFiona, I'm copying you in because I remember you mentioning that some of the sheets had been repaired with Japanese tissue. Would you be able to tell me which of the six on my list were repaired, and roughly when?\n\nWith best wishes,\nImogen",
      'en',
      {
        to: ['m.hale@firma.example'],
        cc: ['f.creagh@firma.example'],
        me: { name: 'F Creagh', email: 'f.creagh@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toEqual([
      'Would you be able to tell me which of the six on my list were repaired, and roughly when?',
    ]);
  });

  it('en: contrast: "Fiona, I\'m copying you in for information." leaves f.creagh@ in cc for information', () => {
    const a = analyzeFromOla(
      "Dear Martin,\n\nCould you send me the list of repaired sheets?\n\nFiona, I'm copying you in for information. Would you believe the tissue held?\n\nImogen",
      'en',
      {
        to: ['m.hale@firma.example'],
        cc: ['f.creagh@firma.example'],
        me: { name: 'F Creagh', email: 'f.creagh@firma.example' },
      },
    );
    expect(a.isRequest).toBe(false);
  });

  it('en: "Can\'t be many people who get to see that, can there?" is small talk', () => {
    expect(
      mailIn('en', "Thanks for showing me round the strongroom. Can't be many people who get to see that, can there?")
        .isRequest,
    ).toBe(false);
  });

  it('en: contrast: "Is there any cake left?" asks', () => {
    expect(mailIn('en', 'Is there any cake left?').isRequest).toBe(true);
  });

  it('pl: "każdy z Was niech w ciągu dwóch dni uzupełni …" asks each, with its time', () => {
    const a = mailIn(
      'pl',
      '5. I jeszcze jedno – każdy z Was niech w ciągu dwóch dni uzupełni w Jirze godziny za maj, bo wystawiamy fakturę.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it('pl: contrast: "Każdy z nas niech się cieszy." asks nothing', () => {
    expect(mailIn('pl', 'Każdy z nas niech się cieszy.').isRequest).toBe(false);
  });

  it.each([
    ['pl', 'W tytule przelewu wpiszcie imię, nazwisko i „składka 2026”.'],
    ['pl', 'Panowie – przy pasach podajcie też obwód w pasie na kości biodrowej, bo pani Zofia o to prosiła.'],
  ] as [Lang, string][])('%s: the plural imperative after where and whom ("%s") asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('de: "evtl." does not end the sentence', () => {
    const text = 'Hast du die evtl. noch bei dir im Postfach?';
    expect(sentencesOf(text, 0, text.length).map((s) => s.text)).toEqual([
      'Hast du die evtl. noch bei dir im Postfach?',
    ]);
  });

  it.each([
    [
      'de',
      'Weißt du, ob die Materialbahn am Samstag wieder in Betrieb ist? Wir wollen das neue Akja-Set hochbringen. Falls ja, wann wäre der beste Zeitpunkt?',
      'Falls ja, wann wäre der beste Zeitpunkt?',
    ],
    [
      'en',
      'Could you check whether the lock is in? If so, when would be the best time to fit it?',
      'If so, when would be the best time to fit it?',
    ],
    ['nb', 'Har dere fått låsen? I så fall, når passer det å montere den?', 'I så fall, når passer det å montere den?'],
  ] as [Lang, string, string][])('%s: "If so, …?" after a question asks too', (lang, text, followUp) => {
    expect(mailIn(lang, text).requestSpans.map((s) => s.text)).toContain(followUp);
  });

  it.each([
    ['nl', 'Ik moet voor 15 uur antwoord hebben, anders moet ik de betonwagen afbestellen.'],
    ['pl', 'Muszę mieć odpowiedź przed 15:00, inaczej muszę odwołać betoniarkę.'],
    ['nb', 'Jeg må ha svar før kl. 15, ellers må jeg avbestille betongbilen.'],
  ] as [Lang, string][])('%s: the sender must have an answer by 3pm: asks, due then', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-06T14:00:00.000Z');
  });

  it('nl: contrast: "Ik moet nog antwoord krijgen van de gemeente." asks nothing', () => {
    expect(mailIn('nl', 'Ik moet nog antwoord krijgen van de gemeente.').isRequest).toBe(false);
  });
});

describe('round 89: the duty of those a clause names, trouble-first courtesy, "isn\'t it funny how", "trzeba było", "Parken können Sie"', () => {
  it.each([
    [
      'nb',
      'Og til slutt: Dere som har hatt reiser i januar og februar må levere reiseregningene i Visma innen utgangen av måneden.',
    ],
    ['de', 'Wer im Januar gereist ist, muss die Reisekosten bis Monatsende einreichen.'],
    ['nl', 'Wie in januari heeft gereisd, moet de declaratie voor het eind van de maand indienen.'],
    ['pl', 'Kto był w delegacji w styczniu, musi rozliczyć koszty do końca miesiąca.'],
  ] as [Lang, string][])('%s: those of the group a clause names must do it by a time: asks, due then', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-31T16:00:00.000Z');
  });

  it.each([
    ['de', 'Wer nichts abzurechnen hat, muss sich bis Monatsende nicht melden.'],
    ['nl', 'Wie het voor 1 mei al heeft ingeleverd, moet niets doen.'],
    ['de', 'Wer Fragen hat, muss sich bis Freitag an Tom wenden.'],
    ['nb', 'Dere som har hatt reiser må levere reiseregningene.'],
  ] as [Lang, string][])('%s: contrast: "%s" asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['de', 'Falls am Montag früh trotzdem irgendwas nicht geht: meldet euch gerne bei mir, ich bin ab 6:30 da.'],
    ['nl', 'Als er maandag toch iets niet werkt: laat het me gerust weten.'],
  ] as [Lang, string][])(
    '%s: the trouble first, then a colon and "get in touch", is a courtesy offer',
    (lang, text) => {
      expect(mailIn(lang, text).isRequest).toBe(false);
    },
  );

  it.each([
    ['de', 'Falls du Zeit hast: schick mir bitte die Liste bis Freitag.'],
    ['nl', 'Als er iets niet klopt, laat het me voor vrijdag weten.'],
  ] as [Lang, string][])('%s: contrast: "%s" asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(lang === 'de');
  });

  it.each([
    [
      'en',
      'Isnt it funny how you put up with smoke in the room for years and then wonder why you never got it sorted sooner?',
    ],
    ['nl', 'Is het niet gek hoe je jarenlang met rook in de kamer leeft?'],
  ] as [Lang, string][])('%s: "isn\'t it funny how …?" is a wonder', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('pl: "trzeba było" is what had to be done', () => {
    expect(mailIn('pl', 'Karmienie pingwinów z komentarzem trzeba było powtarzać trzy razy.').isRequest).toBe(false);
  });

  it('pl: contrast: "Trzeba to podpisać do piątku." asks', () => {
    expect(mailIn('pl', 'Trzeba to podpisać do piątku.').isRequest).toBe(true);
  });

  it.each(['Parken können Sie direkt in der Einfahrt.', 'Abholen kannst du den Schlüssel beim Pförtner.'])(
    'de: "%s" says what the reader may do',
    (text) => {
      expect(mailIn('de', text).isRequest).toBe(false);
    },
  );

  it('de: contrast: "Unterschreiben können Sie bitte bis Freitag." asks', () => {
    expect(mailIn('de', 'Unterschreiben können Sie bitte bis Freitag.').isRequest).toBe(true);
  });
});

describe('round 90: "…, har du fått den?", "als je … kunt kijken is dat prima", a mail to the team box', () => {
  it.each([
    ['nb', 'Jeg har ikke sett noe, har du fått den?'],
    ['nb', 'Jeg har ikke fått noe, har du?'],
    ['en', "I haven't seen anything, have you got it?"],
  ] as [Lang, string][])('%s: "%s" asks whether the reader has had it', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('en: contrast: "It\'s lovely weather, isn\'t it?" asks nothing', () => {
    expect(mailIn('en', "It's lovely weather, isn't it?").isRequest).toBe(false);
  });

  it('nl: "als je er volgende week naar kunt kijken is dat prima" asks without its comma, due next week', () => {
    const a = mailIn('nl', 'Geen haast hoor, als je er volgende week naar kunt kijken is dat prima.');
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });

  it('nl: contrast: "Als je vragen hebt is dat prima." asks nothing', () => {
    expect(mailIn('nl', 'Als je vragen hebt is dat prima.').isRequest).toBe(false);
  });

  const toTheBox = (to: string) =>
    analyzeFromOla(
      'Hei\n\nInnkjøringa til legevakta er ikke brøytet etter nattas snøfall.\n\nKan dere sende en bil så snart som mulig?\n\nAnne-Lise',
      'nb',
      {
        from: { name: 'Anne-Lise Brekke', email: 'anne-lise.brekke@kommune.example' },
        to: [to],
        cc: ['roger@firma.example'],
        me: { name: '', email: 'roger@firma.example' },
      },
    );

  it('nb: a mail to the team box vakt@ asks its colleague roger@ in cc', () => {
    const a = toTheBox('vakt@firma.example');
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('så snart som mulig');
  });

  it('nb: contrast: to a person (kari.lie@), roger@ in cc is copied for information', () => {
    expect(toTheBox('kari.lie@firma.example').isRequest).toBe(false);
  });

  it("nb: contrast: to another firm's box (vakt@andre.example), roger@ in cc is copied for information", () => {
    expect(toTheBox('vakt@andre.example').isRequest).toBe(false);
  });
});

describe('round 91: "Byłbym wdzięczny, gdyby Pani …", "who needs … when …?", "må hver leietaker", "og hei Ingrid som …"', () => {
  it('pl: "Byłbym wdzięczny, gdyby Pani wskazała osobę, która … po Państwa stronie …" asks', () => {
    expect(
      mailIn(
        'pl',
        'Byłbym wdzięczny, gdyby Pani wskazała osobę z działu księgowości, która będzie odpowiadała po Państwa stronie za uzgodnienie planu kont.',
      ).isRequest,
    ).toBe(true);
  });

  it.each([
    ['nb', 'Kø helt ut på parkeringen – hvem trenger vel Alpene når man har Trysil? 😄'],
    ['en', "Queues out to the car park – who needs the Alps when you've got Trysil?"],
    ['nl', 'Wie heeft de Alpen nog nodig als je de Veluwe hebt?'],
  ] as [Lang, string][])('%s: "who needs … when …?" is a boast, not a question', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: "Who needs a parking permit for Saturday?" asks', () => {
    expect(mailIn('en', 'Who needs a parking permit for Saturday?').isRequest).toBe(true);
  });

  it('nb: "…, må hver leietaker sende oss … innen utgangen av måneden" asks, due then', () => {
    const a = mailIn(
      'nb',
      'For at nye kort skal være klare, må hver leietaker sende oss en oppdatert liste over ansatte innen utgangen av måneden.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-31T16:00:00.000Z');
  });

  it('nb: "Hei Lars, og hei Ingrid som jeg har satt på kopi," greets Ingrid in cc too', () => {
    const a = analyzeFromOla(
      'Hei Lars, og hei Ingrid som jeg har satt på kopi,\n\nBryne Fryselager har sendt nytt forslag til serviceavtale.\n\nKan dere begge se på punkt 3 og 5 og si hva dere mener?\n\nMarius',
      'nb',
      {
        to: ['lars.opheim@firma.example'],
        cc: ['ingrid.vatne@firma.example'],
        me: { name: 'Ingrid Vatne', email: 'ingrid.vatne@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
  });

  it('nb: contrast: "Hei Lars," alone leaves Ingrid in cc for information', () => {
    const a = analyzeFromOla(
      'Hei Lars,\n\nBryne Fryselager har sendt nytt forslag til serviceavtale.\n\nKan du se på punkt 3 og 5 og si hva du mener?\n\nMarius',
      'nb',
      {
        to: ['lars.opheim@firma.example'],
        cc: ['ingrid.vatne@firma.example'],
        me: { name: 'Ingrid Vatne', email: 'ingrid.vatne@firma.example' },
      },
    );
    expect(a.isRequest).toBe(false);
  });
});

describe('round 92: "Gi gjerne beskjed dersom …", "würde ich mich über dein Feedback freuen"', () => {
  it('nb: "Gi gjerne beskjed dersom du har spørsmål." is a courtesy offer', () => {
    expect(mailIn('nb', 'Gi gjerne beskjed dersom du har spørsmål.').isRequest).toBe(false);
  });

  it('nb: contrast: "Gi gjerne beskjed innen fredag om du kan komme." asks', () => {
    expect(mailIn('nb', 'Gi gjerne beskjed innen fredag om du kan komme.').isRequest).toBe(true);
  });

  it('de: "…, würde ich mich über dein Feedback freuen" asks', () => {
    expect(
      mailIn(
        'de',
        'Ist nicht eilig – aber wenn du mal fünf Minuten hast, würde ich mich über dein Feedback freuen, bevor ich mit der Agentur weiterrede.',
      ).isRequest,
    ).toBe(true);
  });

  it('de: contrast: "Ich würde mich über ein Wiedersehen freuen." asks nothing', () => {
    expect(mailIn('de', 'Ich würde mich über ein Wiedersehen freuen.').isRequest).toBe(false);
  });
});

describe('round 93: asks after a reason, a copy with its reason, the day of a meeting to be ready before', () => {
  // Sent Wednesday 6 May 2026, 09:30 (+01:00).
  it.each([
    ['de', 'Wegen der hohen Nachfrage müssen wir Sie bitten, die Mengen bis Donnerstag 14 Uhr zu bestätigen.'],
    ['nl', 'Door de drukte moet ik je vragen de lijst voor vrijdag te sturen.'],
    ['pl', 'Ze względu na duży popyt musimy prosić o potwierdzenie ilości do czwartku.'],
    ['pl', 'Dlatego musimy Pana prosić o potwierdzenie.'],
    ['nb', 'På grunn av stor etterspørsel må vi be om at du bekrefter endelige mengder innen torsdag kl. 14.'],
    ['nb', 'Derfor må jeg be deg sende lista innen fredag.'],
  ] as [Lang, string][])('%s: what the sender must ask of the reader, the verb first: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['nl', 'We moeten de klant vragen om uitstel.'],
    ['pl', 'Musimy poprosić dostawcę o nową ofertę.'],
    ['pl', 'Musimy poprosić o przesunięcie terminu u klienta.'],
    ['nb', 'Vi må be leverandøren om et nytt tilbud.'],
  ] as [Lang, string][])('%s: contrast: asking someone else is no ask of the reader: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'What more can you really do but wait for the frost?'],
    ['nl', 'Wat kun je eigenlijk anders doen dan wachten op de vorst?'],
    ['nb', 'Hva mer kan man egentlig gjøre enn å vente på kulda?'],
    ['nb', 'Hva annet kan vi gjøre enn å vente?'],
  ] as [Lang, string][])('%s: "what else can one do but …?" asks no one: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'What else can you do for the launch?'],
    ['nb', 'Hva mer kan du gjøre før fredag?'],
  ] as [Lang, string][])('%s: contrast: what more the reader can do is asked: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['pl', 'I na koniec: każdy z Was wpisuje się w grafik na sierpień do niedzieli.', '2026-05-10T16:00:00.000Z'],
    [
      'de',
      'Und zum Schluss: jeder von euch trägt sich bis Sonntag in den Dienstplan für August ein.',
      '2026-05-10T16:00:00.000Z',
    ],
    ['nb', 'Til slutt: alle fører seg opp på vaktlista for august innen søndag.', '2026-05-10T16:00:00.000Z'],
  ] as [Lang, string, string][])(
    '%s: what the group does by a time, in the present, is a duty: %s',
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.due?.toISOString()).toBe(due);
    },
  );

  it.each([
    ['pl', 'Wszyscy dostają wypłatę do piątku.'],
    ['de', 'Alle Kollegen bekommen bis Freitag die neue Karte.'],
    ['nb', 'Alle får lønn innen fredag.'],
  ] as [Lang, string][])('%s: contrast: what the group receives by a time asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Could you jot down what you found before the ops meeting on Tuesday at 9:30?', '2026-05-12T08:30:00.000Z'],
    ['nl', 'Wil je een notitie aanleveren vóór de DB-vergadering van woensdag 9.00 uur?', '2026-05-13T08:00:00.000Z'],
    ['de', 'Kannst du mir die Zahlen vor dem Meeting am Dienstag um 9:30 schicken?', '2026-05-12T08:30:00.000Z'],
    ['pl', 'Czy możesz przesłać liczby przed spotkaniem we wtorek o 9:30?', '2026-05-12T08:30:00.000Z'],
    ['nb', 'Kan du lese gjennom kapittel 3 før møtet med kommunen mandag kl. 10?', '2026-05-11T09:00:00.000Z'],
  ] as [Lang, string, string][])(
    '%s: the work to be ready before a meeting is due at its time: %s',
    (lang, text, due) => {
      expect(mailIn(lang, text).due?.toISOString()).toBe(due);
    },
  );

  it('en: contrast: a meeting to join has no deadline', () => {
    expect(mailIn('en', 'Can you join the meeting on Tuesday at 9:30?').due).toBeNull();
  });

  it("en: contrast: a meeting in the reason after the ask is the sender's", () => {
    const a = mailIn(
      'en',
      'It would help a lot if you could send us a rough estimate, so we can get it into the budget before the commissioning meeting on 8 September.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('nl: contrast: plain "voor de vergadering" is "for the meeting"', () => {
    const a = mailIn(
      'nl',
      'Voor de bestuursvergadering van 20 mei heb ik de offerte nodig. Ik heb het stuk binnen 3 werkdagen nodig.',
    );
    expect(a.dueText).toBe('binnen 3 werkdagen');
  });

  it.each([
    ['de', 'Ruf sie bitte zeitnah zurück, sie ist bis 18 Uhr unter 08031 44 29 17 zu erreichen.'],
    ['de', 'Ruf ihn bitte an, er ist bis 16 Uhr erreichbar.'],
    ['pl', 'Oddzwoń do niej proszę, jest dostępna do 18:00 pod numerem 600 100 200.'],
  ] as [Lang, string][])('%s: how long someone can be reached is no deadline: %s', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('de: contrast: what a buyer needs in the house by Tuesday is due then', () => {
    const a = mailIn(
      'de',
      'Könnt ihr 40 Musterkugeln fertig machen? Der Einkäufer braucht sie bis Dienstag im Haus, sonst nimmt er den anderen Anbieter.',
    );
    expect(a.dueText).toBe('bis Dienstag');
  });

  it.each([
    [
      'en',
      'Could you put it in the Teams folder by 4 June? The board meets on the 14th, so I need a bit of time to read it.',
      'Could you put it',
    ],
    [
      'de',
      'Kannst du sie bis 4. Juni ablegen? Der Vorstand berät am 14., ich brauche also etwas Zeit, um sie zu lesen.',
      'Kannst du sie',
    ],
    [
      'nl',
      'Kun je hem voor 4 juni in de map zetten? Het bestuur vergadert op de 14e, dus ik heb wat tijd nodig om hem te lezen.',
      'Kun je hem',
    ],
    [
      'pl',
      'Czy możesz wrzucić ją do 4 czerwca? Zarząd omawia ją 14., więc potrzebuję trochę czasu, żeby ją przeczytać.',
      'Czy możesz',
    ],
    [
      'nb',
      'Kan du legge den i Teams-mappa innen 4. juni? Styret behandler saken 14. juni, så jeg trenger litt tid til å lese den.',
      'Kan du legge',
    ],
  ] as [Lang, string, string][])(
    '%s: the time the sender needs to read it is not quoted beside the ask',
    (lang, text, ask) => {
      const a = mailIn(lang, text);
      expect(a.requestSpans.map((s) => s.text)).toEqual([expect.stringContaining(ask)]);
    },
  );

  it('nb: contrast: a deadline relayed before "I need time" still counts', () => {
    const a = mailIn(
      'nb',
      'Kan du skrive en redegjørelse og sende den til meg? Statsforvalteren vil ha svaret innen tre dager, så jeg trenger litt tid til å lese gjennom før vi sender.',
    );
    expect(a.dueText).toBe('innen tre dager');
  });

  it.each([
    ['en', "Dave, I've put you in cc because I also need the safety certificate numbers from you by Friday."],
    ['nl', 'Dave, ik zet je in cc omdat ik ook de certificaatnummers van je nodig heb voor vrijdag.'],
    ['de', 'Dave, ich habe dich in cc gesetzt, weil ich von dir noch die Zertifikatsnummern bis Freitag brauche.'],
    ['nb', 'Dave, jeg har satt deg på kopi fordi jeg også trenger sertifikatnumrene fra deg innen fredag.'],
  ] as [Lang, string][])('%s: the reader in cc asked in the reason for the copy: %s', (lang, line) => {
    const greet = { en: 'Hi Sian,', nl: 'Hoi Sian,', de: 'Hallo Sian,', nb: 'Hei Sian,', pl: '' }[lang];
    const a = analyzeFromOla(`${greet}\n\nAlles klar?\n\n${line}\n\nOla`, lang, {
      to: ['sian.morgan@firma.example'],
      cc: ['dave.pryce@firma.example'],
      me: { name: 'Dave Pryce', email: 'dave.pryce@firma.example' },
    });
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });

  it('en: contrast: a copy for a reason that asks nothing leaves the reader in cc a copy', () => {
    const a = analyzeFromOla(
      "Hi Sian,\n\nCan you set the boats up with the same rates?\n\nDave, I've put you in cc because you looked after the last boats.\n\nOla",
      'en',
      {
        to: ['sian.morgan@firma.example'],
        cc: ['dave.pryce@firma.example'],
        me: { name: 'Dave Pryce', email: 'dave.pryce@firma.example' },
      },
    );
    expect(a.isRequest).toBe(false);
  });

  it('de: a day of a week plan is no name turned to the reader by her initial', () => {
    const a = analyzeFromOla(
      'Guten Morgen zusammen,\n\nhier der Überblick:\n\n- Montag: Konrad in Achtal\n- Mittwoch: Lieferung Eichenholz für die Windladen\n- Freitag: Werkstatt geschlossen\n\nBitte schaut alle mal nach, ob der Schlüssel bei euch gelandet ist.\n\nPetra',
      'de',
      { to: ['team@firma.example'], me: { name: 'M Opitz', email: 'm.opitz@firma.example' } },
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual([
      'Bitte schaut alle mal nach, ob der Schlüssel bei euch gelandet ist.',
    ]);
  });

  it.each([
    [
      'de',
      'Für die Fertigung der Pfeifen benötige ich von Ihnen noch die endgültige Mensurtabelle. Damit wir die Pfeifen noch in die Planung für Juli aufnehmen können, brauche ich die Tabelle noch heute.',
      'Für die Fertigung',
    ],
    [
      'nb',
      'Til produksjonen trenger jeg fra deg den endelige tabellen. For å rekke støpeplanen for juli trenger jeg tabellen i dag.',
      'Til produksjonen',
    ],
  ] as [Lang, string, string][])(
    '%s: the need that restates the time after saying what for is not what is quoted',
    (lang, text, ask) => {
      const a = mailIn(lang, text);
      expect(a.requestSpans.map((s) => s.text)).toEqual([expect.stringContaining(ask)]);
      expect(a.due).not.toBeNull();
    },
  );

  it('nb: "Jeg trenger dem til regnskapet." beside the ask is its reason', () => {
    const a = mailIn(
      'nb',
      '4. Og til slutt: Kan du sende meg kvitteringene for drivstoff og reservedeler fra vårflyttingen? Jeg trenger dem til regnskapet.',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual([expect.stringContaining('Kan du sende meg kvitteringene')]);
  });

  it.each([
    ['nb', 'Har du dem liggende et sted? I så fall kan du bare ta et bilde og sende dem til meg.', 'I så fall'],
    ['nl', 'Heb je ze nog ergens liggen? Zo ja, dan kun je gewoon een foto maken en die naar mij sturen.', 'Zo ja'],
    ['pl', 'Masz je gdzieś? Jeśli tak, możesz po prostu zrobić zdjęcie i mi je wysłać.', 'Jeśli tak'],
  ] as [Lang, string, string][])(
    '%s: "if so, you can just send them to me" is quoted beside the question',
    (lang, text, ifSo) => {
      const spans = mailIn(lang, text).requestSpans.map((s) => s.text);
      expect(spans).toHaveLength(2);
      expect(spans[1]).toContain(ifSo);
    },
  );
});

describe('round 94: a reason after a dash, week plans, bookings for a day, rhetoric of pride', () => {
  // Sent Wednesday 6 May 2026, 09:30 (+01:00).
  it('pl: "Byłoby super, gdybyś … – Ty prowadziłeś te zajęcia …" asks, however long its reason', () => {
    const a = mailIn(
      'pl',
      'Byłoby super, gdybyś rzucił na nią okiem i powiedział, co wyciąć – Ty prowadziłeś te zajęcia w zeszłym roku i wiesz, co u nich działa.',
    );
    expect(a.isRequest).toBe(true);
  });

  it.each([
    ['en', '• Pay dates do not change – the first payroll run from the new system is on 25 September'],
    [
      'de',
      'melde mich kurz von der Insel – das Wetter ist traumhaft, und das Team hat uns fast die ganze Palette weggetrunken.',
    ],
  ] as [Lang, string][])(
    '%s: contrast: a line before a dash is not judged alone when what follows is news: %s',
    (lang, text) => {
      expect(mailIn(lang, text).isRequest).toBe(false);
    },
  );

  it('nb: "Håper resten av kvelden gikk fint …?" hopes, asks nothing', () => {
    expect(mailIn('nb', 'Håper resten av kvelden gikk fint etter at sjåføren vår hadde vært innom?').isRequest).toBe(
      false,
    );
  });

  it('nb: contrast: "Håper du kan sende tallene?" asks', () => {
    expect(mailIn('nb', 'Håper du kan sende tallene?').isRequest).toBe(true);
  });

  it('de: "Wer braucht da noch Südfrankreich?" is pride, no question', () => {
    expect(
      mailIn('de', 'Ich hab gestern mein 300er-Dreieck geschafft. Wer braucht da noch Südfrankreich?').isRequest,
    ).toBe(false);
  });

  it('de: contrast: "Wer braucht noch einen Parkausweis?" asks the group', () => {
    expect(mailIn('de', 'Wer braucht noch einen Parkausweis?').isRequest).toBe(true);
  });

  it("de: what the sender has laid out for the reader's appointment asks nothing", () => {
    const a = mailIn(
      'de',
      'Für Ihren Termin im Lesesaal am Dienstag, 12. Mai, ab 9 Uhr haben wir die Einwohnermeldekartei für Sie bereitgelegt.',
    );
    expect(a.isRequest).toBe(false);
  });

  it('de: contrast: laid out, and asked to be fetched', () => {
    const a = mailIn('de', 'Wir haben die Unterlagen für Sie bereitgelegt, bitte holen Sie sie bis Freitag ab.');
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('bis Freitag');
  });

  it('pl: "… może być różnie" is no time that would be fine', () => {
    const a = mailIn(
      'pl',
      'Tylko z tym deszczem zapowiadanym na przyszły tydzień może być różnie. Podeślesz mi numer do stolarza?',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each([
    [
      'en',
      'Please send me as soon as possible the list of all groups booked for tomorrow before 11am.',
      'as soon as possible',
    ],
    [
      'de',
      'Schick mir bitte so schnell wie möglich die Liste aller Gruppen, die für morgen vor 11 Uhr gebucht sind.',
      'so schnell wie möglich',
    ],
    ['pl', 'Prześlij mi proszę jak najszybciej listę grup zarezerwowanych na jutro przed 11:00.', 'jak najszybciej'],
    [
      'nb',
      'Send meg så snart som mulig lista over alle grupper som er booket til i morgen før kl. 11.',
      'så snart som mulig',
    ],
  ] as [Lang, string, string][])(
    '%s: the time a thing is booked for names it; the urgency says how soon',
    (lang, text, urgency) => {
      const a = mailIn(lang, text);
      expect(a.due).toBeNull();
      expect(a.dueText).toBe(urgency);
    },
  );

  it.each([
    ['en', 'Can you send me the list for tomorrow before 11am?', '2026-05-07T10:00:00.000Z'],
    ['pl', 'Prześlij mi proszę listę na jutro przed 11:00.', '2026-05-07T10:00:00.000Z'],
  ] as [Lang, string, string][])('%s: contrast: without a booking the time is the deadline: %s', (lang, text, due) => {
    expect(mailIn(lang, text).due?.toISOString()).toBe(due);
  });
});

describe('round 95: nothing needed from you, "is there a possibility", duties after "deshalb", promises', () => {
  // Sent Wednesday 6 May 2026, 09:30 (+01:00).
  it.each([
    ['en', 'All under control, so nothing needs a decision from you.'],
    ['en', "Everyone else: it's business as usual on the shop floor, nothing extra needed from you."],
  ] as [Lang, string][])('%s: nothing needed from the reader asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: nothing needs a decision, but a signature is asked', () => {
    expect(mailIn('en', 'Nothing needs a decision from you, but could you sign the form by Friday?').isRequest).toBe(
      true,
    );
  });

  it.each([
    ['en', "Is there a possibility to have the children's luggage taken from the station to the hostel?"],
    ['de', 'Gibt es die Möglichkeit, das Gepäck der Kinder vom Bahnhof zur Herberge transportieren zu lassen?'],
    ['en', '- Oh, and how many collection tins have you got out in the pubs on the quay at the moment?'],
  ] as [Lang, string][])('%s: what only the reader can make possible or count is asked: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('de: "Deshalb muss jede und jeder von euch bis zum 8. Mai …" is a duty on the group', () => {
    const a = mailIn(
      'de',
      'Deshalb muss jede und jeder von euch bis zum 8. Mai eine Kopie der Bescheinigung bei Uwe abgeben (gerne auch als Foto per Mail).',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('bis zum 8. Mai');
  });

  it.each([
    ['nb', 'Den skal du få! Jeg skriver den ferdig i helga og sender deg teksten innen mandag.'],
    ['de', 'Die sollst du haben! Ich schreibe ihn am Wochenende fertig und schicke dir den Text bis Montag.'],
  ] as [Lang, string][])('%s: the promise of what the reader asked for asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nb: "Gi meg gjerne en lyd hvis dere lurer på noe." is a courtesy offer', () => {
    expect(mailIn('nb', 'Gi meg gjerne en lyd hvis dere lurer på noe.').isRequest).toBe(false);
  });

  it('nb: contrast: "Gi meg en lyd innen fredag om du blir med." asks', () => {
    expect(mailIn('nb', 'Gi meg en lyd innen fredag om du blir med.').isRequest).toBe(true);
  });

  it.each([
    [
      'nb',
      'Du nevnte at du var hos sjømannslegen forrige uke – last opp den nye erklæringen i Mannskapsportalen før dagen er omme.',
      '2026-05-06T16:00:00.000Z',
    ],
    [
      'de',
      'Du hast erwähnt, dass du letzte Woche beim Arzt warst – lade die neue Bescheinigung bis heute im Portal hoch.',
      '2026-05-06T16:00:00.000Z',
    ],
  ] as [Lang, string, string][])('%s: after what the reader said, a dash and an ask: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe(due);
  });

  it('nb: contrast: an offer to all with "hvis noen vil ha dem – bare si fra" asks nothing', () => {
    expect(
      mailIn('nb', 'Dere får dem til halv pris hvis noen vil ha dem – bare si fra, førstemann til mølla.').isRequest,
    ).toBe(false);
  });
});

describe('round 96: the reader told to come', () => {
  it.each([
    [
      'nb',
      'Kom ned så snart som mulig og se på gjenstandene – jeg vet ikke hva som tåler å flyttes.',
      'så snart som mulig',
    ],
    [
      'de',
      'Komm so schnell wie möglich runter und schau dir die Objekte an – ich weiß nicht, was man bewegen kann.',
      'so schnell wie möglich',
    ],
    [
      'nl',
      'Kom zo snel mogelijk naar beneden en kijk naar de voorwerpen – ik weet niet wat verplaatst kan worden.',
      'zo snel mogelijk',
    ],
    ['pl', 'Zejdź jak najszybciej i obejrzyj eksponaty – nie wiem, co można przenosić.', 'jak najszybciej'],
  ] as [Lang, string, string][])('%s: "come down as soon as possible" asks: %s', (lang, text, urgency) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe(urgency);
  });

  it.each([
    ['nb', 'Kom gjerne innom når du vil.'],
    ['nb', 'Kom han hjem i går?'],
    ['de', 'Komm gerne vorbei.'],
    ['nl', 'Kom gerust langs.'],
  ] as [Lang, string][])('%s: contrast: a courtesy or the past of "komme" asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nl: contrast: help offered after a question is not quoted as an ask', () => {
    const a = mailIn(
      'nl',
      'Installeer de app op je telefoon. Lukt het niet? Kom even langs bij de servicedesk, dan regelen we het samen.',
    );
    expect(a.requestSpans.map((s) => s.text).join(' ')).not.toContain('Kom even langs');
  });
});

describe('round 97: apologies, changes to be told of, what the sender must know, automated notices', () => {
  // Sent Wednesday 6 May 2026, 09:30 (+01:00).
  it.each([
    ['en', 'Please excuse the inconvenience.'],
    ['de', 'Entschuldigen Sie bitte die Unannehmlichkeiten.'],
    ['de', 'Entschuldige bitte die späte Antwort.'],
    ['pl', 'Proszę wybaczyć opóźnienie.'],
  ] as [Lang, string][])('%s: an apology as an imperative asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Just let me know if the number of pupils changes.'],
    ['nb', 'Bare si fra om antallet elever endrer seg.'],
  ] as [Lang, string][])('%s: a change to be told about is a courtesy: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Let me know by Friday if the numbers change.'],
    ['nb', 'Si fra innen fredag om antallet endrer seg.'],
  ] as [Lang, string][])('%s: contrast: with its own time it asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['nb', 'Er det ikke litt gøy å jobbe her, da?'],
    ['pl', 'Czy to nie fajnie tu pracować?'],
  ] as [Lang, string][])('%s: "isn\'t it fun to work here?" is delight: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    [
      'nl',
      'Om de onderdelen tijdig te kunnen bestellen, moet ik binnen twee dagen van u weten of u kiest voor optie A of optie B.',
      '2026-05-08T16:00:00.000Z',
    ],
    [
      'de',
      'Um die Teile rechtzeitig zu bestellen, muss ich innerhalb von zwei Tagen von Ihnen wissen, ob Sie Option A oder B wählen.',
      '2026-05-08T16:00:00.000Z',
    ],
    [
      'nb',
      'For å rekke å bestille delene må jeg vite fra deg innen to dager om du velger alternativ A eller B.',
      '2026-05-08T16:00:00.000Z',
    ],
  ] as [Lang, string, string][])('%s: what the sender must know from the reader asks: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe(due);
  });

  it('pl: "Bardzo by mi pomogło, gdyby Pani przysłała …" asks', () => {
    expect(
      mailIn(
        'pl',
        'Bardzo by mi pomogło, gdyby Pani przysłała listę kotek, które kwalifikują się do zabiegu – wtedy ułożę kolejność.',
      ).isRequest,
    ).toBe(true);
  });

  it('pl: "proszę, żeby każdy z Was w przyszłym tygodniu …": the time after "żeby" is the ask\'s', () => {
    expect(
      mailIn(
        'pl',
        'Proszę, żeby każdy z Was w przyszłym tygodniu wpisał do arkusza swoje propozycje.',
      ).due?.toISOString(),
    ).toBe('2026-05-15T16:00:00.000Z');
  });

  it.each([
    [
      'en',
      "Before the trustees' meeting on Thursday 14 May, I'd appreciate it if you could read through the summary.",
      '2026-05-14T16:00:00.000Z',
    ],
    [
      'nl',
      'Kun jij de zeiltekening klaar hebben vóór het gesprek met hem op donderdag om 10.00 uur?',
      '2026-05-07T09:00:00.000Z',
    ],
  ] as [Lang, string, string][])('%s: before a meeting written otherwise: %s', (lang, text, due) => {
    expect(mailIn(lang, text).due?.toISOString()).toBe(due);
  });

  it.each([
    [
      'en',
      'helpdesk@gazette.deskflow.app',
      'Your ticket #48213 has been updated by Chris Yates (IT Support):\n\n"Can you try exporting page 3 again and let me know if it works?"\n\nThis notification was sent by DeskFlow.',
    ],
    [
      'de',
      'benachrichtigung@paketblitz.de',
      'Sie sind nicht da? Wählen Sie jetzt einen Ablageort – bis heute 23:59 Uhr.\n\nDies ist eine automatisch versandte Nachricht. Antworten auf diese E-Mail können nicht bearbeitet werden.',
    ],
  ] as [Lang, string, string][])('%s: a system notice is automated and asks nothing', (lang, from, body) => {
    const a = analyzeFromOla(body, lang, { from: { name: '', email: from } });
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
});

describe('round 98: wonder asked of no one, "byłoby mi pomocne", nobody needs to do anything', () => {
  it.each([
    ['en', 'Has anyone ever seen children ask for more broccoli?'],
    ['de', 'Hat jemand schon mal gesehen, dass Kinder nach mehr Brokkoli fragen?'],
    ['pl', 'Czy ktoś kiedyś widział, żeby dzieci same prosiły o dokładkę brokułów?'],
  ] as [Lang, string][])('%s: "has anyone ever seen …?" asks no one: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: "Has anyone seen my keys?" asks', () => {
    expect(mailIn('en', 'Has anyone seen my keys?').isRequest).toBe(true);
  });

  it('pl: "Byłoby mi bardzo pomocne, gdybyś …" asks, with its time', () => {
    const a = mailIn('pl', 'Byłoby mi bardzo pomocne, gdybyś w przyszłym tygodniu przesłał mi receptury.');
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });

  it('pl: "nikt nie musi niczego przestawiać": a status with dates asks nothing', () => {
    const a = mailIn(
      'pl',
      '- w warsztacie czekamy jeszcze na nowe panewki (dostawa 16 maja),\n- odbiór techniczny zaplanowany jest na 25 maja.\n\nRozkład i sprzedaż biletów zostają bez zmian, nikt nie musi niczego przestawiać.',
    );
    expect(a.isRequest).toBe(false);
  });
});

describe('round 99: names that are words, which thing to set aside, the wish after its condition', () => {
  it('en: "Will, can you …" turns to Will, not the reader in a group mail', () => {
    const a = analyzeFromOla(
      "Hi both,\n\nWill, can you make sure the crush in the low shed is fixed before then?\n\nSarah, you are at the college that week so don't worry about any of it.\n\nOla",
      'en',
      { to: ['partners@firma.example'], me: { name: 'Sarah Atkinson', email: 'sarah.atkinson@firma.example' } },
    );
    expect(a.isRequest).toBe(false);
  });

  it('en: contrast: "Will you send me the figures?" asks the reader', () => {
    expect(mailIn('en', 'Will you send me the figures by Friday?').isRequest).toBe(true);
  });

  it.each([
    ['en', 'Honestly, what more could we have asked for?'],
    ['en', 'Any questions on the breakdown, just give me a shout.'],
  ] as [Lang, string][])('%s: rhetoric and a courtesy offer ask nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nl', 'Welke maat moet ik voor je apart leggen?'],
    ['de', 'Welche Größe soll ich dir zurücklegen?'],
    ['pl', 'A, i jakbyś przy okazji składania zamówienia mogła dorzucić dwie rolki taśmy, to byłoby super.'],
  ] as [Lang, string][])('%s: asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it("pl: the group's duty with its time before the verb", () => {
    const a = mailIn(
      'pl',
      'Przed Dniem Matki spodziewam się rekordowego ruchu – każdy z Was do końca tygodnia wpisuje się w grafik na 23–26 maja.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('do końca tygodnia');
  });
});

describe('round 100: a change to be told of, time off remembered, rhetoric, hearsay, a need in the future', () => {
  it.each([
    ['en', 'Should anything change on the board’s side, please let me know.'],
    ['en', 'If anything changes at your end, do let me know.'],
    ['de', 'Falls sich auf Seiten des Vorstands etwas ändert, geben Sie bitte Bescheid.'],
    ['pl', 'Gdyby coś się zmieniło po stronie Zarządu, proszę dać znać.'],
    ['pl', 'Jeśli coś się zmieni, proszę o informację.'],
    ['en', "Didn't you go skiing in Austria?"],
    ['nl', 'Je zou toch gaan zeilen op de Waddenzee?'],
    ['de', 'Du warst doch Ski fahren in Österreich, oder?'],
    ['en', 'Can we really be surprised, though, when half of Instagram has now photographed it?'],
    ['en', 'Should we be surprised that it sold out?'],
    ['en', 'Who can blame them?'],
    ['en', "Good to see you at the ArbCamp demo day last week – wasn't the weather grim?"],
    ['nb', 'Hørte at datteren din skal konfirmeres 13. juni, og at du står på kveldsvakt den dagen.'],
  ] as [Lang, string][])('%s: asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'If anything changes, let me know by Friday.'],
    ['de', 'Sollte sich etwas ändern, sagen Sie bitte bis Freitag Bescheid.'],
    ['pl', 'W razie zmian proszę o informację do piątku.'],
    ['en', "Didn't you book the holiday cottage for the team?"],
    ['nl', 'Je zou toch de offerte vóór de vakantie sturen?'],
    ['de', 'Wolltest du nicht vor dem Urlaub noch die Rechnung schicken?'],
    ['nb', 'Skulle du ikke sende rapporten før ferien?'],
    ['nb', 'Jeg hørte at du må levere timelisten innen fredag.'],
    ['pl', 'Będę potrzebował od Pani zestawienia przychodów biletowych za lata 2023–2025.'],
    ['pl', 'Będę potrzebowała Twojego podpisu na umowie.'],
    ['nl', 'Ik zal de ticketcijfers over 2023–2025 van je nodig hebben.'],
    ['de', 'Ich werde von Ihnen die Ticketzahlen für 2023–2025 brauchen.'],
    ['nb', 'Jeg kommer til å trenge oversikten over billettinntektene fra deg.'],
  ] as [Lang, string][])('%s: asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['pl', 'Nie będę potrzebował od Ciebie niczego więcej.'],
    ['nl', 'Ik zal niets meer van je nodig hebben.'],
    ['de', 'Ich werde von dir nichts mehr brauchen.'],
  ] as [Lang, string][])('%s: a need denied asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nl', "Zet 'm op!"],
    ['nl', 'Vergeet niet om er ook een beetje van te genieten, het is een mooie beurs.'],
    ['en', "Don't forget to enjoy it too, it's a lovely fair."],
    ['de', 'Vergiss nicht, es auch ein bisschen zu genießen, es ist eine schöne Messe.'],
    ['nb', 'Ikke glem å kose deg litt også, det er en fin messe.'],
  ] as [Lang, string][])('%s: a good wish put as an imperative asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nl', 'Vergeet niet om de formulieren vóór vrijdag te sturen.'],
    ['en', "Don't forget to send me the rota."],
    ['nb', 'Husk å sende timelisten før mandag.'],
  ] as [Lang, string][])('%s: contrast: a task not to forget asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['nb', 'Jeg må ha den før mandag.', 'før mandag'],
    ['en', 'I must have it by Monday to include the overtime.', 'by Monday'],
    ['nl', 'Ik moet hem vóór maandag hebben om de overuren mee te nemen.', 'vóór maandag'],
    ['de', 'Ich muss sie bis Montag haben, damit die Überstunden noch reinkommen.', 'bis Montag'],
    ['pl', 'Muszę ją mieć przed poniedziałkiem, żeby uwzględnić nadgodziny.', 'przed poniedziałkiem'],
    ['pl', 'Wyślij mi to przed piątkiem o 12:00.', 'przed piątkiem o 12:00'],
  ] as [Lang, string, string][])('%s: a thing the sender must have by a time asks for it: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe(due);
  });

  it.each([
    ['de', 'Ich wäre Ihnen daher sehr dankbar, wenn Sie uns ein paar Fotos zukommen lassen könnten.'],
    ['de', 'Außerdem würde mich interessieren, ob jemand von Ihnen zur Verkostung nach Graz kommen könnte.'],
    ['nl', "Ik zou u daarom erg dankbaar zijn als u ons een paar foto's kunt sturen."],
    ['nb', 'Jeg ville derfor vært veldig takknemlig om du kunne sende oss noen bilder.'],
    ['pl', 'Interesuje mnie, czy ktoś z Państwa mógłby przyjechać na degustację.'],
  ] as [Lang, string][])('%s: gratitude and a wish to know ask: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    [
      'de',
      'Bitte reicht alle offenen Belege bis Monatsende bei mir ein – die Originale könnt ihr dann bei der nächsten Sitzung mitbringen.',
    ],
    [
      'nl',
      'Lever alle bonnen vóór het einde van de maand bij mij in – de originelen kunnen jullie dan op de vergadering meenemen.',
    ],
    ['nb', 'Lever alle kvitteringer til meg innen utgangen av måneden – originalene kan dere ta med på neste møte.'],
  ] as [Lang, string][])(
    '%s: what the reader can do after the dash does not undo the ask before it: %s',
    (lang, text) => {
      expect(mailIn(lang, text).isRequest).toBe(true);
    },
  );

  it('de: contrast: what the reader can do, alone, asks nothing', () => {
    expect(mailIn('de', 'Parken könnt ihr weiterhin auf dem Mitarbeiterparkplatz.').isRequest).toBe(false);
  });

  it('pl: the reader turned to by name with an aside on her copy is asked', () => {
    const a = analyzeFromOla(
      'Jacku,\n\ngrupa ze szkoły potwierdziła spływ 12 czerwca.\n\nAgnieszko (jesteś w kopii), czy mogłabyś przed 14:00 wystawić szkole fakturę proformę?\n\nŁukasz',
      'pl',
      {
        to: ['jacek.kuchta@firma.example'],
        cc: ['agnieszka.mroz@firma.example'],
        me: { name: 'Agnieszka Mróz', email: 'agnieszka.mroz@firma.example' },
      },
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('przed 14:00');
  });

  it('de: the weekend a thing is open is no deadline; the weekend as a limit is', () => {
    expect(mailIn('de', 'Können Sie mir sagen, ob die Hütte an diesem Wochenende schon geöffnet ist?').due).toBeNull();
    expect(mailIn('de', 'Bitte schick mir die Liste bis zum Wochenende.').dueText).toBe('bis zum Wochenende');
  });

  it('nb: beside an ask, the thing needed by a time gives its time and is not quoted', () => {
    const a = mailIn(
      'nb',
      'Kan du gå gjennom utkastet og sjekke punkt 6.3?\n\nJeg må ha dette innen torsdag kl. 12, siden vi har møte med klienten.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('innen torsdag kl. 12');
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Kan du gå gjennom utkastet og sjekke punkt 6.3?']);
  });

  it.each([
    ['en', 'Send me the notes tomorrow, I want to print them before Saturday.', 'tomorrow'],
    ['pl', 'Podeślij mi proszę jutro nuty, chcę je wydrukować przed sobotą.', 'jutro'],
    ['de', 'Schick mir bitte morgen die Noten, ich will sie vor Samstag ausdrucken.', 'morgen'],
    ['nl', 'Stuur me morgen de noten, ik wil ze vóór zaterdag printen.', 'morgen'],
    ['nb', 'Send meg notene i morgen, jeg vil skrive dem ut før lørdag.', 'i morgen'],
  ] as [Lang, string, string][])(
    '%s: the time of what the sender wants to do next yields to the ask’s: %s',
    (lang, text, due) => {
      expect(mailIn(lang, text).dueText).toBe(due);
    },
  );

  it('en: contrast: the sender’s wish alone keeps its time', () => {
    expect(mailIn('en', 'I want to print them before Saturday, so please send me the notes.').dueText).toBe(
      'before Saturday',
    );
  });
});

describe('round 101: answered questions, rhetoric about others, pay, a yes before an ask, headings, bookings', () => {
  it.each([
    ['en', "Do we still need the chipper on Friday for the tidy-up? I checked with Tom last night and we don't."],
    ['pl', 'Czy opłatę za hol można zapłacić kartą? Od tego sezonu tak, terminal jest w biurze startowym.'],
    ['en', 'Could they have picked a worse week for the lodge roof works?'],
    ['de', 'Hätten sie sich eine schlechtere Woche für die Dacharbeiten aussuchen können?'],
    ['pl', 'Czy mogli wybrać gorszy tydzień na remont dachu?'],
  ] as [Lang, string][])('%s: asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Can you check whether we still need the van? I asked Tom but he didn’t know.'],
    ['en', 'Could you pick a better date for the audit?'],
    ['de', 'Hättest du eine bessere Idee?'],
    ['pl', 'Czy mógłbyś wybrać lepszy termin?'],
    ['nb', 'Ja, betal den.'],
    ['nb', 'Betal fakturaen innen fredag.'],
    ['en', 'Yes, pay it.'],
    ['nl', 'Ja, betaal hem maar.'],
    ['nl', 'Betaal de factuur vóór vrijdag.'],
    ['de', 'Bezahl die Rechnung bis Freitag.'],
    ['de', 'Überweis mir bitte die 20 Euro.'],
    ['pl', 'Zapłać fakturę do piątku.'],
    ['pl', 'Tak, zamów je.'],
  ] as [Lang, string][])('%s: asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['nb', 'Jeg betaler den i morgen.'],
    ['de', 'Ich bezahle sie morgen.'],
    ['pl', 'Zapłacę jutro.'],
    ['en', 'Yes, thanks, all sorted.'],
    ['nb', 'Nei, det trengs ikke.'],
  ] as [Lang, string][])('%s: contrast: asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nl: the heading of a numbered item is no name, even with the reader’s initial', () => {
    const a = analyzeFromOla(
      'Beste bestuursleden,\n\nHieronder de korte notulen van gisteravond.\n\n1. Seizoensopening 3 april: programma akkoord.\n2. Financiën: begroting 2026 vastgesteld; het tekort wordt gedekt uit de reserve.\n\nGroet,\nIneke',
      'nl',
      { to: ['bestuur@firma.example'], me: { name: '', email: 'f.jansen@firma.example' } },
    );
    expect(a.isRequest).toBe(false);
  });

  it('nl: contrast: an item turned to the reader by her initial’s name asks', () => {
    const a = analyzeFromOla(
      'Beste bestuursleden,\n\nActiepunten:\n- Femke: vergunning draaiorgel navragen bij de gemeente (vóór 13 februari)\n\nGroet,\nIneke',
      'nl',
      { to: ['bestuur@firma.example'], me: { name: '', email: 'f.jansen@firma.example' } },
    );
    expect(a.isRequest).toBe(true);
  });

  it('nl: the time a group signed up for is no deadline', () => {
    const a = mailIn(
      'nl',
      'Er heeft zich een groep aangemeld voor zaterdag 6 juni om 11.00 uur.\n\nLaat je even weten of je die ochtend kunt rondleiden?',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each([
    ['nl', 'Prima, dat is akkoord. Neem de bestelbus gerust mee zaterdag; de sleutel ligt bij Ruud op kantoor.'],
    ['de', 'Klar, nimm den Bus am Samstag ruhig mit.'],
    ['pl', 'Jasne, weź śmiało busa w sobotę.'],
  ] as [Lang, string][])('%s: leave to take a thing asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nl', 'Neem de bestelbus gerust mee, maar breng hem vóór maandag terug.'],
    ['pl', 'Weź proszę busa w sobotę i podjedź po palety.'],
  ] as [Lang, string][])('%s: contrast: a thing to take with a task asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('nl: a yes that only says go ahead is not quoted beside the ask after it', () => {
    const a = mailIn('nl', 'Ja, doe maar! Kan je in het voorstel ook de aantallen zetten?');
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Kan je in het voorstel ook de aantallen zetten?']);
  });

  it('pl: contrast: a numbered item turned to the reader by name with a dash asks', () => {
    const a = analyzeFromOla(
      'Dzień dobry,\n\nkilka spraw na ten tydzień:\n\n1. Sanepid był w piątek, kontrola bez uwag.\n2. Marek – potrzebuję od Ciebie do wtorku listy mąki do domówienia.\n\nEla',
      'pl',
      { to: ['piekarnia@firma.example'], me: { name: '', email: 'm.nowak@firma.example' } },
    );
    expect(a.isRequest).toBe(true);
  });

  it('nb: an invoice from a system that takes no replies is automated', () => {
    const a = analyzeFromOla(
      'Hei,\n\nVedlagt finner du faktura 2026-0147 fra Krone Trepleie AS.\n\nBetal innen forfallsdato for å unngå purregebyr.\n\nDenne e-posten er sendt fra et system som ikke tar imot svar.\n\nKrone Trepleie AS',
      'nb',
      { from: { name: 'Krone Trepleie AS', email: 'faktura@krone-trepleie.example' } },
    );
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
});

describe('round 102: openers, reported questions, closings recalled, ease asked for, quoted words', () => {
  it.each([
    ['en', 'How’s everyone holding up after all that digging?'],
    ['en', 'Just a reminder that the office is closed tomorrow.'],
    ['de', 'Weißt du was?'],
    ['nl', 'Weet je wat?'],
    ['nl', 'Even ter herinnering: het kantoor is morgen gesloten.'],
    ['pl', 'Wiesz co?'],
    ['pl', 'Kilka osób pytało mnie, czy nadgodziny trzeba zgłaszać osobno.'],
    ['pl', 'Przypominam, że jutro biuro jest zamknięte.'],
    ['pl', 'Czterdzieści dwa lata przy szkle – kto by zliczył, ile kilometrów ołowiu przeszło przez moje ręce?'],
    ['nb', 'Vet du hva?'],
    ['nb', 'Flere har spurt meg om overtid må meldes separat.'],
    ['nb', 'Bare en påminnelse om at skolen er stengt i morgen.'],
  ] as [Lang, string][])('%s: asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Just a reminder that timesheets are due on Friday.'],
    ['nl', 'Ter herinnering: lever je urenbriefje vóór vrijdag in.'],
    ['pl', 'Przypominam, że raport trzeba oddać do piątku.'],
    ['pl', 'Nie pali się, ale gdybyś mogła w przyszłym tygodniu rzucić okiem na dawki, byłbym spokojniejszy.'],
    ['de', 'Keine Eile, aber wenn du nächste Woche einen Blick auf die Rationen werfen könntest, wäre ich beruhigter.'],
    [
      'nl',
      'Geen haast, maar als je volgende week naar de rantsoenen zou kunnen kijken, zou ik me een stuk geruster voelen.',
    ],
    ['nb', 'Ingen hast, men om du kunne se over rasjonene neste uke, ville jeg vært roligere.'],
    ['nb', 'Legg rammeavtalen i arkivet når den er signert.'],
  ] as [Lang, string][])('%s: asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    [
      'nb',
      'Skiltene er ferdig trykket. Teksten ble slik:\n\n«Velkommen til stavkirken. Vennligst ikke berør veggmaleriene, og la ryggsekker ligge i våpenhuset. Fotografering uten blits er tillatt.»\n\nJeg synes det ble fint!',
    ],
    [
      'pl',
      'Mój mistrz powtarzał mi codziennie: „Nigdy nie czyść starego szkła octem! I zawsze sprawdź kit, zanim weźmiesz się za lutowanie”. Przekazuję Wam to jako dziedzictwo pracowni.',
    ],
  ] as [Lang, string][])('%s: words in quotation marks are someone’s words, not an ask', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: an ask around a quoted line still asks', () => {
    expect(mailIn('en', 'Could you add the line "Please bring ID" to the poster?').isRequest).toBe(true);
  });

  it('en: contrast: a quotation mark left open ends with its paragraph', () => {
    const a = mailIn('en', 'The sign by the gate says: "Keep off the grass.\n\nCould you order a new sign by Friday?');
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('by Friday');
  });

  it('en: contrast: an inch mark is no quotation mark', () => {
    const a = mailIn(
      'en',
      'The order (3 x GP, 17.5") is next. Can you confirm the widths with their yard manager by Thursday?',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('by Thursday');
  });

  it('de: contrast: a title in quotation marks closed by a straight quote ends the quote', () => {
    const a = mailIn(
      'de',
      'Für die Premiere von „Der Talisman" wollen wir Plätze freihalten. Könntest du mir bis morgen um 10 Uhr sagen, wie viele Plätze noch frei sind?',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('bis morgen um 10 Uhr');
  });

  it.each([
    ['de', 'Kannst du ihn mir innerhalb der nächsten drei Tage schicken?', 'innerhalb der nächsten drei Tage'],
    ['nl', 'Kun je het binnen de komende drie dagen sturen?', 'binnen de komende drie dagen'],
    ['pl', 'Prześlij mi go proszę w ciągu najbliższych trzech dni.', 'w ciągu najbliższych trzech dni'],
    ['nb', 'Kan du sende det i løpet av de neste tre dagene?', 'i løpet av de neste tre dagene'],
  ] as [Lang, string, string][])('%s: "within the next N days" is a deadline: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.dueText).toBe(due);
    expect(a.due?.toISOString()).toBe('2026-05-09T16:00:00.000Z');
  });
});

describe('round 103: what the reader need not do, after a direct ask, only eases it', () => {
  it.each([
    [
      'pl',
      'Prześlij mi proszę do piątku odczyty z ostatnich trzech tygodni – wystarczy arkusz, nie musisz tego ładnie formatować.',
      'do piątku',
    ],
    ['pl', 'Prześlij mi proszę do piątku odczyty, nie musisz ich formatować.', 'do piątku'],
    ['en', 'Please send me the readings by Friday – a spreadsheet is fine, no need to format it nicely.', 'by Friday'],
    [
      'de',
      'Schick mir bitte bis Freitag die Werte – eine Tabelle reicht, du musst sie nicht schön formatieren.',
      'bis Freitag',
    ],
    ['nb', 'Send meg målingene innen fredag – et regneark holder, du trenger ikke formatere det pent.', 'innen fredag'],
  ] as [Lang, string, string][])('%s: asks: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe(due);
  });

  it.each([
    ['pl', 'Nie musisz nic robić, wszystko jest gotowe.'],
    ['en', 'Thanks for the readings, no need to send anything else.'],
    ['nb', 'Takk for målingene, du trenger ikke sende mer.'],
  ] as [Lang, string][])('%s: contrast: nothing to do asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('pl: contrast: a reminder of a fact with what need not be done is not quoted beside the ask', () => {
    const a = mailIn(
      'pl',
      'Proszę o przekazanie odczytów wodomierzy do 30.06.\n\nPrzypominam też, że od lipca odczyty będą zdalne – tam nie trzeba już chodzić po mieszkaniach.',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Proszę o przekazanie odczytów wodomierzy do 30.06.']);
  });
});

describe('round 104: quoted words, asks taken back, riddles and rhetoric, needs with a time', () => {
  it.each([
    [
      'en',
      'The new booking page went live this morning. This is what customers now see at the top:\n\n"Please book same-day collections before 2pm and have your parcel sealed at the door. Need it there by tomorrow morning? Choose Early Bird at checkout."\n\nNo action needed – just so you know what customers have been told.',
    ],
    [
      'de',
      'Die neue Buchungsseite ist online. Oben steht jetzt:\n\n„Bitte buchen Sie Abholungen am selben Tag vor 14 Uhr. Brauchen Sie es bis morgen früh? Wählen Sie Express.“\n\nNur damit ihr wisst, was die Kunden gelesen haben.',
    ],
    [
      'pl',
      'Wczoraj na targach podszedł do mnie właściciel sieci delikatesów i zapytał wprost: „Czy moglibyście dostarczyć nam dwie tony kapusty do końca miesiąca?”. Sprawdziłam to z Tomkiem i wysłałam już ofertę.',
    ],
    [
      'en',
      'At the fair a shop owner came over and asked straight out: "Could you deliver two tonnes by the end of the month?". I checked with Tom and sent the offer this morning.',
    ],
    [
      'nb',
      'Kirkevergen ringte i går og spurte: «Kan dere flytte befaringen til 8. september?». Tobias har allerede bekreftet den nye datoen.',
    ],
  ] as [Lang, string][])(
    '%s: words in quotation marks, opened by a sentence or after "asked:", ask nothing: %s',
    (lang, text) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(false);
      expect(a.due).toBeNull();
    },
  );

  it.each([
    ['en', 'Please tell the customers: "The shop is closed on Monday."', 'Please tell the customers'],
    [
      'en',
      'He asked: "Could you deliver by Friday?" Please send him our answer by Thursday.',
      'Please send him our answer',
    ],
    ['de', '„Das ist der neue Text“ – bitte prüf ihn bis Freitag.', 'bitte prüf ihn'],
  ] as [Lang, string, string][])('%s: contrast: an ask beside quoted words still asks: %s', (lang, text, span) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text).join(' ')).toContain(span);
  });

  it.each([
    ['pl', 'Możesz zignorować moją wczorajszą prośbę o zestawienie reklamacji – Ewelina miała je już gotowe.'],
    ['de', 'Du kannst meine gestrige Bitte um die Liste ignorieren – Eva hat sie mir schon geschickt.'],
    ['nl', 'Laat die factuur van de glazenwasser maar zitten: Marieke had hem vorige week al ingeboekt.'],
    ['nl', 'Laat maar, Marieke heeft hem al ingeboekt.'],
  ] as [Lang, string][])('%s: a request taken back asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nl', 'Laat het me maar weten.'],
    ['nl', 'Laat maar weten of dat lukt.'],
    ['pl', 'Możesz zignorować moją wczorajszą prośbę, ale czy możesz zamiast tego przesłać listę?'],
  ] as [Lang, string][])('%s: contrast: still asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    [
      'de',
      'hast du eigentlich noch die Kontoauszüge vom April? Ich hatte sie nicht gefunden. – Hat sich erledigt, Klaus hat sie gerade vorbeigebracht.',
    ],
    ['en', "Do you still have the April statements? I couldn't find them. Never mind, found them in the post tray."],
    ['nl', 'Heb jij de afschriften van april nog? Laat maar, ik heb ze al gevonden.'],
    ['pl', 'Masz jeszcze wyciągi z kwietnia? Nieważne, już je znalazłam.'],
    ['nb', 'Har du kontoutskriftene fra april? Glem det, Klaus kom nettopp med dem.'],
  ] as [Lang, string][])('%s: an ask taken back in the next lines asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: a line taken back in the next paragraph does not take back the ask', () => {
    const a = mailIn('en', 'Do you still have the April statements?\n\nNever mind the weather, we will go anyway.');
    expect(a.isRequest).toBe(true);
  });

  it.each([
    ['pl', 'zgadnij, kto dziś o 11 kupił bilet normalny i przez godzinę stał przy karecie?'],
    ['en', 'Guess who turned up at 11 today and spent an hour by the carriage?'],
    ['de', 'Rate mal, wer heute um 11 Uhr vorbeikam?'],
    ['nl', 'Raad eens wie er vandaag om 11 uur langskwam?'],
    ['pl', 'Czy można chcieć więcej?'],
    ['de', 'Und mal ehrlich: Wer braucht noch Werbeplakate, wenn die Leute an der Kasse Schlange stehen?'],
    ['pl', 'Szczerze: kto potrzebuje plakatów, skoro ludzie stoją w kolejce?'],
    ['en', 'Could we ask for more?'],
    ['nl', 'Kun je je een betere start wensen?'],
    ['de', 'Und, waren Sie im Februar noch beim Skifahren?'],
    ['nb', 'Håper sommeren har begynt bra hos dere – har dere fått noe av varmen der ute på kaia?'],
    ['en', 'Hope summer has started well for you – have you had any of the heat out on the quay?'],
    ['en', 'No actions for the team at this stage - just a good reminder of why we keep a dedicated VHF watch.'],
  ] as [Lang, string][])('%s: riddles, rhetoric and small talk ask nothing: %s', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(false);
    expect(a.due).toBeNull();
  });

  it.each([
    ['pl', 'Czy można prosić o więcej szczegółów?'],
    ['en', 'Could we ask for more time on the report?'],
    ['nl', 'Kunnen we meer tijd vragen?'],
    ['de', 'Wer braucht noch ein Ticket, wenn wir am Freitag fahren?'],
    ['de', 'Waren Sie im Urlaub schon dazu gekommen, die Vollmacht zu unterschreiben?'],
    ['nb', 'Håper alt står bra til – har dere fått sendt fakturaen?'],
    ['en', 'Just a reminder that the forms are due Friday.'],
  ] as [Lang, string][])('%s: contrast: asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    [
      'nb',
      'Kort oppdatering om Nordvik: kirkevergen ringte i går og spurte om vi kunne flytte befaringen, fordi orgelet skal brukes den første uka.',
    ],
    ['nb', 'Kirkevergen spurte om vi kunne flytte befaringen, fordi orgelet skal brukes den første uka.'],
    ['en', 'The client rang yesterday and asked if we could move the visit, because the organ is in use that week.'],
    ['de', 'Der Kunde fragte, ob wir den Termin verschieben könnten, weil die Orgel in der Woche gebraucht wird.'],
  ] as [Lang, string][])("%s: a third party's question to the sender's side, told, asks nothing: %s", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Tom asked if you could send him the keys by Friday.'],
    ['en', 'I was wondering if we could schedule a conference call to discuss the form of these agreements.'],
    ['nb', 'Per spurte om dere kan sende ham nøklene innen fredag, kan dere ordne det?'],
  ] as [Lang, string][])(
    "%s: contrast: a question put to the reader, passed on or the sender's own, asks: %s",
    (lang, text) => {
      expect(mailIn(lang, text).isRequest).toBe(true);
    },
  );

  it.each([
    [
      'en',
      "We're starting to think about the summer menu and I'd be really grateful if you could send over a small sample of the dulse and the pepper dulse, along with your wholesale price list.",
    ],
    ['en', "I'd really appreciate it if you could look over the draft."],
    [
      'nl',
      'Stel het incidentrapport op aan de hand van de camerabeelden en de verklaring van de beveiliger, en stuur het naar mij.',
    ],
    ['nl', 'Stel hem even op de hoogte.'],
  ] as [Lang, string][])('%s: asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['nl', 'Stel je voor dat we de beker winnen.'],
    ['nl', 'Stel dat het regent, dan schuiven we naar binnen.'],
  ] as [Lang, string][])('%s: contrast: "stel je voor", "stel dat" ask nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    [
      'nb',
      'Jeg må svare Kystverket og trenger utskrift av loggboka og AIS-sporet for den turen så snart som mulig.',
      'så snart som mulig',
    ],
    [
      'en',
      'I have to answer the coastguard and need a printout of the logbook as soon as possible.',
      'as soon as possible',
    ],
    [
      'de',
      'Ich muss der Behörde antworten und brauche den Auszug aus dem Logbuch so schnell wie möglich.',
      'so schnell wie möglich',
    ],
    [
      'nl',
      'Ik moet de kustwacht antwoorden en heb zo snel mogelijk een uitdraai van het logboek nodig.',
      'zo snel mogelijk',
    ],
    ['en', 'I have to answer the coastguard and need the logbook by Friday.', 'by Friday'],
  ] as [Lang, string, string][])(
    "%s: the sender's need after her own duty, with a time, asks: %s",
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
    },
  );

  it.each([
    ['nb', 'Jeg må svare Kystverket og trenger litt tid på det.'],
    ['en', 'I have to finish the audit and need a break afterwards.'],
  ] as [Lang, string][])('%s: contrast: a need with no time and nothing from the reader: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('pl: a deadline after a period already closed is a deadline, not the end of another period', () => {
    const a = mailIn(
      'pl',
      'Potrzebuję zestawienia nadgodzin mechaników za okres 1–20 kwietnia do końca dnia, najlepiej w tym samym arkuszu co zwykle.',
    );
    expect(a.dueText).toBe('do końca dnia');
    expect(a.due?.toISOString()).toBe('2026-05-06T16:00:00.000Z');
  });

  it.each([
    ['pl', 'Od 20 maja do końca miesiąca jestem na urlopie, ale czy możesz przejrzeć umowę?'],
    ['en', "From 20 May to the end of the month I'm on leave, but could you review the contract?"],
    ['de', 'Vom 20. Mai bis Ende des Monats bin ich im Urlaub, aber kannst du den Vertrag prüfen?'],
  ] as [Lang, string][])('%s: a period from a date to the end of the month is no deadline: %s', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('en: contrast: "to the end of" a place after a deadline leaves the deadline', () => {
    const a = mailIn('en', 'Please move the pallets by Friday to the end of the hall.');
    expect(a.dueText).toBe('by Friday');
  });

  it('de: a deadline word in the clause after a comma does not make the time of a meeting a deadline', () => {
    const a = mailIn(
      'de',
      'Hättest du am Donnerstag um 18 Uhr Zeit, mit mir vor der Probe kurz ins Notenarchiv zu schauen?',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('en: contrast: a deadline word right after the comma still goes with the date', () => {
    const a = mailIn('en', 'Could you send it Friday, at the latest?');
    expect(a.dueText).toBe('Friday');
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });
});

describe('round 105: quotes after "vroeg:" or a sign, why a notice came, publishing dates, plural imperatives', () => {
  it.each([
    [
      'nl',
      "Net Joyce aan de lijn gehad. Ze vroeg: 'Kunnen jullie uiterlijk vrijdag een extra pallet haring leveren? We hebben een grote bestelling.' Ik heb meteen ja gezegd en het ingepland.",
    ],
    [
      'de',
      'Die neuen Schilder hängen. Darauf steht jetzt auf Deutsch, Englisch und Dänisch: „Bitte warten Sie hinter der gelben Linie, bis der Fährmann das Zeichen gibt. Fahrräder bitte schieben.“\n\nDie alten Schilder sind eingelagert.',
    ],
    [
      'en',
      "Joyce rang. She asked: 'Could you deliver an extra pallet by Friday? We have a big order.' I said yes and it goes out tomorrow.",
    ],
  ] as [Lang, string][])('%s: words quoted after "asked:" or what a sign says ask nothing: %s', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(false);
    expect(a.due).toBeNull();
  });

  it.each([
    ['en', "He said: 'I can't make it.' Could you cover for him on Friday?", 'Could you cover'],
    ['en', 'Please tell the customers: "The shop is closed on Monday."', 'Please tell the customers'],
  ] as [Lang, string, string][])('%s: contrast: the ask beside a quotation still asks: %s', (lang, text, span) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text).join(' ')).toContain(span);
  });

  it.each([
    [
      'nl',
      'Ticket #4471 is aan u toegewezen.\n\nReageer binnen 24 uur op dit ticket.\n\nU ontvangt dit bericht omdat u lid bent van de groep Gebouw & Techniek.',
    ],
    [
      'de',
      'Lena Vogt (10:03): Bräuchte die Info bis 16 Uhr.\n\nDu erhältst diese E-Mail, weil du E-Mail-Benachrichtigungen für ungelesene Nachrichten aktiviert hast.',
    ],
    [
      'pl',
      'Nowe zgłoszenie czeka na odpowiedź w ciągu 24 godzin.\n\nOtrzymujesz tę wiadomość, ponieważ należysz do grupy Serwis.',
    ],
    ['nb', 'Ny sak venter på svar innen 24 timer.\n\nDu mottar denne e-posten fordi du er med i gruppen Drift.'],
  ] as [Lang, string][])('%s: a notice that says why the reader gets it is automated: %s', (lang, text) => {
    const a = analyzeFromOla(`${GREETING[lang]}\n\n${text}`, lang, {
      from: { name: 'HelpHub', email: 'notificaties@helphub.example' },
    });
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });

  it.each([
    ['de', 'Ich habe verstanden, weil du es mir erklärt hast. Schick mir bitte die Liste.'],
    ['nl', 'Ik ontvang graag je lijst, omdat ik morgen plan. Stuur je hem vandaag?'],
  ] as [Lang, string][])('%s: contrast: a person\'s mail with "because" is no notice: %s', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(true);
  });

  it.each([
    ['pl', 'Grafik wakacyjny opublikuję do 10 kwietnia. Wpisz, proszę, swoje dni urlopu do arkusza.'],
    ['de', 'Den Urlaubsplan veröffentliche ich bis 10. April. Trag bitte deine Urlaubstage in die Tabelle ein.'],
    ['nl', 'Het vakantierooster publiceer ik uiterlijk 10 april. Vul je voorkeursdagen in de sheet in.'],
  ] as [Lang, string][])("%s: the date of what the sender will publish is not the ask's: %s", (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it("pl: contrast: the ask's own date stays", () => {
    const a = mailIn('pl', 'Grafik opublikuję w maju. Wpisz, proszę, swoje dni urlopu do arkusza do 10 maja.');
    expect(a.dueText).toBe('do 10 maja');
  });

  it.each([
    ['pl', 'Wpiszcie, proszę, swoje preferowane dni urlopu w lipcu i sierpniu do arkusza na dysku wspólnym.'],
    ['pl', 'A tak przy okazji: odeślij mi w przyszłym tygodniu wypełnione karty przeglądów skrzydeł.'],
  ] as [Lang, string][])('%s: asks, also to a list: %s', (lang, text) => {
    const a = analyzeFromOla(`Dzień dobry,\n\n${text}\n\nOla`, lang, { to: ['zespol@firma.example'] });
    expect(a.isRequest).toBe(true);
  });

  it.each([['pl', 'Kasiu, wyślij mi proszę listę.']] as [Lang, string][])(
    '%s: contrast: a name to a list picks out someone else: %s',
    (lang, text) => {
      const a = analyzeFromOla(`Dzień dobry,\n\n${text}\n\nOla`, lang, { to: ['zespol@firma.example'] });
      expect(a.isRequest).toBe(false);
    },
  );

  it.each([
    [
      'en',
      "I'd be grateful if you could read it through with a customer's eyes and tell me if anything sounds unfair or confusing.",
    ],
    ['en', "I'd be grateful if you could tell me if anything sounds unfair."],
  ] as [Lang, string][])('%s: a polite ask with "tell me if anything …" asks: %s', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
  });

  it('en: contrast: the courtesy alone asks nothing', () => {
    expect(mailIn('en', 'Tell me if anything is unclear.').isRequest).toBe(false);
  });

  it.each([
    ['en', 'Draft attached.'],
    ['en', 'Updated draft attached.'],
  ] as [Lang, string][])('%s: a thing said to be attached asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: an imperative with "attached" asks', () => {
    expect(mailIn('en', 'Sign attached form and return it.').isRequest).toBe(true);
  });

  it.each([
    ['en', 'Did we cover our costs? Comfortably – the margin was 12%.'],
    ['de', 'Haben wir die Kosten gedeckt? Locker – die Marge lag bei 12 %.'],
    ['pl', 'Czy pokryliśmy koszty? Z nawiązką – marża wyniosła 12%.'],
    ['nl', 'Hebben we de kosten gedekt? Ruimschoots – de marge was 12%.'],
    ['nb', 'Dekket vi kostnadene? Med god margin – marginen var 12 %.'],
  ] as [Lang, string][])('%s: a question answered at once by how well it went asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('de: contrast: a question to the reader stays, whatever follows', () => {
    expect(mailIn('de', 'Kannst du mir die Zahlen schicken? Knapp, aber es reicht.').isRequest).toBe(true);
  });

  it.each([
    ['nl', 'Toen ik de vacature zag, dacht ik meteen aan jou. Kun je me je cv sturen?'],
    ['en', 'When I saw the opening I immediately thought of you. Could you send me your CV?'],
    ['de', 'Als ich die Stelle sah, dachte ich sofort an dich. Kannst du mir deinen Lebenslauf schicken?'],
  ] as [Lang, string][])('%s: the reader coming to mind at once is no urgency: %s', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText ?? null).toBeNull();
    expect(a.urgent).toBeFalsy();
  });

  it.each([
    ['nl', 'Het is dringend. Kun je me je cv sturen?', 'dringend'],
    ['nl', 'Ik dacht meteen aan jou. Kun je me je cv meteen sturen?', 'meteen'],
  ] as [Lang, string, string][])('%s: contrast: urgency said of the ask stays: %s', (lang, text, urgency) => {
    expect(mailIn(lang, text).dueText).toBe(urgency);
  });
});

describe('round 106: a question taken back in the next paragraph, leave granted, what the reader will see', () => {
  it('en: a question taken back by the first line of the next paragraph asks nothing', () => {
    const a = mailIn(
      'en',
      "Anyone know where the spare wheel for the Bristol K has got to? It's not in the bay where it normally lives.\n\nScratch that – found it behind the paint store. Panic over.",
    );
    expect(a.isRequest).toBe(false);
  });

  it('en: contrast: "never mind" before a noun takes nothing back', () => {
    const a = mailIn('en', 'Do you still have the April statements?\n\nNever mind the weather, we will go anyway.');
    expect(a.isRequest).toBe(true);
  });

  it.each([
    ['pl', 'zgoda, możesz zamówić cały zestaw – akceptuję wydatek do 2 000 zł netto.'],
    ['en', 'Yes, you can order the whole set – I approve up to £2,000.'],
    ['de', 'Ja, du kannst den ganzen Satz bestellen – ich genehmige bis 2.000 Euro.'],
    ['nl', 'Prima, je mag de hele set bestellen – ik keur tot 2.000 euro goed.'],
    ['nb', 'Ja, du kan bestille hele settet – jeg godkjenner opptil 20 000 kroner.'],
  ] as [Lang, string][])('%s: a yes, then what the reader may do, grants leave: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['pl', 'Jasne, możesz mi przesłać fakturę do piątku?'],
    ['en', 'OK, you can send me the invoice by Friday.'],
    ['de', 'Ja, kannst du mir die Rechnung bis Freitag schicken?'],
  ] as [Lang, string][])('%s: contrast: what the reader can do for the sender still asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('pl: what the reader should see, expected, asks nothing', () => {
    const a = mailIn(
      'pl',
      'Sterowniki zainstalowały się same, więc powinniście ją od razu widzieć na liście drukarek.',
    );
    expect(a.isRequest).toBe(false);
    expect(a.dueText ?? null).toBeNull();
  });

  it('pl: contrast: what the reader should have ready asks', () => {
    expect(mailIn('pl', 'Powinnaś mieć raport gotowy do piątku, proszę o informację.').isRequest).toBe(true);
  });

  it.each([
    ['nb', 'Kan dere tenke dere hvor travelt lageret har hatt det?'],
    ['de', 'Kannst du dir vorstellen, wie viel im Lager los war?'],
  ] as [Lang, string][])('%s: what the reader can imagine, wondered at, asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nb', 'Kan du tenke deg å ta en vakt på lørdag?'],
    ['de', 'Kannst du dir vorstellen, am Samstag zu arbeiten?'],
  ] as [Lang, string][])('%s: contrast: whether the reader would do a thing asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('nl: "zo\'n" is no Sunday', () => {
    const a = mailIn('nl', "Kun je de offerte nakijken? Het is veel werk voor zo'n klein team.");
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('nl: contrast: "zo" before a date is still Sunday', () => {
    const a = mailIn('nl', 'Kun je de offerte vóór zo 10 mei sturen?');
    expect(a.due?.toISOString()).toBe('2026-05-10T16:00:00.000Z');
  });

  it('nl: "voor nu hoeven jullie er niets mee" leaves a question the sender asks herself unasked', () => {
    const a = mailIn(
      'nl',
      "Ik vraag me af of we volgend seizoen niet meer rechtstreeks aan tuincentra moeten verkopen. Of is dat te veel gedoe voor zo'n klein team?\n\nIk zet het op de agenda van de strategiedag; voor nu hoeven jullie er niets mee.",
    );
    expect(a.isRequest).toBe(false);
  });
});

describe('round 107: questions answered by a yes or no, eased asks, asks taken back, notes after a dash', () => {
  it.each([
    [
      'nl',
      'Vanaf maandag draaien we op de nieuwe centrale. Moeten jullie daarvoor iets installeren? Nee, dat heeft de leverancier al gedaan.',
    ],
    [
      'en',
      'From Monday we are on the new phone system. Do you need to install anything? No, the supplier has done it all.',
    ],
    [
      'nb',
      'Hvorfor er båten fortsatt ikke ferdig? Jo, fordi kjølemnet hadde en sprekk som ikke viste seg før vi begynte å høvle.',
    ],
  ] as [Lang, string][])('%s: a question answered at once by a bare yes or no asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nl', 'Kun je het contract vandaag tekenen? Ja, ik weet dat het kort dag is.'],
    ['en', 'Could you sign the contract today? No rush on the rest.'],
  ] as [Lang, string][])('%s: contrast: an ask with a line after it still asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('en: quoted questions in feedback with nothing for anyone to do ask nothing', () => {
    const a = mailIn(
      'en',
      'A couple of comments made me smile. One reader asked, "Could you do more cookery books in braille?" and another wrote, "Is there any chance of a guide to the railway?" We are looking at both for next year, so there\'s nothing for anyone to do right now.',
    );
    expect(a.isRequest).toBe(false);
  });

  it('nb: an offer to send more if the reader wants it asks nothing', () => {
    expect(mailIn('nb', 'Gi meg gjerne et rop hvis du vil ha tallene brutt ned per båt.').isRequest).toBe(false);
  });

  it('pl: what the reader could do, and how much easier it would make things, asks', () => {
    const a = mailIn(
      'pl',
      'Nie pali się, ale jakbyś mogła zrobić zestawienie z grafiku do końca miesiąca, to bardzo ułatwiłabyś mi życie.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('do końca miesiąca');
  });

  it.each([
    ['pl', 'Proszę tego już nie przygotowywać – ministerstwo przesunęło nabór na przyszły rok.'],
    ['pl', 'Proszę już nie wysyłać tych zestawień, mamy komplet.'],
  ] as [Lang, string][])('%s: asked no longer to do a thing asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('pl: contrast: asked not to do a thing yet asks', () => {
    expect(
      mailIn('pl', 'Proszę jeszcze nie wysyłać faktury, najpierw ją sprawdzę, a potem daj znać klientowi.').isRequest,
    ).toBe(true);
  });

  it.each([
    [
      'nb',
      'Ring henne tilbake før kl. 14 og bekreft 2 400 pakker med levering 12. mai – jeg har sjekket med produksjonen at det går.',
      'før kl. 14',
    ],
    [
      'en',
      "Please call her back before 2pm and confirm 2,400 packs – I've checked with production that it works.",
      'before 2pm',
    ],
  ] as [Lang, string, string][])(
    "%s: the sender's note after a dash leaves the ask before it: %s",
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
    },
  );

  it.each([
    ['nb', 'Jeg ringer henne i morgen – jeg har sjekket med produksjonen.'],
    ['nb', 'Fint med møtet i går – vi har fått mye ut av det.'],
  ] as [Lang, string][])('%s: contrast: no ask before the dash, none after: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });
});

describe('round 108: asks after "so", asks taken back as done, "if you would" alone, copies named in brackets', () => {
  it.each([
    [
      'en',
      'Our quarterly return goes off to the region next week, so everyone on the crew list must complete the refresher this week.',
      'this week',
    ],
    ['nl', 'De audit is volgende week, dus iedereen moet deze week de declaraties bijwerken.', 'deze week'],
    ['de', 'Die Prüfer kommen nächste Woche, daher müssen alle diese Woche ihre Spesen abrechnen.', 'diese Woche'],
    ['pl', 'Audyt jest w przyszłym tygodniu, więc wszyscy muszą w tym tygodniu rozliczyć delegacje.', 'w tym tygodniu'],
    ['nb', 'Revisjonen kommer neste uke, så alle må levere reiseregningene denne uken.', 'denne uken'],
  ] as [Lang, string, string][])(
    '%s: a date in the statement before "so" is not the ask\'s when the ask has its own: %s',
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
      expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
    },
  );

  it('en: contrast: an ask before "so" keeps its own day', () => {
    const a = mailIn('en', 'Please send the figures on Friday, so we can close the books next week.');
    expect(a.dueText).toBe('Friday');
  });

  it.each([
    ['nl', 'Wil je de training vóór het eind van deze maand afronden?', 'vóór het eind van deze maand'],
    ['de', 'Bitte erledige die Schulung bis Ende des laufenden Monats.', 'bis Ende des laufenden Monats'],
    ['en', 'Please finish the training by the end of the current month.', 'by the end of the current month'],
    ['nb', 'Fullfør kurset innen utgangen av inneværende måned.', 'innen utgangen av inneværende måned'],
    ['nb', 'Kan du fullføre kurset innen månedsslutt?', 'innen månedsslutt'],
  ] as [Lang, string, string][])('%s: the end of this month is a deadline: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.dueText).toBe(due);
    expect(a.due?.toISOString()).toBe('2026-05-31T16:00:00.000Z');
  });

  it.each([
    ['de', 'Vergiss die Liste von heute Vormittag, hat sich erledigt: Die Bank hat den Termin auf März verschoben.'],
    ['en', 'Forget the figures I asked for – all sorted now.'],
    ['nl', 'Vergeet die lijst maar, is al geregeld.'],
    ['pl', 'Zapomnij o tym zestawieniu, już nieaktualne.'],
    ['nb', 'Glem lista jeg ba om, det er ordnet.'],
  ] as [Lang, string][])('%s: whatever was asked for, forgotten because it is done, asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['de', 'Vergiss die Liste nicht, die brauche ich heute.'],
    ['de', 'Vergiss die Liste, schick mir stattdessen die Tabelle.'],
  ] as [Lang, string][])('%s: contrast: "forget" that still asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    [
      'pl',
      'Nie pali się, ale jakbyś w wolnej chwili rzuciła okiem na opisy w katalogu — chodzi głównie o skład, żeby się zgadzał.',
    ],
    ['pl', 'Jakbyś przy okazji zajrzał do faktur z marca.'],
    [
      'nl',
      'Geen haast, maar als je in een rustig moment naar de catalogusteksten zou willen kijken – vooral de ingrediënten.',
    ],
    [
      'de',
      'Keine Eile, aber wenn du in einer ruhigen Minute mal über die Katalogtexte schauen könntest – vor allem die Zutaten.',
    ],
    ['nb', 'Ingen hast, men hvis du i en rolig stund kunne ta en titt på katalogtekstene – særlig ingrediensene.'],
  ] as [Lang, string][])('%s: an "if you would" wish without its main clause asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('pl: contrast: help offered on a condition asks nothing', () => {
    expect(mailIn('pl', 'Gdybyś potrzebowała pomocy – dzwoń.').isRequest).toBe(false);
  });

  it.each([
    [
      'en',
      'Hi Tom,',
      'Please hold the next batch.',
      "Eva (you're in cc), I need the lab results from you by Friday noon.",
    ],
    [
      'nl',
      'Hoi Tom,',
      'Houd de volgende partij tegen.',
      'Eva (je staat in cc), ik heb de labuitslagen uiterlijk vrijdag 12.00 uur van je nodig.',
    ],
    [
      'de',
      'Hallo Tom,',
      'Halte bitte die nächste Charge zurück.',
      'Eva (du bist in cc), ich brauche von dir die Laborwerte bis Freitag 12 Uhr.',
    ],
    [
      'nb',
      'Hei Tom,',
      'Hold igjen neste parti.',
      'Eva (du står på kopi), jeg trenger labresultatene fra deg innen fredag kl. 12.',
    ],
  ] as [Lang, string, string, string][])(
    '%s: a line to the reader in cc, her copy named in brackets before a comma, asks her',
    (lang, greeting, first, second) => {
      const a = analyzeFromOla(`${greeting}\n\n${first}\n\n${second}\n\nOla`, lang, {
        to: ['tom.berg@firma.example'],
        cc: ['eva.lund@firma.example'],
      });
      expect(a.isRequest).toBe(true);
      expect(a.requestSpans.map((s) => s.text).join(' ')).toContain('Eva (');
      expect(a.due?.toISOString()).toBe('2026-05-08T11:00:00.000Z');
    },
  );

  it('en: contrast: a copy said in brackets to be for information asks nothing of her', () => {
    const a = analyzeFromOla(
      'Hi Tom,\n\nPlease hold the next batch.\n\nEva (cc for info), the lab results should be in by Friday.\n\nOla',
      'en',
      { to: ['tom.berg@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });

  it('pl: the reader known only by her initial, turned to with her copy in brackets', () => {
    const a = analyzeFromOla(
      'Pawle,\n\nchciałbym dziś wgrać poprawkę, więc uprzedź proszę ludzi na hali.\n\nMagdo (jesteś w kopii), potwierdź mi proszę przed 14:00, czy możemy na godzinę wyłączyć serwer kadrowy – nie chcę Ci wejść w środek list płac.\n\nRobert',
      'pl',
      {
        me: { name: '', email: 'm.kubiak@firma.example' },
        to: ['pawel.zareba@firma.example'],
        cc: ['m.kubiak@firma.example'],
      },
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('przed 14:00');
  });

  it.each([
    ['pl', 'Proszę bardzo – w załączniku protokół z pomiaru, o który prosiłaś w piątek.'],
    ['nl', 'Alstublieft, hierbij het rapport.'],
  ] as [Lang, string][])('%s: "here you are" with what was asked for asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['pl', 'Proszę bardzo o przesłanie protokołu do piątku.'],
    ['nl', 'Alsjeblieft, in de bijlage de lijst. Kun je hem voor vrijdag invullen?'],
  ] as [Lang, string][])('%s: contrast: a plea, or an ask after the hand-over: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    [
      'de',
      'Ist nicht dringend, aber wenn du mir nächste Woche fünf, sechs gute Bilder vom Guss raussuchen könntest, wäre das klasse.',
      'nächste Woche',
    ],
    [
      'en',
      'Not urgent, but if you could dig out five, six good photos of the casting next week, that would be great.',
      'next week',
    ],
    [
      'nl',
      "Niet dringend, maar als je volgende week vijf, zes goede foto's van het gieten zou kunnen opzoeken, zou dat top zijn.",
      'volgende week',
    ],
    [
      'nb',
      'Det haster ikke, men hvis du kunne finne fram fem, seks gode bilder fra støpingen neste uke, hadde det vært supert.',
      'neste uke',
    ],
  ] as [Lang, string, string][])(
    '%s: a wish and its reward after "not urgent" asks, and the denial is no urgency: %s',
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
      expect(a.urgent ?? false).toBe(false);
    },
  );

  it.each([
    ['en', 'This is urgent – please send the photos.', 'urgent'],
    ['nb', 'Det haster, kan du sende bildene?', 'haster'],
  ] as [Lang, string, string][])('%s: contrast: urgency said is urgency: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.dueText).toBe(due);
    expect(a.urgent).toBe(true);
  });

  it.each([
    ['de', 'Die Klanganalyse ist da: Terz sauber, es muss kaum nachgestimmt werden.'],
    ['de', 'Es muss nichts nachgestimmt werden.'],
    ['nl', 'Er moet nauwelijks nog bijgestemd worden.'],
    ['nb', 'Analysen er klar: den må knapt justeres.'],
  ] as [Lang, string][])('%s: next to nothing to be done is a status: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['de', 'Das darf nicht vergessen werden, es muss bis Freitag unterschrieben werden.'],
    ['nb', 'Den må signeres innen fredag.'],
  ] as [Lang, string][])('%s: contrast: a thing that must be done: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    "Let me know by 10am tomorrow if you can – if it's not booked I'll need to ring round first thing.",
    "Let me know by 10am tomorrow if you can – I'll need to ring round first thing.",
  ])('en: what the sender will have to do otherwise, after a dash, leaves the ask: %s', (text) => {
    const a = mailIn('en', text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('by 10am tomorrow');
  });

  it.each([
    [
      'en',
      'Quick kit update from while you were away: did the new vacuum mattress ever turn up? It did – arrived last Tuesday, checked and tagged.',
    ],
    [
      'de',
      'Kurzes Update aus deiner Abwesenheit: Ist die neue Vakuummatratze eigentlich angekommen? Ja – letzten Dienstag.',
    ],
    [
      'nb',
      'Kort oppdatering mens du var borte: kom den nye vakuummadrassen noen gang? Det gjorde den – forrige tirsdag.',
    ],
  ] as [Lang, string][])('%s: a question the sender answers at once, after a lead-in: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    [
      'en',
      'Their treasurer emailed this morning saying "please can you send us a copy of the invoice with the VAT shown separately". I\'ve already sent it, so there\'s nothing for you to do.',
    ],
    [
      'de',
      'Der Kassenwart hat heute früh geschrieben und fragte „könnt ihr uns bitte die Rechnung mit ausgewiesener MwSt. schicken“. Ich habe sie schon verschickt, du musst nichts tun.',
    ],
    [
      'nl',
      'De penningmeester mailde vanochtend met de vraag "kunnen jullie de factuur met btw apart sturen". Ik heb hem al gestuurd, je hoeft niets te doen.',
    ],
    [
      'pl',
      'Skarbniczka napisała rano, pytając „czy możecie przesłać fakturę z wyszczególnionym VAT”. Już ją wysłałem, nic nie musisz robić.',
    ],
  ] as [Lang, string][])('%s: words quoted right after a verb of saying ask nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: an ask after the quoted words still asks', () => {
    const a = mailIn(
      'en',
      'The client emailed saying "please can you send the invoice with VAT shown separately". Could you check the VAT figure before I send it?',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Could you check the VAT figure before I send it?']);
  });
});

describe('round 109: asks after "if you like", questions after a dash, courtesies, help if stuck', () => {
  it.each([
    ['de', 'Wenn du magst, schau dir den Entwurf bis Freitag an und sag mir, was du denkst.', 'bis Freitag'],
    [
      'nl',
      'Als je wilt, kijk dan even naar het concept en laat me vóór vrijdag weten wat je ervan vindt.',
      'vóór vrijdag',
    ],
    ['nb', 'Om du vil, ta en titt på utkastet og si hva du synes innen fredag.', 'innen fredag'],
  ] as [Lang, string, string][])(
    '%s: an ask after "if you like" with its time or a word back asks: %s',
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
    },
  );

  it.each([
    ['de', 'Wenn du magst, schau dir den Entwurf an.'],
    ['nl', 'Als je wilt, kijk dan even naar het concept.'],
    ['nb', 'Om du vil, ta en titt på utkastet.'],
  ] as [Lang, string][])('%s: contrast: "if you like" and a look, nothing more, asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nb: the sender not needing something, after a dash that follows an ask, leaves the ask', () => {
    const a = mailIn(
      'nb',
      'Det hadde vært fint om du kunne ta ansvar for vaflene – vi har fått sponset brunost fra Fjellbrun, så vi trenger ikke kjøpe pålegg.',
    );
    expect(a.isRequest).toBe(true);
  });

  it.each(['Vi trenger ikke kjøpe pålegg.', 'Takk for at du spurte – vi trenger ikke mer hjelp.'])(
    'nb: contrast: what the sender does not need asks nothing: %s',
    (text) => {
      expect(mailIn('nb', text).isRequest).toBe(false);
    },
  );

  it.each([
    ['nb', 'Jeg setter deg på kopi – kan du sende avviksrapporten i morgen?', 'i morgen'],
    ['nl', 'Ik zet je in de cc – kun je het rapport morgen sturen?', 'morgen'],
  ] as [Lang, string, string][])(
    '%s: after what the sender does, a dash and a question to the reader asks: %s',
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
    },
  );

  it('nb: the same in a line to the reader in cc, with the reason for her copy', () => {
    const a = analyzeFromOla(
      'Hei Tom,\n\nJeg har lovet kunden erstatningsflasker på mandag.\n\nEva, jeg setter deg på kopi fordi kunden vil ha en skriftlig avviksrapport – kan du sende den direkte til dem i morgen?\n\nOla',
      'nb',
      { to: ['tom.berg@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('i morgen');
  });

  it.each([
    ['nl', 'We hebben 500 kaartjes verkocht – kun je het geloven?'],
    ['nb', 'Vi har solgt 500 billetter! Kan du tro det?'],
    ['nb', 'Kan du tenke deg – en hel måned uten et eneste avvik!'],
  ] as [Lang, string][])('%s: contrast: wonder, not a question to answer: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nb: contrast: "Kan du tenke deg å …?" asks', () => {
    expect(mailIn('nb', 'Kan du tenke deg å ta vakten på lørdag?').isRequest).toBe(true);
  });

  it('nl: an ask taken back after the reader\'s name ("Eva, laat maar zitten!") asks nothing', () => {
    const a = analyzeFromOla('Eva, laat maar zitten! Na een keer of vijf startte hij gewoon op.\n\nOla', 'nl');
    expect(a.isRequest).toBe(false);
  });

  it('pl: "proszę zignorować moją wczorajszą prośbę" takes it back', () => {
    expect(
      mailIn('pl', 'Proszę zignorować moją wczorajszą prośbę – posiedzenie przesunięto na wrzesień.').isRequest,
    ).toBe(false);
    expect(mailIn('pl', 'Proszę zignorować moją wczorajszą prośbę i zamiast tego przesłać mi raport.').isRequest).toBe(
      true,
    );
  });

  it.each([
    ['en', 'Please pass on our thanks to Imogen and Tom in particular.'],
    ['en', 'Please say hello to Tom from me.'],
    ['nl', 'Doe de groeten aan je team.'],
    ['de', 'Bitte richte Imogen und Tom unseren besonderen Dank aus.'],
    ['pl', 'Proszę przekazać podziękowania Imogen i Tomowi.'],
    ['nb', 'Send gjerne en takk videre til Imogen og Tom.'],
  ] as [Lang, string][])('%s: thanks or greetings to pass on are a courtesy: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Please send the figures to Tom.'],
    ['pl', 'Proszę przekazać fakturę Tomowi.'],
    ['nb', 'Send fakturaen til Tom.'],
  ] as [Lang, string][])('%s: contrast: a thing to pass on asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('pl: a reader in cc turned to by name, then asked by a verb alone', () => {
    const a = analyzeFromOla(
      'Grzegorzu,\n\ndzięki za zestawienie kosztów napraw za kwiecień, przesyłam je dalej do zarządu.\n\nEwo – Ciebie dodaję do kopii, bo przy dwóch pozycjach brakuje mi informacji, kto prowadził auto. Uzupełnisz mi to, proszę?\n\nBeata',
      'pl',
      {
        me: { name: 'Ewa Lis', email: 'ewa.lis@firma.example' },
        to: ['grzegorz.nowak@firma.example'],
        cc: ['ewa.lis@firma.example'],
      },
    );
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toContain('Uzupełnisz mi to, proszę?');
  });

  it.each([
    ['pl', 'Czy można sobie wymarzyć lepsze zwieńczenie półtora roku pracy?'],
    ['en', 'Could we have wished for a better end to eighteen months of work?'],
    ['nl', 'Kun je je een betere afsluiting van anderhalf jaar werk wensen?'],
    ['nb', 'Kan man ønske seg en bedre avslutning på halvannet års arbeid?'],
  ] as [Lang, string][])('%s: nothing better to wish for, wondered at: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    [
      'nl',
      'Alle medewerkers moeten de e-learning vóór 30 april afronden. Lukt het inloggen niet, meld je dan bij Dennis van IT.',
    ],
    [
      'de',
      'Alle Mitarbeitenden müssen die Schulung bis 30. April abschließen. Klappt das Einloggen nicht, melde dich bei Dennis von der IT.',
    ],
    ['nb', 'Alle ansatte må fullføre kurset innen 30. april. Får du ikke logget inn, ta kontakt med Dennis på IT.'],
    ['pl', 'Wypełnij formularz do piątku. Jeśli nie możesz się zalogować, odezwij się do Dennisa z IT.'],
  ] as [Lang, string][])('%s: where to turn if stuck, beside the ask, is not quoted: %s', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.requestSpans).toHaveLength(1);
    expect(a.requestSpans[0]!.text).not.toMatch(/Dennis/);
  });

  it('pl: contrast: "if you can" softens a further ask', () => {
    const a = mailIn('pl', 'Wypełnij formularz do piątku. Jeśli możesz, prześlij też skan.');
    expect(a.requestSpans.map((s) => s.text)).toContain('Jeśli możesz, prześlij też skan.');
  });

  it.each([
    ['nb', 'Send meg lista innen 30. april. Takk!', 'innen 30. april'],
    ['de', 'Bitte schick mir die Liste bis 30. April.', 'bis 30. April'],
  ] as [Lang, string, string][])(
    '%s: the full stop after a month named in full ends the sentence, not the date: %s',
    (lang, text, due) => {
      expect(mailIn(lang, text).dueText).toBe(due);
    },
  );
});

describe('round 110: asks after the sender\'s absence, "then I have everything", answers after a call', () => {
  it.each([
    [
      'nl',
      'Ik ben vanaf vandaag tot en met vrijdag met vakantie, kun jij deze meneer terugbellen en uitzoeken wat er met die partij is gebeurd?',
    ],
    [
      'pl',
      'Od dziś do piątku jestem na urlopie, czy możesz oddzwonić do tego pana i sprawdzić, co się stało z tą partią?',
    ],
    [
      'nb',
      'Jeg er på ferie fra i dag til og med fredag, kan du ringe tilbake til denne mannen og finne ut hva som skjedde med partiet?',
    ],
  ] as [Lang, string][])(
    "%s: after the sender's own absence, the question asks, and the absence is no deadline: %s",
    (lang, text) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.due).toBeNull();
    },
  );

  it("nl: contrast: the sender's absence and what to send meanwhile asks nothing", () => {
    const a = mailIn(
      'nl',
      'Ik ben de komende twee weken op vakantie in Slovenië, dus stuur me alleen iets als het echt nodig is.',
    );
    expect(a.isRequest).toBe(false);
  });

  it.each([
    ['nl', 'Niet heel dringend, maar zou je er volgende week even naar willen kijken?', 'volgende week'],
    ['de', 'Nicht sehr dringend, aber kannst du nächste Woche mal drüberschauen?', 'nächste Woche'],
  ] as [Lang, string, string][])('%s: "not very urgent" is no urgency either: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.dueText).toBe(due);
    expect(a.urgent ?? false).toBe(false);
  });

  it('en: "We\'d need it next week" after the ask gives its time', () => {
    const a = mailIn(
      'en',
      "Could you send us a revised quote for 6,500 folders? We'd need it next week so that I can get it into the April purchasing round.",
    );
    expect(a.dueText).toBe('next week');
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });

  it("de: the sender's own day away is not the deadline a third party set", () => {
    const a = mailIn(
      'de',
      'Die Landwirtschaftskammer will die drei Angebote sehen, und zwar bis Freitag, 12 Uhr. Kannst du die einscannen und an Frau Lüders schicken? Ich komm hier in Ostfriesland vor Sonntag nicht weg.',
    );
    expect(a.dueText).toBe('bis Freitag, 12 Uhr');
  });

  it.each([
    [
      'nl',
      'Geen haast hoor, de boekhouder doet de kwartaalafsluiting pas in juli, maar als je ze vóór eind van de maand even in het declaratieportaal zet, dan heb ik alles compleet.',
      'vóór eind van de maand',
    ],
    ['de', 'Wenn du sie bis Monatsende ins Portal stellst, habe ich alles komplett.', 'bis Monatsende'],
    [
      'nb',
      'Hvis du legger dem inn i portalen innen utgangen av måneden, har jeg alt komplett.',
      'innen utgangen av måneden',
    ],
    ['pl', 'Jeśli wrzucisz je do portalu do końca miesiąca, będę miała wszystko.', 'do końca miesiąca'],
  ] as [Lang, string, string][])(
    "%s: the reader's part that makes the sender's set complete asks: %s",
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
    },
  );

  it('en: contrast: "if you want …, I\'ll have everything ready" offers', () => {
    expect(mailIn('en', "If you want to check them, I'll have everything ready on Friday.").isRequest).toBe(false);
  });

  it.each([
    [
      'de',
      'Brauchen wir für den Einsatz in Holland eigentlich eine extra Bescheinigung? Hab eben beim Veterinäramt angerufen: nein, brauchen wir nicht, solange wir das Reinigungsprotokoll dabeihaben.',
    ],
    [
      'en',
      "Do we need an extra certificate for the kit? I've just rung the vet office: no, we don't, as long as we carry the cleaning log.",
    ],
  ] as [Lang, string][])(
    "%s: a question answered after the sender's call and a colon asks nothing: %s",
    (lang, text) => {
      expect(mailIn(lang, text).isRequest).toBe(false);
    },
  );
});

describe('round 111: an imperative after "but", changing a password, wonder at how good it was', () => {
  it.each([
    [
      'en',
      "As far as we can see the account isn't compromised, but change your password as soon as possible.",
      'as soon as possible',
    ],
    [
      'nb',
      'Så langt vi kan se er kontoen ikke kompromittert, men bytt passordet ditt så snart som mulig.',
      'så snart som mulig',
    ],
    [
      'nl',
      'Voor zover we kunnen zien is het account niet gehackt, maar verander je wachtwoord zo snel mogelijk.',
      'zo snel mogelijk',
    ],
  ] as [Lang, string, string][])('%s: after a statement and "but", an imperative asks: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe(due);
  });

  it.each([
    ['nl', 'Hier was het natuurlijk weer nat, maar ja, wat wil je ook in april.'],
    ['en', "Thanks for the offer, but we're fine."],
    [
      'en',
      'We hope you enjoy the new server, but please keep in mind that this is still in beta and things may break.',
    ],
    ['nl', 'Dat ziet er goed uit, maar ik wil het ontwerp graag eerst zelf nalezen.'],
  ] as [Lang, string][])('%s: contrast: no ask after "but": %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Change your password as soon as possible.'],
    ['de', 'Wechsle bitte dein Passwort.'],
    ['nb', 'Bytt passordet ditt i dag.'],
    ['nl', 'Wijzig je wachtwoord vandaag nog.'],
  ] as [Lang, string][])('%s: changing something is an imperative: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('en: contrast: "Change of plan" is no imperative', () => {
    expect(mailIn('en', 'Change of plan: the meeting moves to Friday.').isRequest).toBe(false);
  });

  it.each([
    ['de', 'Ist das nicht verrückt?'],
    ['pl', 'Czy to nie najlepsza recenzja, jaką mogliśmy dostać?'],
  ] as [Lang, string][])('%s: wonder at how good it was asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('pl: contrast: asked to check whether it is the same file', () => {
    expect(mailIn('pl', 'Czy możesz sprawdzić, czy to nie jest ten sam plik co wczoraj?').isRequest).toBe(true);
  });
});

describe('round 112: easing words before a colon, guesses at leisure, times that suit, the time of a want', () => {
  it.each([
    ['de', 'Ohne Eile: Könntest du bei Gelegenheit deine Fotos in den gemeinsamen Ordner hochladen?'],
    ['pl', 'Spokojnie: wrzuć zdjęcia do wspólnego folderu.'],
    ['en', 'Whenever: could you upload the photos to the shared folder?'],
  ] as [Lang, string][])('%s: an ease before a colon is no name turned to: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('de: contrast: a colleague named before the colon is turned to, not the reader', () => {
    const a = analyzeFromOla('Hallo zusammen,\n\nJonas: Könntest du die Fotos hochladen?\n\nOla', 'de', {
      cc: ['jonas.berg@firma.example'],
    });
    expect(a.isRequest).toBe(false);
  });

  it.each([
    ['en', 'Honestly, what more could a puppet company ask for?'],
    ['en', 'What else could we want?'],
    ['nl', 'Wat kun je je nog meer wensen?'],
    ['nb', 'Hva mer kan et teater be om?'],
  ] as [Lang, string][])('%s: "what more could one ask for" is wonder: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: what else the reader could bring is asked', () => {
    expect(mailIn('en', 'What else could you bring?').isRequest).toBe(true);
  });

  it('nl: "Laat maar dus!" takes the ask back', () => {
    const text =
      'Ik wilde je net vragen waar de back-ups van vorige winter staan, maar ik heb ze inmiddels zelf gevonden op de NAS. Laat maar dus!';
    expect(mailIn('nl', text).isRequest).toBe(false);
  });

  it.each([
    ['pl', 'jak tam po weekendzie? Pewnie znowu od rana do nocy na skiturach, co? :)'],
    ['de', 'Bestimmt wieder von früh bis spät auf Skitour, oder? :)'],
    ['en', 'Probably out on the slopes again from dawn till dusk, eh?'],
    ['nb', 'Sikkert på skitur fra morgen til kveld igjen, eller?'],
    ['nl', "Zeker weer de hele dag op de ski's, hè?"],
  ] as [Lang, string][])("%s: a guess at the reader's leisure is small talk: %s", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['pl', 'Chyba masz urlop w przyszłym tygodniu?'],
    ['de', 'Bestimmt kannst du mir vor dem Urlaub noch die Liste schicken?'],
  ] as [Lang, string][])('%s: contrast: a plan to confirm or an ask beside the guess asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    [
      'en',
      'Could you put the best photos in the shared folder? No rush, if next week works, that’s fine.',
      'next week',
    ],
    [
      'nl',
      "Zou je de beste foto's in de gedeelde map willen zetten? Geen haast hoor, als het volgende week lukt is het prima.",
      'volgende week',
    ],
    [
      'de',
      'Könntest du die besten Fotos in den Ordner legen? Keine Eile, wenn es nächste Woche klappt, ist das völlig ok.',
      'nächste Woche',
    ],
    [
      'pl',
      'Możesz wrzucić najlepsze zdjęcia do folderu? Bez pośpiechu, jeśli uda się w przyszłym tygodniu, to w porządku.',
      'w przyszłym tygodniu',
    ],
    ['nb', 'Kan du legge de beste bildene i mappen? Ingen hast, hvis det går neste uke er det helt fint.', 'neste uke'],
  ] as [Lang, string, string][])("%s: a time in a condition that it suits is the ask's: %s", (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe(due);
    expect(a.due?.toISOString()).toBe('2026-05-15T16:00:00.000Z');
  });

  it('en: contrast: a day in a condition that it rains is no deadline', () => {
    const a = mailIn('en', 'If it rains tomorrow, could you move the stall inside?');
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each([
    [
      'nl',
      'Weet jij of de aanvraag al is ingediend? Ik heb morgenochtend een gesprek met de gedeputeerde en wil het graag vandaag nog weten.',
      'vandaag',
    ],
    [
      'de',
      'Weißt du, ob der Antrag schon eingereicht ist? Ich habe morgen früh ein Gespräch mit dem Landrat und möchte es gern heute noch wissen.',
      'heute',
    ],
    [
      'pl',
      'Wiesz może, czy wniosek został już złożony? Jutro rano mam spotkanie z wicemarszałkiem i chciałbym to wiedzieć jeszcze dziś.',
      'jeszcze dziś',
    ],
    [
      'nb',
      'Vet du om søknaden er sendt inn? Jeg har møte med fylkesrådet i morgen tidlig og vil gjerne vite det i dag.',
      'i dag',
    ],
    [
      'en',
      "Do you know whether the application has gone in yet? I'm meeting the councillor tomorrow morning and would like to know today.",
      'today',
    ],
  ] as [Lang, string, string][])("%s: the time of the want, not of the sender's meeting: %s", (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.dueText).toBe(due);
    expect(a.due?.toISOString()).toBe('2026-05-06T16:00:00.000Z');
  });

  it.each([
    ['en', 'Could you send me the invoice? I need it Friday.', 'Friday'],
    ['nl', 'Kun je me de factuur sturen? Ik heb hem vrijdag nodig.', 'vrijdag'],
    ['de', 'Kannst du mir die Rechnung schicken? Ich brauche sie Freitag.', 'Freitag'],
    ['en', 'I need the invoice Friday.', 'Friday'],
  ] as [Lang, string, string][])('%s: a day right beside a need, without "by": %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe(due);
    expect(a.due?.toISOString()).toBe('2026-05-08T16:00:00.000Z');
  });
});

describe('round 112: care for each other, a recipe, a FAQ, an away notice, a platform sending "via", facts not to forget', () => {
  it.each([
    ['nb', 'Ta godt vare på hverandre og stavkirkene – og nyt sommeren!'],
    ['de', 'Passt gut aufeinander auf!'],
    ['pl', 'Dbajcie o siebie!'],
  ] as [Lang, string][])('%s: care for each other is a good wish: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Take care and send me the invoice by Friday.', 'by Friday'],
    ['pl', 'Uważaj na siebie i wyślij mi fakturę do piątku.', 'do piątku'],
  ] as [Lang, string, string][])('%s: a good wish and then, after "and", an ask: %s', (lang, text, due) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe(due);
  });

  it('en: contrast: a good wish and "enjoy" after "and" asks nothing', () => {
    expect(mailIn('en', 'Take care and enjoy the summer!').isRequest).toBe(false);
  });

  const recipe: [Lang, string][] = [
    [
      'nb',
      'Hei alle!\n\nEtter grillfesten på fredag var det mange som spurte etter oppskriften på lutefisk-tacoen, så her kommer den:\n\n1. Legg lutefisken i en ildfast form, dryss over litt salt og dekk til med folie.\n2. Stek den på 200 grader i ca. 20 minutter, og hell av vannet.\n3. Fyll lefser eller tortillas med fisk og ertestuing.\n4. Server med godt humør!\n\nVelbekomme, og god helg!\nMarte',
    ],
    [
      'en',
      'Hi all,\n\nLots of you asked for the recipe for the fish tacos, so here it is:\n\n1. Put the fish in an ovenproof dish, sprinkle over some salt and cover with foil.\n2. Bake at 200 degrees for about 20 minutes and pour off the water.\n3. Fill tortillas with fish, peas and bacon.\n4. Serve with a smile!\n\nHave a good weekend!\nMarte',
    ],
    [
      'nl',
      'Hoi allemaal,\n\nVeel mensen vroegen naar het recept van de haringsalade, dus hier komt het:\n\n1. Snijd de haring in blokjes.\n2. Meng met appel, ui en augurk.\n3. Laat een uur in de koelkast staan.\n\nEet smakelijk!\nMarte',
    ],
  ];
  it.each(recipe)('%s: the steps of a shared recipe are no asks', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it('en: contrast: a step of the list with "please" asks', () => {
    const body =
      'Hi all,\n\nHere is the recipe for Friday:\n\n1. Please bring a dish of it on Friday.\n2. Bake at 200 degrees.\n\nMarte';
    expect(quoted(body, 'en')).toEqual(['1. Please bring a dish of it on Friday.']);
  });

  it('nb: the questions of a FAQ, each answered after a dash, ask nothing', () => {
    const body =
      'Hei alle,\n\nVi har laget en liten FAQ som nå ligger ute på nettsiden:\n\nKan små barn se forestillingen? – Ja, den passer fra tre år.\nKan vi ta med barnevogn? – Barnevogner parkeres i garderoben i første etasje.\nFår man møte dukkene etterpå? – Ja, i ti minutter etter hver forestilling.\n\nDette er bare til orientering.\n\nTone';
    expect(analyzeFromOla(body, 'nb').isRequest).toBe(false);
  });

  it("en: contrast: one question with the sender's reason after a dash asks", () => {
    const a = mailIn('en', 'Could you send me the figures? – I need them for the board.');
    expect(a.isRequest).toBe(true);
  });

  it('nb: an out-of-office notice whose first sentence runs on past a date is known', () => {
    const body =
      'Hei,\n\nTakk for e-posten din. Jeg er på turné i Nord-Norge til og med 27. mars og har begrenset tilgang til e-post.\n\nHaster det, kan du kontakte produksjonsleder Hege Nordvik på telefon 912 34 567.\n\nVennlig hilsen\nTone Bakke';
    expect(analyzeFromOla(body, 'nb').isRequest).toBe(false);
  });

  it('nb: an out-of-office notice is known by its "Fraværende:" subject', () => {
    const a = analyzeEmail(
      {
        messageId: 'm',
        threadId: 't',
        from: { name: 'Tone Bakke', email: 'tone.bakke@firma.example' },
        to: [{ name: 'Eva Lund', email: 'eva.lund@firma.example' }],
        cc: [],
        sentAt: SENT,
        subject: 'Fraværende: Turnébudsjett',
        bodyText: 'Hei,\n\nJeg er ute på turné. Haster det, kan du ringe Hege på 912 34 567.\n\nTone',
        hasAttachments: false,
        isFromMe: false,
      },
      {
        now: new Date(SENT),
        myAddresses: ['eva.lund@firma.example'],
        myName: 'Eva Lund',
        orgDomains: [],
        defaultLanguage: 'nb',
      },
    );
    expect(a.isRequest).toBe(false);
  });

  it.each([
    [{ name: 'Hannah Lowther via SignRoute', email: 'envelopes@signroute.io' }, true],
    [{ name: 'Tom Baker via Orchard Volunteers', email: 'orchard-volunteers@googlegroups.com' }, false],
  ])('en: a platform sending "via" its own name is automated: %o', (from, automated) => {
    const body =
      'Hi Tom,\n\nHere is the agreement we discussed at the show. Please sign it by 20 May if you can.\n\nHannah';
    expect(analyzeFromOla(body, 'en', { from }).automated).toBe(automated);
  });

  it.each([
    ['en', "Don't forget that the office is closed tomorrow."],
    ['de', 'Vergiss nicht, dass morgen geschlossen ist.'],
    ['nl', 'Vergeet niet dat het kantoor morgen dicht is.'],
    ['pl', 'Nie zapomnij, że jutro biuro jest zamknięte.'],
    ['nb', 'Ikke glem at kontoret er stengt i morgen.'],
  ] as [Lang, string][])('%s: a fact not to forget is news: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', "Don't forget that you need to sign the form by Friday."],
    ['pl', 'I nie zapomnij o opiekunach platformy: co najmniej czterech dorosłych w kamizelkach.'],
  ] as [Lang, string][])('%s: contrast: a duty or a thing not to forget asks: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['nl', 'Daarna hoor ik graag hoe het gesprek ging.'],
    ['de', 'Danach höre ich gern, wie das Gespräch lief.'],
    ['pl', 'Potem chętnie usłyszę, jak poszła rozmowa.'],
    ['nb', 'Etterpå vil jeg gjerne høre hvordan samtalen gikk.'],
  ] as [Lang, string][])('%s: what the sender would like to hear asks the reader to tell: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('nl: contrast: a conditional offer to hear remarks asks nothing', () => {
    expect(mailIn('nl', 'Mochten jullie nog opmerkingen hebben, dan hoor ik het graag.').isRequest).toBe(false);
  });

  it('nl: how things are in a place is small talk, how the quote stands is asked', () => {
    const body =
      'Beste Eva,\n\nLang niet gesproken! Hoe staat het ervoor in Zuidwaard? Zou jij me de oude tekeningen nog eens kunnen mailen?\n\nOla';
    expect(quoted(body, 'nl')).toEqual(['Zou jij me de oude tekeningen nog eens kunnen mailen?']);
    expect(mailIn('nl', 'Hoe staat het ervoor met de offerte?').isRequest).toBe(true);
  });
});

describe('round 113: wonder at a better start, nothing waiting, offers if wanted, asks after a copy named, Polish imperatives', () => {
  it.each([
    ['pl', 'Czy mógłby być lepszy początek sezonu?'],
    ['en', 'Could there be a better start to the season?'],
    ['en', 'Could it have gone any better?'],
    ['nb', 'Kunne sesongen startet bedre?'],
  ] as [Lang, string][])('%s: wonder whether it could have been better asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: whether a thing can be better organised is asked', () => {
    expect(mailIn('en', 'Can the launch be better organised?').isRequest).toBe(true);
  });

  it.each([
    ['pl', 'Nic na Ciebie nie czeka, możesz się spokojnie rozpakować.'],
    ['en', 'Nothing is waiting for you, you can unpack in peace.'],
    ['nl', 'Er ligt niets op je te wachten, je kunt rustig uitpakken.'],
    ['de', 'Es wartet nichts auf dich, du kannst in Ruhe auspacken.'],
    ['nb', 'Det venter ingenting på deg, du kan pakke ut i ro og fred.'],
  ] as [Lang, string][])('%s: nothing waiting for the reader asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', "If you'd like, we can deliver on Saturdays this summer too – just let us know."],
    ['nb', 'Hvis dere ønsker det, kan vi levere på lørdager også i sommer – da er det bare å si fra.'],
  ] as [Lang, string][])('%s: an offer if wanted, and a word to say so, asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: an offer whose word back has a time asks', () => {
    const a = mailIn('en', "If you'd like, we can deliver on Saturdays – let us know by Friday.");
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('by Friday');
  });

  it.each([
    [
      'nb',
      'Takk for tilbudet. Prisen ser grei ut.\n\nEva, jeg har satt deg på kopi fordi innkjøpet er over fullmaktsgrensen min. Jeg trenger at du godkjenner det innen torsdag kl. 12, så jeg kan bekrefte bestillingen overfor Tom.',
      'innen torsdag kl. 12',
    ],
    [
      'en',
      "Thanks for the quote.\n\nEva, I've copied you in because the purchase is over my limit. I need you to approve it by Thursday 12:00 so I can confirm the order with Tom.",
      'by Thursday 12:00',
    ],
  ] as [Lang, string, string][])(
    '%s: the reader in cc, named with her copy, asked in the next line without a question',
    (lang, text, due) => {
      const a = analyzeFromOla(`${GREETING[lang].replace('Eva', 'Tom')}\n\n${text}\n\nOla`, lang, {
        to: ['tom.berg@firma.example'],
        cc: ['eva.lund@firma.example'],
      });
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
    },
  );

  it('en: contrast: the reader in cc, named with her copy for information, asked nothing', () => {
    const a = analyzeFromOla(
      "Hi Tom,\n\nThanks for the quote.\n\nEva, I've copied you in so you know. You can see the price is fine.\n\nOla",
      'en',
      { to: ['tom.berg@firma.example'], cc: ['eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });

  it.each([
    [
      'pl',
      'I ostatnia rzecz: wpiszcie do końca miesiąca swoje urlopy na lipiec i sierpień do wspólnego arkusza, bo inaczej nie ułożę grafiku na wakacje.',
    ],
    ['pl', 'Jak znajdziesz chwilę, rzuć na niego okiem – nie pali się, mam zapasowy.'],
  ] as [Lang, string][])('%s: "wpiszcie" and "rzuć … okiem" are imperatives: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('pl: contrast: "rzuć" without "okiem" is no ask', () => {
    expect(mailIn('pl', 'Rzuć to wszystko.').isRequest).toBe(false);
  });

  it.each([
    ['en', 'Did you ever get home?'],
    ['pl', 'Dojechałeś w końcu do domu?'],
  ] as [Lang, string][])('%s: whether the reader got home is small talk: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('de: a courtesy opened with "gerne" is no ask beside the real one', () => {
    const body =
      'Hallo Eva,\n\nKönnten Sie mir bis Freitag ein Angebot schicken? Gerne können Sie sich die Uhr vorher bei uns ansehen.\n\nOla';
    expect(quoted(body, 'de')).toEqual(['Könnten Sie mir bis Freitag ein Angebot schicken?']);
    expect(mailIn('de', 'Gerne können Sie mir bis Freitag das Formular schicken.').isRequest).toBe(true);
  });
});

describe('round 114: an ask after a lead-in, a FAQ answered line by line, "so far", what the reader does if she wants', () => {
  it('de: a question after a short lead-in is read past it', () => {
    const a = mailIn(
      'de',
      'Für den Bauernmarkt in Landshut am Samstag: Wie viele Kisten Gläser soll ich euch eigentlich einpacken?',
    );
    expect(a.isRequest).toBe(true);
  });

  it('de: contrast: a question to a colleague named before the colon is hers', () => {
    const a = analyzeFromOla('Hallo zusammen,\n\nTom: Wie viele Kisten soll ich dir einpacken?\n\nOla', 'de', {
      cc: ['tom.berg@firma.example'],
    });
    expect(a.isRequest).toBe(false);
  });

  it('pl: a farewell\'s good wishes, with a negated imperative after "i", ask nothing', () => {
    expect(
      mailIn('pl', 'Uważajcie na siebie, sprawdzajcie sprzęt dwa razy i nie dajcie się turystom w klapkach ;)')
        .isRequest,
    ).toBe(false);
  });

  it('pl: the questions of a FAQ, each answered on the line below, ask nothing', () => {
    const body =
      'Szanowni Państwo,\n\nod 1 lipca obowiązuje nowy regulamin funduszu socjalnego. Najważniejsze zmiany w pigułce:\nKto dostanie dofinansowanie do wypoczynku?\nWszyscy pracownicy zatrudnieni co najmniej 6 miesięcy, również sezonowi.\nCzy trzeba składać nowe oświadczenie o dochodach?\nNie. Oświadczenia złożone w styczniu pozostają ważne do końca roku.\n\nPozdrawiam\nEwa';
    expect(analyzeFromOla(body, 'pl').isRequest).toBe(false);
  });

  it('en: contrast: two asks to the reader, each with its reason below, ask', () => {
    const body =
      'Hi Eva,\n\nA few things:\nCould you send me the report?\nI need it for the board.\nCan you also call Tom?\nHe is waiting.\n\nOla';
    expect(quoted(body, 'en')).toEqual(['Could you send me the report?', 'Can you also call Tom?']);
  });

  it.each([
    [
      'pl',
      'Przypominam o planach urlopowych – do dziś nie dostałam jeszcze żadnego. Czekam na nie do końca miesiąca.',
      'do końca miesiąca',
    ],
    ['de', 'Bis heute habe ich noch keine Urlaubspläne bekommen. Bitte schickt sie mir bis Freitag.', 'bis Freitag'],
  ] as [Lang, string, string][])('%s: "until today" before a denial is so far, not by when: %s', (lang, text, due) => {
    expect(mailIn(lang, text).dueText).toBe(due);
  });

  it.each([
    ['pl', 'Proszę przesłać raport do dziś, nie później.', 'do dziś'],
    ['de', 'Bitte schick mir den Plan bis heute, nicht später.', 'bis heute'],
  ] as [Lang, string, string][])('%s: contrast: "until today, not later" is by when: %s', (lang, text, due) => {
    expect(mailIn(lang, text).dueText).toBe(due);
  });

  it.each([
    ['nl', 'Wil je toch ruilen, dan regel je dat zoals altijd onderling met Jan.'],
    ['de', 'Willst du doch tauschen, dann regelst du das wie immer mit Jan.'],
    ['nb', 'Vil du likevel bytte, så avtaler du det med Jan som vanlig.'],
  ] as [Lang, string][])('%s: what the reader does if she wants to, said as how it goes: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nl: contrast: with a time it asks', () => {
    const a = mailIn('nl', 'Wil je ruilen, dan meld je dat uiterlijk vrijdag bij Jan.');
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('uiterlijk vrijdag');
  });

  it('nb: "Si fra til meg om noe er uklart" is a courtesy, "… innen fredag om du kan komme" an ask', () => {
    expect(mailIn('nb', 'Si fra til meg om noe er uklart.').isRequest).toBe(false);
    expect(mailIn('nb', 'Si fra til meg innen fredag om du kan komme.').isRequest).toBe(true);
  });
});

describe('round 115: leave to say thanks, a preferred time, a time kept daily, a want with "if I could have"', () => {
  it.each([
    ['en', 'Can I just say a huge thank you for Saturday?'],
    ['nl', 'Mag ik even zeggen hoe trots ik op jullie ben?'],
    ['de', 'Darf ich einfach mal sagen, wie stolz ich auf euch bin?'],
    ['pl', 'Czy mogę tylko powiedzieć, jak bardzo jestem z Was dumna?'],
    ['nb', 'Kan jeg bare si hvor stolt jeg er av dere?'],
  ] as [Lang, string][])('%s: leave asked to say something asks nothing: %s', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: leave asked to do something is asked', () => {
    expect(mailIn('en', 'Can I borrow your van on Saturday?').isRequest).toBe(true);
  });

  it('pl: "przyślij" is an imperative', () => {
    const a = mailIn(
      'pl',
      'Przyślij jak najszybciej kogoś od dachów albo chociaż plandeki, bo po południu ma znowu padać.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('jak najszybciej');
  });

  it.each([
    [
      'nl',
      'Zou je de offerte nog even kunnen nalopen? Het liefst morgen vóór 11.00 uur, want dan bel ik met hun secretaris.',
      'morgen vóór 11.00 uur',
    ],
    [
      'en',
      "Could you check the quote? Ideally by 11am tomorrow, as I'm calling their secretary then.",
      'by 11am tomorrow',
    ],
  ] as [Lang, string, string][])(
    "%s: a preferred time opening the next line is the ask's, whatever the sender does after it",
    (lang, text, due) => {
      expect(mailIn(lang, text).dueText).toBe(due);
    },
  );

  it('de: a delivery time kept every day is no deadline', () => {
    const a = mailIn(
      'de',
      'Wir bräuchten täglich etwa 300 Laugenbrezeln, Lieferung jeweils bis 6:30 Uhr. Könnten Sie uns ein Angebot machen?',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('de: contrast: a delivery by a time once is a deadline', () => {
    expect(mailIn('de', 'Könnten Sie uns die Brezeln bis 6:30 Uhr liefern?').dueText).toBe('bis 6:30 Uhr');
  });

  it('en: "if I could have … tomorrow" gives the ask its time, not the sender\'s meeting', () => {
    const a = mailIn(
      'en',
      "It would really help if I could have the count sheets tomorrow, as I'm meeting the treasurer on Thursday to go through the figures.",
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('tomorrow');
  });

  it('de: what the sender does not need is no ask', () => {
    const text = 'Ja, klar, nimm ihn ruhig. Am Samstag brauchen wir ihn in der Backstube nicht.';
    expect(mailIn('de', text).isRequest).toBe(false);
  });
});

describe('round 116: a FAQ answered after the question mark, "no rush at all, but if you could …"', () => {
  it('en: three and more questions each answered on their own line ask nothing', () => {
    const body =
      "Dear members,\n\nWe've had lots of questions about the summer season, so here are the answers in one place.\n\nWill the pool be open on the bank holiday Monday? Yes — 7am to 6pm.\nDo I need to book? Only for the early-morning lane sessions; general swims are walk-in.\nCan I bring a guest? Yes, up to two per visit.\n\nSee you poolside,\nLucy";
    expect(analyzeFromOla(body, 'en').isRequest).toBe(false);
  });

  it('en: contrast: three asks to the reader, each with its reason after it, ask', () => {
    const body =
      'Hi Eva,\n\nCould you send me the report? I need it for the board.\nCan you call Tom? He is waiting.\nCould you book the room? It fills up fast.\n\nOla';
    expect(quoted(body, 'en')).toEqual([
      'Could you send me the report?',
      'Can you call Tom?',
      'Could you book the room?',
    ]);
  });

  it('en: "No rush at all, but if you could …, that would be a big help" asks, with its time', () => {
    const body =
      "Hi Eva,\n\nHope lambing's winding down and you're getting some sleep at last.\n\nNo rush at all, but if you could pull together the feed and bedding costs for January to March by the end of the month, that would be a big help — the trustees want a per-breed breakdown at the May meeting and I can't do that from the invoices alone.\n\nCheers,\nOla";
    const a = analyzeFromOla(body, 'en');
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('by the end of the month');
  });
});

describe('round 117: questions about a thing, chases, let-offs, "no need to reply", quoted messages', () => {
  it('en: a yes/no question about a thing of the work asks, also after a lead-in', () => {
    const a = mailIn(
      'en',
      "One thing the underwriters have asked: is the hall ever hired out for events with bouncy castles? If so they'll want to add an endorsement.",
    );
    expect(a.isRequest).toBe(true);
    expect(mailIn('en', 'Are the keys still in the office?').isRequest).toBe(true);
  });

  it.each(['Is the weather nice up there?', 'Does that make sense?', 'Is your crew kit ready for the season?'])(
    'en: contrast: "%s" asks nothing',
    (text) => {
      expect(mailIn('en', text).isRequest).toBe(false);
    },
  );

  it.each([
    ['en', 'Fiona rang this morning to ask if we could move the shoeing to Thursday. I have sorted it.'],
    ['pl', 'Pani Nowak zadzwoniła rano, żeby zapytać, czy możemy przesunąć wizytę na czwartek. Już to załatwiłam.'],
  ] as [Lang, string][])("%s: a third party who rang to ask the sender's side is told, not an ask", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Could you ring Fiona to ask if we can move it?'],
    ['pl', 'Zadzwoń do pani Nowak, żeby zapytać, czy możemy przesunąć wizytę.'],
  ] as [Lang, string][])('%s: contrast: the reader asked to ring and ask', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('nl: the sender\'s own offer with "graag" after the verb, if the reader wishes, asks nothing', () => {
    const text =
      'Mocht u vragen hebben over de uitslagen, dan hoor ik het graag. Ook bel ik u graag even om de resultaten toe te lichten, als u daar prijs op stelt.';
    expect(mailIn('nl', text).isRequest).toBe(false);
    expect(mailIn('nl', 'Ook hoor ik graag of de levering klopt.').isRequest).toBe(true);
  });

  it('pl: what follows from work done ("więc powinny być bez błędów") is no duty', () => {
    expect(mailIn('pl', 'Teksty przejrzała jeszcze Marta, więc powinny być bez błędów.').isRequest).toBe(false);
    expect(mailIn('pl', 'Marta je sprawdziła, więc powinny być gotowe do piątku.').dueText).toBe('do piątku');
  });

  it.each([
    [
      'pl',
      'Dotarła do Ciebie paczka z próbkami? W śledzeniu widzę, że doręczona w piątek, więc zakładam, że tak – nie musisz odpisywać.',
    ],
    [
      'en',
      'Did the parcel with the samples reach you? Tracking says it was delivered on Friday, so I assume so – no need to reply.',
    ],
    ['nl', 'Is het pakket bij je aangekomen? Volgens de tracking wel, dus je hoeft niet te antwoorden.'],
    ['de', 'Ist das Paket angekommen? Laut Sendungsverfolgung ja – du musst nicht antworten.'],
    ['nb', 'Kom pakken fram? Sporingen sier ja, så du trenger ikke å svare.'],
  ] as [Lang, string][])('%s: a question followed by "no need to reply" asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: an ask after the question still asks', () => {
    const a = mailIn(
      'en',
      'Did the parcel reach you? Please send me the invoice by Friday, no need to reply otherwise.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('by Friday');
  });

  it.each([
    ['en', "Don't worry about chasing the bank about the card reader – I rang them this morning and it's all sorted."],
    ['nl', 'Maak je geen zorgen over het bellen van de bank – ik heb ze vanochtend gebeld en het is geregeld.'],
    ['de', 'Mach dir keine Gedanken wegen der Bank – ich habe heute früh angerufen und alles ist geklärt.'],
    ['pl', 'Nie martw się dzwonieniem do banku – zadzwoniłam rano i wszystko załatwione.'],
    ['nb', 'Ikke tenk på å ringe banken – jeg ringte dem i morges og alt er ordnet.'],
  ] as [Lang, string][])('%s: the reader let off a task asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', "Don't worry about the invoice, just send the receipts by Friday."],
    ['nl', 'Maak je geen zorgen over de rommel, maar wil je wel afsluiten?'],
  ] as [Lang, string][])('%s: contrast: an ask after the let-off asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('en: "I\'d like to introduce you to …" asks nothing; a question after it does', () => {
    const intro =
      "I'd like to introduce you to Alan Treloar (copied), who has very kindly offered to do the scaffolding.";
    expect(mailIn('en', intro).isRequest).toBe(false);
    expect(mailIn('en', "I'd like to introduce you to Alan – could you send him the plans?").isRequest).toBe(true);
  });

  it.each([
    ['nl', 'Ga jij nog naar de vrijmarkt maandag, of blijf je lekker thuis?'],
    ['en', 'Are you going to the flea market on Monday, or staying home?'],
    ['de', 'Gehst du Montag noch auf den Flohmarkt, oder bleibst du gemütlich zu Hause?'],
    ['pl', 'Idziesz w poniedziałek na pchli targ, czy zostajesz w domu?'],
    ['nb', 'Skal du på loppemarkedet på mandag, eller blir du hjemme og slapper av?'],
  ] as [Lang, string][])("%s: the reader's free day, or staying at home, is talk", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: a work question with staying home as the other choice asks', () => {
    expect(mailIn('en', 'Will you pick up the keys, or stay home and let Tom do it?').isRequest).toBe(true);
  });

  it.each([
    ['nl', 'Kleine herinnering: jouw urenstaat over april heb ik nog niet binnen.'],
    ['en', "I haven't got your April timesheet yet."],
    ['de', 'Kleine Erinnerung: deine Stundenliste für April habe ich noch nicht bekommen.'],
    ['pl', 'Małe przypomnienie: Twojej karty czasu pracy za kwiecień jeszcze nie dostałam.'],
    ['nb', 'Liten påminnelse: timelisten din for april har jeg ikke fått ennå.'],
  ] as [Lang, string][])("%s: the reader's thing not yet had is chased", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['en', "I haven't had a chance to read your report yet."],
    ['en', "I haven't seen your new office yet!"],
    ['nl', 'Geen haast, ik heb jouw urenstaat nog niet binnen.'],
  ] as [Lang, string][])('%s: contrast: "%s" chases nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nl', 'Ik wil de administratie op tijd rond hebben, dus ik zie hem morgen graag in mijn inbox.', 'morgen'],
    ['en', "I'd like to see it in my inbox tomorrow.", 'tomorrow'],
    ['de', 'Ich hätte sie gerne morgen in meinem Postfach.', 'morgen'],
    ['pl', 'Chętnie zobaczę ją jutro w mojej skrzynce.', 'jutro'],
    ['nb', 'Jeg ser gjerne at den ligger i innboksen min i morgen.', 'i morgen'],
  ] as [Lang, string, string][])(
    "%s: the thing wished for in the sender's inbox is asked, with its time",
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
    },
  );

  it('nb: a reader in cc asked after her copy, its reason and a dash, without a question', () => {
    const body =
      'Hei Tom,\n\nKan du programmere kortene?\n\nEva, du står på kopi fordi jeg også trenger en liste over guidene – send meg den i morgen, så jeg kan gi den videre til Tom.\n\nTakk begge to!\nOla';
    const a = analyzeFromOla(body, 'nb', { to: ['tom.berg@firma.example'], cc: ['eva.lund@firma.example'] });
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('i morgen');
  });

  it("en: contrast: the copy's reason and a dash before news for someone else ask nothing", () => {
    const body = "Hi Tom,\n\nEva, I've copied you in because Tom is new – he will send the plans tomorrow.\n\nOla";
    const a = analyzeFromOla(body, 'en', { to: ['tom.berg@firma.example'], cc: ['eva.lund@firma.example'] });
    expect(a.isRequest).toBe(false);
  });

  it.each([
    ['de', 'Belege kannst du einfach einscannen.'],
    ['pl', 'Niewykorzystaną kwotę możesz po prostu oddać przelewem.'],
    ['nb', 'Kvitteringer kan du bare skanne inn.'],
  ] as [Lang, string][])('%s: how the reader may "just" do a thing asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['de', 'Belege kannst du einfach bis Freitag einscannen.'],
    ['de', 'Vielleicht kannst du einfach mal anrufen.'],
    ['nb', 'Kanskje kan du bare ringe henne.'],
  ] as [Lang, string][])('%s: contrast: "%s" asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    [
      'pl',
      'Od rana terminal wyświetla komunikat „Konto zablokowane – skontaktuj się z administratorem” i nie da się na nim wbić żadnego zamówienia.',
    ],
    [
      'en',
      'Since this morning the till shows the message "Account locked – contact your administrator" and nothing works.',
    ],
  ] as [Lang, string][])("%s: an imperative inside quotation marks is not the sender's ask", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: an ask with quoted words in it still asks', () => {
    expect(mailIn('en', 'Can you check the "Returns" folder by Friday?').dueText).toBe('by Friday');
    expect(mailIn('en', 'Please reply "yes" if you can come.').isRequest).toBe(true);
  });

  it.each([
    [
      'de',
      'Die Kellerei Hansen hat gerade angerufen. Sie brauchen heute noch die verbindlichen Mengen für ihre Bestellung, sonst kaufen sie in Rheinhessen. Sag mir bitte, wie viel Müller-Thurgau wir abgeben können.',
      'heute',
    ],
    [
      'nl',
      'Wijnhuis Hansen belde net. Ze hebben vandaag nog de definitieve aantallen nodig, anders kopen ze elders. Laat me even weten hoeveel we kunnen missen.',
      'vandaag',
    ],
  ] as [Lang, string, string][])(
    "%s: a third party's need, its time before the thing, is the ask's deadline",
    (lang, text, due) => {
      expect(mailIn(lang, text).dueText).toBe(due);
    },
  );

  it('en: contrast: "no need to reply" to someone else in the next paragraph leaves the ask', () => {
    const body =
      'Hi Eva,\n\nCan you send me the booked vs. forecast figures by Thursday 12:00? I have a call that afternoon.\n\nDan – no need to reply, enjoy the time off!\n\nOla';
    expect(analyzeFromOla(body, 'en').dueText).toBe('by Thursday 12:00');
  });

  it('en: contrast: a question about the reader after a hope is talk', () => {
    expect(mailIn('en', 'Hope the move went OK – has the cat forgiven you yet?').isRequest).toBe(false);
  });
});

describe('round 118: the sender\'s whereabouts after a comma, quoted comments, talk after "How was …?"', () => {
  it.each([
    ['nl', 'Bel mevrouw Marta en regel de ophaaldetails, want ik ben tot vrijdag op de beurs.'],
    ['nl', 'Bel mevrouw Marta en regel de ophaaldetails, ik ben tot het eind van de week op de beurs in Utrecht.'],
  ] as [Lang, string][])(
    "%s: an imperative before the sender's reason after a comma asks, and the sender's time is not its deadline",
    (lang, text) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.due).toBeNull();
    },
  );

  it.each([
    [
      'pl',
      'Zadzwoń proszę do pani Marty i ustal szczegóły odbioru, ja jestem do końca tygodnia na targach w Poznaniu.',
    ],
    ['de', 'Ruf bitte Frau Marta an und kläre die Abholung, ich bin bis Ende der Woche auf der Messe.'],
  ] as [Lang, string][])('%s: where the sender is until then is no deadline', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each([
    ['pl', 'Zadzwoń proszę do pani Marty do końca tygodnia.', 'do końca tygodnia'],
    ['en', "I'm out until Friday, so please send it to Tom by Thursday.", 'by Thursday'],
  ] as [Lang, string, string][])("%s: contrast: the ask's own time stays", (lang, text, due) => {
    expect(mailIn(lang, text).dueText).toBe(due);
  });

  it('en: "He\'s asked to have them this week" gives the ask its deadline; "She asked for it on Monday" does not', () => {
    expect(
      mailIn('en', "Would you mind emailing me a copy of her dental chart? He's asked to have them this week.").dueText,
    ).toBe('this week');
    expect(
      mailIn('en', 'Would you mind emailing me the chart? She asked for it on Monday, which was odd.').due,
    ).toBeNull();
  });

  it('pl: "wrzućcie" after its thing is an imperative', () => {
    expect(mailIn('pl', 'Skan nowego zaświadczenia wrzućcie do folderu na dysku spółdzielni.').isRequest).toBe(true);
  });

  it('en: comments quoted in single quotation marks after bullets ask nothing', () => {
    const body =
      "Hi team,\n\nHere's the round-up of visitor feedback:\n\n- 'Could you put more benches near the pig paddocks? My dad needed a sit-down every ten minutes.' — this came up nine times.\n- 'Can you do a toddler version of the tractor ride?' — six mentions.\n\nOverall rating was 4.7 out of 5.\n\nMegan";
    expect(analyzeFromOla(body, 'en').isRequest).toBe(false);
  });

  it('en: contrast: a bullet that only quotes a word before an ask still asks', () => {
    const body =
      "Hi Eva,\n\nTwo things:\n- 'Could you' is how I'd start the letter.\n- Please send me the invoice by Friday.\n\nOla";
    expect(quoted(body, 'en')).toEqual(['- Please send me the invoice by Friday.']);
  });

  it('en: what someone else will do for the reader is told, not asked', () => {
    const text =
      'Your first day is Monday 9 March — Ben will meet you at the main gate at 8am and take you round the yard before the park opens.';
    expect(mailIn('en', text).isRequest).toBe(false);
    expect(mailIn('en', 'Ben will meet you at the gate at 8am, please bring your ID.').isRequest).toBe(true);
  });

  it.each([
    ['en', 'How was Lisbon? Did you manage to find any decent pools out there, or was it all pastéis de nata?'],
    [
      'nl',
      'Hoe was Lissabon? Heb je daar nog een fatsoenlijk zwembad gevonden, of was het alleen maar pastéis de nata?',
    ],
    ['de', 'Wie war Lissabon? Hast du dort ein anständiges Schwimmbad gefunden, oder gab es nur Pastéis de Nata?'],
    ['pl', 'Jak było w Lizbonie? Znalazłaś tam jakiś porządny basen, czy były same pastéis de nata?'],
  ] as [Lang, string][])('%s: after "How was …?", a question about what the reader did there is talk', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: a question about a task after "How was Lisbon?" asks', () => {
    expect(mailIn('en', 'How was Lisbon? Did you send the invoice to Tom?').isRequest).toBe(true);
  });

  it.each([
    ['nl', "Wil je ruilen, open dan de dienst in de app, tik op 'Ruilen' en kies een collega met dezelfde functie."],
    ['de', 'Willst du tauschen, öffne die Schicht in der App und wähle eine Kollegin aus.'],
    ['pl', 'Jeśli chcesz się zamienić, otwórz dyżur w aplikacji i wybierz osobę z tym samym stanowiskiem.'],
  ] as [Lang, string][])('%s: how to do a thing if the reader wants to asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nl', 'Wil je ruilen, laat het me dan vóór vrijdag weten.', 'vóór vrijdag'],
    ['de', 'Willst du tauschen, sag mir bis Freitag Bescheid.', 'bis Freitag'],
    ['pl', 'Jeśli chcesz się zamienić, daj znać do piątku.', 'do piątku'],
  ] as [Lang, string, string][])('%s: contrast: a word back with a time asks', (lang, text, due) => {
    expect(mailIn(lang, text).dueText).toBe(due);
  });

  it('de: a question after a longer lead-in and its colon asks; a question someone asked, told, does not', () => {
    const asked =
      'mir ist gestern beim Aufräumen der Aufnahmemappen eingefallen: Sind die drei Neuen aus der Eichhörnchengruppe eigentlich schon bei der Unfallkasse gemeldet?';
    expect(mailIn('de', asked).isRequest).toBe(true);
    const told = 'Mein Sohn hat mich gestern beim Abendessen ganz ernst gefragt: Warum ist der Himmel eigentlich blau?';
    expect(mailIn('de', told).isRequest).toBe(false);
  });

  it.each([
    [
      'de',
      'Es eilt überhaupt nicht, aber wenn Sie mir im Laufe der nächsten Woche eine Auswahl von 20 Bildern schicken könnten, würde ich sie gern für den Jahresbericht verwenden.',
      'im Laufe der nächsten Woche',
    ],
    [
      'nb',
      'Det haster ikke, men om du kunne sende meg et utvalg på 20 bilder i løpet av neste uke, ville jeg gjerne brukt dem i årsrapporten.',
      'i løpet av neste uke',
    ],
    [
      'pl',
      'Nic pilnego, ale gdyby mógł mi Pan w przyszłym tygodniu przesłać 20 zdjęć, chętnie wykorzystam je w raporcie.',
      'w przyszłym tygodniu',
    ],
  ] as [Lang, string, string][])(
    '%s: "no hurry, but if you could …, I would …" asks, with its time',
    (lang, text, due) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.dueText).toBe(due);
    },
  );

  it.each([
    ['de', 'Wenn du willst, würde ich dir helfen.'],
    ['pl', 'Gdyby Pan potrzebował pomocy, chętnie pomogę.'],
  ] as [Lang, string][])("%s: contrast: an offer on the reader's wish or need asks nothing", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('pl: "Zależy nam na otrzymaniu oferty w przyszłym tygodniu" gives the ask its time', () => {
    const text =
      'Byłabym wdzięczna, gdyby przesłał nam Pan wycenę na 5000 etykiet. Zależy nam na otrzymaniu oferty w przyszłym tygodniu, bo wtedy zarząd będzie podejmował decyzję.';
    expect(mailIn('pl', text).dueText).toBe('w przyszłym tygodniu');
  });

  it.each([
    [
      'pl',
      'Dzień dobry,\n\ndo wiadomości: dziś rano opublikowaliśmy ogłoszenie. Treść poniżej; rekrutację prowadzi dział kadr, więc z Waszej strony nic nie jest potrzebne.\n\n---\nTrasa zatrudni przewodników na sezon letni.\nPrześlij CV i krótki list motywacyjny na adres rekrutacja@trasa.pl do 31 maja.\n---\n\nOla',
    ],
    [
      'en',
      'Hi all,\n\nFYI: this morning we published the ad. Text below; HR runs it, so nothing is needed from you.\n\n---\nThe Salt Mine Route is hiring guides.\nSend your CV to jobs@example.com by 31 May.\n---\n\nOla',
    ],
  ] as [Lang, string][])('%s: a text passed on below, between rule lines, asks nothing', (lang, body) => {
    expect(analyzeFromOla(body, lang).isRequest).toBe(false);
  });

  it("en: contrast: the ask about the text below stays, not the text's own", () => {
    const body =
      'Hi Eva,\n\nCould you proofread the text below by Friday?\n\n---\nSend your CV to jobs@example.com by 31 May.\n---\n\nOla';
    expect(quoted(body, 'en')).toEqual(['Could you proofread the text below by Friday?']);
  });

  it.each([
    [
      'en',
      'Mum says the flock has been dropping twins left, right and centre this year – you must be running on toast and tea.',
    ],
    ['nl', 'Je moet wel doodmoe zijn na het lammeren.'],
    ['de', 'Du musst nach dem Lammen völlig erschöpft sein.'],
    ['pl', 'Musisz być wykończona po tych wykotach.'],
    ['nb', 'Du må være helt utslitt etter lammingen.'],
  ] as [Lang, string][])('%s: how the reader must feel, guessed, is talk', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'You must be at the gate by 8am.', 'by 8am'],
    ['pl', 'Musisz być gotowa do piątku.', 'do piątku'],
    ['nb', 'Du må være ferdig innen fredag.', 'innen fredag'],
  ] as [Lang, string, string][])('%s: contrast: a duty with its time asks', (lang, text, due) => {
    expect(mailIn(lang, text).dueText).toBe(due);
  });

  it.each([
    ['nl', 'En vergeet de stoelen niet.'],
    ['nb', 'Og ikke glem stolene.'],
  ] as [Lang, string][])('%s: a short reminder of a thing to bring asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['nl', 'En vergeet mijn vraag van gisteren maar.'],
    ['nb', 'Ikke glem at kontoret er stengt.'],
  ] as [Lang, string][])('%s: contrast: "%s" asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });
});

describe('round 119: the readers\' own question told, withdrawn asks, "Nils Anders", leave granted, "so" before an imperative', () => {
  it.each([
    ['nl', 'Een paar van jullie vroegen of er opnieuw een VOG moet worden aangevraagd. Goed nieuws: dat hoeft niet.'],
    [
      'pl',
      'Kilka osób z was pytało, czy na nowy sezon trzeba znowu składać zaświadczenie o niekaralności. Dobra wiadomość: nie trzeba.',
    ],
  ] as [Lang, string][])("%s: the readers' own question, told and answered, asks nothing", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nl: a question the sender answers with "Ja hoor:" asks nothing', () => {
    const text =
      'De wethouder vroeg gisteren of het concert een half uur eerder kan beginnen. Kan dat? Ja hoor: ik heb het al met de koster afgestemd.';
    expect(mailIn('nl', text).isRequest).toBe(false);
  });

  it('nl: "Laat maar zitten met de weeglijst, …" takes the ask back', () => {
    const text =
      'Laat maar zitten met de weeglijst van het groene veem, je hoeft hem me niet meer te sturen: ik heb hem vanochtend al van jullie tasman gekregen.';
    expect(mailIn('nl', text).isRequest).toBe(false);
  });

  it('nb: a line to "Nils Anders" (a second first name that is also a word) is for him, not the reader', () => {
    const body =
      'Hei begge to,\n\nNils Anders – kan du bestille mer tinntråd fra Reinlykke innen torsdag?\n\nInga, dette tar Nils Anders seg av.\n\nOla';
    const a = analyzeFromOla(body, 'nb', { to: ['nilsanders@firma.example', 'inga@firma.example'] });
    expect(a.isRequest).toBe(false);
  });

  it('de: contrast: "Kurze Frage:" is still a label, not a name', () => {
    expect(mailIn('de', 'Kurze Frage: kannst du mir die Liste schicken?').isRequest).toBe(true);
  });

  it('nb: "Ja, selvfølgelig kan du ta fri fredag!" grants leave', () => {
    expect(mailIn('nb', 'Ja, selvfølgelig kan du ta fri fredag!').isRequest).toBe(false);
    expect(mailIn('nb', 'Ja, selvfølgelig kan du sende meg lista?').isRequest).toBe(true);
  });

  it('de: "Und bitte nicht wundern: …" before news asks nothing', () => {
    expect(
      mailIn('de', 'Und bitte nicht wundern: Ab Montag steht in meiner Signatur die neue Durchwahl.').isRequest,
    ).toBe(false);
  });

  it.each([
    ['nb', 'Jeg skal lukke februar-regnskapet, så lever den i Visma senest i morgen.', 'senest i morgen'],
    ['en', "I'm closing the books, so send it to me by tomorrow.", 'by tomorrow'],
    ['nl', 'Ik sluit de boeken af, dus stuur hem uiterlijk morgen.', 'uiterlijk morgen'],
  ] as [Lang, string, string][])(
    '%s: after the sender\'s own step and "so", an imperative with its time asks',
    (lang, text, due) => {
      expect(mailIn(lang, text).dueText).toBe(due);
    },
  );

  it.each([
    ['nb', 'Jeg skal lukke regnskapet, så det blir travelt i morgen.'],
    ['en', "I'm closing the books, so it will be busy tomorrow."],
  ] as [Lang, string][])('%s: contrast: what follows "so" without an ask asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: what the sender does not want in her inbox is no ask, nor its time a deadline', () => {
    const body = "Kerry, can you deal with this one? I'm off tomorrow and I don't want it sitting in my inbox.\n\nDan";
    const a = analyzeFromOla(body, 'en');
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Kerry, can you deal with this one?']);
    expect(a.due).toBeNull();
  });

  it.each([
    ['nl', 'Bel me gerust op 06-1234 5678 als het niet lukt.'],
    ['de', 'Ruf mich gern unter 0171 234567 an, falls es nicht klappt.'],
    ['nb', 'Ring meg gjerne på 912 34 567 hvis det ikke går.'],
  ] as [Lang, string][])('%s: a number to call should it not work is offered, not asked', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['nb', 'Jeg sender deg det endelige oppsettet innen fredag, så har du god tid før første avgang.'],
    ['nl', 'Ik moet het budget op 3 maart indienen, dus ik heb de offerte graag uiterlijk 27 februari binnen.'],
    ['en', "I'm sending the final plan by Friday, so you have plenty of time before the first departure."],
  ] as [Lang, string][])('%s: contrast: a statement after "so" is no imperative', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });
});

describe('round 120: kind wishes, long lead-ins, names in brackets, asides, own times, the hour of a visit, asks called off', () => {
  it.each([
    ['de', "Wär lieb, wenn du mir die bis Ende der Woche in mein Fach legst – oder einscannen, wie's dir lieber ist."],
    ['nl', 'Zou lief zijn als je ze vóór vrijdag in mijn vakje legt.'],
    ['nb', 'Det hadde vært snilt om du la dem i hylla mi innen fredag.'],
    ['pl', 'Fajnie by było, jakbyś je zostawił w mojej przegródce do piątku.'],
  ] as [Lang, string][])('%s: a kind wish that the reader does a thing asks it, with its time', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due).not.toBeNull();
  });

  it('de: contrast: what the sender would rather not have asks nothing', () => {
    expect(mailIn('de', "Mir wär's lieber, wenn du es nicht machst.").isRequest).toBe(false);
  });

  it('pl: "Potrzebuję, żebyś …" asks; "Nie potrzebuję, żebyś …" does not', () => {
    expect(
      mailIn('pl', 'Od 1 lipca dołącza Ania. Potrzebuję, żebyś założył jej konto w systemie rezerwacji.').isRequest,
    ).toBe(true);
    expect(mailIn('pl', 'Nie potrzebuję, żebyś to robił.').isRequest).toBe(false);
  });

  it('nl: a direct ask after a long lead-in and its colon', () => {
    const a = mailIn(
      'nl',
      'Daarom wil ik de urenlijsten van juni eerder binnen hebben dan normaal: zet ze eind van de maand in de map op de computer in de kantine.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('eind van de maand');
  });

  const receipts =
    'Hallo allemaal,\n\n- De verzekering is verlengd.\n- Iedereen die mee was naar het congres in Mechelen (Joost, Anouk, Evert-Jan): lever je bonnetjes eind van de week bij mij in.\n\nGroet,\nMargriet';
  it('nl: a lead-in that names the reader in brackets asks her', () => {
    const me = { name: 'Joost Ligthart', email: 'joost.ligthart@firma.example' };
    const a = analyzeFromOla(receipts, 'nl', { to: ['leden@firma.example'], me });
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('eind van de week');
  });

  it('nl, en: contrast: names in brackets that are not the reader ask someone else', () => {
    expect(analyzeFromOla(receipts, 'nl', { to: ['leden@firma.example'] }).isRequest).toBe(false);
    const crew = 'Hi all,\n\nThe weekend crew (Sam and Rob): please bring the keys on Friday.\n\nThanks';
    expect(analyzeFromOla(crew, 'en', { to: ['crew@firma.example'] }).isRequest).toBe(false);
    const rob = { name: 'Rob Hall', email: 'rob.hall@firma.example' };
    expect(analyzeFromOla(crew, 'en', { to: ['crew@firma.example'], me: rob }).isRequest).toBe(true);
  });

  it.each([
    [
      'de',
      'wie jedes Jahr müssen die Jahresmeldungen (aktive Musiker, Jungmusiker, Fördermitglieder) bis Monatsende bei mir sein.',
    ],
    ['pl', 'Jak co roku zgłoszenia roczne muszą do mnie trafić do końca miesiąca.'],
  ] as [Lang, string][])('%s: what must be with the sender by then asks, an aside in brackets or not', (lang, text) => {
    const a = analyzeFromOla(`Hallo,\n\n${text}\n\nOla`, lang, { to: ['alle@firma.example'] });
    expect(a.isRequest).toBe(true);
    expect(a.due).not.toBeNull();
  });

  it('nb: after a need and "så", a question to all who can asks', () => {
    const body =
      'Hei alle!\n\nOg én ting til: vi mangler fire personer i billettsalget lørdag, så kan alle som ikke allerede har vakt se på lista og skrive seg på en økt?\n\nGunn';
    expect(analyzeFromOla(body, 'nb', { to: ['frivillige@firma.example'] }).isRequest).toBe(true);
  });

  it.each([
    [
      'en',
      "Could you flag anything that still needs a date range? If I can have your list by Monday I'll get it over to Fiona.",
      'by Monday',
    ],
    ['pl', 'Zrób zestawienie. Jeśli dostanę je do poniedziałku, to zdążę z raportem.', 'do poniedziałku'],
  ] as [Lang, string, string][])("%s: the time of the sender having the thing is the ask's", (lang, text, due) => {
    expect(mailIn(lang, text).dueText).toBe(due);
  });

  it.each([
    ['en', 'Any chance you can join us at the boathouse at 7pm Thursday?'],
    ['en', 'Can you come to the meeting at 3pm on Friday?'],
    ['pl', 'Możesz dołączyć do nas w przystani o 19:00 w czwartek?'],
  ] as [Lang, string][])('%s: the hour the reader is asked to be there is no deadline', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each([
    ['en', 'Can you send me the slides before the meeting at 3pm on Friday?'],
    ['en', 'Can you confirm by Thursday at 3pm whether you can join us?'],
  ] as [Lang, string][])('%s: contrast: a time the thing is needed by stays the deadline', (lang, text) => {
    expect(mailIn(lang, text).due).not.toBeNull();
  });

  it('nl: the sender\'s own time before "maar" is not the ask\'s', () => {
    const a = mailIn(
      'nl',
      'Ik stuur vrijdag de complete planning naar iedereen, maar daarvoor moet ik van jou weten hoeveel kuub je nog in het depot hebt liggen. Kun je dat morgen even doorgeven?',
    );
    expect(a.dueText).toBe('morgen');
  });

  it('en: contrast: the ask after "but" keeps its own time', () => {
    expect(mailIn('en', "I'll send the plan on Friday, but could you send me the figures by tomorrow?").dueText).toBe(
      'by tomorrow',
    );
  });

  it("pl: the sender's own doing by Friday is not the deadline of the ask after it", () => {
    const a = mailIn(
      'pl',
      'ja do piątku ogarnę opisy do nowej kolekcji, a Maciek ma je wrzucić na początku marca. Mogłabyś przy okazji zrobić zdjęcia tych kolczyków? Nie pali się.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it.each([
    ['pl', 'To u Ciebie jest największa sala, więc przejmij to proszę.'],
    ['pl', 'Przejrzyj to proszę.'],
  ] as [Lang, string][])('%s: an imperative with "proszę" after it asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['pl', 'Witaj, proszę.'],
    ['pl', 'Dzień dobry, kawę poproszę.'],
  ] as [Lang, string][])('%s: contrast: a greeting or an order for oneself is no ask', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    [
      'pl',
      'moja wczorajsza prośba o przygotowanie sali na szkolenie jest już nieaktualna. Trener może tylko we wtorek.',
    ],
    ['en', 'My request for the hall on Saturday is no longer needed – the trainer cancelled.'],
    ['nl', 'Mijn verzoek om de zaal klaar te zetten vervalt, de training gaat niet door.'],
    ['de', 'Meine Bitte wegen des Saals hat sich erledigt.'],
    ['nb', 'Forespørselen min om å gjøre klar salen er ikke lenger aktuell.'],
  ] as [Lang, string][])("%s: the sender's earlier ask called off asks nothing", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('pl: contrast: an ask said to stand asks', () => {
    expect(mailIn('pl', 'Moja prośba o salę jest aktualna, przygotuj ją na wtorek.').isRequest).toBe(true);
  });
});

describe("round 121: a look if you fancy, how many and when, a need asked of someone else, news after a label, the sender's past day", () => {
  it.each([
    ['en', 'Have a look on the shared drive if you fancy a nosy.'],
    ['en', 'If you fancy a nosy, the footage is on the drive.'],
    ['nl', 'Kijk gerust even op de schijf als je zin hebt.'],
    ['pl', 'Zajrzyj na dysk, jeśli masz ochotę.'],
    ['nb', 'Ta en titt på fellesdisken hvis du har lyst.'],
  ] as [Lang, string][])('%s: a look the reader may take if she likes asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Have a look at the draft if you get a chance.'],
    ['pl', 'Zajrzyj na dysk, jeśli masz chwilę.'],
    ['nb', 'Ta en titt på lista hvis du har tid.'],
  ] as [Lang, string][])('%s: contrast: a look if there is time asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['en', 'How many wheelchair users will there be in the group?'],
    ['en', 'When is the van due back?'],
    ['en', 'Which trailer would suit our slip best?'],
  ] as [Lang, string][])('%s: a question of how many, when or which asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    ['en', 'How many times do I have to say this?'],
    ['en', 'How much longer will this take?'],
  ] as [Lang, string][])('%s: contrast: a sigh put as a question asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it("nl: a need that a line to someone else by name asks of that person is not the reader's", () => {
    const body =
      'Hoi Eva en Rinus,\n\nIk mis nog de weegbonnen van vorige week. Eva, jouw deel heb ik vrijdag binnengekregen, dank je! Rinus, kun jij de rest vóór donderdag mailen?\n\nMarieke';
    const a = analyzeFromOla(body, 'nl', { to: ['eva.lund@firma.example', 'rinus.schot@firma.example'] });
    expect(a.isRequest).toBe(false);
  });

  it('nl: contrast: the same need with no one else named asks the reader', () => {
    const body = 'Hoi Eva en Rinus,\n\nIk mis nog de weegbonnen van vorige week.\n\nMarieke';
    const a = analyzeFromOla(body, 'nl', { to: ['eva.lund@firma.example', 'rinus.schot@firma.example'] });
    expect(a.isRequest).toBe(true);
  });

  it('en: news after a label asks nothing', () => {
    expect(
      mailIn(
        'en',
        "Quick one before term starts: the county council's tightened up on checks for the school contracts.",
      ).isRequest,
    ).toBe(false);
  });

  it.each([
    ['en', 'Quick favour: could you move the van?'],
    ['en', 'One more thing: the invoices need to be in by Friday.'],
  ] as [Lang, string][])('%s: contrast: an ask after a label asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('pl: the day the sender sent a thing is no deadline', () => {
    const a = mailIn('pl', 'Zerknąłbyś na ofertę, co Ci wysłałem w piątek?');
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('pl: contrast: the day the reader is asked to send it is', () => {
    expect(mailIn('pl', 'Wysłałbyś mi ofertę w piątek?').due).not.toBeNull();
  });

  it.each([
    ['en', 'Fiona – have you got a sec? Do you know whether it was ever scanned?', 'Do you know'],
    ['nl', 'Heb je even? Weet jij of de sleutel nog bij de koster ligt?', 'Weet jij'],
    ['de', 'Hast du kurz Zeit? Weißt du, ob der Schlüssel noch beim Mesner ist?', 'Weißt du'],
    ['pl', 'Masz chwilę? Wiesz, czy klucz jest jeszcze u kościelnego?', 'Wiesz'],
    ['nb', 'Har du et øyeblikk? Vet du om nøkkelen fortsatt er hos kirketjeneren?', 'Vet du'],
  ] as [Lang, string, string][])(
    "%s: a question for the reader's attention is not quoted beside the ask",
    (lang, text, ask) => {
      const spans = mailIn(lang, text).requestSpans.map((s) => s.text);
      expect(spans).toHaveLength(1);
      expect(spans[0]).toContain(ask);
    },
  );

  it('en: contrast: alone, it asks', () => {
    expect(mailIn('en', 'Have you got a minute?').isRequest).toBe(true);
  });

  it('en: contrast: "Where has April gone?" asks nothing, "Where are the van keys?" does', () => {
    expect(mailIn('en', 'Where has April gone? I seem to say that every month.').isRequest).toBe(false);
    expect(mailIn('en', 'Where are the van keys?').isRequest).toBe(true);
  });
});

describe('round 122: a list ask to someone else, "laat maar zitten Geert", "Mind, is …?", wishes to get it from the reader, a call should things change, days of a thing, not-before, where the reader will be', () => {
  it('pl: a second-person question to a named colleague on a list is for her', () => {
    const body =
      'Dzień dobry,\n\nMarta jest od środy do piątku na targach, więc jej grupy przechodzą na kogoś innego.\n\nSylwia, przejmiesz od środy grupy ukraińskie i litewskie? Reszta zostaje bez zmian.\n\nAgnieszka';
    const marta = { name: 'Marta Wądołowska', email: 'marta.wadolowska@firma.example' };
    expect(analyzeFromOla(body, 'pl', { to: ['rezerwacje@firma.example'], me: marta }).isRequest).toBe(false);
    const sylwia = { name: 'Sylwia Nowak', email: 'sylwia.nowak@firma.example' };
    expect(analyzeFromOla(body, 'pl', { to: ['rezerwacje@firma.example'], me: sylwia }).isRequest).toBe(true);
  });

  it('nl: "Laat maar zitten Geert, …" takes the ask back', () => {
    expect(mailIn('nl', 'Laat maar zitten Geert, ik heb hem al gevonden.').isRequest).toBe(false);
  });

  it('en: a yes/no question about a thing after "Mind," asks', () => {
    expect(
      mailIn(
        'en',
        'Mind, is the spare impeller still in the store or did it go back to Camborne with the gland packing?',
      ).isRequest,
    ).toBe(true);
  });

  it.each([
    [
      'de',
      'Es wär schön, wenn ich nächste Woche einen ersten Entwurf vom Haushaltsplan von dir kriegen könnte, dann können wir den in Ruhe durchsprechen.',
    ],
    ['pl', 'Byłoby super, gdybym w przyszłym tygodniu dostał od Ciebie pierwszą wersję budżetu.'],
  ] as [Lang, string][])('%s: the wish to get a thing from the reader asks, with its time', (lang, text) => {
    const a = mailIn(lang, text);
    expect(a.isRequest).toBe(true);
    expect(a.due).not.toBeNull();
  });

  it.each([
    ['pl', 'W razie zmian proszę dzwonić, telefon mam cały czas przy sobie.'],
    ['en', 'In case of any changes, please call me on 07700 900123.'],
    ['nl', 'Bij wijzigingen graag even bellen.'],
    ['de', 'Bei Änderungen bitte kurz anrufen.'],
  ] as [Lang, string][])('%s: whom to call should things change is offered, not asked', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('de: the days a thing is of are no deadline; "heute noch" is', () => {
    const a = mailIn(
      'de',
      'Ich bräuchte die Gesamtzahlen von Samstag und Sonntag heute noch, Redaktionsschluss ist morgen früh.',
    );
    expect(a.dueText).toMatch(/^heute/);
  });

  it('nb: a slot not free before Thursday is no deadline for the ask beside it', () => {
    const a = mailIn(
      'nb',
      'Har ringt dyrlegen, men de har ikke ledig time før torsdag. Kan du ringe forsikringa og høre om de dekker akutttime? Helst så snart som mulig.',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('nb: contrast: "før torsdag" in the ask is its deadline', () => {
    expect(mailIn('nb', 'Kan du sende den før torsdag?').dueText).toBe('før torsdag');
  });

  it('en: where the reader will be, asked to be sure, gives no deadline; the relayed one does', () => {
    const a = mailIn(
      'en',
      "He wants photos of the new guard rail, and he needs them within two days. You're down the engine house this afternoon aren't you? Could you grab a few on your phone and send them straight to him?",
    );
    expect(a.dueText).toBe('within two days');
  });

  it('pl: a reminder that roads are closed is news, and "oddz." does not end its sentence', () => {
    const text =
      'Proszę każdego leśniczego o wstępny szacunek do czwartku. Przypominam też, że drogi stokowe w oddz. 112 i 118 są zamknięte do odwołania.';
    const spans = mailIn('pl', text).requestSpans.map((s) => s.text);
    expect(spans).toEqual(['Proszę każdego leśniczego o wstępny szacunek do czwartku.']);
    expect(sentencesOf('Drogi w oddz. 112 są zamknięte.', 0, 31).map((s) => s.text)).toHaveLength(1);
  });
});

describe('round 123: leave someone gave, a dialect need from each branch, "einfach … eintragen", a relayed want after a label, a third party\'s question with its time', () => {
  it.each([
    ['en', 'Mrs Rigg has kindly said team vehicles can use her field by the farm in the meantime.'],
    ['nl', 'De boer heeft gezegd dat we zijn weiland mogen gebruiken.'],
    ['de', 'Frau Rigg hat netterweise gesagt, dass wir ihre Wiese nutzen dürfen.'],
    ['pl', 'Pani Rigg powiedziała, że możemy korzystać z jej pola.'],
    ['nb', 'Fru Rigg har sagt at vi kan bruke jordet hennes.'],
  ] as [Lang, string][])('%s: leave someone else gave, told, asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('en: contrast: an ask beside the leave still asks', () => {
    expect(
      mailIn('en', 'The farmer has said you can pick up the keys from him, so please do that by Friday.').isRequest,
    ).toBe(true);
  });

  it('de: a need from each branch, the verb first, in dialect, and "Einfach … eintragen" ask', () => {
    const body =
      'Servus mitnander,\n\nDamit mir planen könnet, bräucht i von jeder Filiale die Mengen heute noch. Einfach in die Liste im Anhang eintragen und zurückschicken.\n\nGruß\nGerhard';
    const a = analyzeFromOla(body, 'de', { to: ['filialen@firma.example'] });
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans).toHaveLength(2);
    expect(a.dueText).toMatch(/^heute/);
  });

  it('nl: a third party\'s want after a short label sets the deadline, and "max." does not end the ask', () => {
    const a = mailIn(
      'nl',
      'Eén ding nog: de drukker wil alle teksten voor de folder morgen binnen hebben. Zou jij de beschrijving nog even kunnen inkorten tot max. 80 woorden? Nu zijn het er bijna 200.',
    );
    expect(a.dueText).toBe('morgen');
    expect(a.requestSpans.map((s) => s.text)).toContain(
      'Zou jij de beschrijving nog even kunnen inkorten tot max. 80 woorden?',
    );
  });

  it.each([
    [
      'en',
      'The transport crew are asking whether the sculptures go in crates or on pallets. They need to know by 10am tomorrow.',
    ],
    [
      'pl',
      'Ekipa od transportu pyta, czy rzeźby jadą w skrzyniach, czy na paletach. Muszą to wiedzieć jutro do 10:00, inaczej nie zarezerwują auta.',
    ],
    [
      'nl',
      'De transporteur vraagt of de beelden in kisten of op pallets gaan. Ze moeten het morgen vóór 10.00 uur weten.',
    ],
    ['nb', 'Transportfirmaet spør om skulpturene skal i kasser eller på paller. De må vite det innen kl. 10 i morgen.'],
  ] as [Lang, string][])(
    "%s: a third party's question passed on with the time they must know by asks it",
    (lang, text) => {
      const a = mailIn(lang, text);
      expect(a.isRequest).toBe(true);
      expect(a.due).not.toBeNull();
    },
  );

  it('en: contrast: a question told and answered asks nothing', () => {
    expect(
      mailIn('en', 'The transport crew asked whether the sculptures go in crates. I told them crates.').isRequest,
    ).toBe(false);
  });

  it('de: contrast: what the sender no longer needs from the reader asks nothing', () => {
    expect(
      mailIn(
        'de',
        'vergiss meine Mail von heute Morgen – die Umsatzzahlen für Mai brauche ich doch nicht von dir. Die Steuerberaterin hat sie direkt gezogen.',
      ).isRequest,
    ).toBe(false);
  });
});

describe('round 124: a mailbox named for one person, "is there anything in it about …?", asks not needed after all, notes to tell, the sender away, needed no earlier', () => {
  it('nl: read at mo@, a question to Ruud on a list mail is his', () => {
    const body =
      'Goeiemorgen allemaal,\n\nDe keurmeester komt woensdag om 10 uur.\n\nRuud, kun jij zorgen dat de certificaten klaarliggen? Die wil hij als eerste zien.\n\nPriscilla';
    const mo = { name: '', email: 'mo@firma.example' };
    expect(analyzeFromOla(body, 'nl', { to: ['werf@firma.example'], me: mo }).isRequest).toBe(false);
    const ruud = { name: '', email: 'ruud@firma.example' };
    expect(analyzeFromOla(body, 'nl', { to: ['werf@firma.example'], me: ruud }).isRequest).toBe(true);
  });

  it('nl: contrast: read at a shared mailbox, it may be for the reader', () => {
    const body = 'Goeiemorgen allemaal,\n\nRuud, kun jij zorgen dat de certificaten klaarliggen?\n\nPriscilla';
    const info = { name: '', email: 'info@firma.example' };
    expect(analyzeFromOla(body, 'nl', { to: ['info@firma.example'], me: info }).isRequest).toBe(true);
  });

  it.each([
    ['nl', 'Staat er in het nieuwe addendum iets over wie de kosten draagt?'],
    ['de', 'Steht im neuen Nachtrag etwas dazu, wer die Kosten trägt?'],
    ['nb', 'Én ting: står det noe i det nye tillegget om hvem som tar kostnaden? Jeg fant det ikke i vedlegget.'],
    ['pl', 'Nie wiesz może, czy zamek będzie wtedy otwarty? Bo na stronie jest co innego.'],
  ] as [Lang, string][])(
    '%s: whether a paper says anything about a thing, or "Nie wiesz może, czy …?", asks',
    (lang, text) => {
      expect(mailIn(lang, text).isRequest).toBe(true);
    },
  );

  it('pl: a plural imperative after its thing asks, with its time', () => {
    const a = mailIn('pl', 'Poprawione wersje oddajcie mi w przyszłym tygodniu, najlepiej w tym samym pliku.');
    expect(a.isRequest).toBe(true);
    expect(a.due).not.toBeNull();
  });

  it.each([
    [
      'en',
      "I was going to ask if you could cover the AGM on the 29th, but Jamie's kindly stepped in, so you're off the hook!",
    ],
    ['nl', 'Ik wilde je vragen of je de ALV op de 29e kon overnemen, maar Jamie springt al in, dus je bent vrij!'],
    ['pl', 'Chciałam cię zapytać, czy mogłabyś poprowadzić zebranie 29., ale Jamie już się zgłosiła, więc masz wolne!'],
    ['en', 'Just a quick note to let you know that our Year 2s raised £420 for the sanctuary!'],
  ] as [Lang, string][])('%s: an ask meant but not needed, or a note to tell news, asks nothing', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it.each([
    ['en', 'Just a quick note to let you know the forms are in – could you sign them by Friday?'],
    ['en', 'I was going to ask if you could cover the AGM, but could you do the minutes instead?'],
  ] as [Lang, string][])('%s: contrast: an ask after it still asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it('pl: where the sender is until Sunday, the time first, is no deadline', () => {
    const a = mailIn('pl', 'Odpowiesz tej pani? Ja do niedzieli jestem w Krakowie i nie mam głowy.');
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });

  it('nl: "Ze willen morgen weten of …" sets the deadline of the ask to answer them', () => {
    const a = mailIn(
      'nl',
      'Van de havendienst, zie onder. Ze willen morgen weten of we de ligplaats nog nodig hebben, anders gaat ie naar een ander. Wil jij ze even antwoorden?',
    );
    expect(a.dueText).toBe('morgen');
  });

  it.each([
    ['nb', 'Kunne du satt opp et grovt kostnadsoverslag? Trenger det ikke før neste uke, så ta det når du har luft.'],
    ['en', "Could you do a rough cost estimate? I don't need it before next week, so no rush."],
    ['de', 'Kannst du einen groben Kostenvoranschlag machen? Ich brauche es erst nächste Woche.'],
    ['nl', 'Kun je een ruwe kostenraming maken? Ik heb het pas volgende week nodig.'],
  ] as [Lang, string][])('%s: a thing needed no earlier than a time is due then', (lang, text) => {
    expect(mailIn(lang, text).due).not.toBeNull();
  });

  it('nb: contrast: a slot not free before Thursday stays no deadline', () => {
    const a = mailIn(
      'nb',
      'Har ringt dyrlegen, men de har ikke ledig time før torsdag. Kan du ringe forsikringa? Helst så snart som mulig.',
    );
    expect(a.due).toBeNull();
  });
});

describe('round 125: "podmień", "Potrzebny mi …", "Hadde satt pris på om du …", shrugs and thanks, the sender\'s word to come, "św."', () => {
  it.each([
    ['pl', 'Jak znajdziesz chwilę, podmień cennik na nowy.'],
    [
      'pl',
      'Słuchaj, wydawnictwo się odezwało. Potrzebny mi raport z konserwacji kielicha z opisem ubytków – do piątku, bo w poniedziałek oddajemy teksty.',
    ],
    ['nb', 'Hadde satt pris på om du kunne se over budsjettforslaget og godkjenne det i løpet av neste uke.'],
  ] as [Lang, string][])('%s: an ask the cues missed asks', (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(true);
  });

  it.each([
    [
      'pl',
      'Woda niska. Jak tak dalej pójdzie, to w przyszłym tygodniu trasa będzie spacerem, no ale co zrobisz, deszczu nie wymodlę, nie?',
    ],
    ['pl', 'Jeszcze raz – Bóg zapłać!'],
    ['en', 'If it keeps up the river will be a walk, but what can you do, eh?'],
    [
      'nl',
      'Het portaal sluit maandag, dus ik zet de aanvraag maandagochtend in de map en laat je dan weten wanneer hij getekend moet worden.',
    ],
    ['pl', 'Nie potrzebny mi ten raport.'],
  ] as [Lang, string][])("%s: a shrug, thanks or the sender's own word to come asks nothing", (lang, text) => {
    expect(mailIn(lang, text).isRequest).toBe(false);
  });

  it('nl: contrast: "laat me weten" still asks', () => {
    expect(mailIn('nl', 'Laat me vóór vrijdag weten of het lukt.').isRequest).toBe(true);
  });

  it('pl: "św." does not end the ask, whose time follows', () => {
    const a = mailIn(
      'pl',
      'A mogłabyś mi jeszcze podesłać skany kwater z męczeństwem św. Wojciecha w lepszej rozdzielczości? Najlepiej do czwartku do 12:00.',
    );
    expect(a.requestSpans[0]!.text).toContain('w lepszej rozdzielczości?');
    expect(a.due).not.toBeNull();
  });
});
