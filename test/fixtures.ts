// Request builders shared by unit tests, end-to-end tests and benchmarks: one place that knows
// what a tracked request looks like.
import type { TrackInput } from '../utils/db/repository';
import type { TrackedRequest } from '../utils/db/types';

/** A detected request from a colleague, as utils/detect would describe it. */
export function analysisFixture(overrides: Partial<TrackedRequest['analysis']> = {}): TrackedRequest['analysis'] {
  return {
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
    ...overrides,
  };
}

/** What the tracking pipeline hands the repository for one message. */
export function trackInput(overrides: Partial<TrackInput> = {}): TrackInput {
  return {
    webmail: 'gmail',
    messageId: 'msg-1',
    threadId: 'thread-1',
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/thread-1',
    sender: { name: 'Ana Lima', email: 'ana@example.com' },
    subject: 'Budget figures',
    language: 'en',
    analysis: analysisFixture(),
    receivedAt: Date.UTC(2026, 10, 23, 9, 0),
    standard: null,
    ackDueAt: null,
    replyDueAt: null,
    ...overrides,
  };
}

/** A stored request, as the database holds it. */
export function requestFixture(overrides: Partial<TrackedRequest> = {}): TrackedRequest {
  return {
    ...trackInput({
      messageId: `m-${overrides.id ?? 0}`,
      threadId: 't',
      threadUrl: 'https://mail.google.com/mail/u/0/#inbox/t',
      sender: { name: 'Ana Lima', email: 'ana@acme.example' },
      subject: 'Budget',
      analysis: analysisFixture({ requestSentences: ['Could you send me the figures?'] }),
      receivedAt: 0,
    }),
    state: 'new',
    stateBeforeSnooze: null,
    createdAt: 0,
    updatedAt: 0,
    timestamps: {},
    snoozedUntil: null,
    overdueNotifiedAt: null,
    note: '',
    ...overrides,
  };
}
