// Due times as people read them: "Fri 28 Nov, 17:00" and "in 3 hours", in the interface language.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

// Building Intl formatters is the slow part; a list formats every item with the same two.
const cache = new Map<string, { absoluteFormat: Intl.DateTimeFormat; rtf: Intl.RelativeTimeFormat }>();

function formatters(locale: string, timeZone: string) {
  const key = `${locale}\u0000${timeZone}`;
  let entry = cache.get(key);
  if (!entry) {
    const safeLocale = Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? locale : 'en';
    entry = {
      absoluteFormat: new Intl.DateTimeFormat(safeLocale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
      }),
      rtf: new Intl.RelativeTimeFormat(safeLocale, { numeric: 'auto' }),
    };
    if (cache.size > 20) cache.clear();
    cache.set(key, entry);
  }
  return entry;
}

export function formatDue(
  dueAt: number,
  now: number,
  locale: string,
  timeZone: string,
): { absolute: string; relative: string } {
  const { absoluteFormat, rtf } = formatters(locale, timeZone);
  const absolute = absoluteFormat.format(new Date(dueAt));
  const diff = dueAt - now;
  let relative = rtf.format(0, 'minute');
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'minute') {
      relative = rtf.format(Math.round(diff / size), unit);
      break;
    }
  }
  return { absolute, relative };
}
