// The options page's privacy statement: it renders in every interface language from that
// language's messages, with the names of the "Your data" section and its buttons filled in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PrivacySection } from '@/components/options/PrivacySection';
import { formatMessage, type LocaleTable } from '@/utils/i18n/t';

const LANGS = ['en', 'nl', 'de', 'pl', 'nb'] as const;
const messages = (lang: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as LocaleTable;
const translator = (table: LocaleTable) => (key: string, subs?: string | string[]) =>
  table[key] ? formatMessage(table[key], subs) : `??${key}`;

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) act(() => render(null, host!));
  host?.remove();
  host = null;
});

function mount(lang: string): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(<PrivacySection t={translator(messages(lang))} />, host!));
  return host;
}

describe('PrivacySection', () => {
  it('says what is kept, where, for how long, that nothing is sent, and how to export or delete', () => {
    const el = mount('en');
    const section = el.querySelector('[data-testid="ackly-privacy"]');
    expect(section).not.toBeNull();
    expect(section!.querySelector('h2')?.textContent).toBe('Privacy');
    expect(section!.getAttribute('aria-labelledby')).toBe(section!.querySelector('h2')?.id);
    const text = section!.textContent ?? '';
    expect(text).toContain('IndexedDB');
    expect(text).toContain('session storage');
    expect(text).toMatch(/nothing expires by itself/i);
    expect(text).toMatch(/no network requests/i);
    expect(text).toMatch(/never the text of an email/i);
    // The buttons it points to are named exactly as on the page.
    expect(text).toContain('“Your data”');
    expect(text).toContain('“Export all data”');
    expect(text).toContain('“Delete all data”');
    expect(section!.querySelectorAll('h3')).toHaveLength(5);
    expect(section!.querySelectorAll('li')).toHaveLength(3);
  });

  it.each(LANGS)('renders fully in %s, every string from that language', (lang) => {
    const table = messages(lang);
    const el = mount(lang);
    const text = el.textContent ?? '';
    expect(text).not.toContain('??');
    expect(text).not.toMatch(/\$\d/);
    expect(el.querySelector('h2')?.textContent).toBe(table.optionsSectionPrivacy?.message);
    expect(text).toContain(table.optionsWipe!.message);
    expect(text).toContain(table.optionsExport!.message);
  });
});
