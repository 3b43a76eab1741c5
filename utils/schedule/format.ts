// Due times as people read them: "Fri 28 Nov, 17:00" and "in 3 hours", in the interface language.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

export function formatDue(
  dueAt: number,
  now: number,
  locale: string,
  timeZone: string,
): { absolute: string; relative: string } {
  const safeLocale = Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? locale : 'en';
  const absolute = new Intl.DateTimeFormat(safeLocale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(dueAt));
  const diff = dueAt - now;
  const rtf = new Intl.RelativeTimeFormat(safeLocale, { numeric: 'auto' });
  let relative = rtf.format(0, 'minute');
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'minute') {
      relative = rtf.format(Math.round(diff / size), unit);
      break;
    }
  }
  return { absolute, relative };
}
