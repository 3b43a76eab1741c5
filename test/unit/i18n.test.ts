// Interface text: every key in all five locales with a description and the same placeholders,
// every key the code asks for exists, and the language override reads the chosen locale.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeUiLanguage, formatMessage, t, useLocaleTable, type LocaleTable } from '@/utils/i18n/t';
import { initI18n } from '@/utils/i18n/init';
import { applyPageLanguage } from '@/utils/webmail/controller';
import { LANGUAGES } from '@/utils/languages';
import { i18nHandlers } from '@/entrypoints/background/i18n-handlers';
import { TEMPLATE_KINDS, TEMPLATE_VARIABLES } from '@/utils/templates';

const ROOT = resolve(import.meta.dirname, '../..');
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as LocaleTable;
const LOCALES = Object.fromEntries(LANGUAGES.map((lang) => [lang, locale(lang)])) as Record<string, LocaleTable>;
const EN = LOCALES.en!;

/** What a message needs filled in: its named placeholders and their positional contents, plus bare $N. */
function placeholderShape(entry: { message: string; placeholders?: LocaleTable[string]['placeholders'] }) {
  const named = Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
  const positional = [...new Set([...entry.message.matchAll(/\$(\d)/g)].map((m) => m[1]))].sort();
  return { named, used: [...new Set(used)], positional };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

afterEach(() => {
  useLocaleTable(null, null);
  vi.unstubAllGlobals();
});

describe('locale files', () => {
  it('have the same keys in all five languages', () => {
    const keys = Object.keys(EN).sort();
    expect(keys.length).toBeGreaterThan(100);
    for (const lang of LANGUAGES) expect(Object.keys(LOCALES[lang]!).sort(), lang).toEqual(keys);
  });

  it('give every string a text and a description in every language', () => {
    for (const lang of LANGUAGES) {
      for (const [key, entry] of Object.entries(LOCALES[lang]!)) {
        expect(typeof entry.message === 'string' && entry.message.trim() !== '', `${lang}.${key} text`).toBe(true);
        expect(typeof entry.description === 'string' && entry.description.trim() !== '', `${lang}.${key}`).toBe(true);
      }
    }
  });

  it('use the same placeholders in every language, all of them declared', () => {
    for (const [key, entry] of Object.entries(EN)) {
      const shape = placeholderShape(entry);
      for (const name of shape.used)
        expect(
          shape.named.some((n) => n.startsWith(`${name}=`)),
          `en.${key} $${name}$`,
        ).toBe(true);
      for (const lang of LANGUAGES) {
        const other = placeholderShape(LOCALES[lang]![key]!);
        expect(other, `${lang}.${key}`).toEqual(shape);
      }
    }
  });

  it('contain every key the code asks for', () => {
    const files = [...sourceFiles(join(ROOT, 'entrypoints')), ...sourceFiles(join(ROOT, 'components'))];
    const asked = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) asked.add(m[1]!);
    }
    // Keys built from a value: every value needs its string.
    for (const lang of LANGUAGES) asked.add(`optionsLang_${lang}`);
    for (const kind of TEMPLATE_KINDS) asked.add(`optionsKind_${kind}`);
    for (const name of TEMPLATE_VARIABLES) asked.add(`optionsVar_${name}`);
    for (let day = 0; day < 7; day += 1) asked.add(`optionsDay_${day}`);
    expect(asked.size).toBeGreaterThan(60);
    const missing = [...asked].filter((key) => !(key in EN));
    expect(missing).toEqual([]);
  });

  it('refers to the manifest strings', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle']) expect(EN[key]).toBeDefined();
  });
});

describe('formatMessage', () => {
  it('fills positional and named placeholders like chrome.i18n', () => {
    expect(formatMessage({ message: 'Used $1× by $2' }, ['3', 'Ola'])).toBe('Used 3× by Ola');
    expect(formatMessage({ message: 'Single $1' }, 'one')).toBe('Single one');
    expect(
      formatMessage(
        { message: '$COUNT$ replies for $Who$', placeholders: { count: { content: '$1' }, who: { content: '$2' } } },
        ['4', 'Anna'],
      ),
    ).toBe('4 replies for Anna');
    expect(formatMessage({ message: 'Costs $$5' })).toBe('Costs $5');
  });

  it('leaves out what is missing instead of printing placeholders', () => {
    expect(formatMessage({ message: 'Hi $1, $NAME$!' })).toBe('Hi , !');
    // A substitution is not itself re-read as a placeholder.
    expect(formatMessage({ message: '$1 and $2' }, ['$2', 'x'])).toBe('$2 and x');
  });

  it('does not read placeholders from the object prototype', () => {
    expect(formatMessage({ message: 'a$constructor$b', placeholders: {} })).toBe('ab');
  });
});

