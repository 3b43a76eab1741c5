// Storage full is said, not swallowed: a write refused with QuotaExceededError (however Dexie wraps
// it) leaves the background as one error name in the Reply, the toolbar button says so, the sidebar
// and the import say it in words, and nothing already stored is lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRepository, type Repository } from '@/utils/db/repository';
import type { AcklyDatabase } from '@/utils/db/database';
import type { TrackedRequest } from '@/utils/db/types';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createThreadAnalyzer } from '@/entrypoints/background/tracking';
import { createReminders } from '@/entrypoints/background/schedule';
import { withStorageErrors } from '@/entrypoints/background/storage-errors';
import { isStorageFull, STORAGE_FULL, storageFullText, StorageFullError } from '@/utils/data/storage-full';
import { RemoteError } from '@/utils/messaging/client';
import { dispatch, type Caller } from '@/utils/messaging/server';
import type { Analysis, AnalyzeEmail } from '@/utils/detect/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { createController } from '@/utils/webmail/controller';
import type { ThreadSnapshot } from '@/utils/webmail/types';
import { fakeAdapter, freshDatabase, SNAPSHOT, trackInput, until, usePageController } from './helpers';
import en from '@/public/_locales/en/messages.json';
import nl from '@/public/_locales/nl/messages.json';
import de from '@/public/_locales/de/messages.json';
import pl from '@/public/_locales/pl/messages.json';
import nb from '@/public/_locales/nb/messages.json';

const gmailTab: Caller = { kind: 'content-script', webmail: 'gmail', tabId: 1 };
const page: Caller = { kind: 'extension-page' };
const NOW = Date.parse('2026-11-24T12:00:00+01:00');

const quota = () => new Dexie.QuotaExceededError('The quota has been exceeded');

// The background logs which message met a full storage; the tests below check what it answers.
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => void vi.restoreAllMocks());

/** Every message is a request from a colleague. */
const analyze: AnalyzeEmail = (message) =>
  ({
    isRequest: true,
    confidence: 0.9,
    kind: 'question',
    requestSpans: [{ start: 0, end: message.bodyText.length, text: message.bodyText }],
    due: null,
    dueText: null,
    urgent: false,
    automated: false,
    language: 'en',
    fromColleague: true,
    attachmentHint: null,
  }) satisfies Analysis;

/** The background's handlers on a fresh database, wrapped as index.ts wraps them. */
/** The background's reminders on the fake browser, with strings as their keys and a storage-full flag. */
function remindersOf(
  repo: Repository,
  full: () => boolean,
  settings: () => Promise<Settings> = async () => DEFAULT_SETTINGS,
) {
  return createReminders({
    browser: fakeBrowser as never,
    repo,
    now: () => NOW,
    settings,
    timeZone: () => 'Europe/Amsterdam',
    translate: (key) => key,
    storageFull: full,
  });
}

function background(db: AcklyDatabase = freshDatabase()) {
  const repo = createRepository(db);
  let settings: Settings = { ...DEFAULT_SETTINGS, orgDomains: ['example.com'] };
  const storeSettings = vi.fn(async (s: Settings) => {
    settings = s;
  });
  // As the background wires them: a full storage sets the flag and shows it on the toolbar button at
  // once; the next change (a write that succeeded) clears it and the next check shows the count.
  let full = false;
  const reminders = remindersOf(
    repo,
    () => full,
    async () => settings,
  );
  const onChange = () => {
    full = false;
  };
  const analyzeThread = createThreadAnalyzer({
    repo,
    now: () => NOW,
    settings: async () => settings,
    timeZone: () => 'Europe/Amsterdam',
    analyze,
    onChange,
  });
  const onStorageFull = vi.fn(async () => {
    full = true;
    await reminders.showButton();
  });
  const handlers = withStorageErrors(
    createHandlers({
      repo,
      now: () => NOW,
      analyzeThread,
      onChange,
      reminders,
      settings: { loadSettings: async () => settings, storeSettings, clearSettings: vi.fn() },
    }),
    { onStorageFull },
  );
  return { repo, handlers, onStorageFull, storeSettings, reminders };
}

/** One more message in the thread, from the same colleague. */
function withMessage(snapshot: ThreadSnapshot, id: string): ThreadSnapshot {
  const first = snapshot.messages[0]!;
  return {
    ...snapshot,
    messages: [...snapshot.messages, { ...first, messageId: id, sentAt: '2026-11-24T10:00:00.000Z' }],
  };
}

