// Senders (colleague or not, machine or person) and attachment hints.
import { describe, expect, it } from 'vitest';
import { analyzeEmail, isColleague } from '../../utils/detect';
import type { AnalysisContext } from '../../utils/detect';
import type { MessageSnapshot } from '../../utils/webmail/types';

const ctx = (over: Partial<AnalysisContext> = {}): AnalysisContext => ({
  now: new Date('2026-03-04T10:00:00+01:00'),
  myAddresses: ['anna.berg@firma.example'],
  myName: 'Anna Berg',
  orgDomains: [],
  ...over,
});

function mail(from: string, body: string, over: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    messageId: 'm',
    threadId: 't',
    from: { name: 'Sender', email: from },
    to: [{ name: 'Anna Berg', email: 'anna.berg@firma.example' }],
    cc: [],
    sentAt: '2026-03-04T10:00:00+01:00',
    subject: '',
    bodyText: body,
    hasAttachments: false,
    isFromMe: false,
    ...over,
  };
}

describe('colleagues', () => {
  it.each([
    ['tom@firma.example', ctx(), true],
    ['tom@dev.firma.example', ctx(), true],
    ['tom@supplier.example', ctx(), false],
    ['tom@supplier.example', ctx({ orgDomains: ['supplier.example', 'firma.example'] }), true],
    ['friend@gmail.com', ctx({ myAddresses: ['anna@gmail.com'] }), false],
    ['not-an-address', ctx(), false],
  ] as [string, AnalysisContext, boolean][])('%s', (address, context, expected) => {
    expect(isColleague(address, context)).toBe(expected);
  });
  it('is reported on the analysis', () => {
    expect(analyzeEmail(mail('tom@firma.example', 'Can you call me?'), ctx()).fromColleague).toBe(true);
    expect(analyzeEmail(mail('tom@other.example', 'Can you call me?'), ctx()).fromColleague).toBe(false);
  });
});

