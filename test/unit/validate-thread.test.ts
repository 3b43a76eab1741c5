import { describe, expect, it } from 'vitest';
import { LIMITS, SnapshotError, validateThread } from '@/utils/webmail/validate';

const message = (i: number) => ({
  messageId: `m${i}`,
  threadId: 't',
  from: { name: 'A', email: 'A@Example.com' },
  to: [],
  cc: [],
  sentAt: '2026-11-23T10:00:00Z',
  subject: 's',
  bodyText: 'hello',
  hasAttachments: false,
  isFromMe: false,
});

describe('validateThread', () => {
  it('keeps a good snapshot and normalises addresses', () => {
    const t = validateThread({
      webmail: 'gmail',
      threadId: 't',
      subject: 's',
      url: 'u',
      me: null,
      messages: [message(1)],
    });
    expect(t.messages[0]!.from.email).toBe('a@example.com');
  });

  it.each([
    [null, 'thread must be an object'],
    [{ webmail: 'yahoo', threadId: 't', messages: [] }, 'thread.webmail is not a supported webmail'],
    [{ webmail: 'gmail', threadId: '', messages: [] }, 'thread.threadId is empty'],
    [
      { webmail: 'gmail', threadId: 't', messages: [{ ...message(1), from: 'x' }] },
      'thread.messages[0].from must be a person',
    ],
  ])('refuses %j', (input, error) => {
    expect(() => validateThread(input)).toThrow(SnapshotError);
    expect(() => validateThread(input)).toThrow(error);
  });

  it('caps huge threads to the newest messages and huge bodies to a safe length', () => {
    const messages = Array.from({ length: LIMITS.messages + 50 }, (_, i) => message(i));
    messages[messages.length - 1]!.bodyText = 'x'.repeat(LIMITS.bodyChars * 3);
    const t = validateThread({ webmail: 'gmail', threadId: 't', messages });
    expect(t.messages).toHaveLength(LIMITS.messages);
    expect(t.messages[0]!.messageId).toBe('m50');
    expect(t.messages.at(-1)!.bodyText).toHaveLength(LIMITS.bodyChars);
  });
});
