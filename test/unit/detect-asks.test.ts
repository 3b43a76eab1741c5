// Softened and buried asks, follow-up questions, small talk, restated deadlines and the deadline
// phrases added for issue #14: table-driven, written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeEmail, findDeadlines, wallClockOf } from '../../utils/detect';
import type { Lang } from '../../utils/languages';
import type { MessageSnapshot } from '../../utils/webmail/types';

// Wednesday 4 March 2026, 10:00 CET
const SENT = '2026-03-04T10:00:00+01:00';
const clock = wallClockOf(SENT, new Date(SENT));
const READER = 'anna.berg@firma.example';

function local(d: Date): string {
  return new Date(d.getTime() + 60 * 60_000).toISOString().slice(0, 16);
}

function analyze(body: string, lang: Lang, over: Partial<MessageSnapshot> = {}) {
  return analyzeEmail(
    {
      messageId: 'm1',
      threadId: 't1',
      from: { name: 'Karl Olsen', email: 'karl.olsen@firma.example' },
      to: [{ name: 'Anna Berg', email: READER }],
      cc: [],
      sentAt: SENT,
      subject: 'Subject',
      bodyText: body,
      hasAttachments: false,
      isFromMe: false,
      ...over,
    },
    { now: new Date(SENT), myAddresses: [READER], myName: 'Anna Berg', orgDomains: [], defaultLanguage: lang },
  );
}

describe('deadline phrases', () => {
  const rows: [Lang, string, string][] = [
    ['en', 'by the end of next week', '2026-03-13T17:00'],
    ['en', 'by mid next week', '2026-03-11T17:00'],
    ['en', 'by the middle of next week', '2026-03-11T17:00'],
    ['en', 'by noon on Friday', '2026-03-06T12:00'],
    ['en', 'by 3pm on Friday', '2026-03-06T15:00'],
    ['en', 'before the 15th', '2026-03-15T17:00'],
    ['nl', 'uiterlijk eind volgende week', '2026-03-13T17:00'],
    ['nl', 'midden volgende week', '2026-03-11T17:00'],
    ['nl', 'maandag vóór 9.00 uur', '2026-03-09T09:00'],
    ['nl', 'vóór 12.00 uur op vrijdag', '2026-03-06T12:00'],
    ['de', 'bis Mitte nächster Woche', '2026-03-11T17:00'],
    ['de', 'bis Ende nächster Woche', '2026-03-13T17:00'],
    ['de', 'im Laufe der nächsten Woche', '2026-03-13T17:00'],
    ['de', 'bis Donnerstagmittag', '2026-03-05T12:00'],
    ['de', 'bis 12 Uhr am Freitag', '2026-03-06T12:00'],
    ['pl', 'do końca przyszłego tygodnia', '2026-03-13T17:00'],
    ['pl', 'w połowie przyszłego tygodnia', '2026-03-11T17:00'],
    ['pl', 'do czwartku w południe', '2026-03-05T12:00'],
    ['pl', 'do 12:00 w piątek', '2026-03-06T12:00'],
    ['nb', 'innen slutten av neste uke', '2026-03-13T17:00'],
    ['nb', 'midt i neste uke', '2026-03-11T17:00'],
    ['nb', 'innen kl. 12 på fredag', '2026-03-06T12:00'],
    ['en', 'by the day after tomorrow', '2026-03-06T17:00'],
    ['en', 'within the next two days', '2026-03-06T17:00'],
    ['en', 'before the weekend', '2026-03-06T17:00'],
    ['nl', 'uiterlijk aanstaande maandag', '2026-03-09T17:00'],
    ['de', 'bis übermorgen', '2026-03-06T17:00'],
    ['pl', 'pojutrze', '2026-03-06T17:00'],
    ['nb', 'innen førstkommende fredag', '2026-03-06T17:00'],
  ];
  it.each(rows)('%s: "%s" resolves to %s', (lang, text, expected) => {
    const found = findDeadlines(text, lang, clock);
    expect(found.map((d) => local(d.due))).toContain(expected);
    // The phrase is read as one deadline, not as a shorter one inside it.
    expect(found).toHaveLength(1);
  });

  it('takes the deadline of a request from such a phrase', () => {
    const a = analyze('Hi Anna,\n\nCould you send me the stock count by the end of next week?\n\nKarl', 'en');
    expect(a.isRequest).toBe(true);
    expect(local(a.due!)).toBe('2026-03-13T17:00');
    const de = analyze('Hallo Anna,\n\nkannst du mir die Liste bis Mitte nächster Woche schicken?\n\nKarl', 'de');
    expect(local(de.due!)).toBe('2026-03-11T17:00');
  });

  it('reads no deadline into a question about what happens on a date', () => {
    const a = analyze('Hi Anna,\n\nDo you know whether the car park is open during the works next week?\n\nKarl', 'en');
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
    const nb = analyze('Hei Anna,\n\nVet du om bassenget er klart til klassene som kommer neste uke?\n\nKarl', 'nb');
    expect(nb.isRequest).toBe(true);
    expect(nb.due).toBeNull();
  });
});

