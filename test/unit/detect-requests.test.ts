// Request detection per language and phenomenon: table-driven, written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../utils/detect';
import type { Lang } from '../../utils/languages';
import type { MessageSnapshot } from '../../utils/webmail/types';

const READER = 'anna.berg@firma.example';

function mail(body: string, over: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    messageId: 'm1',
    threadId: 't1',
    from: { name: 'Karl Olsen', email: 'karl.olsen@firma.example' },
    to: [{ name: 'Anna Berg', email: READER }],
    cc: [],
    sentAt: '2026-03-04T10:00:00+01:00',
    subject: 'Subject',
    bodyText: body,
    hasAttachments: false,
    isFromMe: false,
    ...over,
  };
}

/** The mail analysed for the reader (Anna Berg at READER unless `reader` names another). */
function analyze(
  body: string,
  lang: Lang,
  over: Partial<MessageSnapshot> = {},
  reader: { email: string; name: string } = { email: READER, name: 'Anna Berg' },
) {
  return analyzeEmail(mail(body, over), {
    now: new Date('2026-03-04T10:00:00+01:00'),
    myAddresses: [reader.email],
    myName: reader.name,
    orgDomains: [],
    defaultLanguage: lang,
  });
}

type Row = [lang: Lang, phenomenon: string, body: string];

const requests: Row[] = [
  [
    'en',
    'polite question',
    'Hi Anna,\n\nCould you look over the warehouse rota for March and tell me if the late shifts add up?\n\nKarl',
  ],
  ['en', 'imperative', 'Anna,\n\nPlease send the signed lease addendum to the landlord.\n\nThanks,\nKarl'],
  [
    'en',
    'indirect',
    "Hi Anna,\n\nI'd appreciate it if you could double-check the VAT codes on the Brenner invoices.\n\nBest,\nKarl",
  ],
  [
    'en',
    'buried after small talk',
    'Hi Anna,\n\nHope the move went well and the kids like the new school! The weather here has been awful.\n\nBy the way, do you know whether the fire drill is still planned for next month?\n\nKarl',
  ],
  ['en', 'need', 'Anna,\n\nI need the headcount figures for the board pack by end of day.\n\nKarl'],
  [
    'nl',
    'polite question',
    'Hoi Anna,\n\nZou je de planning voor de inventarisatie willen nakijken?\n\nGroeten,\nKarl',
  ],
  ['nl', 'indirect', 'Hoi Anna,\n\nIk hoor graag of de nieuwe badges al besteld zijn.\n\nGroet,\nKarl'],
  [
    'nl',
    'imperative',
    'Anna,\n\nStuur me even de offerte van de schoonmaakfirma, dan leg ik hem bij de directie neer.\n\nKarl',
  ],
  [
    'de',
    'polite question',
    'Hallo Anna,\n\nkönntest du mir die Wartungsprotokolle der Presse 4 weiterleiten?\n\nViele Grüße\nKarl',
  ],
  [
    'de',
    'indirect',
    'Hallo Anna,\n\nich bitte um kurze Rückmeldung, ob die Schulungsräume am Standort Nord frei sind.\n\nGruß\nKarl',
  ],
  [
    'de',
    'information question',
    'Hallo Anna,\n\nweißt du, ob die Zollpapiere für die Lieferung nach Basel schon unterwegs sind?\n\nKarl',
  ],
  [
    'pl',
    'polite question',
    'Cześć Anna,\n\nczy mogłabyś sprawdzić stan zamówienia na papier do drukarek?\n\nPozdrawiam,\nKarol',
  ],
  ['pl', 'indirect', 'Dzień dobry,\n\nproszę o przesłanie zestawienia kosztów podróży za luty.\n\nPozdrawiam\nKarol'],
  ['pl', 'reminder', 'Anno,\n\nprzypominam o raporcie z inwentaryzacji, czekam na niego do piątku.\n\nKarol'],
  ['nb', 'polite question', 'Hei Anna,\n\nKan du sjekke om kundelisten er oppdatert før møtet?\n\nHilsen\nKarl'],
  ['nb', 'indirect', 'Hei Anna,\n\nGi meg beskjed når kontrakten med leverandøren er signert.\n\nMvh\nKarl'],
  ['nb', 'group obligation', 'Hei alle,\n\nAlle ansatte må fylle ut timelistene sine innen fredag.\n\nHilsen\nKarl'],
];

