// Softened and indirect asks, and the context around an ask that is not one: permission
// statements, what is sent along, waiting on third parties, small talk, "nothing for you to do".
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../utils/languages';
import { analyzeFromOla } from './detect-helpers';

const run = analyzeFromOla;

describe('softened and indirect asks', () => {
  it.each([
    ['pl', 'Cześć Ewa,\n\nbyłoby świetnie, gdybyś sprawdziła kosztorys przed spotkaniem z inwestorem.\n\nOla'],
    ['pl', 'Dzień dobry,\n\nczekamy jeszcze na Pani zestawienie godzin za marzec.\n\nPozdrawiam\nOla'],
    ['pl', 'Ewa,\n\ninwestor pyta o nowy harmonogram. Przygotujesz go na jutro?\n\nOla'],
    ['pl', 'Cześć Ewa,\n\nnajlepiej prześlij mi te skany do piątku przez dysk.\n\nOla'],
    ['nl', 'Hoi Eva,\n\nIk mis nog je reiskostendeclaratie van april.\n\nGroet,\nOla'],
    ['nl', 'Hoi Eva,\n\nVan jouw team wachten we nog op de planning voor het derde kwartaal.\n\nGroet,\nOla'],
    ['nb', 'Hei Eva,\n\nIngen hast, men gi meg gjerne en tilbakemelding på utkastet når du har tid.\n\nOla'],
  ] as [Lang, string][])('%s: %s', (lang, body) => {
    expect(run(body, lang).isRequest).toBe(true);
  });
});