describe('softened and buried asks', () => {
  const asks: [Lang, string][] = [
    ['en', 'Hi Anna,\n\nWhenever you get a chance, take a look at the draft rota for April.\n\nKarl'],
    ['en', "Hi Anna,\n\nHope the move went well. We're waiting on your numbers for the forecast.\n\nKarl"],
    ['en', 'Hi Anna,\n\nThe audit went fine. I still need your sign-off on the budget.\n\nKarl'],
    ['en', 'Dear colleagues,\n\nAll pharmacy staff must complete the new module by 31 March.\n\nKarl'],
    ['en', 'Morning Anna,\n\nThe new locum started today.\n\nHas she been issued a smartcard yet?\n\nKarl'],
    ['nl', 'Hoi allemaal,\n\nIedereen die training geeft, moet vóór 1 april een VOG aanvragen.\n\nKarl'],
    ['nl', 'Hoi Anna,\n\nIk heb uiterlijk donderdag jouw kostenraming voor de kantoren nodig.\n\nKarl'],
    ['de', 'Hallo zusammen,\n\njedes Mitglied muss sich einmal in der App registrieren.\n\nKarl'],
    ['de', 'Hallo Anna,\n\nKurze Frage: Weißt du, ob der Netzbetreiber die Anmeldung schon bestätigt hat?\n\nKarl'],
    ['pl', 'Cześć,\n\nProszę, wpiszcie swoje preferencje urlopowe do grafiku do końca tygodnia.\n\nKarl'],
    ['nb', 'Anna,\n\nRadaren falt ut i morges.\n\nFå inn en servicetekniker så snart som mulig.\n\nKarl'],
  ];
  it.each(asks)('%s: %j is a request', (lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(true);
  });
});

describe('small talk, thanks and news are not requests', () => {
  const none: [Lang, string][] = [
    ['en', 'Hi Anna,\n\nDid you have a nice weekend? Any plans for the holidays?\n\nKarl'],
    ['en', 'Hi Anna,\n\nAll sorted - the logger has been replaced. Thanks for chasing estates for me.\n\nKarl'],
    ['en', "Hi Anna,\n\nI'm pleased to confirm that we submitted the claim this afternoon.\n\nKarl"],
    [
      'en',
      'Hi Anna,\n\nStill waiting on two numbers from the Leeds site. I will send you the forecast on Friday.\n\nKarl',
    ],
    ['en', 'Hi Anna,\n\nSounds good — Thursday at 10 works for me.\n\nKarl'],
    ['en', 'Hi all,\n\nDrinks are on me after the show for anyone who fancies it.\n\nKarl'],
    ['nl', 'Hoi Anna,\n\nHierbij de notulen. Vul gerust aan als ik iets vergeten ben.\n\nKarl'],
    ['pl', 'Cześć Anno,\n\nŚwietna robota! Należy Ci się porządna kawa – ja stawiam.\n\nKarl'],
  ];
  it.each(none)('%s: %j is no request', (lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(false);
  });
});

