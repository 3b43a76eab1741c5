// More ways native speakers ask (or do not ask) for things, beyond the first tables.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../utils/languages';
import { analyzeFromOla } from './detect-helpers';

const run = analyzeFromOla;

const local = (d: Date | null) => (d ? new Date(d.getTime() + 3_600_000).toISOString().slice(0, 16) : null);

type Row = [lang: Lang, body: string, request: boolean, due: string | null];

const rows: Row[] = [
  [
    'en',
    'Hi Eva,\n\nWould you be able to pull the Q1 churn numbers for the steering group?\n\nThanks\nOla',
    true,
    null,
  ],
  [
    'en',
    'Eva,\n\nHave you had a chance to look at the draft tender? I need your comments by Thursday noon.\n\nOla',
    true,
    '2026-05-07T12:00',
  ],
  ['en', 'Hi Eva,\n\nJust a heads-up: the VPN will be down tonight from 10pm for maintenance.\n\nOla', false, null],
  [
    'en',
    'Hi Eva,\n\nGreat session yesterday, thanks for organising it. The feedback was really positive.\n\nOla',
    false,
    null,
  ],
  ['en', "Hi Eva,\n\nWe're sending the updated price list to all distributors on Monday.\n\nOla", false, null],
  ['en', 'Hi Eva,\n\nI was wondering if you could cover my on-call shift next Tuesday?\n\nOla', true, null],
  [
    'nl',
    'Hoi Eva,\n\nLukt het om de reiskostendeclaraties vóór vrijdag goed te keuren?\n\nGroet,\nOla',
    true,
    '2026-05-08T17:00',
  ],
  ['nl', 'Hoi Eva,\n\nMag ik je vragen de nieuwe collega toegang te geven tot het CRM?\n\nGroet,\nOla', true, null],
  ['nl', 'Hoi Eva,\n\nGoed nieuws: de klant heeft het contract getekend!\n\nGroet,\nOla', false, null],
  [
    'nl',
    'Beste Eva,\n\nIk ontvang graag uiterlijk 15 mei de ingevulde checklist.\n\nMet vriendelijke groet,\nOla',
    true,
    '2026-05-15T17:00',
  ],
  [
    'de',
    'Hallo Eva,\n\nwäre es möglich, dass du die Lieferantenbewertung bis Ende der Woche fertig machst?\n\nGruß\nOla',
    true,
    '2026-05-08T17:00',
  ],
  ['de', 'Hallo Eva,\n\nich schicke dir morgen die überarbeitete Kalkulation.\n\nGruß\nOla', false, null],
  ['de', 'Hallo Eva,\n\nzur Info: Die Kantine bleibt am Freitag geschlossen.\n\nGruß\nOla', false, null],
  [
    'de',
    'Hallo Eva,\n\nSchickst du mir bitte bis morgen 10 Uhr die Zahlen für das Board?\n\nGruß\nOla',
    true,
    '2026-05-07T10:00',
  ],
  [
    'pl',
    'Cześć Ewa,\n\nczy mogę cię prosić o uzupełnienie grafiku dyżurów na czerwiec?\n\nPozdrawiam\nOla',
    true,
    null,
  ],
  [
    'pl',
    'Cześć Ewa,\n\nprześlij mi proszę umowę z Polmetem najpóźniej do piątku.\n\nDzięki\nOla',
    true,
    '2026-05-08T17:00',
  ],
  ['pl', 'Cześć Ewa,\n\ngratulacje, klient podpisał umowę! Dziękuję za ogromną pracę.\n\nOla', false, null],
  ['pl', 'Dzień dobry,\n\ninformuję, że w piątek biuro będzie zamknięte.\n\nOla', false, null],
  ['nb', 'Hei Eva,\n\nHar du mulighet til å se over budsjettet før fredag?\n\nHilsen\nOla', true, '2026-05-08T17:00'],
  ['nb', 'Hei Eva,\n\nTil orientering: vi bytter leverandør av kaffemaskiner fra juni.\n\nHilsen\nOla', false, null],
  ['nb', 'Hei Eva,\n\nJeg sender deg tilbudet i morgen.\n\nHilsen\nOla', false, null],
  ['nb', 'Hei Eva,\n\nKan du bestille nye skjermer til møterommet så snart som mulig?\n\nHilsen\nOla', true, null],
  [
    'en',
    'Hi Eva,\n\nHow was your holiday? The new coffee machine finally arrived while you were away.\n\nOla',
    false,
    null,
  ],
  ['de', 'Hallo Eva,\n\nwie war dein Urlaub? Hier ist alles ruhig.\n\nOla', false, null],
  ['nl', 'Hoi Eva,\n\nHoe was je vakantie? Hier is alles rustig.\n\nOla', false, null],
  ['pl', 'Cześć Ewa,\n\njak tam urlop? U nas spokojnie.\n\nOla', false, null],
  ['nb', 'Hei Eva,\n\nHvordan var ferien? Her er alt rolig.\n\nOla', false, null],
  ['nb', 'Hei Eva,\n\nSer du på kontrakten i løpet av dagen?\n\nOla', true, '2026-05-06T17:00'],
  [
    'de',
    'Sehr geehrte Frau Lund,\n\nwir bitten Sie, die beigefügte Vereinbarung bis zum 20.05.2026 unterschrieben zurückzusenden.\n\nMit freundlichen Grüßen\nOla Nord',
    true,
    '2026-05-20T17:00',
  ],
  [
    'nl',
    'Geachte mevrouw Lund,\n\nWilt u het formulier vóór 1 juni ingevuld retourneren?\n\nMet vriendelijke groet,\nOla Nord',
    true,
    '2026-06-01T17:00',
  ],
  [
    'en',
    'Hi all,\n\nQuick update from ops:\n- Dock 3 reopened on Monday\n- New forklift arrives next week\n- Eva, can you update the safety signage by Friday?\n\nOla',
    true,
    '2026-05-08T17:00',
  ],
  [
    'en',
    'Hi team,\n\nAction items from today:\n- Eva: update the slides for the board\n- Tom: book the venue\n\nOla',
    true,
    null,
  ],
  [
    'pl',
    'Pani Ewo,\n\nuprzejmie proszę o akceptację faktury w systemie do jutra.\n\nZ poważaniem\nOla',
    true,
    '2026-05-07T17:00',
  ],
  ['de', 'Hi Eva,\n\nkurze Frage: Sind die Reisekosten für April schon abgerechnet?\n\nLG Ola', true, null],
  ['pl', 'Ewa,\n\nnie pali się, ale zerknij w wolnej chwili na nowy cennik.\n\nOla', true, null],
  [
    'nb',
    'Hei Eva,\n\nMinner om at timelistene for mai må leveres innen fredag.\n\nHilsen\nOla',
    true,
    '2026-05-08T17:00',
  ],
  ['en', 'Hi Eva,\n\nCould you send me the signed NDA Friday at the latest?\n\nOla', true, '2026-05-08T17:00'],
  ['de', 'Hallo Eva,\n\nkannst du mir die Folien Freitag spätestens schicken?\n\nOla', true, '2026-05-08T17:00'],
  ['de', 'Hallo Eva,\n\ndie Zahlen für das Board bräuchte ich bis Freitag.\n\nGruß\nOla', true, '2026-05-08T17:00'],
  [
    'nl',
    'Hoi Eva,\n\nDe ingevulde checklist moet uiterlijk vrijdag ingeleverd worden.\n\nGroet,\nOla',
    true,
    '2026-05-08T17:00',
  ],
  ['en', 'Hi all,\n\nTimesheets for May need to be submitted by Friday.\n\nOla', true, '2026-05-08T17:00'],
  ['nb', 'Hei Eva,\n\nRapporten må leveres innen fredag.\n\nHilsen\nOla', true, '2026-05-08T17:00'],
  ['nb', 'Hei Eva,\n\nJeg må hente barnas sykler i dag, så jeg går tidlig.\n\nHilsen\nOla', false, null],
  ['pl', 'Cześć Ewa,\n\nraport musi zostać wysłany do piątku.\n\nOla', true, '2026-05-08T17:00'],
  // "Nothing for you to do" is news, not a request, in every language.
  ['en', "Hi Eva,\n\nThe car park is resurfaced next week. There's nothing you need to do.\n\nOla", false, null],
  ['nl', 'Hoi Eva,\n\nDe printer op de 2e is vervangen. Je hoeft er zelf niets voor te doen.\n\nOla', false, null],
  ['de', 'Hallo Eva,\n\ndas Netzlaufwerk zieht am Samstag um. Ihr müsst dafür nichts tun.\n\nOla', false, null],
  [
    'pl',
    'Cześć Ewa,\n\nw sobotę zmieniamy serwer poczty. Nie trzeba niczego zmieniać w telefonach.\n\nOla',
    false,
    null,
  ],
  ['nb', 'Hei Eva,\n\nKantina stenger tidlig fredag. Ingen av dere trenger å gjøre noe.\n\nOla', false, null],
  // A statement with an inverted modal is not a question.
  ['nl', 'Hoi Eva,\n\nTijdens de verbouwing kun je niet parkeren achter het kantoor.\n\nOla', false, null],
  // Rhetorical questions with words in between.
  ['nl', 'Hoi Eva,\n\nWie had in maart gedacht dat we het project nu al zouden afronden?\n\nOla', false, null],
  ['de', 'Hallo Eva,\n\nWer hätte im Frühjahr gedacht, dass wir so weit kommen?\n\nOla', false, null],
  // Courtesy offers with the condition first.
  ['pl', 'Cześć Ewa,\n\ndzięki za pomoc. Gdybyś miała jakieś pytania, daj znać.\n\nOla', false, null],
  // Obligations announced to a group that includes the reader, in either word order.
  [
    'de',
    'Liebe Kolleginnen und Kollegen,\n\nalle Beschäftigten im Lager und in der Verwaltung müssen die Datenschutzschulung bis Freitag abschließen.\n\nOla',
    true,
    '2026-05-08T17:00',
  ],
  [
    'nb',
    'Hei alle,\n\nEtter hendelsen i går må alle endre passordet sitt innen fredag.\n\nOla',
    true,
    '2026-05-08T17:00',
  ],
  [
    'pl',
    'Dzień dobry wszystkim,\n\nprośba do kierowników: uzupełniajcie codziennie listę obecności.\n\nOla',
    true,
    null,
  ],
  // A need with a possessive: "I need Ward 7's figures".
  ['en', "Hi Eva,\n\nI need the north site's stock figures by Friday.\n\nOla", true, '2026-05-08T17:00'],
  // "On leave from Monday" late in a request does not make it an auto-reply.
  [
    'pl',
    'Cześć Ewa,\n\nprzygotowuję aneks do umowy najmu. Proszę Cię o zestawienie kosztów do piątku. Od poniedziałku jestem na urlopie, więc wystarczy, że dokument będzie czekał.\n\nOla',
    true,
    '2026-05-08T17:00',
  ],
];