describe('recognising storage full', () => {
  it('finds a quota error however IndexedDB and Dexie wrapped it', () => {
    const dom = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(isStorageFull(dom)).toBe(true);
    expect(isStorageFull(quota())).toBe(true);
    // A transaction aborted because a write did not fit: Dexie's AbortError with the cause inside.
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', dom))).toBe(true);
    expect(isStorageFull(new Dexie.BulkError('bulkPut failed', { 3: quota() }))).toBe(true);
    // After a message Reply: only the name is left.
    expect(isStorageFull(new RemoteError(STORAGE_FULL, 'anything'))).toBe(true);
    expect(isStorageFull(new StorageFullError())).toBe(true);

    expect(isStorageFull(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isStorageFull(new TypeError('x'))).toBe(false);
    expect(isStorageFull(null)).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
  });

  it('has the words for it in all five languages', () => {
    const keys = ['storageFullImport', 'storageFullTrack', 'storageFullSave', 'actionTitleStorageFull'];
    for (const table of [en, nl, de, pl, nb] as Record<string, { message: string }>[]) {
      for (const key of keys) expect(table[key]?.message.length).toBeGreaterThan(20);
    }
    const t = (key: string) => `«${key}»`;
    expect(storageFullText(new RemoteError(STORAGE_FULL, 'x'), t, 'import')).toBe('«storageFullImport»');
    expect(storageFullText(new RemoteError(STORAGE_FULL, 'x'), t, 'track')).toBe('«storageFullTrack»');
    expect(storageFullText(new RemoteError('ImportError', 'bad file'), t, 'import')).toBeNull();
  });
});

describe('a new request from webmail that does not fit', () => {
  it('answers with QuotaExceededError, says so on the toolbar button and keeps what was stored', async () => {
    const { repo, handlers, onStorageFull, reminders } = background();
    const first = await dispatch(handlers, { ackly: 1, name: 'thread.analyze', data: SNAPSHOT }, gmailTab);
    expect(first.ok).toBe(true);
    await reminders.check();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const stored = await repo.db.requests.toArray();
    const events = await repo.db.events.toArray();
    expect(stored).toHaveLength(1);

    // The disk fills up: the next request's row is refused.
    const add = vi.spyOn(repo.db.requests, 'add').mockRejectedValue(quota());
    const reply = await dispatch(
      handlers,
      { ackly: 1, name: 'thread.analyze', data: withMessage(SNAPSHOT, 'msg-f:2') },
      gmailTab,
    );
    expect(add).toHaveBeenCalled();
    expect(reply).toEqual({ ok: false, error: { name: 'QuotaExceededError', message: expect.any(String) } });
    // The message says what happened and carries no email content.
    const message = (reply as { error: { message: string } }).error.message;
    for (const text of ['Ana', 'ana@example.com', 'Budget', 'Friday']) expect(message).not.toContain(text);
    expect(onStorageFull).toHaveBeenCalledTimes(1);
    // The reason first, then what the button says anyway (one reply owed).
    expect(await fakeBrowser.action.getTitle({})).toBe('actionTitleStorageFull\nactionTitleOwed');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');

    // Nothing already stored is lost, and nothing half-written is left.
    expect(await repo.db.requests.toArray()).toEqual(stored);
    expect(await repo.db.events.toArray()).toEqual(events);

    // Once there is room again the same thread is tracked as usual.
    add.mockRestore();
    const again = await dispatch(
      handlers,
      { ackly: 1, name: 'thread.analyze', data: withMessage(SNAPSHOT, 'msg-f:2') },
      gmailTab,
    );
    expect(again.ok).toBe(true);
    expect(await repo.db.requests.count()).toBe(2);
    // The write went through: the next check shows the count again, and the tooltip says it in words.
    await reminders.check();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe('actionTitleOwed');
  });

  it('leaves other errors as they were', async () => {
    const { repo, handlers, onStorageFull } = background();
    vi.spyOn(repo.db.requests, 'add').mockRejectedValue(new Dexie.ConstraintError('duplicate'));
    const reply = await dispatch(handlers, { ackly: 1, name: 'thread.analyze', data: SNAPSHOT }, gmailTab);
    expect(reply).toMatchObject({ ok: false, error: { name: 'ConstraintError' } });
    expect(onStorageFull).not.toHaveBeenCalled();
  });
});

describe('an import that does not fit', () => {
  it('answers with QuotaExceededError and changes nothing', async () => {
    // Every write fails once `full` is set, as IndexedDB does when the origin's quota is used up.
    const db = freshDatabase();
    let full = false;
    db.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => (full ? Promise.reject(quota()) : table.mutate(request)),
          };
        },
      }),
    });
    const { repo, handlers, storeSettings } = background(db);
    await repo.track(trackInput({ messageId: 'kept' }), NOW - 1000);
    const exported = await dispatch(handlers, { ackly: 1, name: 'data.export', data: {} }, page);
    if (!exported.ok) throw new Error('export failed');
    const before = exported.value as { requests: TrackedRequest[]; events: unknown[]; templates: unknown[] };
    const file = {
      ...before,
      requests: [
        ...before.requests,
        ...Array.from({ length: 50 }, (_, i) => ({ ...before.requests[0]!, id: 100 + i, messageId: `new-${i}` })),
      ],
    };

    full = true;
    const reply = await dispatch(
      handlers,
      { ackly: 1, name: 'data.import', data: { file: JSON.stringify(file) } },
      page,
    );
    expect(reply).toMatchObject({ ok: false, error: { name: 'QuotaExceededError' } });
    expect(storeSettings).not.toHaveBeenCalled();
    full = false;
    const after = await dispatch(handlers, { ackly: 1, name: 'data.export', data: {} }, page);
    if (!after.ok) throw new Error('export failed');
    const now = after.value as typeof before;
    expect(now.requests).toEqual(before.requests);
    expect(now.events).toEqual(before.events);
    expect(now.templates).toEqual(before.templates);
  });
});

