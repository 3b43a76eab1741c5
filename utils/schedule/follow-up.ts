// The two moments Ackly keeps for requests in progress, both in the user's working time: when to
// follow up on the user's own request to a colleague, and when to suggest a progress update on a
// colleague's request that is acknowledged but not yet answered.
import type { Settings } from '../settings/model';
import { addWorkingMinutes, workingDayMinutes } from './working-time';

type WorkingTime = Pick<Settings, 'workingHours' | 'holidays'>;

const add = (from: number, minutes: number, s: WorkingTime, timeZone: string) =>
  addWorkingMinutes(from, minutes, s.workingHours, s.holidays, timeZone);

/** Working minutes from `start` to `end` (whole minutes; 0 when `end` is not later). */
export function workingMinutesBetween(start: number, end: number, s: WorkingTime, timeZone: string): number {
  if (end <= start) return 0;
  // addWorkingMinutes only moves forward as minutes grow: the answer is the most minutes that stay
  // at or before `end` (an `end` after hours counts the working day up to its close).
  let low = 0;
  let high = Math.ceil((end - start) / 60_000);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (add(start, mid, s, timeZone) <= end) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * When to follow up on the user's own request sent at `sentAt`: the deadline the user gave, else
 * `followUpWorkingDays` working days later.
 */
export function followUpAt(
  sentAt: number,
  deadline: number | null,
  settings: WorkingTime & Pick<Settings, 'followUpWorkingDays'>,
  timeZone: string,
): number {
  if (deadline !== null && deadline > sentAt) return deadline;
  return add(sentAt, settings.followUpWorkingDays * workingDayMinutes(settings.workingHours), settings, timeZone);
}

/**
 * When to suggest a progress update on a request acknowledged at `acknowledgedAt` and promised by
 * `replyDueAt`: halfway there in working time, when the answer is more than one working day after
 * the acknowledgement. Null when no update is worth suggesting (or the setting is off).
 */
export function progressUpdateAt(
  acknowledgedAt: number,
  replyDueAt: number | null,
  settings: WorkingTime & Pick<Settings, 'suggestProgress'>,
  timeZone: string,
): number | null {
  if (!settings.suggestProgress || replyDueAt === null) return null;
  const total = workingMinutesBetween(acknowledgedAt, replyDueAt, settings, timeZone);
  if (total <= workingDayMinutes(settings.workingHours)) return null;
  return add(acknowledgedAt, Math.round(total / 2), settings, timeZone);
}
