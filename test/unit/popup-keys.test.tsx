// The popup's keyboard: arrows select, letters act on the selection, and keys that belong to the
// browser, to buttons or to the custom snooze field are left alone. Live updates through the
// data-changed signal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceChange } from '@/utils/messaging/changes';
import type { TrackedRequest } from '@/utils/db/types';
import { owedPage, type OwedShown } from '@/utils/requests/owed-page';
import { requestFixture } from '../fixtures';

const H = 3_600_000;
const calls: { name: string; data: unknown }[] = [];
let owed: TrackedRequest[] = [];

vi.mock('@/utils/messaging/client', () => ({
  sendMessage: vi.fn(async (name: string, data: unknown) => {
    calls.push({ name, data });
    // The background's answer, worked out as the background does.
    if (name !== 'owed.page') return null;
    const { query, shown } = data as { query: string; shown: OwedShown };
    return owedPage(owed, { query, shown }, Date.now(), 'Europe/Amsterdam');
  }),
}));
vi.mock('@/utils/i18n/t', () => ({
  t: (key: string) => key,
  uiLocale: () => 'en',
}));

const { App } = await import('@/entrypoints/popup/App');

let root: HTMLElement;

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function mount(): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App />, root));
  await flush();
}

async function press(key: string, init: KeyboardEventInit = {}, target: Element = list()): Promise<void> {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
  await flush();
}

const list = () => root.querySelector('.owed-list')!;
const acted = (name: string) => calls.filter((c) => c.name === name).map((c) => c.data);

beforeEach(() => {
  calls.length = 0;
  const now = Date.now();
  owed = [
    // Overdue and already acknowledged: first on screen, cannot be acknowledged again.
    requestFixture({ id: 1, state: 'acknowledged', replyDueAt: now - H, subject: 'First' }),
    requestFixture({ id: 2, ackDueAt: now + 30 * 24 * H, subject: 'Second' }),
  ];
  vi.spyOn(window, 'close').mockImplementation(() => {});
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup keyboard', () => {
  it('moves with the arrows and marks the selection done with D (also with Shift)', async () => {
    await mount();
    expect(root.querySelectorAll('[data-testid="ackly-owed-item"]')).toHaveLength(2);
    await press('ArrowDown');
    await press('ArrowDown');
    expect(root.querySelector('.owed-item--selected')!.textContent).toContain('Second');
    await press('ArrowUp');
    expect(root.querySelector('.owed-item--selected')!.textContent).toContain('First');
    await press('D', { shiftKey: true });
    expect(acted('request.act')).toEqual([{ id: 1, action: 'done' }]);
  });

  it('leaves browser shortcuts alone', async () => {
    await mount();
    await press('ArrowDown');
    await press('d', { ctrlKey: true });
    await press('a', { metaKey: true });
    await press('s', { altKey: true });
    expect(acted('request.act')).toEqual([]);
    expect(acted('request.openThread')).toEqual([]);
    expect(root.querySelector('.snooze-menu')).toBeNull();
  });

  it('does not acknowledge what is already acknowledged, and acknowledges what is new', async () => {
    await mount();
    await press('ArrowDown');
    await press('a');
    expect(acted('request.openThread')).toEqual([]);
    await press('ArrowDown');
    await press('a');
    expect(acted('request.openThread')).toEqual([{ id: 2, intent: 'acknowledge' }]);
  });

  it('lets Enter work the focused button and the custom snooze field instead of opening the thread', async () => {
    await mount();
    await press('ArrowDown');
    await press('s');
    const input = root.querySelector<HTMLInputElement>('.snooze-menu input')!;
    expect(input).not.toBeNull();
    await press('Enter', {}, input);
    await press('d', {}, input);
    const doneButton = root.querySelector('[data-testid="ackly-popup-done"]')!;
    await press('Enter', {}, doneButton);
    expect(acted('request.openThread')).toEqual([]);
    expect(acted('request.act')).toEqual([]);
    await press('Enter');
    expect(acted('request.openThread')).toEqual([{ id: 1, intent: 'view' }]);
  });

  it('snoozes until a custom time read in the time zone of the settings, and refuses a past one', async () => {
    await fakeBrowser.storage.local.set({ settings: { timeZone: 'America/New_York' } });
    await mount();
    await press('ArrowDown');
    await press('s');
    const input = root.querySelector<HTMLInputElement>('.snooze-menu input')!;
    const submit = () =>
      act(() => {
        root.querySelector<HTMLFormElement>('.snooze-menu__custom')!.requestSubmit();
      });
    await act(() => {
      input.value = '2020-01-15T09:30';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    await flush();
    expect(acted('request.act')).toEqual([]);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('snoozePast');

    await press('s');
    const again = root.querySelector<HTMLInputElement>('.snooze-menu input')!;
    await act(() => {
      again.value = '2030-01-15T09:30';
      again.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    await flush();
    expect(acted('request.act')).toEqual([
      { id: 1, action: 'snooze', snoozedUntil: Date.parse('2030-01-15T09:30:00-05:00') },
    ]);
  });

  it('focuses the search with / and filters as you type', async () => {
    await mount();
    await press('/');
    const search = root.querySelector<HTMLInputElement>('[data-testid="ackly-popup-search"]')!;
    expect(document.activeElement).toBe(search);
    await act(() => {
      search.value = 'second';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush();
    expect(root.querySelectorAll('[data-testid="ackly-owed-item"]')).toHaveLength(1);
    expect(acted('owed.page').at(-1)).toMatchObject({ query: 'second' });
    // Letters typed into the search are text, not shortcuts.
    await press('d', {}, search);
    expect(acted('request.act')).toEqual([]);
  });

  it('re-reads the list when the data changes', async () => {
    await mount();
    expect(root.querySelectorAll('[data-testid="ackly-owed-item"]')).toHaveLength(2);
    owed = owed.slice(1);
    await act(() => announceChange());
    await flush();
    expect(root.querySelectorAll('[data-testid="ackly-owed-item"]')).toHaveLength(1);
  });

  it('shows the empty state with nothing owed', async () => {
    owed = [];
    await mount();
    expect(root.textContent).toContain('popupEmptyTitle');
    expect(root.querySelector('.popup__keys')).toBeNull();
  });
});
