import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRepository } from '@/utils/db/repository';
import { dispatch, identifyCaller, listen, type Caller } from '@/utils/messaging/server';
import { sendMessage } from '@/utils/messaging/client';
import { localItem } from '@/utils/messaging/local-item';
import { createHandlers, threadState } from '@/entrypoints/background/handlers';
import { freshDatabase, trackInput } from './helpers';

const EXT_ID = 'test-extension-id';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const popup: Caller = { kind: 'extension-page' };
const gmailTab: Caller = { kind: 'content-script', webmail: 'gmail', tabId: 7 };
const outlookTab: Caller = { kind: 'content-script', webmail: 'outlook', tabId: 8 };

function setup() {
  const repo = createRepository(freshDatabase());
  const onChange = vi.fn();
  const handlers = createHandlers({
    repo,
    now: () => 1_000,
    analyzeThread: async (t) => threadState(repo, t.webmail, t.threadId),
    onChange,
    reminders: { check: vi.fn(), openThread: vi.fn() },
    settings: { loadSettings: vi.fn(), storeSettings: vi.fn(), clearSettings: vi.fn() },
  });
  return { repo, handlers, onChange };
}

describe('identifyCaller', () => {
  it('tells extension pages from content scripts by the sender URL', () => {
    expect(identifyCaller({ id: EXT_ID, url: `${ORIGIN}popup.html` }, EXT_ID, ORIGIN)).toEqual(popup);
    expect(
      identifyCaller(
        { id: EXT_ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } as never },
        EXT_ID,
        ORIGIN,
      ),
    ).toEqual(gmailTab);
  });

  it('knows every Outlook origin as Outlook, and only those', () => {
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) {
      expect(
        identifyCaller({ id: EXT_ID, url: `https://${host}/mail/inbox`, tab: { id: 8 } as never }, EXT_ID, ORIGIN),
      ).toEqual(outlookTab);
    }
    expect(identifyCaller({ id: EXT_ID, url: 'https://outlook.evil.example/mail/' }, EXT_ID, ORIGIN)).toBeNull();
    expect(identifyCaller({ id: EXT_ID, url: 'http://outlook.office.com/mail/' }, EXT_ID, ORIGIN)).toBeNull();
  });

  it('serves nobody else', () => {
    expect(identifyCaller({ id: 'another-extension', url: `${ORIGIN}popup.html` }, EXT_ID, ORIGIN)).toBeNull();
    expect(identifyCaller({ id: EXT_ID, url: 'https://evil.example/' }, EXT_ID, ORIGIN)).toBeNull();
    expect(identifyCaller({ id: EXT_ID }, EXT_ID, ORIGIN)).toBeNull();
  });
});

