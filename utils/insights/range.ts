// The periods the insights page looks back on, as instants in the user's time zone. Weeks start on
// Monday; a period runs to the end of today (or of the last chosen day).
import { addDays, fromWallClock, isoDate, wallClock } from '../schedule/time-zone';
import type { InsightsRange, ResolvedRange } from './types';
import { RANGE_KINDS } from './types';

/** The longest custom period, in days (the working-time calendar covers three years). */
export const MAX_RANGE_DAYS = 2 * 366;

type DateParts = { year: number; month: number; day: number };

function parseIsoDate(text: unknown): DateParts | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return { year, month, day };
}

const dayNumber = (d: DateParts) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/** Monday of the week that holds `date`. */
export function mondayOf(date: DateParts & { weekday: number }) {
  return addDays(date, -((date.weekday + 6) % 7));
}

export function isInsightsRange(value: unknown): value is InsightsRange {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<InsightsRange>;
  return typeof v.kind === 'string' && (RANGE_KINDS as readonly string[]).includes(v.kind);
}

/** The period in instants; a custom period with unreadable dates throws RangeError. */
export function resolveRange(range: InsightsRange, now: number, timeZone: string): ResolvedRange {
  const today = wallClock(now, timeZone);
  let first: DateParts;
  let last: DateParts = today;
  switch (range.kind) {
    case 'week':
      first = mondayOf(today);
      break;
    case '4weeks':
      first = addDays(mondayOf(today), -21);
      break;
    case 'quarter':
      first = { year: today.year, month: Math.floor((today.month - 1) / 3) * 3 + 1, day: 1 };
      break;
    case 'custom': {
      const a = parseIsoDate(range.from);
      const b = parseIsoDate(range.to);
      if (!a || !b) throw new RangeError('A custom period needs two dates (YYYY-MM-DD)');
      [first, last] = dayNumber(a) <= dayNumber(b) ? [a, b] : [b, a];
      if (dayNumber(last) - dayNumber(first) >= MAX_RANGE_DAYS) first = addDays(last, -(MAX_RANGE_DAYS - 1));
      break;
    }
    default:
      throw new RangeError('Unknown period');
  }
  return {
    kind: range.kind,
    start: fromWallClock(first, 0, timeZone),
    end: fromWallClock(addDays(last, 1), 0, timeZone),
    from: isoDate(first),
    to: isoDate(last),
  };
}
