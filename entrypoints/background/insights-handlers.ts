// The insights page's numbers, worked out here from the database so the page receives aggregates,
// not every tracked request.
import type { Repository } from '@/utils/db/repository';
import { OWED_STATES, type TrackedRequest } from '@/utils/db/types';
import { computeInsights, isInsightsRange, type InsightsRow } from '@/utils/insights';
import type { Handlers } from '@/utils/messaging/server';
import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/settings/model';

export interface InsightsDeps {
  repo: Repository;
  now: () => number;
  settings: () => Promise<Settings>;
  timeZone: (settings: Settings) => string;
}

/** Event types that record a nudge sent to a colleague. */
const NUDGE_EVENTS = ['nudge-sent', 'nudge'];

const DAY = 86_400_000;
/** How far back a streak may reach (and so which rows are read besides the period's). */
const LOOKBACK = 366 * DAY;

/** A stored row as the aggregates read it, with when it last changed. */
type SlimRow = InsightsRow & { updatedAt: number };

type Snapshot = { takenAt: number; rows: SlimRow[] };
const SNAPSHOT_KEY = 'ackly:insightsRows';

/**
 * A slimmed copy of every row, kept in session storage (memory that outlives the service worker,
 * not the browser, and is not sent to content scripts) so that the first insights after the
 * worker restarted read one record plus the rows changed since, not ten thousand full rows. It
 * holds subjects and colleagues' names: a wipe or an import drops it (data-handlers.ts).
 */
export const insightsSnapshot = {
  async get(): Promise<Snapshot | null> {
    const area = browser.storage.session;
    if (!area) return null;
    const text = (await area.get(SNAPSHOT_KEY))[SNAPSHOT_KEY];
    if (typeof text !== 'string') return null;
    const value = JSON.parse(text) as Snapshot;
    return value && Array.isArray(value.rows) && Number.isFinite(value.takenAt) ? value : null;
  },
  // One string, not ten thousand objects: it fits the session area's quota and reads back faster.
  async set(snapshot: Snapshot): Promise<void> {
    await browser.storage.session?.set({ [SNAPSHOT_KEY]: JSON.stringify(snapshot) });
  },
  async clear(): Promise<void> {
    await browser.storage.session?.remove(SNAPSHOT_KEY);
  },
};

/** Just the fields the aggregates read: a tenth of a stored row. */
function slim(r: TrackedRequest): SlimRow {
  return {
    id: r.id,
    updatedAt: r.updatedAt,
    webmail: r.webmail,
    sender: { name: r.sender?.name ?? '', email: r.sender?.email ?? '' },
    subject: r.subject,
    state: r.state,
    stateBeforeSnooze: r.stateBeforeSnooze,
    snoozedUntil: r.snoozedUntil,
    receivedAt: r.receivedAt,
    timestamps: r.timestamps,
    standard: r.standard,
    ackDueAt: r.ackDueAt,
    replyDueAt: r.replyDueAt,
  };
}

export function insightsHandlers(deps: InsightsDeps): Pick<Handlers, 'insights.get'> {
  const { repo, now } = deps;
  const { db } = repo;
  // Reading ten thousand rows is the slow part: they are kept (slimmed) until the next write to
  // `requests`, so choosing another period, or opening the page again, reads nothing.
  let cache: { version: number; rows: SlimRow[] } | null = null;

  /** Every row, slimmed: from memory, else the stored copy brought up to date, else the database. */
  async function allRows(): Promise<SlimRow[]> {
    const version = db.requestsVersion;
    if (cache && cache.version === version) return cache.rows;
    const [stored, total] = await Promise.all([insightsSnapshot.get().catch(() => null), db.requests.count()]);
    let rows: SlimRow[] | null = null;
    // Rows changed since the newest change the copy holds replace theirs. A copy from a clock that
    // has since gone back, or one that does not add up to the rows stored, is read anew.
    if (stored && stored.takenAt <= now()) {
      const byId = new Map(stored.rows.map((r) => [r.id, r]));
      for (const r of await db.requests.where('updatedAt').aboveOrEqual(stored.takenAt).toArray()) {
        byId.set(r.id, slim(r));
      }
      rows = byId.size === total ? [...byId.values()] : null;
    }
    rows ??= (await db.requests.toArray()).map(slim);
    if (db.requestsVersion === version) {
      cache = { version, rows };
      const takenAt = rows.reduce((max, r) => Math.max(max, r.updatedAt), 0);
      void insightsSnapshot.set({ takenAt, rows }).catch(() => undefined);
    }
    return rows;
  }

  /** The rows with something in the period or the streak's reach (changed since), and every open one. */
  async function rowsSince(since: number): Promise<InsightsRow[]> {
    return (await allRows()).filter((r) => r.updatedAt >= since || OWED_STATES.includes(r.state));
  }

  return {
    async 'insights.get'({ range }) {
      if (!isInsightsRange(range)) throw new RangeError('Unknown period');
      const at = now();
      // Which rows to read does not wait for the settings: a day of margin covers any time zone.
      const custom = range.kind === 'custom' ? Date.parse(`${range.from ?? ''}T00:00:00Z`) : Number.NaN;
      const earliest = Number.isFinite(custom)
        ? Math.min(custom, Date.parse(`${range.to ?? ''}T00:00:00Z`) || custom)
        : at;
      const since = Math.floor(Math.min(earliest - DAY, at - LOOKBACK) / DAY) * DAY;
      const [settings, rows, nudges] = await Promise.all([
        deps.settings(),
        rowsSince(since),
        // Nudges the user sent about their own requests, where the log has them.
        db.events.where('type').anyOf(NUDGE_EVENTS).toArray(),
      ]);
      const timeZone = deps.timeZone(settings);
      return computeInsights({
        requests: rows,
        nudges: nudges.map((e) => ({ at: e.at, requestId: e.requestId })),
        range,
        now: at,
        timeZone,
        settings,
      });
    },
  };
}
