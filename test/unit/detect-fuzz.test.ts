// Fuzzing analyzeEmail with generated hostile emails: random Unicode, huge lines, deep quoting,
// bidi and zero-width characters, HTML, lone surrogates, deadline noise, thousands of lines and
// broken headers. Every analysis must come back well-formed, the same twice, and without throwing.
// The seed is fixed so a failure reproduces; fast-check prints the seed and the shrunk input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeEmail, quoteStart } from '../../utils/detect';
import { MAX_BODY, MAX_NEW_TEXT } from '../../utils/detect/text';
import type { Analysis, AnalysisContext, RequestKind } from '../../utils/detect/types';
import { LANGUAGES } from '../../utils/languages';
import type { MessageSnapshot, Person } from '../../utils/webmail/types';

// Fixed so that `npm test` is repeatable; ACKLY_FUZZ_SEED / ACKLY_FUZZ_RUNS explore further.
const SEED = Number(process.env.ACKLY_FUZZ_SEED ?? 20261205);
const RUNS = Number(process.env.ACKLY_FUZZ_RUNS ?? 2000);

const REQUEST_KINDS: readonly RequestKind[] = ['question', 'action', 'approval', 'meeting'];
const OTHER_KINDS: readonly RequestKind[] = ['info', 'thanks', 'none'];

/** Requests, deadlines and reply furniture in the five languages, to mix with the noise. */
const PHRASES = [
  'Could you send me the updated supplier list by Friday 3pm?',
  'Please check the invoice totals before the end of the week.',
  'Kun je me de lijst vóór donderdag 12.00 uur sturen?',
  'Graag de facturen controleren voor het einde van de week.',
  'Kannst du mir bis Mittwoch, 14 Uhr die Liste schicken?',
  'Bitte prüfe die Rechnungen bis Ende der Woche.',
  'Czy mogłabyś przesłać mi listę do piątku do 15:00?',
  'Proszę o sprawdzenie faktur do końca tygodnia.',
  'Kan du sende meg listen innen torsdag kl. 14?',
  'Sjekk fakturaene i løpet av uken.',
  'Hi Reader,',
  'Hallo Katrin,',
  'Dear all,',
  'Tom, can you book the room?',
  '@Reader please review.',
  'Best regards,\nSam',
  'Viele Grüße\nJan',
  '-- ',
  'Sent from my iPhone',
  'On Mon, 2 Mar 2026 at 09:12, Alex <alex@example.com> wrote:',
  'W dniu 2.03.2026 o 09:12, Magda <magda@example.pl> napisała:',
  'From: Alex\nSent: Monday\nTo: Reader\nSubject: x',
  '-----Original Message-----',
  'Automatic reply: I am out of the office until Monday.',
  'Unsubscribe | Manage your email preferences',
  'Accept | Tentative | Decline',
  'I will send it tomorrow.',
  'Let me know if you have any questions.',
  'Thanks!',
  'ASAP',
  'as soon as possible',
  'no later than noon tomorrow',
  'i morgen innen kl. 10',
  'jutro do 10:00',
  'morgen bis 12 Uhr',
  'in 3 working days',
  'end of day Friday',
  'the 15th',
  'bis zum 15.',
  'do 20.11',
];
const DEADLINE_NOISE = [
  'by',
  'by by by',
  'Friday',
  '25:99',
  '99.99.',
  '2026-13-45',
  '31/02/2026',
  '0.0.0',
  '12/05',
  '24:00',
  '3pm',
  'a.m.',
  'p.m.',
  'tomorrow',
  'morgen',
  'jutro',
  'i morgen',
  'kl.',
  'Uhr',
  'uur',
  'om',
  'innen',
  'bis',
  'do',
  'vóór',
  'next week',
  'end of month',
  'noon',
  'midday',
  'in 99 days',
  'within 60 days',
  '1st',
  '32nd',
  'the 0th',
  '9999',
];
const HTML = [
  '<div>',
  '</div>',
  '<p class="x">',
  '<br/>',
  '<a href="https://example.com/a?b=c&d=e">',
  '</a>',
  '&nbsp;',
  '&lt;script&gt;',
  '<script>alert(1)</script>',
  '<!-- comment -->',
  '<table><tr><td>',
  '<img src=x onerror=y>',
  '<![CDATA[',
  ']]>',
];
/** Zero-width characters, bidi controls and marks, BOM, line and paragraph separators, NUL. */
const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061c',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\u000c',
  '\r',
  '\u0000',
];
const MIXED_SCRIPTS = [
  'مرحبا',
  'שלום',
  'Привет',
  'γειά',
  '你好',
  'こんにちは',
  '안녕하세요',
  'नमस्ते',
  'สวัสดี',
  'Ĳsselmeer',
  'Straße',
  'zażółć gęślą jaźń',
  'blåbærsyltetøy',
  'İstanbul',
  'ſ',
  'K',
  'ǅ',
  'e\u0301',
  '👩‍👩‍👧‍👦',
  '🇳🇴',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyChar = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  loneSurrogate,
  pick(INVISIBLE),
  fc.constantFrom(' ', '\n', '\t', '.', '?', '!', ':', '>', '@', ',', '-', '_', '*', '|'),
);

