// What the popup shows of the owed replies: the search applied, the groups counted and only the
// first items of each group, so ten thousand requests never cross the message channel at once.
import { OWED_STATES, type TrackedRequest } from '../db/types';
import { firstOwed, type OwedGroup } from '../schedule/owed';
import { filterOwed } from './filter';

export const OWED_GROUPS: readonly OwedGroup[] = ['overdue', 'today', 'upcoming', 'snoozed'];

/** How many items of each group to send. */
export type OwedShown = Record<OwedGroup, number>;

/** Most items one group may ask for in one page. */
export const MAX_SHOWN = 1000;

export interface OwedPage {
  /** Owed replies before the search: 0 means the user owes nothing at all. */
  total: number;
  /** Per group: how many match the search, and the first `shown` of them, soonest first. */
  groups: Record<OwedGroup, { count: number; items: TrackedRequest[] }>;
}

export function owedPage(
  owed: readonly TrackedRequest[],
  options: { query: string; shown: OwedShown },
  now: number,
  timeZone: string,
): OwedPage {
  const limit = {} as OwedShown;
  for (const group of OWED_GROUPS) {
    const asked = Number((options.shown as Partial<OwedShown> | undefined)?.[group]);
    limit[group] = Number.isFinite(asked) ? Math.max(0, Math.min(MAX_SHOWN, Math.floor(asked))) : 0;
  }
  // Counted whole, but only the items asked for are put in order.
  const groups: OwedPage['groups'] = firstOwed(filterOwed(owed, options.query), now, timeZone, limit);
  // Owed at all, whatever the search: every request in an owed state has a group.
  const total = owed.filter((r) => OWED_STATES.includes(r.state)).length;
  return { total, groups };
}
