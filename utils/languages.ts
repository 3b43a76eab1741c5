// The languages Ackly's users work in: detection, templates and the interface cover all of them.
export const LANGUAGES = ['en', 'nl', 'de', 'pl', 'nb'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
