// Keyboard shortcuts: the background hands "acknowledge" to the active tab; the page controller acts
// on it as on the sidebar's button, and only while a new request is shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { listenForCommands, runCommand } from '@/entrypoints/background/commands';
import { ACKNOWLEDGE_COMMAND, ACKNOWLEDGE_MESSAGE } from '@/utils/messaging/commands';
import { createController } from '@/utils/webmail/controller';
import type { TrackedRequest } from '@/utils/db/types';
import { fakeBackground, trackInput, until, fakeAdapter, SNAPSHOT, usePageController } from './helpers';

const browser = fakeBrowser as unknown as WxtBrowser;

describe('background: keyboard commands', () => {
  let sent: { tabId: number; message: unknown }[];
  beforeEach(async () => {
    await fakeBrowser.windows.create({ focused: true });
    sent = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
      sent.push({ tabId, message });
    }) as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('sends "acknowledge" to the active tab', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.com/', active: false });
    const mail = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/', active: true });
    await runCommand(browser, ACKNOWLEDGE_COMMAND);
    expect(sent).toEqual([{ tabId: mail.id, message: { ackly: 'command', name: 'acknowledge' } }]);
  });

  it('ignores other commands, and a tab without Ackly is no error', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    await runCommand(browser, 'something-else');
    expect(sent).toEqual([]);
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(runCommand(browser, ACKNOWLEDGE_COMMAND)).resolves.toBeUndefined();
  });

  it('listens to the browser’s commands', async () => {
    let listener: ((name: string) => void) | undefined;
    const commands = { onCommand: { addListener: (l: (name: string) => void) => (listener = l) } };
    const withCommands = { ...fakeBrowser, commands } as unknown as WxtBrowser;
    listenForCommands(withCommands);
    const tab = await fakeBrowser.tabs.create({ url: 'https://outlook.office.com/mail/', active: true });
    listener!(ACKNOWLEDGE_COMMAND);
    await until(() => sent.length === 1);
    expect(sent[0]).toEqual({ tabId: tab.id, message: ACKNOWLEDGE_MESSAGE });
  });
});

describe('page controller: keyboard command', () => {
  const page = usePageController();

  const request = (state: string) =>
    ({ ...trackInput(), id: 7, state, stateBeforeSnooze: null, timestamps: {} }) as TrackedRequest;
  const command = () => fakeBrowser.runtime.onMessage.trigger(ACKNOWLEDGE_MESSAGE, {}, () => {});

  it('acknowledges the request shown, as the sidebar button does', async () => {
    const calls = fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [request('new')], newest: null });
    const { adapter, editor } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => page.container.querySelector('[data-testid="ackly-acknowledge"]') !== null);
    await command();
    await until(() => calls.some((c) => c.name === 'template.used'));
    expect(editor.textContent).toBe('Hi Ana,\n\nGot it.');
    expect(calls.find((c) => c.name === 'template.compose')?.data).toMatchObject({ kind: 'acknowledge', requestId: 7 });
    expect(
      page.container.querySelector('[data-testid="ackly-notice"]')?.textContent ?? page.container.textContent,
    ).toContain('sidebarAckReady');
  });

  it('does nothing without a new request on screen', async () => {
    const calls = fakeBackground({
      webmail: 'gmail',
      threadId: 'thread-1',
      requests: [request('acknowledged')],
      newest: null,
    });
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => calls.some((c) => c.name === 'request.history'));
    await command();
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.some((c) => c.name === 'template.compose')).toBe(false);
    expect(adapter.openReply).not.toHaveBeenCalled();

    // In the inbox (no thread open) neither.
    page.abort.abort();
    page.abort = new AbortController();
    const inbox = fakeAdapter('inbox', () => SNAPSHOT);
    const other = createController(inbox.adapter, document.createElement('div'), page.abort.signal);
    await other.start();
    await other.refresh();
    await command();
    expect(inbox.adapter.openReply).not.toHaveBeenCalled();
  });

  it('stops listening when the page script goes away', async () => {
    fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [request('new')], newest: null });
    const { adapter } = fakeAdapter('thread', () => SNAPSHOT);
    const controller = createController(adapter, page.container, page.abort.signal);
    await controller.start();
    await controller.refresh();
    await until(() => page.container.querySelector('[data-testid="ackly-acknowledge"]') !== null);
    page.abort.abort();
    await command();
    expect(adapter.openReply).not.toHaveBeenCalled();
  });
});
