// "Data changed" signal from the background to every open page and content script. A counter in
// storage.local: each context listens to storage changes, so nobody needs to know tab ids, and
// nothing is lost while the service worker sleeps.
import { browser } from 'wxt/browser';

const KEY = 'ackly:dataVersion';

/** Background: tell every context that tracked data changed. */
export async function announceChange(): Promise<void> {
  const stored = await browser.storage.local.get(KEY);
  const current = typeof stored[KEY] === 'number' ? (stored[KEY] as number) : 0;
  await browser.storage.local.set({ [KEY]: current + 1 });
}

/** Pages and content scripts: call `onChange` whenever tracked data changed, until `signal` aborts. */
export function onDataChanged(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