describe('language override', () => {
  const serve = (tables: Record<string, LocaleTable>) => {
    const fetchMock = vi.fn(async (url: string) => {
      const lang = /_locales\/([a-z]+)\/messages\.json$/.exec(String(url))?.[1] ?? '';
      const table = tables[lang];
      return table ? new Response(JSON.stringify(table), { status: 200 }) : new Response('not found', { status: 404 });
    });
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  };

  it('reads the chosen language from the extension package', async () => {
    const fetchMock = serve({ pl: LOCALES.pl! });
    await initI18n('pl');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0])).toMatch(/^chrome-extension:\/\/.*\/_locales\/pl\/messages\.json$/);
    expect(t('popupTitle')).toBe(LOCALES.pl!.popupTitle!.message);
    expect(t('optionsTemplateUses', '7')).toBe('użyto 7×');
    expect(activeUiLanguage()).toBe('pl');
    expect(document.documentElement.lang).toBe('pl');
  });

  it('follows the stored setting when called without one', async () => {
    serve({ nb: LOCALES.nb! });
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'nb' } });
    await initI18n();
    expect(t('optionsTitle')).toBe('Ackly-innstillinger');
  });

  it('goes back to the browser for "auto" and on any failure', async () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `browser:${key}`);
    serve({ de: LOCALES.de! });
    await initI18n('de');
    expect(t('optionsTitle')).toBe('Ackly-Einstellungen');
    await initI18n('auto');
    expect(t('optionsTitle')).toBe('browser:optionsTitle');

    serve({}); // the file is missing
    await expect(initI18n('nl')).resolves.toBeUndefined();
    expect(t('optionsTitle')).toBe('browser:optionsTitle');

    vi.stubGlobal('fetch', async () => new Response('{"truncated": ', { status: 200 }));
    await expect(initI18n('nl')).resolves.toBeUndefined();
    expect(t('optionsTitle')).toBe('browser:optionsTitle');

    await expect(initI18n('xx' as never)).resolves.toBeUndefined();
    expect(t('optionsTitle')).toBe('browser:optionsTitle');
    getMessage.mockRestore();
  });

  it('asks the browser once for each fixed string, and every time for one with substitutions', () => {
    useLocaleTable(null, null);
    const getMessage = vi
      .spyOn(fakeBrowser.i18n, 'getMessage')
      .mockImplementation(((key: string, subs?: string[]) => `${key}:${(subs ?? []).join(',')}`) as never);
    for (let i = 0; i < 5; i++) expect(t('sidebarTitle')).toBe('sidebarTitle:');
    expect(t('popupOwed', ['3'])).toBe('popupOwed:3');
    expect(t('popupOwed', ['4'])).toBe('popupOwed:4');
    expect(getMessage.mock.calls.map(([key]) => key)).toEqual(['sidebarTitle', 'popupOwed', 'popupOwed']);
    // A language override still wins over what the browser said before.
    useLocaleTable('pl', { sidebarTitle: { message: 'Ackly po polsku' } });
    expect(t('sidebarTitle')).toBe('Ackly po polsku');
  });

  it('falls back to the browser for keys the table lacks, and to the key itself last', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'onlyInBrowser' ? 'B' : ''));
    useLocaleTable('pl', { popupTitle: { message: 'P' } });
    expect(t('popupTitle')).toBe('P');
    expect(t('onlyInBrowser')).toBe('B');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });
});

describe('strings for content scripts', () => {
  it('the background hands out one locale table and refuses anything else', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      /_locales\/nl\/messages\.json$/.test(String(url))
        ? new Response(JSON.stringify(LOCALES.nl), { status: 200 })
        : new Response('', { status: 404 }),
    );
    const handler = i18nHandlers()['i18n.messages'];
    const caller = { kind: 'content-script', webmail: 'gmail' } as never;
    const table = await handler({ lang: 'nl' }, caller);
    expect(table.optionsTitle?.message).toBe('Ackly-instellingen');
    await expect(handler({ lang: '../../manifest' as never }, caller)).rejects.toThrow('Unknown interface language');
  });

  it('reads each table once, and hands out only what filling a string needs', async () => {
    const load = vi.fn(async () => LOCALES.de!);
    const handler = i18nHandlers(load)['i18n.messages'];
    const caller = { kind: 'content-script', webmail: 'gmail' } as never;
    const first = await handler({ lang: 'de' }, caller);
    const again = await handler({ lang: 'de' }, caller);
    expect(load).toHaveBeenCalledTimes(1);
    expect(again).toBe(first);
    expect(Object.keys(first)).toEqual(Object.keys(LOCALES.de!));
    const withPlaceholders = Object.entries(LOCALES.de!).find(([, e]) => e.placeholders)!;
    expect(first[withPlaceholders[0]]).toEqual({
      message: withPlaceholders[1].message,
      placeholders: withPlaceholders[1].placeholders,
    });
    expect(JSON.stringify(first)).not.toContain('"description"');
    // A failed read is not kept.
    const failing = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValue(LOCALES.nb!);
    const retry = i18nHandlers(failing)['i18n.messages'];
    await expect(retry({ lang: 'nb' }, caller)).rejects.toThrow('gone');
    expect((await retry({ lang: 'nb' }, caller)).optionsTitle?.message).toBe(LOCALES.nb!.optionsTitle!.message);
  });

  it('a content script gets its table through the background', async () => {
    const sendMessage = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation((async () => ({ ok: true, value: LOCALES.pl })) as never);
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await applyPageLanguage('pl');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(sendMessage).toHaveBeenCalledWith({ ackly: 1, name: 'i18n.messages', data: { lang: 'pl' } });
    expect(t('optionsTitle')).toBe('Ustawienia Ackly');
  });
});