describe('dispatch', () => {
  it('answers the popup with owed replies', async () => {
    const { repo, handlers } = setup();
    await repo.track(trackInput(), 1);
    const reply = await dispatch(handlers, { ackly: 1, name: 'owed.list', data: {} }, popup);
    expect(reply.ok).toBe(true);
    expect(reply.ok && (reply.value as unknown[]).length).toBe(1);
  });

  it('answers the popup with one page of owed replies, searched in the background', async () => {
    const { repo, handlers } = setup();
    await repo.track(trackInput(), 1);
    await repo.track(trackInput({ messageId: 'msg-2', subject: 'Holiday rota' }), 1);
    const shown = { overdue: 10, today: 10, upcoming: 10, snoozed: 10 };
    const reply = await dispatch(handlers, { ackly: 1, name: 'owed.page', data: { query: 'rota', shown } }, popup);
    expect(reply).toMatchObject({ ok: true, value: { total: 2, groups: { upcoming: { count: 1 } } } });
    expect(
      reply.ok &&
        (reply.value as { groups: { upcoming: { items: { subject: string }[] } } }).groups.upcoming.items.map(
          (r) => r.subject,
        ),
    ).toEqual(['Holiday rota']);
    expect(
      await dispatch(handlers, { ackly: 1, name: 'owed.page', data: { query: '', shown } }, gmailTab),
    ).toMatchObject({
      ok: false,
      error: { name: 'PermissionError' },
    });
  });

  it('lets a content script analyse only threads of its own webmail', async () => {
    const { handlers } = setup();
    const thread = { webmail: 'gmail', threadId: 't-1', subject: '', url: '', me: null, messages: [] };
    expect(await dispatch(handlers, { ackly: 1, name: 'thread.analyze', data: thread }, gmailTab)).toMatchObject({
      ok: true,
      value: { webmail: 'gmail', threadId: 't-1' },
    });
    expect(await dispatch(handlers, { ackly: 1, name: 'thread.analyze', data: thread }, outlookTab)).toMatchObject({
      ok: false,
      error: { name: 'PermissionError' },
    });
  });

  it('refuses a privileged call from a content script', async () => {
    const { repo, handlers } = setup();
    await repo.track(trackInput(), 1);
    const reply = await dispatch(handlers, { ackly: 1, name: 'owed.list', data: {} }, gmailTab);
    expect(reply).toEqual({
      ok: false,
      error: { name: 'PermissionError', message: "owed.list is only available to Ackly's own pages" },
    });
  });

  it('refuses unknown senders and malformed messages', async () => {
    const { handlers } = setup();
    expect(await dispatch(handlers, { ackly: 1, name: 'thread.state', data: {} }, null)).toMatchObject({
      ok: false,
      error: { name: 'PermissionError' },
    });
    expect(await dispatch(handlers, { name: 'owed.list' }, popup)).toMatchObject({
      ok: false,
      error: { name: 'TypeError' },
    });
    expect(await dispatch(handlers, { ackly: 1, name: '__proto__', data: {} }, popup)).toMatchObject({ ok: false });
  });

  it('lets a content script act only on its own webmail’s requests', async () => {
    const { repo, handlers, onChange } = setup();
    const { request } = await repo.track(trackInput(), 1);
    const denied = await dispatch(
      handlers,
      { ackly: 1, name: 'request.act', data: { id: request.id, action: 'done' } },
      outlookTab,
    );
    expect(denied).toMatchObject({ ok: false, error: { name: 'PermissionError' } });
    const allowed = await dispatch(
      handlers,
      { ackly: 1, name: 'request.act', data: { id: request.id, action: 'acknowledge' } },
      gmailTab,
    );
    expect(allowed).toMatchObject({ ok: true, value: { state: 'acknowledged' } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('returns lifecycle errors with their reason', async () => {
    const { repo, handlers } = setup();
    const { request } = await repo.track(trackInput(), 1);
    await repo.transition(request.id!, 'done', 2);
    const reply = await dispatch(
      handlers,
      { ackly: 1, name: 'request.act', data: { id: request.id, action: 'acknowledge' } },
      popup,
    );
    expect(reply).toEqual({
      ok: false,
      error: { name: 'TransitionError', message: 'Cannot acknowledge a request that is done' },
    });
  });
});

describe('client and server through the fake browser', () => {
  it('round-trips a typed message and rejects a refused one with its reason', async () => {
    const { repo, handlers } = setup();
    await repo.track(trackInput(), 1);
    listen(fakeBrowser as never, handlers);
    // The fake browser delivers messages without a sender URL: an unknown sender, refused.
    await expect(sendMessage('owed.list', {})).rejects.toMatchObject({ name: 'PermissionError' });
  });
});

describe('localItem', () => {
  it('reads the fallback until set, and reads what was set', async () => {
    const item = localItem<{ n: number } | null>('ackly:test', null);
    expect(await item.getValue()).toBeNull();
    await item.setValue({ n: 2 });
    expect(await item.getValue()).toEqual({ n: 2 });
    expect(await fakeBrowser.storage.local.get('ackly:test')).toEqual({ 'ackly:test': { n: 2 } });
  });

  it('reports changes of its own key until the signal aborts', async () => {
    const item = localItem<boolean>('ackly:flag', false);
    const seen: boolean[] = [];
    const abort = new AbortController();
    item.watch((value) => seen.push(value), abort.signal);
    await item.setValue(true);
    await fakeBrowser.storage.local.set({ 'ackly:other': 1 });
    await fakeBrowser.storage.local.remove('ackly:flag');
    abort.abort();
    await item.setValue(true);
    expect(seen).toEqual([true, false]);
  });
});