const nonRequests: Row[] = [
  ['en', 'FYI', 'Hi Anna,\n\nFYI: the car park will be resurfaced over the weekend, no action needed.\n\nKarl'],
  [
    'en',
    'thanks',
    'Hi Anna,\n\nThank you so much for covering the front desk yesterday, it made a real difference.\n\nKarl',
  ],
  ['en', 'own commitment', "Hi Anna,\n\nI'll send you the updated forecast by Friday.\n\nKarl"],
  [
    'en',
    'courtesy offer',
    'Hi Anna,\n\nThe new expense policy is now on the intranet. Let me know if you have any questions.\n\nKarl',
  ],
  [
    'en',
    'addressed to someone else',
    'Hi both,\n\nTom – can you book the large meeting room for the audit kickoff?\n\nKarl',
  ],
  ['en', 'please note', 'Hi all,\n\nPlease note that the office will close at 3pm on Friday.\n\nKarl'],
  [
    'en',
    'rhetorical',
    'Hi all,\n\nWho would have thought we would hit our target in October? Great work everyone.\n\nKarl',
  ],
  ['nl', 'own commitment', 'Hoi Anna,\n\nIk stuur je morgen de definitieve cijfers.\n\nGroeten,\nKarl'],
  ['nl', 'please note', "Beste collega's,\n\nLet op: de kantine is volgende week gesloten wegens verbouwing.\n\nKarl"],
  [
    'de',
    'courtesy offer',
    'Hallo Anna,\n\ndie Reisekostenrichtlinie wurde aktualisiert. Bei Fragen melde dich gerne.\n\nGruß\nKarl',
  ],
  [
    'de',
    'rhetorical',
    'Hallo zusammen,\n\nwer hätte gedacht, dass wir das Projekt so früh abschließen? Danke an alle!\n\nKarl',
  ],
  ['pl', 'thanks', 'Cześć Anna,\n\ndzięki za pomoc przy audycie, wszystko poszło sprawnie.\n\nKarol'],
  ['pl', 'own commitment', 'Cześć Anna,\n\nprześlę ci jutro poprawioną wersję umowy.\n\nKarol'],
  ['nb', 'own commitment', 'Hei Anna,\n\nJeg sender deg referatet i morgen.\n\nHilsen\nKarl'],
  ['nb', 'please note', 'Hei alle,\n\nVær oppmerksom på at strømmen blir koblet ut på lørdag mellom 8 og 12.\n\nKarl'],
];

