// Interface text from public/_locales. One place to look up strings, so the language override
// setting can swap the source without touching components.
//
// By default `t` asks browser.i18n (the browser's language). chrome.i18n cannot switch language,
// so when the user picks another interface language, applyUiLanguage() (pages: initI18n in
// ./init.ts) loads that locale's
// messages.json from the extension itself (an extension-internal URL, never the network) and `t`
// reads from it, with Chrome's placeholder rules ($1…$9, named $placeholder$, $$).
import { browser } from 'wxt/browser';
import { isLang, type Lang } from '../languages';
import type { Settings } from '../settings/model';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleTable = Record<string, LocaleEntry>;

let table: LocaleTable | null = null;
let tableLang: Lang | null = null;

/** Fills a messages.json entry the way chrome.i18n.getMessage does. */
export function formatMessage(entry: LocaleEntry, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  const placeholders: Record<string, string> = {};
  for (const [name, value] of Object.entries(entry.placeholders ?? {})) {
    if (value && typeof value.content === 'string') placeholders[name.toLowerCase()] = value.content;
  }
  return String(entry.message ?? '').replace(
    /\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g,
    (match, named?: string, n?: string) => {
      if (match === '$$') return '$';
      if (named !== undefined) {
        const content = Object.prototype.hasOwnProperty.call(placeholders, named.toLowerCase())
          ? placeholders[named.toLowerCase()]
          : undefined;
        return content === undefined ? '' : positional(content);
      }
      return subs[Number(n) - 1] ?? '';
    },
  );
}

/**
 * Strings already made, by key: fixed ones only (with substitutions they are made each time). Each
 * chrome.i18n.getMessage call crosses into the browser's bindings and a sidebar draws dozens of
 * labels on every render; a table's entries are filled in once. Emptied when the table changes.
 */
const fixedStrings = new Map<string, string>();

export const t: Translate = (key, substitutions) => {
  if (substitutions === undefined) {
    const known = fixedStrings.get(key);
    if (known !== undefined) return known;
  }
  let text: string | undefined;
  if (table && Object.prototype.hasOwnProperty.call(table, key)) {
    const entry = table[key];
    if (entry && typeof entry.message === 'string') text = formatMessage(entry, substitutions);
  }
  if (text === undefined) {
    const getMessage = browser.i18n.getMessage as (k: string, s?: string | string[]) => string;
    text = (substitutions === undefined ? getMessage(key) : getMessage(key, substitutions)) || key;
  }
  if (substitutions === undefined) fixedStrings.set(key, text);
  return text;
};

/** Asks the browser afresh: for tests, whose fake browser changes its strings between cases. */
export function forgetBrowserStrings(): void {
  fixedStrings.clear();
}

/** Makes `t` read from this table (null: back to the browser's language). */
export function useLocaleTable(lang: Lang | null, messages: LocaleTable | null): void {
  fixedStrings.clear();
  tableLang = lang && messages ? lang : null;
  table = lang && messages ? messages : null;
}

/** The browser's interface language ("en-GB"), 'en' when it cannot say. */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** The interface language in use: the override, or the browser's. */
export function activeUiLanguage(): string {
  return tableLang ?? browserUiLanguage();
}

/** Loads a locale's messages.json from the extension package. */
export async function loadLocaleTable(lang: Lang): Promise<LocaleTable> {
  const getURL = browser.runtime.getURL as (path: string) => string;
  const response = await fetch(getURL(`/_locales/${lang}/messages.json`));
  if (!response.ok) throw new Error(`No interface text for ${lang}`);
  const parsed = (await response.json()) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`Bad interface text for ${lang}`);
  return parsed as LocaleTable;
}

/**
 * Applies an interface language setting: 'auto' (or anything unknown) reads the browser's
 * language, a language code loads that table through `load`. Any failure falls back to the
 * browser's language, never breaks the page.
 */
export async function applyUiLanguage(setting: string, load: (lang: Lang) => Promise<LocaleTable>): Promise<void> {
  try {
    if (!isLang(setting)) {
      useLocaleTable(null, null);
      return;
    }
    const messages = await load(setting);
    if (!messages || typeof messages !== 'object') throw new Error('No interface text');
    useLocaleTable(setting, messages);
  } catch {
    useLocaleTable(null, null);
  }
}

/** The locale for dates and numbers: the interface language setting, or the browser's. */
export function uiLocale(settings: Pick<Settings, 'uiLanguage'>): string {
  return settings.uiLanguage === 'auto' ? browser.i18n.getUILanguage() || 'en' : settings.uiLanguage;
}