describe('mail that asks nothing', () => {
  it.each([
    ['pl', 'Cześć Ewa,\n\nraport wyślę ci w czwartek – czekam jeszcze na dane z działu zakupów.\n\nOla'],
    [
      'pl',
      'Drodzy,\n\nod poniedziałku dołącza do nas Anna z działu zakupów – czy mogliśmy wybrać lepiej? Raczej nie.\n\nOla',
    ],
    ['pl', 'Cześć wszystkim,\n\nw czasie remontu możecie korzystać z sali na parterze.\n\nOla'],
    ['nl', 'Hoi allemaal,\n\nTijdens de verbouwing kun je de ingang aan de achterkant gebruiken.\n\nGroet,\nOla'],
    ['nb', 'Hei Eva,\n\nHer er timelistene for mars. Si fra om noe mangler.\n\nOla'],
    ['nb', 'Hei Eva,\n\nKalkylen er nesten klar, men jeg venter på tilbud fra to leverandører.\n\nOla'],
    ['nb', 'Hei alle,\n\nI ferien kan dere bruke inngangen på baksiden med det vanlige kortet.\n\nOla'],
    [
      'de',
      'Hallo Eva,\n\nwie war die Hochzeit? Hattet ihr gutes Wetter?\n\nDein Angebot ist beim Kunden gut angekommen. Es gibt nichts weiter zu tun.\n\nOla',
    ],
    [
      'en',
      "Hi Eva,\n\nQuick update after this morning's call with the supplier. They have moved the delivery to June.\n\nNothing for you to do for now.\n\nOla",
    ],
    [
      'en',
      'Hi all,\n\nNotes from the planning meeting.\n\nActions:\n- Tom to send the revised budget to finance by Friday\n- Sarah to book the venue for the offsite\n\nOla',
    ],
  ] as [Lang, string][])('%s: %s', (lang, body) => {
    expect(run(body, lang).isRequest).toBe(false);
  });

  it('reads a Dutch invoice mailbox as automated', () => {
    const a = run(
      'Geachte klant,\n\nUw factuur van april staat klaar. Wij verzoeken u het bedrag vóór de vervaldatum over te maken.\n\nMet vriendelijke groet,\nDe Stroomleverancier',
      'nl',
      { from: { name: 'De Stroomleverancier', email: 'facturen@stroom.example' } },
    );
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
});

describe('action items of minutes', () => {
  it('keeps a bulleted ask to the reader that opens with a verb before "to"', () => {
    const a = run('Hi Eva,\n\nBefore the audit:\n- Remember to submit your timesheet by Friday\n\nOla', 'en');
    expect(a.isRequest).toBe(true);
  });
});

describe('context beside the ask is not quoted', () => {
  it.each([
    [
      'nl',
      'Hoi Eva,\n\nHierbij ontvang je het verslag van de vergadering. Kun je vóór vrijdag je punten aanvullen?\n\nGroet,\nOla',
      'Kun je',
    ],
    [
      'en',
      'Dear Eva,\n\nCould you check the attached proposal before Friday? We would welcome the chance to present it to your board.\n\nOla',
      'Could you',
    ],
  ] as [Lang, string, string][])('%s', (lang, body, ask) => {
    const a = run(body, lang);
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text.slice(0, ask.length))).toEqual([ask]);
  });

  it('reads "morgen ab 7 Uhr" as when something starts, not as a deadline', () => {
    const a = run(
      'Hallo Eva,\n\nweißt du, ob die Lieferscheine schon fertig sind? Der Lkw steht morgen ab 7 Uhr an der Rampe.\n\nGruß\nOla',
      'de',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });
});

describe('an ask to a first name that is not the reader’s', () => {
  // Eva Lund (eva.lund@) reads; the ask names someone else, whom the mail also names elsewhere or
  // whose address starts with that letter.
  it.each([
    [
      'de',
      'Hallo ihr,\n\nTobi und Jonas bauen ab 8 Uhr auf.\n\nJonas, kannst du bitte am Donnerstag den Transporter abholen?\n\nLiebe Grüße\nOla',
      {},
    ],
    [
      'en',
      'Hi both,\n\nHelen, could you move your samples into the freezer before Monday?\n\nEva, nothing needed from you.\n\nOla',
      { to: ['h.zhou@firma.example', 'eva.lund@firma.example'] },
    ],
    [
      'pl',
      'Dzień dobry,\n\nMacieju, czy możesz sprawdzić w magazynie, czy to repertorium jest w naszym zasobie?\n\nOla',
      { to: ['m.kaczor@firma.example', 'eva.lund@firma.example'] },
    ],
  ] as [Lang, string, { to?: string[] }][])('%s: not the reader’s task', (lang, body, people) => {
    expect(run(body, lang, people).isRequest).toBe(false);
  });

  it.each([
    // The reader's own name, a short form of it and interjections stay asks to the reader.
    ['en', 'Hi Eva,\n\nEvie, could you send me the rota by Friday?\n\nOla', {}],
    [
      'pl',
      'Cześć,\n\nAha, i brakuje mi jeszcze Twojego raportu z inspekcji – wyślij go do piątku.\n\nOla',
      { cc: ['anita.sobczak@firma.example'] },
    ],
    ['de', 'Hallo Eva,\n\nAch, und könntest du die Führung am Freitag übernehmen?\n\nOla', {}],
    // Nothing says who the reader is ("info@"): a name cannot be ruled out.
    [
      'en',
      'Hi,\n\nJonas and I are setting up.\n\nJonas, could you collect the van on Thursday?\n\nOla',
      { me: { name: '', email: 'info@firma.example' } },
    ],
  ] as [Lang, string, { to?: string[]; cc?: string[]; me?: { name: string; email: string } }][])(
    '%s: still the reader’s ask',
    (lang, body, people) => {
      expect(run(body, lang, people).isRequest).toBe(true);
    },
  );
});

describe('praise is no duty', () => {
  it.each([
    ['en', 'Hi all,\n\nThank you for a great festival. You should be very proud.\n\nOla'],
    ['nl', 'Hoi allemaal,\n\nDank voor alle inzet. Jullie moeten echt trots zijn op dit resultaat.\n\nOla'],
    ['pl', 'Cześć wszystkim,\n\ndziękuję za festyn. Możecie być z siebie dumni.\n\nOla'],
    ['nb', 'Hei alle,\n\ntakk for innsatsen. Dere bør være veldig stolte av dette.\n\nOla'],
  ] as [Lang, string][])('%s', (lang, body) => {
    expect(run(body, lang).isRequest).toBe(false);
  });

  it('"Hver ansatt må …" is a duty of each, the reader too', () => {
    expect(run('Hei alle,\n\nHver ansatt må fullføre kurset neste uke.\n\nOla', 'nb').isRequest).toBe(true);
  });
});

describe('round 10 (de, pl, nb)', () => {
  const local = (d: Date | null) => (d ? new Date(d.getTime() + 3_600_000).toISOString().slice(0, 16) : null);
  const spans = (a: ReturnType<typeof run>) => a.requestSpans.map((s) => s.text);

  it('Bokmål imperatives of reading up and starting ask, a noun "start" does not', () => {
    expect(run('Hei Eva,\n\nSett deg inn i de nye rutinene for varemottak før mandag.\n\nOla', 'nb').isRequest).toBe(
      true,
    );
    expect(run('Hei Eva,\n\nStart på kalkylen for tilbygget i morgen.\n\nOla', 'nb').isRequest).toBe(true);
    expect(run('Hei Eva,\n\nStarten på ombyggingen er flyttet til mandag.\n\nOla', 'nb').isRequest).toBe(false);
  });

  it('"Ring hvis noe er uklart" is a courtesy offer, "Ring kunden …" an ask', () => {
    const a = run('Hei Eva,\n\nSend meg tegningene innen fredag. Ring hvis noe er uklart.\n\nOla', 'nb');
    expect(spans(a)).toEqual(['Send meg tegningene innen fredag.']);
    expect(run('Hei Eva,\n\nRing meg gjerne om du lurer på noe.\n\nOla', 'nb').isRequest).toBe(false);
    expect(run('Hei Eva,\n\nRing kunden før kl. 15 og bekreft leveransen.\n\nOla', 'nb').isRequest).toBe(true);
  });

  it('a connective before a colon is no name ("Uansett: kan du …?"), a recipient’s name is', () => {
    const a = run('Hei Eva,\n\nFor en uke! Uansett: kan du ringe leverandøren før kl. 15?\n\nOla', 'nb');
    expect(a.isRequest).toBe(true);
    expect(local(a.due)).toBe('2026-05-06T15:00');
    expect(run('Hallo Eva,\n\nJedenfalls: kannst du die Liste bis Freitag prüfen?\n\nOla', 'de').isRequest).toBe(true);
    const other = run('Hei begge,\n\nLars: kan du ringe leverandøren før kl. 15?\n\nOla', 'nb', {
      to: ['lars.tveit@firma.example', 'eva.lund@firma.example'],
    });
    expect(other.isRequest).toBe(false);
  });

  it('"nothing to do" for those who did it already leaves the duty of the others', () => {
    const nb = run(
      'Hei alle,\n\nAlle trenere må levere politiattest innen 31. mai. De som allerede har levert, trenger ikke gjøre noe.\n\nOla',
      'nb',
    );
    expect(nb.isRequest).toBe(true);
    expect(local(nb.due)).toBe('2026-05-31T17:00');
    const de = run(
      'Hallo zusammen,\n\nalle Teamleitungen müssen bis Freitag die Dienstpläne eintragen. Wer das schon erledigt hat, hat nichts weiter zu tun.\n\nOla',
      'de',
    );
    expect(de.isRequest).toBe(true);
    // Said to the reader without a condition, it still means there is nothing to do.
    expect(
      run(
        'Hei Eva,\n\nVi trenger politiattest fra alle trenere. Du trenger ikke gjøre noe, din er registrert.\n\nOla',
        'nb',
      ).isRequest,
    ).toBe(false);
  });

  it('a Bokmål need for the reader’s part asks, the sender’s own need does not', () => {
    const a = run('Hei Eva,\n\nKunden har ringt to ganger. Jeg må ha timelisten din i morgen.\n\nOla', 'nb');
    expect(a.isRequest).toBe(true);
    expect(local(a.due)).toBe('2026-05-07T17:00');
    expect(run('Hei Eva,\n\nJeg må ha glemt passordet ditt, det virker ikke.\n\nOla', 'nb').isRequest).toBe(false);
    expect(
      run('Hei Eva,\n\nJeg må ha bilen på verksted i morgen, så jeg kommer litt senere.\n\nOla', 'nb').isRequest,
    ).toBe(false);
  });

  it('"Pani Iwono, czy wie Pani …?" asks the reader known only by her initial, not another reader', () => {
    const body =
      'Pani Iwono, nie pali się, ale czy wie Pani, czy kurs do Lipowca od poniedziałku ma już kierowcę?\n\nM. Zalewski';
    const a = run(body, 'pl', { me: { name: 'I Kowalska', email: 'i.kowalska@firma.example' } });
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
    expect(run(body, 'pl', { me: { name: 'A Nowak', email: 'a.nowak@firma.example' } }).isRequest).toBe(false);
  });

  it('an item of the minutes that names the reader by first name and surname is hers', () => {
    const body =
      'Dzień dobry,\n\nnotatka z dzisiejszego zebrania:\n\nZadania:\n- Adam Wójcik – zamówi nowe tablice.\n- Natalia Lewandowska – przygotuje zestawienie kosztów do 15.05.\n\nPozdrawiam\nOla';
    const a = run(body, 'pl', { me: { name: 'N Lewandowska', email: 'n.lewandowska@firma.example' } });
    expect(a.isRequest).toBe(true);
    expect(local(a.due)).toBe('2026-05-15T17:00');
    expect(run(body, 'pl', { me: { name: 'K Lewandowska', email: 'k.lewandowska@firma.example' } }).isRequest).toBe(
      false,
    );
  });

  it('rhetorical doubt about good news asks nothing, doubts about a plan are asked about', () => {
    expect(
      run('Drodzy wszyscy,\n\nmamy trzy medale! Czy ktoś jeszcze wątpi, że warto było trenować zimą?\n\nOla', 'pl')
        .isRequest,
    ).toBe(false);
    expect(run('Drodzy wszyscy,\n\nczy ktoś ma jeszcze wątpliwości co do nowego grafiku?\n\nOla', 'pl').isRequest).toBe(
      true,
    );
  });

  it('a Polish meeting confirmed is news, unless an ask comes with it', () => {
    expect(
      run('Cześć,\n\nrozmowa z klientem potwierdzona – dzwonimy o 14:30, rozmawiamy do ok. 15:00.\n\nOla', 'pl')
        .isRequest,
    ).toBe(false);
    expect(run('Cześć,\n\nspotkanie z zarządem potwierdzone na czwartek o 10:00.\n\nOla', 'pl').isRequest).toBe(false);
    expect(
      run('Cześć,\n\nspotkanie z dostawcą potwierdzone – przygotuj proszę slajdy do środy.\n\nOla', 'pl').isRequest,
    ).toBe(true);
  });

  it('a Polish need that names no one, before the ask, is its reason; one that names the group is quoted', () => {
    const a = run(
      'Dzień dobry,\n\nlista jest prawie gotowa, ale brakuje mi jeszcze kilku zgłoszeń. Proszę o wpisanie się do arkusza do piątku.\n\nOla',
      'pl',
    );
    expect(spans(a)).toEqual(['Proszę o wpisanie się do arkusza do piątku.']);
    const b = run(
      'Drogie Panie,\n\nprzed festynem potrzebuję od każdej grupy kilku informacji:\n\n- liczby dzieci,\n- listy rekwizytów.\n\nProszę o przesłanie wszystkiego do piątku.\n\nOla',
      'pl',
    );
    expect(spans(b)).toEqual([
      'przed festynem potrzebuję od każdej grupy kilku informacji:',
      'Proszę o przesłanie wszystkiego do piątku.',
    ]);
  });

  it('a date in brackets after an event is when the event is, not the deadline', () => {
    const pl = run(
      'Cześć,\n\nprzed Dniem Otwartym (12 czerwca) potrzebuję od Ciebie listy gości. Proszę o przesłanie jej do piątku.\n\nOla',
      'pl',
    );
    expect(local(pl.due)).toBe('2026-05-08T17:00');
    const de = run(
      'Hallo Eva,\n\nvor dem Sommerfest (12. Juni) brauche ich noch deine Gästeliste. Schick sie mir bitte bis Freitag.\n\nOla',
      'de',
    );
    expect(local(de.due)).toBe('2026-05-08T17:00');
    expect(local(run('Cześć,\n\nProszę o przesłanie listy gości przed 12 czerwca.\n\nOla', 'pl').due)).toBe(
      '2026-06-12T17:00',
    );
  });

  it('German gratitude for what the reader is to do is a further ask, gratitude for the past is not', () => {
    const a = run(
      'Hallo Eva,\n\nkönntest du mir bitte bis Freitag die Folien schicken? Außerdem wäre ich dankbar, wenn du für Donnerstag den Besprechungsraum reservierst.\n\nOla',
      'de',
    );
    expect(spans(a)).toHaveLength(2);
    expect(
      run('Hallo Eva,\n\nich wäre dankbar gewesen, wenn der Lieferant früher Bescheid gegeben hätte.\n\nOla', 'de')
        .isRequest,
    ).toBe(false);
  });

  it('what the reader can do once the work is done is not an ask, "danach … bitte" is', () => {
    expect(
      run(
        'Sehr geehrte Frau Lund,\n\ndie neue Theke wird am Montag geliefert. Wir brauchen etwa zwei Stunden, danach können Sie den Raum sofort nutzen.\n\nOla',
        'de',
      ).isRequest,
    ).toBe(false);
    expect(
      run(
        'Sehr geehrte Frau Lund,\n\ndie Regale sind montiert. Danach können Sie bitte die Ordner einräumen.\n\nOla',
        'de',
      ).isRequest,
    ).toBe(true);
  });
});

describe('round 10 (en, nl)', () => {
  const cast = { to: ['kai.tan@firma.example', 'beth.jones@firma.example', 'eva.lund@firma.example'] };
  it('the rest of a line addressed to someone else is for that person too', () => {
    const a = run(
      'Hi all,\n\nGood rehearsal tonight.\n\nKai – the thunder cue needs to come in earlier; can you re-time it?\nBeth – the teapot handle broke again. Can you find a sturdier one?\n\nRosa',
      'en',
      cast,
    );
    expect(a.isRequest).toBe(false);
    // Contrast: a question on a line of its own asks everyone.
    const b = run(
      'Hi all,\n\nGood rehearsal tonight.\n\nBeth – the teapot handle broke again.\nCan you all check the props list before Friday?\n\nRosa',
      'en',
      cast,
    );
    expect(b.isRequest).toBe(true);
  });
  it("a deadline in another person's item is not the reader's", () => {
    const team = { to: ['lotte.smit@firma.example', 'eva.lund@firma.example'] };
    const a = run(
      'Goedemorgen team,\n\nTaakverdeling:\n\n- Lotte: de plattegronden bijwerken, graag uiterlijk woensdag.\n- Eva: kun jij de visualisaties afmaken?\n\nPieter',
      'nl',
      team,
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
    const b = run(
      'Goedemorgen team,\n\nTaakverdeling:\n\n- Eva: de plattegronden bijwerken, graag uiterlijk woensdag.\n- Lotte: kun jij de visualisaties afmaken?\n\nPieter',
      'nl',
      team,
    );
    expect(b.due?.toISOString()).toBe('2026-05-13T16:00:00.000Z');
  });
  it('an item of the minutes with the reader as its owner ("Actie: Eva – …") is an ask, another owner\'s is not', () => {
    const dutch = { to: ['ingrid.bos@firma.example', 'eva.lund@firma.example'] };
    const a = run(
      'Beste allen,\n\nHierbij de actiepunten van het overleg:\n\n1. Oefening gaat door. (Actie: Ingrid – draaiboek afstemmen)\n2. Nieuwe maskers – rooster opstellen. (Actie: Eva – vóór 20 mei rooster aanleveren bij mij)\n\nGroet,\nLinda',
      'nl',
      dutch,
    );
    expect(a.isRequest).toBe(true);
    expect(a.due?.toISOString()).toBe('2026-05-20T16:00:00.000Z');
    const b = run(
      'Beste allen,\n\nHierbij de actiepunten van het overleg:\n\n1. Oefening gaat door. (Actie: Ingrid – vóór 20 mei draaiboek afstemmen)\n\nGroet,\nLinda',
      'nl',
      dutch,
    );
    expect(b.isRequest).toBe(false);
    const english = { to: ['priya.shah@firma.example', 'eva.lund@firma.example'] };
    expect(
      run(
        'Hi all,\n\nActions from the review:\n- Action: Eva – book the van for the site visit by Friday.\n- Action: Priya – update the risk log.\n\nOla',
        'en',
        english,
      ).isRequest,
    ).toBe(true);
    expect(
      run(
        'Hi all,\n\nActions from the review:\n- Action: Priya – book the van for the site visit by Friday.\n\nOla',
        'en',
        english,
      ).isRequest,
    ).toBe(false);
  });
  it.each([
    [
      'en',
      'Hi Eva,\n\nTurbine 7 is still offline; the gearbox needs a full swap.\n\nLet me know if you want to come up to site for a look.\n\nOla',
      false,
    ],
    [
      'en',
      'Hi Eva,\n\nTurbine 7 is still offline; the gearbox needs a full swap.\n\nLet me know if you can come up to site on Thursday.\n\nOla',
      true,
    ],
    [
      'nl',
      "Beste Eva,\n\nVanaf 1 juni verandert je rooster: de schoonmaak gebeurt dan 's ochtends.\n\nHeb je vragen, bel of app me gerust.\n\nOla",
      false,
    ],
    [
      'nl',
      "Beste Eva,\n\nVanaf 1 juni verandert je rooster: de schoonmaak gebeurt dan 's ochtends.\n\nHeb je het nieuwe rooster al gezien? Bel me even als het niet past.\n\nOla",
      true,
    ],
  ] as [Lang, string, boolean][])('%s: an offer the reader may take up is no ask: %s', (lang, body, ask) => {
    expect(run(body, lang).isRequest).toBe(ask);
  });
  it("notes of tonight's meeting are minutes: their status lines ask nothing, the reader's item does", () => {
    expect(
      run(
        "Hi all,\n\nNotes from tonight's meeting:\n- We still need a treasurer for next year.\n- Tom to confirm the hall booking by Friday.\n\nOla",
        'en',
      ).isRequest,
    ).toBe(false);
    // Contrast: the same line in a mail that is no minutes states a need of the reader's group.
    expect(
      run(
        'Hi all,\n\nA few things:\n- We still need a treasurer for next year.\n- Tom to confirm the hall booking by Friday.\n\nOla',
        'en',
      ).isRequest,
    ).toBe(true);
    expect(
      run(
        "Hi all,\n\nNotes from tonight's meeting:\n- We now have 11 families on the waiting list.\n- Eva to update the rota by Friday.\n\nOla",
        'en',
      ).isRequest,
    ).toBe(true);
  });
});

describe('round 11: the reader known by the initial of the address, and named in a copy', () => {
  const ingrid = { name: 'I Postma', email: 'i.postma@firma.example' };
  it('"- Ingrid: wil jij …" is the reader’s item when only her initial is known and no one else’s fits', () => {
    const body =
      'Goedemorgen allemaal,\n\n- Lieke: kun jij de antwoorden op de website zetten?\n- Ingrid: wil jij de lijst met bewoners controleren?\n\nGijs';
    const a = run(body, 'nl', { me: ingrid, to: ['l.brouwer@firma.example', 'i.postma@firma.example'] });
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toEqual(['- Ingrid: wil jij de lijst met bewoners controleren?']);
  });

  it('a name with another recipient’s initial stays theirs, also when the reader’s initial fits', () => {
    const body = 'Goedemorgen,\n\n- Ilse: kun jij de antwoorden op de website zetten?\n\nGijs';
    const a = run(body, 'nl', { me: ingrid, to: ['i.dekker@firma.example', 'i.postma@firma.example'] });
    expect(a.isRequest).toBe(false);
  });

  it('a copy that turns to the reader by name asks her; a copy that only names her does not', () => {
    const kari = { name: 'Kari Fjeld', email: 'kari.fjeld@firma.example' };
    const people = { me: kari, to: ['ola.vestre@firma.example'], cc: ['kari.fjeld@firma.example'] };
    const asked =
      'Hei Ola (og Kari på kopi),\n\nOla: ta nye prøver i morgen.\n\nKari: kan du skrive et utkast til informasjonsbrev til abonnentene?\n\nTerje';
    expect(run(asked, 'nb', people).isRequest).toBe(true);
    const told =
      'Hei Ola,\n\nKan du bekrefte innen fredag hvilke tall du trenger?\n\nKari Fjeld, økonomisjef, står på kopi til orientering.\n\nTerje';
    expect(run(told, 'nb', people).isRequest).toBe(false);
  });

  it('"til informasjonsbrevet" is no "til info"', () => {
    expect(run('Hei Eva,\n\nKan du skrive et utkast til informasjonsbrev?\n\nOla', 'nb').isRequest).toBe(true);
    expect(run('Hei Eva,\n\nTil info: kontoret er stengt fredag.\n\nOla', 'nb').isRequest).toBe(false);
  });

  it('Dutch "Ik vraag jullie om …" and "We vragen je … te …" ask; "Ik vraag me af" does not', () => {
    expect(
      run('Beste collega’s,\n\nIk vraag jullie om het sjabloon vóór vrijdag in te vullen.\n\nOla', 'nl').isRequest,
    ).toBe(true);
    expect(run('Hoi Eva,\n\nWe vragen je de planning vóór vrijdag te controleren.\n\nOla', 'nl').isRequest).toBe(true);
    expect(run('Hoi Eva,\n\nIk vraag me af of de planning nog klopt.\n\nOla', 'nl').isRequest).toBe(false);
  });
});

describe('round 12: names spelled without accents, German wishes and needs, absence beside an ask', () => {
  it.each([
    ['nb', 'Jørgen – jeg trenger avstemmingen av konto 1920 før dagen er omme.\n\nTuva', 'jorgen.dahl'],
    ['pl', 'Łukasz: przygotuj proszę zestawienie do piątku.\n\nOla', 'lukasz.nowak'],
    ['de', 'Jürgen – schick mir bitte die Liste bis Freitag.\n\nOla', 'juergen.meier'],
  ] as [Lang, string, string][])('%s: the reader named with accents his address leaves out', (lang, body, local) => {
    const me = { name: '', email: `${local}@firma.example` };
    expect(run(body, lang, { me, to: [me.email, 'anna.berg@firma.example'] }).isRequest).toBe(true);
  });

  it('someone else named with accents stays someone else', () => {
    const me = { name: '', email: 'eva.lund@firma.example' };
    const body = 'Hei,\n\nJørgen – kan du sende avstemmingen før dagen er omme?\n\nTuva';
    expect(run(body, 'nb', { me, to: [me.email, 'jorgen.dahl@firma.example'] }).isRequest).toBe(false);
  });

  it.each([
    'Liebe Eva,\n\nich würde mich sehr freuen, wenn du einen Blick auf den Plan werfen könntest.\n\nOla',
    'Hallo Eva,\n\nBrauche die Umschlagszahlen Q4 für Terminal Süd. Danke.\n\nOla',
  ])('de asks: %s', (body) => {
    expect(run(body, 'de').isRequest).toBe(true);
  });

  it.each([
    'Hallo Eva,\n\nich würde mich freuen, wenn es am Freitag klappt.\n\nOla',
    'Hallo Eva,\n\nBrauche heute keine Zahlen mehr, danke.\n\nOla',
  ])('de asks nothing: %s', (body) => {
    expect(run(body, 'de').isRequest).toBe(false);
  });

  it('a question to the reader beside the sender’s leave is a person’s ask, not an auto-reply', () => {
    const asked = "Hi Eva,\n\nI'm on leave from Friday, so can I ask you to run the data cleanse by 8 January?\n\nOla";
    expect(run(asked, 'en').isRequest).toBe(true);
    const auto =
      'Hello,\n\nThank you for your email. I am out of the office until 5 January. Do you need urgent help? Please contact Tom.\n\nOla';
    expect(run(auto, 'en').isRequest).toBe(false);
  });
});

describe('round 15: an action item with its owner before a spaced hyphen', () => {
  const minutes = (items: string) =>
    `Hi team,\n\nNotes from this afternoon's meeting:\n\n- Falls: two this month, both at night.\n\nActions\n${items}\n\nNext meeting 27 May.\n\nMaeve`;
  it("items that name other people are theirs, not the reader's", () => {
    const a = run(
      minutes(
        '• Chiara Rossi - update the risk assessment template and circulate by 8 May\n• Josh Whitaker - arrange refresher training on the new pumps',
      ),
      'en',
      { to: ['ward9@firma.example'] },
    );
    expect(a.isRequest).toBe(false);
  });
  it("an item with the reader's name is hers", () => {
    const a = run(
      minutes(
        '• Chiara Rossi - update the risk assessment template\n• Eva Lund - arrange refresher training on the new pumps by 8 May',
      ),
      'en',
      { to: ['ward9@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.requestSpans.map((s) => s.text)).toEqual([
      '• Eva Lund - arrange refresher training on the new pumps by 8 May',
    ]);
  });
});

describe('round 15: a noun that looks like an imperative opens a status line', () => {
  it.each([
    'Hi team,\n\nQuick status:\n- Call scripts for the first two weeks are being finalised by the comms team and will be on the knowledge base by 30 April.\n\nOla',
    'Hi Eva,\n\nReview comments have been added to the shared draft.\n\nOla',
    'Hi Eva,\n\nOrder forms will be in the post on Friday.\n\nOla',
  ])('asks nothing: %s', (body) => {
    expect(run(body, 'en').isRequest).toBe(false);
  });
  it.each([
    'Hi Eva,\n\nCheck the figures are right before Friday.\n\nOla',
    'Hi Eva,\n\nCall me when the scripts have been finalised.\n\nOla',
  ])('an imperative with its object still asks: %s', (body) => {
    expect(run(body, 'en').isRequest).toBe(true);
  });
});

describe('round 15: after a lead-in that asks nothing, what rules a sentence out rules out the rest', () => {
  it("the sender's own commitment after a lead-in asks nothing", () => {
    const a = run(
      "Hi Eva,\n\nFollowing our call yesterday: I'll get the soil samples to the lab by Friday and send you the results as soon as they're back.\n\nOla",
      'en',
    );
    expect(a.isRequest).toBe(false);
  });
  it('a lead-in that asks keeps its ask, and an ask after a lead-in is one', () => {
    expect(
      run("Hi Eva,\n\nCould you check one thing: I'll send the samples on Friday, is that OK?\n\nOla", 'en').isRequest,
    ).toBe(true);
    expect(
      run('Hi Eva,\n\nFollowing our call yesterday: please send me the soil results by Friday.\n\nOla', 'en').isRequest,
    ).toBe(true);
  });
});

describe('round 15: a question the sender answers, or winks at', () => {
  it.each([
    [
      'pl',
      'Drodzy,\n\nczy rok temu ktoś z nas wierzył, że oddamy trzy inwestycje przed terminem? A jednak się udało.\n\nDziękuję!',
    ],
    [
      'de',
      'Servus,\n\n96 % Auslastung im August. Brauchen wir noch mehr Beweise, dass sich das lohnt? 😉\nDanke euch!\n\nOla',
    ],
    ['en', 'Hi all,\n\nCould we have asked for a better start to the year? Of course not. Thanks, everyone.\n\nOla'],
    ['nl', 'Hoi allemaal,\n\nHadden we dit een jaar geleden kunnen bedenken? Ik niet. Dank jullie wel!\n\nOla'],
  ] as const)('%s: rhetorical (%#)', (lang, body) => {
    expect(run(body, lang).isRequest).toBe(false);
  });
  it.each([
    ['pl', 'Drodzy,\n\nczy ktoś z was może jutro przyjść wcześniej? A jednak, jeśli nie, damy radę.\n\nOla'],
    ['de', 'Hallo Eva,\n\nkannst du mir die Zahlen noch schicken? 😉\n\nOla'],
    ['en', 'Hi Eva,\n\nCould you send the file? Of course, no rush.\n\nOla'],
  ] as const)('%s: a question to the reader still asks (%#)', (lang, body) => {
    expect(run(body, lang).isRequest).toBe(true);
  });
});

describe('round 15: a mailbox of one word is a person when a line turns to that name', () => {
  const to = ['sanne@firma.example', 'bram@firma.example', 'eva.lund@firma.example'];
  it('asks to the other mailboxes by name ask nothing of the reader', () => {
    const a = run(
      'Goedemorgen,\n\nSanne, kun jij de schoonmaakploeg voor zaterdag bevestigen?\nBram, wil jij de e-bikes regelen?\nEva, voor jou verandert er niets.\n\nOla',
      'nl',
      { to },
    );
    expect(a.isRequest).toBe(false);
  });
  it('a line that turns to the reader, or to a team mailbox, still asks', () => {
    expect(
      run(
        'Goedemorgen,\n\nSanne, kun jij de schoonmaakploeg bevestigen?\nEva, wil jij de e-bikes regelen?\n\nOla',
        'nl',
        { to },
      ).isRequest,
    ).toBe(true);
    expect(
      run('Hi,\n\nTeam, could you all send me your rota wishes by Friday?\n\nOla', 'en', {
        to: ['team@firma.example', 'eva.lund@firma.example'],
      }).isRequest,
    ).toBe(true);
  });
});

describe('round 15: an exclamation put as a question, a courtesy offer after a condition, "bear in mind"', () => {
  it.each([
    ['en', 'Hi all,\n\nJuly was a record month. Isn’t that a great result for all of us?\n\nOla'],
    ['nl', 'Hoi allemaal,\n\nJuli was een recordmaand. Is dat niet geweldig?\n\nOla'],
    ['de', 'Liebe Teams,\n\n14 % über Vorjahr. Ist das nicht ein tolles Ergebnis kurz vor Weihnachten?\n\nOla'],
    ['pl', 'Drodzy,\n\nlipiec był rekordowy. Czy to nie jest wspaniały wynik?\n\nOla'],
    ['nb', 'Hei alle sammen,\n\nJuli ble en rekordmåned. Er det ikke fantastisk hva vi får til sammen?\n\nOla'],
    ['nb', 'Hei Eva,\n\nTakk for sist. Vil du ha en kopi av regneeksemplene, er det bare å si fra.\n\nOla'],
    ['pl', 'Drodzy,\n\nprosimy mieć na uwadze, że w dniach 28–31 grudnia wszystkie filie będą zamknięte.\n\nOla'],
  ] as const)('%s: asks nothing (%#)', (lang, body) => {
    expect(run(body, lang).isRequest).toBe(false);
  });
  it.each([
    ['en', 'Hi Eva,\n\nIsn’t the rota due today? Could you send it over?\n\nOla'],
    ['nb', 'Hei Eva,\n\nKan du si fra om du vil ha en kopi av regneeksemplene?\n\nOla'],
    ['pl', 'Drodzy,\n\nprosimy mieć na uwadze, że raport należy oddać do piątku.\n\nOla'],
  ] as const)('%s: still asks (%#)', (lang, body) => {
    expect(run(body, lang).isRequest).toBe(true);
  });
});

describe('round 15: typographic apostrophes read as straight ones', () => {
  it("an exclamation with “Isn’t” asks nothing, as with “Isn't”", () => {
    for (const apostrophe of ["'", '’'])
      expect(
        run(
          `Hi team,\n\nJuly was a record month, and I know how hard you all worked for it. Isn${apostrophe}t it amazing what we can do when everyone pulls together?\n\nOla`,
          'en',
        ).isRequest,
      ).toBe(false);
  });
  it('the quoted ask keeps the apostrophe as written', () => {
    const a = run('Hi Eva,\n\nI’d be grateful if you could send me the rota by Friday.\n\nOla', 'en');
    expect(a.requestSpans.map((s) => s.text)).toEqual(['I’d be grateful if you could send me the rota by Friday.']);
  });
});

describe('round 15: a duty to a group stands beside "those who already did it have nothing to do"', () => {
  it.each([
    [
      'nl',
      "Beste collega's,\n\nAlle monteurs moeten de e-learning vóór 30 juni hebben afgerond.\nWie hem al gedaan heeft, hoeft niets meer te doen.\n\nOla",
    ],
    [
      'en',
      'Hi all,\n\nAll engineers must complete the switching module by 30 June.\nThose who already did it have nothing to do.\n\nOla',
    ],
    [
      'pl',
      'Szanowni Państwo,\n\nwszyscy pracownicy szpitala, w tym personel zatrudniony na kontraktach, muszą ukończyć e-learning do 30.06.\n\nOla',
    ],
  ] as const)('%s: asks (%#)', (lang, body) => {
    expect(run(body, lang, { to: ['wszyscy@firma.example', 'eva.lund@firma.example'] }).isRequest).toBe(true);
  });
  it('contrast: "nothing to do" for everyone asks nothing', () => {
    expect(
      run("Beste collega's,\n\nDe nieuwe werkinstructie staat online. Jullie hoeven niets te doen.\n\nOla", 'nl')
        .isRequest,
    ).toBe(false);
  });
});

describe('round 15: Bokmål "Ta …" is an imperative', () => {
  it('"Ta e-læringsmodulen … innen mandag kl. 08" asks, with its deadline', () => {
    const a = run(
      'Hei Eva,\n\nTa e-læringsmodulen i kompetanseportalen og last opp kursbeviset innen mandag kl. 08, så jeg kan sette deg opp på vaktplanen.\n\nTakk!\nOla',
      'nb',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('innen mandag kl. 08');
  });
  it.each([
    'Hei alle sammen,\n\nTusen takk for innsatsen med årsoppgjøret. Ta dere en god helg!\n\nOla',
    'Hei Eva,\n\nVi starter gjennomgangen mandag. Ta gjerne kontakt dersom du har spørsmål underveis.\n\nOla',
  ])('a wish or a courtesy offer is none: %s', (body) => {
    expect(run(body, 'nb').isRequest).toBe(false);
  });
});

describe('round 15: a duty to the group stands beside nothing to do for a step of it', () => {
  it('pl: "Każda stylistka musi przejść szkolenie … nie musicie niczego odsyłać" asks', () => {
    const a = run(
      'Dziewczyny,\n\nKażda stylistka musi przejść szkolenie e-learningowe z nowej kolekcji w przyszłym tygodniu. Po zakończeniu system sam wyśle mi potwierdzenie, więc nie musicie niczego odsyłać.\n\nOla',
      'pl',
      { to: ['stylistki@firma.example'] },
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('w przyszłym tygodniu');
  });
  it('contrast: small talk beside "nothing has to be moved" asks nothing', () => {
    expect(
      run(
        'Cześć Ewo,\n\njak minął weekend?\n\nSerwis skończył przegląd linii, zamówienie wyjdzie zgodnie z planem w piątek, nic nie trzeba przesuwać w harmonogramie.\n\nOla',
        'pl',
      ).isRequest,
    ).toBe(false);
  });
});
