// Working time between two instants, many times over: the calendar days of a span are worked out
// once (midnights, working windows, holidays, DST), and each question is then a binary search.
// Agrees with addWorkingMinutes: workingMinutesBetween(a, addWorkingMinutes(a, m)) === m.
import type { WorkingHours } from '../settings/model';
import { addDays, fromWallClock, isoDate, wallClock } from './time-zone';
import { isWorkingDate, workingWindow } from './working-time';

export interface CalendarDay {
  /** "2026-11-24" in the calendar's zone. */
  iso: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Midnight at the start of the day, and the next midnight. */
  start: number;
  end: number;
  /** The working window that day; null on days off and holidays. */
  work: { start: number; end: number } | null;
}

export interface WorkingCalendar {
  readonly days: readonly CalendarDay[];
  /** The day an instant falls on: an index into `days`, or -1 outside the span. */
  dayIndex(ms: number): number;
  /** Minutes of working time in [from, to); 0 when `to` is not after `from`. */
  workingMinutesBetween(from: number, to: number): number;
  /** False when no working time is configured: minutes are then plain minutes. */
  readonly hasWorkingTime: boolean;
}

/** Longest span a calendar covers (a guard against corrupt dates), in days. */
const MAX_DAYS = 3 * 366;

/** A calendar for the days from `from` to `to` (both included) in `timeZone`. */
export function workingCalendar(
  from: number,
  to: number,
  hours: WorkingHours,
  holidays: readonly string[],
  timeZone: string,
): WorkingCalendar {
  const window = workingWindow(hours);
  const holidaySet = new Set(holidays);
  const days: CalendarDay[] = [];
  const first = wallClock(Math.min(from, to), timeZone);
  let start = fromWallClock(first, 0, timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    const date = addDays(first, i);
    const end = fromWallClock(addDays(first, i + 1), 0, timeZone);
    const work =
      window && isWorkingDate(date, hours, holidaySet)
        ? { start: fromWallClock(date, window.start, timeZone), end: fromWallClock(date, window.end, timeZone) }
        : null;
    days.push({ iso: isoDate(date), weekday: date.weekday, start, end, work });
    start = end;
    if (end > to) break;
  }
  // Working milliseconds before each day's start.
  const before = new Float64Array(days.length + 1);
  for (let i = 0; i < days.length; i++) {
    const w = days[i]!.work;
    before[i + 1] = before[i]! + (w ? w.end - w.start : 0);
  }
  const spanStart = days[0]!.start;
  const spanEnd = days[days.length - 1]!.end;

  function dayIndex(ms: number): number {
    if (!(ms >= spanStart && ms < spanEnd)) return -1;
    let lo = 0;
    let hi = days.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (days[mid]!.start <= ms) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Working ms from the span's start to `ms` (clamped to the span). */
  function workedBy(ms: number): number {
    if (ms <= spanStart) return 0;
    if (ms >= spanEnd) return before[days.length]!;
    const i = dayIndex(ms);
    const w = days[i]!.work;
    const within = w ? Math.min(Math.max(ms, w.start), w.end) - w.start : 0;
    return before[i]! + within;
  }

  return {
    days,
    dayIndex,
    hasWorkingTime: window !== null,
    workingMinutesBetween(a: number, b: number): number {
      if (!(b > a)) return 0;
      if (!window) return (b - a) / 60_000;
      return (workedBy(b) - workedBy(a)) / 60_000;
    },
  };
}