describe('asks to someone addressed by title and surname', () => {
  it('leaves an ask to another person, named with a title, to that person', () => {
    const list = { to: [{ name: '', email: 'team@firma.example' }] };
    const other = analyze(
      'Guten Morgen zusammen,\n\nkurz zur Störung vom Freitag: Herr Wirth, bitte erstellen Sie bis Mittwoch den Bericht.\n\nK. Albers',
      'de',
      list,
    );
    expect(other.isRequest).toBe(false);
    const reader = analyze(
      'Guten Morgen zusammen,\n\nkurz zur Störung vom Freitag: Frau Berg, bitte erstellen Sie bis Mittwoch den Bericht.\n\nK. Albers',
      'de',
      list,
    );
    expect(reader.isRequest).toBe(true);
  });
});

describe('quoted sentences', () => {
  it('quotes both questions of an email that asks two', () => {
    const rows: [Lang, string, string][] = [
      ['en', 'Do you mean the total with or without VAT?', 'And should travel be included or kept separate?'],
      ['nl', 'Bedoel je het totaal met of zonder btw?', 'En moet de montage er ook in?'],
      ['de', 'Meinst du den Betrag mit oder ohne Mehrwertsteuer?', 'Und sollen die Fahrtkosten mit rein?'],
      ['nb', 'Mener du totalen med eller uten moms?', 'Og skal reisekostnader være med?'],
    ];
    for (const [lang, first, second] of rows) {
      const a = analyze(`Hi Anna,\n\n${first} ${second}\n\nKarl`, lang);
      expect(a.requestSpans.map((s) => s.text)).toEqual([first, second]);
    }
  });

  it('quotes a group question beside a clear ask', () => {
    const a = analyze(
      'Hallo zusammen,\n\nLukas ist krank.\n\nKann jemand von euch die Führung übernehmen? Gebt mir bitte bis morgen Bescheid, sonst muss ich absagen.\n\nSvenja',
      'de',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual([
      'Kann jemand von euch die Führung übernehmen?',
      'Gebt mir bitte bis morgen Bescheid, sonst muss ich absagen.',
    ]);
  });

  it('quotes a second explicit ask beside a clearer first one', () => {
    const a = analyze(
      'Hi Anna,\n\nThe audit is next month. Could you send me the updated asset list by Friday? Also, please book the small meeting room for the auditors on the 14th.\n\nKarl',
      'en',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual([
      'Could you send me the updated asset list by Friday?',
      'Also, please book the small meeting room for the auditors on the 14th.',
    ]);
    const pl = analyze(
      'Cześć Anno,\n\nczy możesz zatwierdzić faktury za marzec? Poza tym proszę zarezerwuj salę na audyt.\n\nKarl',
      'pl',
    );
    expect(pl.requestSpans).toHaveLength(2);
  });

  it('does not quote a sentence that only restates the deadline, but keeps its date', () => {
    const a = analyze(
      'Hi Anna,\n\nCould you pull the destruction records for January? I need them by Thursday noon so I can reply.\n\nKarl',
      'en',
    );
    expect(a.requestSpans.map((s) => s.text)).toEqual(['Could you pull the destruction records for January?']);
    expect(local(a.due!)).toBe('2026-03-05T12:00');
  });
});

// Issue #14, round 4: general kinds of non-requests (sentences written for these tests).
describe('kinds of non-requests', () => {
  const none: [string, Lang, string][] = [
    // A question someone else asked, reported by the sender.
    [
      'reported question',
      'en',
      'Hi all,\n\nThe question I keep getting: are we closing over Christmas? We are, from the 24th to the 2nd.\n\nKarl',
    ],
    [
      'reported question',
      'de',
      'Hallo zusammen,\n\nviele von euch haben mich gefragt: Wann zieht die Werkstatt denn nun in die neue Halle? Laut Bauleitung ist der Umzug für Mitte Mai geplant.\n\nKarl',
    ],
    [
      'reported question',
      'nl',
      "Hoi allemaal,\n\nEen paar collega's hebben gevraagd: komt er dit jaar weer een kerstpakket? De bestelling is vorige week de deur uit gegaan.\n\nKarl",
    ],
    // A question the sender answers at once.
    [
      'self-answered question',
      'en',
      'Hi Anna,\n\nCould the same fault come back? In theory, yes, but the new alarm trips much earlier.\n\nKarl',
    ],
    [
      'self-answered question',
      'de',
      'Hallo Anna,\n\nKommt der neue Scanner noch vor dem Audit? Vermutlich nicht, der Lieferant hat auf April verschoben.\n\nKarl',
    ],
    [
      'self-answered question',
      'nl',
      'Hoi Anna,\n\nKomt de nieuwe scanner nog voor de audit? Waarschijnlijk niet, de leverancier heeft de levering naar april verschoven.\n\nKarl',
    ],
    // Results in minutes.
    [
      'minutes',
      'de',
      'Hallo zusammen,\n\nhier das Kurzprotokoll von heute.\n\nErgebnisse:\n1. Die Zufahrt muss vor dem Kraneinsatz verbreitert werden.\n2. Der Termin bleibt im April.\n\nKarl',
    ],
    // What the reader may keep doing.
    [
      'permission',
      'de',
      'Hallo Anna,\n\nab Montag wird der Hof neu gepflastert. Den Fahrradkeller könnt ihr während der Arbeiten weiterhin nutzen.\n\nKarl',
    ],
    [
      'permission',
      'nl',
      'Hoi Anna,\n\nVanaf maandag wordt het plein opnieuw bestraat. De fietsenkelder kunnen jullie tijdens de werkzaamheden gewoon gebruiken.\n\nKarl',
    ],
    // Small talk about the reader's time off.
    ['small talk', 'de', 'Hallo Anna,\n\nhast du dich vom Umzug inzwischen erholt? Bei uns ist alles ruhig.\n\nKarl'],
    ['small talk', 'nl', 'Hoi Anna,\n\nHeb je een fijne kerst gehad? Hier was het rustig.\n\nKarl'],
    ['small talk', 'en', 'Hi Anna,\n\nDid you get back OK from the Lakes? The weather looked grim.\n\nKarl'],
    // Conditional offers and the sender's own expectation.
    [
      'conditional offer',
      'nl',
      'Hoi Anna,\n\nHierbij het concept van de nieuwsbrief. Mochten jullie na het lezen nog suggesties hebben, dan hoor ik het graag.\n\nKarl',
    ],
    ['own expectation', 'nl', 'Hoi Anna,\n\nIk hoor het morgen bij de lunch wel. De offerte is verstuurd.\n\nKarl'],
    [
      'conditional offer',
      'en',
      'Hi Anna,\n\nThe old timesheet tool will stay online until May in case you need to check past entries.\n\nKarl',
    ],
    // A heading for an update.
    ['heading', 'en', 'Hi Anna,\n\nUpdate on the boiler works. The engineer finished on Tuesday.\n\nKarl'],
    [
      'self-answered question',
      'en',
      'Hi Anna,\n\nWhy is the sign-off taking so long? Simple: the inspector was off sick for two weeks.\n\nKarl',
    ],
    [
      'where to turn when urgent',
      'de',
      'Hallo Anna,\n\nich bin vom 3. bis 14. März nicht im Büro. In dringenden Fällen wende dich bitte an Jens.\n\nKarl',
    ],
    [
      'conditional offer',
      'de',
      'Hallo Anna,\n\nsolltest du die alten Pläne noch brauchen: Sie liegen im Archiv im Keller.\n\nKarl',
    ],
    ['rhetorical question', 'en', 'Hi Anna,\n\nCan you imagine? The client has changed the order again.\n\nKarl'],
    [
      'rhetorical question',
      'de',
      'Hallo Anna,\n\nkannst du dir das vorstellen? Der Kunde hat die Bestellung schon wieder geändert.\n\nKarl',
    ],
    [
      'rhetorical question',
      'nl',
      'Hoi Anna,\n\nKun je het je voorstellen? De klant heeft de bestelling alweer aangepast.\n\nKarl',
    ],
    ['where to find it', 'de', 'Hallo Anna,\n\ndie Auswertung ist fertig. Die Tabellen findest du ab Seite 4.\n\nKarl'],
    ['where to find it', 'nl', 'Hoi Anna,\n\nDe analyse is klaar. De tabellen vind je vanaf pagina 4.\n\nKarl'],
  ];
  it.each(none)('%s (%s) asks nothing', (_kind, lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(false);
  });

  const asks: [string, Lang, string][] = [
    ['lead-in before a question', 'en', 'Hi Anna,\n\nQuick question: will you be at the depot on Friday?\n\nKarl'],
    [
      'question with an answer word after it',
      'en',
      'Hi Anna,\n\nCan you check the scanner order? Probably the supplier forgot it.\n\nKarl',
    ],
    [
      'clear ask in minutes',
      'de',
      'Hallo zusammen,\n\nhier das Kurzprotokoll von heute.\n\nErgebnisse:\n1. Der Termin bleibt im April.\n2. Bitte schickt mir bis Freitag eure Urlaubsplanung.\n\nKarl',
    ],
    ['question about permission', 'de', 'Hallo Anna,\n\nkönnt ihr den Fahrradkeller weiterhin aufräumen?\n\nKarl'],
    ['conditional ask', 'de', 'Hallo Anna,\n\nfalls du den Bericht schon hast, schick ihn mir bitte.\n\nKarl'],
    [
      'asking whether the reader would',
      'de',
      'Hallo Anna,\n\nkannst du dir vorstellen, die Projektleitung zu übernehmen?\n\nKarl',
    ],
    ['asking whether the reader would', 'en', 'Hi Anna,\n\nCould you imagine taking over the project lead?\n\nKarl'],
  ];
  it.each(asks)('%s (%s) is still a request', (_kind, lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(true);
  });

  it('recognises German system mail and Webex invitations as automated', () => {
    const room = analyze(
      'Ihre Raumbuchung wurde bestätigt.\n\nRaum: Elbe\n\nBitte checken Sie am Display ein.\n\nDies ist eine automatisch erzeugte Nachricht.',
      'de',
      { from: { name: '', email: 'raumbuchung@firma.example' } },
    );
    expect(room.automated).toBe(true);
    const webex = analyze(
      'Karl Olsen lädt Sie zu diesem Webex-Meeting ein.\n\nQuartalsplanung\nDonnerstag, 5. März 2026\n\nMeeting beitreten\n\nBitte bereiten Sie Ihre Zahlen vor.',
      'de',
      { from: { name: 'Webex', email: 'messenger@webex.com' } },
    );
    expect(webex.automated).toBe(true);
    expect(webex.isRequest).toBe(false);
  });
});

// Issue #14, round 5: general kinds of asks and non-requests (sentences written for these tests).
describe('round 5 kinds of asks', () => {
  const asks: [string, Lang, string][] = [
    [
      'thanks in advance with the verb first',
      'de',
      'Sehr geehrte Frau Berg,\n\nfür die Jahresplanung wäre ich Ihnen dankbar, wenn Sie mir die Belegungszahlen bis Freitag schicken.\n\nKarl Olsen',
    ],
    [
      '"möchten wir Sie … bitten"',
      'de',
      'Sehr geehrte Frau Berg,\n\nim Zuge der Umstellung möchten wir Sie um eine Aufstellung Ihrer offenen Posten bitten.\n\nKarl Olsen',
    ],
    [
      '"bitte ich Sie um"',
      'de',
      'Sehr geehrte Frau Berg,\n\nvor der Sitzung bitte ich Sie um Ihre Einschätzung.\n\nKarl Olsen',
    ],
    [
      'what is still missing from the reader',
      'de',
      'Hallo Anna,\n\nmir fehlt jetzt nur noch deine Unterschrift auf dem Antrag.\n\nKarl',
    ],
    [
      'obligation with "sein + zu"',
      'de',
      'Liebe Kolleginnen und Kollegen,\n\ndie Erklärung zum Datenschutz ist bis 20. März im Portal zu unterschreiben.\n\nKarl',
    ],
    [
      'imperative softened with "doch"',
      'de',
      'Hallo Anna,\n\nkein Stress, aber ruf doch nächste Woche mal beim Caterer an, damit wir das Essen für die Feier rechtzeitig bestellen können.\n\nViele Grüße\nKarl',
    ],
    ['status question', 'de', 'Hallo Anna,\n\nsind die Reisekosten vom März bereits abgerechnet?\n\nKarl'],
    [
      'question announced as such',
      'de',
      'Sehr geehrte Frau Berg,\n\neine Frage hätte ich noch, bevor ich das Angebot schreibe: Wünschen Sie die Lieferung frei Haus?\n\nKarl Olsen',
    ],
    [
      'need with a long insertion',
      'nl',
      'Hoi Anna,\n\nIk heb de lijst met storingen, inclusief de meldingen van het weekend, vóór donderdag nodig.\n\nKarl',
    ],
    ['imperative "noteer"', 'nl', 'Hoi Anna,\n\nNoteer de meterstand bij elke controle in het logboek.\n\nKarl'],
    [
      'obligation of every member of a role',
      'en',
      'Dear all,\n\nEvery locum needs to upload their indemnity certificate to the portal by Friday.\n\nKarl',
    ],
    [
      '"it\'d be useful if you could"',
      'en',
      "Hi Anna,\n\nIt'd be useful if you could bring the floor plans on Monday.\n\nKarl",
    ],
  ];
  it.each(asks)('%s (%s) is a request', (_kind, lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(true);
  });

  const none: [string, Lang, string][] = [
    [
      'own commitment with the verb first',
      'de',
      'Hallo Anna,\n\ndie Fotos vom Aufbau schick ich dir morgen, dann hast du alles für den Bericht.\n\nKarl',
    ],
    [
      'an obligation said not to hold',
      'de',
      'Hallo Anna,\n\ndie Liste passt so, und du musst am Samstag nicht mitkommen – Lars übernimmt den Stand.\n\nKarl',
    ],
    [
      '"ist … zu rechnen"',
      'de',
      'Hallo zusammen,\n\nwegen der Bauarbeiten ist bis Ende April mit Staus zu rechnen.\n\nKarl',
    ],
    [
      "wish about the reader's time off",
      'en',
      'Hi Anna,\n\nHope you managed to catch some sun at the weekend. The new rota is live from Monday.\n\nKarl',
    ],
    [
      'promise to report back',
      'en',
      "Hi Anna,\n\nThe insurer usually takes a fortnight, and I'll let you know as soon as they reply.\n\nKarl",
    ],
    ['what the reader will get', 'en', "Hi Anna,\n\nYou'll have the revised quote by Thursday lunchtime.\n\nKarl"],
  ];
  it.each(none)('%s (%s) is no request', (_kind, lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(false);
  });
});

describe('round 6 kinds of non-requests', () => {
  const none: [string, Lang, string][] = [
    [
      '"nothing you need to do"',
      'en',
      'Hi Anna,\n\nThe boiler service moves to Tuesday. Nothing you need to do.\n\nKarl',
    ],
    [
      'an FYI opener',
      'en',
      'Hi Anna,\n\nJust to let you know that the scaffolding comes down on Monday morning.\n\nKarl',
    ],
    [
      'an ask taken back',
      'en',
      'Hi Anna,\n\nIgnore my earlier email about the mileage form, Priya had a spare copy.\n\nKarl',
    ],
    [
      'what the news lets the reader plan',
      'en',
      'Hi Anna,\n\nThe van is booked for the 9th. That way you can plan the clear-out around it.\n\nKarl',
    ],
    [
      'a courtesy offer with "gerust"',
      'nl',
      'Hoi Anna,\n\nDe nieuwe tarieven staan in de bijlage. Mail me gerust als je er meer over wilt weten.\n\nKarl',
    ],
    [
      'an ask taken back',
      'nl',
      'Hoi Anna,\n\nVergeet mijn vraag over de sleutels maar, de conciërge had ze nog.\n\nKarl',
    ],
    [
      'a third party decides about the reader',
      'nl',
      'Hoi Anna,\n\nOnze directie wil je voordragen voor de leergang projectmanagement.\n\nKarl',
    ],
    [
      'what the news lets the reader plan',
      'nl',
      'Hoi Anna,\n\nDe monteur komt dinsdag. Dan kun je de rest van de week gewoon inplannen.\n\nKarl',
    ],
    [
      'a courtesy offer with "gerne … wenn"',
      'de',
      'Hallo Anna,\n\nDas Protokoll hängt an. Ruf mich gerne an, wenn du Fragen zum Ablauf hast.\n\nKarl',
    ],
    [
      'an ask taken back',
      'de',
      'Hallo Anna,\n\nVergiss meine Frage zum Schlüssel, der Hausmeister hatte noch einen.\n\nKarl',
    ],
    [
      'what the news lets the reader plan',
      'de',
      'Hallo Anna,\n\nDer Gutachter kommt am Dienstag. Dann kannst du die restliche Woche frei planen.\n\nKarl',
    ],
    [
      'an answer that allows the plan',
      'de',
      'Hallo Anna,\n\nja, das darfst du so machen. Die Vorlage liegt im Ordner Verträge.\n\nKarl',
    ],
    [
      'a courtesy offer',
      'nb',
      'Hei Anna,\n\nNøklene ligger i resepsjonen. Si fra hvis det er noe annet du lurer på.\n\nKarl',
    ],
    [
      'an ask taken back',
      'nb',
      'Hei Anna,\n\nGlem spørsmålet mitt om parkeringen, vaktmesteren har ordnet det.\n\nKarl',
    ],
    [
      'what the news lets the reader plan',
      'nb',
      'Hei Anna,\n\nSnekkeren kommer onsdag. Da kan du planlegge resten av uken ut fra det.\n\nKarl',
    ],
    ['an ask taken back', 'pl', 'Cześć Anno,\n\nZapomnij o moim pytaniu o klucze, portier miał zapasowe.\n\nKarl'],
    [
      'what the news lets the reader plan',
      'pl',
      'Cześć Anno,\n\nSerwisant będzie we wtorek. Wtedy możesz zaplanować resztę tygodnia.\n\nKarl',
    ],
    [
      'a courtesy offer',
      'pl',
      'Cześć Anno,\n\nCennik jest w załączniku. Zadzwoń śmiało, jeśli chcesz go omówić.\n\nKarl',
    ],
  ];
  it.each(none)('%s (%s) is no request', (_kind, lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(false);
  });

  const asks: [string, Lang, string][] = [
    [
      'an ask after an FYI opener',
      'en',
      'Hi Anna,\n\nJust to let you know, I still need your mileage form by Friday.\n\nKarl',
    ],
    [
      'a withdrawn ask replaced',
      'en',
      'Hi Anna,\n\nIgnore my earlier email and send the March figures instead, please.\n\nKarl',
    ],
    [
      'a withdrawn ask replaced',
      'de',
      'Hallo Anna,\n\nVergiss meine Frage von gestern und schick mir stattdessen bitte die Märzzahlen.\n\nKarl',
    ],
    [
      'a question about planning',
      'nb',
      'Hei Anna,\n\nKan du planlegge overleveringen ut fra det og gi meg en dato?\n\nKarl',
    ],
  ];
  it.each(asks)('%s (%s) is a request', (_kind, lang, body) => {
    expect(analyze(body, lang).isRequest).toBe(true);
  });
  it('a survey invitation with a German "um sich abzumelden" footer is automated', () => {
    const a = analyze(
      'Hallo,\n\nDie Stadtwerke laden Sie zu einer kurzen Umfrage zur Kantine ein.\n\nBitte nehmen Sie bis zum 20. März teil.\n\nWenn Sie keine Einladungen mehr erhalten möchten, klicken Sie hier, um sich abzumelden.',
      'de',
      { from: { name: 'Umfragen', email: 'einladung@umfrage-portal.example' } },
    );
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
});
