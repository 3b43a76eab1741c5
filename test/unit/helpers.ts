// Builders for unit tests.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReminders } from '@/entrypoints/background/schedule';
import { AcklyDatabase } from '@/utils/db/database';
import { createRepository } from '@/utils/db/repository';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';

let dbCounter = 0;
/** A fresh database in fake-indexeddb, isolated from other tests. */
export function freshDatabase(): AcklyDatabase {
  dbCounter += 1;
  return new AcklyDatabase(`ackly-test-${dbCounter}-${Math.random().toString(36).slice(2)}`);
}

export { trackInput } from '../fixtures';

/** Tuesday 24 Nov 2026, 12:00 in Amsterdam: inside working hours. */
export const NOON = Date.parse('2026-11-24T12:00:00+01:00');

/** The background's reminders on a fresh database and the fake browser, with a clock the test moves. */
export function setupReminders(settings: Partial<Settings> = {}) {
  const repo = createRepository(freshDatabase());
  let now = NOON;
  const reminders = createReminders({
    browser: fakeBrowser as never,
    repo,
    now: () => now,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    timeZone: () => 'Europe/Amsterdam',
    translate: (key, subs) => `${key}:${(subs ?? []).join(',')}`,
  });
  return { repo, reminders, setNow: (ms: number) => (now = ms) };
}