describe('automated and bulk mail is never a request', () => {
  it.each([
    ['no-reply@shop.example', 'Your order has shipped. Click here to confirm delivery.'],
    [
      'notifications@tickets.example',
      'Ticket 4711 was updated. Please review the change.\n\nThis is an automated message, do not reply.',
    ],
    ['news@brand.example', 'Spring deals! Shop now and save 20%.\n\nUnsubscribe | Manage preferences'],
    [
      'noreply@paket.example',
      'Ihre Sendung ist unterwegs. Bitte bestätigen Sie die Zustellung.\n\nDiese Nachricht wurde automatisch erstellt.',
    ],
    [
      'ankiety@firma.example',
      'Wypełnij ankietę do 13 listopada.\n\nWiadomość wygenerowana automatycznie, prosimy nie odpowiadać.',
    ],
    [
      'varsel@posten.example',
      'Pakken din er klar. Hent pakken innen fredag.\n\nDette er en automatisk melding som ikke kan besvares.',
    ],
    ['nieuwsbrief@bedrijf.example', 'Lees het laatste nieuws.\n\nKlik hier om je af te melden: afmelden'],
  ])('%s', (from, body) => {
    const a = analyzeEmail(mail(from, body), ctx());
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
  // Round 9: the unsubscribe line as a separable verb, a platform's own sending domain, an alarm
  // system's address, a "Powered by" footer.
  it.each([
    [
      'enquete@vereniging.example',
      'Vereniging Zeewijk',
      'Vul de vragenlijst in vóór vrijdag.\n\nWil je geen e-mails meer ontvangen? Klik hier om je uit te schrijven.',
    ],
    ['member@surveymonkeyuser.com', 'Vereniging Zeewijk via SurveyMonkey', 'Vul de enquête in vóór 30 november.'],
    [
      'scada-alarm@windpark.example',
      'SCADA Leitwarte',
      'Störung Achse 2.\n\nBitte quittieren Sie die Meldung im Leitsystem.\n\nDiese Nachricht wurde automatisch erzeugt.',
    ],
    [
      'desk@rooms.example',
      'Booking desk',
      'Your room is booked for Monday. Please confirm the number of guests.\n\nPowered by RoomDesk\n',
    ],
  ])('%s (%s)', (email, name, body) => {
    const a = analyzeEmail(mail(email, body, { from: { name, email } }), ctx());
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
  it('a supplier writing in person is not automated, despite the corporate footer', () => {
    const a = analyzeEmail(
      {
        ...mail(
          'lars.vik@supplier.example',
          'Hi Anna,\n\nCould you confirm the delivery address for your order 4471?\n\nBest regards,\nLars Vik\n\nSupplier AS | Privacy policy | All rights reserved',
        ),
        from: { name: 'Lars Vik', email: 'lars.vik@supplier.example' },
      },
      ctx(),
    );
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(true);
    expect(a.fromColleague).toBe(false);
  });
  it('a person writing from a company address is not automated', () => {
    const a = analyzeEmail(
      mail(
        'jan.sobczak@kancelaria.example',
        'Szanowna Pani,\n\nuprzejmie proszę o przesłanie podpisanej umowy do 15 marca.\n\nZ poważaniem\nJan Sobczak',
      ),
      ctx(),
    );
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(true);
  });
});

describe('attachment hints', () => {
  it.each([
    ['Hi Anna,\n\nAttached is the draft agreement, see page 3.\n\nTom', false, 'missing'],
    ['Hallo Anna,\n\nim Anhang findest du die Präsentation.\n\nTom', false, 'missing'],
    ['Cześć,\n\nw załączniku przesyłam umowę.\n\nTomasz', false, 'missing'],
    ['Hei,\n\nVedlagt er rapporten.\n\nTom', false, 'missing'],
    ['Hi Anna,\n\nAttached is the draft agreement.\n\nTom', true, null],
    ['Hi Anna,\n\nCould you send me the signed contract as a PDF?\n\nTom', false, 'requested'],
    ['Hi Anna,\n\nThe meeting moved to room 4.\n\nTom', false, null],
  ] as [string, boolean, string | null][])('%#', (body, hasAttachments, hint) => {
    expect(analyzeEmail(mail('tom@firma.example', body, { hasAttachments }), ctx()).attachmentHint).toBe(hint);
  });
});

describe("calendar invitations from a colleague's mailbox", () => {
  it.each([
    [
      'en',
      'Ola Nord has invited you to a meeting.\n\nBudget review\nWhen: Thursday 09:00–10:00\n\nAccept | Tentative | Decline | Propose new time',
    ],
    [
      'de',
      'Ola Nord hat Sie zu einer Besprechung eingeladen.\n\nWann: Donnerstag 09:00–10:00\n\nAnnehmen | Mit Vorbehalt | Ablehnen',
    ],
    ['nb', 'Ola Nord har invitert deg til et møte.\n\nNår: torsdag 09:00–10:00\n\nGodta | Foreløpig | Avslå'],
    ['pl', 'Spotkanie budżetowe\nKiedy: czwartek 9:00–10:00\n\nAkceptuj | Wstępnie | Odrzuć'],
    ['nl', 'Ola Nord heeft je uitgenodigd.\n\nWanneer: donderdag 09:00–10:00\n\nAccepteren | Voorlopig | Weigeren'],
  ])('%s', (_lang, body) => {
    const a = analyzeEmail(mail('ola.nord@firma.example', body), ctx());
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });

  it('a person asking for a meeting is not a calendar system', () => {
    const a = analyzeEmail(
      mail('ola.nord@firma.example', 'Hi Anna,\n\nCan you join the budget call on Thursday at 9?\n\nOla'),
      ctx(),
    );
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(true);
  });
});

describe('platform footers, initials and newsletters written by people (round 5)', () => {
  it('an invoice a platform sends for a customer is automated', () => {
    const a = analyzeEmail(
      mail(
        'messages@post.billbox.example',
        "Hi Anna,\n\nHere's invoice 4411 for 1,200 EUR, due on 20 March.\n\nThanks,\nNorrland Timber\n\nThis email was sent via Billbox on behalf of Norrland Timber.",
        { from: { name: 'Norrland Timber', email: 'messages@post.billbox.example' } },
      ),
      ctx(),
    );
    expect(a.automated).toBe(true);
  });
  it('a report that offers to change its preferences is automated', () => {
    const a = analyzeEmail(
      mail(
        'reports@ticketdesk.example',
        'Weekly sales for the Harbour Hall\n\nSold 412 of 600 seats.\n\nYou are receiving this report because you are a venue manager. To change your report preferences, open the settings page.',
        { from: { name: 'Ticketdesk', email: 'reports@ticketdesk.example' } },
      ),
      ctx(),
    );
    expect(a.automated).toBe(true);
  });
  it('"k.wolff" from Kerstin Wolff is a person, even saying "please do not reply"', () => {
    const a = analyzeEmail(
      mail(
        'k.wolff@notar.example',
        'Sehr geehrte Frau Berg,\n\ndie Unterlagen sind vollständig bei uns eingegangen. Bitte nicht antworten – das ist nur die Eingangsbestätigung.\n\nKerstin Wolff',
        { from: { name: 'Kerstin Wolff', email: 'k.wolff@notar.example' } },
      ),
      ctx(),
    );
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(false);
  });
  it('a person writing the newsletter is no newsletter', () => {
    const a = analyzeEmail(
      mail(
        'beata.haber@firma.example',
        'Cześć Anno,\n\nprzygotowuję newsletter na weekend. Czy możesz podesłać mi dwa zdjęcia z otwarcia do końca dnia?\n\nBeata',
        { from: { name: 'Beata Haber', email: 'beata.haber@firma.example' } },
      ),
      ctx({ defaultLanguage: 'pl' }),
    );
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(true);
  });
});

describe('round 15: a Polish survey platform footer without "ta"', () => {
  it('"Wiadomość została wysłana za pośrednictwem platformy …" is automated, even with an imperative and a date', () => {
    const a = analyzeEmail(
      mail(
        'badania@ankietomat.example',
        'Szanowny Pracowniku,\n\nzapraszamy do udziału w corocznym badaniu satysfakcji pracowników.\n\nWypełnij ankietę do 9 czerwca: https://ankietomat.example/s/2026\n\nWiadomość została wysłana za pośrednictwem platformy Ankietomat. Aby zrezygnować z otrzymywania zaproszeń, kliknij tutaj.',
        { from: { name: 'Ankietomat', email: 'badania@ankietomat.example' } },
      ),
      ctx({ defaultLanguage: 'pl' }),
    );
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
});

describe("round 15: a person writing from the team's mailbox", () => {
  it('"Youssef Amrani" <servicedesk@…> asking the reader is a person, not a system', () => {
    const a = analyzeEmail(
      mail(
        'servicedesk@firma.example',
        'Hoi Anna,\n\nMorgen staat jouw laptop op de planning voor de migratie. Kun je vóór het einde van de dag bevestigen of je hem om 9.00 uur kunt inleveren?\n\nGroeten,\nYoussef Amrani\nICT Servicedesk',
        { from: { name: 'Youssef Amrani', email: 'servicedesk@firma.example' } },
      ),
      ctx({ defaultLanguage: 'nl' }),
    );
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(true);
  });
  it('a team name on the same mailbox stays a system', () => {
    const a = analyzeEmail(
      mail(
        'servicedesk@firma.example',
        'Hoi Anna,\n\nMorgen staat jouw laptop op de planning voor de migratie. Kun je vóór het einde van de dag bevestigen of je hem om 9.00 uur kunt inleveren?\n\nICT Servicedesk',
        { from: { name: 'ICT Servicedesk', email: 'servicedesk@firma.example' } },
      ),
      ctx({ defaultLanguage: 'nl' }),
    );
    expect(a.automated).toBe(true);
  });
});

describe('round 30: a report that says it was generated automatically', () => {
  it.each([
    [
      'reports@boxoffice.example',
      'BoxOffice Reports',
      'Daily sales summary\n\nTickets sold today: 146\n\nView the full report online.\n\nThis report was generated automatically. To change your report subscriptions, visit Settings.',
    ],
    [
      'raporty@bilety.example',
      'Bilety – raporty',
      'Raport dzienny sprzedaży biletów\n\nSprzedaż łącznie: 214 biletów\n\nRaport wygenerowany automatycznie. Aby zmienić ustawienia raportów, zaloguj się do panelu.',
    ],
    [
      'rapporter@billett.example',
      'Billett rapporter',
      'Daglig salgsrapport\n\nSolgte billetter i dag: 146\n\nDenne rapporten er generert automatisk. Endre innstillingene i panelet.',
    ],
  ])('%s (%s)', (email, name, body) => {
    const a = analyzeEmail(mail(email, body, { from: { name, email } }), ctx());
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
  it('contrast: a colleague who says the report is generated automatically still asks', () => {
    const a = analyzeEmail(
      mail(
        'tom.hansen@firma.example',
        'Hi Anna,\n\nThis report was generated automatically, so could you check the totals before Friday?\n\nTom',
        { from: { name: 'Tom Hansen', email: 'tom.hansen@firma.example' } },
      ),
      ctx(),
    );
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(true);
  });
});

describe('round 34: a survey invitation that says which platform sent it', () => {
  it('"Diese Einladung wurde über Umfragio versendet." is automated', () => {
    const body =
      'Liebe Mitarbeiterin, lieber Mitarbeiter,\n\ndie Residenz führt eine anonyme Befragung durch. Bitte nehmen Sie bis zum 30.10.2026 teil.\n\nZur Umfrage: https://umfragio.example/s/abc\n\nDiese Einladung wurde über Umfragio versendet. Wenn Sie keine weiteren Erinnerungen erhalten möchten, klicken Sie hier.';
    const a = analyzeEmail(
      mail('einladung@umfragio-mail.example', body, {
        from: { name: 'Residenz Am Lindenhof', email: 'einladung@umfragio-mail.example' },
      }),
      ctx(),
    );
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
});

describe('round 35: an invoice sent by an accounting platform', () => {
  it('post.xero.com is a platform sending for a customer', () => {
    const a = analyzeEmail(
      mail(
        'messaging-service@post.xero.com',
        "Hi Anna,\n\nHere's invoice INV-0831 for £1,240.50.\n\nThe amount outstanding is due on 2 April 2026.\n\nView and pay your bill online: https://in.xero.com/abc\n\nIf you have any questions, please let us know.\n\nThanks,\nHighland Seed Supplies Ltd",
        { from: { name: 'Highland Seed Supplies Ltd', email: 'messaging-service@post.xero.com' } },
      ),
      ctx(),
    );
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
});

describe('round 40: a ticket system assigning a ticket', () => {
  const body =
    'Ticket EST-55821 has been assigned to you.\n\nSummary: Radiator leaking - Room 2.14, Hadley Building\nPriority: P2 (respond within 1 working day)\n\nPlease update the ticket status once the job has been attended.\nView the ticket: https://helpdesk.castlebridge.example/tickets/EST-55821';
  it('"[EST-55821] Assigned to you: …" with "has been assigned to you" is automated', () => {
    const a = analyzeEmail(
      mail('estates-helpdesk@firma.example', body, {
        from: { name: 'Estates Helpdesk', email: 'estates-helpdesk@firma.example' },
        subject: '[EST-55821] Assigned to you: Radiator leaking - Room 2.14',
      }),
      ctx(),
    );
    expect(a.automated).toBe(true);
    expect(a.isRequest).toBe(false);
  });
  it('contrast: a colleague handing a ticket on by name is a person asking', () => {
    const a = analyzeEmail(
      mail(
        'tom.hill@firma.example',
        "Hi Anna,\n\nI've given EST-55821 to you, the radiator in 2.14 is leaking again. Could you have a look today?\n\nTom",
        { from: { name: 'Tom Hill', email: 'tom.hill@firma.example' }, subject: 'EST-55821 radiator' },
      ),
      ctx(),
    );
    expect(a.automated).toBe(false);
    expect(a.isRequest).toBe(true);
  });
});
