// Builders for unit tests.
import { AcklyDatabase } from '@/utils/db/database';
import type { TrackInput } from '@/utils/db/repository';

let dbCounter = 0;
/** A fresh database in fake-indexeddb, isolated from other tests. */
export function freshDatabase(): AcklyDatabase {
  dbCounter += 1;
  return new AcklyDatabase(`ackly-test-${dbCounter}-${Math.random().toString(36).slice(2)}`);
}

export function trackInput(overrides: Partial<TrackInput> = {}): TrackInput {
  return {
    webmail: 'gmail',
    messageId: 'msg-1',
    threadId: 'thread-1',
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/thread-1',
    sender: { name: 'Ana Lima', email: 'ana@example.com' },
    subject: 'Budget figures',
    language: 'en',
    analysis: {
      isRequest: true,
      confidence: 0.9,
      kind: 'action',
      requestSentences: ['Could you send me the budget figures by Friday?'],
      dueAt: null,
      dueText: null,
      urgent: false,
      automated: false,
      fromColleague: true,
      attachmentHint: null,
    },
    receivedAt: Date.UTC(2026, 10, 23, 9, 0),
    standard: null,
    ackDueAt: null,
    replyDueAt: null,
    ...overrides,
  };
}