/** One piece of an email body. */
const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: anyChar, maxLength: 300 }) },
  { weight: 5, arbitrary: pick(PHRASES) },
  { weight: 3, arbitrary: fc.array(pick(DEADLINE_NOISE), { minLength: 1, maxLength: 30 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.array(pick(HTML), { minLength: 1, maxLength: 40 }).map((w) => w.join('')) },
  { weight: 2, arbitrary: fc.array(pick(INVISIBLE), { minLength: 1, maxLength: 50 }).map((w) => w.join('')) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(pick(MIXED_SCRIPTS), pick(PHRASES), pick(INVISIBLE)), { minLength: 1, maxLength: 20 })
      .map((w) => w.join(' ')),
  },
  // Deeply nested quotes.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 300 }), fc.constantFrom('> ', '>', ' > '), pick(PHRASES))
      .map(([depth, mark, text]) => mark.repeat(depth) + text),
  },
  // Very long words and huge lines.
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('a', 'ł', 'ø', '1', '-', '.', '?', '@', '😀', 'ab.', 'x:'),
        fc.integer({ min: 100, max: 60_000 }),
      )
      .map(([unit, n]) => unit.repeat(n)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(pick(PHRASES), fc.integer({ min: 10, max: 2000 }), fc.constantFrom(' ', '', '\u200b', '\n'))
      .map(([text, n, sep]) => Array.from({ length: n }, () => text).join(sep)),
  },
  // Thousands of short lines.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('', '>', '-', 'x', ' ', 'Hi', 'by Friday', 'From: a'), fc.integer({ min: 100, max: 5000 }))
      .map(([line, n]) => Array.from({ length: n }, () => line).join('\n')),
  },
);

const body = fc
  .tuple(
    fc.array(segment, { maxLength: 25 }),
    fc.array(fc.constantFrom('\n', ' ', '', '\n\n', '\r\n', '. '), { minLength: 25, maxLength: 25 }),
  )
  .map(([parts, seps]) => parts.map((p, i) => p + seps[i]).join(''));

