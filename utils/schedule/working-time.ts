// Working time: which minutes count towards a service standard (working days, hours, holidays).
import type { Settings, WorkingHours } from '../settings/model';
import { addDays, fromWallClock, isoDate, wallClock } from './time-zone';

const MAX_DAYS_AHEAD = 3 * 366;

/** "09:30" → 570; null when malformed. */
export function parseTimeOfDay(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Today's working window in minutes of the day; null when no working time is configured. */
export function workingWindow(hours: WorkingHours): { start: number; end: number } | null {
  const start = parseTimeOfDay(hours.start);
  const end = parseTimeOfDay(hours.end);
  if (start === null || end === null || end <= start || hours.days.length === 0) return null;
  return { start, end };
}

export function isWorkingDate(
  date: { year: number; month: number; day: number; weekday: number },
  hours: WorkingHours,
  holidays: ReadonlySet<string>,
): boolean {
  return hours.days.includes(date.weekday) && !holidays.has(isoDate(date));
}

/**
 * The instant `minutes` of working time after `start`. Time outside working hours, on days off
 * and on holidays does not count, so a request that arrives in the evening starts counting the
 * next working morning. Without any working time configured, minutes count as plain time.
 */
export function addWorkingMinutes(
  start: number,
  minutes: number,
  hours: WorkingHours,
  holidays: readonly string[],
  timeZone: string,
): number {
  if (minutes <= 0) return start;
  const window = workingWindow(hours);
  if (!window) return start + minutes * 60_000;
  const holidaySet = new Set(holidays);
  const first = wallClock(start, timeZone);
  let remaining = minutes * 60_000;
  for (let i = 0; i < MAX_DAYS_AHEAD; i++) {
    const date = addDays(first, i);
    if (!isWorkingDate(date, hours, holidaySet)) continue;
    const dayStart = fromWallClock(date, window.start, timeZone);
    const dayEnd = fromWallClock(date, window.end, timeZone);
    const from = Math.max(start, dayStart);
    if (from >= dayEnd) continue;
    if (remaining <= dayEnd - from) return from + remaining;
    remaining -= dayEnd - from;
  }
  // Every day for three years is a holiday: fall back to plain time rather than never.
  return start + minutes * 60_000;
}

/** The start of the next working period at or after `from` (now, if inside working hours). */
export function nextWorkingStart(
  from: number,
  hours: WorkingHours,
  holidays: readonly string[],
  timeZone: string,
): number {
  const window = workingWindow(hours);
  if (!window) return from;
  const holidaySet = new Set(holidays);
  const first = wallClock(from, timeZone);
  for (let i = 0; i < MAX_DAYS_AHEAD; i++) {
    const date = addDays(first, i);
    if (!isWorkingDate(date, hours, holidaySet)) continue;
    const dayStart = fromWallClock(date, window.start, timeZone);
    const dayEnd = fromWallClock(date, window.end, timeZone);
    if (from < dayEnd) return Math.max(from, dayStart);
  }
  return from;
}

export function isWithinWorkingHours(now: number, settings: Settings, timeZone: string): boolean {
  return nextWorkingStart(now, settings.workingHours, settings.holidays, timeZone) === now;
}

/** Length of one working day in minutes (8 h for 09:00–17:00). */
export function workingDayMinutes(hours: WorkingHours): number {
  const window = workingWindow(hours);
  return window ? window.end - window.start : 24 * 60;
}
