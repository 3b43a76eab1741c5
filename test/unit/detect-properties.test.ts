// Bad input: any string returns an Analysis without throwing, and work grows linearly with size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../utils/detect';
import type { MessageSnapshot } from '../../utils/webmail/types';

const ctx = {
  now: new Date('2026-03-04T10:00:00+01:00'),
  myAddresses: ['a@firma.example'],
  myName: 'A',
  orgDomains: [],
};

function mail(body: string, sentAt = '2026-03-04T10:00:00+01:00'): MessageSnapshot {
  return {
    messageId: 'm',
    threadId: 't',
    from: { name: 'S', email: 's@firma.example' },
    to: [{ name: 'A', email: 'a@firma.example' }],
    cc: [],
    sentAt,
    subject: '',
    bodyText: body,
    hasAttachments: false,
    isFromMe: false,
  };
}

function wellFormed(a: ReturnType<typeof analyzeEmail>) {
  expect(typeof a.isRequest).toBe('boolean');
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  expect(a.due === null || !Number.isNaN(a.due.getTime())).toBe(true);
}

// Pieces that the rules react to, to build adversarial strings from.
const pieces = [
  'On ',
  ' wrote:',
  '> ',
  'From: x\nSent: y\n',
  'W dniu ',
  ' napisał(a):',
  'Can you ',
  'please ',
  '?',
  '. ',
  '\n',
  '\r\n',
  'bis zum 13.03.',
  ' innen torsdag kl. 14',
  'do 15 grudnia',
  '12/05',
  '2026-13-45',
  '99.99.',
  ' kl. ',
  'Uhr',
  '@',
  '<a@b>',
  'ł',
  'ø',
  'ß',
  'Ĳ',
  '\u0000',
  '\uFFFF',
  '😀',
  '  ',
  '\t',
  'a'.repeat(50),
  '-'.repeat(30),
  '_'.repeat(30),
  '1'.repeat(40),
];

describe('analyzeEmail on arbitrary input', () => {
  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.string({ maxLength: 40 }), (body, sentAt) => {
        wellFormed(analyzeEmail(mail(body, sentAt), ctx));
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on strings built from the pieces the rules look for', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (parts) => {
        wellFormed(analyzeEmail(mail(parts.join('')), ctx));
      }),
      { numRuns: 300 },
    );
  });
  it('survives missing fields', () => {
    const broken = {
      ...mail('Can you?'),
      from: undefined,
      to: undefined,
      bodyText: undefined,
    } as unknown as MessageSnapshot;
    wellFormed(analyzeEmail(broken, ctx));
  });
  it('handles 1 MB inputs of repetitive and adversarial text', () => {
    const mb = 1 << 20;
    for (const unit of [
      'a',
      ' ',
      '\n',
      '>',
      'Can you please ',
      'On 1 wrote ',
      '1.1.',
      'ł',
      'aaaa@',
      '-- \n',
      'by Friday 3pm ',
    ]) {
      const body = unit.repeat(Math.ceil(mb / unit.length)).slice(0, mb);
      wellFormed(analyzeEmail(mail(body), ctx));
    }
  });
  it('takes time roughly linear in the input size (no catastrophic backtracking)', () => {
    // Structural check with a generous factor: 4× the input may not cost more than ~20× the time.
    const unit = 'Please check On 12.12. wrote ł> innen kl. 14 a@b ';
    const time = (n: number) => {
      const body = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      analyzeEmail(mail(body), ctx);
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) analyzeEmail(mail(body), ctx);
      return performance.now() - t0;
    };
    const small = time(64_000);
    const large = time(256_000);
    expect(large).toBeLessThan(Math.max(small, 5) * 20);
  });
});
