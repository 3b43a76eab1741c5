// Builders for unit tests.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { ThreadState } from '@/utils/messaging/protocol';
import type { ThreadSnapshot, WebmailAdapter, WebmailView } from '@/utils/webmail/types';
import { createReminders } from '@/entrypoints/background/schedule';
import { AcklyDatabase } from '@/utils/db/database';
import { createRepository } from '@/utils/db/repository';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';

let dbCounter = 0;
/** A fresh database in fake-indexeddb, isolated from other tests. */
export function freshDatabase(): AcklyDatabase {
  dbCounter += 1;
  return new AcklyDatabase(`ackly-test-${dbCounter}-${Math.random().toString(36).slice(2)}`);
}

export { trackInput } from '../fixtures';

/** Tuesday 24 Nov 2026, 12:00 in Amsterdam: inside working hours. */
export const NOON = Date.parse('2026-11-24T12:00:00+01:00');

/** The background's reminders on a fresh database and the fake browser, with a clock the test moves. */
export function setupReminders(settings: Partial<Settings> = {}) {
  const repo = createRepository(freshDatabase());
  let now = NOON;
  const reminders = createReminders({
    browser: fakeBrowser as never,
    repo,
    now: () => now,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    timeZone: () => 'Europe/Amsterdam',
    translate: (key, subs) => `${key}:${(subs ?? []).join(',')}`,
  });
  return { repo, reminders, setNow: (ms: number) => (now = ms) };
}

/** Answers protocol messages like the background would, recording what was asked. */
export function fakeBackground(
  state: ThreadState,
  {
    composed = { templateId: 'builtin:en:acknowledge', language: 'en', text: 'Hi Ana,\n\nGot it.' },
    owedThreads = [] as { threadId: string; overdue: boolean }[],
    coachHints = [] as unknown[],
    /** The interface strings the background hands content scripts (i18n.messages); none by default. */
    strings = null as unknown,
  } = {},
) {
  const calls: { name: string; data: unknown }[] = [];
  fakeBrowser.runtime.onMessage.addListener(((
    message: { name: string; data: unknown },
    _sender: unknown,
    sendResponse: (reply: unknown) => void,
  ) => {
    calls.push({ name: message.name, data: message.data });
    const answers: Record<string, unknown> = {
      'thread.analyze': state,
      'thread.state': state,
      'request.history': [],
      'template.compose': composed,
      'template.used': null,
      'owed.threads': owedThreads,
      'coach.draft': coachHints,
      'i18n.messages': strings,
    };
    sendResponse({ ok: true, value: answers[message.name] ?? null });
    return true;
  }) as never);
  return calls;
}

/** Waits (in short steps, at most ~1 s) until `check` holds, then asserts it. */
export const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

/** A webmail adapter that reads `read()` as the open thread and records what the controller does with it. */
export function fakeAdapter(view: WebmailView, read: () => ThreadSnapshot) {
  const editor = document.createElement('div');
  const adapter: WebmailAdapter = {
    webmail: 'gmail',
    currentView: () => view,
    readThread: read,
    inboxRows: () => [],
    openReply: vi.fn(async () => editor),
    insertText: vi.fn((el: HTMLElement, text: string) => {
      el.textContent = (el.textContent ?? '') + text;
    }),
    observe: vi.fn(),
    send: vi.fn(),
    rowMarkerSlot: () => null,
    makeRoom: vi.fn(),
    composeEditors: () => [],
    composeInfo: () => ({ history: null, hasAttachments: false }),
  };
  return { adapter, editor };
}

/** The open thread a fake adapter reads: one colleague's request to the user. */
export const SNAPSHOT: ThreadSnapshot = {
  webmail: 'gmail',
  threadId: 'thread-1',
  subject: 'Budget figures',
  url: 'https://mail.google.com/mail/u/0/#inbox/thread-1',
  me: { name: 'Alex Morgan', email: 'alex@example.com' },
  messages: [
    {
      messageId: 'msg-f:1',
      threadId: 'thread-1',
      from: { name: 'Ana Lima', email: 'ana@example.com' },
      to: [{ name: 'Alex Morgan', email: 'alex@example.com' }],
      cc: [],
      sentAt: '2026-11-24T09:00:00.000Z',
      subject: 'Budget figures',
      bodyText: 'Could you send me the budget figures by Friday?',
      hasAttachments: false,
      isFromMe: false,
    },
  ],
};

/**
 * For each test of a page controller: a fresh container and abort signal (aborted after the test),
 * warnings hushed, and the browser's interface strings answered with their keys.
 */
export function usePageController(): { abort: AbortController; container: HTMLElement } {
  const page = {} as { abort: AbortController; container: HTMLElement };
  beforeEach(() => {
    page.abort = new AbortController();
    page.container = document.createElement('div');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en');
  });
  afterEach(() => {
    page.abort.abort();
    vi.restoreAllMocks();
  });
  return page;
}
