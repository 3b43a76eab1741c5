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
