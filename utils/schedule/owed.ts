// Where each owed reply stands at `now`: overdue, due today, upcoming or snoozed; the badge; when
// to look again; and snooze presets.
import { OWED_STATES, type TrackedRequest } from '../db/types';
import type { Settings } from '../settings/model';
import { addDays, fromWallClock, wallClock } from './time-zone';
import { nextWorkingStart, parseTimeOfDay } from './working-time';

export type OwedGroup = 'overdue' | 'today' | 'upcoming' | 'snoozed';

type DueFields = Pick<TrackedRequest, 'state' | 'stateBeforeSnooze' | 'snoozedUntil' | 'ackDueAt' | 'replyDueAt'>;

export function isSnoozedAt(request: Pick<TrackedRequest, 'state' | 'snoozedUntil'>, now: number): boolean {
  return request.state === 'snoozed' && request.snoozedUntil !== null && request.snoozedUntil > now;
}

/** The time the next step is due: the acknowledgement while new, the answer once acknowledged. */
export function dueOf(request: DueFields): number | null {
  const state = request.state === 'snoozed' ? (request.stateBeforeSnooze ?? 'new') : request.state;
  if (state === 'new') return request.ackDueAt ?? request.replyDueAt;
  if (state === 'acknowledged') return request.replyDueAt;
  return null;
}

function endOfDay(now: number, timeZone: string): number {
  const today = wallClock(now, timeZone);
  return fromWallClock(addDays(today, 1), 0, timeZone);
}

/** Where an owed request stands, given a way to the end of today (computed only when needed). */
function groupAt(request: DueFields, now: number, endOfToday: () => number): OwedGroup | null {
  if (!OWED_STATES.includes(request.state)) return null;
  if (isSnoozedAt(request, now)) return 'snoozed';
  const due = dueOf(request);
  if (due === null) return 'upcoming';
  if (due < now) return 'overdue';
  if (due < endOfToday()) return 'today';
  return 'upcoming';
}

/** A request's place in its group: soonest due first (none: last); snoozed, soonest to wake first. */
function orderKey(request: DueFields, group: OwedGroup): number {
  return group === 'snoozed' ? (request.snoozedUntil ?? 0) : (dueOf(request) ?? Infinity);
}

export function classifyOwed(request: DueFields, now: number, timeZone: string): OwedGroup | null {
  return groupAt(request, now, () => endOfDay(now, timeZone));
}

export type OwedGroups<T> = Record<OwedGroup, T[]>;

/** Owed requests by group, each group soonest first (snoozed: soonest to wake first). */
export function groupOwed<T extends DueFields>(requests: readonly T[], now: number, timeZone: string): OwedGroups<T> {
  const groups: OwedGroups<T> = { overdue: [], today: [], upcoming: [], snoozed: [] };
  const eod = endOfDay(now, timeZone);
  const endOfToday = () => eod;
  for (const r of requests) {
    const group = groupAt(r, now, endOfToday);
    if (group) groups[group].push(r);
  }
  for (const group of Object.keys(groups) as OwedGroup[])
    groups[group].sort((a, b) => orderKey(a, group) - orderKey(b, group));
  return groups;
}

/** The first `limit` items by ascending key, ties in the order they came (as a stable sort puts them). */
function firstByKey<T>(limit: number) {
  const best: { key: number; item: T }[] = [];
  let count = 0;
  return {
    add(item: T, key: number): void {
      count += 1;
      if (limit <= 0 || (best.length === limit && !(key < best[limit - 1]!.key))) return;
      // After every kept item with a key not above this one (a stable sort's place).
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (best[mid]!.key <= key) lo = mid + 1;
        else hi = mid;
      }
      best.splice(lo, 0, { key, item });
      if (best.length > limit) best.pop();
    },
    result: () => ({ count, items: best.map((b) => b.item) }),
  };
}

/**
 * groupOwed's groups as counts and each group's first `limit[group]` items, in groupOwed's order,
 * without sorting whole groups: a page of the popup from ten thousand rows.
 */
