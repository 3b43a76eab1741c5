// Interface language for extension pages (popup, options). Kept apart from t.ts so content scripts,
// which read settings without the validator, do not carry the settings store.
import { loadSettings } from '../settings/store';
import type { Settings } from '../settings/model';
import { applyTheme } from '../theme';
import { activeUiLanguage, applyUiLanguage, loadLocaleTable } from './t';

/**
 * Call once at page start, before rendering: applies the interface language setting (read from
 * storage unless given, and then the theme setting with it) and sets the page's `lang`. Never throws.
 */
export async function initI18n(uiLanguage?: Settings['uiLanguage']): Promise<void> {
  let setting: string = 'auto';
  try {
    if (uiLanguage === undefined) {
      const settings = await loadSettings();
      setting = settings.uiLanguage;
      // The theme setting too, before the first paint.
      if (typeof document !== 'undefined') applyTheme(settings.theme);
    } else setting = uiLanguage;
  } catch {
    // Unreadable settings: the browser's language.
  }
  await applyUiLanguage(setting, loadLocaleTable);
  if (typeof document !== 'undefined') document.documentElement.lang = activeUiLanguage();
}
