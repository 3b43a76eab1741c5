// One value in the extension's storage.local, read and written through the browser API directly.
// Content scripts use this instead of @wxt-dev/storage to stay small; the key is the raw
// storage.local key (what @wxt-dev/storage calls "local:<key>").
import { browser } from 'wxt/browser';

export interface LocalItem<T> {
  readonly key: string;
  /** The stored value, or the fallback when it is missing (undefined or null). */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `onChange` with each new value (the fallback when removed) until `signal` aborts. */
  watch(onChange: (value: T) => void, signal: AbortSignal): void;
}

export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  const orFallback = (value: unknown): T => (value === undefined || value === null ? fallback : (value as T));
  return {
    key,
    async getValue() {
      const stored = await browser.storage.local.get(key);
      return orFallback(stored[key]);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(onChange, signal) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (area === 'local' && change) onChange(orFallback(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
    },
  };
}
