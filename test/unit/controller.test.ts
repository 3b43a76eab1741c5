// The shared page controller with a fake adapter and a fake background: it reads the
// open thread, shows the background's verdict, acknowledges in one click and recovers from
// pages it cannot read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createController } from '@/utils/webmail/controller';
import type { TrackedRequest } from '@/utils/db/types';
import { SelectorError } from '@/utils/webmail/types';
import { fakeBackground, trackInput, until, fakeAdapter, SNAPSHOT } from './helpers';

const REQUEST = { ...trackInput(), id: 7, state: 'new', stateBeforeSnooze: null, timestamps: {} } as TrackedRequest;

describe('page controller', () => {
  let abort: AbortController;
  let container: HTMLElement;
  beforeEach(() => {
    abort = new AbortController();
    container = document.createElement('div');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en');
  });
  afterEach(() => {
    abort.abort();
    vi.restoreAllMocks();
  });

  const status = () => container.querySelector('[data-testid="ackly-request-status"]')?.textContent ?? '';

  it('sends the open thread to the background and shows the tracked request', async () => {
    const calls = fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [REQUEST], newest: null });
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, container, abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => status().includes('sidebarStateNew'));
    expect(calls.find((c) => c.name === 'thread.analyze')?.data).toEqual(SNAPSHOT);
    expect(adapter.observe).toHaveBeenCalledWith(expect.any(Function), abort.signal);

    // The same thread again: nothing new to analyse.
    const before = calls.filter((c) => c.name === 'thread.analyze').length;
    await controller.refresh();
    expect(calls.filter((c) => c.name === 'thread.analyze').length).toBe(before);
  });

  it('acknowledges: fills the reply, records the template on the request, and does not send by default', async () => {
    const calls = fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [REQUEST], newest: null });
    const { adapter, editor } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, container, abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => container.querySelector('[data-testid="ackly-acknowledge"]') !== null);
    container.querySelector<HTMLElement>('[data-testid="ackly-acknowledge"]')!.click();
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
    const controller = createController(adapter, container, abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => container.querySelector('[data-testid="ackly-acknowledge"]') !== null);
    container.querySelector<HTMLElement>('[data-testid="ackly-acknowledge"]')!.click();
    await until(() => vi.mocked(adapter.send).mock.calls.length === 1);
    expect(calls.some((c) => c.name === 'template.used')).toBe(true);
  });

  it('says it cannot read the page, logging the selector and no email text', async () => {
    fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [], newest: null });
    const { adapter } = fakeAdapter('thread', () => {
      throw new SelectorError('h2.hP', 'thread subject');
    });
    const controller = createController(adapter, container, abort.signal);
    await controller.start();
    await controller.refresh();
    expect(status()).toBe('sidebarUnreadable');
    const logged = vi.mocked(console.warn).mock.calls.flat().join(' ');
    expect(logged).toContain('h2.hP');
    expect(logged).not.toContain('budget');
  });

  it('stays hidden outside a conversation', async () => {
    const calls = fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [], newest: null });
    const { adapter } = fakeAdapter('inbox', () => SNAPSHOT);
    const controller = createController(adapter, container, abort.signal);
    await controller.start();
    await controller.refresh();
    expect(container.querySelector('[data-testid="ackly-sidebar"]')?.getAttribute('data-idle')).toBe('true');
    expect(calls.some((c) => c.name === 'thread.analyze')).toBe(false);
  });
});
