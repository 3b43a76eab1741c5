// The insights page's numbers, worked out here from the database so the page receives aggregates,
// not every tracked request.
import type { Repository } from '@/utils/db/repository';
import type { TrackedRequest } from '@/utils/db/types';
import { computeInsights, isInsightsRange, type InsightsRow } from '@/utils/insights';
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

/** Just the fields the aggregates read: a tenth of a stored row. */
function slim(r: TrackedRequest): InsightsRow {
  return {
    id: r.id,
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
  let cache: { version: number; since: number; rows: InsightsRow[] } | null = null;

  async function rowsSince(since: number): Promise<InsightsRow[]> {
    const version = db.requestsVersion;
    if (cache && cache.version === version && cache.since <= since) return cache.rows;
    // Every request with something in the period or the streak's reach was changed since then;
    // open ones may be older.
    const [changed, owed] = await Promise.all([
      db.requests.where('updatedAt').aboveOrEqual(since).toArray(),
      repo.owed(),
    ]);
    const seen = new Set<number>();
    const rows: InsightsRow[] = [];
    for (const r of [...changed, ...owed]) {
      if (r.id === undefined || seen.has(r.id)) continue;
      seen.add(r.id);
      rows.push(slim(r));
    }
    if (db.requestsVersion === version) cache = { version, since, rows };
    return rows;
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
