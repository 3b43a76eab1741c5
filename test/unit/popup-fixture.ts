// A tracked request for component tests and benchmarks.
import type { TrackedRequest } from '@/utils/db/types';

export function requestFixture(overrides: Partial<TrackedRequest> = {}): TrackedRequest {
  return {
    webmail: 'gmail',
    messageId: `m-${overrides.id ?? 0}`,
    threadId: 't',
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/t',
    sender: { name: 'Ana Lima', email: 'ana@acme.example' },
    subject: 'Budget',
    language: 'en',
    analysis: {
      isRequest: true,
      confidence: 0.9,
      kind: 'action',
      requestSentences: ['Could you send me the figures?'],
      dueAt: null,
      dueText: null,
      urgent: false,
      automated: false,
      fromColleague: true,
      attachmentHint: null,
    },
    state: 'new',
    stateBeforeSnooze: null,
    receivedAt: 0,
    createdAt: 0,
    updatedAt: 0,
    timestamps: {},
    standard: null,
    ackDueAt: null,
    replyDueAt: null,
    snoozedUntil: null,
    overdueNotifiedAt: null,
    note: '',
    ...overrides,
  };
}