export function firstOwed<T extends DueFields>(
  requests: readonly T[],
  now: number,
  timeZone: string,
  limit: Record<OwedGroup, number>,
): Record<OwedGroup, { count: number; items: T[] }> {
  const eod = endOfDay(now, timeZone);
  const groups = {
    overdue: firstByKey<T>(limit.overdue),
    today: firstByKey<T>(limit.today),
    upcoming: firstByKey<T>(limit.upcoming),
    snoozed: firstByKey<T>(limit.snoozed),
  };
  const endOfToday = () => eod;
  for (const r of requests) {
    const group = groupAt(r, now, endOfToday);
    if (group) groups[group].add(r, orderKey(r, group));
  }
  return {
    overdue: groups.overdue.result(),
    today: groups.today.result(),
    upcoming: groups.upcoming.result(),
    snoozed: groups.snoozed.result(),
  };
}

export const BADGE_OVERDUE = '#d93025';
export const BADGE_CALM = '#1a73e8';

/** How many replies are owed now (snoozed ones not counted until they wake), and how many of them are overdue. */
export function owedCounts(requests: readonly DueFields[], now: number): { owed: number; overdue: number } {
  let owed = 0;
  let overdue = 0;
  for (const r of requests) {
    if (!OWED_STATES.includes(r.state) || isSnoozedAt(r, now)) continue;
    owed += 1;
    const due = dueOf(r);
    if (due !== null && due < now) overdue += 1;
  }
  return { owed, overdue };
}

/** Toolbar badge for these counts: how many replies are owed, red when any is overdue. */
export function badgeOf({ owed, overdue }: { owed: number; overdue: number }): { text: string; color: string } {
  return { text: owed === 0 ? '' : owed > 99 ? '99+' : String(owed), color: overdue > 0 ? BADGE_OVERDUE : BADGE_CALM };
}

/** Toolbar badge for these requests. */
export function badgeFor(requests: readonly DueFields[], now: number): { text: string; color: string } {
  return badgeOf(owedCounts(requests, now));
}

/** The next moment something changes on its own: a request becomes overdue or a snooze ends. */
export function nextCheckAt(requests: readonly DueFields[], now: number): number | null {
  let next = Infinity;
  for (const r of requests) {
    if (!OWED_STATES.includes(r.state)) continue;
    if (isSnoozedAt(r, now)) {
      next = Math.min(next, r.snoozedUntil!);
      continue;
    }
    const due = dueOf(r);
    if (due !== null && due > now) next = Math.min(next, due);
  }
  return next === Infinity ? null : next;
}

export type SnoozePreset = '1h' | 'tomorrow' | 'nextWeek';

/** 1 h from now; tomorrow: the next working day's start; next week: the first working day of next week. */
export function snoozeUntil(preset: SnoozePreset, now: number, settings: Settings, timeZone: string): number {
  const { workingHours, holidays } = settings;
  if (preset === '1h') return now + 60 * 60_000;
  const startMinutes = parseTimeOfDay(workingHours.start) ?? 9 * 60;
  const today = wallClock(now, timeZone);
  if (preset === 'tomorrow') {
    const midnight = fromWallClock(addDays(today, 1), 0, timeZone);
    const start = nextWorkingStart(midnight, workingHours, holidays, timeZone);
    // Without working hours to go by, "tomorrow morning" is tomorrow at the usual start time.
    return start === midnight ? fromWallClock(addDays(today, 1), startMinutes, timeZone) : start;
  }
  // Next week starts on Monday.
  const daysToMonday = (8 - today.weekday) % 7 || 7;
  const monday = fromWallClock(addDays(today, daysToMonday), 0, timeZone);
  const start = nextWorkingStart(monday, workingHours, holidays, timeZone);
  return start === monday ? fromWallClock(addDays(today, daysToMonday), startMinutes, timeZone) : start;
}
