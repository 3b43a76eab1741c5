// Deadlines resolved against the sent time (+01:00), per language, following the team's table.
import { describe, expect, it } from 'vitest';
import { analyzeEmail, findDeadlines, findUrgency, wallClockOf } from '../../utils/detect';
import type { Lang } from '../../utils/languages';

// Wednesday 4 March 2026, 10:00 CET
const SENT = '2026-03-04T10:00:00+01:00';
const clock = wallClockOf(SENT, new Date(SENT));

function local(d: Date): string {
  return new Date(d.getTime() + 60 * 60_000).toISOString().slice(0, 16);
}

type Row = [lang: Lang, text: string, expected: string];

const rows: Row[] = [
  ['en', 'by Friday', '2026-03-06T17:00'],
  ['en', 'by Wednesday', '2026-03-11T17:00'],
  ['en', 'by Friday 3pm', '2026-03-06T15:00'],
  ['en', 'by end of day', '2026-03-04T17:00'],
  ['en', 'by 10am tomorrow', '2026-03-05T10:00'],
  ['en', 'before 2pm', '2026-03-04T14:00'],
  ['en', 'by the end of the week', '2026-03-06T17:00'],
  ['en', 'next week', '2026-03-13T17:00'],
  ['en', 'by 20 March', '2026-03-20T17:00'],
  ['en', 'by March 20th', '2026-03-20T17:00'],
  ['en', 'by 12/05', '2026-05-12T17:00'],
  ['en', 'within three days', '2026-03-07T17:00'],
  ['en', 'by the end of the month', '2026-03-31T17:00'],
  ['en', 'EOD Friday', '2026-03-06T17:00'],
  ['en', 'by close of business Thursday', '2026-03-05T17:00'],
  ['en', 'by Thursday noon', '2026-03-05T12:00'],
  ['nl', 'vóór donderdag', '2026-03-05T17:00'],
  ['nl', 'morgen vóór 11.00 uur', '2026-03-05T11:00'],
  ['nl', 'uiterlijk 3 april', '2026-04-03T17:00'],
  ['nl', 'binnen twee dagen', '2026-03-06T17:00'],
  ['nl', 'voor het einde van de week', '2026-03-06T17:00'],
  ['nl', 'vandaag', '2026-03-04T17:00'],
  ['de', 'bis Freitag', '2026-03-06T17:00'],
  ['de', 'bis Donnerstag, 12 Uhr', '2026-03-05T12:00'],
  ['de', 'vor 15 Uhr', '2026-03-04T15:00'],
  ['de', 'bis zum 24.03.', '2026-03-24T17:00'],
  ['de', 'bis Ende der Woche', '2026-03-06T17:00'],
  ['de', 'innerhalb von zwei Tagen', '2026-03-06T17:00'],
  ['de', 'bis zum Monatsende', '2026-03-31T17:00'],
  ['de', 'bis Freitag, den 13.03.', '2026-03-13T17:00'],
  ['de', 'bis spätestens Montag um 9:30 Uhr', '2026-03-09T09:30'],
  ['pl', 'do czwartku do godz. 14', '2026-03-05T14:00'],
  ['pl', 'najpóźniej w piątek', '2026-03-06T17:00'],
  ['nb', 'innen kl. 12 i dag', '2026-03-04T12:00'],
  ['nb', 'senest fredag', '2026-03-06T17:00'],
  ['pl', 'do piątku', '2026-03-06T17:00'],
  ['pl', 'do środy', '2026-03-11T17:00'],
  ['pl', 'jutro do 10:00', '2026-03-05T10:00'],
  ['pl', 'przed 15:00', '2026-03-04T15:00'],
  ['pl', 'do 15 grudnia', '2026-12-15T17:00'],
  ['pl', 'do 2 marca', '2027-03-02T17:00'],
  ['pl', 'do końca tygodnia', '2026-03-06T17:00'],
  ['pl', 'w ciągu dwóch dni', '2026-03-06T17:00'],
  ['pl', 'do końca miesiąca', '2026-03-31T17:00'],
  ['pl', 'w przyszłym tygodniu', '2026-03-13T17:00'],
  ['nb', 'innen fredag', '2026-03-06T17:00'],
  ['nb', 'innen torsdag kl. 14', '2026-03-05T14:00'],
  ['nb', 'før kl. 15', '2026-03-04T15:00'],
  ['nb', 'innen 4. januar', '2027-01-04T17:00'],
  ['nb', 'i morgen', '2026-03-05T17:00'],
  ['nb', 'innen to dager', '2026-03-06T17:00'],
  ['nb', 'i løpet av uken', '2026-03-06T17:00'],
  ['nb', 'innen utgangen av måneden', '2026-03-31T17:00'],
  ['nb', 'neste uke', '2026-03-13T17:00'],
  // Working days skip the weekend (sent on a Wednesday).
  ['en', 'within 3 working days', '2026-03-09T17:00'],
  ['nl', 'binnen drie werkdagen', '2026-03-09T17:00'],
  ['de', 'innerhalb von drei Arbeitstagen', '2026-03-09T17:00'],
  ['pl', 'w ciągu 3 dni roboczych', '2026-03-09T17:00'],
  ['nb', 'innen tre arbeidsdager', '2026-03-09T17:00'],
  // The day of the month alone: the next such day on or after the sent date.
  ['en', 'before the 15th', '2026-03-15T17:00'],
  ['en', 'by the 2nd', '2026-04-02T17:00'],
  ['nl', 'vóór de 15e', '2026-03-15T17:00'],
  ['de', 'bis zum 15.', '2026-03-15T17:00'],
  ['pl', 'najpóźniej do 15-go', '2026-03-15T17:00'],
  ['nb', 'før den 31.', '2026-03-31T17:00'],
  // Day and month without the closing dot, after a deadline word.
  ['pl', 'do 20.11', '2026-11-20T17:00'],
  ['de', 'bis 12.10', '2026-10-12T17:00'],
  // Tomorrow or today, then the time.
  ['de', 'morgen bis 10 Uhr', '2026-03-05T10:00'],
  ['nb', 'i morgen innen kl. 10', '2026-03-05T10:00'],
  ['nl', 'vandaag vóór 15.00 uur', '2026-03-04T15:00'],
  // Noon and morning words.
  ['de', 'bis heute Mittag', '2026-03-04T12:00'],
  ['pl', 'do południa', '2026-03-04T12:00'],
  ['pl', 'jutro do południa', '2026-03-05T12:00'],
  ['en', 'first thing tomorrow morning', '2026-03-05T09:00'],
  ['de', 'bis morgen früh', '2026-03-05T09:00'],
  ['pl', 'jutro rano', '2026-03-05T09:00'],
];

