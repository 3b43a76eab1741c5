// Interface strings for content scripts: they cannot read the extension's own files, and the
// browser's own i18n costs a webmail page 10–40 ms on its first call, so the background hands them
// a locale's table: read once per language, and only what filling a string needs (no descriptions).
// The sidebar's style sheet comes the same way, when the sidebar first shows.
import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import type { Handlers } from '@/utils/messaging/server';
import { loadLocaleTable, type LocaleTable } from '@/utils/i18n/t';
import { isLang, type Lang } from '@/utils/languages';

/** A table without the translators' descriptions: about half the size to send and to parse. */
export function slimTable(table: LocaleTable): LocaleTable {
  const slim: LocaleTable = {};
  for (const [key, entry] of Object.entries(table)) {
    slim[key] = entry.placeholders
      ? { message: entry.message, placeholders: entry.placeholders }
      : { message: entry.message };
  }
  return slim;
}

export function i18nHandlers(
  load: (lang: Lang) => Promise<LocaleTable> = loadLocaleTable,
): Pick<Handlers, 'i18n.messages'> {
  const tables = new Map<Lang, Promise<LocaleTable>>();
  return {
    async 'i18n.messages'({ lang }) {
      if (!isLang(lang)) throw new RangeError('Unknown interface language');
      let table = tables.get(lang);
      if (!table) {
        table = load(lang).then(slimTable);
        tables.set(lang, table);
        // A failed read is tried again next time.
        table.catch(() => tables.delete(lang));
      }
      return table;
    },
  };
}

/** The sidebar's style sheet (components/sidebar/sidebar.css), handed to a content script when it first shows the sidebar. */
export function stylesHandlers(css: string = sidebarCss): Pick<Handlers, 'ui.styles'> {
  return {
    'ui.styles': () => Promise.resolve({ css }),
  };
}
