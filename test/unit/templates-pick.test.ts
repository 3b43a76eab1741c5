import { describe, it, expect } from 'vitest';
import type { TemplateRow } from '../../utils/db/types';
import { acknowledgementFor, BUILTIN_TEMPLATES, firstNameOf, pickTemplates } from '../../utils/templates';

function user(id: string, over: Partial<TemplateRow>): TemplateRow {
  return {
    id: `user:${id}`,
    kind: 'acknowledge',
    language: 'en',
    title: id,
    body: 'x',
    builtin: false,
    uses: 0,
    updatedAt: 1,
    ...over,
  };
}

describe('pickTemplates', () => {
  const all: TemplateRow[] = [
    ...BUILTIN_TEMPLATES,
    user('b', { language: 'nl', title: 'B' }),
    user('a', { language: 'nl', title: 'A' }),
    user('popular', { language: 'nl', title: 'Z', uses: 5 }),
    user('de-thanks', { language: 'de', kind: 'thanks' }),
  ];
  it('orders most used first, then user templates, then by title', () => {
    const ids = pickTemplates(all, { kind: 'acknowledge', language: 'nl', fallbackLanguage: 'en' }).map((t) => t.id);
    expect(ids).toEqual(['user:popular', 'user:a', 'user:b', 'builtin:nl:acknowledge']);
  });
  it('follows the language of the email', () => {
    const picked = pickTemplates(all, { language: 'pl', fallbackLanguage: 'en' });
    expect(picked).toHaveLength(6);
    expect(picked.every((t) => t.language === 'pl')).toBe(true);
  });
  it("falls back to the user's default language", () => {
    const picked = pickTemplates(
      all.filter((t) => t.language !== 'pl'),
      { kind: 'nudge', language: 'pl', fallbackLanguage: 'nb' },
    );
    expect(picked.map((t) => t.id)).toEqual(['builtin:nb:nudge']);
    expect(pickTemplates(all, { kind: 'nudge', language: null, fallbackLanguage: 'de' }).map((t) => t.id)).toEqual([
      'builtin:de:nudge',
    ]);
  });
  it('returns nothing when neither language has the kind, and does not mutate the input', () => {
    const copy = [...all];
    expect(pickTemplates([], { language: 'en', fallbackLanguage: 'en' })).toEqual([]);
    pickTemplates(all, { language: 'nl', fallbackLanguage: 'en' });
    expect(all).toEqual(copy);
  });
  it('acknowledgementFor gives the best acknowledgement', () => {
    expect(acknowledgementFor(all, 'nl', 'en')?.id).toBe('user:popular');
    expect(acknowledgementFor(all, 'de', 'en')?.id).toBe('builtin:de:acknowledge');
    expect(acknowledgementFor(all, undefined, 'pl')?.id).toBe('builtin:pl:acknowledge');
    expect(acknowledgementFor([], 'en', 'en')).toBeUndefined();
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Piet de Vries', '', 'Piet'],
    ['de Vries, Piet', '', 'Piet'],
    ['Müller, Hans', '', 'Hans'],
    ['Müller, Hans-Peter', '', 'Hans-Peter'],
    ['Dr. Jan Kowalski', '', 'Jan'],
    ['"Ola Nordmann"', '', 'Ola'],
    ['ANNA NOWAK', '', 'Anna'],
    ['Kari Nordmann (Sales)', '', 'Kari'],
    ['Łukasz Żak', '', 'Łukasz'],
    ['', 'anna.kowalska@x.pl', 'Anna'],
    [null, 'jan_de.vries@x.nl', 'Jan'],
    ['anna.kowalska@x.pl', null, 'Anna'],
    ['', 'info@firma.nl', ''],
    ['', 'no-reply@x.com', ''],
    ['', 'jsmith@x.com', ''],
    ['', 'j.smith@x.com', ''],
    ['', '12345@x.com', ''],
    ['', '', ''],
    [undefined, undefined, ''],
    ['   ', 'not-an-email', ''],
    [',', '', ''],
    ['123 456', '', ''],
  ] as const)('%j / %j → %j', (name, email, expected) => {
    expect(firstNameOf(name, email)).toBe(expected);
  });
});
