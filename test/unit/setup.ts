// Unit test setup: an in-memory IndexedDB for Dexie and a clean fake browser per test.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetBrowserStrings } from '@/utils/i18n/t';

beforeEach(() => {
  fakeBrowser.reset();
  forgetBrowserStrings();
});