describe('clock times stay clock times', () => {
  it.each([
    ['pl', 'do 10.30', '2026-03-04T10:30'],
    ['de', 'bis 15.30 Uhr', '2026-03-04T15:30'],
    ['nl', 'vóór 12.00', '2026-03-04T12:00'],
    ['nb', 'innen kl. 14.15', '2026-03-04T14:15'],
  ] as Row[])('%s: %s', (lang, text, expected) => {
    const found = findDeadlines(`X ${text}.`, lang, clock);
    expect(found.map((d) => local(d.due))).toEqual([expected]);
  });

  it('a day of the month followed by its month is one date, not two', () => {
    const found = findDeadlines('Please reply by the 3rd of April, thanks.', 'en', clock);
    expect(found.map((d) => [d.text, local(d.due)])).toEqual([['by the 3rd of April', '2026-04-03T17:00']]);
  });
});

describe('deadline expressions', () => {
  it.each(rows)('%s: %s', (lang, text, expected) => {
    const found = findDeadlines(`X ${text}.`, lang, clock);
    expect(found.length).toBeGreaterThan(0);
    expect(local(found[0]!.due)).toBe(expected);
  });
});

describe('urgency without a date', () => {
  it.each([
    ['en', 'Please call the supplier ASAP.'],
    ['nl', 'Kun je dit zo snel mogelijk regelen?'],
    ['de', 'Bitte kläre das so schnell wie möglich.'],
    ['pl', 'Proszę to sprawdzić jak najszybciej.'],
    ['nb', 'Kan du fikse dette så snart som mulig?'],
  ] as [Lang, string][])('%s', (lang, text) => {
    expect(findUrgency(text, lang)).not.toBeNull();
    const a = analyzeEmail(
      {
        messageId: 'm',
        threadId: 't',
        from: { name: 'K', email: 'k@firma.example' },
        to: [{ name: 'A', email: 'a@firma.example' }],
        cc: [],
        sentAt: SENT,
        subject: '',
        bodyText: text,
        hasAttachments: false,
        isFromMe: false,
      },
      { now: new Date(SENT), myAddresses: ['a@firma.example'], myName: 'A', orgDomains: [], defaultLanguage: lang },
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
    expect(a.dueText).not.toBeNull();
    expect(a.urgent).toBe(true);
  });
});

describe('deadlines in whole emails', () => {
  const run = (body: string, lang: Lang) =>
    analyzeEmail(
      {
        messageId: 'm',
        threadId: 't',
        from: { name: 'K', email: 'k@firma.example' },
        to: [{ name: 'A', email: 'a@firma.example' }],
        cc: [],
        sentAt: SENT,
        subject: '',
        bodyText: body,
        hasAttachments: false,
        isFromMe: false,
      },
      { now: new Date(SENT), myAddresses: ['a@firma.example'], myName: 'A', orgDomains: [], defaultLanguage: lang },
    );
  it('a stated deadline in a later request sentence beats a bare "tomorrow" in an earlier one', () => {
    const a = run(
      'Hallo Anna,\n\nfür die Runde morgen früh brauche ich die Stillstandszeiten der Linie 2. Schick sie mir bitte bis Feierabend.\n\nK',
      'de',
    );
    expect(a.isRequest).toBe(true);
    expect(a.dueText).toBe('bis Feierabend');
    expect(local(a.due!)).toBe('2026-03-04T17:00');
  });

  it('a clock time after "tomorrow" is the deadline, whatever the sender does next', () => {
    const a = run('Cześć,\n\nprześlij mi je proszę jutro do 10:00, to od razu puszczę zamówienie.\n\nK', 'pl');
    expect(local(a.due!)).toBe('2026-03-05T10:00');
  });

  it('a meeting time is not a due date', () => {
    const a = run('Hi,\n\nCan you join the supplier call on Thursday at 2pm?\n\nK', 'en');
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });
  it('a relayed deadline in the sentence before the ask counts', () => {
    const a = run('Hei,\n\nKunden vil ha rapporten innen to dager. Kan du sette den sammen?\n\nK', 'nb');
    expect(a.due && local(a.due)).toBe('2026-03-06T17:00');
  });
  it("the sender's own deadline does not count", () => {
    const a = run(
      'Hoi,\n\nKun je me laten weten of de badges klaar zijn? Ik moet de bestelling uiterlijk 20 maart indienen.\n\nK',
      'nl',
    );
    expect(a.isRequest).toBe(true);
    expect(a.due).toBeNull();
  });
  it('resolves the timezone from the sent time', () => {
    expect(wallClockOf('2026-03-04T23:30:00-05:00', new Date(0)).offsetMinutes).toBe(-300);
    expect(wallClockOf('2026-03-04T23:30:00Z', new Date(0)).offsetMinutes).toBe(0);
  });
});