describe('German that only looks like an ask', () => {
  it.each([
    'Wir müssen zwar noch die Prüfung abwarten, aber das sollte reine Formsache sein.',
    'Nach aktuellem Stand sollte der Lkw spätestens am Mittwoch bei euch sein.',
    'Könnte man nicht nächstes Jahr mal was am See machen?',
    'Bitte schön, gern geschehen!',
    'Sag Bescheid, falls etwas nicht klappt.',
    'Was für eine Woche, oder? Wer braucht schon Langeweile?',
    'Von dir brauche ich also nichts mehr.',
    'Der Server ist ausgefallen, das habt ihr sicher schon gemerkt.',
  ])('%s', (sentence) => {
    expect(run(`Hallo Eva,\n\n${sentence}\n\nOla`, 'de').isRequest).toBe(false);
  });

  it.each([
    ['Wir ersuchen Sie, uns binnen 14 Tagen zwei Termine bekanntzugeben.', '2026-05-20T17:00'],
    ['Für die Freigabe wäre es hilfreich, wenn Sie uns die Zeichnungen zustellen könnten.', null],
    ['Für den November benötigen wir die Rechnungen wieder bis zum 15.', '2026-05-15T17:00'],
    ['Der Bericht muss bis Freitag erledigt werden.', '2026-05-08T17:00'],
  ] as [string, string | null][])('%s', (sentence, due) => {
    const a = run(`Hallo Eva,\n\n${sentence}\n\nOla`, 'de');
    expect(a.isRequest).toBe(true);
    expect(local(a.due)).toBe(due);
  });

  it('"Frau Weber, könnten Sie …" is for Frau Weber', () => {
    const a = run(
      'Liebe Frau Weber, lieber Herr Lund,\n\nFrau Weber, könnten Sie bitte die Termine koordinieren? Herr Lund, zu Ihrer Information: die Inventur wird vorgezogen.\n\nOla',
      'de',
      { to: ['ingrid.weber@firma.example', 'eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });
});

describe('mail to a list the reader is on', () => {
  const runList = (body: string, lang: Lang, to = ['lab-team@firma.example']) => run(body, lang, { to });

  it.each([
    ['en', 'Dear Headteachers,\n\nPlease confirm your closure contact by Friday.\n\nOla'],
    ['de', 'Liebe Bläserinnen und Bläser,\n\nbitte tragt euch bis Freitag in die Liste ein.\n\nOla'],
    ['nl', 'Beste analisten,\n\nAlle analisten moeten de nieuwe SOP binnen vijf werkdagen lezen.\n\nOla'],
    ['en', 'Dear colleagues,\n\nAll staff who enter the cleanroom must complete the new module.\n\nOla'],
    ['pl', 'Drodzy Opiekunowie,\n\nwszyscy pracownicy działu ptaków muszą przejść szkolenie.\n\nOla'],
    ['nb', 'Hei trenere,\n\nAlle som ikke har levert, må laste opp attesten i løpet av uken.\n\nOla'],
    [
      'nl',
      "Beste collega's,\n\n- De fotograaf komt donderdag.\n- En tot slot: lever de toetsresultaten vóór vrijdag in.\n\nOla",
    ],
  ] as [Lang, string][])('%s: a group greeting and a request to the group', (lang, body) => {
    expect(runList(body, lang).isRequest).toBe(true);
  });

  it("a list whose name is the greeting is still the reader's list", () => {
    const a = runList('Liebe Mitglieder,\n\nmeldet uns bitte bis Freitag die Mengen.\n\nOla', 'de', [
      'mitglieder@firma.example',
    ]);
    expect(a.isRequest).toBe(true);
  });
});

describe('not for the reader, said in so many words', () => {
  const anna = { name: 'Anna Lis', email: 'anna.lis@firma.example' };
  const runTo = (body: string, lang: Lang, to: string[], cc: string[] = []) => run(body, lang, { to, cc, me: anna });

  it('a Polish diminutive names the colleague, not the reader', () => {
    const a = runTo(
      'Cześć,\n\nKasiu, czy możesz do czwartku przygotować trzy egzemplarze? Aniu, piszę do Ciebie tylko informacyjnie.\n\nBartosz',
      'pl',
      ['katarzyna.nowak@firma.example', 'anna.lis@firma.example'],
    );
    expect(a.isRequest).toBe(false);
  });

  it('the reader copied "for info" is told so', () => {
    const a = runTo(
      "Beste collega's van Facilitair,\n\nKunnen jullie deze week een monteur langs laten komen?\n\nAnna staat ter info in de cc.\n\nOla",
      'nl',
      ['facilitair@firma.example'],
      ['anna.lis@firma.example'],
    );
    expect(a.isRequest).toBe(false);
  });

  it('a sentence ending in a short word still ends before "@Name"', () => {
    const a = runTo(
      'Hoi beiden,\n\nDe voorraad is bijna op. @Tom, kun jij vóór vrijdag bestellen? Anna, ik zet je erbij ter info.\n\nOla',
      'nl',
      ['tom.berg@firma.example', 'anna.lis@firma.example'],
    );
    expect(a.isRequest).toBe(false);
  });

  it('a German counterfactual is thanks, not a need', () => {
    const a = runTo('Hallo Anna,\n\nvielen Dank! Ohne dich hätten wir das nicht gestemmt.\n\nOla', 'de', [
      'anna.lis@firma.example',
    ]);
    expect(a.isRequest).toBe(false);
  });
});

describe('requests to someone else after a lead-in', () => {
  it('skips "Re the audit: Tom, please …" when the reader is not Tom', () => {
    const a = run(
      'Hi,\n\nAbout the audit: Tom, please book the auditor for Thursday.\n\nEva, just so you know, nothing is needed from you.\n\nOla',
      'en',
      { to: ['tom.berg@firma.example', 'eva.lund@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });
});

describe('varied phrasing', () => {
  it.each(rows)('%s: %s', (lang, body, request, due) => {
    const a = run(body, lang);
    expect(a.isRequest).toBe(request);
    if (request) expect(local(a.due)).toBe(due);
  });
});

describe('small talk before the ask is not quoted as the request', () => {
  it.each([
    ['nl', 'Hoi Eva,\n\nHoe was je weekend? Kun je vóór vrijdag de offerte nakijken?\n\nGroet,\nOla', 'Kun je'],
    [
      'de',
      'Hallo Eva,\n\nna, gut erholt nach dem Urlaub? Kannst du bis Freitag das Angebot prüfen?\n\nGruß\nOla',
      'Kannst du',
    ],
    ['pl', 'Cześć Ewa,\n\njak minął weekend? Czy możesz do piątku sprawdzić ofertę?\n\nPozdrawiam\nOla', 'Czy możesz'],
    ['nb', 'Hei Eva,\n\nhvordan var helgen? Kan du se over tilbudet innen fredag?\n\nHilsen\nOla', 'Kan du'],
  ] as [Lang, string, string][])('%s', (lang, body, ask) => {
    const a = run(body, lang);
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text.slice(0, ask.length))).toEqual([ask]);
  });
});
