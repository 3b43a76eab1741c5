// The browser's storage for Ackly is full: one error name for it, however IndexedDB and Dexie
// wrapped it, so it travels through a message Reply and every UI can say so in words.
import type { Translate } from '../i18n/t';

/** The name a storage-full error has in a Reply (the DOMException's and Dexie's own name). */
export const STORAGE_FULL = 'QuotaExceededError';

/** A write failed because the browser's storage for Ackly is full; nothing was written. */
export class StorageFullError extends Error {
  override name = STORAGE_FULL;
  constructor() {
    super("The browser's storage for Ackly is full: nothing was written");
  }
}

/**
 * Whether `error` is (or wraps) a quota error: the DOMException, Dexie.QuotaExceededError, a
 * transaction's AbortError with it as `inner`, or a BulkError with it among its failures.
 */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === STORAGE_FULL) return true;
  if (isStorageFull(e.inner, depth + 1) || isStorageFull(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isStorageFull(f, depth + 1));
}

/** The user's words for a storage-full error from the background (by its name), else null. */
export function storageFullText(error: unknown, t: Translate, key: 'import' | 'track' | 'save'): string | null {
  if (!isStorageFull(error)) return null;
  return t(key === 'import' ? 'storageFullImport' : key === 'track' ? 'storageFullTrack' : 'storageFullSave');
}
