// The shared page controller with a fake adapter and a fake background: it reads the
// open thread, shows the background's verdict, acknowledges in one click and recovers from
// pages it cannot read.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createController, LOADING_SHOWN_AFTER_MS } from '@/utils/webmail/controller';
import { pageChanged } from '@/utils/webmail/dom';
import type { TrackedRequest } from '@/utils/db/types';
import { SelectorError } from '@/utils/webmail/types';
import { fakeBackground, trackInput, until, fakeAdapter, SNAPSHOT, usePageController } from './helpers';

// English interface strings, as the background hands them to a content script.
const EN = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'));

const REQUEST = { ...trackInput(), id: 7, state: 'new', stateBeforeSnooze: null, timestamps: {} } as TrackedRequest;

describe('page controller', () => {
  const page = usePageController();

  const status = () => page.container.querySelector('[data-testid="ackly-request-status"]')?.textContent ?? '';

  it('sends the open thread to the background and shows the tracked request', async () => {
    const calls = fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [REQUEST], newest: null });
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => status().includes('sidebarStateNew'));
    expect(calls.find((c) => c.name === 'thread.analyze')?.data).toEqual(SNAPSHOT);
    expect(adapter.observe).toHaveBeenCalledWith(expect.any(Function), page.abort.signal);

    // The same thread again: nothing new to analyse.
    const before = calls.filter((c) => c.name === 'thread.analyze').length;
    await controller.refresh();
    expect(calls.filter((c) => c.name === 'thread.analyze').length).toBe(before);
  });

  it('acknowledges: fills the reply, records the template on the request, and does not send by default', async () => {
    const calls = fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [REQUEST], newest: null });
    const { adapter, editor } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => page.container.querySelector('[data-testid="ackly-acknowledge"]') !== null);
    page.container.querySelector<HTMLElement>('[data-testid="ackly-acknowledge"]')!.click();
    await until(() => calls.some((c) => c.name === 'template.used'));
    expect(editor.textContent).toBe('Hi Ana,\n\nGot it.');
    expect(calls.find((c) => c.name === 'template.compose')?.data).toMatchObject({ kind: 'acknowledge', requestId: 7 });
    expect(calls.find((c) => c.name === 'template.used')?.data).toEqual({ id: 'builtin:en:acknowledge', requestId: 7 });
    expect(adapter.send).not.toHaveBeenCalled();
  });

  it('also sends when the settings say so', async () => {
    await fakeBrowser.storage.local.set({ settings: { acknowledgeBehaviour: 'send' } });
    const calls = fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [REQUEST], newest: null });
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => page.container.querySelector('[data-testid="ackly-acknowledge"]') !== null);
    page.container.querySelector<HTMLElement>('[data-testid="ackly-acknowledge"]')!.click();
    await until(() => vi.mocked(adapter.send).mock.calls.length === 1);
    expect(calls.some((c) => c.name === 'template.used')).toBe(true);
  });

  it('says it cannot read the page, logging the selector and no email text', async () => {
    fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [], newest: null });
    const { adapter } = fakeAdapter('thread', () => {
      throw new SelectorError('h2.hP', 'thread subject');
    });
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    expect(status()).toBe('sidebarUnreadable');
    const logged = vi.mocked(console.warn).mock.calls.flat().join(' ');
    expect(logged).toContain('h2.hP');
    expect(logged).not.toContain('budget');
  });

  it('puts nothing in the page and reads storage once before its first look, then draws what it finds', async () => {
    fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [REQUEST], newest: null }, { strings: EN });
    await fakeBrowser.storage.local.set({ settings: { coach: false }, 'ackly:sidebarCollapsed': true });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const surface = vi.fn((visible: boolean) => {
      void visible;
      return page.container;
    });
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, surface, page.abort.signal);
    await controller.start();
    // Settings and the collapsed flag in one read; no host, no drawing yet.
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0]![0]).toEqual(['settings', 'ackly:sidebarCollapsed']);
    expect(surface).not.toHaveBeenCalled();
    await controller.refresh();
    expect(surface).toHaveBeenCalledWith(true);
    // Collapsed, as stored: the sidebar asks for no room beside the thread.
    expect(page.container.querySelector('[data-testid="ackly-sidebar"]')?.getAttribute('data-collapsed')).toBe('true');
    expect(adapter.makeRoom).toHaveBeenCalledTimes(1);
    expect(adapter.makeRoom).toHaveBeenCalledWith(0);
  });

  it('shows the strings the background hands over, and never asks the browser’s i18n for them', async () => {
    const getMessage = vi.mocked(fakeBrowser.i18n.getMessage);
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockImplementation(() => 'en-GB');
    const calls = fakeBackground(
      { webmail: 'gmail', threadId: 'thread-1', requests: [REQUEST], newest: null },
      { strings: EN },
    );
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => status() === `${EN.sidebarStatus.message}: ${EN.sidebarStateNew.message}`);
    expect(page.container.querySelector('[data-testid="ackly-acknowledge"]')?.textContent).toBe(
      EN.sidebarAcknowledge.message,
    );
    expect(calls.filter((c) => c.name === 'i18n.messages').map((c) => c.data)).toEqual([{ lang: 'en' }]);
    expect(getMessage).not.toHaveBeenCalled();
    // Once asked: the same strings for every later drawing.
    await controller.refresh();
    expect(calls.filter((c) => c.name === 'i18n.messages')).toHaveLength(1);
  });

  /** Every text the container showed, as it changed. */
  function shownTexts(): string[] {
    const seen: string[] = [];
    new MutationObserver(() => seen.push(page.container.textContent ?? '')).observe(page.container, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    return seen;
  }

  it('draws a quick answer straight away, never the loading state before it', async () => {
    fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [REQUEST], newest: null });
    const seen = shownTexts();
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => status().includes('sidebarStateNew'));
    await new Promise((resolve) => setTimeout(resolve, LOADING_SHOWN_AFTER_MS + 50));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((text) => text.includes('sidebarLoading'))).toBe(false);
    expect(status()).toContain('sidebarStateNew');
  });

  it('says it is loading while a slow answer is on its way, then shows it', async () => {
    let answer: (() => void) | null = null;
    fakeBrowser.runtime.onMessage.addListener(((
      message: { name: string },
      _sender: unknown,
      sendResponse: (reply: unknown) => void,
    ) => {
      const value =
        message.name === 'thread.analyze'
          ? { webmail: 'gmail', threadId: 'thread-1', requests: [REQUEST], newest: null }
          : message.name === 'request.history'
            ? []
            : null;
      if (message.name === 'thread.analyze') answer = () => sendResponse({ ok: true, value });
      else sendResponse({ ok: true, value });
      return true;
    }) as never);
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    void controller.refresh();
    await until(() => page.container.textContent?.includes('sidebarLoading') === true);
    expect(answer).not.toBeNull();
    answer!();
    await until(() => status().includes('sidebarStateNew'));
    expect(page.container.textContent).not.toContain('sidebarLoading');
  });

  it('stays hidden outside a conversation', async () => {
    const calls = fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [], newest: null });
    const { adapter } = fakeAdapter('inbox', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    expect(page.container.querySelector('[data-testid="ackly-sidebar"]')?.getAttribute('data-idle')).toBe('true');
    expect(calls.some((c) => c.name === 'thread.analyze')).toBe(false);
  });
});

describe('page observers', () => {
  it('pass on the page’s own changes and ignore Ackly’s (its hosts and row markers)', async () => {
    const root = document.createElement('div');
    const row = root.appendChild(document.createElement('div'));
    document.body.append(root);
    const batches: boolean[] = [];
    const observer = new MutationObserver((records) => batches.push(pageChanged(records)));
    observer.observe(root, { childList: true, subtree: true });
    const settle = () => new Promise((r) => setTimeout(r, 0));
    try {
      const marker = document.createElement('span');
      marker.dataset.ackly = 'marker';
      row.prepend(marker);
      await settle();
      marker.append(document.createElement('span'));
      await settle();
      row.after(document.createElement('ackly-coach'));
      await settle();
      marker.remove();
      await settle();
      expect(batches).toEqual([false, false, false, false]);
      row.append(document.createElement('div'));
      await settle();
      // Ours and the page's in one batch: the page changed.
      row.prepend(marker);
      row.append('text');
      await settle();
      expect(batches).toEqual([false, false, false, false, true, true]);
    } finally {
      observer.disconnect();
      root.remove();
    }
  });
});