describe('an import is one transaction', () => {
  it('leaves nothing of itself when its very last write fails', async () => {
    // Only the import's own history entry, written last, is refused.
    const db = freshDatabase();
    db.use({
      stack: 'dbcore',
      name: 'last-write-fails',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) =>
              name === 'events' && request.type === 'add' && request.values.some((v) => v?.type === 'imported')
                ? Promise.reject(quota())
                : table.mutate(request),
          };
        },
      }),
    });
    const { repo, handlers } = background(db);
    await repo.track(trackInput({ messageId: 'kept' }), NOW - 1000);
    const exported = await dispatch(handlers, { ackly: 1, name: 'data.export', data: {} }, page);
    if (!exported.ok) throw new Error('export failed');
    const before = exported.value as { requests: TrackedRequest[]; events: { requestId: number | null }[] };
    const file = {
      ...before,
      requests: Array.from({ length: 200 }, (_, i) => ({ ...before.requests[0]!, id: 10 + i, messageId: `new-${i}` })),
      events: Array.from({ length: 200 }, (_, i) => ({ ...before.events[0]!, id: 10 + i, requestId: 10 + i })),
    };
    const reply = await dispatch(
      handlers,
      { ackly: 1, name: 'data.import', data: { file: JSON.stringify(file) } },
      page,
    );
    expect(reply).toMatchObject({ ok: false, error: { name: 'QuotaExceededError' } });
    // The requests, events and templates written before that last write were rolled back with it.
    expect((await repo.db.requests.toArray()).map((r) => r.messageId)).toEqual(['kept']);
    expect(await repo.db.events.count()).toBe(before.events.length);
  });
});

describe('the sidebar when storage is full', () => {
  const page = usePageController();

  /** A background that answers `failing` with a storage-full error and the rest as usual. */
  function answer(failing: string, state: unknown) {
    fakeBrowser.runtime.onMessage.addListener(((
      message: { name: string },
      _sender: unknown,
      sendResponse: (reply: unknown) => void,
    ) => {
      if (message.name === failing) {
        sendResponse({ ok: false, error: { name: STORAGE_FULL, message: new StorageFullError().message } });
      } else {
        const values: Record<string, unknown> = {
          'thread.analyze': state,
          'thread.state': state,
          'request.history': [],
        };
        sendResponse({ ok: true, value: values[message.name] ?? null });
      }
      return true;
    }) as never);
  }

  it('says the request could not be saved because storage is full', async () => {
    answer('thread.analyze', null);
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    const status = () => page.container.querySelector<HTMLElement>('[data-testid="ackly-request-status"]');
    await until(() => status()?.dataset.status === 'storage-full');
    expect(status()!.textContent).toBe('storageFullTrack');
    expect(status()!.getAttribute('role')).toBe('alert');
  });

  it('says an action could not be saved because storage is full', async () => {
    const request = { ...trackInput(), id: 7, state: 'new', stateBeforeSnooze: null, timestamps: {} } as TrackedRequest;
    answer('request.act', { webmail: 'gmail', threadId: 'thread-1', requests: [request], newest: null });
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => page.container.querySelector('[data-testid="ackly-done"]') !== null);
    page.container.querySelector<HTMLElement>('[data-testid="ackly-done"]')!.click();
    await until(() => page.container.querySelector('[data-testid="ackly-notice"]') !== null);
    expect(page.container.querySelector('[data-testid="ackly-notice"]')!.textContent).toBe('storageFullSave');
    // The request is still shown as it was.
    expect(page.container.querySelector('[data-testid="ackly-request-status"]')!.textContent).toContain(
      'sidebarStateNew',
    );
  });
});

describe('the toolbar while storage is full', () => {
  it('keeps "!" and the reason through every reminders check until a write succeeds again', async () => {
    const repo = createRepository(freshDatabase());
    await repo.track(trackInput({ receivedAt: NOW - 3_600_000, ackDueAt: NOW + 3_600_000 }), NOW);
    let full = true;
    const reminders = remindersOf(repo, () => full);
    await reminders.check();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/^actionTitleStorageFull\nactionTitleOwed/);
    full = false;
    await reminders.check();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).not.toContain('actionTitleStorageFull');
  });
});
