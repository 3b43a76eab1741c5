// Interface strings for content scripts: they cannot read the extension's own files, so when the
// user overrides the interface language the background hands them that locale's table.
import type { Handlers } from '@/utils/messaging/server';
import { loadLocaleTable } from '@/utils/i18n/t';
import { isLang } from '@/utils/languages';

export function i18nHandlers(): Pick<Handlers, 'i18n.messages'> {
  return {
    async 'i18n.messages'({ lang }) {
      if (!isLang(lang)) throw new RangeError('Unknown interface language');
      return loadLocaleTable(lang);
    },
  };
}
