// The insights page's numbers, worked out here from the database so the page receives aggregates,
// not every tracked request.
import type { AcklyDatabase } from '@/utils/db/database';
import type { Repository } from '@/utils/db/repository';
import { OWED_STATES, type TrackedRequest } from '@/utils/db/types';
import { computeInsights, isInsightsRange, type InsightsRow } from '@/utils/insights';
import type { InsightsResult } from '@/utils/insights/types';
import type { Handlers } from '@/utils/messaging/server';
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
/** How long an answer is shown again unchanged when nothing was written since: "now" moves on. */
const FRESH_MS = 60_000;
/** Answers kept for periods asked for recently (the page's four choices and a custom one or two). */
const RESULTS_KEPT = 6;

/** A stored row as the aggregates read it, with when it last changed. */
type SlimRow = InsightsRow & { updatedAt: number };

type Snapshot = { takenAt: number; rows: SlimRow[] };
/** What the stored rows were when an answer was worked out: any write since changes it. */
type Token = { count: number; newest: number; nudges: number };
type StoredResult = { key: string; token: Token; at: number; result: InsightsResult };

const ROWS_KEY = 'insights.rows';
const RESULTS_KEY = 'insights.results';

async function readJson<T>(db: AcklyDatabase, key: string): Promise<T | null> {
  const row = await db.cache.get(key);
  if (!row) return null;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return null;
  }
}

/**
 * The insights' cache in the database's `cache` table: a slimmed copy of every row, so the first
 * insights after the browser or the service worker started read one record plus the rows changed
 * since, not ten thousand full rows; and the last answers with the state of the rows they were
 * worked out from. It holds subjects and colleagues' names: a wipe or an import empties it
 * (data-handlers.ts); it is never exported.
 */
export const insightsCache = {
  async rows(db: AcklyDatabase): Promise<Snapshot | null> {
    const value = await readJson<Snapshot>(db, ROWS_KEY);
    return value && Array.isArray(value.rows) && Number.isFinite(value.takenAt) ? value : null;
  },
  async setRows(db: AcklyDatabase, snapshot: Snapshot): Promise<void> {
    await db.cache.put({ key: ROWS_KEY, value: JSON.stringify(snapshot) });
  },
  async results(db: AcklyDatabase): Promise<StoredResult[]> {
    const value = await readJson<StoredResult[]>(db, RESULTS_KEY);
    return Array.isArray(value) ? value : [];
  },
  async setResults(db: AcklyDatabase, results: StoredResult[]): Promise<void> {
    await db.cache.put({ key: RESULTS_KEY, value: JSON.stringify(results) });
  },
  async clear(db: AcklyDatabase): Promise<void> {
    await db.cache.bulkDelete([ROWS_KEY, RESULTS_KEY]);
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
    const [stored, total] = await Promise.all([insightsCache.rows(db).catch(() => null), db.requests.count()]);
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
      void insightsCache.setRows(db, { takenAt, rows }).catch(() => undefined);
    }
    return rows;
  }

  /** The rows with something in the period or the streak's reach (changed since), and every open one. */
  async function rowsSince(since: number): Promise<InsightsRow[]> {
    return (await allRows()).filter((r) => r.updatedAt >= since || OWED_STATES.includes(r.state));
  }

  /** Three index lookups that change with every write an answer depends on. */
  async function tokenNow(): Promise<Token> {
    return db.transaction('r', db.requests, db.events, async () => {
      const [count, newest, nudges] = await Promise.all([
        db.requests.count(),
        db.requests.orderBy('updatedAt').reverse().limit(1).keys(),
        db.events.where('type').anyOf(NUDGE_EVENTS).count(),
      ]);
      return { count, newest: Number(newest[0] ?? 0), nudges };
    });
  }

  // The last answers, also kept in the database for the next service worker: opening the page
  // again, or after Chrome stopped the worker, answers without aggregating ten thousand rows.
  let recent: StoredResult[] | null = null;

  async function remembered(key: string, token: Token, at: number): Promise<InsightsResult | null> {
    recent ??= await insightsCache.results(db).catch(() => []);
    const hit = recent.find(
      (r) =>
        r.key === key &&
        r.token.count === token.count &&
        r.token.newest === token.newest &&
        r.token.nudges === token.nudges &&
        at >= r.at &&
        at - r.at < FRESH_MS,
    );
    return hit?.result ?? null;
  }

  function remember(entry: StoredResult): void {
    recent = [entry, ...(recent ?? []).filter((r) => r.key !== entry.key)].slice(0, RESULTS_KEPT);
    void insightsCache.setResults(db, recent).catch(() => undefined);
  }

  return {
    async 'insights.get'({ range }) {
      if (!isInsightsRange(range)) throw new RangeError('Unknown period');
      const at = now();
      const [settings, token] = await Promise.all([deps.settings(), tokenNow()]);
      const timeZone = deps.timeZone(settings);
      const key = JSON.stringify([range, timeZone, settings]);
      const known = await remembered(key, token, at);
      if (known) return known;

      // Which rows to read: a day of margin covers any time zone.
      const custom = range.kind === 'custom' ? Date.parse(`${range.from ?? ''}T00:00:00Z`) : Number.NaN;
      const earliest = Number.isFinite(custom)
        ? Math.min(custom, Date.parse(`${range.to ?? ''}T00:00:00Z`) || custom)
        : at;
      const since = Math.floor(Math.min(earliest - DAY, at - LOOKBACK) / DAY) * DAY;
      const [rows, nudges] = await Promise.all([
        rowsSince(since),
        // Nudges the user sent about their own requests, where the log has them.
        db.events.where('type').anyOf(NUDGE_EVENTS).toArray(),
      ]);
      const result = computeInsights({
        requests: rows,
        nudges: nudges.map((e) => ({ at: e.at, requestId: e.requestId })),
        range,
        now: at,
        timeZone,
        settings,
      });
      // Only when nothing was written meanwhile does the answer belong to the token read first.
      const after = await tokenNow();
      if (after.count === token.count && after.newest === token.newest && after.nudges === token.nudges) {
        remember({ key, token, at, result });
      }
      return result;
    },
  };
}
