// Background service worker: owns the database, analyses threads, keeps reminders and answers
// messages. Wiring only.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { AcklyDatabase } from '@/utils/db/database';
import { createRepository } from '@/utils/db/repository';
import { analyzeEmail } from '@/utils/detect';
import { applyUiLanguage, loadLocaleTable, t } from '@/utils/i18n/t';
import { announceChange } from '@/utils/messaging/changes';
import { listen, refuseOtherExtensions } from '@/utils/messaging/server';
import type { Settings } from '@/utils/settings/model';
import { createSettingsCache, createTimeZoneResolver, settingsItem, watchSettings } from '@/utils/settings/store';
import { coalesce } from './coalesce';
import { listenForCommands } from './commands';
import { createHandlers } from './handlers';
import { createReminders } from './schedule';
import { createThreadAnalyzer } from './tracking';
import { withStorageErrors } from './storage-errors';

export default defineBackground({
  main() {
    const repo = createRepository(new AcklyDatabase());
    const now = () => Date.now();
    // Settings from memory until they change (storage.onChanged, or the background's own writes below).
    const settingsCache = createSettingsCache();
    const loadSettings = settingsCache.load;
    const resolveTimeZone = createTimeZoneResolver(now);
    // Notifications and the toolbar tooltip speak the interface language chosen in the settings.
    const applyLanguage = async () => applyUiLanguage((await loadSettings()).uiLanguage, loadLocaleTable);
    let languageReady = applyLanguage();
    // Set when a write fails for lack of storage; a write that succeeds (a change) clears it.
    let storageFull = false;
    const reminders = createReminders({
      browser,
      repo,
      now,
      // Reminders read the settings before writing any text: the language is in place by then.
      settings: async () => {
        await languageReady;
        return loadSettings();
      },
      timeZone: resolveTimeZone,
      translate: t,
      storageFull: () => storageFull,
    });
    // Announced and checked once per burst of changes, a moment after the first (its reply has gone by then).
    const followChanges = coalesce(() => {
      void announceChange();
      void reminders.check();
    });
    const onChange = () => {
      storageFull = false;
      followChanges();
    };
    const analyzeThread = createThreadAnalyzer({
      repo,
      now,
      settings: loadSettings,
      timeZone: resolveTimeZone,
      analyze: analyzeEmail,
      onChange,
    });
    const settings = {
      loadSettings,
      storeSettings: async (value: Settings) => {
        settingsCache.forget();
        await settingsItem.setValue(value).finally(settingsCache.forget);
      },
      clearSettings: async () => {
        settingsCache.forget();
        await settingsItem.removeValue().finally(settingsCache.forget);
      },
    };
    // A write refused for lack of storage reaches the user: in the reply, and on the toolbar button.
    const handlers = withStorageErrors(
      createHandlers({
        repo,
        now,
        analyzeThread,
        onChange,
        reminders,
        settings,
        readSettings: loadSettings,
        timeZone: resolveTimeZone,
      }),
      {
        // The toolbar button shows "!" and the reason until a write succeeds again (onChange).
        onStorageFull: async () => {
          storageFull = true;
          await reminders.showButton();
        },
      },
    );
    listen(browser, handlers);
    refuseOtherExtensions(browser);
    reminders.start();
    listenForCommands(browser);
    // Working hours, standards or notifications changed: badge and reminders follow at once.
    watchSettings(() => {
      settingsCache.forget();
      languageReady = applyLanguage();
      void reminders.check();
    }, new AbortController().signal);
  },
});
