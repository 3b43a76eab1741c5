// A write that fails because the browser's storage for Ackly is full must reach the user, not
// vanish in a console: every handler's quota error leaves as StorageFullError (one name however
// Dexie wrapped it), and the toolbar button says so (entrypoints/background/index.ts sets the flag
// the reminders' button reads) until a write succeeds again.
import type { Handlers } from '@/utils/messaging/server';
import { isStorageFull, StorageFullError } from '@/utils/data/storage-full';

export interface StorageFullDeps {
  /** Tells the user outside the page that asked (the toolbar button). */
  onStorageFull: () => Promise<void> | void;
}

/** The same handlers, their storage-full errors named StorageFullError and announced once each. */
export function withStorageErrors(handlers: Handlers, deps: StorageFullDeps): Handlers {
  const wrapped: Partial<Record<keyof Handlers, unknown>> = {};
  for (const name of Object.keys(handlers) as (keyof Handlers)[]) {
    const handler = handlers[name] as (data: unknown, caller: unknown) => Promise<unknown>;
    wrapped[name] = async (data: unknown, caller: unknown) => {
      try {
        return await handler(data, caller);
      } catch (error) {
        if (!isStorageFull(error)) throw error;
        // Logs the name only, as everywhere (never what was being written).
        console.warn(`[ackly] ${name}: storage is full`);
        try {
          await deps.onStorageFull();
        } catch {
          // The toolbar is a courtesy; the reply below carries the error either way.
        }
        throw new StorageFullError();
      }
    };
  }
  return wrapped as Handlers;
}