describe('requests are found', () => {
  it.each(requests)('%s: %s', (lang, _phenomenon, body) => {
    const a = analyze(body, lang);
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.length).toBeGreaterThan(0);
    for (const s of a.requestSpans) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('non-requests are left alone', () => {
  it.each(nonRequests)('%s: %s', (lang, _phenomenon, body) => {
    const toBoth = {
      to: [
        { name: 'Anna Berg', email: READER },
        { name: 'Tom Hale', email: 'tom.hale@firma.example' },
      ],
    };
    expect(analyze(body, lang, toBoth).isRequest).toBe(false);
  });
});

describe('request kinds and addressees', () => {
  it('marks a question as a question', () => {
    expect(analyze('Hi Anna,\n\nDo you know who owns the Zephyr account now?\n\nKarl', 'en').kind).toBe('question');
  });
  it('marks an approval request', () => {
    expect(analyze('Hi Anna,\n\nCan you approve the purchase order for the new forklift?\n\nKarl', 'en').kind).toBe(
      'approval',
    );
  });
  it('ignores requests when the greeting names someone else and the reader is only in cc', () => {
    const a = analyze('Hei Mari,\n\nKan du sende meg tilbudet innen fredag?\n\nKarl', 'nb', {
      to: [{ name: 'Mari Dahl', email: 'mari.dahl@firma.example' }],
      cc: [{ name: 'Anna Berg', email: READER }],
    });
    expect(a.isRequest).toBe(false);
  });
  it('treats @mentions of another person as not for the reader', () => {
    expect(analyze('Hoi allemaal,\n\n@Piet kun jij de sleutels ophalen?\n\nKarl', 'nl').isRequest).toBe(false);
  });
  it('treats out-of-office replies as no request', () => {
    const a = analyze(
      'Thank you for your email. I am out of the office until 12 March. For urgent matters please contact Tom Hale.',
      'en',
    );
    expect(a.isRequest).toBe(false);
    expect(a.automated).toBe(false);
  });
  it('judges only the new text of a reply, not the quote', () => {
    const body =
      'Done, it is in the shared folder.\n\nKarl\n\nOn Tue, 3 Mar 2026 at 09:00, Anna Berg <anna.berg@firma.example> wrote:\n> Could you upload the slides by Wednesday?';
    expect(analyze(body, 'en').isRequest).toBe(false);
  });
});

describe('the sentences quoted as the request', () => {
  // Context that states a need, or small talk with a question mark, beside a clear ask: only the
  // ask is quoted (what the sidebar and popup show after "X asks:").
  const cases: [Lang, string, string][] = [
    [
      'en',
      'Hi Anna,\n\nFor the board pack in October we need updated headcount figures from every cost centre. Could you please send me yours by Friday?\n\nThanks,\nKarl',
      'Could you please send me yours by Friday?',
    ],
    [
      'de',
      'Hallo Anna,\n\nwie war denn dein Urlaub an der Ostsee? Kannst du mir bitte deine Reisekostenabrechnungen bis Freitag schicken?\n\nDanke,\nKarl',
      'Kannst du mir bitte deine Reisekostenabrechnungen bis Freitag schicken?',
    ],
    [
      'nb',
      'Hei Anna,\n\nFor å komme i gang med budsjettet trenger vi tallene fra avdelingen din. Kan du sende meg dem innen fredag?\n\nHilsen Karl',
      'Kan du sende meg dem innen fredag?',
    ],
  ];
  for (const [lang, body, ask] of cases) {
    it(`${lang}: quotes the ask, not the context around it`, () => {
      const a = analyze(body, lang);
      expect(a.isRequest).toBe(true);
      expect(a.requestSpans.map((s) => body.slice(s.start, s.end))).toEqual([ask]);
    });
  }
});

describe('round 13: asks and non-asks found on fresh mail', () => {
  /** The mail read by `local`@firma.example, named as the address spells it ("jake.turner" is Jake Turner). */
  const run = (body: string, lang: Lang, local: string) => {
    const email = `${local}@firma.example`;
    const others = ['helen.cross', 'tom.hart'].map((o) => ({ name: '', email: `${o}@firma.example` }));
    const name = local
      .split('.')
      .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
      .join(' ');
    return analyze(body, lang, { to: [{ name: '', email }, ...others] }, { email, name });
  };
  it.each([
    [
      'nb',
      'stian.eide',
      'Stian – stillaset mangler rekkverk i 3. etasje. Få det sikret i dag, Arbeidstilsynet kommer i morgen.\n\nRune',
    ],
    [
      'nb',
      'siri.holm',
      'Hei alle,\n\nEn påminnelse om at sensuren må være registrert i eksamenssystemet innen 12.06. Studentene får automatisk melding når resultatet er publisert.\n\nPer',
    ],
    [
      'en',
      'jake.turner',
      "Hi Helen, Jake,\n\nI'd like to do a post-incident review. Can you both join a call on Thursday at 2pm?\n\nKwame",
    ],
  ] as [Lang, string, string][])('%s asks (read by %s): %s', (lang, local, body) => {
    const a = run(body, lang, local);
    expect(a.isRequest).toBe(true);
    expect(a.automated).toBe(false);
  });
  it.each([
    [
      'nb',
      'petter.moen',
      'Hei, og takk for henvendelsen.\n\nJeg har juleferie og er tilbake på kontoret mandag 4. januar. E-post blir ikke lest i denne perioden.\n\nGjelder henvendelsen konserten, kan du kontakte vakthavende produsent.\n\nSissel',
    ],
    [
      'pl',
      'filip.nowak',
      'Dzień dobry,\n\ndziękuję za współpracę przy rekrutacji. Miło było pracować z tak zorganizowanym zespołem – liczę na kolejne wspólne projekty.\n\nSylwia',
    ],
    [
      'pl',
      'filip.nowak',
      'Szanowni Państwo,\n\nod 1 września parking przy budynku C jest tylko dla gości. Prosimy o zwrócenie uwagi na nowe oznakowanie przy wjeździe.\n\nGrażyna',
    ],
    [
      'en',
      'mark.oyelowo',
      "Hi Mark,\n\nTuesday at 11 works perfectly – see you then. I'll bring the floor plan.\n\nCallie",
    ],
    ['en', 'jake.turner', 'Hi Helen, Tom,\n\nCan you both join a call on Thursday at 2pm?\n\nKwame'],
  ] as [Lang, string, string][])('%s asks nothing of the reader (%s): %s', (lang, local, body) => {
    expect(run(body, lang, local).isRequest).toBe(false);
  });
  it.each([
    ['pl', 'filip.nowak', 'Dzień dobry,\n\nliczę na Pana pomoc przy ocenie ofert do piątku.\n\nSylwia'],
    ['nb', 'stian.eide', 'Hei,\n\nFå av dere har levert timelister. Kan du sende dine i dag?\n\nRune'],
    ['en', 'mark.oyelowo', 'Hi Mark,\n\nTuesday works. Can you book the room so I can see you then?\n\nCallie'],
  ] as [Lang, string, string][])('%s: contrast: still an ask (%s): %s', (lang, local, body) => {
    expect(run(body, lang, local).isRequest).toBe(true);
  });
});

describe('round 13: a need or a group duty with its deadline, a copy turned to by an initial', () => {
  it.each([
    ['en', 'Anna,\n\nNeed the inspection cert sent over before 3pm today or I can’t let the roofers up.\n\nMarek'],
    [
      'en',
      'Morning Anna,\n\nI need three strong CVs, formatted and with your screening notes, by Tuesday 4pm.\n\nHarriet',
    ],
    [
      'en',
      'Good morning all,\n\nEveryone working in production, dispatch or the lab must complete the refresher by 30 June.\n\nCraig',
    ],
    ['nl', 'Anna,\n\nIk heb vóór 16.00 uur het overzicht nodig van alle transacties boven de € 10.000.\n\nOlivier'],
  ] as [Lang, string][])('%s asks: %s', (lang, body) => {
    const a = analyze(body, lang);
    expect(a.isRequest).toBe(true);
    expect(a.due).not.toBeNull();
  });
  it.each([
    ['en', 'Anna,\n\nWe need to finish the slides by Friday, so I am working late.\n\nMarek'],
    ['en', 'Anna,\n\nI need three strong CVs for the role, the client was clear about that.\n\nHarriet'],
    ['nl', 'Anna,\n\nWe hebben geen nieuwe stoelen nodig vóór de zomer.\n\nOlivier'],
  ] as [Lang, string][])(
    '%s: contrast: a need without a deadline or the sender’s own task asks nothing: %s',
    (lang, body) => {
      expect(analyze(body, lang).isRequest).toBe(false);
    },
  );
  it('a copy turned to by a first name with her initial, past a bracket', () => {
    // Read by a.kurek@, whose first name nothing gives but its initial.
    const email = 'a.kurek@wydawnictwo.example';
    const read = (body: string) =>
      analyze(
        body,
        'pl',
        { to: [{ name: '', email: 'h.banas@pisarka.example' }], cc: [{ name: '', email }] },
        { email, name: 'A Kurek' },
      );
    const body =
      'Pani Hanno,\n\ndziękuję za odesłanie poprawek. Większość uwag redakcji Pani przyjęła.\n\nAniu (jesteś w kopii) – czy możesz do wtorku nanieść poprawki na skład?\n\nRobert';
    expect(read(body).isRequest).toBe(true);
    // Contrast: a first name with another initial is someone else's.
    expect(read(body.replace('Aniu', 'Kasiu')).isRequest).toBe(false);
  });
});

describe('round 14: asks passed on or cut short, duties named, a copy asked by title, no duty', () => {
  it.each([
    ['en', 'Hi Anna,\n\nThe exam board asks you to enter the missing forms by the end of the month.\n\nPiet'],
    [
      'nl',
      'Geachte mevrouw Berg,\n\nDe examencommissie verzoekt u de ontbrekende formulieren uiterlijk eind van de maand in te voeren.\n\nPiet',
    ],
    [
      'de',
      'Hallo Anna,\n\ndie Prüfungskommission bittet Sie, die fehlenden Formulare bis Monatsende einzutragen.\n\nPiet',
    ],
    ['pl', 'Dzień dobry,\n\nkomisja egzaminacyjna prosi Panią o uzupełnienie formularzy do końca miesiąca.\n\nPiotr'],
    ['en', 'Got the photo credit for the harbour fire piece? Subs are asking.\n\nEllie'],
    [
      'pl',
      'Szanowni Państwo,\n\nuprzejmie informuję, że wszyscy promotorzy mają obowiązek wprowadzić recenzje do systemu do 8 stycznia.\n\nJoanna',
    ],
    [
      'nl',
      'Hoi Anna,\n\nIk heb daarvoor een overzicht nodig van de omzet per filiaal. Eind van de week zou ideaal zijn.\n\nFloor',
    ],
  ] as [Lang, string][])('%s asks: %s', (lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(true);
  });
  it.each([
    ['en', 'Hi Anna,\n\nThe exam board asked whether the forms were in. They were, all fine.\n\nPiet'],
    ['en', 'Got the photo credit sorted in the end, thanks for the tip!\n\nEllie'],
    ['pl', 'Szanowni Państwo,\n\nuprzejmie informuję, że dziekanat będzie nieczynny od 24 grudnia.\n\nJoanna'],
    [
      'de',
      'Liebe Kolleginnen und Kollegen,\n\nder Brückentag wird zentral gebucht. Sie müssen dafür keinen Antrag stellen.\n\nBirgit',
    ],
    ['de', 'Hallo zusammen,\n\nPaul bestellt die Kartons. Alle anderen müssen vorerst nichts tun.\n\nRicarda'],
    [
      'nl',
      'Hoi Anna,\n\nIk heb daarvoor een overzicht nodig gehad, dat is gelukt. Eind van de week is het gesprek.\n\nFloor',
    ],
  ] as [Lang, string][])('%s: contrast: asks nothing: %s', (lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(false);
  });
  it('German: a line that also says "bitte" keeps its ask beside "muss nichts Schönes sein"', () => {
    expect(
      analyze('Hallo Anna,\n\nSchick mir das bitte nächste Woche – muss nichts Schönes sein.\n\nChristian', 'de')
        .isRequest,
    ).toBe(true);
  });
  it('a copy greeted past someone else is asked when a line turns to her by title and surname', () => {
    const over: Partial<MessageSnapshot> = {
      to: [{ name: '', email: 'k.albrecht@firma.example' }],
      cc: [{ name: '', email: READER }],
    };
    const body =
      'Hallo Herr Albrecht,\n\nder Unfall ist dokumentiert.\n\nFrau Berg, Sie habe ich in cc genommen: Könnten Sie die Gefährdungsbeurteilung noch einmal durchgehen?\n\nStefan';
    expect(analyze(body, 'de', over).isRequest).toBe(true);
    // Contrast: named only to say she is copied.
    const copied =
      'Hallo Herr Albrecht,\n\nkönnten Sie den Unfall dokumentieren?\n\nFrau Berg, Sie habe ich nur zur Kenntnis in cc genommen.\n\nStefan';
    expect(analyze(copied, 'de', over).isRequest).toBe(false);
    const en =
      'Tom,\n\nCould you book the van for the 21st?\n\nAnna – copying you in just so you know it is happening, nothing needed from you.\n\nGemma';
    expect(
      analyze(en, 'en', { to: [{ name: '', email: 'tom.ash@firma.example' }], cc: [{ name: '', email: READER }] })
        .isRequest,
    ).toBe(false);
  });
});
