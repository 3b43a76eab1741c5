// Interface text from public/_locales. One place to look up strings, so the language override
// setting can swap the source without touching components.
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/model';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export const t: Translate = (key, substitutions) => {
  const getMessage = browser.i18n.getMessage as (k: string, s?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
};

/** The locale for dates and numbers: the interface language setting, or the browser's. */
export function uiLocale(settings: Pick<Settings, 'uiLanguage'>): string {
  return settings.uiLanguage === 'auto' ? browser.i18n.getUILanguage() || 'en' : settings.uiLanguage;
}
