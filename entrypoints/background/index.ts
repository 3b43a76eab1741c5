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
import { loadSettings, resolveTimeZone, settingsItem, watchSettings } from '@/utils/settings/store';
import { listenForCommands } from './commands';
import { createHandlers } from './handlers';
import { createReminders } from './schedule';
import { createThreadAnalyzer } from './tracking';

export default defineBackground({
  main() {
    const repo = createRepository(new AcklyDatabase());
    const now = () => Date.now();
    // Notifications and the toolbar tooltip speak the interface language chosen in the settings.
    const applyLanguage = async () => applyUiLanguage((await loadSettings()).uiLanguage, loadLocaleTable);
    let languageReady = applyLanguage();
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
    });
    const onChange = () => {
      void announceChange();
      void reminders.check();
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
      storeSettings: (value: Settings) => settingsItem.setValue(value),
      clearSettings: () => settingsItem.removeValue(),
    };
    listen(browser, createHandlers({ repo, now, analyzeThread, onChange, reminders, settings }));
    refuseOtherExtensions(browser);
    reminders.start();
    listenForCommands(browser);
    // Working hours, standards or notifications changed: badge and reminders follow at once.
    watchSettings(() => {
      languageReady = applyLanguage();
      void reminders.check();
    }, new AbortController().signal);
  },
});