const address = fc.oneof(
  fc.constantFrom('reader@firma.example', 'tom.berg@firma.example', 'noreply@github.com', 'a@b', '@', '', 'x@y@z'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.emailAddress(),
);
const person: fc.Arbitrary<Person> = fc.record({
  name: fc.oneof(
    fc.constantFrom('Reader', 'Tom Berg', 'Frau Weber', '', 'Ĳsbrand Ørn'),
    fc.string({ unit: 'binary', maxLength: 40 }),
  ),
  email: address,
});
const sentAt = fc.oneof(
  fc.constantFrom(
    '2026-03-02T10:00:00+01:00',
    '2026-02-29T10:00:00Z',
    '9999-12-31T23:59:59+14:00',
    '0000-01-01T00:00:00-12:00',
    '2026-13-45T25:99:99Z',
    '',
    'garbage',
  ),
  fc.string({ maxLength: 40 }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const now = fc.oneof(
  fc.constant(new Date('2026-03-02T10:00:00+01:00')),
  fc.date(),
  fc.constant(new Date(Number.NaN)),
  fc.constant(new Date(8.64e15)),
);

const email: fc.Arbitrary<{ message: MessageSnapshot; context: AnalysisContext }> = fc.record({
  message: fc.record({
    messageId: fc.constant('fuzz'),
    threadId: fc.constant('fuzz'),
    from: person,
    to: fc.array(person, { maxLength: 4 }),
    cc: fc.array(person, { maxLength: 4 }),
    sentAt,
    subject: fc.oneof(
      fc.constantFrom('', 'Re: x', 'Automatic reply: away', 'Invitation: sync @ Wed'),
      fc.string({ unit: 'binary', maxLength: 100 }),
    ),
    bodyText: body,
    hasAttachments: fc.boolean(),
    isFromMe: fc.boolean(),
  }),
  context: fc.record({
    now,
    myAddresses: fc.array(fc.oneof(fc.constant('reader@firma.example'), address), { maxLength: 3 }),
    myName: fc.oneof(fc.constantFrom('Reader', 'Tom Berg', ''), fc.string({ unit: 'binary', maxLength: 30 })),
    orgDomains: fc.array(fc.constantFrom('firma.example', 'example.com', '', '.'), { maxLength: 2 }),
    defaultLanguage: fc.constantFrom(...LANGUAGES),
  }),
});

/** Every field of the result present with its type, and consistent with the input. */
function checkWellFormed(a: Analysis, bodyText: string): void {
  expect(Object.keys(a).sort()).toEqual(
    [
      'isRequest',
      'confidence',
      'kind',
      'requestSpans',
      'due',
      'dueText',
      'urgent',
      'automated',
      'language',
      'fromColleague',
      'attachmentHint',
    ].sort(),
  );
  expect(typeof a.isRequest).toBe('boolean');
  expect(typeof a.urgent).toBe('boolean');
  expect(typeof a.automated).toBe('boolean');
  expect(typeof a.fromColleague).toBe('boolean');
  expect(Number.isFinite(a.confidence)).toBe(true);
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  expect(LANGUAGES).toContain(a.language);
  expect([null, 'requested', 'missing']).toContain(a.attachmentHint);
  if (a.isRequest) {
    expect(REQUEST_KINDS).toContain(a.kind);
    expect(a.automated).toBe(false);
    expect(a.requestSpans.length).toBeGreaterThanOrEqual(1);
  } else {
    expect(OTHER_KINDS).toContain(a.kind);
    expect(a.requestSpans).toEqual([]);
    expect(a.due).toBeNull();
    expect(a.attachmentHint).not.toBe('requested');
  }
  // Request sentences: at most five, in order, trimmed, single-line, and exactly the body's text
  // at their offsets, within the new text (before the quote and the new-text limit).
  expect(a.requestSpans.length).toBeLessThanOrEqual(5);
  const analysed = bodyText.slice(0, MAX_BODY);
  const newEnd = Math.min(quoteStart(analysed), MAX_NEW_TEXT);
  let last = 0;
  for (const s of a.requestSpans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(newEnd);
    expect(s.text).toBe(bodyText.slice(s.start, s.end));
    expect(s.text).toBe(s.text.trim());
    expect(s.text).not.toContain('\n');
    last = s.end;
  }
  // A deadline is a real point in time and comes with the words that stated it.
  if (a.due !== null) {
    expect(a.due).toBeInstanceOf(Date);
    expect(Number.isFinite(a.due.getTime())).toBe(true);
    expect(typeof a.dueText).toBe('string');
  }
  if (a.dueText !== null) {
    expect(typeof a.dueText).toBe('string');
    expect(a.dueText.length).toBeGreaterThan(0);
    expect(analysed.slice(0, newEnd)).toContain(a.dueText);
  }
  if (a.urgent) expect(a.isRequest).toBe(true);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('analyzeEmail on generated hostile emails', () => {
  it(`returns a well-formed, repeatable analysis for ${RUNS} emails`, { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(email, ({ message, context }) => {
        deepFreeze(message);
        const a = analyzeEmail(message, context);
        checkWellFormed(a, message.bodyText);
        // No state leaks from one analysis into the next.
        expect(analyzeEmail(message, context)).toEqual(a);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads a missing message as an empty one, and cuts megabyte header fields', () => {
    const context: AnalysisContext = {
      now: new Date('2026-03-02T10:00:00+01:00'),
      myAddresses: ['reader@firma.example'],
      myName: 'Reader',
      orgDomains: [],
    };
    checkWellFormed(analyzeEmail(undefined as unknown as MessageSnapshot, context), '');
    checkWellFormed(analyzeEmail(null as unknown as MessageSnapshot, context), '');
    const big = 'a'.repeat(1 << 20);
    const bodyText = 'Hi Reader,\nCould you send me the list by Friday?';
    const a = analyzeEmail(
      {
        messageId: 'm',
        threadId: 't',
        from: { name: big, email: big + '@firma.example' },
        to: [{ name: big, email: 'reader@firma.example' }],
        cc: [{ name: big, email: big }],
        sentAt: '2026-03-02T10:00:00+01:00',
        subject: big,
        bodyText,
        hasAttachments: false,
        isFromMe: false,
      },
      context,
    );
    checkWellFormed(a, bodyText);
    expect(a.isRequest).toBe(true);
  });

  it('does not depend on what was analysed before', () => {
    const context: AnalysisContext = {
      now: new Date('2026-03-02T10:00:00+01:00'),
      myAddresses: ['reader@firma.example'],
      myName: 'Reader',
      orgDomains: [],
    };
    const samples = fc.sample(email, { seed: SEED, numRuns: 40 }).map((e) => e.message);
    const first = samples.map((m) => analyzeEmail(m, context));
    const again = [...samples].reverse().map((m) => analyzeEmail(m, context));
    expect(again.reverse()).toEqual(first);
  });
});
